"""Triage on the mention log: keys 1/2/3 and the status letters, J/K, bulk edit, the context
menu, the contact reveal, and the actions other areas add for a selection.

Every write runs through an `Operation` on behalf of the page, so the page can tell its own
triage edit (the view and selection stay in place) from anyone else's change.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolBar

from desktop.core.errors import UserError
from desktop.services import mentions as service
from desktop.ui.dialogs import show_error
from desktop.ui.labels import vocab_label
from desktop.ui.mentions.detail import MentionDetail
from desktop.ui.mentions.dialogs import BulkEditDialog
from desktop.ui.mentions.table_view import MentionsTableView
from desktop.ui.operations import Operation
from desktop.ui.page import Page
from desktop.ui.theme import icon
from desktop.ui.workers import Task

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

BACKGROUND_ROWS = 2_000  # a bigger edit or undo runs on a worker, with progress
UNDO_DEPTH = 20  # edits Ctrl+Z can step back through

# Enter opens what the 问答库's reply action opens: it names the action, or installs it with
# one of these keys (its REPLY_KEYS: "R" belongs to this page's status keys, so Shift+R).
REPLY_ACTION = "action_reply_to_mentions"
REPLY_KEYS = ("R", "Shift+R", "Ctrl+Shift+Y")

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
        self._read_only = False
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
        self.undo_stack: list[service.TriageUndo] = []  # the page's own edits, newest last
        self.running: Task | None = None  # a big edit on a worker
        self.undo_action = QAction(icon("mdi6.undo"), self.tr("撤销"), page)
        self.undo_action.setToolTip(self.tr("撤销上一次标注或批量编辑（Ctrl+Z）"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self.undo)
        self.undo_action.setEnabled(False)
        page.addAction(self.undo_action)
        self.toolbar.addAction(self.undo_action)
        self.legend = QLabel(
            self.tr(
                "键盘：1 负面 · 2 中性 · 3 正面 ｜ N 新 · T 待回复 · R 已回复 · F 跟进中 · "
                "C 已关闭 · X 已忽略 ｜ J/K 下一条/上一条 ｜ Enter 回复 · Ctrl+Z 撤销"
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
        key("Return", self.open_reply)
        key("Enter", self.open_reply)

    def reply_action(self) -> QAction | None:
        """The 问答库's 回复… on the selection (it installs it with one of its reply keys)."""
        named = [a for a in self.selection_actions if a.objectName() == REPLY_ACTION]
        keyed = [a for a in self.selection_actions if a.shortcut().toString() in REPLY_KEYS]
        return next(iter(named or keyed), None)

    def open_reply(self) -> bool:
        """Enter on a row: the composer, the same action its reply key triggers."""
        action = self.reply_action()
        if action is None or not action.isEnabled() or not self.table.selected_count():
            return False
        action.trigger()
        return True

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
        self.undo_action.setEnabled(bool(self.undo_stack) and not self._read_only)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.bulk_action.setEnabled(not read_only)
        self.update_action_state()

    # -- writes -----------------------------------------------------------------------------

    def apply_to_selection(self, changes: dict[str, Any]) -> bool:
        return self.apply(self.table.selected_ids(), changes)

    def apply_to_current(self, changes: dict[str, Any]) -> bool:
        mention_id = self.detail.mention["id"] if self.detail.mention else None
        return self.apply([mention_id] if mention_id is not None else [], changes)

    def apply(self, ids: Sequence[int], changes: dict[str, Any]) -> bool:
        """The same change to these mentions; False when refused (the user was told why).

        A big selection is written by one statement on a worker, with progress; the page
        stays responsive and the result arrives like any other Operation's."""
        workspace = self.page.ctx.workspace
        if workspace is None or not ids or self._busy():
            return False
        if len(ids) >= BACKGROUND_ROWS and not workspace.read_only:
            path, user, chosen = str(workspace.path), workspace.user, array("q", ids)
            self.running = (
                Operation(
                    self.page,
                    self.page.ctx,
                    lambda progress: service.update_mentions_in_file(
                        path, user, chosen, changes, progress
                    ),
                )
                .titled(self.tr("无法保存"))
                .success(self._applied)
                .run_in_background(
                    self.page.shell.tasks,
                    progress_title=self.tr("正在更新 {n} 条舆情").format(n=f"{len(ids):,}"),
                    unit=self.tr("条"),
                )
            )
            return True
        result = (
            Operation(
                self.page, self.page.ctx, lambda: service.update_mentions(workspace, ids, changes)
            )
            .titled(self.tr("无法保存"))
            .success(self._applied)
            .run()
        )
        return result is not None

    def _applied(self, result: service.TriageResult) -> None:
        self.running = None
        if result.undo is not None:
            self.undo_stack.append(result.undo)
            del self.undo_stack[:-UNDO_DEPTH]
        self.update_action_state()
        if result.changed:
            self.page.shell.show_message(
                self.tr("已更新 {n} 条舆情（Ctrl+Z 撤销）").format(n=f"{result.changed:,}"), 6000
            )

    # -- undo -------------------------------------------------------------------------------

    def undo(self) -> bool:
        """Ctrl+Z: put back what the last triage or bulk edit replaced (audited as undo)."""
        workspace = self.page.ctx.workspace
        if workspace is None or workspace.read_only or self._busy():
            return False
        if not self.undo_stack:
            self.page.shell.show_message(self.tr("没有可以撤销的修改"), 4000)
            return False
        record = self.undo_stack.pop()
        self.update_action_state()
        if record.count >= BACKGROUND_ROWS:
            path, user = str(workspace.path), workspace.user
            self.running = (
                Operation(
                    self.page,
                    self.page.ctx,
                    lambda progress: service.undo_triage_in_file(path, user, record, progress),
                )
                .titled(self.tr("无法撤销"))
                .success(self._undone)
                .failure(partial(self._undo_failed, record))
                .run_in_background(
                    self.page.shell.tasks,
                    progress_title=self.tr("正在撤销 {n} 条舆情的修改").format(
                        n=f"{record.count:,}"
                    ),
                    unit=self.tr("条"),
                )
            )
            return True
        result = (
            Operation(self.page, self.page.ctx, lambda: service.undo_triage(workspace, record))
            .titled(self.tr("无法撤销"))
            .success(self._undone)
            .failure(partial(self._undo_failed, record))
            .run()
        )
        return result is not None

    def _undone(self, result: service.TriageResult) -> None:
        self.running = None
        message = self.tr("已撤销：{n} 条舆情恢复原值").format(n=f"{result.changed:,}")
        if result.skipped:
            message += self.tr("；{k} 条之后又被修改过，保持不变").format(k=f"{result.skipped:,}")
        self.page.shell.show_message(message, 8000)

    def _undo_failed(self, record: service.TriageUndo, error: UserError) -> None:
        self.running = None
        self.undo_stack.append(record)  # nothing was put back: it can be tried again
        self.update_action_state()
        show_error(self.page, self.tr("无法撤销"), error)

    def clear_undo(self) -> None:
        """Another workspace: its edits are not this one's to undo."""
        self.undo_stack.clear()
        self.update_action_state()

    def _busy(self) -> bool:
        if self.running is not None and not self.running.done:
            self.page.shell.show_message(self.tr("上一个修改还在进行，请稍候"), 4000)
            return True
        self.running = None
        return False

    def bulk_edit(self) -> None:
        ids = self.table.selected_ids()
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
        menu.addAction(self.undo_action)
        if self.selection_actions:
            menu.addSeparator()
            for action in self.selection_actions:
                menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("在浏览器中打开原文"), self.detail.open_link)
        menu.exec(self.table.viewport().mapToGlobal(pos))
