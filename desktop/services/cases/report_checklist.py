"""The activated plan's checklist in the case report (专报): which plan, and each item done
(by whom, when), skipped (by whom, why) or not done. A case without an activated plan adds
nothing, so its report stays as it was."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from desktop.core import messages
from desktop.core.messages import Language
from desktop.sheets.case_report_sheet import SheetSpec
from desktop.storage import plans as plan_store
from desktop.storage.plans import ChecklistRow
from desktop.storage.workspace import Workspace

SHEET_NAME = "预案清单"


@dataclass(frozen=True)
class PlanChecklist:
    """The plan a case activated and its ticked copy of the checklist. Read from storage:
    services.plans imports the importing package, which reaches services.cases (a cycle)."""

    title: str
    plan_version: int
    activated_at: str
    activated_by: str
    items: list[ChecklistRow]

    def counts(self) -> dict[str, int]:
        return {
            "total": len(self.items),
            "done": sum(1 for i in self.items if _done(i)),
            "skipped": sum(1 for i in self.items if i.skipped),
            "open": sum(1 for i in self.items if _open(i)),
        }


def _done(item: ChecklistRow) -> bool:
    return item.done_at is not None and not item.skipped


def _open(item: ChecklistRow) -> bool:
    return item.done_at is None and not item.skipped


def plan_checklist(workspace: Workspace, case_id: int) -> PlanChecklist | None:
    """None when the case activated no plan."""
    db = workspace.db
    if not plan_store.has_plan_tables(db):
        return None
    row = plan_store.case_plan(db, case_id)
    if row is None:
        return None
    plan = plan_store.get_plan(db, row.plan_id)
    return PlanChecklist(
        plan.title if plan else "",
        row.plan_version,
        row.activated_at,
        row.activated_by,
        plan_store.checklist(db, case_id),
    )


def _short(value: str | None) -> str:
    return str(value or "").replace("T", " ")[:16]


def item_state(item: ChecklistRow, language: Language = "zh") -> str:
    """完成：who when / 跳过：who（why）/ 未完成, in `language`."""
    if item.skipped:
        if item.skip_reason:
            return messages.text(
                "report.item_skipped", language, by=item.done_by, reason=item.skip_reason
            )
        return messages.text("report.item_skipped_no_reason", language, by=item.done_by)
    if item.done_at:
        return messages.text("report.item_done", language, by=item.done_by, at=_short(item.done_at))
    return messages.text("report.item_open", language)


def checklist_html(plan: PlanChecklist, language: Language = "zh") -> str:
    """The block under 四、应对: the plan, the tally, then one row per item."""

    def t(message_id: str, **params: Any) -> str:
        return messages.text(message_id, language, **params)

    head = t(
        "report.plan",
        title=escape(plan.title),
        version=plan.plan_version,
        by=escape(plan.activated_by),
        at=_short(plan.activated_at),
    )
    h = [f"<p><b>{head}</b></p>", f"<p>{t('report.plan_progress', **plan.counts())}</p>"]
    if plan.items:
        h.append("<table cellspacing='0' border='1' width='100%'><tr>")
        h += [f"<th>{t('report.c.' + c)}</th>" for c in ("role", "item", "person", "state")]
        h.append("</tr>")
        for item in plan.items:
            h.append(
                f"<tr><td>{escape(messages.word(item.role, language) or '—')}</td>"
                f"<td>{escape(item.text)}</td><td>{escape(item.person or '—')}</td>"
                f"<td>{escape(item_state(item, language))}</td></tr>"
            )
        h.append("</table>")
    return "".join(h)


def checklist_sheet(plan: PlanChecklist) -> SheetSpec:
    """The workbook's 预案清单 sheet (Chinese, as the workbook's other sheets)."""
    rows: list[tuple[Any, ...]] = []
    for number, item in enumerate(plan.items, start=1):
        state = "跳过" if item.skipped else "完成" if item.done_at else "未完成"
        rows.append(
            (
                number,
                item.role,
                item.text,
                item.person,
                state,
                item.done_by if not _open(item) else "",
                _short(item.done_at) if _done(item) else "",
                item.skip_reason if item.skipped else "",
                f"{plan.title}（第 {plan.plan_version} 版）",
            )
        )
    return SheetSpec(
        SHEET_NAME,
        ["序号", "角色", "事项", "负责人", "状态", "完成/跳过人", "完成时间", "跳过原因", "预案"],
        rows,
        date_columns={6},
        widths={2: 50, 7: 30, 8: 30},
    )
