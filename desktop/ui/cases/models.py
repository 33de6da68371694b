"""Table models of the cases page: small row lists (a case holds hundreds, not millions)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.core.case_vocab import (
    EVENT_KINDS,
    PHASES,
    STATEMENT_CHANNELS,
    STATEMENT_KINDS,
    STATEMENT_STATUSES,
)
from desktop.core.vocab import CHANNELS, SCENARIOS, SENTIMENTS, SEVERITY_NUMERALS
from desktop.ui.theme import SENTIMENT_COLOURS, SEVERITY_COLOURS

MISSED = QColor("#d32f2f")
MET = QColor("#388e3c")

Getter = Callable[[dict[str, Any]], Any]


def tr(text: str) -> str:
    return QCoreApplication.translate("CaseModels", text)


def short_time(value: Any) -> str:
    return str(value or "").replace("T", " ")[:16]


class RowsTableModel(QAbstractTableModel):
    """Rows as dicts; each column a header and a getter; optional colours and alignment."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.columns: list[tuple[str, Getter]] = []
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> dict[str, Any] | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.columns)

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

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        if not (0 <= index.column() < len(self.columns)):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.columns[index.column()][1](row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            value = self.columns[index.column()][1](row)
            return None if value in (None, "") else str(value)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, index.column())
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(row, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return row.get("id")
        return None

    def foreground(self, row: dict[str, Any], column: int) -> Any:
        return None

    def decoration(self, row: dict[str, Any], column: int) -> Any:
        return None


def _level(row: dict[str, Any]) -> str:
    return (
        row.get("effective_severity") or row.get("severity") or row.get("suggested_severity") or ""
    )


class CaseListTableModel(RowsTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.columns = [
            (tr("级别"), lambda r: SEVERITY_NUMERALS.get(_level(r), "—")),
            (tr("案例"), lambda r: r["title"]),
            (tr("阶段"), lambda r: PHASES.get(r["phase"], r["phase"])),
            (tr("场景"), lambda r: SCENARIOS.get(r["scenario"], r["scenario"])),
            (tr("响应时钟"), lambda r: r["clock"]["label"]),
            (tr("舆情"), lambda r: r["mention_count"]),
            (tr("负面"), lambda r: r["negative_count"]),
            (tr("声明"), lambda r: r["statement_count"]),
            (tr("负责人"), lambda r: r["owner"]),
            (tr("立案"), lambda r: short_time(r["opened_at"])),
        ]

    def foreground(self, row: dict[str, Any], column: int) -> Any:
        if column == 4:
            state = row["clock"]["state"]
            return MISSED if state == "missed" else MET if state == "met" else None
        if row["phase"] == "closed":
            return QColor("#6b7280")
        return None

    def decoration(self, row: dict[str, Any], column: int) -> Any:
        if column == 0:
            return SEVERITY_COLOURS.get(_level(row))
        return None


class LinkedMentionsTableModel(RowsTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.columns = [
            (tr("发布时间"), lambda r: short_time(r["posted_at"])),
            (tr("平台"), lambda r: r["platform"]),
            (tr("作者"), lambda r: r["author"]),
            (tr("粉丝"), lambda r: f"{r['followers']:,}" if r.get("followers") is not None else ""),
            (tr("情感"), lambda r: SENTIMENTS.get(r["sentiment"], r["sentiment"])),
            (tr("转发"), lambda r: r.get("reposts") if r.get("reposts") is not None else ""),
            (tr("内容"), lambda r: (r.get("text") or "")[:140]),
        ]

    def foreground(self, row: dict[str, Any], column: int) -> Any:
        if column == 4:
            return SENTIMENT_COLOURS.get(row["sentiment"])
        return None


class TimelineTableModel(RowsTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.columns = [
            (tr("时间"), lambda r: short_time(r["at"])),
            (tr("事项"), lambda r: EVENT_KINDS.get(r["kind"], r["kind"])),
            (tr("内容"), lambda r: r["text"]),
            (tr("记录人"), lambda r: r["by"]),
            (tr("方式"), lambda r: tr("自动") if r["auto"] else tr("手动")),
        ]


def channel_label(key: str) -> str:
    return STATEMENT_CHANNELS.get(key) or CHANNELS.get(key, key)


class StatementsTableModel(RowsTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.columns = [
            (tr("渠道"), lambda r: channel_label(r["channel"])),
            (tr("类型"), lambda r: STATEMENT_KINDS.get(r["kind"], r["kind"])),
            (tr("版本"), lambda r: r["version"]),
            (tr("状态"), lambda r: STATEMENT_STATUSES.get(r["status"], r["status"])),
            (
                tr("审批"),
                lambda r: (
                    f"{r['approval']['approver_name']} {short_time(r['approval']['at'])}"
                    if r.get("approval")
                    else tr("未审批")
                ),
            ),
            (tr("发布时间"), lambda r: short_time(r.get("published_at"))),
        ]

    def foreground(self, row: dict[str, Any], column: int) -> Any:
        if column == 3:
            return {"draft": QColor("#92400e"), "published": MET}.get(row["status"])
        return None


class ActionsTableModel(RowsTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.columns = [
            (tr("改进措施"), lambda r: r["text"]),
            (tr("负责人"), lambda r: r["owner"]),
            (tr("期限"), lambda r: r.get("due_date") or ""),
            (tr("状态"), lambda r: tr("已完成") if r.get("done_at") else tr("进行中")),
        ]
