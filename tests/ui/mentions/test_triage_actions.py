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
