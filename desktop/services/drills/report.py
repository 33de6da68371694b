"""The drill report (PDF through printing/drill_report.py, .xlsx through sheets/drill_sheet.py):
the finished drill's figures against the level's targets, what it found and the lessons.

Read from the real workspace's drill row only, so the report works after the drill copy is
deleted."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from desktop.core.case_clock import format_minutes
from desktop.core.case_vocab import SEVERITY_HEX
from desktop.core.drill_rules import Measures
from desktop.core.vocab import SCENARIOS, SEVERITY_NUMERALS
from desktop.services.drills.finishing import get_drill
from desktop.services.drills.lessons import LESSON_TARGETS
from desktop.services.drills.sources import SOURCE_KINDS
from desktop.sheets.drill_sheet import SheetSpec, WriteReport, write_drill_xlsx
from desktop.storage.drills import DrillRow
from desktop.storage.workspace import Workspace


@dataclass(frozen=True)
class MeasureLine:
    """One line of the figures table: what, the result, the target, met or not."""

    name: str
    result: str
    target: str
    met: bool | None  # None: not judged against a target


@dataclass(frozen=True)
class DrillReport:
    drill: DrillRow
    measures: Measures
    lines: list[MeasureLine]
    workspace: dict[str, Any]


def _minutes(value: int | None) -> str:
    return "未完成" if value is None else format_minutes(value)


def _short(value: str | None) -> str:
    return str(value or "").replace("T", " ")[:16]


def measure_lines(measures: Measures) -> list[MeasureLine]:
    target = measures.target_minutes
    share = f"{measures.checklist_done}/{measures.checklist_total}"
    return [
        MeasureLine(
            "首个暂缓声明",
            _minutes(measures.holding_minutes),
            format_minutes(target),
            measures.holding_met,
        ),
        MeasureLine(
            "审批用时",
            _minutes(measures.approval_minutes),
            format_minutes(measures.approval_target_minutes),
            measures.approval_met,
        ),
        MeasureLine("内部通知", _minutes(measures.internal_notice_minutes), "—", None),
        MeasureLine(
            "清单完成",
            f"{share}（{measures.checklist_share:.0%}）",
            "全部",
            measures.checklist_total > 0 and measures.checklist_done == measures.checklist_total,
        ),
        MeasureLine(
            "无人行动的角色",
            "、".join(measures.missing_roles) or "无",
            "无",
            not measures.missing_roles,
        ),
    ]


def report_data(workspace: Workspace, drill_id: int) -> DrillReport:
    drill = get_drill(workspace, drill_id)
    measures = Measures.from_dict(drill["measures"])
    return DrillReport(drill, measures, measure_lines(measures), workspace.info())


def met_label(met: bool | None) -> str:
    return "—" if met is None else ("达标" if met else "未达标")


def lesson_mark(lesson: dict[str, Any]) -> str:
    kind, _, ref = str(lesson.get("applied") or "").partition(":")
    return f"已转为{LESSON_TARGETS.get(kind, kind)} #{ref}" if kind else ""


def overview_rows(data: DrillReport) -> list[tuple[str, str]]:
    drill = data.drill
    return [
        ("演练", drill["title"]),
        (
            "来源",
            f"{SOURCE_KINDS.get(drill['source_kind'], drill['source_kind'])}：{drill['source_ref']}",
        ),
        ("场景", SCENARIOS.get(drill["scenario"], drill["scenario"])),
        ("级别", f"{SEVERITY_NUMERALS.get(drill['level'], drill['level'])}级"),
        (
            "预案",
            f"#{drill['plan_id']}" if drill["plan_id"] is not None else "（无预案，用内置清单）",
        ),
        ("开始", _short(drill["started_at"])),
        ("结束", _short(drill["finished_at"])),
        ("速度", f"{drill['speed']:g} 倍（演练时长 {format_minutes(drill['drill_minutes'])}）"),
        ("演练事件", f"{drill['injects_delivered']}/{drill['injects_total']}"),
        ("参加人", drill["participants"] or "—"),
        ("结论", "达标" if data.measures.passed else "未达标"),
    ]


def report_html(data: DrillReport) -> str:
    drill = data.drill
    colour = SEVERITY_HEX.get(drill["level"], "#757575")
    h = [
        "<html><head><style>h1{font-size:18pt;margin:0} h2{font-size:13pt;"
        "border-bottom:1px solid #999;margin-top:14px} td,th{padding:3px 6px;"
        "vertical-align:top} th{background:#eee;text-align:left} .muted{color:#666}"
        ".miss{color:#d32f2f} .met{color:#388e3c}</style></head><body>",
        f"<h1>演练报告：{escape(drill['title'])}</h1>",
        f"<p class='muted'>{escape(data.workspace.get('brand') or data.workspace.get('name') or '')}"
        f" · 演练编号 {drill['id']} · <span style='background:{colour};color:white'>&nbsp;"
        f"{SEVERITY_NUMERALS.get(drill['level'], '')}级&nbsp;</span></p>",
        "<h2>一、概况</h2><table width='100%' cellspacing='0' border='1'>",
    ]
    for name, value in overview_rows(data):
        h.append(f"<tr><th width='18%'>{escape(name)}</th><td>{escape(value)}</td></tr>")
    h.append("</table><h2>二、指标（演练时间）</h2>")
    h.append("<table width='100%' cellspacing='0' border='1'>")
    h.append("<tr><th>指标</th><th>结果</th><th>目标</th><th>是否达标</th></tr>")
    for line in data.lines:
        css = "" if line.met is None else ("met" if line.met else "miss")
        h.append(
            f"<tr><td>{escape(line.name)}</td><td>{escape(line.result)}</td>"
            f"<td>{escape(line.target)}</td><td class='{css}'>{met_label(line.met)}</td></tr>"
        )
    h.append("</table><h2>三、发现的问题</h2>")
    findings = data.measures.findings
    h.append(
        "<ol>" + "".join(f"<li>{escape(f)}</li>" for f in findings) + "</ol>"
        if findings
        else "<p>没有发现问题：各项指标均在目标内。</p>"
    )
    h.append("<h2>四、演练经过（演练时间）</h2>")
    timeline = drill["timeline"]
    if timeline:
        h.append("<table width='100%' cellspacing='0' border='1'>")
        h.append("<tr><th>时间</th><th>事项</th><th>内容</th><th>记录人</th></tr>")
        for event in timeline:
            h.append(
                f"<tr><td>{escape(event['offset'])}</td><td>{escape(event['kind'])}</td>"
                f"<td>{escape(event['text'])}</td><td>{escape(event['by'])}</td></tr>"
            )
        h.append("</table>")
    else:
        h.append("<p>—</p>")
    h.append("<h2>五、经验教训</h2>")
    lessons = drill["lessons"]
    if lessons:
        h.append("<ol>")
        for lesson in lessons:
            mark = lesson_mark(lesson)
            suffix = f" <span class='muted'>（{escape(mark)}）</span>" if mark else ""
            h.append(f"<li>{escape(lesson['text'])}{suffix}</li>")
        h.append("</ol>")
    else:
        h.append("<p>—</p>")
    h.append("</body></html>")
    return "".join(h)


def report_sheets(data: DrillReport) -> list[SheetSpec]:
    return [
        SheetSpec(
            "概况", ["项目", "内容"], overview_rows(data), widths={0: 14, 1: 70}, autofilter=False
        ),
        SheetSpec(
            "指标",
            ["指标", "结果", "目标", "是否达标"],
            [(m.name, m.result, m.target, met_label(m.met)) for m in data.lines],
            widths={0: 18, 1: 30, 2: 16, 3: 12},
        ),
        SheetSpec(
            "发现",
            ["序号", "问题"],
            [(n, f) for n, f in enumerate(data.measures.findings, start=1)],
            widths={1: 80},
        ),
        SheetSpec(
            "经过",
            ["演练时间", "事项", "内容", "记录人"],
            [(x["offset"], x["kind"], x["text"], x["by"]) for x in data.drill["timeline"]],
            widths={2: 70},
        ),
        SheetSpec(
            "经验教训",
            ["序号", "教训", "去向"],
            [(n, x["text"], lesson_mark(x)) for n, x in enumerate(data.drill["lessons"], start=1)],
            widths={1: 70, 2: 24},
        ),
    ]


def export_xlsx(workspace: Workspace, drill_id: int, out: Path) -> WriteReport:
    return write_drill_xlsx(Path(out), report_sheets(report_data(workspace, drill_id)))
