"""Small widgets the cases page and the case view share: the severity chip, a row table."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from desktop.ui.theme import SEVERITY_COLOURS


def severity_chip(level: str) -> str:
    """The same chip everywhere: the level's colour, its numeral in white."""
    colour = SEVERITY_COLOURS.get(level)
    if colour is None:
        return "background:#9e9e9e; color:white; border-radius:4px; padding:2px 8px;"
    text = "#111827" if level == "III" else "white"
    return f"background:{colour.name()}; color:{text}; border-radius:4px; padding:2px 8px; font-weight:600;"


def table(model: QAbstractItemModel) -> QTableView:
    """A read-only table of whole rows, as every list of the cases area shows."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    return view


class SeverityChipDelegate(QStyledItemDelegate):
    """Paints the level as a coloured chip (Ⅰ red … Ⅳ blue), the same colours everywhere."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        colour = index.data(Qt.ItemDataRole.DecorationRole)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if not isinstance(colour, QColor):
            super().paint(painter, option, index)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(6, 4, -6, -4)  # type: ignore[attr-defined]
        rect.setWidth(min(rect.width(), 40))
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(QColor("#111827") if colour == SEVERITY_COLOURS["III"] else QColor("white"))
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
