"""The drill report (PDF through printing/drill_report.py, .xlsx through sheets/drill_sheet.py):
the finished drill's figures against the level's targets, what it found and the lessons.

Read from the real workspace's drill row only, so the report works after the drill copy is
deleted. Worded in a language (the display language by default); what people wrote (the
title, the timeline's texts, the lessons) stays as written."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from desktop.core import messages
from desktop.core.case_vocab import SEVERITY_HEX
from desktop.core.case_words import minutes_text
from desktop.core.drill_rules import Measures, reworded, roles_text
from desktop.core.message_catalogue import CATALOGUE
from desktop.core.messages import Language
from desktop.core.vocab import SCENARIOS, SEVERITY_NUMERALS
from desktop.services.drills.finishing import get_drill
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
    language: Language = "zh"

    def say(self, message_id: str, **params: Any) -> str:
        return messages.text(message_id, self.language, **params)

    @property
    def findings(self) -> list[str]:
        return reworded(self.measures, self.language)


def _minutes(value: int | None, language: Language) -> str:
    return (
        messages.text("drill.not_done", language)
        if value is None
        else minutes_text(value, language)
    )


def _short(value: str | None) -> str:
    return str(value or "").replace("T", " ")[:16]


def measure_lines(measures: Measures, language: Language = "zh") -> list[MeasureLine]:
    def say(message_id: str) -> str:
        return messages.text(message_id, language)

    target = measures.target_minutes
    share = f"{measures.checklist_done}/{measures.checklist_total}"
    idle = messages.text("list.separator", language).join(
        roles_text(r, language) for r in measures.missing_roles
    )
    return [
        MeasureLine(
            say("drill.measure.holding"),
            _minutes(measures.holding_minutes, language),
            minutes_text(target, language),
            measures.holding_met,
        ),
        MeasureLine(
            say("drill.measure.approval"),
            _minutes(measures.approval_minutes, language),
            minutes_text(measures.approval_target_minutes, language),
            measures.approval_met,
        ),
        MeasureLine(
            say("drill.measure.notice"),
            _minutes(measures.internal_notice_minutes, language),
            "—",
            None,
        ),
        MeasureLine(
            say("drill.measure.checklist"),
            f"{share}（{measures.checklist_share:.0%}）"
            if language == "zh"
            else f"{share} ({measures.checklist_share:.0%})",
            say("drill.all"),
            measures.checklist_total > 0 and measures.checklist_done == measures.checklist_total,
        ),
        MeasureLine(
            say("drill.measure.idle_roles"),
            idle or say("drill.none"),
            say("drill.none"),
            not measures.missing_roles,
        ),
    ]


def report_data(
    workspace: Workspace, drill_id: int, language: Language | None = None
) -> DrillReport:
    """The report's content in `language` (the display language when None)."""
    shown = language or messages.display_language()
    drill = get_drill(workspace, drill_id)
    measures = Measures.from_dict(drill["measures"])
    return DrillReport(drill, measures, measure_lines(measures, shown), workspace.info(), shown)


def met_label(met: bool | None, language: Language = "zh") -> str:
    if met is None:
        return "—"
    return messages.text("drill.met" if met else "drill.missed", language)


def lesson_mark(lesson: dict[str, Any], language: Language = "zh") -> str:
    kind, _, ref = str(lesson.get("applied") or "").partition(":")
    if not kind:
        return ""
    target_id = f"drill.lesson_target.{kind}"
    target = messages.text(target_id, language) if target_id in CATALOGUE else kind
    return messages.text("drill.applied", language, target=target, ref=ref)


def overview_rows(data: DrillReport) -> list[tuple[str, str]]:
    drill = data.drill
    say = data.say
    kind = drill["source_kind"]
    kind_id = f"drill.source_kind.{kind}"
    source = say(kind_id) if kind_id in CATALOGUE else kind
    colon = "：" if data.language == "zh" else ": "
    level = say("drill.level_row", numeral=SEVERITY_NUMERALS.get(drill["level"], drill["level"]))
    return [
        (say("drill.row.drill"), drill["title"]),
        (say("drill.row.source"), f"{source}{colon}{drill['source_ref']}"),
        (say("drill.row.scenario"), messages.label(SCENARIOS, drill["scenario"], data.language)),
        (say("drill.row.level"), level),
        (
            say("drill.row.plan"),
            f"#{drill['plan_id']}" if drill["plan_id"] is not None else say("drill.no_plan"),
        ),
        (say("drill.row.started"), _short(drill["started_at"])),
        (say("drill.row.finished"), _short(drill["finished_at"])),
        (
            say("drill.row.speed"),
            say(
                "drill.speed",
                speed=f"{drill['speed']:g}",
                minutes=minutes_text(drill["drill_minutes"], data.language),
            ),
        ),
        (say("drill.row.injects"), f"{drill['injects_delivered']}/{drill['injects_total']}"),
        (say("drill.row.participants"), drill["participants"] or "—"),
        (say("drill.row.result"), say("drill.met" if data.measures.passed else "drill.missed")),
    ]


def report_html(data: DrillReport) -> str:
    drill = data.drill
    say = data.say
    language = data.language
    colour = SEVERITY_HEX.get(drill["level"], "#757575")
    level = say("drill.level_row", numeral=SEVERITY_NUMERALS.get(drill["level"], ""))
    h = [
        "<html><head><style>h1{font-size:18pt;margin:0} h2{font-size:13pt;"
        "border-bottom:1px solid #999;margin-top:14px} td,th{padding:3px 6px;"
        "vertical-align:top} th{background:#eee;text-align:left} .muted{color:#666}"
        ".miss{color:#d32f2f} .met{color:#388e3c}</style></head><body>",
        f"<h1>{escape(say('drill.report.title', title=drill['title']))}</h1>",
        f"<p class='muted'>{escape(data.workspace.get('brand') or data.workspace.get('name') or '')}"
        f" · {escape(say('drill.report.number', id=drill['id']))} · "
        f"<span style='background:{colour};color:white'>&nbsp;{escape(level)}&nbsp;</span></p>",
        f"<h2>{say('drill.report.overview')}</h2><table width='100%' cellspacing='0' border='1'>",
    ]
    for name, value in overview_rows(data):
        h.append(f"<tr><th width='18%'>{escape(name)}</th><td>{escape(value)}</td></tr>")
    h.append(f"</table><h2>{say('drill.report.measures')}</h2>")
    h.append("<table width='100%' cellspacing='0' border='1'>")
    h.append(_header_row([say(f"drill.col.{c}") for c in ("measure", "result", "target", "met")]))
    for line in data.lines:
        css = "" if line.met is None else ("met" if line.met else "miss")
        h.append(
            f"<tr><td>{escape(line.name)}</td><td>{escape(line.result)}</td>"
            f"<td>{escape(line.target)}</td><td class='{css}'>"
            f"{met_label(line.met, language)}</td></tr>"
        )
    h.append(f"</table><h2>{say('drill.report.findings')}</h2>")
    findings = data.findings
    h.append(
        "<ol>" + "".join(f"<li>{escape(f)}</li>" for f in findings) + "</ol>"
        if findings
        else f"<p>{say('drill.report.no_findings')}</p>"
    )
    h.append(f"<h2>{say('drill.report.timeline')}</h2>")
    timeline = drill["timeline"]
    if timeline:
        h.append("<table width='100%' cellspacing='0' border='1'>")
        h.append(_header_row([say(f"drill.col.{c}") for c in ("time", "event", "text", "by")]))
        for event in timeline:
            h.append(
                f"<tr><td>{escape(event['offset'])}</td>"
                f"<td>{escape(messages.word(event['kind'], language))}</td>"
                f"<td>{escape(event['text'])}</td><td>{escape(event['by'])}</td></tr>"
            )
        h.append("</table>")
    else:
        h.append("<p>—</p>")
    h.append(f"<h2>{say('drill.report.lessons')}</h2>")
    lessons = drill["lessons"]
    if lessons:
        h.append("<ol>")
        for lesson in lessons:
            mark = lesson_mark(lesson, language)
            shown = f"（{escape(mark)}）" if language == "zh" else f" ({escape(mark)})"
            suffix = f" <span class='muted'>{shown}</span>" if mark else ""
            h.append(f"<li>{escape(lesson['text'])}{suffix}</li>")
        h.append("</ol>")
    else:
        h.append("<p>—</p>")
    h.append("</body></html>")
    return "".join(h)


def _header_row(names: list[str]) -> str:
    return "<tr>" + "".join(f"<th>{escape(n)}</th>" for n in names) + "</tr>"


def report_sheets(data: DrillReport) -> list[SheetSpec]:
    say = data.say
    language = data.language

    def cols(*names: str) -> list[str]:
        return [say(f"drill.col.{n}") for n in names]

    return [
        SheetSpec(
            say("drill.sheet.overview"),
            cols("item", "content"),
            overview_rows(data),
            widths={0: 14, 1: 70},
            autofilter=False,
        ),
        SheetSpec(
            say("drill.sheet.measures"),
            cols("measure", "result", "target", "met"),
            [(m.name, m.result, m.target, met_label(m.met, language)) for m in data.lines],
            widths={0: 18, 1: 30, 2: 16, 3: 12},
        ),
        SheetSpec(
            say("drill.sheet.findings"),
            cols("number", "finding"),
            [(n, f) for n, f in enumerate(data.findings, start=1)],
            widths={1: 80},
        ),
        SheetSpec(
            say("drill.sheet.timeline"),
            cols("drill_time", "event", "text", "by"),
            [
                (x["offset"], messages.word(x["kind"], language), x["text"], x["by"])
                for x in data.drill["timeline"]
            ],
            widths={2: 70},
        ),
        SheetSpec(
            say("drill.sheet.lessons"),
            cols("number", "lesson", "applied"),
            [
                (n, x["text"], lesson_mark(x, language))
                for n, x in enumerate(data.drill["lessons"], start=1)
            ],
            widths={1: 70, 2: 24},
        ),
    ]


def export_xlsx(
    workspace: Workspace, drill_id: int, out: Path, language: Language | None = None
) -> WriteReport:
    """The report as .xlsx in `language` (the display language when None)."""
    return write_drill_xlsx(Path(out), report_sheets(report_data(workspace, drill_id, language)))
