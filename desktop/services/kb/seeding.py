"""What a new workspace's 问答库 starts with, and the demo brand's additions.

The entries and the demo's values, usage and approvals are data: resources/seed/kb.json (the
general crisis entries, any industry), kb_pack_KEY.json (one pack per industry of
core.vocab.INDUSTRIES but "general") and kb_demo.json (services/seed_files.seed_data); these
functions only put them in.
"""

from __future__ import annotations

from typing import Any

from desktop.core import vocab
from desktop.core.changes import Changes
from desktop.core.kb_filter import EntryFilter
from desktop.services import approvals
from desktop.services.demo_clock import demo_clock
from desktop.services.kb.approval import approve, approvers
from desktop.services.kb.categories import category_name
from desktop.services.kb.entries import OBJECT_TYPE, create_entry
from desktop.services.kb.values import VALUES_SETTING
from desktop.services.seed_files import seed_data
from desktop.storage import kb as store
from desktop.storage.workspace import Workspace


def industry_pack(industry: str) -> list[dict[str, Any]]:
    """The seed pack of an industry (a key of core.vocab.INDUSTRIES): its own entries, without
    the general ones; "general" has none."""
    if industry == "general":
        return []
    entries: list[dict[str, Any]] = seed_data(f"kb_pack_{industry}")["entries"]
    return entries


def seed_entries(industry: str) -> list[dict[str, Any]]:
    """What a new workspace of INDUSTRY starts with: the general crisis entries, then the
    industry's pack."""
    general: list[dict[str, Any]] = seed_data("kb")["entries"]
    return [*general, *industry_pack(industry)]


def seed_kb(workspace: Workspace) -> Changes:
    """New workspaces: the category tree (scenario → issue type) and the template entries:
    the general crisis entries and the pack of the workspace's industry (its setting, written
    by services/seeding before the seeders run; none set: the general entries only).

    Templates start as drafts: a brand's script is approved by the brand's own approver."""
    seed = seed_data("kb")
    template_note = seed["template_note"]
    industry = workspace.setting(vocab.INDUSTRY_SETTING) or "general"
    for key, label in vocab.SCENARIOS.items():
        store.add_category(workspace.db, category_name(label), None, key=key)
    for entry in seed_entries(industry):
        path = (
            category_name(vocab.SCENARIOS[entry["scenario"]])
            + " / "
            + category_name(vocab.ISSUE_TYPES[entry["issue_type"]])
        )
        tone = entry["tone_note"] + (" " if entry["tone_note"] else "") + template_note
        create_entry(
            workspace,
            {**entry, "category": path, "tone_note": tone},
            check_duplicates=False,
        )
    if workspace.setting(VALUES_SETTING) is None:
        workspace.set_setting(VALUES_SETTING, {"热线": ""})
    return Changes.of_kb()


def seed_demo_kb(workspace: Workspace) -> Changes:
    """Demo workspace: the brand's hotline and contacts, and some usage history (last used
    in the days before the demo's day, services/demo_clock)."""
    clock = demo_clock(workspace)
    demo = seed_data("kb_demo")
    values = dict(workspace.setting(VALUES_SETTING) or {})
    values.update(demo["values"])
    workspace.set_setting(VALUES_SETTING, values)
    with workspace.transaction():
        for title, uses in demo["usage"].items():
            entry_id = store.find_entry(workspace.db, title)
            if entry_id is None:
                continue
            last = clock.at(f"2026-11-{20 - uses % 10:02d}T{9 + uses % 8:02d}:30:00+08:00")
            store.update_entry(workspace.db, entry_id, {"usage_count": uses, "last_used_at": last})
            workspace.audit("seed-usage", OBJECT_TYPE, entry_id, after={"usage_count": uses})
    return Changes.of_kb()


def approve_demo_kb(workspace: Workspace) -> Changes:
    """Demo workspace: the Chinese templates approved by the roster's approver.

    Runs after the roster's demo seeder; without an approver in the roster (a branch without
    the roster) the demo marks them approved under a clearly labelled demo name instead, on
    the data's `approved_at` moved to the demo's day (services/demo_clock)."""
    demo = demo_clock(workspace).shift(seed_data("kb_demo"))
    drafts = store.list_entries(
        workspace.db, EntryFilter(language="zh-CN", status="draft", sort="id")
    )
    people = approvers(workspace)
    for row in drafts:
        if row.title in demo["left_as_draft"]:  # a few stay drafts to show the flow
            continue
        if people:
            approve(
                workspace,
                row.id,
                approvals.ApprovalInput(people[0]["id"], note="演示：模板审批"),
                at=demo["approved_at"],
            )
            continue
        with workspace.transaction():
            store.update_entry(
                workspace.db,
                row.id,
                {
                    "status": "approved",
                    "approved_version": row.version,
                    "approved_by": demo["approver_fallback"],
                    "approved_at": demo["approved_at"],
                },
            )
            workspace.audit("seed-approve", OBJECT_TYPE, row.id, after={"version": row.version})
    with workspace.transaction():
        for row in drafts:
            if row.title == demo["in_review"]:
                store.update_entry(workspace.db, row.id, {"status": "in_review"})
    return Changes.of_kb()
