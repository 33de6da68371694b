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


def test_the_packed_candidates_equal_a_row_by_row_read(workspace) -> None:
    """The whole set comes packed in texts; a few changed rows come one by one: the two must
    give the very same numbers (an unreadable time, an unnamed author, a name holding the
    packing's separator included)."""
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
    assert np.isnan(np.asarray(whole.posted_days)[2])
    assert whole.authors == few.authors
    add(workspace, author="名字\x1e里有分隔符", sentiment="neg", sentiment_by="import")
    assert queue_query.candidates(workspace.db).authors[-1] == "微博\x1f名字\x1e里有分隔符"
