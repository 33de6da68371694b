"""先处理: the unanswered mentions in the order to answer them, each with its reasons.

Keyboard flow without the mouse: the table has the focus when the page opens; J/K or the
arrows move; 1/2/3 label (the mention log's keys, through services.mentions) and the next
row is selected; R or Enter opens the reply composer; A opens the author's profile. A label
updates the row where it stands (a positive one leaves the queue) so the list does not jump
under the fingers; F5, a reply or anyone else's change re-ranks.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import Changes
from desktop.core.errors import UserError
from desktop.services import mentions, nature, priority
from desktop.services.context import AppContext
from desktop.ui.authors.dialogs import AuthorsListDialog, open_author_profile
from desktop.ui.dialogs import show_error
from desktop.ui.kb import composer as composer_ui
from desktop.ui.mentions.triage_actions import SENTIMENT_KEYS
from desktop.ui.operations import Operation
from desktop.ui.page import Page
from desktop.ui.queue.model import SHOWN, QueueModel
from desktop.ui.shell import Shell
from desktop.ui.theme import icon
from desktop.ui.workers import Task

AUTHOR_KEY = "Ctrl+Shift+A"  # in the mention log (its letters are status keys)
CLOCK_MS = 60_000  # the response window moves on: re-rank once a minute when nothing else does
TEXT_COLUMN = 2
REASON_COLUMN = 1
REASON_WIDTH = 430  # the reasons of a top row whole at 1440 px
REASON_MIN_WIDTH = 180
TEXT_MIN_WIDTH = 200
MUTED = "color: #6b7280;"


@runtime_checkable
class SelectionActions(Protocol):
    """A page that offers actions on the mentions the user selected (the mention log)."""

    def add_selection_action(self, text: str, callback: Any, shortcut: str = "") -> QAction: ...


class QueueTable(QTableView):
    def __init__(self, model: QueueModel) -> None:
        super().__init__()
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        for column, width in enumerate((48, REASON_WIDTH, 0, 110, 56, 132, 56)):
            if column == TEXT_COLUMN:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                self.setColumnWidth(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_reason_column()

    def fit_reason_column(self) -> None:
        """The reasons give way before the text does: at 1024 px a 430 px reason column left
        the text (what the user answers) a few characters and a sideways scroll. The reasons
        shrink down to REASON_MIN_WIDTH so the text keeps TEXT_MIN_WIDTH; the whole reason is
        in the cell's tooltip."""
        others = sum(
            self.columnWidth(c)
            for c in range(self.model().columnCount())
            if c not in (REASON_COLUMN, TEXT_COLUMN)
        )
        room = self.viewport().width() - others - TEXT_MIN_WIDTH
        self.setColumnWidth(REASON_COLUMN, max(REASON_MIN_WIDTH, min(REASON_WIDTH, room)))

    def current_row(self) -> int:
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_row(self, row: int) -> None:
        model = self.model()
        if model.rowCount() == 0:
            return
        row = max(0, min(row, model.rowCount() - 1))
        index = model.index(row, 0)
        self.setCurrentIndex(index)
        self.selectRow(row)
        self.scrollTo(index)

    def move(self, step: int) -> None:
        self.select_row(max(0, self.current_row()) + step if self.current_row() >= 0 else 0)


class QueuePage(Page):
    nav_key = "queue"
    nav_icon = "mdi6.fire"
    # mentions from which the ranking is warmed on a worker when a workspace opens (a smaller
    # one ranks in a blink; a running task would make closing the workspace ask first)
    warm_threshold = 20_000

    def __init__(self, ctx: AppContext, shell: Shell) -> None:
        super().__init__(ctx, shell)
        self.model = QueueModel(self._fetch, self, hints=self._hints)
        self.table = QueueTable(self.model)
        self.status = QLabel()
        self.status.setStyleSheet(MUTED)
        self.empty = QLabel(
            self.tr(
                "没有待处理的提及：导入一份表格（Ctrl+I），或在舆情台账里把已回复的标成"
                "“待回复”。新的未回复舆情会按优先级排在这里。"
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"font-size: 13pt; {MUTED}")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.last_dialog: QWidget | None = None
        self.warming: Task | None = None
        self.warmed = False  # the worker's ranking was taken (nothing written meanwhile)
        self.author_action: QAction | None = None
        self._stale = True
        self._written: set[int] | None = None  # mentions written since the last ranking
        self._lay_out()
        self._install_keys()
        self.table.doubleClicked.connect(self._double_clicked)
        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_MS)
        self._clock.timeout.connect(self._tick)
        self._clock.start()

    def _lay_out(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 14, 16, 8)
        title_row = QHBoxLayout()
        title = QLabel(self.tr("先处理"))
        title.setObjectName("pageTitle")
        title_row.addWidget(title)
        subtitle = QLabel(
            self.tr("未回复的舆情按优先级排序：负面概率、传播范围、响应时限、是否反复投诉。")
        )
        subtitle.setObjectName("pageSubtitle")
        subtitle.setWordWrap(True)  # two lines at 1024 px rather than cutting the buttons
        title_row.addWidget(subtitle, 1)
        self.authors_button = QPushButton(
            icon("mdi6.account-group-outline"), self.tr("反复投诉与大V…")
        )
        self.authors_button.clicked.connect(self.open_authors_list)
        title_row.addWidget(self.authors_button)
        self.rerank_button = QPushButton(icon("mdi6.refresh"), self.tr("重新排序"))
        self.rerank_button.setToolTip(self.tr("按最新数据重新排序（F5）"))
        self.rerank_button.clicked.connect(self.refresh)
        title_row.addWidget(self.rerank_button)
        for button in (self.authors_button, self.rerank_button):  # whole; the subtitle wraps
            button.setMinimumWidth(button.sizeHint().width())
        outer.addLayout(title_row)
        legend = QLabel(
            self.tr(
                "键盘：J/K 或 ↑/↓ 移动 ｜ 1 负面 · 2 中性 · 3 正面（标注后自动到下一条）｜"
                " R 或 Enter 回复 ｜ A 作者档案 ｜ F5 重新排序"
            )
        )
        legend.setObjectName("pageSubtitle")
        outer.addWidget(legend)
        outer.addWidget(self.stack, 1)
        outer.addWidget(self.status)

    def _install_keys(self) -> None:
        def key(sequence: str, slot: Callable[[], Any]) -> None:
            shortcut = QShortcut(QKeySequence(sequence), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        for sequence, sentiment in SENTIMENT_KEYS.items():
            key(sequence, partial(self.label_current, sentiment))
        key("J", lambda: self.table.move(1))
        key("K", lambda: self.table.move(-1))
        key("R", self.reply_to_current)
        key("Return", self.reply_to_current)
        key("Enter", self.reply_to_current)
        key("A", self.open_current_author)
        refresh = QShortcut(QKeySequence("F5"), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.refresh)

    def nav_title(self) -> str:
        return self.tr("先处理")

    def install_actions(self, shell: Shell) -> None:
        """作者档案… on the mention log's selection (its toolbar and context menu), through
        the page's own extension point: no edit inside ui/mentions."""
        mentions = shell.page("mentions")
        if isinstance(mentions, SelectionActions):
            self.author_action = mentions.add_selection_action(
                self.tr("作者档案…"), self.open_author_of, AUTHOR_KEY
            )

    def open_author_of(self, ids: list[int]) -> QWidget | None:
        if not ids:
            return None
        self.last_dialog = open_author_profile(self.ctx, self.shell.widget(), mention_id=ids[0])
        return self.last_dialog

    def focus_first(self) -> None:
        if self._stale:
            self.refresh()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.table.current_row() < 0:
            self.table.select_row(0)

    # -- loading --------------------------------------------------------------------------------

    def wants(self, changes: Changes) -> bool:
        return changes.mentions or changes.mention_rows

    def on_changes(self, changes: Changes, initiator: object | None) -> None:
        self._note_written(changes)
        if initiator is self and changes.mention_ids and not changes.mention_rows:
            return  # our own label: the row was updated where it stands (label_current)
        if not self.isVisible() and (changes.workspace or self.wants(changes)):
            # a keypress in the mention log should not pay for re-ranking a page nobody
            # sees: rank when the page is shown
            self._stale = True
            return
        super().on_changes(changes, initiator)

    def _note_written(self, changes: Changes) -> None:
        """Collect the mentions written since the last ranking: the next one reads only
        those again (None: something wider changed, read everything)."""
        if (
            changes.workspace
            or changes.mention_rows
            or (changes.mentions and not changes.mention_ids)
        ):
            self._written = None
        elif self._written is not None:
            self._written |= changes.mention_ids

    def workspace_changed(self) -> None:
        """Rank on a worker right away, so the page opens on a warm ranking (the SQL half
        of a 100k-mention queue is most of its cost); rank here when shown."""
        self.model.set_ranking(None)
        self._stale = True
        self._written = None
        self.warmed = False
        workspace = self.ctx.workspace
        if workspace is None or workspace.closed:
            self._show_state()
            return
        if self.isVisible():
            self.refresh()  # the user is looking: rank now
            return
        if mentions.count(workspace) < self.warm_threshold:
            return
        since, path = priority.version(workspace), str(workspace.path)
        task = Task(priority.prepare, path)

        def done(prepared: priority.PreparedQueue) -> None:
            current = self.ctx.workspace
            if current is None or current.closed:
                return
            self.warmed = priority.adopt(current, prepared, since)
            if self.warmed and self.isVisible():
                self.refresh()

        task.signals.succeeded.connect(done)
        self.warming = self.shell.tasks.start(task)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self, now: datetime | None = None) -> None:
        """Re-rank; keep the same mention selected, or the same place when it left."""
        workspace = self.ctx.workspace
        self._stale = False
        row = self.table.current_row()
        keep = self.model.mention_id(row)
        if workspace is None or workspace.closed:
            self.model.set_ranking(None)
            self._show_state()
            return
        written, self._written = self._written, set()
        try:
            ranking = priority.rank_queue(workspace, now or datetime.now(UTC), changed=written)
        except UserError as exc:
            show_error(self, self.tr("无法排序"), exc)
            return
        self.model.set_ranking(ranking)
        found = self.model.row_of(keep) if keep is not None else -1
        self.table.select_row(found if found >= 0 else max(row, 0))
        self._show_state()

    def _tick(self) -> None:
        if self.isVisible() and self.ctx.workspace is not None:
            self.refresh()

    def _fetch(self, ids: list[int]) -> dict[int, dict[str, Any]]:
        workspace = self.ctx.workspace
        if workspace is None or workspace.closed:
            return {}
        return priority.queue_rows(workspace, ids)

    def _hints(self, ids: list[int]) -> dict[int, list[nature.Hint]]:
        workspace = self.ctx.workspace
        if workspace is None or workspace.closed:
            return {}
        return nature.hints_for(workspace, ids)

    def _show_state(self) -> None:
        if self.ctx.workspace is None:
            self.status.clear()
            self.stack.setCurrentWidget(self.empty)
            return
        shown, total = self.model.rowCount(), self.model.total
        self.stack.setCurrentWidget(self.table if shown else self.empty)
        if total > SHOWN:
            text = self.tr("共 {total} 条待处理，显示优先级最高的 {shown} 条").format(
                total=f"{total:,}", shown=f"{shown:,}"
            )
        else:
            text = self.tr("共 {total} 条待处理").format(total=f"{total:,}")
        self.status.setText(text)

    # -- actions --------------------------------------------------------------------------------

    def current_mention_id(self) -> int | None:
        return self.model.mention_id(self.table.current_row())

    def label_current(self, sentiment: str) -> bool:
        """1/2/3: a person's label on the selected mention, then the next row."""
        workspace = self.ctx.workspace
        row = self.table.current_row()
        mention_id = self.model.mention_id(row)
        if workspace is None or mention_id is None:
            return False
        result = (
            Operation(
                self,
                self.ctx,
                lambda: mentions.update_mentions(workspace, [mention_id], {"sentiment": sentiment}),
            )
            .titled(self.tr("无法保存"))
            .run()
        )
        if result is None:
            return False
        if sentiment == "pos":
            self.model.remove(mention_id)  # praise needs no answer first: it leaves the queue
            self.table.select_row(row)
        else:
            self.model.refetch(mention_id)
            self.table.select_row(row + 1)
        self._show_state()
        return True

    def reply_to_current(self) -> QWidget | None:
        """R / Enter: the reply composer on the selected mention (the 问答库's composer)."""
        mention_id = self.current_mention_id()
        if mention_id is None or self.ctx.workspace is None:
            return None
        self.last_dialog = composer_ui.open_composer(
            self.ctx, self.shell.widget(), mention_id=mention_id
        )
        return self.last_dialog

    def open_current_author(self) -> QWidget | None:
        mention_id = self.current_mention_id()
        if mention_id is None:
            return None
        self.last_dialog = open_author_profile(self.ctx, self, mention_id=mention_id)
        return self.last_dialog

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == 3:
            self.open_current_author()
        else:
            self.reply_to_current()

    def open_authors_list(self) -> QWidget | None:
        if self.ctx.workspace is None:
            return None
        dialog = AuthorsListDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.last_dialog = dialog
        return dialog
