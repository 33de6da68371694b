"""Triage from the page: one's own edit keeps the view in place, anyone else's reloads it;
the settings edits go through an Operation too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from desktop.core.changes import Changes
from desktop.services import mentions as service
from desktop.ui.main_window import MainWindow
from desktop.ui.mentions import MentionsPage
from desktop.ui.mentions.dialogs import IssueTypesDialog


@pytest.fixture
def page(qtbot, main_window: MainWindow) -> MentionsPage:
    main_window.open_demo()
    shown = main_window.show_page("mentions")
    assert isinstance(shown, MentionsPage)
    return shown


def _unanswered_negatives(page: MentionsPage) -> None:
    filters = page.filters
    filters.sentiment_combo.setCurrentIndex(filters.sentiment_combo.findData("neg"))
    filters.status_combo.setCurrentIndex(filters.status_combo.findData("__unanswered__"))


def test_own_triage_edit_keeps_the_view_and_selection(qtbot, page: MentionsPage) -> None:
    _unanswered_negatives(page)
    rows = page.model.rowCount()
    page.table.select_row(3)
    mention_id = page.current_mention_id()
    published: list[tuple[Changes, object]] = []
    page.ctx.bus.subscribe(lambda changes, initiator: published.append((changes, initiator)))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_R)  # replied: no longer matches the filter
    assert service.get_mention(page.ctx.workspace, mention_id)["status"] == "replied"
    assert published == [(Changes.of_mentions([mention_id]), page)]
    assert page.model.rowCount() == rows  # the row stays until the user reloads
    assert page.current_mention_id() == mention_id
    assert page.table.currentIndex().row() == 3


def test_someone_elses_change_reloads_the_view(page: MentionsPage) -> None:
    _unanswered_negatives(page)
    rows = page.model.rowCount()
    mention_id = page.model.mention_id(0)
    service.set_status(page.ctx.workspace, [mention_id], "closed")
    page.ctx.bus.publish(Changes.of_mentions([mention_id]), object())
    assert page.model.rowCount() == rows - 1


def test_issue_types_edit_reloads_the_labels(page: MentionsPage, monkeypatch, dialogs) -> None:
    monkeypatch.setattr(IssueTypesDialog, "exec", lambda dialog: 1)
    monkeypatch.setattr(IssueTypesDialog, "labels", lambda dialog: ["食品/产品安全", "外卖包装"])
    page.settings_button.edit_issue_types()
    combo = page.detail.issue_combo
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["食品/产品安全", "外卖包装"]
    monkeypatch.setattr(IssueTypesDialog, "labels", lambda dialog: [])
    page.settings_button.edit_issue_types()
    assert "问题类型列表不能为空" in dialogs.texts()  # refused, in words
    assert len(service.issue_types(page.ctx.workspace)) == 2


def test_response_window_edit_changes_the_overdue_line(page: MentionsPage, monkeypatch) -> None:
    monkeypatch.setattr(QInputDialog, "getDouble", staticmethod(lambda *a, **k: (1.5, True)))
    page.settings_button.edit_response_window()
    assert page.window_hours == 1.5
    assert "超过 1.5 小时未回复" in page.status_label.text()


def _sentiments(page: MentionsPage) -> dict[int, str]:
    workspace = page.ctx.workspace
    return {i: service.get_mention(workspace, i)["sentiment"] for i in page.model.ids}


def test_select_all_then_a_key_edits_every_row_on_a_worker_and_ctrl_z_undoes_it(
    qtbot, page: MentionsPage, monkeypatch
) -> None:
    from desktop.ui.mentions import triage_actions

    monkeypatch.setattr(triage_actions, "BACKGROUND_ROWS", 5)  # the demo's rows count as big
    before = _sentiments(page)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert page.table.selected_count() == page.model.rowCount() > 5
    assert page.detail.mention is None  # many selected: the detail panel says how many
    qtbot.keyClick(page.table, Qt.Key.Key_1)
    assert page.triage.running is not None  # written off the UI thread
    qtbot.waitUntil(lambda: not page.shell.tasks.busy and page.triage.running is None)
    assert set(_sentiments(page).values()) == {"neg"}
    assert page.table.selected_count() == page.model.rowCount()  # the view stays put
    assert page.triage.undo_action.isEnabled()
    audited = page.ctx.workspace.count(
        "audit", "action = 'bulk-triage'"
    ) + page.ctx.workspace.count("audit", "action = 'triage'")
    assert audited >= 1
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.shell.tasks.busy and page.triage.running is None)
    assert _sentiments(page) == before
    assert page.ctx.workspace.count("audit", "action = 'undo'") == 1
    assert not page.triage.undo_action.isEnabled()


def test_ctrl_z_steps_back_through_small_edits(qtbot, page: MentionsPage) -> None:
    page.table.select_row(0)
    mention_id = page.current_mention_id()
    workspace = page.ctx.workspace
    original = service.get_mention(workspace, mention_id)["status"]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F)
    qtbot.keyClick(page.table, Qt.Key.Key_C)
    assert service.get_mention(workspace, mention_id)["status"] == "closed"
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert service.get_mention(workspace, mention_id)["status"] == "follow_up"
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert service.get_mention(workspace, mention_id)["status"] == original
    assert not page.triage.undo_action.isEnabled()  # nothing left to undo
    assert not page.triage.undo()
    assert "没有可以撤销" in page.shell.statusBar().currentMessage()


def test_selection_spans_count_rows_without_indexes(page: MentionsPage) -> None:
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    model, selection = page.model, page.table.selectionModel()
    last = model.columnCount() - 1
    chosen = QItemSelection(model.index(0, 0), model.index(2, last))
    chosen.select(model.index(2, 0), model.index(4, last))  # overlapping ranges
    chosen.select(model.index(7, 0), model.index(7, last))
    selection.select(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert page.table.selected_row_spans() == [(0, 4), (7, 7)]
    assert page.table.selected_count() == 6
    assert page.table.selected_mention_ids() == [model.ids[r] for r in (0, 1, 2, 3, 4, 7)]
