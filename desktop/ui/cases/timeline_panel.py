"""The case view's 传播与时间线 tab: the volume chart with the actions as markers, and the
timeline (automatic events beside the manual ones)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.printing.chart import CaseChartView
from desktop.services import cases
from desktop.ui.cases.dialogs import EventDialog
from desktop.ui.cases.models import TimelineTableModel
from desktop.ui.cases.panel import CaseHost, CasePanel
from desktop.ui.cases.widgets import table
from desktop.ui.dialogs import show_error
from desktop.ui.theme import icon


class TimelinePanel(CasePanel):
    def __init__(self, host: CaseHost) -> None:
        super().__init__(host)
        self.chart_data: cases.ChartData | None = None
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.chart = CaseChartView()
        splitter.addWidget(self.chart)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.add_event_button = QPushButton(icon("mdi6.plus"), self.tr("添加事件…"))
        self.add_event_button.clicked.connect(self.add_event)
        self.delete_event_button = QPushButton(self.tr("删除手动事件"))
        self.delete_event_button.clicked.connect(self.delete_event)
        bar.addWidget(
            QLabel(
                self.tr("时间线：自动记录关联舆情、定级、阶段、审批和发布；其余动作请手动添加。")
            )
        )
        bar.addStretch(1)
        bar.addWidget(self.add_event_button)
        bar.addWidget(self.delete_event_button)
        lower_layout.addLayout(bar)
        self.timeline_model = TimelineTableModel(self)
        self.timeline_table = table(self.timeline_model)
        self.timeline_table.horizontalHeader().setStretchLastSection(False)
        self.timeline_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        lower_layout.addWidget(self.timeline_table)
        splitter.addWidget(lower)
        splitter.setSizes([360, 300])
        layout.addWidget(splitter)

    def write_widgets(self) -> list[QWidget]:
        return [self.add_event_button, self.delete_event_button]

    def show_detail(self, detail: cases.CaseDetail) -> None:
        self.timeline_model.set_rows(detail.events)
        self.timeline_table.resizeColumnToContents(0)
        self.timeline_table.resizeColumnToContents(1)
        self.chart_data = cases.volume_series(self.host.workspace, self.case_id)
        self.chart.show_data(self.chart_data, self.tr("关联舆情声量（按情感）与应对动作"))

    def add_event(self) -> None:
        dialog = EventDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        case_id = self.case_id
        self.host.write(
            self.tr("添加失败"),
            lambda: cases.add_event(self.host.workspace, case_id, v["kind"], v["text"], at=v["at"]),
        )

    def delete_event(self) -> None:
        event = self.timeline_model.row_at(self.timeline_table.currentIndex().row())
        if event is None:
            show_error(self, self.tr("删除事件"), self.tr("没有选中事件。"))
            return
        self.host.write(
            self.tr("不能删除"), lambda: cases.delete_event(self.host.workspace, event["id"])
        )
