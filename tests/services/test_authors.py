"""services.authors: a profile's content, the repeat-complainer and influencer lists."""

from __future__ import annotations

import pytest

from desktop.core.errors import UserError
from desktop.services import authors
from tests.support.queue import add, ago


@pytest.fixture
def regular(workspace) -> list[int]:
    return [
        add(
            workspace,
            author="老顾客",
            author_id="u9",
            followers=800,
            reposts=3,
            text="上次的沙拉有头发",
            sentiment="neg",
            sentiment_by="person",
            status="replied",
            reply_text="非常抱歉，已为您退款",
            replied_at=ago(days=2),
            posted_at=ago(days=3),
            contact="13800001234",
        ),
        add(
            workspace,
            author="老顾客改名",
            author_id="u9",
            followers=1_200,
            reposts=5,
            text="又送错了，电话 13912345678",
            sentiment="neg",
            sentiment_by="model",
            sentiment_confidence=0.9,
            status="follow_up",
            follow_up_due="2026-11-20",
            posted_at=ago(days=1),
        ),
        add(
            workspace,
            author="老顾客改名",
            author_id="u9",
            text="这次还行",
            sentiment="pos",
            sentiment_by="person",
            posted_at=ago(hours=1),
        ),
        add(
            workspace,
            author="别人",
            author_id="u10",
            text="无关",
            sentiment="neg",
            sentiment_by="person",
        ),
    ]


def test_profile_shows_every_mention_reach_replies_and_follow_ups(workspace, regular) -> None:
    profile = authors.profile_of_mention(workspace, regular[0])
    assert [m["id"] for m in profile.mentions] == regular[:3]  # same user id, renamed
    assert profile.name == "老顾客改名" and profile.platform == "微博"
    assert profile.max_followers == 1_200 and profile.total_reposts == 8
    assert profile.negatives == 1 and profile.suggested == 1
    assert [(p.negative, p.suggested, p.positive) for p in profile.periods] == [
        (1, 0, 0),
        (0, 1, 0),
        (0, 0, 1),
    ]
    assert profile.replies == [
        {"id": regular[0], "replied_at": ago(days=2), "reply_text": "非常抱歉，已为您退款"}
    ]
    assert [f["id"] for f in profile.follow_ups] == [regular[1]]
    assert [h.flag for h in profile.hints[regular[0]]] == ["possible_defect"]


def test_profile_masks_contacts_and_phone_numbers(workspace, regular) -> None:
    profile = authors.profile_of_mention(workspace, regular[0])
    assert profile.mentions[0]["contact"] == "138****1234"
    assert profile.mentions[1]["text"] == "又送错了，电话 139****5678"
    assert "13912345678" not in str(profile.as_dict())


def test_long_history_is_counted_by_week(workspace) -> None:
    first = add(
        workspace, author="老用户", posted_at=ago(days=90), sentiment="neg", sentiment_by="import"
    )
    add(workspace, author="老用户", posted_at=ago(days=1))
    profile = authors.profile_of_mention(workspace, first)
    assert profile.by_week and all("-W" in p.label for p in profile.periods)


def test_no_author_no_profile(workspace) -> None:
    anonymous = add(workspace, author="")
    with pytest.raises(UserError, match="没有作者信息"):
        authors.profile_of_mention(workspace, anonymous)
    with pytest.raises(UserError, match="找不到"):
        authors.profile_of_mention(workspace, 123456)


def test_repeat_complainers_count_confident_suggestions_only(workspace, regular) -> None:
    add(workspace, author="犹豫", sentiment="neg", sentiment_by="model", sentiment_confidence=0.5)
    add(workspace, author="犹豫", sentiment="neg", sentiment_by="person")
    (only,) = authors.repeat_complainers(workspace)
    assert (only.author, only.negatives, only.suggested) == ("老顾客改名", 2, 1)


def test_influencers_follow_the_setting(workspace, regular) -> None:
    add(workspace, author="大V", followers=50_000)
    assert [a.author for a in authors.influencers(workspace)] == ["大V"]
    assert len(authors.influencers(workspace, min_followers=1_000)) == 2
    workspace.set_setting(authors.INFLUENCER_SETTING, 100_000)
    assert authors.influencers(workspace) == []


def test_a_prolific_author_shows_the_newest_mentions(workspace, monkeypatch) -> None:
    monkeypatch.setattr(authors, "PROFILE_ROWS", 3)
    ids = [add(workspace, author="话痨", posted_at=ago(hours=h)) for h in (5, 4, 3, 2, 1)]
    undated = add(workspace, author="话痨", posted_at=None)
    profile = authors.profile_of_mention(workspace, ids[0])
    assert [m["id"] for m in profile.mentions] == [ids[3], ids[4], undated]
    assert not profile.complete


def test_influencer_size_must_be_positive(workspace) -> None:
    with pytest.raises(UserError):
        authors.set_influencer_followers(workspace, 0)
    authors.set_influencer_followers(workspace, 500)
    assert authors.influencer_followers(workspace) == 500
