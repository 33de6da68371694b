"""舆情台账: the mention log page — filters, the lazy table, the detail panel, keyboard triage."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDate, QItemSelectionModel, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import Changes
from desktop.core.errors import UserError
from desktop.services import mentions as service
from desktop.services.mentions import MentionFilter
from desktop.ui.dialogs import show_error
from desktop.ui.labels import vocab_label, vocab_labels, vocab_text
from desktop.ui.mentions.detail import MentionDetail
from desktop.ui.mentions.dialogs import BulkEditDialog, IssueTypesDialog
from desktop.ui.mentions.model import MentionsTableModel
from desktop.ui.operations import Operation
from desktop.ui.page import Page
from desktop.ui.theme import icon

ANY = "__any__"
UNANSWERED = "__unanswered__"
NO_DATE = QDate(2000, 1, 1)
HEADER_STATE_KEY = "mentions/header_state"
EXPORT_ACTION = "action_export_mentions"

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


class MentionsPage(Page):
    nav_key = "mentions"
    nav_icon = "mdi6.format-list-bulleted"

    def __init__(self, ctx, window) -> None:
        super().__init__(ctx, window)
        self.selection_actions: list[QAction] = []
        self._sort = ("posted_at", True)
        self._overdue = 0
        self.total = 0
        self._updating_filters = True  # until every widget is built
        self.issue_labels: dict[str, str] = {}
        self.window_hours = service.DEFAULT_RESPONSE_WINDOW_HOURS
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 14, 16, 8)

        title_row = QHBoxLayout()
        title = QLabel(self.tr("舆情台账"))
        title.setObjectName("pageTitle")
        title_row.addWidget(title)
        title_row.addStretch(1)
        self.export_button = QPushButton(icon("mdi6.file-excel-outline"), self.tr("导出当前视图"))
        self.export_button.clicked.connect(self.export_view)
        title_row.addWidget(self.export_button)
        self.settings_button = QToolButton()
        self.settings_button.setText(self.tr("设置"))
        self.settings_button.setIcon(icon("mdi6.cog-outline"))
        self.settings_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.settings_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        settings_menu = QMenu(self.settings_button)
        settings_menu.addAction(self.tr("编辑问题类型…"), self.edit_issue_types)
        settings_menu.addAction(self.tr("设置响应时限…"), self.edit_response_window)
        self.columns_menu = settings_menu.addMenu(self.tr("显示的列"))
        self.settings_button.setMenu(settings_menu)
        title_row.addWidget(self.settings_button)
        outer.addLayout(title_row)

        # -- filters ----------------------------------------------------------------------------
        first = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("搜索正文、标题、作者（两个字即可，如：退款）"))
        self.search_edit.addAction(icon("mdi6.magnify"), QLineEdit.ActionPosition.LeadingPosition)
        first.addWidget(self.search_edit, 3)
        self.sentiment_combo = self._combo(
            self.tr("全部情感"),
            [(k, vocab_label("SENTIMENTS", k)) for k in ("neg", "neu", "pos", "unknown")],
        )
        self.status_combo = self._combo(
            self.tr("全部状态"),
            [
                (UNANSWERED, self.tr("未回复（新/待回复）")),
                *vocab_labels("STATUSES").items(),
            ],
        )
        self.platform_combo = self._combo(self.tr("全部平台"), [])
        self.owner_combo = self._combo(self.tr("全部负责人"), [])
        for combo in (
            self.sentiment_combo,
            self.status_combo,
            self.platform_combo,
            self.owner_combo,
        ):
            first.addWidget(combo)
        outer.addLayout(first)

        second = QHBoxLayout()
        second.addWidget(QLabel(self.tr("发布")))
        self.from_edit = self._date_edit()
        self.to_edit = self._date_edit()
        second.addWidget(self.from_edit)
        second.addWidget(QLabel("–"))
        second.addWidget(self.to_edit)
        self.case_combo = self._combo(
            self.tr("案例：全部"), [("yes", self.tr("已关联案例")), ("no", self.tr("未关联案例"))]
        )
        self.import_combo = self._combo(self.tr("全部导入批次"), [])
        second.addWidget(self.case_combo)
        second.addWidget(self.import_combo)
        second.addStretch(1)
        second.addWidget(QLabel(self.tr("粉丝 ≥")))
        self.followers_spin = QSpinBox()
        self.followers_spin.setRange(0, 1_000_000_000)
        self.followers_spin.setSingleStep(1000)
        self.followers_spin.setSpecialValueText(self.tr("不限"))
        self.followers_spin.setGroupSeparatorShown(True)
        second.addWidget(self.followers_spin)
        self.clear_button = QPushButton(self.tr("清除筛选"))
        self.clear_button.clicked.connect(self.clear_filters)
        second.addWidget(self.clear_button)
        outer.addLayout(second)

        # -- selection toolbar and legend ---------------------------------------------------
        bar_row = QHBoxLayout()
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.bulk_action = QAction(
            icon("mdi6.pencil-box-multiple-outline"), self.tr("批量编辑…"), self
        )
        self.bulk_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.bulk_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.bulk_action.triggered.connect(self.bulk_edit)
        self.addAction(self.bulk_action)
        self.toolbar.addAction(self.bulk_action)
        bar_row.addWidget(self.toolbar)
        bar_row.addStretch(1)
        self.legend = QLabel(
            self.tr(
                "键盘：1 负面 · 2 中性 · 3 正面 ｜ N 新 · T 待回复 · R 已回复 · F 跟进中 · "
                "C 已关闭 · X 已忽略 ｜ J/K 下一条/上一条"
            )
        )
        self.legend.setObjectName("pageSubtitle")
        bar_row.addWidget(self.legend)
        outer.addLayout(bar_row)

        # -- table + detail, or the empty state ---------------------------------------------
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.model = MentionsTableModel(self._fetch_rows, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().hide()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSortIndicatorShown(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self.columns_menu.exec(header.mapToGlobal(pos))
        )
        header.setSortIndicator(self.model.column_index("posted_at"), Qt.SortOrder.DescendingOrder)
        self._default_widths()
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(400)
        self._save_timer.timeout.connect(self.save_header_state)
        header.sectionMoved.connect(lambda *_: self._save_timer.start())
        header.sectionResized.connect(lambda *_: self._save_timer.start())
        self.restore_header_state()

        self.detail = MentionDetail()
        self.detail.changes_requested.connect(self.apply_to_current)
        self.detail.reveal_requested.connect(self.reveal_contact)
        self.detail.bulk_edit_requested.connect(self.bulk_edit)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([780, 420])
        self.stack.addWidget(self.splitter)

        self.empty_label = QLabel(
            self.tr("还没有舆情。把 Excel/CSV 拖到窗口上，或按 Ctrl+I 导入。")
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("font-size: 13pt; color: #64748b;")
        self.stack.addWidget(self.empty_label)
        self.no_match = QWidget()
        no_match_layout = QVBoxLayout(self.no_match)
        no_match_layout.addStretch(1)
        self.no_match_label = QLabel(self.tr("没有符合筛选条件的舆情。换个关键词，或清除筛选。"))
        self.no_match_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match_label.setStyleSheet("font-size: 12pt; color: #64748b;")
        no_match_layout.addWidget(self.no_match_label)
        no_match_clear = QPushButton(self.tr("清除筛选"))
        no_match_clear.clicked.connect(self.clear_filters)
        no_match_layout.addWidget(no_match_clear, 0, Qt.AlignmentFlag.AlignCenter)
        no_match_layout.addStretch(1)
        self.stack.addWidget(self.no_match)

        self.status_label = QLabel()
        self.status_label.setObjectName("pageSubtitle")
        outer.addWidget(self.status_label)

        # -- wiring -------------------------------------------------------------------------------
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.reload)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.reload)
        for combo in (
            self.sentiment_combo,
            self.status_combo,
            self.platform_combo,
            self.owner_combo,
            self.case_combo,
            self.import_combo,
        ):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.from_edit.dateChanged.connect(self._filters_changed)
        self.to_edit.dateChanged.connect(self._filters_changed)
        self.followers_spin.valueChanged.connect(self._filters_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._install_keys()
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self._updating_filters = False
        self._sort_from_header()
        self.model.sort_requested.connect(self._sort_requested)

    def _sort_from_header(self) -> None:
        """The sort the (restored) header shows is the sort SQL uses."""
        header = self.table.horizontalHeader()
        section = header.sortIndicatorSection()
        if 0 <= section < len(self.model.columns) and self.model.columns[section].sort_key:
            self._sort = (
                self.model.columns[section].sort_key,
                header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
            )

    # -- building helpers -------------------------------------------------------------------

    def nav_title(self) -> str:
        return self.tr("舆情台账")

    def _combo(self, all_label: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(all_label, ANY)
        for key, label in items:
            combo.addItem(label, key)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("不限"))
        edit.setDate(NO_DATE)
        return edit

    def _default_widths(self) -> None:
        widths = {
            "posted_at": 140,
            "platform": 64,
            "sentiment": 48,
            "status": 60,
            "response": 150,
            "author": 120,
            "followers": 76,
            "text": 300,
        }
        metrics = self.table.horizontalHeader().fontMetrics()
        for index, column in enumerate(self.model.columns):
            if column.key in widths:
                # Never narrower than the (translated) title plus the sort arrow.
                title = metrics.horizontalAdvance(column.title) + 24
                self.table.setColumnWidth(index, max(widths[column.key], title))
            self.table.setColumnHidden(index, not column.visible)

    def _install_keys(self) -> None:
        def key(sequence: str, slot: Callable[[], None]) -> None:
            shortcut = QShortcut(QKeySequence(sequence), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        for sequence, sentiment in SENTIMENT_KEYS.items():
            key(sequence, lambda s=sentiment: self.apply_to_selection({"sentiment": s}))
        for sequence, status in STATUS_KEYS.items():
            key(sequence, lambda s=status: self.apply_to_selection({"status": s}))
        key("J", lambda: self.move(1))
        key("K", lambda: self.move(-1))
        search = QShortcut(QKeySequence.StandardKey.Find, self)
        search.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        search.activated.connect(
            lambda: (self.search_edit.setFocus(), self.search_edit.selectAll())
        )

    # -- contract 8: what other areas use ----------------------------------------------------

    def selected_mention_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.ids[row] for row in rows if 0 <= row < len(self.model.ids)]

    def current_filter(self) -> MentionFilter:
        """The filter of the table as shown (a copy; changing it changes nothing here)."""
        mention_filter = MentionFilter(
            search=self.search_edit.text().strip(),
            sort=self._sort[0],
            descending=self._sort[1],
        )
        sentiment = self.sentiment_combo.currentData()
        if sentiment != ANY:
            mention_filter.sentiments = [sentiment]
        status = self.status_combo.currentData()
        if status == UNANSWERED:
            mention_filter.statuses = ["new", "to_reply"]
        elif status != ANY:
            mention_filter.statuses = [status]
        platform = self.platform_combo.currentData()
        if platform != ANY:
            mention_filter.platforms = [platform]
        owner = self.owner_combo.currentData()
        if owner != ANY:
            mention_filter.owner = owner
        case = self.case_combo.currentData()
        if case != ANY:
            mention_filter.has_case = case == "yes"
        batch = self.import_combo.currentData()
        if batch != ANY:
            mention_filter.import_id = int(batch)
        if self.followers_spin.value() > 0:
            mention_filter.min_followers = self.followers_spin.value()
        if self.from_edit.date() != NO_DATE:
            mention_filter.posted_from = self.from_edit.date().toString("yyyy-MM-dd")
        if self.to_edit.date() != NO_DATE:
            mention_filter.posted_to = self.to_edit.date().toString("yyyy-MM-dd")
        return copy.deepcopy(mention_filter)

    def add_selection_action(
        self, text: str, callback: Callable[[list[int]], None], shortcut: str = ""
    ) -> QAction:
        """An entry in the toolbar and the context menu that acts on the selected mentions."""
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        action.triggered.connect(lambda _checked=False: callback(self.selected_mention_ids()))
        self.selection_actions.append(action)
        self.toolbar.addAction(action)
        self._update_action_state()
        return action

    def export_view(self) -> None:
        action = self._export_action()
        if action is None:
            show_error(self, self.tr("导出"), self.tr("这个版本还不能导出舆情。"))
            return
        action.trigger()

    def _export_action(self) -> QAction | None:
        return self.shell.find_action(EXPORT_ACTION)

    # -- loading ------------------------------------------------------------------------------

    def workspace_changed(self) -> None:
        if self.ctx.workspace is None:
            self.model.set_ids([])
            self.detail.show_nothing()
            self.status_label.clear()
            return
        self._reset_filters()
        self.refresh()

    def _reset_filters(self) -> None:
        self._updating_filters = True
        self.search_edit.clear()
        for combo in (
            self.sentiment_combo,
            self.status_combo,
            self.platform_combo,
            self.owner_combo,
            self.case_combo,
            self.import_combo,
        ):
            combo.setCurrentIndex(0)
        self.from_edit.setDate(NO_DATE)
        self.to_edit.setDate(NO_DATE)
        self.followers_spin.setValue(0)
        self._updating_filters = False

    def clear_filters(self) -> None:
        self._reset_filters()
        self.reload()

    def wants(self, changes: Changes) -> bool:
        return changes.mentions

    def on_changes(self, changes: Changes, initiator: object | None) -> None:
        own_triage = initiator is self and bool(changes.mention_ids)
        if own_triage and not (changes.mention_rows or changes.workspace):
            # our own triage edit: values changed, the rows and the view stay put
            self.model.invalidate()
            if self.ctx.workspace is not None:
                self._overdue = service.overdue_count(self.ctx.workspace)
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
        self._updating_filters = True
        self._refill(self.platform_combo, [(p, p) for p in service.platforms(workspace)])
        owners = service.owners(workspace)
        self._refill(self.owner_combo, [(o, o) for o in owners])
        self.detail.set_owners(owners)
        batches = [
            (str(batch.id), f"#{batch.id} {batch.file_name}")
            for batch in service.import_batches(workspace)
        ]
        self._refill(self.import_combo, batches)
        self._updating_filters = False
        export = self._export_action()
        self.export_button.setVisible(export is not None)
        read_only = workspace.read_only
        self.bulk_action.setEnabled(not read_only)
        self.reload()

    def _refill(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        while combo.count() > 1:
            combo.removeItem(1)
        for key, label in items:
            combo.addItem(label, key)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))

    def _filters_changed(self, *_args: Any) -> None:
        if not self._updating_filters:
            self.reload()

    def _sort_requested(self, sort: str, descending: bool) -> None:
        self._sort = (sort, descending)
        self.reload()

    def reload(self) -> None:
        """Ask SQL for the ids of the current filter and show them; keep the current mention."""
        workspace = self.ctx.workspace
        if workspace is None:
            return
        self._search_timer.stop()
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
            self.select_row(row)
        else:
            self.detail.show_nothing()
        self._update_status()

    def _fetch_rows(self, ids, columns):
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
        workspace = self.ctx.workspace
        if workspace is None:
            self.status_label.clear()
            return
        selected = len(self.table.selectionModel().selectedRows())
        overdue = self._overdue
        text = self.tr("显示 {shown:,} 条 / 共 {total:,} 条").format(
            shown=len(self.model.ids), total=self.total
        )
        if selected:
            text += self.tr(" · 已选 {n:,} 条").format(n=selected)
        if overdue:
            text += self.tr(" · ⚠ {n:,} 条负面超过 {h:g} 小时未回复").format(
                n=overdue, h=self.window_hours
            )
        self.status_label.setText(text)

    # -- selection and detail -----------------------------------------------------------------

    def current_mention_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.mention_id(index.row())

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, self._first_visible_column())
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _first_visible_column(self) -> int:
        header = self.table.horizontalHeader()
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            if not header.isSectionHidden(logical):
                return logical
        return 0

    def move(self, step: int) -> None:
        if not self.model.rowCount():
            return
        index = self.table.currentIndex()
        row = index.row() + step if index.isValid() else 0
        self.select_row(min(max(row, 0), self.model.rowCount() - 1))

    def _selection_changed(self, *_args: Any) -> None:
        self._show_current()
        self._update_status()
        self._update_action_state()

    def _update_action_state(self) -> None:
        has = bool(self.table.selectionModel().hasSelection())
        for action in self.selection_actions:
            action.setEnabled(has)

    def _show_current(self) -> None:
        workspace = self.ctx.workspace
        selected = self.table.selectionModel().selectedRows()
        if workspace is None or len(selected) != 1:
            self.detail.show_nothing(len(selected))
            return
        mention_id = self.model.mention_id(selected[0].row())
        try:
            mention = service.get_mention(workspace, mention_id)
        except UserError:
            self.detail.show_nothing()
            return
        self.detail.show_mention(
            mention,
            query=self.search_edit.text(),
            issue_labels=self.issue_labels,
            window_hours=self.window_hours,
            read_only=workspace.read_only,
        )

    # -- triage ---------------------------------------------------------------------------------

    def apply_to_selection(self, changes: dict[str, Any]) -> bool:
        return self._apply(self.selected_mention_ids(), changes)

    def apply_to_current(self, changes: dict[str, Any]) -> bool:
        mention_id = self.detail.mention["id"] if self.detail.mention else None
        return self._apply([mention_id] if mention_id is not None else [], changes)

    def _apply(self, ids: list[int], changes: dict[str, Any]) -> bool:
        workspace = self.ctx.workspace
        if workspace is None or not ids:
            return False
        result = (
            Operation(self, self.ctx, lambda: service.update_mentions(workspace, ids, changes))
            .titled(self.tr("无法保存"))
            .run()
        )
        if result is None:
            return False
        if result.changed:
            self.shell.show_message(self.tr("已更新 {n} 条舆情").format(n=result.changed), 4000)
        return True

    def bulk_edit(self) -> None:
        ids = self.selected_mention_ids()
        workspace = self.ctx.workspace
        if not ids or workspace is None:
            return
        dialog = BulkEditDialog(self, len(ids), self.issue_labels, service.owners(workspace))
        if dialog.exec() and dialog.changes():
            self._apply(ids, dialog.changes())

    def reveal_contact(self) -> None:
        workspace = self.ctx.workspace
        if workspace is None or self.detail.mention is None:
            return
        mention_id = self.detail.mention["id"]
        revealed = (
            Operation(self, self.ctx, lambda: service.reveal_contact(workspace, mention_id))
            .titled(self.tr("无法显示"))
            .run()
        )
        if revealed is not None:
            self.detail.reveal(revealed.contact)

    def edit_issue_types(self) -> None:
        workspace = self.ctx.workspace
        if workspace is None:
            return
        dialog = IssueTypesDialog(self, list(service.issue_types(workspace).values()))
        if not dialog.exec():
            return
        labels = dialog.labels()
        Operation(self, self.ctx, lambda: service.set_issue_types(workspace, labels)).titled(
            self.tr("问题类型")
        ).run()

    def edit_response_window(self) -> None:
        workspace = self.ctx.workspace
        if workspace is None:
            return
        hours, ok = QInputDialog.getDouble(
            self,
            self.tr("响应时限"),
            self.tr("负面舆情应在发布后多少小时内回复？"),
            self.window_hours,
            0.25,
            336,
            2,
        )
        if not ok:
            return
        Operation(
            self, self.ctx, lambda: service.set_response_window_hours(workspace, hours)
        ).titled(self.tr("响应时限")).run()

    # -- menus and columns ----------------------------------------------------------------------

    def _context_menu(self, pos: QPoint) -> None:
        if not self.selected_mention_ids():
            return
        menu = QMenu(self)
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

    def _fill_columns_menu(self) -> None:
        self.columns_menu.clear()
        for index, column in enumerate(self.model.columns):
            action = self.columns_menu.addAction(column.title)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(index))
            action.toggled.connect(lambda on, i=index: self.set_column_visible(i, on))
        self.columns_menu.addSeparator()
        self.columns_menu.addAction(self.tr("恢复默认列"), self.reset_columns)

    def set_column_visible(self, index: int, visible: bool) -> None:
        self.table.setColumnHidden(index, not visible)
        self.save_header_state()

    def reset_columns(self) -> None:
        header = self.table.horizontalHeader()
        for logical in range(header.count()):
            header.moveSection(header.visualIndex(logical), logical)
        self._default_widths()
        self.save_header_state()

    def _qsettings(self):
        return self.shell.qsettings

    def save_header_state(self) -> None:
        settings = self._qsettings()
        if settings is not None:
            settings.setValue(HEADER_STATE_KEY, self.table.horizontalHeader().saveState())

    def restore_header_state(self) -> None:
        settings = self._qsettings()
        state = settings.value(HEADER_STATE_KEY) if settings is not None else None
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
