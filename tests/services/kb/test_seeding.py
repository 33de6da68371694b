"""The seeded 问答库 comes from resources/seed/kb.json (the general entries), kb_pack_food.json
(the 餐饮/食品 pack: what every workspace got before industries; the default of
create_workspace, the test fixtures' workspace) and kb_demo.json for the demo brand."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta

from desktop.services import kb
from desktop.services.demo_clock import demo_clock
from desktop.services.kb.seeding import seed_entries
from desktop.services.seed_files import seed_data
from desktop.storage import kb as store

# First measured on the Python seed (services/kb_seed.py) before the move to data files; then
# deliberately changed by the split into general entries + industry packs (general first, the
# food pack after; six food words taken out of general entries). A deliberate change of the
# seed content changes these: update them together with the JSON files.
SEED_ENTRIES = 47
# sha256 of [[snapshot, status, version] …] of every entry version of a new workspace, in id
# order (json.dumps sort_keys, ensure_ascii=False).
NEW_DIGEST = "c183a63d9d1048f46a057855efbb217d8d13ad22c9cfd6de8615cf2f0df7e44c"
# sha256 of [[title, status, approved_version, usage_count, last_used_at] …] of a demo workspace.
DEMO_DIGEST = "6ac951a6aaa7f7e319375d72250821c2ce770c47f385d3bc49431b9c2ac97b50"


def digest(value: object, *, sort_keys: bool = False) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=sort_keys)
    return hashlib.sha256(text.encode()).hexdigest()


def test_new_workspace_gets_exactly_the_seeded_entries(workspace) -> None:
    rows = workspace.db.execute(
        "SELECT v.snapshot_json, e.status, e.version FROM kb_entries e"
        " JOIN kb_versions v ON v.entry_id = e.id ORDER BY e.id, v.version"
    ).fetchall()
    assert len(rows) == SEED_ENTRIES
    snapshots = [[json.loads(s), status, version] for s, status, version in rows]
    assert digest(snapshots, sort_keys=True) == NEW_DIGEST
    seeded = seed_data("kb")
    expected = seed_entries("food")
    titles = [snapshot["title"] for snapshot, _status, _version in snapshots]
    assert titles == [entry["title"] for entry in expected]
    replies = [snapshot["replies"] for snapshot, _status, _version in snapshots]
    assert replies == [entry["replies"] for entry in expected]
    assert all(s["tone_note"].endswith(seeded["template_note"]) for s, _st, _v in snapshots)


def test_demo_workspace_gets_the_same_usage_approvals_and_values(demo_workspace) -> None:
    rows = demo_workspace.db.execute(
        "SELECT title, status, approved_version, usage_count, last_used_at FROM kb_entries"
        " ORDER BY id"
    ).fetchall()
    # usage dates are moved to the demo's day (services/demo_clock): compare them as written
    days = timedelta(days=demo_clock(demo_workspace).days)
    as_written = [
        [*r[:4], r[4] and (datetime.fromisoformat(r[4]) - days).isoformat()] for r in rows
    ]
    assert digest(as_written) == DEMO_DIGEST
    demo = seed_data("kb_demo")
    assert demo_workspace.setting("kb_values") == {"热线": "", **demo["values"]}
    statuses = {title: status for title, status, *_rest in rows}
    assert statuses[demo["in_review"]] == "in_review"
    assert {t for t, s in statuses.items() if s == "draft"} >= set(demo["left_as_draft"]) - {
        demo["in_review"]
    }


def test_seeded_workspace_has_templates_as_drafts_in_a_category_tree(workspace) -> None:
    summary = kb.usage_summary(workspace)
    assert summary.entries >= 40
    assert summary.approved == 0  # a brand's approver signs off its own scripts
    languages = {r[0] for r in workspace.db.execute("SELECT DISTINCT language FROM kb_entries")}
    assert languages == {"zh-CN", "zh-TW", "en"}
    kinds = {r[0] for r in workspace.db.execute("SELECT DISTINCT kind FROM kb_replies")}
    assert kinds == {"public", "private", "holding", "statement"}
    paths = {
        store.category_path(workspace.db, r[0])
        for r in workspace.db.execute("SELECT category_id FROM kb_entries")
    }
    assert "食品或产品安全 / 食品／产品安全" in paths
