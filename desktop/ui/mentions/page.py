"""舆情台账: the mention log page. It wires its parts together — the filter bar builds a
`MentionFilter`, SQL turns it into the ids the lazy table shows, the detail panel shows the
current mention, and the triage actions write through `Operation`s — and reacts to the
`Changes` every write publishes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
)

from desktop.core.changes import Changes
from desktop.core.errors import UserError
from desktop.services import mentions as service
from desktop.services import nature
from desktop.services.context import AppContext
from desktop.services.mentions import MentionFilter
from desktop.ui.dialogs import show_error
from desktop.ui.labels import vocab_text
from desktop.ui.mentions.detail import MentionDetail
from desktop.ui.mentions.filter_bar import MentionFilterBar
from desktop.ui.mentions.learning import Learning
from desktop.ui.mentions.model import MentionsTableModel
from desktop.ui.mentions.settings_menu import MentionSettingsButton
from desktop.ui.mentions.status import EmptyLog, NoMatch, StatusLine, ViewCounts
from desktop.ui.mentions.table_view import MentionsTableView
from desktop.ui.mentions.triage_actions import SelectionCallback, TriageActions
from desktop.ui.page import Page
from desktop.ui.shell import Shell
from desktop.ui.theme import icon

EXPORT_ACTION = "action_export_mentions"
CLOCK_MS = 60_000  # response times age: repaint them once a minute


class MentionsPage(Page):
    nav_key = "mentions"
    nav_icon = "mdi6.format-list-bulleted"

    def __init__(self, ctx: AppContext, shell: Shell) -> None:
        super().__init__(ctx, shell)
        self.total = 0
        self._overdue = 0
        self.issue_labels: dict[str, str] = {}
        self.window_hours = service.DEFAULT_RESPONSE_WINDOW_HOURS
        self._shown_filter: MentionFilter | None = None  # set by show_filter (the dashboard)
        self.filters = MentionFilterBar()
        self.model = MentionsTableModel(self._fetch_rows, self)
        self.table = MentionsTableView(self.model, shell.qsettings)
        self.detail = MentionDetail()
        self.detail.hints_of = self._nature_hints
        self.triage = TriageActions(self, self.table, self.detail, lambda: self.issue_labels)
        self.settings_button = MentionSettingsButton(
            self, self.table.columns_menu, lambda: self.window_hours
        )
        self.learning = Learning(self)
        self.settings_button.menu().addSeparator()
        self.settings_button.menu().addAction(self.learning.retrain_action)
        self.triage.labels_written = self.learning.labels_written
        self.status_label = StatusLine()
        self.empty_label = EmptyLog()
        self.no_match = NoMatch()
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 14, 16, 8)
        title_row = QHBoxLayout()
        title = QLabel(self.tr("舆情台账"))
        title.setObjectName("pageTitle")
        title_row.addWidget(title)
        title_row.addSpacing(12)
        title_row.addWidget(self.learning.label)
        title_row.addStretch(1)
        self.export_button = QPushButton(icon("mdi6.file-excel-outline"), self.tr("导出当前视图"))
        self.export_button.clicked.connect(self.export_view)
        title_row.addWidget(self.export_button)
        title_row.addWidget(self.settings_button)
        outer.addLayout(title_row)
        outer.addWidget(self.filters)
        outer.addLayout(self.triage.bar())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([780, 420])
        self.stack = QStackedWidget()
        for state in (self.splitter, self.empty_label, self.no_match):
            self.stack.addWidget(state)
        outer.addWidget(self.stack, 1)
        outer.addWidget(self.status_label)

    def _connect(self) -> None:
        self.filters.filter_changed.connect(lambda: setattr(self, "_shown_filter", None))
        self.filters.filter_changed.connect(self.reload)
        self.table.sort_changed.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.no_match.clear_requested.connect(self.clear_filters)
        search = QShortcut(QKeySequence.StandardKey.Find, self)
        search.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        search.activated.connect(self.filters.focus_search)
        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_MS)
        self._clock.timeout.connect(self._tick)
        self._clock.start()

    def nav_title(self) -> str:
        return self.tr("舆情台账")

    # -- what other areas use ------------------------------------------------------------------

    def selected_mention_ids(self) -> list[int]:
        return self.table.selected_mention_ids()

    def current_filter(self) -> MentionFilter:
        """The filter of the table as shown (a new value; changing it changes nothing here)."""
        sort, descending = self.table.sort
        if self._shown_filter is not None:
            return replace(self._shown_filter, sort=sort, descending=descending)
        return self.filters.mention_filter(sort, descending)

    def show_filter(self, mention_filter: MentionFilter) -> None:
        """Exactly these mentions (a dashboard number opens what it counts); the bar is
        cleared, and touching it goes back to what the bar says."""
        self.filters.reset()
        self._shown_filter = replace(mention_filter)
        self.reload()

    def add_selection_action(
        self, text: str, callback: SelectionCallback, shortcut: str = ""
    ) -> QAction:
        """An entry in the toolbar and the context menu that acts on the selected mentions."""
        return self.triage.add_selection_action(text, callback, shortcut)

    @property
    def selection_actions(self) -> list[QAction]:
        """The actions other areas added (in the toolbar and the context menu)."""
        return self.triage.selection_actions

    def focus_first(self) -> None:
        """The table, so 1/2/3, the status letters, J/K and Enter work at once."""
        if self.stack.currentWidget() is self.splitter:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.filters.focus_search()

    def current_mention_id(self) -> int | None:
        return self.table.current_mention_id()

    def export_view(self) -> None:
        action = self.shell.find_action(EXPORT_ACTION)
        if action is None:
            show_error(self, self.tr("导出"), self.tr("这个版本还不能导出舆情。"))
            return
        action.trigger()

    # -- loading ------------------------------------------------------------------------------

    def workspace_changed(self) -> None:
        self._shown_filter = None
        self.triage.clear_undo()
        if self.ctx.workspace is None:
            self.model.set_ids([])
            self.detail.show_nothing()
            self.status_label.clear()
            return
        self.filters.reset()
        self.learning.read_unread()
        self.refresh()

    def clear_filters(self) -> None:
        self.filters.clear()

    def wants(self, changes: Changes) -> bool:
        return changes.mentions

    def on_changes(self, changes: Changes, initiator: object | None) -> None:
        own_triage = initiator is self and bool(changes.mention_ids)
        rescored = initiator is self.learning  # new suggestions after a retrain
        if (own_triage or rescored) and not (changes.mention_rows or changes.workspace):
            # our own triage edit: values changed, the rows and the view stay put
            self.model.invalidate()
            if self.ctx.workspace is not None:
                self._overdue = service.overdue_count(self.ctx.workspace)
                self.learning.refresh()
            self._show_current()
            self._update_status()
            return
        super().on_changes(changes, initiator)

    def refresh(self) -> None:
        workspace = self.ctx.workspace
        if workspace is None:
            return
        self.issue_labels = {k: vocab_text(v) for k, v in service.issue_types(workspace).items()}
        self.window_hours = service.response_window_hours(workspace)
        self.model.issue_labels = self.issue_labels
        self.model.window_hours = self.window_hours
        self.detail.set_issue_types(self.issue_labels)
        owners = service.owners(workspace)
        self.filters.set_choices(
            platforms=service.platforms(workspace),
            owners=owners,
            batches=service.import_batches(workspace),
        )
        self.detail.set_owners(owners)
        self.export_button.setVisible(self.shell.find_action(EXPORT_ACTION) is not None)
        self.triage.set_read_only(workspace.read_only)
        self.learning.refresh()
        self.reload()

    def reload(self) -> None:
        """Ask SQL for the ids of the current filter and show them; keep the current mention."""
        workspace = self.ctx.workspace
        if workspace is None or workspace.closed:
            return  # a reload queued (a search, a change) before the workspace closed
        self.filters.cancel_pending_search()
        keep = self.current_mention_id()
        try:
            ids = service.list_ids(workspace, self.current_filter())
        except UserError as exc:
            show_error(self, self.tr("筛选失败"), exc)
            return
        self.model.now = datetime.now(UTC)
        self.model.set_ids(ids)
        self._overdue = service.overdue_count(workspace)
        self.total = service.count(workspace)
        if self.total == 0:
            self.stack.setCurrentWidget(self.empty_label)
        elif not ids:
            self.stack.setCurrentWidget(self.no_match)
        else:
            self.stack.setCurrentWidget(self.splitter)
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and ids:
            row = 0
        if row >= 0:
            self.table.select_row(row)
        else:
            self.detail.show_nothing()
        self._update_status()

    def _fetch_rows(self, ids: Sequence[int], columns: Sequence[str]) -> dict[int, tuple[Any, ...]]:
        workspace = self.ctx.workspace
        if workspace is None or workspace.closed:
            return {}
        return service.fetch_rows(workspace, ids, columns)

    def _tick(self) -> None:
        workspace = self.ctx.workspace
        if workspace is None or workspace.closed:
            return
        self.model.now = datetime.now(UTC)
        self.model.invalidate()
        self._overdue = service.overdue_count(workspace)
        self._update_status()

    def _update_status(self) -> None:
        if self.ctx.workspace is None:
            self.status_label.clear()
            return
        self.status_label.show_counts(
            ViewCounts(
                shown=len(self.model.ids),
                total=self.total,
                selected=self.table.selected_count(),
                overdue=self._overdue,
                window_hours=self.window_hours,
            )
        )

    # -- selection and detail -----------------------------------------------------------------

    def _selection_changed(self, *_args: Any) -> None:
        self._show_current()
        self._update_status()
        self.triage.update_action_state()

    def _nature_hints(self, mention_id: int) -> list[nature.Hint]:
        """The selected mention's nature hints for the detail panel (one mention: a few
        index look-ups)."""
        workspace = self.ctx.workspace
        if workspace is None or workspace.closed:
            return []
        return nature.hints_for(workspace, [mention_id]).get(mention_id, [])

    def _show_current(self) -> None:
        workspace = self.ctx.workspace
        selected = self.table.selected_count()
        if workspace is None or selected != 1:
            self.detail.show_nothing(selected)
            return
        mention_id = self.model.mention_id(self.table.first_selected_row())
        if mention_id is None:
            self.detail.show_nothing()
            return
        try:
            mention = service.get_mention(workspace, mention_id)
        except UserError:
            self.detail.show_nothing()
            return
        self.detail.show_mention(
            dict(mention),
            query=self.filters.search_text(),
            issue_labels=self.issue_labels,
            window_hours=self.window_hours,
            read_only=workspace.read_only,
        )
