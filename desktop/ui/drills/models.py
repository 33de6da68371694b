"""The drill console's tables: injects, the plan's checklist, the statements, past drills."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor

from desktop.services import drills
from desktop.ui.labels import vocab_label
from desktop.ui.rows_model import RowsTableModel

DONE = QColor("#388e3c")
MISSED = QColor("#d32f2f")


def _tr(text: str) -> str:
    return QCoreApplication.translate("DrillModels", text)


def _inject_kind(line: drills.InjectLine) -> str:
    return _tr("舆情") if line.kind == "mention" else vocab_label("EVENT_KINDS", line.kind)


def injects_model(parent: QObject | None) -> RowsTableModel:
    return RowsTableModel(
        [
            (_tr("演练时间"), lambda r: r.at),
            (_tr("类型"), _inject_kind),
            (_tr("来源"), lambda r: r.source),
            (_tr("情感"), lambda r: vocab_label("SENTIMENTS", r.sentiment) if r.sentiment else ""),
            (_tr("内容"), lambda r: r.text),
        ],
        parent,
        tooltip=lambda r: r.text,
    )


def checklist_model(parent: QObject | None) -> RowsTableModel:
    def state(item: drills.ChecklistItem) -> str:
        if item.done:
            return _tr("已完成")
        return _tr("已跳过") if item.skipped else _tr("待办")

    return RowsTableModel(
        [
            (_tr("状态"), state),
            (_tr("角色"), lambda r: r.role),
            (_tr("事项"), lambda r: r.text),
            (_tr("完成人"), lambda r: r.by),
            (_tr("完成时间"), lambda r: r.at[11:16] if r.at else ""),
        ],
        parent,
        colour=lambda r: DONE if r.done else None,
    )


def statements_model(parent: QObject | None) -> RowsTableModel:
    def approver(row: dict) -> str:
        approval = row.get("approval") or {}
        return str(approval.get("approver_name") or "")

    return RowsTableModel(
        [
            (_tr("类型"), lambda r: vocab_label("STATEMENT_KINDS", r["kind"])),
            (_tr("渠道"), lambda r: vocab_label("STATEMENT_CHANNELS", r["channel"])),
            (_tr("状态"), lambda r: vocab_label("STATEMENT_STATUSES", r["status"])),
            (_tr("审批人"), approver),
            (_tr("正文"), lambda r: r["body"]),
        ],
        parent,
        colour=lambda r: DONE if r["status"] == "published" else None,
    )


def timeline_model(parent: QObject | None) -> RowsTableModel:
    return RowsTableModel(
        [
            (_tr("演练时间"), lambda r: r["offset"]),
            (_tr("事项"), lambda r: r["kind"]),
            (_tr("内容"), lambda r: r["text"]),
            (_tr("记录人"), lambda r: r["by"]),
        ],
        parent,
    )


def drills_model(parent: QObject | None) -> RowsTableModel:
    def holding(row: drills.DrillRow) -> str:
        minutes = row["measures"].get("holding_minutes")
        return _tr("未发布") if minutes is None else _tr("{m} 分钟").format(m=minutes)

    def checklist(row: drills.DrillRow) -> str:
        measures = row["measures"]
        return f"{measures.get('checklist_done', 0)}/{measures.get('checklist_total', 0)}"

    return RowsTableModel(
        [
            (_tr("编号"), lambda r: r["id"]),
            (_tr("结束时间"), lambda r: str(r["finished_at"])[:16].replace("T", " ")),
            (_tr("演练"), lambda r: r["title"]),
            (_tr("级别"), lambda r: vocab_label("SEVERITIES", r["level"])),
            (_tr("暂缓声明"), holding),
            (_tr("清单"), checklist),
            (_tr("结论"), lambda r: _tr("达标") if r["measures"].get("passed") else _tr("未达标")),
        ],
        parent,
        colour=lambda r: DONE if r["measures"].get("passed") else MISSED,
    )
