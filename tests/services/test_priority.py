"""services.priority: the 先处理 queue over a real workspace file."""

from __future__ import annotations

from desktop.services import priority
from tests.support.queue import NOW, add, ago


def test_breached_confirmed_negative_from_an_influencer_beats_a_fresh_neutral(workspace) -> None:
    neutral = add(
        workspace,
        text="几点开门",
        sentiment="neu",
        sentiment_by="person",
        followers=30,
        posted_at=ago(minutes=5),
    )
    loud = add(
        workspace,
        text="吃出异物",
        sentiment="neg",
        sentiment_by="person",
        followers=123_000,
        posted_at=ago(hours=2, minutes=40),
    )
    ranking = priority.rank_queue(workspace, NOW)
    assert ranking.ids == [loud, neutral]
    first = ranking.item(0)
    assert first.rank == 1 and first.score > 80
    assert first.reason_text == "已确认负面 · 粉丝 12.3 万 · 已过响应时限 40 分钟"


def test_answered_mentions_leave_the_queue(workspace) -> None:
    add(workspace, sentiment="neg", sentiment_by="person", status="replied")
    add(workspace, sentiment="neg", sentiment_by="person", status="closed")
    waiting = add(workspace, sentiment="neg", sentiment_by="person", status="to_reply")
    assert priority.rank_queue(workspace, NOW).ids == [waiting]


def test_model_probability_ranks_suggestions(workspace) -> None:
    likely = add(
        workspace,
        sentiment="neg",
        sentiment_by="model",
        sentiment_confidence=0.9,
        negative_probability=0.9,
    )
    unlikely = add(
        workspace,
        sentiment="pos",
        sentiment_by="model",
        sentiment_confidence=0.8,
        negative_probability=0.1,
    )
    unread = add(workspace)
    ranking = priority.rank_queue(workspace, NOW)
    assert ranking.ids == [likely, unread, unlikely]
    assert ranking.item(0).reasons[0].text == "负面概率 90%"
    assert ranking.item(1).reasons[0].text == "情感未判定"


def test_a_repeat_complainer_is_counted_and_ranks_higher(workspace) -> None:
    for hours in (30, 20, 10):
        add(
            workspace,
            author="老顾客",
            author_id="u1",
            sentiment="neg",
            sentiment_by="person",
            status="replied",
            posted_at=ago(hours=hours),
        )
    # a weak suggestion is not a complaint: it does not count
    add(
        workspace,
        author="老顾客",
        author_id="u1",
        sentiment="neg",
        sentiment_by="model",
        sentiment_confidence=0.5,
        status="replied",
        posted_at=ago(hours=9),
    )
    stranger = add(
        workspace,
        author="新客",
        author_id="u2",
        sentiment="neg",
        sentiment_by="person",
        posted_at=ago(minutes=30),
    )
    again = add(
        workspace,
        author="老顾客",
        author_id="u1",
        sentiment="neg",
        sentiment_by="person",
        posted_at=ago(minutes=30),
    )
    ranking = priority.rank_queue(workspace, NOW)
    assert ranking.ids == [again, stranger]
    assert ranking.item(0).reasons[-1].text == "该作者此前投诉 3 次"
    assert all(r.key != "repeat" for r in ranking.item(1).reasons)


def test_same_nickname_on_another_platform_is_another_author(workspace) -> None:
    add(
        workspace,
        author="小林",
        platform="抖音",
        sentiment="neg",
        sentiment_by="person",
        status="replied",
        posted_at=ago(hours=5),
    )
    mine = add(workspace, author="小林", platform="微博", sentiment="neg", sentiment_by="person")
    assert [
        r.key for r in priority.rank_queue(workspace, NOW).item(0).reasons if r.key == "repeat"
    ] == []
    assert priority.rank_queue(workspace, NOW).ids == [mine]


def test_response_window_is_the_workspace_setting(workspace) -> None:
    from desktop.services import mentions

    add(workspace, sentiment="neg", sentiment_by="person", posted_at=ago(hours=3))
    assert priority.rank_queue(workspace, NOW).item(0).reasons[-1].key == "overdue"
    mentions.set_response_window_hours(workspace, 4)
    reason = priority.rank_queue(workspace, NOW).item(0).reasons[-1]
    assert (reason.key, reason.text) == ("window_left", "距响应时限还剩 1 小时")


def test_empty_workspace_has_an_empty_queue(workspace) -> None:
    workspace.db.execute("DELETE FROM mentions")
    ranking = priority.rank_queue(workspace, NOW)
    assert len(ranking) == 0 and ranking.items(10) == []
    assert ranking.position_of(1) == -1


def test_top_as_dict(workspace) -> None:
    mention = add(workspace, sentiment="neg", sentiment_by="import", reposts=340)
    (item,) = priority.top(workspace, 5, NOW)
    data = item.as_dict()
    assert data["id"] == mention and data["rank"] == 1
    assert data["reasons"].startswith("已确认负面 · 转发 340")
    assert data["reason_keys"][1] == {"key": "reposts", "reposts": 340, "text": "转发 340"}


def test_a_workers_columns_are_adopted_only_when_nothing_changed_since(workspace) -> None:
    first = add(workspace, sentiment="neg", sentiment_by="person")
    since = priority.version(workspace)
    prepared = priority.prepare(str(workspace.path))
    assert priority.adopt(workspace, prepared, since)
    assert priority.rank_queue(workspace, NOW).ids == [first]
    stale = priority.prepare(str(workspace.path))
    second = add(workspace, sentiment="neg", sentiment_by="person", followers=90_000)
    assert not priority.adopt(workspace, stale, since)
    assert priority.rank_queue(workspace, NOW).ids == [second, first]  # re-read, not stale


def test_the_ranking_follows_writes_of_this_connection(workspace) -> None:
    from desktop.services import mentions

    first = add(workspace, sentiment="neg", sentiment_by="person")
    assert priority.rank_queue(workspace, NOW).ids == [first]
    mentions.set_status(workspace, [first], "replied")
    assert priority.rank_queue(workspace, NOW).ids == []


def test_reading_only_the_changed_rows_ranks_as_reading_everything(workspace) -> None:
    import random

    from desktop.services import mentions

    rng = random.Random(3)
    ids = [
        add(
            workspace,
            author=f"作者{rng.randint(1, 15)}",
            sentiment=rng.choice(["neg", "neu", "pos", "unknown"]),
            sentiment_by=rng.choice(["person", "model", ""]),
            sentiment_confidence=rng.random(),
            negative_probability=rng.choice([None, rng.random()]),
            followers=rng.randint(0, 50_000),
            status=rng.choice(["new", "to_reply", "replied"]),
            posted_at=ago(minutes=rng.randint(0, 3000)),
        )
        for _ in range(120)
    ]
    priority.rank_queue(workspace, NOW)  # kept
    changed = rng.sample(ids, 25)
    for mention_id in changed:
        edit = rng.choice(
            [{"sentiment": "neg"}, {"sentiment": "pos"}, {"status": "replied"}, {"status": "new"}]
        )
        mentions.update_mentions(workspace, [mention_id], edit)
    incremental = priority.rank_queue(workspace, NOW, changed=set(changed))
    priority.forget_cached()
    full = priority.rank_queue(workspace, NOW)
    assert incremental.ids == full.ids
    assert [i.reason_text for i in incremental.items()] == [i.reason_text for i in full.items()]
