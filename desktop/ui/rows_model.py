"""One table model for the app's small lists: rows (dicts or dataclasses) through column specs.

For lists of hundreds of rows (a case's timeline, the 问答库's entries), not the mentions
table (that one holds ids and fetches lazily: ui/mentions/model.py).

Two ways to use it, mixed freely:
- give the columns and row-wide callbacks to the constructor:
  `RowsTableModel([("标题", lambda r: r["title"])], parent, colour=…, tooltip=…)`;
- or subclass, pass the columns to `super().__init__` and override `foreground(row, column)`
  or `decoration(row, column)` for colours per cell.

Roles: DisplayRole is the column's value as text ("" for None); ToolTipRole the `tooltip`
callback's text, else the cell's own text when it has one; ForegroundRole `foreground()`
(by default the `colour` callback, a QColor); DecorationRole `decoration()`; UserRole the
row's id (the "id" key of a dict, the `id` attribute of an object).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

# A dict from storage, or a typed row (a dataclass) from a service.
Row = Any
Getter = Callable[[Row], Any]
Column = tuple[str, Getter]  # header, value of a row
RowColour = Callable[[Row], QColor | None]
RowText = Callable[[Row], str | None]
Index = QModelIndex | QPersistentModelIndex


class RowsTableModel(QAbstractTableModel):
    """Rows through column specs (header, value function); read-only."""

    def __init__(
        self,
        columns: Sequence[Column] = (),
        parent: QObject | None = None,
        *,
        colour: RowColour | None = None,
        tooltip: RowText | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns: list[Column] = list(columns)
        self.rows: list[Row] = []
        self._colour = colour
        self._tooltip = tooltip

    # -- the rows -------------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row | None:
        """The row shown at this position, or None (no selection gives row -1)."""
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # -- per-cell looks, for subclasses -----------------------------------------------------------

    def foreground(self, row: Row, column: int) -> QColor | None:
        return self._colour(row) if self._colour is not None else None

    def decoration(self, row: Row, column: int) -> Any:
        return None

    # -- QAbstractTableModel ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        if not (0 <= index.column() < len(self.columns)):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if self._tooltip is not None:
                return self._tooltip(row)
            return self._text(row, index.column()) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, index.column())
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(row, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return row.get("id") if isinstance(row, Mapping) else getattr(row, "id", None)
        return None

    def _text(self, row: Row, column: int) -> str:
        value = self.columns[column][1](row)
        return "" if value is None else str(value)
