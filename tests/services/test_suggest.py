"""Suggestions: entries ranked for a text, the approved version in use, similar answered
mentions with their reply, and the cached index following changes."""

from __future__ import annotations

from dataclasses import fields

from desktop.services import kb, suggest
from desktop.services.approvals import ApprovalInput
from tests.support.kb import add_mention, add_person, entry_id


def test_entries_ranked_with_reply_and_matched_words(workspace) -> None:
    result = suggest.suggest(workspace, "我点的沙拉里有一根钢丝", 3)
    top = result.entries[0]
    assert top.title == "菜品中吃出异物（头发、钢丝、虫子）"
    assert any("钢丝" in word for word in top.matched)
    assert top.reply.startswith("{称呼|您}好")
    assert {f.name for f in fields(top)} >= {"id", "title", "score", "reply", "matched"}
    scores = [e.score for e in result.entries]
    assert scores == sorted(scores, reverse=True)


def test_retired_entries_are_not_suggested(workspace) -> None:
    target = entry_id(workspace, "退款迟迟不到账")
    assert suggest.suggest_entries(workspace, "退款还没到账", 1)[0].id == target
    kb.retire(workspace, target)
    assert target not in [e.id for e in suggest.suggest_entries(workspace, "退款还没到账", 5)]


def test_suggestion_offers_the_approved_version_while_a_draft_is_edited(workspace) -> None:
    approver = add_person(workspace, "周敏", approver=True)
    target = entry_id(workspace, "退款迟迟不到账")
    kb.approve(workspace, target, ApprovalInput(approver))
    approved_reply = suggest.suggest_entries(workspace, "退款还没到账", 1)[0].reply
    kb.edit_entry(
        workspace,
        target,
        {"replies": [{"kind": "public", "channel": "generic", "body": "草稿里的新说法"}]},
    )
    top = suggest.suggest_entries(workspace, "退款还没到账", 1)[0]
    assert top.reply == approved_reply
    assert top.approved and top.version == 1


def test_similar_answered_mentions_with_their_reply(workspace) -> None:
    answered = add_mention(
        workspace,
        "外卖晚到了一个半小时，饭全凉了",
        reply="抱歉！已为您退款。",
        replied_at="2026-11-19T10:00:00+08:00",
    )
    add_mention(workspace, "外卖晚到了一个小时，还没人回复")  # no reply: not offered
    add_mention(workspace, "门店环境很好", reply="谢谢！", replied_at="2026-11-19T11:00:00+08:00")
    similar = suggest.suggest(workspace, "外卖晚到一小时，饭凉了", 5).similar
    assert similar[0].mention_id == answered
    assert similar[0].reply == "抱歉！已为您退款。"
    assert all(s.reply for s in similar)


def test_new_replies_show_up_without_manual_refresh(workspace) -> None:
    first = add_mention(
        workspace, "优惠券结账时用不了", reply="已补发。", replied_at="2026-11-01T10:00:00+08:00"
    )
    assert suggest.similar_mentions(workspace, "优惠券用不了", 3)[0].mention_id == first
    second = add_mention(
        workspace,
        "优惠券怎么用不了啊，结账失败",
        reply="请私信我们。",
        replied_at="2026-11-02T10:00:00+08:00",
    )
    ids = [s.mention_id for s in suggest.similar_mentions(workspace, "优惠券用不了 结账失败", 3)]
    assert second in ids and first in ids
    # an entry edited in the KB is picked up too
    target = entry_id(workspace, "优惠券、活动规则纠纷")
    kb.edit_entry(workspace, target, {"title": "优惠券不能用（已改）"})
    assert suggest.suggest_entries(workspace, "优惠券用不了", 1)[0].title == "优惠券不能用（已改）"


def test_exclude_the_mention_itself(workspace) -> None:
    own = add_mention(
        workspace, "沙拉里有钢丝", reply="抱歉", replied_at="2026-11-02T10:00:00+08:00"
    )
    result = suggest.suggest(workspace, "沙拉里有钢丝", 3, exclude_mention_id=own)
    assert own not in [s.mention_id for s in result.similar]


def test_empty_text_gives_nothing(workspace) -> None:
    assert suggest.suggest(workspace, "   ", 3) == suggest.Suggestions([], [])


def test_similar_mentions_carry_their_relevance(workspace) -> None:
    close = add_mention(
        workspace,
        "外卖晚到了一个半小时，饭全凉了",
        reply="抱歉！",
        replied_at="2026-11-19T10:00:00+08:00",
    )
    add_mention(workspace, "门店环境很好", reply="谢谢！", replied_at="2026-11-19T11:00:00+08:00")
    similar = {
        s.mention_id: s for s in suggest.similar_mentions(workspace, "外卖晚到一小时，饭凉了")
    }
    assert similar[close].relevance == "strong"
    far = suggest.similar_mentions(workspace, "这部剧的外卖广告植入太多了", 5)
    assert all(s.relevance != "strong" for s in far)
    assert suggest.mention_relevance(0.9, 1) == "none"  # one shared bigram is not enough
