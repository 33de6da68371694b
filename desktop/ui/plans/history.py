"""A plan's versions: who saved each and why, the diff against the version before, and
restoring an old version (as a new draft; the approved one stays in use until approved)."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.rows_model import RowsTableModel
from desktop.ui.theme import icon

DIFF_COLOURS = {"+": "#e6f4ea", "-": "#fdecea", "@": "#eef2f7"}
# The diff of one version against the one before (the page asks the service).
DiffOf = Callable[[int, int], list[str]]


class PlanHistory(QWidget):
    """`restore_requested(version)` asks the page to bring an old version back."""

    restore_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diff_of: DiffOf | None = None
        self.approved_version: int | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("选择一个版本，查看它与前一版的差异；旧版本可以恢复为新的草稿。"))
        )
        self.model = RowsTableModel(
            [
                (self.tr("版本"), lambda v: self._version_text(v.version)),
                (self.tr("修改人"), lambda v: v.changed_by),
                (self.tr("时间"), lambda v: v.changed_at[:16].replace("T", " ")),
                (self.tr("说明"), lambda v: v.note),
            ],
            self,
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(lambda c, _p: self._show_diff(c.row()))
        self.diff_view = QTextBrowser()
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(self.diff_view)
        splitter.setSizes([360, 600])
        layout.addWidget(splitter, 1)
        bar = QHBoxLayout()
        bar.addStretch(1)
        self.restore_button = QPushButton(icon("mdi6.restore"), self.tr("恢复此版本"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._restore)
        bar.addWidget(self.restore_button)
        layout.addLayout(bar)
        self.writable = True

    def _version_text(self, version: int) -> str:
        if version == self.approved_version:
            return self.tr("第 {v} 版（已批准）").format(v=version)
        return self.tr("第 {v} 版").format(v=version)

    def show_versions(
        self, versions: Sequence[Any], approved_version: int | None, diff_of: DiffOf
    ) -> None:
        self.diff_of = diff_of
        self.approved_version = approved_version
        self.model.set_rows(versions)
        self.diff_view.clear()
        self.restore_button.setEnabled(False)
        if versions:
            self.view.selectRow(0)
        self.view.resizeColumnsToContents()

    def _show_diff(self, row: int) -> None:
        version = self.model.row_at(row)
        newest = self.model.row_at(0)
        self.restore_button.setEnabled(
            self.writable and version is not None and newest is not None and version is not newest
        )
        if version is None or self.diff_of is None:
            self.diff_view.clear()
            return
        if version.version == 1:
            self.diff_view.setHtml(html.escape(self.tr("第一版，没有更早的版本可比较。")))
            return
        lines = self.diff_of(version.version - 1, version.version)
        rows = []
        for line in lines[2:]:  # the file headers say which versions: the table does already
            colour = DIFF_COLOURS.get(line[:1], "#ffffff")
            rows.append(
                f'<div style="background:{colour}; white-space:pre-wrap;">{html.escape(line)}</div>'
            )
        self.diff_view.setHtml("".join(rows) or html.escape(self.tr("内容与前一版相同。")))

    def _restore(self) -> None:
        version = self.model.row_at(self.view.currentIndex().row())
        if version is not None:
            self.restore_requested.emit(int(version.version))
