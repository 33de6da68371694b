"""storage.queue_query: the SQL copy of core.priority's P(negative) rule stays in step."""

from __future__ import annotations

import itertools

import pytest

from desktop.core import priority
from desktop.storage import queue_query
from tests.support.queue import add


def test_sql_probability_matches_the_core_rule(workspace) -> None:
    cases = list(
        itertools.product(
            ["neg", "neu", "pos", "unknown"],
            ["person", "import", "model", ""],
            [None, 0.8],
            [None, 0.3, 1.4],
        )
    )
    ids = [
        add(workspace, sentiment=s, sentiment_by=b, sentiment_confidence=c, negative_probability=m)
        for s, b, c, m in cases
    ]
    sql = f"SELECT id, {queue_query.P_NEGATIVE} FROM mentions"
    got = dict(workspace.db.execute(sql).fetchall())
    for mention_id, case in zip(ids, cases, strict=True):
        assert got[mention_id] == pytest.approx(priority.negative_probability(*case)), case


def test_authors_key_by_user_id_then_nickname_within_a_platform(workspace) -> None:
    rows = [
        add(workspace, platform="微博", author="小林", author_id="u1"),
        add(workspace, platform="微博", author="小林"),
        add(workspace, platform="抖音", author="小林"),
        add(workspace, platform="抖音", author=""),
    ]
    sql = f"SELECT id, {queue_query.AUTHOR_KEY} FROM mentions"
    keys = dict(workspace.db.execute(sql).fetchall())
    assert [keys[i] for i in rows] == ["微博\x1fu1", "微博\x1f小林", "抖音\x1f小林", ""]
