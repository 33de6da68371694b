"""storage/case_mentions: links in chunks, unlinking only a case's own mentions, the figures
a case shows about its mentions."""

from __future__ import annotations

import pytest

from desktop.core.mention_filter import MentionFilter
from desktop.services import cases
from desktop.storage import case_mentions
from tests.support.cases import add_mentions


@pytest.fixture
def two_cases(workspace):
    return (
        cases.create_case(workspace, title="甲").id,
        cases.create_case(workspace, title="乙").id,
    )


def test_links_go_in_chunks_past_the_parameter_limit(workspace, two_cases):
    first, _ = two_cases
    ids = add_mentions(workspace, case_mentions.CHUNK * 2 + 7, every_minutes=1)
    with workspace.transaction():
        case_mentions.link(workspace.db, first, ids)
    assert case_mentions.linked_ids(workspace.db, first) == ids
    links = case_mentions.current_links(workspace.db, [*ids, 999_999])  # an unknown id: left out
    assert len(links) == len(ids) and {case for _, case in links} == {first}


def test_unlink_touches_only_the_cases_own_mentions(workspace, two_cases):
    first, second = two_cases
    ids = add_mentions(workspace, 4)
    with workspace.transaction():
        case_mentions.link(workspace.db, first, ids[:2])
        case_mentions.link(workspace.db, second, ids[2:])
        assert case_mentions.unlink(workspace.db, first, ids) == ids[:2]
        assert case_mentions.unlink_all(workspace.db, second) == ids[2:]
    assert case_mentions.current_links(workspace.db, ids) == [(i, None) for i in ids]


def test_figures_of_the_linked_mentions(workspace, two_cases):
    first, _ = two_cases
    neg = add_mentions(workspace, 3, followers=100)
    pos = add_mentions(workspace, 2, sentiment="pos", followers=5, key_prefix="p")
    add_mentions(workspace, 1, key_prefix="other")  # not linked
    with workspace.transaction():
        case_mentions.link(workspace.db, first, neg + pos)
    assert case_mentions.sentiment_counts(workspace.db, first) == {"neg": 3, "pos": 2}
    reach = case_mentions.reach(workspace.db, first)
    assert (reach["followers_sum"], reach["followers_max"]) == (310, 100)
    assert reach["first_posted_at"] < reach["last_posted_at"]
    assert case_mentions.platform_counts(workspace.db, first) == {"微博": 5}
    facts = case_mentions.mention_facts(workspace.db, first)
    assert sorted(f.sentiment for f in facts) == ["neg", "neg", "neg", "pos", "pos"]
    assert len(case_mentions.posted_sentiments(workspace.db, first)) == 5
    rows = case_mentions.linked_mentions(workspace.db, first, limit=2)
    assert [r["id"] for r in rows] == [neg[0], pos[0]]  # oldest first, ties by id
    with pytest.raises(ValueError):
        case_mentions.linked_mentions(workspace.db, first, order="text; DROP TABLE mentions")
    assert case_mentions.matching_ids(workspace.db, MentionFilter(sentiments=["pos"])) == pos
