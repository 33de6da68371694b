"""Table models of the cases page: small row lists (a case holds hundreds, not millions),
each a `ui.rows_model.RowsTableModel` with its columns and colours."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor

from desktop.core.case_vocab import STATEMENT_CHANNELS
from desktop.core.vocab import SEVERITY_NUMERALS
from desktop.printing.chart import SENTIMENT_COLOURS
from desktop.ui.labels import clock_label, vocab_label
from desktop.ui.rows_model import Row, RowsTableModel
from desktop.ui.theme import SEVERITY_COLOURS

MISSED = QColor("#d32f2f")
MET = QColor("#388e3c")


def short_time(value: Any) -> str:
    return str(value or "").replace("T", " ")[:16]


def _level(row: Row) -> str:
    return (
        row.get("effective_severity") or row.get("severity") or row.get("suggested_severity") or ""
    )


class CaseListTableModel(RowsTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        columns = [
            (
                QCoreApplication.translate("CaseModels", "级别"),
                lambda r: SEVERITY_NUMERALS.get(_level(r), "—"),
            ),
            (QCoreApplication.translate("CaseModels", "案例"), lambda r: r["title"]),
            (
                QCoreApplication.translate("CaseModels", "阶段"),
                lambda r: vocab_label("PHASES", r["phase"]),
            ),
            (
                QCoreApplication.translate("CaseModels", "场景"),
                lambda r: vocab_label("SCENARIOS", r["scenario"]),
            ),
            (
                QCoreApplication.translate("CaseModels", "响应时钟"),
                lambda r: clock_label(r["clock"]),
            ),
            (QCoreApplication.translate("CaseModels", "舆情"), lambda r: r["mention_count"]),
            (QCoreApplication.translate("CaseModels", "负面"), lambda r: r["negative_count"]),
            (QCoreApplication.translate("CaseModels", "声明"), lambda r: r["statement_count"]),
            (QCoreApplication.translate("CaseModels", "负责人"), lambda r: r["owner"]),
            (
                QCoreApplication.translate("CaseModels", "立案"),
                lambda r: short_time(r["opened_at"]),
            ),
        ]
        super().__init__(columns, parent)

    def foreground(self, row: Row, column: int) -> QColor | None:
        if column == 4:
            state = row["clock"]["state"]
            return MISSED if state == "missed" else MET if state == "met" else None
        if row["phase"] == "closed":
            return QColor("#6b7280")
        return None

    def decoration(self, row: Row, column: int) -> Any:
        if column == 0:
            return SEVERITY_COLOURS.get(_level(row))
        return None


class LinkedMentionsTableModel(RowsTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        columns = [
            (
                QCoreApplication.translate("CaseModels", "发布时间"),
                lambda r: short_time(r["posted_at"]),
            ),
            (QCoreApplication.translate("CaseModels", "平台"), lambda r: r["platform"]),
            (QCoreApplication.translate("CaseModels", "作者"), lambda r: r["author"]),
            (
                QCoreApplication.translate("CaseModels", "粉丝"),
                lambda r: f"{r['followers']:,}" if r.get("followers") is not None else "",
            ),
            (
                QCoreApplication.translate("CaseModels", "情感"),
                lambda r: vocab_label("SENTIMENTS", r["sentiment"]),
            ),
            (
                QCoreApplication.translate("CaseModels", "转发"),
                lambda r: r.get("reposts") if r.get("reposts") is not None else "",
            ),
            (
                QCoreApplication.translate("CaseModels", "内容"),
                lambda r: (r.get("text") or "")[:140],
            ),
        ]
        super().__init__(columns, parent)

    def foreground(self, row: Row, column: int) -> QColor | None:
        if column == 4:
            return SENTIMENT_COLOURS.get(row["sentiment"])
        return None


class TimelineTableModel(RowsTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        columns = [
            (QCoreApplication.translate("CaseModels", "时间"), lambda r: short_time(r["at"])),
            (
                QCoreApplication.translate("CaseModels", "事项"),
                lambda r: vocab_label("EVENT_KINDS", r["kind"]),
            ),
            (QCoreApplication.translate("CaseModels", "内容"), lambda r: r["text"]),
            (QCoreApplication.translate("CaseModels", "记录人"), lambda r: r["by"]),
            (
                QCoreApplication.translate("CaseModels", "方式"),
                lambda r: (
                    QCoreApplication.translate("CaseModels", "自动")
                    if r["auto"]
                    else QCoreApplication.translate("CaseModels", "手动")
                ),
            ),
        ]
        super().__init__(columns, parent)


def channel_label(key: str) -> str:
    if key in STATEMENT_CHANNELS:
        return vocab_label("STATEMENT_CHANNELS", key)
    return vocab_label("CHANNELS", key)


class StatementsTableModel(RowsTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        columns = [
            (
                QCoreApplication.translate("CaseModels", "渠道"),
                lambda r: channel_label(r["channel"]),
            ),
            (
                QCoreApplication.translate("CaseModels", "类型"),
                lambda r: vocab_label("STATEMENT_KINDS", r["kind"]),
            ),
            (QCoreApplication.translate("CaseModels", "版本"), lambda r: r["version"]),
            (
                QCoreApplication.translate("CaseModels", "状态"),
                lambda r: vocab_label("STATEMENT_STATUSES", r["status"]),
            ),
            (
                QCoreApplication.translate("CaseModels", "审批"),
                lambda r: (
                    f"{r['approval']['approver_name']} {short_time(r['approval']['at'])}"
                    if r.get("approval")
                    else QCoreApplication.translate("CaseModels", "未审批")
                ),
            ),
            (
                QCoreApplication.translate("CaseModels", "发布时间"),
                lambda r: short_time(r.get("published_at")),
            ),
        ]
        super().__init__(columns, parent)

    def foreground(self, row: Row, column: int) -> QColor | None:
        if column == 3:
            return {"draft": QColor("#92400e"), "published": MET}.get(row["status"])
        return None


class ActionsTableModel(RowsTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        columns = [
            (QCoreApplication.translate("CaseModels", "改进措施"), lambda r: r["text"]),
            (QCoreApplication.translate("CaseModels", "负责人"), lambda r: r["owner"]),
            (QCoreApplication.translate("CaseModels", "期限"), lambda r: r.get("due_date") or ""),
            (
                QCoreApplication.translate("CaseModels", "状态"),
                lambda r: (
                    QCoreApplication.translate("CaseModels", "已完成")
                    if r.get("done_at")
                    else QCoreApplication.translate("CaseModels", "进行中")
                ),
            ),
        ]
        super().__init__(columns, parent)
