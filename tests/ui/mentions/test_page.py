"""舆情台账 as a user meets it: filters, keyboard triage, bulk edit, response window, masking."""

from __future__ import annotations

from array import array

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from desktop.core.mention_filter import MentionFilter
from desktop.services import mentions as service
from desktop.services import workspaces
from desktop.ui.main_window import MainWindow
from desktop.ui.mentions import MentionsPage
from desktop.ui.mentions import model as model_module
from desktop.ui.mentions.dialogs import BulkEditDialog
from desktop.ui.mentions.model import OVERDUE_BACKGROUND, OVERDUE_ROLE, MentionsTableModel


@pytest.fixture
def page(qtbot, main_window: MainWindow) -> MentionsPage:
    main_window.open_demo()
    shown = main_window.show_page("mentions")
    assert isinstance(shown, MentionsPage)
    return shown


def column(page: MentionsPage, key: str) -> int:
    return page.model.column_index(key)


def cell(page: MentionsPage, row: int, key: str, role=Qt.ItemDataRole.DisplayRole):
    return page.model.data(page.model.index(row, column(page, key)), role)


def focus_table(qtbot, page: MentionsPage) -> None:
    page.shell.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)


def test_page_is_second_in_navigation(main_window: MainWindow) -> None:
    keys = [p.nav_key for p in main_window.pages]
    assert keys[:2] == ["home", "mentions"]
    assert main_window.page("mentions").nav_title() == "舆情台账"


def test_model_passes_qt_model_tester(qtmodeltester, page: MentionsPage) -> None:
    qtmodeltester.check(page.model)
    page.filters.search_edit.setText("钢丝")
    page.reload()
    qtmodeltester.check(page.model)


def test_model_holds_ids_and_fetches_pages_on_demand(qtmodeltester) -> None:
    asked: list[int] = []

    def fetch(ids, columns):
        asked.append(len(ids))
        return {
            i: tuple(
                "neu" if c == "sentiment" else ("new" if c == "status" else None) for c in columns
            )
            for i in ids
        }

    model = MentionsTableModel(fetch)
    model.set_ids(array("q", range(1, 1_000_001)))
    assert model.rowCount() == 1_000_000
    last = model.index(999_999, model.column_index("id"))
    assert model.data(last) == "1000000"
    page_size = model_module.PAGE_SIZE
    assert asked == [1_000_000 - (999_999 // page_size) * page_size]  # one (last) page read
    for row in range(0, model_module.PAGE_SIZE * (model_module.MAX_PAGES + 5), 50):
        model.data(model.index(row, 0))
    assert len(model._pages) <= model_module.MAX_PAGES  # the cache stays small
    model.set_ids(array("q", range(1, 200)))
    qtmodeltester.check(model)


def test_filters_change_the_row_count(page: MentionsPage) -> None:
    workspace = page.ctx.workspace
    total = service.count(workspace)
    assert page.model.rowCount() == total
    assert f"共 {total:,} 条" in page.status_label.text()
    page.filters.sentiment_combo.setCurrentIndex(page.filters.sentiment_combo.findData("neg"))
    negatives = service.count(workspace, MentionFilter(sentiments=["neg"]))
    assert page.model.rowCount() == negatives < total
    page.filters.search_edit.setText("钢丝")
    page.reload()
    expected = service.count(workspace, MentionFilter(sentiments=["neg"], search="钢丝"))
    assert page.model.rowCount() == expected >= 40
    assert f"显示 {expected:,} 条" in page.status_label.text()
    page.filters.platform_combo.setCurrentIndex(page.filters.platform_combo.findData("抖音"))
    assert all(cell(page, r, "platform") == "抖音" for r in range(page.model.rowCount()))
    page.filters.followers_spin.setValue(1_000_000)
    assert page.model.rowCount() <= 1
    page.clear_filters()
    assert page.model.rowCount() == total


def test_date_range_and_import_batch_filters(page: MentionsPage) -> None:
    from PySide6.QtCore import QDate

    page.filters.from_edit.setDate(QDate(2026, 11, 18))
    page.filters.to_edit.setDate(QDate(2026, 11, 18))
    assert page.model.rowCount() > 0
    assert all(
        cell(page, r, "posted_at").startswith("2026-11-18") for r in range(page.model.rowCount())
    )
    page.clear_filters()
    page.filters.import_combo.setCurrentIndex(1)
    batch = int(page.filters.import_combo.currentData())
    expected = service.count(page.ctx.workspace, MentionFilter(import_id=batch))
    assert page.model.rowCount() == expected > 0


def test_no_match_shows_a_way_back(page: MentionsPage) -> None:
    page.filters.search_edit.setText("完全不存在的词组")
    page.reload()
    assert page.stack.currentWidget() is page.no_match
    page.clear_filters()
    assert page.stack.currentWidget() is page.splitter


def test_search_hits_are_highlighted_in_the_detail(page: MentionsPage) -> None:
    page.filters.search_edit.setText("钢丝")
    page.reload()
    page.table.select_row(0)
    html = page.detail.text_view.toHtml()
    assert "background-color:#ffe082" in html
    assert "钢丝</span>" in html


def test_keys_1_2_3_set_sentiment_advance_and_j_k_move(qtbot, page: MentionsPage) -> None:
    page.table.select_row(0)
    focus_table(qtbot, page)
    first = page.current_mention_id()
    qtbot.keyClick(page.table, Qt.Key.Key_3)
    row = service.get_mention(page.ctx.workspace, first)
    assert (
        row["sentiment"] == "pos"
        and row["sentiment_by"] == "person"
        and row["sentiment_user"] == page.ctx.user
    )
    assert cell(page, 0, "sentiment") == "正面"
    assert page.table.currentIndex().row() == 1  # a label on one row moves on to the next
    second = page.current_mention_id()
    qtbot.keyClick(page.table, Qt.Key.Key_K)
    assert page.current_mention_id() == first
    qtbot.keyClick(page.table, Qt.Key.Key_1)
    assert service.get_mention(page.ctx.workspace, first)["sentiment"] == "neg"
    assert page.current_mention_id() == second
    qtbot.keyClick(page.table, Qt.Key.Key_2)
    assert service.get_mention(page.ctx.workspace, second)["sentiment"] == "neu"
    assert page.table.currentIndex().row() == 2
    qtbot.keyClick(page.table, Qt.Key.Key_K)
    qtbot.keyClick(page.table, Qt.Key.Key_K)
    assert page.current_mention_id() == first
    qtbot.keyClick(page.table, Qt.Key.Key_J)
    assert page.current_mention_id() == second
    assert "1 负面" in page.triage.legend.text() and "3 正面" in page.triage.legend.text()
    assert "空格 确认建议" in page.triage.legend.text()
    assert MentionsPage.move is QWidget.move  # J/K move the selection, not the page


def test_page_init_is_short_and_its_parts_are_reachable(page: MentionsPage) -> None:
    import inspect

    lines = inspect.getsource(MentionsPage.__init__).count("\n")
    assert lines < 40
    assert page.table.model() is page.model
    assert page.filters.parent() is page and page.triage.parent() is page


def test_status_shortcuts_and_audit(qtbot, page: MentionsPage) -> None:
    page.table.select_row(0)
    focus_table(qtbot, page)
    mention_id = page.current_mention_id()
    qtbot.keyClick(page.table, Qt.Key.Key_R)
    assert service.get_mention(page.ctx.workspace, mention_id)["status"] == "replied"
    qtbot.keyClick(page.table, Qt.Key.Key_F)
    assert service.get_mention(page.ctx.workspace, mention_id)["status"] == "follow_up"
    actions = page.ctx.workspace.db.execute(
        "SELECT user, after_json FROM audit WHERE object_type='mention' AND object_id=?",
        [str(mention_id)],
    ).fetchall()
    assert [a[0] for a in actions] == [page.ctx.user] * 2
    assert '"follow_up"' in actions[-1][1]


def test_keys_do_nothing_while_typing_in_search(qtbot, page: MentionsPage) -> None:
    page.table.select_row(0)
    mention_id = page.current_mention_id()
    before = service.get_mention(page.ctx.workspace, mention_id)["sentiment"]
    page.shell.activateWindow()
    page.filters.search_edit.setFocus()
    qtbot.waitUntil(page.filters.search_edit.hasFocus)
    qtbot.keyClick(page.filters.search_edit, Qt.Key.Key_3)
    assert page.filters.search_edit.text() == "3"
    assert service.get_mention(page.ctx.workspace, mention_id)["sentiment"] == before


def test_bulk_edit_changes_the_whole_selection(qtbot, page: MentionsPage, monkeypatch) -> None:
    def accept(dialog: BulkEditDialog) -> int:
        dialog.status.setCurrentIndex(dialog.status.findData("closed"))
        dialog.owner.setCurrentText("阿敏")
        return 1

    monkeypatch.setattr(BulkEditDialog, "exec", accept)
    page.table.selectRow(0)
    page.table.selectionModel().select(
        page.model.index(3, 0),
        page.table.selectionModel().SelectionFlag.Select
        | page.table.selectionModel().SelectionFlag.Rows,
    )
    ids = page.selected_mention_ids()
    assert len(ids) == 2
    assert "已选 2 条" in page.detail.placeholder.text()
    page.triage.bulk_action.trigger()
    for mention_id in ids:
        row = service.get_mention(page.ctx.workspace, mention_id)
        assert (row["status"], row["owner"]) == ("closed", "阿敏")
    audited = page.ctx.workspace.count("audit", "object_type = 'mention' AND action = 'triage'")
    assert audited == 2


def test_overdue_negatives_are_highlighted(page: MentionsPage) -> None:
    page.filters.status_combo.setCurrentIndex(page.filters.status_combo.findData("__unanswered__"))
    page.filters.sentiment_combo.setCurrentIndex(page.filters.sentiment_combo.findData("neg"))
    assert page.model.rowCount() > 0
    # the demo's mentions are from November 2026's first weeks: long past 2 hours
    index = page.model.index(0, column(page, "response"))
    assert page.model.data(index, OVERDUE_ROLE) is True
    assert page.model.data(index, Qt.ItemDataRole.BackgroundRole) == OVERDUE_BACKGROUND
    assert not page.model.data(index, Qt.ItemDataRole.DecorationRole).isNull()
    assert cell(page, 0, "response").startswith("已过")
    assert "超过 2 小时未回复" in page.status_label.text()
    page.filters.status_combo.setCurrentIndex(page.filters.status_combo.findData("replied"))
    assert page.model.data(page.model.index(0, column(page, "response")), OVERDUE_ROLE) is False
    assert cell(page, 0, "response").startswith("用时")
    page.filters.status_combo.setCurrentIndex(page.filters.status_combo.findData("__unanswered__"))
    page.filters.sentiment_combo.setCurrentIndex(page.filters.sentiment_combo.findData("pos"))
    if page.model.rowCount():
        assert cell(page, 0, "response") == ""


def test_contact_is_masked_until_revealed(page: MentionsPage) -> None:
    workspace = page.ctx.workspace
    mention_id = workspace.db.execute(
        "SELECT id FROM mentions WHERE contact LIKE '%林女士%'"
    ).fetchone()[0]
    row = page.model.row_of(mention_id)
    page.table.select_row(row)
    assert cell(page, row, "contact") == "138****1888（林女士）"
    assert page.detail.contact_edit.text() == "138****1888（林女士）"
    assert page.detail.contact_edit.isReadOnly()
    page.detail.reveal_button.click()
    assert page.detail.contact_edit.text() == "13800001888（林女士）"
    assert workspace.count("audit", "action = 'reveal-contact'") == 1
    assert cell(page, row, "contact") == "138****1888（林女士）"


def test_detail_panel_edits_and_link(page: MentionsPage, monkeypatch) -> None:
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url)))
    page.table.select_row(0)
    mention_id = page.current_mention_id()
    detail = page.detail
    detail.status_combo.setCurrentIndex(detail.status_combo.findData("to_reply"))
    detail.status_combo.activated.emit(detail.status_combo.currentIndex())
    detail.notes_edit.setPlainText("已私信，等待订单号")
    detail.owner_edit.setCurrentText("小周")
    detail.save_button.click()
    row = service.get_mention(page.ctx.workspace, mention_id)
    assert (row["status"], row["notes"], row["owner"]) == ("to_reply", "已私信，等待订单号", "小周")
    assert page.current_mention_id() == mention_id  # the view did not jump
    detail.open_link_button.click()
    assert opened and opened[0].toString() == row["url"]
    assert "情感：" in detail.sentiment_label.text()


def test_empty_workspace_says_what_to_do(main_window: MainWindow, ctx, tmp_path) -> None:
    created = workspaces.create_workspace(ctx, tmp_path / "empty", name="空")
    path = created.path
    created.close()
    main_window.open_path(path)
    page = main_window.show_page("mentions")
    assert page.stack.currentWidget() is page.empty_label
    assert page.empty_label.text() == "还没有舆情。把 Excel/CSV 拖到窗口上，或按 Ctrl+I 导入。"


def test_selection_actions_for_other_areas(page: MentionsPage) -> None:
    received: list[list[int]] = []
    action = page.add_selection_action("关联到案例…", received.append, "Ctrl+Shift+L")
    assert action in page.triage.toolbar.actions()
    page.table.selectRow(2)
    expected = page.selected_mention_ids()
    action.trigger()
    assert received == [expected]
    assert isinstance(page.current_filter(), MentionFilter)
    page.filters.search_edit.setText("退款")
    assert page.current_filter().search == "退款"


def test_export_button_opens_the_export_of_the_current_view(
    main_window: MainWindow, monkeypatch
) -> None:
    from desktop.ui import export_dialog

    shown: list[str] = []

    def fake_exec(dialog) -> int:
        shown.append(dialog.windowTitle())
        return 0  # the user cancels

    monkeypatch.setattr(export_dialog.ExportDialog, "exec", fake_exec)
    main_window.open_demo()
    page = main_window.show_page("mentions")
    page.filters.search_edit.setText("钢丝")
    assert page.export_button.isVisibleTo(page)
    page.export_button.click()
    assert len(shown) == 1


def test_hidden_columns_are_remembered(qtbot, main_window: MainWindow, ctx) -> None:
    main_window.open_demo()
    page = main_window.show_page("mentions")
    contact = page.model.column_index("contact")
    likes = page.model.column_index("likes")
    assert not page.table.isColumnHidden(contact)
    page.table.set_column_visible(contact, False)
    page.table.set_column_visible(likes, True)
    page.table.horizontalHeader().moveSection(page.table.horizontalHeader().visualIndex(likes), 0)
    page.table.save_header_state()
    other = MainWindow(ctx)
    qtbot.addWidget(other)
    restored = other.page("mentions")
    assert restored.table.isColumnHidden(contact)
    assert not restored.table.isColumnHidden(likes)
    assert restored.table.horizontalHeader().visualIndex(likes) == 0


def test_sorting_by_header_is_done_in_sql(page: MentionsPage) -> None:
    followers = page.model.column_index("followers")
    page.table.sortByColumn(followers, Qt.SortOrder.DescendingOrder)
    values = [int(cell(page, r, "followers").replace(",", "") or 0) for r in range(5)]
    assert values == sorted(values, reverse=True)
    assert values[0] >= 1_000_000
    assert page.current_filter().sort == "followers"


def test_invalid_index_gives_nothing(page: MentionsPage) -> None:
    assert page.model.data(QModelIndex()) is None


def test_enter_on_a_row_opens_the_composer_for_it(qtbot, page: MentionsPage) -> None:
    from desktop.ui.kb.composer import ComposerDialog

    page.table.select_row(2)
    mention_id = page.current_mention_id()
    focus_table(qtbot, page)
    reply = page.triage.reply_action()
    assert reply is not None and reply.shortcut().toString() == "Shift+R"
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialogs = [d for d in page.shell.findChildren(ComposerDialog) if d.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].mention_id == mention_id
    dialogs[0].close()


def test_tab_from_the_search_box_walks_past_the_date_fields(qtbot, page: MentionsPage) -> None:
    filters = page.filters
    page.shell.activateWindow()
    filters.from_edit.setFocus()
    assert filters.from_edit.hasFocus()
    qtbot.keyClick(filters.from_edit, Qt.Key.Key_Tab)  # shows 不限: Tab used to stay put
    assert filters.to_edit.hasFocus()
    qtbot.keyClick(filters.to_edit, Qt.Key.Key_Tab)
    assert not filters.to_edit.hasFocus() and not filters.from_edit.hasFocus()
    filters.to_edit.setFocus()
    qtbot.keyClick(filters.to_edit, Qt.Key.Key_Backtab)
    assert filters.from_edit.hasFocus()
