"""The reply composer dialog: ranked entries and similar replies, placeholders filled and
prompted, channel counter, deviation warning, copy, mark replied."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from desktop.services import kb
from desktop.services.approvals import ApprovalInput
from desktop.ui.kb.composer import ComposerDialog
from tests.support.kb import add_mention, add_person, entry_id


@pytest.fixture
def approved_workspace(workspace):
    approver = add_person(workspace, "周敏", approver=True)
    for title in ("菜品中吃出异物（头发、钢丝、虫子）", "退款迟迟不到账"):
        kb.approve(workspace, entry_id(workspace, title), ApprovalInput(approver))
    workspace.set_setting("kb_values", {"热线": "400-800-1314"})
    return workspace


def test_composer_for_a_mention_fills_and_ranks(
    qtbot, ctx, approved_workspace, qtmodeltester
) -> None:
    add_mention(
        approved_workspace,
        "沙拉里有根细铁丝，太危险了",
        author="阿花",
        reply="阿花您好，非常抱歉！已私信您。",
        replied_at="2026-11-18T10:00:00+08:00",
    )
    mention = add_mention(
        approved_workspace, "在徐汇店的沙拉里吃出一根钢丝！", author="吃货小鹿", platform="微博"
    )
    dialog = ComposerDialog(ctx, None, mention_id=mention)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.suggestions.entries_model)
    qtmodeltester.check(dialog.suggestions.similar_model)
    assert dialog.suggestions.entries_model.row_at(0).title == "菜品中吃出异物（头发、钢丝、虫子）"
    assert dialog.suggestions.similar_model.row_at(0).reply == "阿花您好，非常抱歉！已私信您。"
    similar = dialog.suggestions.similar_model
    assert similar.data(similar.index(0, 2)) in {"强相关", "可能相关"}
    assert dialog.channel_combo.currentData() == "weibo"
    assert dialog.editor.toPlainText().startswith("吃货小鹿好")
    assert "已审批" in dialog.script_label.text()
    assert dialog.counter.text().endswith("/ 140 字")
    assert dialog.deviation_label.text() == "与问答库话术一致。"
    assert "钢丝" in dialog.suggestions.explain.toPlainText()
    assert (
        dialog.suggestions.entries_model.data(dialog.suggestions.entries_model.index(0, 2))
        == "强相关"
    )
    assert dialog.suggestions.empty_label.isHidden()

    dialog.suggestions.similar_view.selectRow(0)
    assert "当时的回复" in dialog.suggestions.explain.toPlainText()


def test_unfilled_placeholders_are_prompted_and_filled(qtbot, ctx, approved_workspace) -> None:
    target = entry_id(approved_workspace, "退款迟迟不到账")
    kb.edit_entry(
        approved_workspace,
        target,
        {
            "replies": [
                {
                    "kind": "public",
                    "channel": "generic",
                    "body": "{称呼|您}好，订单 {订单号} 已加急，热线 {热线}。",
                }
            ]
        },
    )
    kb.approve(approved_workspace, target, ApprovalInput(kb.approvers(approved_workspace)[0]["id"]))
    mention = add_mention(approved_workspace, "退款还没到账", author="", platform="邮件")
    dialog = ComposerDialog(ctx, None, mention_id=mention, entry_id=target)
    qtbot.addWidget(dialog)
    assert dialog.editor.toPlainText() == "您好，订单 {订单号} 已加急，热线 400-800-1314。"
    assert not dialog.prompt_box.isHidden() and "订单号" in dialog._prompts
    assert "{订单号}" in dialog.deviation_label.text()
    dialog.fill_placeholder("订单号", "A-1001")
    assert dialog.editor.toPlainText() == "您好，订单 A-1001 已加急，热线 400-800-1314。"
    assert dialog.prompt_box.isHidden()
    dialog.mark_replied()
    row = approved_workspace.db.execute(
        "SELECT status, reply_text, reply_is_approved_script FROM mentions WHERE id = ?", [mention]
    ).fetchone()
    assert row == ("replied", "您好，订单 A-1001 已加急，热线 400-800-1314。", 1)


def test_counter_and_deviation_warning_when_rewritten(
    qtbot, ctx, approved_workspace, dialogs
) -> None:
    mention = add_mention(approved_workspace, "退款还没到账", author="小王", platform="抖音")
    dialog = ComposerDialog(
        ctx, None, mention_id=mention, entry_id=entry_id(approved_workspace, "退款迟迟不到账")
    )
    qtbot.addWidget(dialog)
    assert dialog.channel_combo.currentData() == "douyin"
    dialog.editor.setPlainText("自己去问银行。" + "啊" * 120)
    assert "超出" in dialog.counter.text()
    assert "%" in dialog.deviation_label.text() and "非审批话术" in dialog.deviation_label.text()
    dialog.copy_to_clipboard()
    assert QGuiApplication.clipboard().text().startswith("自己去问银行。")
    dialog.mark_replied()
    flag = approved_workspace.db.execute(
        "SELECT reply_is_approved_script, status FROM mentions WHERE id = ?", [mention]
    ).fetchone()
    assert flag == (0, "replied")
    target = entry_id(approved_workspace, "退款迟迟不到账")
    assert kb.get_entry(approved_workspace, target).usage_count == 1


def test_free_text_composer_cannot_mark_replied(qtbot, ctx, approved_workspace) -> None:
    dialog = ComposerDialog(ctx, None, text="你们家外卖送得太慢了")
    qtbot.addWidget(dialog)
    assert not dialog.reply_button.isEnabled()
    assert dialog.suggestions.entries_model.rowCount() > 0
    dialog.suggestions.source.setPlainText("")
    dialog.refresh_suggestions()
    assert dialog.suggestions.entries_model.rowCount() == 0
    assert "先输入评论" in dialog.suggestions.empty_label.text()


def test_draft_entry_is_flagged(qtbot, ctx, workspace) -> None:
    dialog = ComposerDialog(ctx, None, text="x", entry_id=entry_id(workspace, "开发票"))
    qtbot.addWidget(dialog)
    assert "未审批" in dialog.script_label.text()


def test_entry_attachment_image_can_be_copied(qtbot, ctx, approved_workspace, tmp_path) -> None:
    from PySide6.QtGui import QColor, QImage

    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    path = tmp_path / "客服二维码.png"
    image.save(str(path))
    target = entry_id(approved_workspace, "退款迟迟不到账")
    kb.add_attachment(approved_workspace, target, path)
    dialog = ComposerDialog(ctx, None, text="退款没到账", entry_id=target)
    qtbot.addWidget(dialog)
    assert not dialog.attachments_box.isHidden()
    assert dialog.attachment_combo.currentText() == "客服二维码.png"
    assert dialog.copy_attachment()
    assert QGuiApplication.clipboard().image().size().width() == 8


def test_similar_reply_can_be_the_starting_point(qtbot, ctx, approved_workspace) -> None:
    add_mention(
        approved_workspace,
        "外卖晚了一个多小时，饭都凉了",
        author="阿花",
        reply="阿花您好，抱歉让您久等！这单已为您退款。",
        replied_at="2026-11-18T10:00:00+08:00",
    )
    mention = add_mention(approved_workspace, "外卖晚了一小时，凉透了", author="小王", key="k-new")
    dialog = ComposerDialog(ctx, None, mention_id=mention)
    qtbot.addWidget(dialog)
    dialog.use_similar_reply(0)
    assert dialog.editor.toPlainText() == "阿花您好，抱歉让您久等！这单已为您退款。"
    assert "不算审批话术" in dialog.script_label.text()
    dialog.mark_replied()
    row = approved_workspace.db.execute(
        "SELECT reply_entry_id, reply_is_approved_script, status FROM mentions WHERE id = ?",
        [mention],
    ).fetchone()
    assert row == (None, 0, "replied")


def test_an_off_topic_comment_starts_empty_with_the_candidates_listed(
    qtbot, ctx, approved_workspace, qtmodeltester
) -> None:
    """Issue 13: a TV-drama comment was pre-filled with the foreign-object script and called
    "与问答库话术一致"."""
    mention = add_mention(approved_workspace, "梁正贤真是海王让人恶心的想吐", platform="微博")
    dialog = ComposerDialog(ctx, None, mention_id=mention)
    qtbot.addWidget(dialog)
    model = dialog.suggestions.entries_model
    qtmodeltester.check(model)
    assert model.rowCount() >= 1  # the candidates are listed …
    assert model.row_at(0).title == "菜品中吃出异物（头发、钢丝、虫子）"
    assert [model.data(model.index(r, 2)) for r in range(model.rowCount())] == ["不相关"] * (
        model.rowCount()
    )
    assert dialog.editor.toPlainText() == ""  # … and nothing is pre-filled
    assert dialog.composition is None
    assert "没有强相关的条目" in dialog.suggestions.empty_label.text()
    assert "一致" not in dialog.deviation_label.text()
    # picking the candidate anyway fills it, but it is not called the 问答库's script
    dialog.suggestions.entries_view.selectRow(0)
    assert dialog.editor.toPlainText()
    assert "与问答库话术一致" not in dialog.deviation_label.text()
    assert "不相关" in dialog.deviation_label.text()


def test_a_possible_match_is_listed_not_pre_filled(qtbot, ctx, approved_workspace) -> None:
    dialog = ComposerDialog(ctx, None, text="排了半天队，出餐也太慢了吧")
    qtbot.addWidget(dialog)
    model = dialog.suggestions.entries_model
    levels = [model.data(model.index(r, 2)) for r in range(model.rowCount())]
    assert "可能相关" in levels and "强相关" not in levels
    assert dialog.editor.toPlainText() == "" and dialog.composition is None


def test_a_strong_draft_is_not_called_the_approved_script(qtbot, ctx, workspace) -> None:
    dialog = ComposerDialog(ctx, None, text="退款申请都一周了钱还没回来")
    qtbot.addWidget(dialog)
    assert dialog.composition is not None and not dialog.composition.approved
    assert dialog.relevance == "strong"
    assert "与问答库话术一致" not in dialog.deviation_label.text()
    assert "未审批" in dialog.deviation_label.text()


def test_demo_wire_mention_is_pre_filled_from_the_approved_entry(
    qtbot, ctx, demo_workspace
) -> None:
    mention = demo_workspace.db.execute(
        "SELECT id FROM mentions WHERE text LIKE '%吃到一半发现碗里有一根钢丝%' LIMIT 1"
    ).fetchone()[0]
    dialog = ComposerDialog(ctx, None, mention_id=mention)
    qtbot.addWidget(dialog)
    model = dialog.suggestions.entries_model
    assert model.row_at(0).title == "菜品中吃出异物（头发、钢丝、虫子）"
    assert model.data(model.index(0, 2)) == "强相关"
    titles = [model.row_at(r).title for r in range(min(3, model.rowCount()))]
    assert "顾客表扬、好评" not in titles
    assert dialog.composition is not None and dialog.editor.toPlainText()
    assert dialog.deviation_label.text() == "与问答库话术一致。"
