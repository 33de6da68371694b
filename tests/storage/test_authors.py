"""storage.authors: the repeat-complainer list read through the author index gives what one
GROUP BY over the whole table gives (order, ties at the cut and every figure)."""

from __future__ import annotations

import random

from desktop.storage import authors
from desktop.storage.queue_query import AUTHOR_KEY
from tests.support.queue import add, ago


def _plain(db, min_negatives: int, limit: int) -> list[dict]:
    cursor = db.conn.execute(
        f"SELECT {authors._LIST_COLUMNS} FROM mentions WHERE author != '' OR author_id != ''"
        " GROUP BY author_key HAVING negatives >= ?"
        " ORDER BY negatives DESC, last_posted DESC LIMIT ?",
        [min_negatives, limit],
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def test_the_list_equals_a_plain_group_by(workspace) -> None:
    rng = random.Random(3)
    for n in range(300):
        author = f"用户{rng.randint(0, 40)}"
        add(
            workspace,
            platform=rng.choice(["微博", "抖音"]),
            author=author,
            author_id=rng.choice(["", "", f"id{author}"]),
            sentiment=rng.choice(["neg", "neg", "neu", "pos"]),
            sentiment_by=rng.choice(["person", "import", "model", ""]),
            sentiment_confidence=rng.choice([None, 0.4, 0.7]),
            followers=rng.randint(0, 5000),
            posted_at=ago(minutes=7 * n),  # distinct times: the order is total
            status=rng.choice(["new", "replied"]),
        )
    add(workspace, author="", sentiment="neg", sentiment_by="person")  # unnamed: never listed
    for limit in (1, 5, 200):
        assert authors.repeat_complainers(workspace.db, 2, limit) == _plain(workspace.db, 2, limit)
    assert authors.repeat_complainers(workspace.db, 99, 5) == []


def test_a_profile_finds_rows_by_user_id_and_by_nickname(workspace) -> None:
    by_id = add(workspace, platform="微博", author="小林", author_id="u1")
    add(workspace, platform="微博", author="小林")  # another key: 微博 + 小林
    key = workspace.db.conn.execute(
        f"SELECT {AUTHOR_KEY} FROM mentions WHERE id = ?", [by_id]
    ).fetchone()[0]
    assert [row["id"] for row in authors.mentions_of(workspace.db, key)] == [by_id]
    plan = " ".join(
        str(step[3])
        for step in workspace.db.conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM mentions WHERE id IN ("
            "SELECT id FROM mentions WHERE platform = ? AND author_id = ?"
            " UNION ALL SELECT id FROM mentions WHERE platform = ? AND author_id = '' AND author = ?)",
            ["微博", "u1", "微博", "u1"],
        )
    )
    assert "mentions_author (platform=? AND author_id=?)" in plan
    assert "mentions_author (platform=? AND author_id=? AND author=?)" in plan
