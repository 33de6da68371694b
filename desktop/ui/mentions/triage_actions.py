"""Triage on the mention log: keys 1/2/3 and the status letters, J/K, bulk edit, the context
menu, the contact reveal, and the actions other areas add for a selection.

Every write runs through an `Operation` on behalf of the page, so the page can tell its own
triage edit (the view and selection stay in place) from anyone else's change.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolBar

from desktop.services import mentions as service
from desktop.ui.labels import vocab_label
from desktop.ui.mentions.detail import MentionDetail
from desktop.ui.mentions.dialogs import BulkEditDialog
from desktop.ui.mentions.table_view import MentionsTableView
from desktop.ui.operations import Operation
from desktop.ui.page import Page
from desktop.ui.theme import icon

# Keyboard triage (shown in the legend): 1/2/3 sentiment, status letters, J/K to move.
SENTIMENT_KEYS = {"1": "neg", "2": "neu", "3": "pos"}
STATUS_KEYS = {
    "N": "new",
    "T": "to_reply",
    "R": "replied",
    "F": "follow_up",
    "C": "closed",
    "X": "ignored",
}

SelectionCallback = Callable[[list[int]], None]


class TriageActions(QObject):
    """The page's writes to mentions and the actions that start them."""

    def __init__(
        self,
        page: Page,
        table: MentionsTableView,
        detail: MentionDetail,
        issue_labels: Callable[[], dict[str, str]],
    ) -> None:
        super().__init__(page)
        self.page = page
        self.table = table
        self.detail = detail
        self.issue_labels = issue_labels
        self.selection_actions: list[QAction] = []
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.bulk_action = QAction(
            icon("mdi6.pencil-box-multiple-outline"), self.tr("批量编辑…"), page
        )
        self.bulk_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.bulk_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.bulk_action.triggered.connect(self.bulk_edit)
        page.addAction(self.bulk_action)
        self.toolbar.addAction(self.bulk_action)
        self.legend = QLabel(
            self.tr(
                "键盘：1 负面 · 2 中性 · 3 正面 ｜ N 新 · T 待回复 · R 已回复 · F 跟进中 · "
                "C 已关闭 · X 已忽略 ｜ J/K 下一条/上一条"
            )
        )
        self.legend.setObjectName("pageSubtitle")
        self._install_keys()
        table.customContextMenuRequested.connect(self.context_menu)
        detail.changes_requested.connect(self.apply_to_current)
        detail.reveal_requested.connect(self.reveal_contact)
        detail.bulk_edit_requested.connect(self.bulk_edit)

    def bar(self) -> QHBoxLayout:
        """The selection toolbar and the keyboard legend, as one row."""
        row = QHBoxLayout()
        row.addWidget(self.toolbar)
        row.addStretch(1)
        row.addWidget(self.legend)
        return row

    def _install_keys(self) -> None:
        def key(sequence: str, slot: Callable[[], Any]) -> None:
            shortcut = QShortcut(QKeySequence(sequence), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        for sequence, sentiment in SENTIMENT_KEYS.items():
            key(sequence, partial(self.apply_to_selection, {"sentiment": sentiment}))
        for sequence, status in STATUS_KEYS.items():
            key(sequence, partial(self.apply_to_selection, {"status": status}))
        key("J", lambda: self.table.move_selection(1))
        key("K", lambda: self.table.move_selection(-1))

    # -- actions of other areas ---------------------------------------------------------------

    def add_selection_action(
        self, text: str, callback: SelectionCallback, shortcut: str = ""
    ) -> QAction:
        action = QAction(text, self.page)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.page.addAction(action)
        action.triggered.connect(lambda _checked=False: callback(self.table.selected_mention_ids()))
        self.selection_actions.append(action)
        self.toolbar.addAction(action)
        self.update_action_state()
        return action

    def update_action_state(self) -> None:
        has = bool(self.table.selectionModel().hasSelection())
        for action in self.selection_actions:
            action.setEnabled(has)

    def set_read_only(self, read_only: bool) -> None:
        self.bulk_action.setEnabled(not read_only)

    # -- writes -----------------------------------------------------------------------------

    def apply_to_selection(self, changes: dict[str, Any]) -> bool:
        return self.apply(self.table.selected_mention_ids(), changes)

    def apply_to_current(self, changes: dict[str, Any]) -> bool:
        mention_id = self.detail.mention["id"] if self.detail.mention else None
        return self.apply([mention_id] if mention_id is not None else [], changes)

    def apply(self, ids: list[int], changes: dict[str, Any]) -> bool:
        """The same change to these mentions; False when refused (the user was told why)."""
        workspace = self.page.ctx.workspace
        if workspace is None or not ids:
            return False
        result = (
            Operation(
                self.page, self.page.ctx, lambda: service.update_mentions(workspace, ids, changes)
            )
            .titled(self.tr("无法保存"))
            .run()
        )
        if result is None:
            return False
        if result.changed:
            self.page.shell.show_message(
                self.tr("已更新 {n} 条舆情").format(n=result.changed), 4000
            )
        return True

    def bulk_edit(self) -> None:
        ids = self.table.selected_mention_ids()
        workspace = self.page.ctx.workspace
        if not ids or workspace is None:
            return
        dialog = BulkEditDialog(self.page, len(ids), self.issue_labels(), service.owners(workspace))
        if dialog.exec() and dialog.changes():
            self.apply(ids, dialog.changes())

    def reveal_contact(self) -> None:
        workspace = self.page.ctx.workspace
        if workspace is None or self.detail.mention is None:
            return
        mention_id = self.detail.mention["id"]
        revealed = (
            Operation(
                self.page, self.page.ctx, lambda: service.reveal_contact(workspace, mention_id)
            )
            .titled(self.tr("无法显示"))
            .run()
        )
        if revealed is not None:
            self.detail.reveal(revealed.contact)

    # -- the context menu -----------------------------------------------------------------------

    def context_menu(self, pos: QPoint) -> None:
        if not self.table.selected_mention_ids():
            return
        menu = QMenu(self.page)
        sentiment_menu = menu.addMenu(self.tr("情感"))
        for sequence, key in SENTIMENT_KEYS.items():
            action = sentiment_menu.addAction(f"{vocab_label('SENTIMENTS', key)}\t{sequence}")
            action.triggered.connect(
                lambda _c=False, k=key: self.apply_to_selection({"sentiment": k})
            )
        status_menu = menu.addMenu(self.tr("状态"))
        for sequence, key in STATUS_KEYS.items():
            action = status_menu.addAction(f"{vocab_label('STATUSES', key)}\t{sequence}")
            action.triggered.connect(lambda _c=False, k=key: self.apply_to_selection({"status": k}))
        menu.addAction(self.bulk_action)
        if self.selection_actions:
            menu.addSeparator()
            for action in self.selection_actions:
                menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("在浏览器中打开原文"), self.detail.open_link)
        menu.exec(self.table.viewport().mapToGlobal(pos))
