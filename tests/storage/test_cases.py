"""storage/cases: typed rows of cases, events, statements and actions; filters of the list."""

from __future__ import annotations

from desktop.services import cases
from desktop.storage import cases as store
from tests.support.cases import add_person


def test_list_filters_and_counts(workspace):
    open_id = cases.create_case(workspace, title="钢丝事件", owner="店长").id
    closed_id = cases.create_case(workspace, title="旧事", scenario="outage").id
    with workspace.transaction():
        store.update_case(workspace.db, closed_id, {"phase": "closed", "not_a_column": 1})
    rows = store.list_cases(workspace.db)
    assert [r["id"] for r in rows] == [open_id, closed_id]  # open first
    assert rows[0]["event_count"] == 1 and rows[0]["mention_count"] == 0
    assert [r["id"] for r in store.list_cases(workspace.db, search="店长")] == [open_id]
    assert [r["id"] for r in store.list_cases(workspace.db, open_only=True)] == [open_id]
    assert [r["id"] for r in store.list_cases(workspace.db, phases=["closed"])] == [closed_id]
    assert [r["id"] for r in store.list_cases(workspace.db, scenario="outage")] == [closed_id]
    assert store.open_case_ids(workspace.db) == [open_id]
    assert store.count_cases(workspace.db) == 2
    assert store.get_case(workspace.db, 999) is None


def test_a_statement_back_in_draft_loses_its_publication_time(workspace):
    case_id = cases.create_case(workspace, title="声明").id
    with workspace.transaction():
        statement_id = store.insert_statement(
            workspace.db,
            case_id,
            channel="weibo",
            kind="holding",
            title="",
            body="第一版",
            kb_entry_id=None,
            by="测试",
            at="2026-11-18T10:00:00+08:00",
        )
        store.mark_statement_published(
            workspace.db, statement_id, published_at="2026-11-18T10:30:00+08:00", by="测试", at="x"
        )
        store.add_statement_version(workspace.db, statement_id, 2, "第二版", by="测试", at="y")
        store.set_statement_draft(
            workspace.db, statement_id, body="第二版", title="", version=2, was_draft=False, at="y"
        )
    statement = store.get_statement(workspace.db, statement_id)
    assert (statement["status"], statement["version"], statement["published_at"]) == (
        "draft",
        2,
        None,
    )
    versions = store.statement_versions(workspace.db, statement_id)
    assert [(v["version"], v["body"]) for v in versions] == [(1, "第一版"), (2, "第二版")]


def test_events_actions_and_people(workspace):
    case_id = cases.create_case(workspace, title="时间线").id
    with workspace.transaction():
        store.insert_event(
            workspace.db,
            case_id,
            "holding_statement",
            "暂缓声明",
            at="2026-11-18T10:30:00+08:00",
            by="测试",
            auto=False,
            created_at="2026-11-18T10:31:00+08:00",
        )
        action_id = store.insert_action(workspace.db, case_id, "培训", owner="店长", due_date=None)
        store.set_action_done_at(workspace.db, action_id, "2026-11-20T10:00:00+08:00")
    assert store.event_times(workspace.db, case_id, ["holding_statement"]) == [
        "2026-11-18T10:30:00+08:00"
    ]
    assert store.get_action(workspace.db, action_id)["done_at"].startswith("2026-11-20")
    first, second = add_person(workspace, "甲"), add_person(workspace, "乙")
    cards = store.person_cards(workspace.db, [second, first, second, 999])
    assert [c["name"] for c in cards] == ["乙", "甲"]  # in the order asked, once, known only
