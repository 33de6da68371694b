"""The reply composer: fill from mention and workspace, channel limit, deviation, and what
marking a mention replied records."""

from __future__ import annotations

import pytest

from desktop.core.changes import Changes, changes_of
from desktop.core.errors import UserError
from desktop.services import composer, kb
from desktop.services.approvals import ApprovalInput
from tests.support.kb import add_mention, add_person, entry_id

BODY = "{称呼|您}好，订单 {订单号} 的退款我们已加急，有问题请拨 {热线}。"


@pytest.fixture
def refund_entry(workspace) -> int:
    target = entry_id(workspace, "退款迟迟不到账")
    kb.edit_entry(
        workspace,
        target,
        {
            "replies": [
                {"kind": "public", "channel": "generic", "body": BODY},
                {
                    "kind": "public",
                    "channel": "weibo",
                    "body": "{称呼|您}好，退款已加急，详情私信。",
                },
                {"kind": "holding", "channel": "generic", "body": "我们正在核查，今晚前回复您。"},
            ]
        },
    )
    return target


def test_fill_from_mention_author_and_workspace_values(workspace, refund_entry) -> None:
    workspace.set_setting("kb_values", {"热线": "400-800-1314"})
    mention = add_mention(workspace, "退款还没到", author="小鹿", platform="大众点评")
    draft = composer.compose(workspace, refund_entry, mention_id=mention)
    assert draft.channel == "dianping"
    assert draft.filled == "小鹿好，订单 {订单号} 的退款我们已加急，有问题请拨 400-800-1314。"
    assert draft.unfilled == ["订单号"]
    start, end = draft.spans[0]
    assert draft.filled[start:end] == "{订单号}"


def test_without_author_the_default_is_used_and_channel_variant_chosen(
    workspace, refund_entry
) -> None:
    mention = add_mention(workspace, "退款还没到", author="", platform="新浪微博")
    draft = composer.compose(workspace, refund_entry, mention_id=mention)
    assert draft.channel == "weibo"
    assert draft.filled == "您好，退款已加急，详情私信。"
    holding = composer.compose(workspace, refund_entry, kind="holding")
    assert holding.filled == "我们正在核查，今晚前回复您。"


def test_check_counts_against_channel_limit_and_measures_deviation(workspace) -> None:
    script = "您好，退款已加急，详情私信。"
    within = composer.check(script, channel="weibo", script=script, approved=True)
    assert within.count == len(script) and within.limit == 140 and within.over == 0
    assert within.deviation == 0 and within.is_approved_script
    long_text = script + "好" * 140
    over = composer.check(long_text, channel="weibo", script=script, approved=True)
    assert over.over == over.count - 140 > 0
    assert over.heavily_edited and over.deviation > 30
    assert not over.is_approved_script
    left = composer.check("订单 {订单号}", channel="email", script=script)
    assert left.unfilled == ["订单号"] and left.limit is None


def test_mark_replied_records_reply_and_bumps_usage(workspace, refund_entry) -> None:
    approver = add_person(workspace, "周敏", approver=True)
    kb.approve(workspace, refund_entry, ApprovalInput(approver))
    workspace.set_setting("kb_values", {"热线": "400-800-1314"})
    mention = add_mention(workspace, "退款还没到", author="小鹿", platform="大众点评")
    draft = composer.compose(workspace, refund_entry, mention_id=mention)
    final = draft.filled.replace("{订单号}", "A123")
    result = composer.mark_replied(workspace, mention, refund_entry, final, draft.channel)
    assert result.is_approved_script
    row = workspace.db.execute(
        "SELECT reply_text, status, replied_at, reply_entry_id, reply_version,"
        " reply_is_approved_script, reply_channel FROM mentions WHERE id = ?",
        [mention],
    ).fetchone()
    assert row[0] == final and row[1] == "replied" and row[2]
    assert row[3:] == (refund_entry, 2, 1, "dianping")
    entry = kb.get_entry(workspace, refund_entry)
    assert entry.usage_count == 1 and entry.last_used_at
    assert workspace.count("audit", "action = 'reply' AND object_type = 'mention'") == 1


def test_draft_or_heavily_edited_reply_is_not_an_approved_script(workspace, refund_entry) -> None:
    mention = add_mention(workspace, "退款还没到", author="小鹿", platform="微博")
    draft = composer.compose(workspace, refund_entry, mention_id=mention)
    assert not draft.approved
    result = composer.mark_replied(workspace, mention, refund_entry, draft.filled, "weibo")
    assert not result.is_approved_script  # the entry is a draft

    approver = add_person(workspace, "周敏", approver=True)
    kb.approve(workspace, refund_entry, ApprovalInput(approver))
    other = add_mention(workspace, "退款到底什么时候到", author="阿花", platform="微博", key="k2")
    rewritten = "你自己去银行查，别来问我们。"
    result = composer.mark_replied(workspace, other, refund_entry, rewritten, "weibo")
    assert not result.is_approved_script and result.deviation > 30
    flag = workspace.db.execute(
        "SELECT reply_is_approved_script FROM mentions WHERE id = ?", [other]
    ).fetchone()[0]
    assert flag == 0


def test_mark_replied_refuses_unfilled_placeholders_and_empty_text(workspace, refund_entry) -> None:
    mention = add_mention(workspace, "退款还没到")
    with pytest.raises(UserError, match="订单号"):
        composer.mark_replied(workspace, mention, refund_entry, "订单 {订单号} 已处理", "weibo")
    with pytest.raises(UserError):
        composer.mark_replied(workspace, mention, None, "  ", "weibo")
    assert (
        workspace.db.execute("SELECT status FROM mentions WHERE id = ?", [mention]).fetchone()[0]
        == "new"
    )


def test_free_text_reply_without_entry(workspace) -> None:
    mention = add_mention(workspace, "你们几点开门")
    result = composer.mark_replied(workspace, mention, None, "早上十点开门，欢迎光临！")
    assert result.entry_id is None and not result.is_approved_script


def test_english_and_traditional_scripts_use_the_same_workspace_values(workspace) -> None:
    workspace.set_setting("kb_values", {"热线": "400-800-1314"})
    values = composer.placeholder_values(workspace)
    assert values["hotline"] == values["熱線"] == "400-800-1314"
    target = entry_id(workspace, "Refund not received")
    mention = add_mention(workspace, "Where is my refund?", author="Amy", platform="email")
    draft = composer.compose(workspace, target, mention_id=mention)
    assert draft.filled.startswith("Hi Amy,")
    assert draft.channel == "generic"


def test_second_reply_keeps_first_reply_time_and_follow_up_status(workspace, refund_entry) -> None:
    mention = add_mention(workspace, "退款还没到", author="小鹿")
    composer.mark_replied(workspace, mention, refund_entry, "小鹿您好，已加急。", "weibo")
    first_time = workspace.db.execute(
        "SELECT replied_at FROM mentions WHERE id = ?", [mention]
    ).fetchone()[0]
    workspace.db.execute("UPDATE mentions SET status = 'follow_up' WHERE id = ?", [mention])
    composer.mark_replied(workspace, mention, refund_entry, "小鹿您好，退款已到账了吗？", "weibo")
    row = workspace.db.execute(
        "SELECT replied_at, status, reply_text FROM mentions WHERE id = ?", [mention]
    ).fetchone()
    assert row == (first_time, "follow_up", "小鹿您好，退款已到账了吗？")
    assert kb.get_entry(workspace, refund_entry).usage_count == 2


def test_recording_a_reply_changes_the_mention_and_the_scripts_usage(
    workspace, refund_entry
) -> None:
    mention = add_mention(workspace, "退款还没到", author="小鹿")
    with_script = composer.mark_replied(workspace, mention, refund_entry, "小鹿您好，已加急。")
    assert changes_of(with_script) == Changes.of_mentions([mention]) | Changes.of_kb(refund_entry)
    other = add_mention(workspace, "你们几点开门", key="k-open")
    free = composer.mark_replied(workspace, other, None, "早上十点开门。")
    assert changes_of(free) == Changes.of_mentions([other]) and not changes_of(free).kb
