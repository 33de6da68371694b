"""Bulk triage is one statement with one audit row; Ctrl+Z's undo puts back what an edit
replaced, in one statement, audited as undo, without overwriting a later edit."""

from __future__ import annotations

import json

import pytest

from desktop.core.errors import UserError
from desktop.services import mentions as service
from desktop.storage.workspace import Workspace
from tests.support.mentions import ROWS, add_mentions


@pytest.fixture
def ids(workspace: Workspace) -> list[int]:
    workspace.user = "小周"
    # 5 × 30 mentions: past PER_ROW_AUDIT, so a select-all edit is a bulk edit
    return add_mentions(workspace, [dict(row) for _ in range(30) for row in ROWS])


def values(workspace: Workspace, ids: list[int], *fields: str) -> list[tuple]:
    return [tuple(service.get_mention(workspace, i)[f] for f in fields) for i in ids]


def test_a_big_edit_is_one_audit_row_listing_its_ids_compactly(workspace, ids) -> None:
    assert len(ids) > service.PER_ROW_AUDIT
    already_neg = sum(1 for row in ROWS if row["sentiment"] == "neg") * 30
    result = service.set_sentiment(workspace, ids, "neg")
    assert result.changed == len(ids)  # sentiment_by changes on the negatives too
    assert {v for v in values(workspace, ids, "sentiment", "sentiment_by", "sentiment_user")} == {
        ("neg", "person", "小周")
    }
    rows = workspace.db.execute(
        "SELECT action, object_id, before_json, after_json FROM audit WHERE object_type = 'mention'"
    ).fetchall()
    assert len(rows) == 1
    action, object_id, before, after = rows[0]
    assert (action, object_id) == ("bulk-triage", None)
    after = json.loads(after)
    assert after["count"] == len(ids) and after["set"] == {"sentiment": "neg"}
    assert after["ids"] == f"{min(ids)}-{max(ids)}"
    by_value = {g["values"]["sentiment"]: g["count"] for g in json.loads(before)}
    assert by_value["neg"] == already_neg and sum(by_value.values()) == len(ids)


def test_undo_puts_back_every_previous_value_in_one_audited_step(workspace, ids) -> None:
    before = values(workspace, ids, "sentiment", "sentiment_by", "status", "replied_at")
    edit = service.update_mentions(workspace, ids, {"sentiment": "neu", "status": "replied"})
    assert edit.undo is not None and edit.undo.count == len(ids)
    assert all(
        v[3] for v in values(workspace, ids, "sentiment", "sentiment_by", "status", "replied_at")
    )
    undone = service.undo_triage(workspace, edit.undo)
    assert undone.changed == len(ids) and undone.skipped == 0
    assert undone.changes.mention_ids == frozenset(ids)
    assert values(workspace, ids, "sentiment", "sentiment_by", "status", "replied_at") == before
    action, after = workspace.db.execute(
        "SELECT action, after_json FROM audit ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert action == "undo" and json.loads(after)["count"] == len(ids)


def test_undo_leaves_a_mention_changed_again_since(workspace, ids) -> None:
    edit = service.set_status(workspace, ids[:3], "closed")
    service.set_status(workspace, [ids[0]], "follow_up")  # someone moved on
    undone = service.undo_triage(workspace, edit.undo)
    assert undone.changed == 2 and undone.skipped == 1
    assert service.get_mention(workspace, ids[0])["status"] == "follow_up"
    assert [service.get_mention(workspace, i)["status"] for i in ids[1:3]] == [
        ROWS[1]["status"],
        ROWS[2]["status"],
    ]


def test_nothing_changed_leaves_nothing_to_undo(workspace, ids) -> None:
    service.set_owner(workspace, ids[:2], "阿敏")
    assert service.set_owner(workspace, ids[:2], "阿敏").undo is None


def test_a_missing_mention_refuses_the_whole_bulk_edit(workspace, ids) -> None:
    with pytest.raises(UserError):
        service.set_sentiment(workspace, [*ids, 10_000_000], "pos")
    assert workspace.count("audit", "object_type = 'mention'") == 0


def test_the_worker_variant_writes_on_its_own_connection(workspace, ids) -> None:
    result = service.update_mentions_in_file(workspace.path, "阿敏", ids, {"owner": "王经理"})
    assert result.changed == len(ids) - 30  # ROWS[1] had 王经理 already
    assert {v for v in values(workspace, ids, "owner")} == {("王经理",)}
    undone = service.undo_triage_in_file(workspace.path, "阿敏", result.undo)
    assert undone.changed == result.changed
    assert service.owners(workspace) == sorted(["王经理", "阿敏"])


def test_id_ranges() -> None:
    assert service.id_ranges([9, 3, 4, 5, 7, 12, 13]) == "3-5,7,9,12-13"
    assert service.id_ranges([]) == ""
