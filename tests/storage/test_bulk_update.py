"""A big triage edit sets the sentiment indexes aside and builds them again in the same
transaction: afterwards they are all there, the queries use them, and a failed edit rolls
the drop back with it."""

from __future__ import annotations

import pytest

from desktop.services import mentions
from desktop.storage import bulk_update
from tests.support.triage import add


def indexes(workspace) -> set[str]:
    return {
        r[0]
        for r in workspace.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'mentions'"
        )
    }


@pytest.fixture
def many(workspace, monkeypatch):
    monkeypatch.setattr(bulk_update, "REBUILD_FROM_ROWS", 50)
    return add(workspace, [f"第{n}条 送餐太慢" for n in range(120)])


def test_a_big_edit_and_its_undo_keep_every_index(workspace, many) -> None:
    before = indexes(workspace)
    assert {"mentions_sentiment_posted", "mentions_triage"} <= before
    result = mentions.update_mentions(workspace, many, {"sentiment": "neg", "status": "to_reply"})
    assert result.changed == len(many)
    assert indexes(workspace) == before
    plan = " ".join(
        str(r[3])
        for r in workspace.db.execute(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM mentions WHERE sentiment = 'neg'"
            " AND status = 'to_reply'"
        )
    )
    assert "INDEX" in plan
    mentions.undo_triage(workspace, result.undo)
    assert indexes(workspace) == before
    assert mentions.count(workspace, mentions.MentionFilter(sentiments=["neg"])) == 0


def test_a_failed_big_edit_leaves_the_indexes(workspace, many) -> None:
    before = indexes(workspace)
    with (
        pytest.raises(RuntimeError),
        workspace.transaction(),
        bulk_update.indexes_set_aside(workspace.db, "mentions", ["sentiment"], 10_000),
    ):
        workspace.db.execute("UPDATE mentions SET sentiment = 'pos'")
        raise RuntimeError("disk went away")
    assert indexes(workspace) == before
    assert mentions.count(workspace, mentions.MentionFilter(sentiments=["pos"])) == 0
