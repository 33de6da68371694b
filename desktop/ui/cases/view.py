"""One case: the header (level chip, title, phase, clock, exports) over the tabs, each a
panel module of its own (overview, linked mentions, level, chart and timeline, statements,
review). Every write goes through `write()`: an `Operation` published on behalf of this view,
then the case reloaded."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.case_vocab import PHASES
from desktop.core.errors import UserError
from desktop.core.vocab import SEVERITY_NUMERALS
from desktop.services import cases
from desktop.services.cases import Workspace
from desktop.services.cases import report as case_report
from desktop.services.context import AppContext
from desktop.ui.cases.dialogs import combo
from desktop.ui.cases.mentions_panel import MentionsPanel
from desktop.ui.cases.overview_panel import OverviewPanel
from desktop.ui.cases.panel import CasePanel
from desktop.ui.cases.plan_panel import PlanPanel
from desktop.ui.cases.review_panel import ReviewPanel
from desktop.ui.cases.severity_panel import SeverityPanel
from desktop.ui.cases.statements_panel import StatementsPanel
from desktop.ui.cases.timeline_panel import TimelinePanel
from desktop.ui.cases.widgets import severity_chip
from desktop.ui.dialogs import show_error
from desktop.ui.labels import clock_label, vocab_label
from desktop.ui.operations import Operation
from desktop.ui.shell import Shell
from desktop.ui.theme import icon

MENTION_LIMIT = 2000

T = TypeVar("T")


class CaseView(QWidget):
    """Shows one case; its tabs write through `write()`, which tells the other pages."""

    back_requested = Signal()

    def __init__(self, ctx: AppContext, shell: Shell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shell = shell
        self.case_id: int | None = None
        self.detail: cases.CaseDetail | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        top = QHBoxLayout()
        self.back_button = QPushButton(icon("mdi6.arrow-left"), self.tr("案例列表"))
        self.back_button.clicked.connect(self.back_requested.emit)
        self.chip = QLabel()
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        self.phase = combo(PHASES)
        self.phase.setToolTip(self.tr("阶段：发现 → 研判 → 应对 → 恢复 → 复盘 → 已结案"))
        self.phase.activated.connect(self._phase_chosen)
        self.clock_label = QLabel()
        self.xlsx_button = QPushButton(icon("mdi6.microsoft-excel"), self.tr("导出 Excel"))
        self.xlsx_button.clicked.connect(lambda: self.export_report("xlsx"))
        self.pdf_button = QPushButton(icon("mdi6.file-pdf-box"), self.tr("导出专报 PDF"))
        self.pdf_button.clicked.connect(lambda: self.export_report("pdf"))
        top.addWidget(self.back_button)
        top.addSpacing(8)
        top.addWidget(self.chip)
        top.addWidget(self.title_label, 1)
        top.addWidget(QLabel(self.tr("阶段")))
        top.addWidget(self.phase)
        self.delete_button = QPushButton(icon("mdi6.delete-outline"), self.tr("删除"))
        self.delete_button.setToolTip(self.tr("删除这个案例（关联的舆情保留，只取消关联）"))
        self.delete_button.clicked.connect(self.delete_case)
        top.addWidget(self.xlsx_button)
        top.addWidget(self.pdf_button)
        top.addWidget(self.delete_button)
        outer.addLayout(top)
        outer.addWidget(self.clock_label)

        self.tabs = QTabWidget()
        self.plan_panel = PlanPanel(self)  # the activated plan's checklist, beside the clock
        body = QHBoxLayout()
        body.addWidget(self.tabs, 1)
        body.addWidget(self.plan_panel)
        outer.addLayout(body, 1)
        self.overview = OverviewPanel(self)
        self.mentions = MentionsPanel(self)
        self.severity = SeverityPanel(self)
        self.timeline = TimelinePanel(self)
        self.statements = StatementsPanel(self)
        self.review = ReviewPanel(self)
        self.tabs.addTab(self.overview, self.tr("概况"))
        self.tabs.addTab(self.mentions, self.tr("关联舆情"))
        self.tabs.addTab(self.severity, self.tr("级别研判"))
        self.tabs.addTab(self.timeline, self.tr("传播与时间线"))
        self.tabs.addTab(self.statements, self.tr("声明"))
        self.tabs.addTab(self.review, self.tr("复盘"))

    def panels(self) -> list[CasePanel]:
        return [
            self.overview,
            self.mentions,
            self.severity,
            self.timeline,
            self.statements,
            self.review,
            self.plan_panel,
        ]

    # -- what the panels ask of the view (panel.CaseHost) -----------------------------------------

    @property
    def workspace(self) -> Workspace:
        return self.ctx.require_workspace()

    def widget(self) -> QWidget:
        return self

    def write(
        self, title: str, call: Callable[[], T], then: Callable[[T], None] | None = None
    ) -> T | None:
        """One service write as an Operation: errors in words, its Changes published with
        this view as the initiator (the page then refreshes only its list), the case
        reloaded here."""

        def succeeded(result: T) -> None:
            self.reload()
            if then is not None:
                then(result)

        return Operation(self, self.ctx, call).titled(title).success(succeeded).run()

    # -- loading -------------------------------------------------------------------------------

    def show_case(self, case_id: int) -> None:
        self.case_id = case_id
        self.reload()

    def reload(self) -> None:
        if self.case_id is None or self.ctx.workspace is None or self.ctx.workspace.closed:
            return
        try:
            detail = cases.case_detail(self.workspace, self.case_id, mention_limit=MENTION_LIMIT)
        except UserError:
            self._forget_case()
            return
        self.detail = detail
        case = detail.case
        level = detail.effective_severity
        self.chip.setText(f" {SEVERITY_NUMERALS.get(level, '—')} ")
        self.chip.setStyleSheet(severity_chip(level))
        self.chip.setToolTip(vocab_label("SEVERITIES", level, self.tr("未定级")))
        self.title_label.setText(case["title"])
        self.phase.setCurrentIndex(max(0, self.phase.findData(case["phase"])))
        clock = detail.clock
        colour = {"missed": "#d32f2f", "met": "#388e3c"}.get(clock["state"], "#374151")
        self.clock_label.setText(self.tr("响应时钟（发现 → 首个暂缓声明）：") + clock_label(clock))
        self.clock_label.setStyleSheet(f"color:{colour}; font-weight:600;")
        read_only = self.workspace.read_only
        for widget in self._write_widgets():
            widget.setEnabled(not read_only)
        for panel in self.panels():
            panel.show_detail(detail)
        self.tabs.setTabText(self.tabs.indexOf(self.mentions), self.mentions.tab_title(detail))

    def _write_widgets(self) -> list[QWidget]:
        own: list[QWidget] = [self.phase, self.delete_button]
        return own + [w for panel in self.panels() for w in panel.write_widgets()]

    def _forget_case(self) -> None:
        self.case_id = None
        self.detail = None
        self.back_requested.emit()

    # -- the header's actions ------------------------------------------------------------------------

    def delete_case(self) -> bool:
        if self.detail is None:
            return False
        case = self.detail.case
        answer = QMessageBox.question(
            self,
            self.tr("删除案例"),
            self.tr(
                "删除案例“{title}”？时间线、声明和复盘会一并删除，关联的舆情只取消关联。"
            ).format(title=case["title"]),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        operation = Operation(self, self.ctx, lambda: cases.delete_case(self.workspace, case["id"]))
        done = operation.titled(self.tr("不能删除")).success(lambda _: self._forget_case()).run()
        return done is not None

    def _phase_chosen(self) -> None:
        if self.detail is None or self.case_id is None:
            return
        phase, case_id = self.phase.currentData(), self.case_id
        current = self.detail.case["phase"]
        if phase == current:
            return
        done = self.write(
            self.tr("不能改变阶段"), lambda: cases.set_phase(self.workspace, case_id, phase)
        )
        if done is None:
            self.phase.setCurrentIndex(max(0, self.phase.findData(current)))

    def export_report(self, kind: str, path: Path | None = None) -> Path | None:
        """The case report as .xlsx or as the 专报 PDF (a read: nothing to publish)."""
        if self.case_id is None or self.detail is None:
            return None
        if path is None:
            suggested = str(
                self.ctx.paths.data / f"案例{self.case_id}-{self.detail.case['title']}.{kind}"
            )
            filters = (
                self.tr("Excel 工作簿 (*.xlsx)") if kind == "xlsx" else self.tr("PDF 文件 (*.pdf)")
            )
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("导出案例报告"), suggested, filters
            )
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() != f".{kind}":
                path = path.with_name(path.name + f".{kind}")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if kind == "xlsx":
                case_report.export_xlsx(self.workspace, self.case_id, path)
            else:
                from desktop.printing.case_report import export_pdf

                export_pdf(self.workspace, self.case_id, path)
        except (UserError, OSError) as exc:
            show_error(self, self.tr("导出失败"), exc, self.tr("换一个文件夹或文件名再试。"))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.shell.show_message(self.tr("已导出 {path}").format(path=path), 8000)
        return path
