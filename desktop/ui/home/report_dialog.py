"""生成日报/周报…: which report (日报, 周报, a custom range), which day(s), PDF or Excel; then
where to save it. Writing a report reads the workspace and changes nothing (no Changes)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.services import overview, reports
from desktop.services.context import AppContext
from desktop.ui.dialogs import show_error
from desktop.ui.shell import Shell


class ReportDialog(QDialog):
    def __init__(self, parent: QWidget, ctx: AppContext, shell: Shell) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shell = shell
        self.written: Path | None = None
        self.setWindowTitle(self.tr("生成日报/周报"))
        workspace = ctx.require_workspace()
        self.today = overview.today(workspace)
        form = QFormLayout(self)
        self.kind = QComboBox()
        for key, label in (
            ("daily", self.tr("日报（一天）")),
            ("weekly", self.tr("周报（七天）")),
            ("custom", self.tr("自定义起止日期")),
        ):
            self.kind.addItem(label, key)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form.addRow(self.tr("报告"), self.kind)
        yesterday = self.today - timedelta(days=1)
        self.day = _date_edit(yesterday)
        self.day_label = QLabel(self.tr("日期"))
        form.addRow(self.day_label, self.day)
        self.start = _date_edit(yesterday - timedelta(days=6))
        self.end = _date_edit(yesterday)
        self.start_label = QLabel(self.tr("从"))
        self.end_label = QLabel(self.tr("到"))
        form.addRow(self.start_label, self.start)
        form.addRow(self.end_label, self.end)
        self.format = QComboBox()
        self.format.addItem(self.tr("PDF（打印、发给客户）"), "pdf")
        self.format.addItem(self.tr("Excel 工作簿（.xlsx）"), "xlsx")
        form.addRow(self.tr("格式"), self.format)
        self.language = QComboBox()
        self.language.addItem(self.tr("中文"), "zh")
        self.language.addItem("English", "en")
        current = reports.language_of(ctx.settings.get("language"))
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        form.addRow(self.tr("语言"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("生成…"))
        buttons.accepted.connect(self._generate_chosen)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._kind_changed()

    def _kind_changed(self, *_args: object) -> None:
        custom = self.kind.currentData() == "custom"
        for widget in (self.day, self.day_label):
            widget.setVisible(not custom)
        for widget in (self.start, self.start_label, self.end, self.end_label):
            widget.setVisible(custom)
        self.day_label.setText(
            self.tr("最后一天") if self.kind.currentData() == "weekly" else self.tr("日期")
        )

    def period(self) -> overview.Period:
        kind = self.kind.currentData()
        if kind == "custom":
            return overview.report_period(
                kind, self.today, start=_date(self.start.date()), end=_date(self.end.date())
            )
        return overview.report_period(kind, self.today, day=_date(self.day.date()))

    def _generate_chosen(self) -> None:
        try:
            period = self.period()
        except UserError as exc:
            show_error(self, self.tr("无法生成报告"), exc)
            return
        suffix = self.format.currentData()
        name = {"daily": self.tr("舆情日报"), "weekly": self.tr("舆情周报")}.get(
            self.kind.currentData(), self.tr("舆情报告")
        )
        suggested = self.ctx.paths.data / f"{name}-{period.label().replace(' – ', '至')}.{suffix}"
        filters = (
            self.tr("PDF 文件 (*.pdf)") if suffix == "pdf" else self.tr("Excel 工作簿 (*.xlsx)")
        )
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("保存报告"), str(suggested), filters)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{suffix}":
            path = path.with_name(path.name + f".{suffix}")
        if self.generate(period, path) is not None:
            self.accept()

    def generate(self, period: overview.Period, path: Path) -> Path | None:
        """Write the report (PDF needs Qt's printing on this thread; a day's report takes well
        under a second) and say where it went."""
        workspace = self.ctx.require_workspace()
        kind = self.kind.currentData()
        language = self.language.currentData()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if path.suffix.lower() == ".xlsx":
                reports.export_xlsx(workspace, kind, period, path, language=language)
            else:
                from desktop.printing.period_report import export_pdf

                export_pdf(workspace, kind, period, path, language=language)
        except (UserError, OSError) as exc:
            show_error(self, self.tr("无法生成报告"), exc, self.tr("换一个文件夹或文件名再试。"))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.written = path
        self.shell.show_message(self.tr("已生成报告 {path}").format(path=path), 8000)
        return path


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
