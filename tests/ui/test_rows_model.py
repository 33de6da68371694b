"""The shared rows table model: both ways of building it pass pytest-qt's model tester."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.ui.rows_model import RowsTableModel

ROWS = [
    {"id": 7, "title": "钢丝事件", "followers": 2_300_000, "note": None},
    {"id": 8, "title": "配送延误", "followers": None, "note": "跟进"},
]


def test_constructed_with_columns_and_row_callbacks(qtmodeltester):
    red = QColor("#d32f2f")
    model = RowsTableModel(
        [("标题", lambda r: r["title"]), ("粉丝", lambda r: r["followers"])],
        colour=lambda r: red if r["followers"] else None,
        tooltip=lambda r: f"#{r['id']}",
    )
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "标题"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.data(model.index(0, 1)) == "2300000"
    assert model.data(model.index(1, 1)) == ""  # None shows as nothing
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) == red
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole) == "#8"
    assert model.data(model.index(1, 0), Qt.ItemDataRole.UserRole) == 8
    assert model.row_at(1)["title"] == "配送延误"
    assert model.row_at(-1) is None and model.row_at(2) is None
    assert model.data(QModelIndex()) is None


class NotedTableModel(RowsTableModel):
    """The subclass style: columns passed up, colours and decoration per cell."""

    def __init__(self) -> None:
        super().__init__([("标题", lambda r: r["title"]), ("备注", lambda r: r["note"])])

    def foreground(self, row, column):
        return QColor("#388e3c") if column == 1 and row["note"] else None

    def decoration(self, row, column):
        return QColor("#1565c0") if column == 0 else None


def test_subclassed_with_per_cell_looks(qtmodeltester):
    model = NotedTableModel()
    qtmodeltester.check(model)  # empty
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    assert model.data(model.index(1, 1), Qt.ItemDataRole.ForegroundRole) == QColor("#388e3c")
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) == QColor("#1565c0")
    # without a tooltip callback a cell's own text is its tooltip, an empty cell has none
    assert model.data(model.index(1, 1), Qt.ItemDataRole.ToolTipRole) == "跟进"
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole) is None
    model.set_rows([])
    assert model.rowCount() == 0


@dataclass(frozen=True)
class EntryRow:
    id: int
    title: str


def test_typed_rows_from_a_service_work_like_dicts(qtmodeltester):
    model = RowsTableModel([("标题", lambda r: r.title)])
    model.set_rows([EntryRow(7, "退款迟迟不到账"), EntryRow(9, "配送超时")])
    qtmodeltester.check(model)
    assert model.data(model.index(1, 0)) == "配送超时"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) == 7
