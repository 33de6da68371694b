"""The author profile dialog and the repeat-complainer / influencer list."""

from __future__ import annotations

from desktop.services import authors
from desktop.ui.authors.dialogs import AuthorProfileDialog, AuthorsListDialog, open_author_profile
from tests.support.queue import add, ago


def test_profile_dialog_shows_mentions_trend_replies_masked(
    qtbot, qtmodeltester, workspace, ctx
) -> None:
    first = add(
        workspace,
        author="老顾客",
        text="网传你们后厨有老鼠",
        sentiment="neg",
        sentiment_by="person",
        status="replied",
        reply_text="已核实，并无此事",
        replied_at=ago(days=1),
        posted_at=ago(days=2),
        contact="13800001234",
    )
    add(
        workspace,
        author="老顾客",
        text="电话 13912345678 打不通",
        sentiment="neg",
        sentiment_by="model",
        sentiment_confidence=0.9,
        posted_at=ago(hours=1),
    )
    dialog = open_author_profile(ctx, None, mention_id=first)
    assert isinstance(dialog, AuthorProfileDialog)
    qtbot.addWidget(dialog)
    for model in (dialog.mentions_model, dialog.periods_model, dialog.replies_model):
        qtmodeltester.check(model)
    shown = [dialog.mentions_model.index(r, 4).data() for r in range(2)]
    assert shown == ["电话 139****5678 打不通", "网传你们后厨有老鼠"]  # newest first, masked
    assert dialog.mentions_model.index(0, 2).data() == "负面?"
    assert dialog.mentions_model.index(1, 5).data() == "疑似传言"
    assert dialog.replies_model.index(0, 1).data() == "已核实，并无此事"
    assert "1 条已确认 · 1 条模型建议" in dialog.summary.text()
    assert "疑似传言" in dialog.summary.text()


def test_authors_list_opens_a_profile(qtbot, qtmodeltester, workspace, ctx) -> None:
    for _ in range(2):
        add(workspace, author="老顾客", sentiment="neg", sentiment_by="person")
    add(workspace, author="大V", followers=50_000)
    dialog = AuthorsListDialog(ctx)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.repeat_model)
    qtmodeltester.check(dialog.influencer_model)
    assert dialog.repeat_model.index(0, 1).data() == "老顾客"
    assert dialog.repeat_model.index(0, 3).data() == "2 + 0?"
    assert dialog.influencer_model.index(0, 1).data() == "大V"
    profile = dialog.open_row(dialog.repeat_model, 0)
    assert isinstance(profile, AuthorProfileDialog) and profile.profile.name == "老顾客"
    qtbot.addWidget(profile)
    assert authors.influencer_followers(workspace) == 10_000


def test_hint_words_in_the_ui_match_the_service_words_in_chinese(qapp) -> None:
    from desktop.core import nature
    from desktop.core.nature import CopyMember
    from desktop.ui.authors.dialogs import hint_text

    hints = [
        *nature.text_hints("网传后厨有老鼠，吃出异物"),
        *nature.text_hints("垃圾！"),
        nature.coordinated_hint([CopyMember(f"a{n}", 10, 1000.0 + n) for n in range(6)]),
    ]
    assert len(hints) == 4
    for hint in hints:
        assert hint is not None and hint_text(hint) == hint.reason


def test_enter_on_a_mention_of_the_profile_opens_the_composer(qtbot, workspace, ctx) -> None:
    from desktop.ui.kb.composer import ComposerDialog

    mention = add(workspace, author="老顾客", text="送错了", sentiment="neg", sentiment_by="person")
    dialog = open_author_profile(ctx, None, mention_id=mention)
    qtbot.addWidget(dialog)
    composer = dialog.reply_to(0)
    assert isinstance(composer, ComposerDialog) and composer.mention_id == mention
    composer.close()


def test_the_influencer_size_is_set_in_the_list(qtbot, workspace, ctx) -> None:
    add(workspace, author="中V", followers=5_000)
    dialog = AuthorsListDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.influencer_model.rows == []
    assert dialog.stacks[1].currentWidget() is dialog.empty_labels[1]
    assert "10,000" in dialog.empty_labels[1].text()
    dialog.floor_spin.setValue(2_000)
    assert dialog.apply_floor()
    assert [a.author for a in dialog.influencer_model.rows] == ["中V"]
    assert dialog.tabs.tabText(1) == "大V（粉丝 ≥ 2,000）：1"
    assert authors.influencer_followers(workspace) == 2_000
