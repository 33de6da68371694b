"""The 问答库 page through pytest-qt: list, search, filters, editor, approval, history, test
box, categories, Excel, and the mentions page's "回复…" hook."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services import kb
from desktop.ui.kb.page import KbPage
from desktop.ui.main_window import MainWindow
from tests.support.approval import answering, pick
from tests.support.kb import add_person, entry_id
from tests.support.tasks import finish


@pytest.fixture
def kb_page(main_window: MainWindow, ctx, tmp_path: Path) -> KbPage:
    from desktop.services import workspaces

    created = workspaces.create_workspace(ctx, tmp_path / "kb", name="问答库测试", brand="鹿角巷")
    path = created.path
    created.close()
    assert main_window.open_path(path)
    page = main_window.show_page("kb")
    assert isinstance(page, KbPage)
    return page


def titles(page: KbPage) -> list[str]:
    return [page.entry_list.model.row_at(i).title for i in range(page.entry_list.model.rowCount())]


def select(page: KbPage, title: str) -> None:
    row = titles(page).index(title)
    page.entry_list.table.selectRow(row)
    assert page.current_id == entry_id(page.ctx.workspace, title)


def test_page_is_registered_after_home_and_lists_seeded_entries(
    kb_page, main_window, qtmodeltester
) -> None:
    keys = [p.nav_key for p in main_window.pages]
    assert keys.index("kb") == keys.index("home") + 1 + ("mentions" in keys)
    assert kb_page.nav_title() == "问答库"
    assert kb_page.entry_list.model.rowCount() >= 40
    qtmodeltester.check(kb_page.entry_list.model)
    assert "共 47 条" in kb_page.entry_list.count_label.text()


def test_chinese_search_and_filters(kb_page, qtbot) -> None:
    kb_page.entry_list.search.setText("退款")
    qtbot.waitUntil(lambda: "退款迟迟不到账" in titles(kb_page) and len(titles(kb_page)) < 20)
    kb_page.entry_list.search.setText("zzzz没有这个词")
    qtbot.waitUntil(lambda: kb_page.entry_list.model.rowCount() == 0)
    assert (
        kb_page.entry_list.empty.isVisibleTo(kb_page)
        and "清除筛选" in kb_page.entry_list.empty.text()
    )
    kb_page.entry_list.search.clear()
    kb_page.entry_list.language_filter.setCurrentIndex(
        kb_page.entry_list.language_filter.findData("en")
    )
    qtbot.waitUntil(lambda: kb_page.entry_list.model.rowCount() > 0)
    assert all(
        kb_page.entry_list.model.row_at(i).language == "en"
        for i in range(kb_page.entry_list.model.rowCount())
    )


def test_category_tree_filters_and_new_category(kb_page, monkeypatch) -> None:
    root = kb_page.category_tree.tree.topLevelItem(0)
    food = next(
        root.child(i)
        for i in range(root.childCount())
        if root.child(i).text(0).startswith("食品或产品安全")
    )
    kb_page.category_tree.tree.setCurrentItem(food)
    assert titles(kb_page) and all(
        kb.get_entry(
            kb_page.ctx.workspace, kb_page.entry_list.model.row_at(i).id
        ).category.startswith("食品或产品安全")
        for i in range(kb_page.entry_list.model.rowCount())
    )
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("门店专项", True)))
    kb_page.category_tree.add_category()
    root = kb_page.category_tree.tree.topLevelItem(0)
    names = [root.child(i).text(0) for i in range(root.childCount())]
    assert "门店专项" in names


def test_new_entry_edit_save_shows_duplicate_warning(kb_page, dialogs) -> None:
    kb_page.new_entry()
    editor = kb_page.editor
    editor.title.setText("退款太慢（新）")
    editor.examples.setPlainText("申请退款一直显示处理中！")
    editor.body.setPlainText("{称呼|您}好，退款我们马上查。")
    new_id = kb_page.save_entry()
    assert new_id is not None
    entry = kb.get_entry(kb_page.ctx.workspace, new_id)
    assert entry.replies == [kb.Reply("public", "generic", "{称呼|您}好，退款我们马上查。")]
    assert entry.status == "draft"
    assert "可能重复" in dialogs.texts()
    assert kb_page.current_id == new_id
    assert "草稿" in kb_page.editor.status.text()


def test_empty_title_is_refused_with_a_message(kb_page, dialogs) -> None:
    kb_page.new_entry()
    kb_page.editor.body.setPlainText("内容")
    assert kb_page.save_entry() is None
    assert "标题" in dialogs.texts()


def test_approve_without_roster_approver_explains_what_to_do(kb_page, dialogs) -> None:
    select(kb_page, "退款迟迟不到账")
    kb_page.approve_entry()
    assert "职责矩阵" in dialogs.texts()


def test_approve_edit_history_diff_and_restore(kb_page, dialogs, qtbot) -> None:
    workspace = kb_page.ctx.workspace
    add_person(workspace, "周敏", approver=True)
    stranger = add_person(workspace, "路人甲")
    select(kb_page, "退款迟迟不到账")
    target = kb_page.current_id
    original_keywords = kb.get_entry(workspace, target).keywords
    refused = answering(pick(stranger))
    assert not kb_page.approve_entry(refused)
    assert "周敏" in " ".join(refused.problems)  # the refusal names who may approve
    assert kb.get_entry(workspace, target).status != "approved"
    offered = answering(lambda dialog: None)  # the user just presses OK
    assert kb_page.approve_entry(offered)
    assert offered.dialog.approver_combo.currentText().startswith("周敏")  # allowed first
    assert kb.get_entry(workspace, target).status == "approved"
    assert "周敏" in kb_page.editor.status.text()

    kb_page.editor.keywords.setText("退款，没到账，加急")
    kb_page.save_entry()
    assert kb_page.current_id == target
    status = kb_page.editor.status.text()
    assert "草稿" in status and "使用中：第 1 版" in status
    row = titles(kb_page).index("退款迟迟不到账")
    assert "第 1 版在用" in kb_page.entry_list.model.data(kb_page.entry_list.model.index(row, 1))

    assert kb_page.history.versions.count() == 2
    kb_page.history.versions.setCurrentRow(0)
    assert "加急" in kb_page.history.diff_view.toPlainText()
    kb_page.history.versions.setCurrentRow(1)
    kb_page.history.restore_selected()
    restored = kb.get_entry(workspace, target)
    assert restored.keywords == original_keywords
    assert restored.version == 3 and restored.approved_version == 1
    assert kb_page.history.versions.count() == 3


def test_retire_and_reactivate(kb_page, dialogs) -> None:
    from PySide6.QtWidgets import QMessageBox

    select(kb_page, "开发票")
    target = kb_page.current_id
    dialogs.question_answer = QMessageBox.StandardButton.Yes
    kb_page.retire_or_reactivate()
    assert kb.get_entry(kb_page.ctx.workspace, target).status == "retired"
    assert kb_page.editor.retire_button.text() == "恢复使用"
    kb_page.retire_or_reactivate()
    assert kb.get_entry(kb_page.ctx.workspace, target).status == "draft"


def test_test_box_shows_suggestions_with_highlight(kb_page, qtbot) -> None:
    kb_page.tabs.setCurrentIndex(2)
    kb_page.tester.input.setPlainText("我在沙拉里吃出钢丝")
    qtbot.waitUntil(lambda: "菜品中吃出异物" in kb_page.tester.results.toPlainText())
    assert "#fff59d" in kb_page.tester.results.toHtml()


def test_excel_export_and_import_from_the_page(kb_page, qtbot, tmp_path: Path, dialogs) -> None:
    path = tmp_path / "kb.xlsx"
    task = kb_page.excel.export_dialog(str(path))
    finish(kb_page.shell.tasks, task)
    assert path.exists() and kb_page.excel.last_export.entries == 47
    assert "已导出 47" in kb_page.shell.statusBar().currentMessage()
    task = kb_page.excel.import_dialog(str(path))
    finish(kb_page.shell.tasks, task)
    assert kb_page.excel.last_import.unchanged == 47
    assert "未变 47" in dialogs.texts()


def test_import_of_a_bad_file_shows_an_error(kb_page, qtbot, tmp_path: Path, dialogs) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_text("not a spreadsheet")
    task = kb_page.excel.import_dialog(str(junk))
    finish(kb_page.shell.tasks, task)
    assert "无法读取" in dialogs.texts()
    assert kb_page.excel.last_import is None


def test_menu_actions_installed(kb_page, main_window) -> None:
    from PySide6.QtGui import QAction

    for name in ("action_import_kb", "action_export_kb", "action_composer"):
        action = main_window.findChild(QAction, name)
        assert action is not None and action.isEnabled()


def test_reply_action_on_mentions_page_when_present(main_window) -> None:
    from PySide6.QtGui import QShortcut

    mentions = main_window.page("mentions")
    if mentions is None or not hasattr(mentions, "selection_actions"):
        pytest.skip("the mentions page is not in this branch")
    reply = next(a for a in mentions.selection_actions if a.text() == "回复…")
    own_keys = {s.key().toString() for s in mentions.findChildren(QShortcut)}
    assert reply.shortcut().toString() not in own_keys  # never ambiguous with the page's keys
    assert reply.shortcut().toString() in ("R", "Shift+R")
    main_window.open_demo()
    main_window.show_page("mentions")
    mentions.table.selectRow(0)
    chosen = mentions.selected_mention_ids()
    assert chosen
    reply.trigger()
    from desktop.ui.kb.composer import ComposerDialog

    dialog = main_window.findChild(ComposerDialog)
    assert dialog is not None and dialog.isVisible() and dialog.mention_id == chosen[0]
    dialog.reject()


def test_reply_to_nothing_selected_says_what_to_do(kb_page, dialogs) -> None:
    assert kb_page.reply_to_mentions([]) is None
    assert "选中一条舆情" in dialogs.texts()


def test_workspace_values_dialog_and_attachments(kb_page, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QDialog

    from desktop.ui.kb.values_dialog import KbValuesDialog

    def accept(dialog: KbValuesDialog) -> int:
        dialog.table.item(0, 1).setText("400-800-1314")
        dialog.threshold.setValue(45)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(KbValuesDialog, "exec", accept)
    assert kb_page.edit_values()
    workspace = kb_page.ctx.workspace
    assert kb.values(workspace)["热线"] == "400-800-1314"
    assert workspace.setting("kb_deviation_threshold") == 45

    select(kb_page, "开发票")
    picture = tmp_path / "发票指引.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n")
    assert kb_page.add_attachment(str(picture)) is not None
    assert kb_page.editor.attachment_list.count() == 1
    kb_page.editor.attachment_list.setCurrentRow(0)
    kb_page.remove_attachment()
    assert kb_page.editor.attachment_list.count() == 0


def test_suggestion_index_is_built_in_a_worker_for_large_workspaces(kb_page, qtbot) -> None:
    from desktop.services import suggest

    workspace = kb_page.ctx.workspace
    suggest.invalidate(workspace)
    kb_page.warm_threshold = 10
    task = kb_page.warm_suggestions()
    assert task is not None
    # the worker may finish before a signal spy could connect: wait for what it delivers
    qtbot.waitUntil(
        lambda: task.done and suggest.cached_indexes(workspace).kb is not None, timeout=20_000
    )
    cache = suggest.cached_indexes(workspace)
    assert cache.kb is not None and cache.mentions is not None
    built = cache.kb
    assert suggest.suggest_entries(workspace, "退款还没到账", 1)[0].title == "退款迟迟不到账"
    assert suggest.cached_indexes(workspace).kb is built  # adopted, not rebuilt


def test_attaching_a_file_keeps_unsaved_edits_in_the_editor(kb_page, tmp_path: Path) -> None:
    select(kb_page, "开发票")
    kb_page.editor.tone.setText("还没保存的语气说明")
    picture = tmp_path / "a.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n")
    assert kb_page.add_attachment(str(picture)) is not None
    assert kb_page.editor.attachment_list.count() == 1
    assert kb_page.editor.tone.text() == "还没保存的语气说明"


def test_writes_go_through_operations_and_refresh_from_their_changes(kb_page, ctx) -> None:
    seen = []
    ctx.bus.subscribe(lambda changes, initiator: seen.append((changes, initiator)))
    select(kb_page, "开发票")
    target = kb_page.current_id
    kb_page.submit_entry()
    assert seen[-1][0].kb_ids == {target} and seen[-1][1] is kb_page
    assert "待审批" in kb_page.editor.status.text()  # refreshed from the published changes
