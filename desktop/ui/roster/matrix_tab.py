"""The 职责矩阵 tab: pick a matrix (scenario, level, people or roles as columns) and edit it.

A cell edit runs `roster.set_cell` as an Operation on behalf of the model; the model updates
its own row, so the page does not reload the grid for its own edit (see RosterPage.on_changes).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.vocab import SCENARIOS, SEVERITIES
from desktop.services import roster
from desktop.services.context import AppContext
from desktop.ui.labels import vocab_text
from desktop.ui.operations import Operation
from desktop.ui.roster.models import CellEdit, RaciDelegate, ResponsibilityMatrixModel


class MatrixTab(QWidget):
    """Selectors above the R/A/C/I grid, a note on inheritance below it."""

    edited = Signal(str)  # a cell was edited here; a message for the user or ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        selectors = QHBoxLayout()
        self.scenario_combo = QComboBox()
        self.scenario_combo.addItem(self.tr("默认矩阵（所有场景）"), "")
        for key, label in SCENARIOS.items():
            self.scenario_combo.addItem(vocab_text(label), key)
        self.severity_combo = QComboBox()
        self.severity_combo.addItem(self.tr("任何级别"), "")
        for key, label in SEVERITIES.items():
            self.severity_combo.addItem(vocab_text(label), key)
        self.mode_combo = QComboBox()
        self.mode_combo.addItem(self.tr("列：成员"), ResponsibilityMatrixModel.BY_PERSON)
        self.mode_combo.addItem(self.tr("列：角色"), ResponsibilityMatrixModel.BY_ROLE)
        for combo in (self.scenario_combo, self.severity_combo, self.mode_combo):
            combo.currentIndexChanged.connect(self._selection_changed)
        self.reset_button = QPushButton(self.tr("恢复继承"))
        self.reset_button.setToolTip(self.tr("删除本矩阵对所选事项的覆盖，重新继承上级矩阵"))
        self.reset_button.clicked.connect(self.reset_row)
        selectors.addWidget(QLabel(self.tr("场景")))
        selectors.addWidget(self.scenario_combo)
        selectors.addWidget(QLabel(self.tr("级别")))
        selectors.addWidget(self.severity_combo)
        selectors.addWidget(self.mode_combo)
        selectors.addStretch(1)
        selectors.addWidget(self.reset_button)
        layout.addLayout(selectors)
        self.model = ResponsibilityMatrixModel(ctx, self, run_edit=self._run_edit)
        self.model.edited.connect(self._edited)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(RaciDelegate(self.view))
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setMinimumSectionSize(56)
        layout.addWidget(self.view, 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("pageSubtitle")
        layout.addWidget(self.note)

    # -- showing -----------------------------------------------------------------------------

    def scenario(self) -> str:
        return self.scenario_combo.currentData() or ""

    def severity(self) -> str:
        return self.severity_combo.currentData() or ""

    def reload(self) -> None:
        self.model.reload()
        self.update_note()

    def set_writable(self, writable: bool) -> None:
        self.reset_button.setEnabled(writable)

    def _selection_changed(self) -> None:
        self.model.set_matrix(self.scenario(), self.severity(), self.mode_combo.currentData())
        self.update_note()

    def update_note(self) -> None:
        if not self.model.columns:
            self.note.setText(
                self.tr("先在“成员与联系方式”里添加成员，再在这里指定每个事项由谁执行、由谁审批。")
            )
            return
        view = self.model.view
        inherited = sum(1 for a in self.model.activities if view and view.inherited(a))
        text = self.tr("双击单元格选择 R/A/C/I。每个事项恰好一个 A（设新的 A 会替换旧的）。")
        if inherited:
            text += self.tr("灰色行继承自上级矩阵（共 {n} 行），修改后在本矩阵中覆盖。").format(
                n=inherited
            )
        self.note.setText(text)

    def select_matrix(self, scenario: str, severity: str, activity: str = "") -> None:
        self.scenario_combo.setCurrentIndex(max(self.scenario_combo.findData(scenario), 0))
        self.severity_combo.setCurrentIndex(max(self.severity_combo.findData(severity), 0))
        if activity in self.model.activities:
            row = self.model.activities.index(activity)
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    # -- editing -----------------------------------------------------------------------------

    def _run_edit(self, edit: CellEdit) -> roster.CellChange | None:
        """The model's cell edits, as Operations published on behalf of the model."""
        return (
            Operation(self, self.ctx, edit)
            .titled(self.tr("无法修改职责"))
            .on_behalf_of(self.model)
            .run()
        )

    def _edited(self, message: str) -> None:
        self.update_note()
        self.edited.emit(message)

    def reset_row(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        workspace = self.ctx.require_workspace()
        activity = self.model.activities[index.row()]
        Operation(
            self,
            self.ctx,
            lambda: roster.reset_row(
                workspace,
                scenario=self.model.scenario,
                severity=self.model.severity,
                activity=activity,
            ),
        ).titled(self.tr("无法恢复继承")).run()
