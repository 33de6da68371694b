"""Triage writes: one transaction, audit rows with the user, hand-set values kept."""

from __future__ import annotations

import json

import pytest

from desktop.core.changes import NO_CHANGES, Changes
from desktop.core.errors import UserError
from desktop.core.mention_filter import MentionFilter
from desktop.services import mentions as service
from desktop.storage.workspace import Workspace
from tests.support.mentions import ROWS, add_mentions


@pytest.fixture
def ids(workspace: Workspace) -> list[int]:
    workspace.user = "小周"
    return add_mentions(workspace, ROWS)


def audit_rows(workspace: Workspace, mention_id: int) -> list[tuple]:
    return workspace.db.execute(
        "SELECT user, action, before_json, after_json FROM audit"
        " WHERE object_type = 'mention' AND object_id = ? ORDER BY id",
        [str(mention_id)],
    ).fetchall()


def test_set_sentiment_marks_it_as_set_by_the_user_and_audits(workspace, ids) -> None:
    result = service.set_sentiment(workspace, [ids[3]], "neg")
    assert result.changed_ids == [ids[3]]
    assert result.changes == Changes.of_mentions([ids[3]])  # values only, not rows
    assert not result.changes.mention_rows
    row = service.get_mention(workspace, ids[3])
    assert (row["sentiment"], row["sentiment_by"], row["sentiment_user"]) == (
        "neg",
        "person",
        "小周",
    )
    user, action, before, after = audit_rows(workspace, ids[3])[-1]
    assert (user, action) == ("小周", "triage")
    assert json.loads(before) == {
        "sentiment": "pos",
        "sentiment_by": "import",
        "sentiment_user": "",
    }
    assert json.loads(after) == {
        "sentiment": "neg",
        "sentiment_by": "person",
        "sentiment_user": "小周",
    }


def test_unchanged_values_write_nothing(workspace, ids) -> None:
    service.set_status(workspace, [ids[0]], "to_reply")
    before = len(audit_rows(workspace, ids[0]))
    unchanged = service.set_status(workspace, [ids[0]], "to_reply")
    assert unchanged.changed == 0 and unchanged.changes == NO_CHANGES
    assert len(audit_rows(workspace, ids[0])) == before


def test_bulk_edit_changes_every_selected_mention_with_one_audit_row_each(workspace, ids) -> None:
    result = service.update_mentions(
        workspace, ids[:3], {"status": "follow_up", "owner": "阿敏", "issue_type": "delivery"}
    )
    assert result.changed == 3
    for mention_id in ids[:3]:
        row = service.get_mention(workspace, mention_id)
        assert (row["status"], row["owner"], row["issue_type"]) == ("follow_up", "阿敏", "delivery")
        assert len(audit_rows(workspace, mention_id)) == 1


def test_replied_sets_replied_at_once(workspace, ids) -> None:
    service.set_status(workspace, [ids[0]], "replied")
    first = service.get_mention(workspace, ids[0])["replied_at"]
    assert first
    service.set_status(workspace, [ids[0]], "follow_up")
    service.set_status(workspace, [ids[0]], "replied")
    assert service.get_mention(workspace, ids[0])["replied_at"] == first


def test_recording_a_reply_answers_the_mention(workspace, ids) -> None:
    service.record_reply(workspace, ids[0], "您好，已为您退款。")
    row = service.get_mention(workspace, ids[0])
    assert row["status"] == "replied" and row["replied_at"] and row["reply_text"]
    with pytest.raises(UserError):
        service.record_reply(workspace, ids[0], "  ")


def test_bad_values_are_refused_and_nothing_is_written(workspace, ids) -> None:
    for changes in (
        {"sentiment": "angry"},
        {"status": "done"},
        {"nature": "unknown-kind"},
        {"issue_type": "not_in_list"},
        {"follow_up_due": "next week"},
        {"text": "rewrite"},
    ):
        with pytest.raises(UserError):
            service.update_mentions(workspace, ids, {"owner": "X", **changes})
    assert service.owners(workspace) == sorted(["王经理", "阿敏"])
    assert workspace.count("audit", "object_type = 'mention'") == 0


def test_missing_mention_rolls_back_the_whole_bulk_edit(workspace, ids) -> None:
    with pytest.raises(UserError):
        service.update_mentions(workspace, [ids[0], 424242], {"owner": "新人"})
    assert service.get_mention(workspace, ids[0])["owner"] == ""


def test_follow_up_due_contact_notes(workspace, ids) -> None:
    service.set_follow_up_due(workspace, [ids[0]], "2026-11-20")
    service.set_contact(workspace, ids[0], " 13800001234 ")
    service.set_notes(workspace, ids[0], "已电话联系，明天回访")
    row = service.get_mention(workspace, ids[0])
    assert row["follow_up_due"] == "2026-11-20"
    assert row["contact"] == "13800001234"
    assert row["notes"] == "已电话联系，明天回访"
    service.set_follow_up_due(workspace, [ids[0]], None)
    assert service.get_mention(workspace, ids[0])["follow_up_due"] is None


def test_revealing_a_contact_is_audited(workspace, ids) -> None:
    service.set_contact(workspace, ids[0], "13800001234")
    revealed = service.reveal_contact(workspace, ids[0])
    assert revealed.contact == "13800001234" and revealed.changes == Changes(audit=True)
    assert audit_rows(workspace, ids[0])[-1][1] == "reveal-contact"
    service.set_contact(workspace, ids[1], "")
    assert service.reveal_contact(workspace, ids[1]).changes == NO_CHANGES  # nothing to audit


def test_linking_a_mention_to_a_case_by_triage_tells_the_cases_too(workspace, ids) -> None:
    from desktop.services import cases

    created = cases.create_case(workspace, title="钢丝")
    case_id = getattr(created, "id", created)  # an int before cases return ChangesWithId
    result = service.update_mentions(workspace, [ids[0]], {"case_id": case_id})
    assert result.changes.mentions and result.changes.mention_ids == {ids[0]}
    assert result.changes.cases and result.changes.case_ids == {case_id}


def test_user_edits_survive_a_reimport_style_update(workspace, ids) -> None:
    """Imports never overwrite a sentiment set by hand: sentiment_by tells them apart."""
    service.set_sentiment(workspace, [ids[1]], "neu")
    with workspace.transaction():  # what an import's merge does for vendor values
        workspace.db.execute(
            "UPDATE mentions SET sentiment = 'neg' WHERE id = ? AND sentiment_by != 'person'",
            [ids[1]],
        )
    assert service.get_mention(workspace, ids[1])["sentiment"] == "neu"


def test_issue_type_list_is_seeded_and_editable(workspace, ids) -> None:
    types = service.issue_types(workspace)
    assert types["food_safety"] == "食品/产品安全" and len(types) == 10
    service.update_mentions(workspace, [ids[0]], {"issue_type": "food_safety"})
    edited = service.set_issue_types(workspace, ["食品/产品安全", "外卖包装", "外卖包装", " "])
    # every view of mentions shows the new labels; no rows were added or reordered
    assert edited.changes == Changes(mentions=True)
    new = edited.labels
    assert list(new.values()) == ["食品/产品安全", "外卖包装"]
    assert "food_safety" in new
    package_key = next(k for k, v in new.items() if v == "外卖包装")
    service.set_issue_type(workspace, [ids[1]], package_key)
    assert service.get_mention(workspace, ids[1])["issue_type"] == package_key
    # a removed type stays on the rows that had it
    service.set_issue_types(workspace, ["外卖包装"])
    assert service.get_mention(workspace, ids[0])["issue_type"] == "food_safety"
    with pytest.raises(UserError):
        service.set_issue_types(workspace, [])


def test_response_window_setting(workspace) -> None:
    assert service.response_window_hours(workspace) == 2
    assert service.set_response_window_hours(workspace, 1.5) == Changes(mentions=True)
    assert service.response_window_hours(workspace) == 1.5
    with pytest.raises(UserError):
        service.set_response_window_hours(workspace, 0)


def test_list_mentions_masks_contacts_and_phones_in_text(workspace, ids) -> None:
    service.set_contact(workspace, ids[0], "13800001234")
    service.set_notes(workspace, ids[0], "客户电话 13900001111")
    total, rows = service.list_mentions(workspace, MentionFilter(search="钢丝"))
    assert total == 2
    row = next(r for r in rows if r["id"] == ids[0])
    assert row["contact"] == "138****1234"
    assert row["notes"] == "客户电话 139****1111"


def test_overdue_count_uses_the_window(workspace, ids) -> None:
    # both unanswered negatives were posted in 2026-11-18, long past any window
    assert service.overdue_count(workspace) == 2
    service.set_status(workspace, [ids[0]], "replied")
    assert service.overdue_count(workspace) == 1


def test_overdue_count_respects_offsets_and_recent_posts(workspace, ids) -> None:
    from datetime import UTC, datetime, timedelta

    now = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)
    with workspace.transaction():
        # 19:30 in +08:00 is 11:30 UTC: inside a 2-hour window
        workspace.db.execute(
            "UPDATE mentions SET posted_at = '2026-11-18T19:30:00+08:00' WHERE id = ?", [ids[0]]
        )
        # 05:00 in -05:00 is 10:00 UTC: exactly 2 hours, not past it yet
        workspace.db.execute(
            "UPDATE mentions SET posted_at = '2026-11-18T05:00:00-05:00' WHERE id = ?", [ids[1]]
        )
    assert service.overdue_count(workspace, now) == 0
    assert service.overdue_count(workspace, now + timedelta(minutes=1)) == 1
    assert service.overdue_count(workspace, now + timedelta(hours=2)) == 2
