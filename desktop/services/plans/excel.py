"""Plans as an Excel workbook: export one plan or all of them, import them back.

The layout and the safe reading and writing are sheets/plan_sheet; this module turns plans
into rows and rows back into plan content. Import is per plan and all or nothing for each: a
plan with a bad row (a score of 9, a 问答库 number that is not a number, an unknown scenario)
is not touched, and the row is reported with its sheet, number and reason; the other plans
in the file are imported (a changed plan becomes a new draft version, an unchanged one stays).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core import messages, plan_content
from desktop.core.changes import Changes
from desktop.core.errors import UserError
from desktop.core.messages import Language
from desktop.core.plan_vocab import SCORE_MAX, SCORE_MIN, STATUSES
from desktop.core.progress import Progress
from desktop.core.vocab import ACTIVITIES, CHANNELS, SCENARIOS
from desktop.services.plans.records import Plan, create_plan, find_plan, get_plan, save_plan
from desktop.sheets import plan_sheet
from desktop.sheets.plan_sheet import COLUMNS, PlanWorkbook
from desktop.storage.workspace import Workspace

READ_MEMORY_BYTES = 512 * 1024 * 1024  # the parsing child's limits
READ_TIMEOUT_SECONDS = 60


def _label(key: str, vocabulary: Mapping[str, str]) -> str:
    return vocabulary.get(key, key)


def _key(text: Any, vocabulary: Mapping[str, str]) -> str | None:
    """The key of a label or key (None when the vocabulary has neither)."""
    wanted = str(text or "").strip()
    for key, label in vocabulary.items():
        if wanted == label or wanted.lower() == key:
            return key
    return None


def plan_rows(plan: Plan) -> dict[str, list[list[Any]]]:
    """One plan's rows per sheet, in COLUMNS order."""
    scenario = _label(plan.scenario, SCENARIOS)
    content = plan.content
    return {
        plan_sheet.PLANS_SHEET: [
            [
                scenario,
                content.title,
                content.summary,
                content.internal_notice,
                content.escalate_when,
                content.stand_down_when,
                plan.version,
                _label(plan.status, STATUSES),
                (plan.last_tested_at or "")[:10],
            ]
        ],
        plan_sheet.RISKS_SHEET: [
            [scenario, r.what, r.likelihood, r.impact, r.early_signs, r.watch_group]
            for r in content.risks
        ],
        plan_sheet.DUTIES_SHEET: [
            [scenario, d.role, d.text, d.person, _label(d.activity, ACTIVITIES)]
            for d in content.duties
        ],
        plan_sheet.MESSAGES_SHEET: [
            [scenario, m.text, m.kb_entry_id if m.kb_entry_id is not None else ""]
            for m in content.messages
        ],
        plan_sheet.CHANNELS_SHEET: [
            [scenario, c.order, _label(c.channel, CHANNELS), c.note] for c in content.channels
        ],
        plan_sheet.REMEDIES_SHEET: [[scenario, r.option, r.granted_by] for r in content.remedies],
    }


@dataclass
class ExportResult:
    path: Path
    plans: int
    changes: Changes = field(default_factory=Changes)

    def as_dict(self) -> dict[str, Any]:
        return {"path": str(self.path), "plans": self.plans}


def export_xlsx(
    workspace: Workspace,
    out: Path | str,
    plans: Iterable[int | str] | None = None,
    language: Language | None = None,
) -> ExportResult:
    """These plans (ids or scenarios; all when None) into one workbook; its sheet names and
    headers in `language` (the display language when None), the plans' cells as written."""
    from desktop.services.plans.records import list_plans

    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise UserError("请把预案导出为 .xlsx 文件。", hint="请把文件名改为以 .xlsx 结尾。")
    chosen = [get_plan(workspace, p) for p in plans] if plans is not None else None
    if chosen is None:
        chosen = [get_plan(workspace, s.id) for s in list_plans(workspace)]
    if not chosen:
        raise UserError("工作区里还没有预案。", hint="在“预案”页新建，或导入预案 Excel。")
    rows: dict[str, list[list[Any]]] = {name: [] for name in COLUMNS}
    for plan in chosen:
        for name, part in plan_rows(plan).items():
            rows[name] += part
    plan_sheet.write_plan_xlsx(out, rows, language or messages.display_language())
    return ExportResult(out, len(chosen))


# -- import --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rejected:
    sheet: str
    row: int
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "row": self.row, "reason": self.reason}


@dataclass
class ImportResult:
    created: list[str] = field(default_factory=list)  # scenario keys
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    skipped_plans: list[str] = field(default_factory=list)  # plans left alone for a bad row

    @property
    def changes(self) -> Changes:
        return Changes(plans=True, audit=True) if self.created or self.updated else Changes()

    def as_dict(self) -> dict[str, Any]:
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped_plans": self.skipped_plans,
            "rejected": [r.as_dict() for r in self.rejected],
        }


def read_workbook(file: Path, progress: Progress | None = None) -> PlanWorkbook:
    """Parsing untrusted files runs in a child process with limits (DESIGN.md §8)."""
    from desktop.services.importing.isolation import Limits, run_isolated

    workbook: PlanWorkbook = run_isolated(
        plan_sheet.read_plan_xlsx,
        Path(file),
        progress=progress,
        limits=Limits(memory_bytes=READ_MEMORY_BYTES, timeout_seconds=READ_TIMEOUT_SECONDS),
    )
    return workbook


def _score_problem(what: str, value: Any) -> str:
    text = str(value).strip()
    if text.isdigit() and SCORE_MIN <= int(text) <= SCORE_MAX:
        return ""
    return messages.text(
        "plan_import.score",
        what=messages.text(f"plan_import.{what}"),
        low=SCORE_MIN,
        high=SCORE_MAX,
        value=value,
    )


def _row_problem(sheet: str, row: Mapping[str, Any]) -> str:
    """Why a row cannot be imported ('' when it can)."""
    if sheet == plan_sheet.RISKS_SHEET:
        for key in ("likelihood", "impact"):
            problem = _score_problem(key, row.get(key, ""))
            if problem:
                return problem
    if sheet == plan_sheet.MESSAGES_SHEET:
        entry = str(row.get("kb_entry_id", "")).strip()
        if entry and not entry.isdigit():
            return messages.text("plan_import.kb_number", entry=entry)
    if sheet == plan_sheet.DUTIES_SHEET:
        activity = str(row.get("activity", "")).strip()
        if activity and _key(activity, ACTIVITIES) is None:
            return messages.text("plan_import.activity", name=activity)
    return ""


def _content_data(parts: Mapping[str, list[dict[str, Any]]]) -> dict[str, Any]:
    head = parts[plan_sheet.PLANS_SHEET][0]

    def rows(sheet: str) -> list[dict[str, Any]]:
        return parts.get(sheet, [])

    return {
        **{k: head.get(k, "") for k in plan_content.TEXT_FIELDS},
        "risks": rows(plan_sheet.RISKS_SHEET),
        "duties": [
            {**r, "activity": _key(r.get("activity", ""), ACTIVITIES) or ""}
            for r in rows(plan_sheet.DUTIES_SHEET)
        ],
        "messages": rows(plan_sheet.MESSAGES_SHEET),
        "channels": [
            {**r, "channel": _key(r.get("channel"), CHANNELS) or str(r.get("channel", "")).strip()}
            for r in rows(plan_sheet.CHANNELS_SHEET)
        ],
        "remedies": rows(plan_sheet.REMEDIES_SHEET),
    }


def import_xlsx(
    workspace: Workspace, file: Path | str, progress: Progress | None = None
) -> ImportResult:
    """Every plan in the file: created when its scenario has none, else saved (a new version
    when changed). A plan with any bad row is left alone and its rows are reported."""
    workbook = read_workbook(Path(file), progress)
    return apply_workbook(workspace, workbook)


def apply_workbook(workspace: Workspace, workbook: PlanWorkbook) -> ImportResult:
    result = ImportResult()
    grouped: dict[str, dict[str, list[dict[str, Any]]]] = {}
    bad: set[str] = set()
    for sheet, rows in workbook.sheets.items():
        for row in rows:
            scenario = _key(row.get("scenario"), SCENARIOS)
            if scenario is None:
                result.rejected.append(
                    Rejected(
                        sheet,
                        int(row["_row"]),
                        messages.text(
                            "plan_import.scenario",
                            name=row.get("scenario") or messages.text("plan_import.empty"),
                        ),
                    )
                )
                continue
            problem = _row_problem(sheet, row)
            if problem:
                result.rejected.append(Rejected(sheet, int(row["_row"]), problem))
                bad.add(scenario)
            grouped.setdefault(scenario, {}).setdefault(sheet, []).append(row)
    for scenario, parts in grouped.items():
        heads = parts.get(plan_sheet.PLANS_SHEET, [])
        if len(heads) != 1:
            first = next(iter(parts.values()))[0]
            title = plan_sheet.sheet_title(plan_sheet.PLANS_SHEET, messages.display_language())
            reason = (
                messages.text("plan_import.no_head", sheet=title)
                if not heads
                else messages.text("plan_import.many_heads", sheet=title, n=len(heads))
            )
            result.rejected.append(Rejected(plan_sheet.PLANS_SHEET, int(first["_row"]), reason))
            bad.add(scenario)
        if scenario in bad:
            result.skipped_plans.append(scenario)
            continue
        try:
            content = plan_content.from_dict(_content_data(parts))
        except UserError as error:
            head_row = int(heads[0]["_row"])
            result.rejected.append(Rejected(plan_sheet.PLANS_SHEET, head_row, error.message))
            result.skipped_plans.append(scenario)
            continue
        existing = find_plan(workspace, scenario)
        if existing is None:
            create_plan(workspace, scenario, content, note="从 Excel 导入")
            result.created.append(scenario)
        elif save_plan(workspace, existing.id, content, note="从 Excel 导入").changed:
            result.updated.append(scenario)
        else:
            result.unchanged.append(scenario)
    return result
