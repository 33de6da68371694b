"""The 健康检查 tab: every finding with what to fix, and after how many days a contact is stale;
below the roster's findings, the contingency plans' (never drilled, a role nobody holds), since
a crisis fails on either.

Activating a finding asks the page to show the person, the matrix row or the plan to change
(`fix_requested`); the staleness setting is written through an Operation.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.roster_rules import Finding
from desktop.services import roster
from desktop.services.context import AppContext
from desktop.ui.operations import Operation
from desktop.ui.theme import icon

ERROR_COLOUR = "#d32f2f"
WARNING_COLOUR = "#f57c00"


class HealthTab(QWidget):
    """The findings of `roster.health`, errors first."""

    fix_requested = Signal(object)  # the Finding to fix (the roster's or a plan's)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        top.addWidget(self.summary, 1)
        top.addWidget(QLabel(self.tr("联系方式超过")))
        self.stale_spin = QSpinBox()
        self.stale_spin.setRange(7, 730)
        self.stale_spin.setSuffix(self.tr(" 天"))
        self.stale_spin.setKeyboardTracking(False)
        self.stale_spin.valueChanged.connect(self.set_stale_days)
        top.addWidget(self.stale_spin)
        top.addWidget(QLabel(self.tr("未核实即提醒")))
        layout.addLayout(top)
        self.findings_list = QListWidget()
        self.findings_list.setWordWrap(True)
        self.findings_list.itemActivated.connect(self._ask_fix)
        self.findings_list.itemDoubleClicked.connect(self._ask_fix)
        layout.addWidget(self.findings_list, 2)
        self.plan_summary = QLabel()
        self.plan_summary.setWordWrap(True)
        layout.addWidget(self.plan_summary)
        self.plan_list = QListWidget()
        self.plan_list.setWordWrap(True)
        self.plan_list.itemActivated.connect(self._ask_fix)
        self.plan_list.itemDoubleClicked.connect(self._ask_fix)
        layout.addWidget(self.plan_list, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("双击一条问题可跳到要修改的成员或事项。")))
        row.addStretch(1)
        self.fix_button = QPushButton(icon("mdi6.wrench-outline"), self.tr("去修改"))
        self.fix_button.clicked.connect(self._fix_current)
        row.addWidget(self.fix_button)
        layout.addLayout(row)

    def set_writable(self, writable: bool) -> None:
        self.stale_spin.setEnabled(writable)

    def show_report(self, report: roster.HealthReport) -> None:
        self.stale_spin.blockSignals(True)
        self.stale_spin.setValue(report.stale_days)
        self.stale_spin.blockSignals(False)
        _fill(self.findings_list, report.findings)
        if not report.findings:
            self.summary.setText(
                self.tr(
                    "通讯录健康：每个事项都有执行人和唯一的审批人，联系方式都在 {days} 天内核实过。"
                ).format(days=report.stale_days)
            )
        else:
            counts = report.as_dict()
            self.summary.setText(
                self.tr("发现 {e} 个错误、{w} 个提醒。").format(
                    e=counts["errors"], w=counts["warnings"]
                )
            )

    def show_plan_findings(self, found: Sequence[Finding]) -> None:
        """The plans' findings (services.plans.findings), errors first."""
        _fill(self.plan_list, found)
        if found:
            self.plan_summary.setText(
                self.tr("应急预案：{n} 个问题（双击跳到预案或职责矩阵）").format(n=len(found))
            )
        else:
            self.plan_summary.setText(
                self.tr("应急预案：正常。每个预案都演练过，负责的角色通讯录里都有人。")
            )

    def _fix_current(self) -> None:
        """The fix button: the plan finding chosen last if the plan list has the focus."""
        plan_item = self.plan_list.currentItem()
        if plan_item is not None and (
            self.plan_list.hasFocus() or self.findings_list.currentItem() is None
        ):
            self._ask_fix(plan_item)
        else:
            self._ask_fix(self.findings_list.currentItem())

    def set_stale_days(self, days: int) -> None:
        workspace = self.ctx.require_workspace()
        if workspace.read_only:
            return
        Operation(self, self.ctx, lambda: roster.set_stale_days(workspace, days)).run()

    def _ask_fix(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        finding: Finding = item.data(Qt.ItemDataRole.UserRole)
        self.fix_requested.emit(finding)


def _fill(target: QListWidget, found: Sequence[Finding]) -> None:
    target.clear()
    for finding in sorted(found, key=lambda f: 0 if f.severity == "error" else 1):
        colour = ERROR_COLOUR if finding.severity == "error" else WARNING_COLOUR
        item = QListWidgetItem(
            icon("mdi6.alert-circle", color=colour), f"{finding.message}\n    → {finding.fix}"
        )
        item.setData(Qt.ItemDataRole.UserRole, finding)
        target.addItem(item)
