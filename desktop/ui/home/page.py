"""首页: the dashboard of what is happening now — volume by sentiment with case actions and
alerts marked, negatives (confirmed and suggested apart), unanswered past the response window,
top issue types, watch groups and authors, response times, active cases, alerts, month-by-month
trends — and what to do next. The figures are computed on a worker thread (services/overview);
every number opens the mention log filtered to exactly what it counts."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import Changes
from desktop.core.errors import UserError
from desktop.services import mentions, overview, workspaces
from desktop.services.context import AppContext
from desktop.services.overview import Dashboard, MentionFilter
from desktop.ui.home.panels import EmptyDashboard
from desktop.ui.home.sections import DashboardSections
from desktop.ui.labels import vocab_text
from desktop.ui.operations import Operation
from desktop.ui.page import Page, page_header
from desktop.ui.shell import Shell
from desktop.ui.workers import Task

BACKUP_ACTION = "action_backup_now"  # the window's File → 立即备份
IMPORT_ACTION = "action_import_mentions"
COMPUTE_PAUSE_MS = 150  # changes within this pause are one recomputation


class HomePage(Page):
    nav_key = "home"
    nav_icon = "mdi6.home-outline"

    def __init__(self, ctx: AppContext, shell: Shell) -> None:
        super().__init__(ctx, shell)
        self.board: Dashboard | None = None
        self._generation = 0  # a newer computation makes an older result stale
        self._counts: dict[str, int] = {}
        self._compute_timer = QTimer(self)
        self._compute_timer.setSingleShot(True)
        self._compute_timer.setInterval(COMPUTE_PAUSE_MS)
        self._compute_timer.timeout.connect(self._compute_now)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 12)
        self.header_box = QVBoxLayout()
        outer.addLayout(self.header_box)
        self.read_only_banner = QLabel()
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.hide()
        outer.addWidget(self.read_only_banner)
        outer.addLayout(self._toolbar())
        outer.addLayout(self._out_of_range_row())
        self.stack = QStackedWidget()
        self.empty_state = EmptyDashboard()
        self.empty_state.import_requested.connect(self.import_sheet)
        self.sections = DashboardSections()
        self.sections.open_requested.connect(self.open_log)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 8, 0)
        body_layout.addWidget(self.sections)
        self.last_import = QLabel()
        self.last_import.setObjectName("pageSubtitle")
        body_layout.addWidget(self.last_import)
        next_title = QLabel(self.tr("下一步"))
        next_title.setStyleSheet("font-size: 13pt; font-weight: 600; margin-top: 8px;")
        body_layout.addWidget(next_title)
        self.next_steps = QVBoxLayout()
        body_layout.addLayout(self.next_steps)
        body_layout.addStretch(1)
        scroll.setWidget(body)
        self.scroll = scroll
        self.stack.addWidget(scroll)
        self.stack.addWidget(self.empty_state)
        outer.addWidget(self.stack, 1)

    def _toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.range_label = QLabel(self.tr("时间范围"))
        row.addWidget(self.range_label)
        self.range_combo = QComboBox()
        for key, label in (
            ("today", self.tr("今天")),
            ("7d", self.tr("近 7 天")),
            ("30d", self.tr("近 30 天")),
            ("custom", self.tr("自定义")),
        ):
            self.range_combo.addItem(label, key)
        self.range_combo.setCurrentIndex(1)
        self.range_combo.currentIndexChanged.connect(self._range_changed)
        row.addWidget(self.range_combo)
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _d: self.compute())
            edit.hide()
        row.addWidget(self.from_edit)
        self.dash = QLabel("–")
        self.dash.hide()
        row.addWidget(self.dash)
        row.addWidget(self.to_edit)
        self.status = QLabel()
        self.status.setObjectName("pageSubtitle")
        row.addWidget(self.status)
        row.addStretch(1)
        self.report_button = QPushButton(self.tr("生成日报/周报…"))
        self.report_button.clicked.connect(lambda _checked=False: self.report_dialog())
        self.edit_button = QPushButton(self.tr("编辑工作区信息…"))
        self.edit_button.clicked.connect(lambda _checked=False: self.edit_workspace_info())
        self.backup_button = QPushButton(self.tr("立即备份"))
        self.backup_button.clicked.connect(lambda _checked=False: self.backup_now())
        for button in (self.report_button, self.edit_button, self.backup_button):
            row.addWidget(button)
        return row

    def _out_of_range_row(self) -> QHBoxLayout:
        """Shown when the chosen range is empty but the workspace is not (sheets of older
        posts, or without a post time): all zeros would read as "nothing to worry about"."""
        row = QHBoxLayout()
        self.out_of_range = QLabel()
        self.out_of_range.setObjectName("readOnlyBanner")
        self.out_of_range.setWordWrap(True)
        self.whole_span_button = QPushButton(self.tr("显示全部时间"))
        self.whole_span_button.clicked.connect(lambda _checked=False: self.show_whole_span())
        self.all_mentions_button = QPushButton(self.tr("在舆情台账中查看全部"))
        self.all_mentions_button.clicked.connect(
            lambda _checked=False: self.open_log(MentionFilter())
        )
        row.addWidget(self.out_of_range, 1)
        row.addWidget(self.whole_span_button)
        row.addWidget(self.all_mentions_button)
        self._span: tuple[date, date] | None = None
        self._show_out_of_range(None)
        return row

    def _show_out_of_range(self, board: Dashboard | None) -> None:
        workspace = self.ctx.workspace
        shown = (
            board is not None
            and workspace is not None
            and not workspace.closed
            and board.cards.total.value == 0
            and board.mentions_in_workspace > 0
        )
        self._span = None
        if shown and board is not None and workspace is not None:
            timed = MentionFilter(posted_from="0001-01-01")
            first = mentions.list_ids(workspace, replace(timed, descending=False), limit=1)
            last = mentions.list_ids(workspace, timed, limit=1)
            with_time = mentions.count(workspace, timed)
            untimed = board.mentions_in_workspace - with_time
            text = self.tr("所选时间内没有舆情，但工作区里共有 {n:,} 条。").format(
                n=board.mentions_in_workspace
            )
            if first and last:
                rows = mentions.fetch_rows(workspace, [first[0], last[0]], ["posted_at"])
                start = _day_of(rows[first[0]][0])
                end = _day_of(rows[last[0]][0])
                if start and end:
                    self._span = (start, end)
                    text += self.tr("它们发布于 {start} 至 {end}。").format(
                        start=start.isoformat(), end=end.isoformat()
                    )
            if untimed:
                text += self.tr(
                    "另有 {n:,} 条没有发布时间（表格里没有时间列），不计入任何时间范围。"
                ).format(n=untimed)
            self.out_of_range.setText(text)
        for widget in (self.out_of_range, self.all_mentions_button):
            widget.setVisible(shown)
        self.whole_span_button.setVisible(shown and self._span is not None)

    def show_whole_span(self) -> None:
        """自定义 from the first to the last post of the workspace."""
        if self._span is None:
            return
        start, end = self._span
        # a day either side: posted_at is stored in UTC, the range is in the workspace's zone
        start, end = start - timedelta(days=1), end + timedelta(days=1)
        custom = self.range_combo.findData("custom")
        self.range_combo.blockSignals(True)
        self.range_combo.setCurrentIndex(custom)
        self.range_combo.blockSignals(False)
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        for widget in (self.from_edit, self.dash, self.to_edit):
            widget.setVisible(True)
        self.compute()

    def nav_title(self) -> str:
        return self.tr("首页")

    def wants(self, changes: Changes) -> bool:
        return (
            changes.mentions
            or changes.kb
            or changes.cases
            or changes.roster
            or changes.watch
            or changes.alerts
        )

    # -- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        workspace = self.ctx.workspace
        _clear(self.header_box)
        if workspace is None:
            self.board = None
            self._show_out_of_range(None)
            self._compute_timer.stop()
            self._generation += 1  # a worker still counting answers nobody
            return
        info = workspace.info()
        subtitle = " · ".join(x for x in (info["brand"], info["client"]) if x)
        self.header_box.addWidget(page_header(info["name"], subtitle))
        if workspace.damaged:
            self.read_only_banner.setText(
                self.tr("这个工作区文件已损坏，正以只读方式打开。请用“文件 → 从备份恢复…”恢复。")
            )
        elif workspace.read_only:
            self.read_only_banner.setText(
                self.tr("只读打开：工作区正在另一个窗口或另一台电脑上使用，你的修改不会保存。")
            )
        self.read_only_banner.setVisible(workspace.read_only)
        self.edit_button.setEnabled(not workspace.read_only)
        self.backup_button.setEnabled(not workspace.read_only)
        try:
            self._counts = workspaces.overview_counts(workspace)
            last = workspaces.last_import(workspace)
            empty = overview.is_empty(workspace)
        except sqlite3.Error:  # a damaged file opened to look at
            self._counts, last, empty = {}, None, True
        self.stack.setCurrentWidget(self.empty_state if empty else self.scroll)
        self.report_button.setEnabled(not empty)
        self.range_label.setVisible(not empty)  # nothing to choose a range of yet
        self.range_combo.setVisible(not empty)
        if last:
            self.last_import.setText(
                self.tr(
                    "最近一次导入：{file}（{at}），新增 {inserted}，更新 {updated}，拒绝 {rejected}"
                ).format(
                    file=last.file_name,
                    at=last.finished_at[:16].replace("T", " "),
                    inserted=last.inserted,
                    updated=last.updated,
                    rejected=last.rejected,
                )
            )
        else:
            self.last_import.setText(self.tr("还没有导入过舆情表格。"))
        self._show_next_steps()
        if not empty:
            self.compute()

    def period(self) -> overview.Period:
        workspace = self.ctx.require_workspace()
        today = overview.today(workspace)
        kind = self.range_combo.currentData()
        if kind == "custom":
            return overview.range_period(
                "custom", today, _date(self.from_edit.date()), _date(self.to_edit.date())
            )
        return overview.range_period(kind, today)

    def compute(self) -> None:
        """Recompute soon: a burst of changes (keypresses in the log) asks a worker once."""
        self.status.setText(self.tr("正在计算…"))
        self._compute_timer.start()

    def _compute_now(self) -> None:
        """Ask a worker for the dashboard of the chosen range; an older answer is dropped."""
        workspace = self.ctx.workspace
        if workspace is None or workspace.closed:
            return
        try:
            period = self.period()
        except UserError as exc:
            self.status.setText(exc.message)
            return
        self._generation += 1
        generation = self._generation
        path, user = workspace.path, self.ctx.user
        task = Task(lambda progress: overview.dashboard_at(path, user, period))
        task.signals.succeeded.connect(lambda board: self._computed(board, generation))
        task.signals.failed.connect(lambda message, _hint: self._failed(message, generation))
        self.shell.tasks.start(task)

    def _computed(self, board: Dashboard, generation: int) -> None:
        workspace = self.ctx.workspace
        if generation != self._generation or workspace is None or workspace.closed:
            return  # a newer range, or the workspace closed while the worker counted
        self.board = board
        self.status.setText(
            self.tr("{period}（{n:,} 条）").format(
                period=board.period.label(), n=board.cards.total.value
            )
        )
        labels = {key: vocab_text(label) for key, label in board.issue_labels.items()}
        self.sections.show_board(board, labels)
        self._show_out_of_range(board)
        self._show_next_steps()

    def _failed(self, message: str, generation: int) -> None:
        if generation == self._generation:
            self.status.setText(self.tr("无法计算概览：{reason}").format(reason=message))

    def _range_changed(self, _index: int) -> None:
        custom = self.range_combo.currentData() == "custom"
        if custom and self.ctx.workspace is not None:
            today = overview.today(self.ctx.workspace)
            for edit, day in ((self.from_edit, today.replace(day=1)), (self.to_edit, today)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        for widget in (self.from_edit, self.dash, self.to_edit):
            widget.setVisible(custom)
        self.compute()

    # -- actions ------------------------------------------------------------------------------

    def open_log(self, mention_filter: MentionFilter) -> None:
        """The mention log with exactly what a number counts."""
        page = self.shell.show_page("mentions")
        show_filter = getattr(page, "show_filter", None)
        if show_filter is not None:
            show_filter(mention_filter)
            self.shell.show_message(
                self.tr("舆情台账只显示首页所点数字的这些舆情；改动任一筛选条件即恢复。"), 8000
            )

    def import_sheet(self) -> None:
        action = self.shell.find_action(IMPORT_ACTION)
        if action is not None:
            action.trigger()

    def report_dialog(self) -> None:
        from desktop.ui.home.report_dialog import ReportDialog

        ReportDialog(self, self.ctx, self.shell).exec()

    def edit_workspace_info(self) -> None:
        """Name, brand and client of the workspace, asked one after another."""
        workspace = self.ctx.require_workspace()
        info = workspace.info()
        values: dict[str, str] = {}
        for key, label in (
            ("name", self.tr("名称")),
            ("brand", self.tr("品牌")),
            ("client", self.tr("客户")),
        ):
            value, ok = QInputDialog.getText(self, self.tr("工作区信息"), label, text=info[key])
            if not ok:
                return
            values[key] = value.strip()
        Operation(
            self,
            self.ctx,
            lambda: workspaces.update_info(
                workspace, name=values["name"], brand=values["brand"], client=values["client"]
            ),
        ).titled(self.tr("无法保存")).run()

    def backup_now(self) -> None:
        action = self.shell.find_action(BACKUP_ACTION)
        if action is not None:
            action.trigger()

    # -- next steps ---------------------------------------------------------------------------

    def _show_next_steps(self) -> None:
        _clear(self.next_steps)
        for text in self._next_steps(self._counts):
            label = QLabel("• " + text)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.next_steps.addWidget(label)

    def _next_steps(self, counts: dict[str, int]) -> list[str]:
        steps = []
        if not counts.get("mentions"):
            steps.append(self.tr("导入今天的舆情表格：把 Excel/CSV 拖到窗口上，或按 Ctrl+I。"))
        board = self.board
        if board is not None:
            confirmed = board.cards.overdue_confirmed.value
            suggested = board.cards.overdue_suggested.value
            if confirmed or suggested:
                steps.append(
                    self.tr(
                        "{n} 条负面舆情超过 {h:g} 小时未回复（另有 {s} 条模型建议为负面）：先回复这些。"
                    ).format(n=confirmed, s=suggested, h=board.cards.window_hours)
                )
        if counts.get("cases_open"):
            steps.append(
                self.tr("{n} 个危机案例进行中：检查回应时钟和待审批的声明。").format(
                    n=counts["cases_open"]
                )
            )
        if not counts.get("people"):
            steps.append(self.tr("填写危机通讯录：谁发言、谁负责、谁审批。"))
        if not counts.get("kb_approved"):
            steps.append(self.tr("审核问答库里的话术，批准后才能作为统一口径使用。"))
        if not steps:
            steps.append(self.tr("一切就绪。定时监测，每天 2–3 次导入新的舆情。"))
        return steps


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _clear(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget: QWidget | None = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


def _day_of(value: object) -> date | None:
    """The calendar day of a stored posted_at (ISO text), None when unreadable."""
    try:
        return datetime.fromisoformat(str(value)).date()
    except ValueError:
        return None
