"""Filtering, sorting and Chinese full-text search happen in SQL (storage/mentions.py)."""

from __future__ import annotations

import pytest

from desktop.core.mention_filter import MentionFilter
from desktop.storage import mentions as store
from desktop.storage.mention_index import index_mentions, remove_from_index
from desktop.storage.workspace import Workspace
from tests.support.mentions import ROWS, add_mentions


@pytest.fixture
def ids(workspace: Workspace) -> list[int]:
    return add_mentions(workspace, ROWS)


def authors(workspace: Workspace, **filter_fields) -> list[str]:
    found = store.mention_ids(workspace.db, MentionFilter(**filter_fields))
    rows = store.rows_by_ids(workspace.db, found, ["author"])
    return [rows[i][0] for i in found]


def test_default_order_is_newest_first_with_undated_last(workspace, ids) -> None:
    assert authors(workspace) == ["大王", "小林", "May", "Lily", "路人"]


def test_two_character_chinese_search_finds_exact_matches(workspace, ids) -> None:
    assert sorted(authors(workspace, search="退款")) == ["May", "小林"]
    assert sorted(authors(workspace, search="钢丝")) == ["大王", "小林"]


def test_longer_query_must_match_as_a_phrase(workspace, ids) -> None:
    assert authors(workspace, search="钢丝事件") == ["大王"]
    assert authors(workspace, search="事件钢丝") == []


def test_all_words_must_match(workspace, ids) -> None:
    assert authors(workspace, search="钢丝 退款") == ["小林"]


def test_single_character_falls_back_to_like(workspace, ids) -> None:
    assert sorted(authors(workspace, search="钢")) == ["大王", "小林"]
    assert authors(workspace, search="钢 转发") == ["大王"]


def test_latin_search_is_case_insensitive_and_title_and_author_count(workspace, ids) -> None:
    assert authors(workspace, search="IPHONE") == ["Lily"]
    assert authors(workspace, search="营业时间") == ["路人"]
    assert authors(workspace, search="大王") == ["大王"]


def test_like_wildcards_in_a_query_are_literal(workspace, ids) -> None:
    assert authors(workspace, search="%") == []


def test_filters_combine(workspace, ids) -> None:
    assert authors(workspace, sentiments=["neg"], statuses=["new", "to_reply"]) == ["大王", "小林"]
    assert authors(workspace, platforms=["微博"]) == ["小林", "Lily"]
    assert authors(workspace, owner="阿敏") == ["May"]
    assert authors(workspace, issue_type="food_safety") == ["小林"]
    assert authors(workspace, min_followers=1_000_000) == ["大王"]
    assert authors(workspace, posted_from="2026-11-17", posted_to="2026-11-17") == ["May"]
    assert authors(workspace, posted_from="2026-11-18") == ["大王", "小林"]


def test_has_case_filter(workspace, ids) -> None:
    with workspace.transaction():
        workspace.db.execute("INSERT INTO cases(id, title, opened_at) VALUES (7, 'x', '2026')")
        workspace.db.execute("UPDATE mentions SET case_id = 7 WHERE id = ?", [ids[1]])
    assert authors(workspace, has_case=True) == ["大王"]
    assert "大王" not in authors(workspace, has_case=False)
    assert authors(workspace, case_id=7) == ["大王"]


def test_sorting_in_sql(workspace, ids) -> None:
    assert authors(workspace, sort="followers", descending=True)[:3] == ["大王", "小林", "May"]
    assert authors(workspace, sort="followers", descending=False)[:2] == ["路人", "May"]
    # an unknown sort column never reaches SQL
    assert authors(workspace, sort="text; DROP TABLE mentions") == authors(workspace)


def test_counts_and_distinct_values(workspace, ids) -> None:
    assert store.count(workspace.db) == 5
    assert store.count(workspace.db, MentionFilter(sentiments=["neg"])) == 3
    assert store.distinct_values(workspace.db, "platform") == sorted(
        {"微博", "抖音", "小红书", "大众点评"}
    )
    assert store.distinct_values(workspace.db, "owner") == sorted(["王经理", "阿敏"])
    assert store.counts_by(workspace.db, "sentiment", MentionFilter()) == {
        "neg": 3,
        "pos": 1,
        "neu": 1,
    }


def test_rows_by_ids_in_chunks_and_missing_ids(workspace, ids) -> None:
    rows = store.rows_by_ids(workspace.db, [*ids, 99_999], ["author", "followers"])
    assert set(rows) == set(ids)
    assert rows[ids[1]] == ("大王", 1_860_000)
    with pytest.raises(ValueError):
        store.rows_by_ids(workspace.db, ids, ["author; DROP TABLE x"])


def test_limit(workspace, ids) -> None:
    assert len(store.mention_ids(workspace.db, MentionFilter(), limit=2)) == 2


def test_reindex_after_text_change_and_removal(workspace, ids) -> None:
    with workspace.transaction():
        remove_from_index(workspace.db, [ids[2]])  # under the words it was indexed with
        workspace.db.execute("UPDATE mentions SET text = '配送太慢' WHERE id = ?", [ids[2]])
    index_mentions(workspace.db, [ids[2]])
    assert authors(workspace, search="退款") == ["小林"]
    assert authors(workspace, search="配送") == ["May"]
    remove_from_index(workspace.db, [ids[2]])
    assert authors(workspace, search="配送") == []
    assert index_mentions(workspace.db) == 5
    assert authors(workspace, search="配送") == ["May"]


def test_update_fields_refuses_non_triage_columns(workspace, ids) -> None:
    with pytest.raises(ValueError):
        store.update_fields(workspace.db, ids[0], {"text": "x"}, "now")
