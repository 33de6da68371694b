"""The seeded 问答库 comes from resources/seed/kb.json (and kb_demo.json for the demo brand) and
is exactly what the seed code written in Python produced before it moved to data files."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta

from desktop.services import kb
from desktop.services.demo_clock import demo_clock
from desktop.services.seed_files import seed_data
from desktop.storage import kb as store

# Measured on the Python seed (services/kb_seed.py) before the move. A deliberate change of the
# seed content changes these: update them together with the JSON file.
SEED_ENTRIES = 47
# sha256 of [[snapshot, status, version] …] of every entry version of a new workspace, in id
# order (json.dumps sort_keys, ensure_ascii=False).
NEW_DIGEST = "d3e021a4456914f127a3b451060e741c4de80168f348bb5d4a035a0e14db5e78"
# sha256 of [[title, status, approved_version, usage_count, last_used_at] …] of a demo workspace.
DEMO_DIGEST = "1cd3fb21a6bf8b6f9f4fb209c611387c09eaba940f0b49f04193ce0d5c7115b1"


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
    titles = [snapshot["title"] for snapshot, _status, _version in snapshots]
    assert titles == [entry["title"] for entry in seeded["entries"]]
    replies = [snapshot["replies"] for snapshot, _status, _version in snapshots]
    assert replies == [entry["replies"] for entry in seeded["entries"]]
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
