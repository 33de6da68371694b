"""An editable little table for a plan's lists (risks, checklist, key messages, channels,
remedies): rows in and out as dicts keyed like core/plan_content, with add and remove."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.theme import icon

# (key, header, stretch): a stretching column takes the spare width.
# A stretching column never gets narrower than this: past it the table scrolls sideways
# (a risk's text squeezed to one character a line made rows a screen tall at 1024 px).
MIN_STRETCH_WIDTH = 170
ColumnSpec = tuple[str, str, bool]
# A column shown from the other values and not editable (the risk register's score).
Derived = Callable[[Mapping[str, str]], str]
# A stored value shown as words and read back (an activity key shown as its label).
Formatter = tuple[Callable[[str], str], Callable[[str], str]]


class RowsEditor(QWidget):
    """A QTableWidget whose rows are dicts; `edited` fires on any change by the user."""

    edited = Signal()

    def __init__(
        self,
        columns: Sequence[ColumnSpec],
        *,
        add_text: str,
        derived: Mapping[str, Derived] | None = None,
        formatters: Mapping[str, Formatter] | None = None,
        read_only: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.derived = dict(derived or {})
        self.formatters = dict(formatters or {})
        self.read_only = set(read_only) | set(self.derived)
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(self.columns))
        self.table.setHorizontalHeaderLabels([header for _key, header, _s in self.columns])
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        for index, (_key, _header, stretch) in enumerate(self.columns):
            mode = QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(index, mode)
            if not stretch:
                self.table.setColumnWidth(index, 96)
        self.table.itemChanged.connect(self._changed)
        self._stretched = True
        layout.addWidget(self.table, 1)
        buttons = self.buttons = QHBoxLayout()
        self.add_button = QPushButton(icon("mdi6.plus"), add_text)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(icon("mdi6.minus"), self.tr("删除所选行"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Stretch the text columns while each gets at least MIN_STRETCH_WIDTH; below that
        give them that width and let the table scroll sideways."""
        stretching = [i for i, (_k, _h, stretch) in enumerate(self.columns) if stretch]
        if not stretching:
            return
        fixed = sum(
            self.table.columnWidth(i) for i in range(len(self.columns)) if i not in stretching
        )
        room = self.table.viewport().width() - fixed
        stretched = room >= MIN_STRETCH_WIDTH * len(stretching)
        if stretched == self._stretched:
            return
        self._stretched = stretched
        header = self.table.horizontalHeader()
        for index in stretching:
            if stretched:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
                self.table.setColumnWidth(index, MIN_STRETCH_WIDTH)

    def set_rows(self, rows: Sequence[Mapping[str, Any]]) -> None:
        self._loading = True
        try:
            self.table.setRowCount(0)
            for row in rows:
                self._append(row)
        finally:
            self._loading = False

    def rows(self) -> list[dict[str, str]]:
        out = []
        for r in range(self.table.rowCount()):
            values: dict[str, str] = {}
            for c, (key, _header, _s) in enumerate(self.columns):
                if key in self.derived:
                    continue
                item = self.table.item(r, c)
                text = item.text() if item is not None else ""
                values[key] = self.formatters[key][1](text) if key in self.formatters else text
            out.append(values)
        return out

    def set_editable(self, editable: bool) -> None:
        triggers = (
            QAbstractItemView.EditTrigger.AllEditTriggers
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.table.setEditTriggers(triggers)
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)

    def add_row(self) -> None:
        self._append({})
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.edited.emit()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.edited.emit()

    def _append(self, row: Mapping[str, Any]) -> None:
        was_loading, self._loading = self._loading, True
        position = self.table.rowCount()
        self.table.insertRow(position)
        for c, (key, _header, _s) in enumerate(self.columns):
            value = row.get(key)
            text = "" if value is None else str(value)
            if key in self.formatters:
                text = self.formatters[key][0](text)
            item = QTableWidgetItem(text)
            if key in self.read_only:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(position, c, item)
        self._loading = was_loading
        self._refresh_derived(position)

    def _refresh_derived(self, row: int) -> None:
        if not self.derived:
            return
        values = {
            key: (self.table.item(row, c).text() if self.table.item(row, c) else "")
            for c, (key, _h, _s) in enumerate(self.columns)
        }
        was_loading, self._loading = self._loading, True
        for c, (key, _h, _s) in enumerate(self.columns):
            if key in self.derived and self.table.item(row, c) is not None:
                self.table.item(row, c).setText(self.derived[key](values))
        self._loading = was_loading

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        self._refresh_derived(item.row())
        self.edited.emit()
