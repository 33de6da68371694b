"""Finished drills: their figures against the targets, the report (PDF, .xlsx) and the
lessons, each turned into a 问答库 draft or a plan edit in one click."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.services import drills
from desktop.services.context import AppContext
from desktop.services.drills import report as drill_report
from desktop.ui.drills.models import drills_model
from desktop.ui.operations import Operation


class DrillRecordsDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, ctx: AppContext, *, select: int | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("drill_records")
        self.setWindowTitle(self.tr("演练记录"))
        self.resize(1100, 720)
        layout = QVBoxLayout(self)
        self.empty_label = QLabel(
            self.tr("还没有演练记录。用“文件 → 开始演练…”从演练脚本、参考案例或历史案例开始一次。")
        )
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self.model = drills_model(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(180)
        layout.addWidget(self.table)
        body = QHBoxLayout()
        self.detail = QTextBrowser()
        body.addWidget(self.detail, 3)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("经验教训（选中一条，一键转换）")))
        self.lessons = QListWidget()
        side.addWidget(self.lessons, 1)
        buttons = QHBoxLayout()
        self.to_kb = QPushButton(self.tr("转为问答库草稿"))
        self.to_kb.clicked.connect(lambda: self.apply_lesson("kb"))
        self.to_plan = QPushButton(self.tr("转为预案修改"))
        self.to_plan.clicked.connect(lambda: self.apply_lesson("plan"))
        buttons.addWidget(self.to_kb)
        buttons.addWidget(self.to_plan)
        side.addLayout(buttons)
        exports = QHBoxLayout()
        pdf = QPushButton(self.tr("导出报告 PDF…"))
        pdf.clicked.connect(lambda: self.export_report(suffix=".pdf"))
        xlsx = QPushButton(self.tr("导出报告 Excel…"))
        xlsx.clicked.connect(lambda: self.export_report(suffix=".xlsx"))
        exports.addWidget(pdf)
        exports.addWidget(xlsx)
        side.addLayout(exports)
        body.addLayout(side, 2)
        layout.addLayout(body, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_drill())
        self.reload(select)

    def reload(self, select: int | None = None) -> None:
        rows = drills.list_drills(self.ctx.require_workspace())
        self.model.set_rows(rows)
        self.empty_label.setVisible(not rows)
        ids = [r["id"] for r in rows]
        if rows:
            self.table.selectRow(ids.index(select) if select in ids else 0)
        self.show_drill()

    def current_id(self) -> int | None:
        selected = self.table.selectionModel().selectedRows()
        row = self.model.row_at(selected[0].row()) if selected else None
        return int(row["id"]) if row else None

    def show_drill(self) -> None:
        drill_id = self.current_id()
        self.lessons.clear()
        if drill_id is None:
            self.detail.setHtml("")
            return
        data = drill_report.report_data(self.ctx.require_workspace(), drill_id)
        self.detail.setHtml(drill_report.report_html(data))
        for lesson in data.drill["lessons"]:
            item = QListWidgetItem(self._lesson_text(lesson))
            self.lessons.addItem(item)

    def _lesson_text(self, lesson: dict) -> str:
        kind, _, ref = str(lesson.get("applied") or "").partition(":")
        if kind == "kb":
            return self.tr("{lesson}  〔已转为问答库草稿 #{n}〕").format(
                lesson=lesson["text"], n=ref
            )
        if kind == "plan":
            return self.tr("{lesson}  〔已转为预案修改 #{n}〕").format(lesson=lesson["text"], n=ref)
        return str(lesson["text"])

    def apply_lesson(self, target: str, index: int | None = None) -> bool:
        drill_id = self.current_id()
        row = self.lessons.currentRow() if index is None else index
        if drill_id is None or row < 0:
            return False
        workspace = self.ctx.require_workspace()
        done = (
            Operation(self, self.ctx, lambda: drills.apply_lesson(workspace, drill_id, row, target))
            .titled(self.tr("教训没有转换"))
            .run()
        )
        self.reload(drill_id)
        return done is not None

    def export_report(self, path: Path | None = None, *, suffix: str = ".pdf") -> Path | None:
        drill_id = self.current_id()
        if drill_id is None:
            return None
        if path is None:
            name = self.tr("演练报告-{n}").format(n=drill_id) + suffix
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("导出演练报告"), name)
            if not chosen:
                return None
            path = Path(chosen)
        workspace = self.ctx.require_workspace()
        out = path

        def write() -> Path:
            if out.suffix.lower() == ".xlsx":
                drill_report.export_xlsx(workspace, drill_id, out)
                return out
            from desktop.printing.drill_report import export_pdf

            return export_pdf(workspace, drill_id, out)

        return Operation(self, self.ctx, write).titled(self.tr("报告没有写出")).run()
