"""The plans workbook: one sheet per part of a plan, each row naming its scenario, so one plan
or every plan (the binder) goes in one file and reads back cell for cell.

Writing goes through the app's safe writer (text stays text: "=SUM(A1)" is written as a
string, never a formula; temp file then rename). Reading uses openpyxl read-only (defusedxml
asserted); the service runs it in a child process. Rows come back as header-keyed dicts with
their row number (`_row`), so a bad row is rejected by number.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core import messages
from desktop.core.errors import UserError
from desktop.core.messages import Language
from desktop.core.progress import Progress
from desktop.sheets.small_workbook import open_small_workbook
from desktop.sheets.write_rules import unescape_ooxml
from desktop.sheets.writer import SheetSpec, WriteReport, write_xlsx

PLANS_SHEET = "预案"
RISKS_SHEET = "评估-风险"
DUTIES_SHEET = "计划-第一小时清单"
MESSAGES_SHEET = "计划-口径"
CHANNELS_SHEET = "计划-发布顺序"
REMEDIES_SHEET = "计划-补偿与补救"

# (key, header) per sheet, in the order written. "scenario" is the scenario's label.
COLUMNS: dict[str, list[tuple[str, str]]] = {
    PLANS_SHEET: [
        ("scenario", "场景"),
        ("title", "标题"),
        ("summary", "说明"),
        ("internal_notice", "内部通知模板"),
        ("escalate_when", "升级条件"),
        ("stand_down_when", "解除条件"),
        ("version", "版本（只读）"),
        ("status", "状态（只读）"),
        ("last_tested_at", "上次演练（只读）"),
    ],
    RISKS_SHEET: [
        ("scenario", "场景"),
        ("what", "可能发生什么"),
        ("likelihood", "可能性（1-5）"),
        ("impact", "影响（1-5）"),
        ("early_signs", "早期征兆"),
        ("watch_group", "监测组"),
    ],
    DUTIES_SHEET: [
        ("scenario", "场景"),
        ("role", "角色"),
        ("text", "事项"),
        ("person", "负责人"),
        ("activity", "职责矩阵事项"),
    ],
    MESSAGES_SHEET: [
        ("scenario", "场景"),
        ("text", "口径"),
        ("kb_entry_id", "问答库编号"),
    ],
    CHANNELS_SHEET: [
        ("scenario", "场景"),
        ("order", "顺序"),
        ("channel", "渠道"),
        ("note", "说明"),
    ],
    REMEDIES_SHEET: [
        ("scenario", "场景"),
        ("option", "补偿或补救方案"),
        ("granted_by", "可批准人"),
    ],
}
# sheet → its id in the catalogue (core/message_catalogue_plans: "plan_sheet.…"), where the
# sheet's name and headers have their English; the import reads either language's.
SHEET_IDS: dict[str, str] = {
    PLANS_SHEET: "plans",
    RISKS_SHEET: "risks",
    DUTIES_SHEET: "duties",
    MESSAGES_SHEET: "messages",
    CHANNELS_SHEET: "channels",
    REMEDIES_SHEET: "remedies",
}
README_SHEET = "说明"
README = (
    "应急预案导出（CrisisDesk）：每个场景一份预案，每一行的“场景”写明它属于哪份预案。",
    "“预案”表每个场景一行：标题、说明、内部通知模板、升级与解除条件；带“（只读）”的列导入时不读。",
    "“评估-风险”表：可能性和影响填 1–5 的整数，风险值 = 可能性 × 影响（导出时不写，导入时自动计算）。",
    "“计划-第一小时清单”：角色、事项、负责人；“职责矩阵事项”填危机通讯录的事项名称或留空。",
    "“计划-口径”：问答库编号填问答库条目的编号（数字）或留空。“计划-发布顺序”按顺序列由小到大发布。",
    "导入时按场景匹配：内容有变化的预案成为新的草稿版本，需要重新审批；有错误行的预案整份不导入，其他预案照常导入。",
    "以 = + - @ 开头的文字按文字保存，不会被当作公式。",
)


@dataclass
class PlanWorkbook:
    """What a plans workbook holds: sheet name → rows (header-keyed, with `_row`)."""

    sheets: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def sheet_title(sheet: str, language: Language = "zh") -> str:
    """A sheet's name in `language` (the Chinese name is the key everywhere else)."""
    return messages.text(f"plan_sheet.sheet.{SHEET_IDS[sheet]}", language)


def header_of(sheet: str, key: str, language: Language = "zh") -> str:
    return messages.text(f"plan_sheet.{SHEET_IDS[sheet]}.{key}", language)


def write_plan_xlsx(
    path: Path, rows: Mapping[str, Sequence[Sequence[Any]]], language: Language = "zh"
) -> WriteReport:
    """Rows per sheet in the column order of COLUMNS, through the app's safe writer; sheet
    names, headers and the notes in `language` (the cells as given)."""
    specs = [
        SheetSpec(
            sheet_title(name, language),
            [header_of(name, key, language) for key, _label in columns],
            rows.get(name, ()),
        )
        for name, columns in COLUMNS.items()
    ]
    notes = [[messages.text(f"plan_sheet.readme.{i}", language)] for i in range(1, 8)]
    readme = messages.text("plan_sheet.sheet.readme", language)
    specs.append(SheetSpec(readme, [readme], notes, widths={0: 100}, autofilter=False))
    return write_xlsx(Path(path), specs)


def _value(value: Any) -> Any:
    """A cell as written: whole numbers stay numbers, text is unescaped, blanks are ''."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int | float):
        return value
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return unescape_ooxml(str(value))


def read_plan_xlsx(path: Path, progress: Progress | None = None) -> PlanWorkbook:
    """Read every known sheet (openpyxl read-only); rows without any value are skipped.
    `progress` is run_isolated's calling convention; a plans file is small."""
    workbook = open_small_workbook(path, too_big="预案文件太大（超过 20 MB），不像是预案。")
    result = PlanWorkbook()
    try:
        present = {
            name: title
            for name in COLUMNS
            for title in (name, sheet_title(name, "en"))
            if title in workbook.sheetnames
        }
        if PLANS_SHEET not in present:
            raise UserError(
                f"文件中没有“{PLANS_SHEET}”工作表。", hint="请用“导出 Excel”得到的文件作模板。"
            )
        for name, columns in COLUMNS.items():
            if name not in present:
                continue
            # either language's headers (an English workbook reads back as a Chinese one)
            by_label = {label: key for key, label in columns}
            by_label |= {header_of(name, key, "en"): key for key, _label in columns}
            rows = workbook[present[name]].iter_rows(values_only=True)
            header = next(rows, None) or ()
            mapping = {
                i: by_label[str(h).strip()]
                for i, h in enumerate(header)
                if h is not None and str(h).strip() in by_label
            }
            if "scenario" not in mapping.values():
                raise UserError(f"“{name}”工作表缺少“场景”列。")
            target: list[dict[str, Any]] = []
            for row_number, row in enumerate(rows, start=2):
                values = {key: _value(row[i]) for i, key in mapping.items() if i < len(row)}
                if not any(str(v).strip() for v in values.values()):
                    continue
                values["_row"] = row_number
                target.append(values)
            result.sheets[name] = target
    finally:
        workbook.close()
    return result
