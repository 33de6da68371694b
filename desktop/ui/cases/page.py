"""The cases page (案例): the case list (open first, severity chip, phase, clock, counts,
filters, search) and the case view; "关联到案例…" on the mentions page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import Changes
from desktop.core.errors import UserError
from desktop.core.mention_filter import MentionFilter
from desktop.services import cases
from desktop.services.context import AppContext
from desktop.ui.cases.dialogs import (
    LinkToCaseDialog,
    NewCaseDialog,
    ReferenceLibraryDialog,
    ThresholdsDialog,
)
from desktop.ui.cases.models import CaseListTableModel
from desktop.ui.cases.view import CaseView
from desktop.ui.cases.widgets import SeverityChipDelegate, table
from desktop.ui.dialogs import show_error
from desktop.ui.labels import vocab_labels
from desktop.ui.operations import Operation
from desktop.ui.page import Page, page_header
from desktop.ui.shell import Shell
from desktop.ui.theme import icon


class MentionSelection(Protocol):
    """What the cases page asks of the mentions page: an action on the selected mentions,
    and the filter its table shows."""

    def add_selection_action(
        self, text: str, callback: Callable[[list[int]], object], shortcut: str = ""
    ) -> object: ...

    def current_filter(self) -> MentionFilter: ...


class CasesPage(Page):
    nav_key = "cases"
    nav_icon = "mdi6.alarm-light-outline"

    def __init__(self, ctx: AppContext, shell: Shell) -> None:
        super().__init__(ctx, shell)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)

        self.list_widget = QWidget()
        layout = QVBoxLayout(self.list_widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            page_header(
                self.tr("案例"),
                self.tr("投诉升级为危机时立案：研判级别、记录应对、审批声明、复盘沉淀。"),
            )
        )
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索标题、摘要、负责人…"))
        self.search.setClearButtonEnabled(True)
        self.phase_filter = QComboBox()
        self.phase_filter.addItem(self.tr("全部阶段"), "")
        for key, name in vocab_labels("PHASES").items():
            self.phase_filter.addItem(name, key)
        self.severity_filter = QComboBox()
        self.severity_filter.addItem(self.tr("全部级别"), "")
        for key, name in vocab_labels("SEVERITIES").items():
            self.severity_filter.addItem(name, key)
        self.open_only = QCheckBox(self.tr("只看进行中"))
        self.new_button = QPushButton(icon("mdi6.plus"), self.tr("新建案例…"))
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.new_case)
        self.reference_button = QPushButton(icon("mdi6.book-open-variant"), self.tr("参考案例库…"))
        self.reference_button.clicked.connect(self.open_reference_library)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.phase_filter)
        bar.addWidget(self.severity_filter)
        bar.addWidget(self.open_only)
        self.thresholds_button = QPushButton(icon("mdi6.tune-variant"), self.tr("研判阈值…"))
        self.thresholds_button.clicked.connect(self.edit_thresholds)
        bar.addWidget(self.new_button)
        bar.addWidget(self.reference_button)
        bar.addWidget(self.thresholds_button)
        layout.addLayout(bar)
        self.model = CaseListTableModel(self)
        self.table = table(self.model)
        self.table.setItemDelegateForColumn(0, SeverityChipDelegate(self.table))
        self.table.doubleClicked.connect(
            lambda index: self.open_case(self.model.rows[index.row()]["id"])
        )
        self.table.activated.connect(
            lambda index: self.open_case(self.model.rows[index.row()]["id"])
        )
        layout.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.empty)
        self.stack.addWidget(self.list_widget)

        self.view = CaseView(ctx, shell, self)
        self.view.back_requested.connect(self.show_list)
        self.stack.addWidget(self.view)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda: self._search_timer.start())
        self.phase_filter.currentIndexChanged.connect(self.refresh)
        self.severity_filter.currentIndexChanged.connect(self.refresh)
        self.open_only.toggled.connect(self.refresh)
        # running clocks tick: refresh the list (and the open case) once a minute
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(60_000)
        self.clock_timer.timeout.connect(self._tick)
        self.clock_timer.start()

    def nav_title(self) -> str:
        return self.tr("案例")

    # -- the mentions page's actions ---------------------------------------------------------------

    def install_actions(self, shell: Shell) -> None:
        """Two actions on the mentions page: link the selection, or the whole search."""
        mentions = cast(MentionSelection | None, self.shell.page("mentions"))
        if mentions is None:
            return
        mentions.add_selection_action(self.tr("关联到案例…"), self.link_mentions_to_case)
        mentions.add_selection_action(
            self.tr("全部符合当前搜索的舆情关联到案例…"), self._link_current_search
        )

    def _link_current_search(self, _selected: list[int]) -> int | None:
        mentions = cast(MentionSelection | None, self.shell.page("mentions"))
        if mentions is None:
            return None
        try:
            workspace = self.ctx.require_workspace()
        except UserError as exc:
            show_error(self, self.tr("关联到案例"), exc)
            return None
        ids = cases.matching_mentions(workspace, mentions.current_filter())
        return self.link_mentions_to_case(ids)

    def link_mentions_to_case(self, mention_ids: list[int]) -> int | None:
        """Ask which case (or a new one), link, and open the case. Returns the case id."""
        try:
            workspace = self.ctx.require_workspace()
        except UserError as exc:
            show_error(self, self.tr("关联到案例"), exc)
            return None
        if not mention_ids:
            show_error(
                self,
                self.tr("关联到案例"),
                self.tr("没有选中舆情。"),
                self.tr("先在舆情台账里选中条目。"),
            )
            return None
        open_cases = cases.list_cases(workspace, open_only=True)
        dialog = LinkToCaseDialog(self, open_cases, len(mention_ids))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen, title = dialog.choice()
        new_title = title or self.tr("新案例")

        def link() -> cases.LinkResult:
            if chosen == LinkToCaseDialog.NEW:  # detected when the first mention was posted
                return cases.open_case(workspace, title=new_title, mention_ids=mention_ids)
            return cases.link_mentions(workspace, chosen, mention_ids)

        result = Operation(self, self.ctx, link).titled(self.tr("关联失败")).run()
        if result is None:
            return None
        self.shell.show_message(
            self.tr("已把 {n} 条舆情关联到案例 #{id}").format(n=result.linked, id=result.case_id),
            8000,
        )
        self.shell.show_page("cases")
        self.open_case(result.case_id)
        return result.case_id

    # -- list ------------------------------------------------------------------------------------

    def workspace_changed(self) -> None:
        self.show_list()
        self.refresh()

    def wants(self, changes: Changes) -> bool:
        return changes.cases or changes.mentions

    def on_changes(self, changes: Changes, initiator: object | None) -> None:
        if initiator is self.view and not changes.workspace:
            self.refresh_list()  # the open case already shows its own change
        else:
            super().on_changes(changes, initiator)

    def refresh(self) -> None:
        self.refresh_list()
        if self.stack.currentWidget() is self.view:
            self.view.reload()

    def refresh_list(self) -> None:
        workspace = self.ctx.workspace
        if workspace is None or workspace.closed:
            self.model.set_rows([])
            self._show_empty(self.tr("没有打开的工作区。"))
            return
        phase = self.phase_filter.currentData()
        severity = self.severity_filter.currentData()
        rows = cases.list_cases(
            workspace,
            search=self.search.text(),
            phases=[phase] if phase else None,
            severities=[severity] if severity else None,
            open_only=self.open_only.isChecked(),
        )
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, 56)
        self.table.setColumnWidth(1, max(self.table.columnWidth(1), 240))
        writable = not workspace.read_only
        self.new_button.setEnabled(writable)
        self.thresholds_button.setEnabled(writable)
        if rows:
            self.empty.hide()
            self.table.show()
        elif workspace.count("cases"):
            self._show_empty(self.tr("没有符合条件的案例。清除搜索或筛选条件试试。"))
        else:
            self._show_empty(
                self.tr(
                    "还没有案例。投诉升级为危机时：点“新建案例…”，或在舆情台账选中相关舆情，"
                    "右键“关联到案例…”。也可以从“参考案例库…”挑一个知名案例作为模板。"
                )
            )

    def _tick(self) -> None:
        if self.isVisible() and any(r["clock"]["state"] == "running" for r in self.model.rows):
            self.refresh()

    def _show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.empty.show()
        self.table.setVisible(self.model.rowCount() > 0)

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_widget)
        self.refresh()

    def open_case(self, case_id: int) -> None:
        self.stack.setCurrentWidget(self.view)
        self.view.show_case(case_id)

    # -- creating ----------------------------------------------------------------------------------

    def new_case(self) -> int | None:
        dialog = NewCaseDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        values = dialog.values()
        done = (
            Operation(
                self, self.ctx, lambda: cases.create_case(self.ctx.require_workspace(), **values)
            )
            .titled(self.tr("不能新建案例"))
            .run()
        )
        if done is None:
            return None
        self.open_case(done.id)
        return done.id

    def open_reference_library(self) -> int | None:
        dialog = ReferenceLibraryDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.create_from_reference(dialog.selected_key())

    def create_from_reference(self, key: str) -> int | None:
        done = (
            Operation(
                self,
                self.ctx,
                lambda: cases.create_from_reference(self.ctx.require_workspace(), key),
            )
            .titled(self.tr("不能新建案例"))
            .run()
        )
        if done is None:
            return None
        self.open_case(done.id)
        return done.id

    def edit_thresholds(self) -> bool:
        workspace = self.ctx.require_workspace()
        dialog = ThresholdsDialog(
            self, cases.thresholds(workspace).as_dict(), cases.response_targets(workspace)
        )
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                thresholds, targets = dialog.values()
            except ValueError as exc:
                show_error(self, self.tr("阈值有误"), str(exc))
                continue
            saved = (
                Operation(
                    self,
                    self.ctx,
                    lambda given=thresholds, wanted=targets: cases.save_case_settings(
                        workspace, thresholds=given, targets=wanted
                    ),
                )
                .titled(self.tr("不能保存阈值"))
                .run()
            )
            if saved is None:
                return False
            self.shell.show_message(
                self.tr("已保存；重新计算了 {n} 个进行中案例的建议级别").format(n=saved.count),
                8000,
            )
            return True
        return False
