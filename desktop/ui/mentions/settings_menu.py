"""The mention log's 设置 button: the workspace's issue-type list, its response window, and
which columns the table shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMenu, QToolButton

from desktop.services import mentions as service
from desktop.ui.mentions.dialogs import IssueTypesDialog
from desktop.ui.operations import Operation
from desktop.ui.page import Page
from desktop.ui.theme import icon

MAX_WINDOW_HOURS = 336  # two weeks, as services/mentions allows


class MentionSettingsButton(QToolButton):
    """Each edit runs through an `Operation` for the page; its `Changes` reload every view."""

    def __init__(self, page: Page, columns_menu: QMenu, window_hours: Callable[[], float]) -> None:
        super().__init__(page)
        self.page = page
        self.window_hours = window_hours
        self.setText(self.tr("设置"))
        self.setIcon(icon("mdi6.cog-outline"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        menu.addAction(self.tr("编辑问题类型…"), self.edit_issue_types)
        menu.addAction(self.tr("设置响应时限…"), self.edit_response_window)
        menu.addMenu(columns_menu)
        self.setMenu(menu)

    def edit_issue_types(self) -> None:
        workspace = self.page.ctx.workspace
        if workspace is None:
            return
        dialog = IssueTypesDialog(self.page, list(service.issue_types(workspace).values()))
        if not dialog.exec():
            return
        labels = dialog.labels()
        Operation(
            self.page, self.page.ctx, lambda: service.set_issue_types(workspace, labels)
        ).titled(self.tr("问题类型")).run()

    def edit_response_window(self) -> None:
        workspace = self.page.ctx.workspace
        if workspace is None:
            return
        hours, ok = QInputDialog.getDouble(
            self.page,
            self.tr("响应时限"),
            self.tr("负面舆情应在发布后多少小时内回复？"),
            self.window_hours(),
            0.25,
            MAX_WINDOW_HOURS,
            2,
        )
        if not ok:
            return
        Operation(
            self.page, self.page.ctx, lambda: service.set_response_window_hours(workspace, hours)
        ).titled(self.tr("响应时限")).run()
