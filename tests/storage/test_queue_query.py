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


def test_the_whole_set_and_a_few_changed_rows_read_the_same(workspace) -> None:
    """The ranking reads everything once, then only the rows that changed: both reads must
    give the very same values (an unreadable time and an unnamed author included)."""
    import numpy as np

    from tests.support.queue import ago

    ids = [
        add(workspace, sentiment="neg", sentiment_by="person", posted_at=ago(hours=5)),
        add(workspace, sentiment="neg", sentiment_by="model", sentiment_confidence=0.61),
        add(workspace, posted_at="昨天下午", author=""),
        add(workspace, followers=12_345, reposts=7, negative_probability=0.42),
    ]
    whole = queue_query.candidates(workspace.db)
    few = queue_query.candidates(workspace.db, ids)
    assert list(whole.ids) == list(few.ids) == ids
    for name in ("p_negative", "reach", "posted_days", "flags"):
        assert np.array_equal(
            np.asarray(getattr(whole, name), dtype=float),
            np.asarray(getattr(few, name), dtype=float),
            equal_nan=True,
        ), name
    assert whole.posted_days[2] is None
    assert whole.authors == few.authors == ["微博\x1f路人", "微博\x1f路人", "", "微博\x1f路人"]


def test_label_code_says_who_said_what(workspace) -> None:
    cases = list(
        itertools.product(
            ["neg", "neu", "pos", "unknown"], ["person", "import", "model", ""], [None, 0.3]
        )
    )
    ids = [add(workspace, sentiment=s, sentiment_by=b, negative_probability=m) for s, b, m in cases]
    got = dict(workspace.db.execute(f"SELECT id, {queue_query.LABEL_CODE} FROM mentions"))
    for mention_id, (sentiment, by, probability) in zip(ids, cases, strict=True):
        confirmed = by in ("person", "import")
        expected = (
            1
            if confirmed and sentiment == "neg"
            else 2
            if confirmed and sentiment == "neu"
            else 3
            if by == "model" or probability is not None
            else 0
        )
        assert got[mention_id] == expected, (sentiment, by, probability)
