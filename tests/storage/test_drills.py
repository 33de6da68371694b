"""storage/drills: the finished-drill rows, a drill copy's session row, and taking replayed
mentions out of a copy (search index included)."""

from __future__ import annotations

from desktop.core.mention_filter import MentionFilter
from desktop.services import mentions
from desktop.storage import drills as store
from desktop.storage.mention_index import index_mentions
from tests.support.cases import add_mentions


def _values(title: str, finished_at: str) -> dict:
    return {
        "source_kind": "scenario",
        "source_ref": "food_safety_post",
        "title": title,
        "scenario": "food_safety",
        "level": "II",
        "plan_id": None,
        "speed": 12.0,
        "started_at": "2026-12-04T10:00:00+00:00",
        "finished_at": finished_at,
        "drill_minutes": 60,
        "injects_total": 7,
        "injects_delivered": 7,
        "measures": {"holding_minutes": 36},
        "lessons": [{"text": "甲", "applied": ""}],
        "timeline": [{"offset": "T+0:36", "kind": "暂缓声明", "text": "发布", "by": "周"}],
        "participants": "",
        "copy_path": "",
        "finished_by": "tester",
    }


def test_finished_drills_read_back_newest_first(workspace) -> None:
    with workspace.transaction():
        first = store.insert_drill(workspace.db, _values("一", "2026-12-04T10:05:00+00:00"))
        second = store.insert_drill(workspace.db, _values("二", "2026-12-05T10:05:00+00:00"))
        store.set_lessons(workspace.db, first, [{"text": "乙", "applied": "kb:3"}])
    assert [d["id"] for d in store.list_drills(workspace.db)] == [second, first]
    row = store.get_drill(workspace.db, first)
    assert row["measures"] == {"holding_minutes": 36}
    assert row["lessons"] == [{"text": "乙", "applied": "kb:3"}]
    assert row["timeline"][0]["offset"] == "T+0:36"
    assert store.get_drill(workspace.db, 999) is None


def test_a_real_workspace_has_no_session_a_copy_has_one(workspace) -> None:
    assert store.session(workspace.db) is None
    with workspace.transaction():
        store.save_session(workspace.db, "/real.crisisdesk", {"case_id": 1})
        store.save_session(workspace.db, "/real.crisisdesk", {"case_id": 2})
    assert store.session(workspace.db) == ("/real.crisisdesk", {"case_id": 2})


def test_mentions_taken_out_of_a_copy_leave_the_search_index_too(workspace) -> None:
    ids = add_mentions(workspace, 3, text="沙拉里有钢丝")
    index_mentions(workspace.db)
    found = MentionFilter(search="钢丝")
    assert mentions.count(workspace, found) == 3
    rows = store.mention_rows(workspace.db, ids[:2])
    with workspace.transaction():
        store.take_out_mentions(workspace.db, ids[:2])
    assert mentions.count(workspace, found) == 1
    with workspace.transaction():
        again = store.insert_mention(workspace.db, {k: v for k, v in rows[0].items() if k != "id"})
    index_mentions(workspace.db, [again])
    assert mentions.count(workspace, found) == 2
    assert "posted_at" in store.mention_columns(workspace.db)
