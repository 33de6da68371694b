"""The case report: the data, the 专报-ordered HTML (rendered to PDF by printing/case_report.py
through Qt printing) and the .xlsx workbook. Contacts are masked (core/pii)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, fields
from html import escape
from pathlib import Path
from typing import Any

from desktop.core import messages
from desktop.core.case_vocab import (
    EVENT_KINDS,
    SENTIMENT_HEX,
    SEVERITY_HEX,
    STATEMENT_CHANNELS,
    STATEMENT_KINDS,
    STATEMENT_STATUSES,
)
from desktop.core.case_words import clock_label, factor_words
from desktop.core.messages import Language
from desktop.core.pii import mask_phone_numbers
from desktop.core.severity import sensitive_words_in
from desktop.core.vocab import CHANNELS, SENTIMENTS, SEVERITY_NUMERALS
from desktop.services import cases
from desktop.services.cases.report_checklist import (
    PlanChecklist,
    checklist_html,
    checklist_sheet,
    plan_checklist,
)
from desktop.sheets.case_report_sheet import SheetSpec, WriteReport, write_case_xlsx
from desktop.storage.workspace import Workspace


@dataclass
class ReportData(cases.CaseDetail):
    """The whole case with its chart and the workspace's name; contacts already masked."""

    chart: cases.ChartData
    workspace: dict[str, Any]  # Workspace.info(): name, brand, client
    plan: PlanChecklist | None = None  # the activated plan's checklist, when there is one


def report_data(workspace: Workspace, case_id: int) -> ReportData:
    detail = cases.case_detail(workspace, case_id)
    for mention in detail.mentions:
        mention["contact"] = mask_phone_numbers(mention.get("contact") or "")
        mention["text"] = mask_phone_numbers(mention.get("text") or "")
    return ReportData(
        **{item.name: getattr(detail, item.name) for item in fields(cases.CaseDetail)},
        chart=cases.volume_series(workspace, case_id),
        workspace=workspace.info(),
        plan=plan_checklist(workspace, case_id),
    )


def _short(value: str | None) -> str:
    """ISO time to 'YYYY-MM-DD HH:MM'."""
    if not value:
        return ""
    return str(value).replace("T", " ")[:16]


def _channel(key: str) -> str:
    return STATEMENT_CHANNELS.get(key) or CHANNELS.get(key, key)


def _p(text: str) -> str:
    return "<br/>".join(escape(line) for line in (text or "").splitlines()) or "—"


def recommendations(data: ReportData, language: Language = "zh") -> list[str]:
    """What to do next, from the case's state; the review's lessons come first."""
    case = data.case
    out: list[str] = []

    def say(message_id: str, **params: Any) -> None:
        out.append(messages.text(message_id, language, **params))

    if data.clock["state"] == "running":
        say("report.rec.running")
    if data.clock["state"] == "missed" and not data.clock["first_holding_at"]:
        say("report.rec.missed")
    if any(s["status"] == "draft" for s in data.statements):
        say("report.rec.drafts")
    if not case.get("severity"):
        say("report.rec.no_level")
    if data.mention_counts.get("neg") and case["phase"] in ("detected", "assessing"):
        say("report.rec.negative")
    open_actions = [a for a in data.actions if not a.get("done_at")]
    if open_actions:
        say("report.rec.actions", n=len(open_actions))
    if data.review_missing:
        say("report.rec.review", items=[messages.word(m, language) for m in data.review_missing])
    return out


def report_html(data: ReportData, chart_image: str | None = None, language: Language = "zh") -> str:
    """The 专报 as HTML in `language`: headings, labels and vocabulary words; what people
    wrote (titles, statements, timeline notes, mentions) stays as written."""

    def t(message_id: str, **params: Any) -> str:
        return messages.text(message_id, language, **params)

    def w(label: str) -> str:
        return messages.word(label, language)

    sep = t("list.separator")
    case = data.case
    level = data.effective_severity
    colour = SEVERITY_HEX.get(level, "#757575")
    info = data.workspace
    counts = data.mention_counts
    reach = data.reach
    clock = data.clock
    h: list[str] = []
    h.append(
        "<html><head><style>"
        "h1{font-size:18pt;margin:0} h2{font-size:13pt;border-bottom:1px solid #999;"
        "margin-top:14px} td,th{padding:3px 6px;vertical-align:top} th{background:#eee;"
        "text-align:left} .muted{color:#666}"
        "</style></head><body>"
    )
    h.append(f"<h1>{escape(t('report.title', title=case['title']))}</h1>")
    byline = t(
        "report.byline",
        brand=info.get("brand") or info.get("name") or "",
        id=case["id"],
        opened=_short(case["opened_at"]),
    )
    h.append(f"<p class='muted'>{escape(byline)}</p>")

    # 一、概况
    h.append(f"<h2>{t('report.h.overview')}</h2><table width='100%' cellspacing='0' border='1'>")
    numeral = SEVERITY_NUMERALS.get(level, "—")
    level_words = t("report.level", numeral=numeral) if level else f"{numeral}级"
    level_text = (
        f"<span style='background:{colour};color:white;padding:2px'>&nbsp;"
        f"{level_words}&nbsp;</span> {escape(w(data.labels['severity']))}"
    )
    scope = t("report.scope_separator").join(
        x
        for x in (case.get("scope_platforms"), case.get("scope_regions"), case.get("scope_media"))
        if x
    )
    clock_words = clock["label"] if language == "zh" else clock_label(clock, language)
    rows = [
        ("level", level_text),
        ("reason", _p(case.get("severity_reason") or "")),
        ("suggested", escape(_suggestion_line(data, language))),
        ("scenario", escape(w(data.labels["scenario"]))),
        ("phase", escape(w(data.labels["phase"]))),
        ("cause", escape(w(data.labels["cause"]) or "—")),
        ("nature", escape(w(data.labels["nature"]) or "—")),
        ("scope", escape(scope or "—")),
        ("owner", escape(case.get("owner") or "—")),
        ("detected", _short(case.get("detected_at"))),
        ("clock", escape(clock_words)),
        ("closed", _short(case.get("closed_at")) or "—"),
        ("summary", _p(case.get("summary") or "")),
    ]
    h += [f"<tr><th width='18%'>{t('report.f.' + k)}</th><td>{v}</td></tr>" for k, v in rows]
    h.append("</table>")

    # 二、传播
    h.append(f"<h2>{t('report.h.spread')}</h2>")
    spread = t(
        "report.spread",
        total=counts["total"],
        neg=counts.get("neg", 0),
        neu=counts.get("neu", 0),
        pos=counts.get("pos", 0),
        unknown=counts.get("unknown", 0),
        first=_short(reach["first_posted_at"]) or "—",
        last=_short(reach["last_posted_at"]) or "—",
        followers_sum=reach["followers_sum"],
        followers_max=reach["followers_max"],
        reposts_sum=reach["reposts_sum"],
    )
    h.append(f"<p>{spread}</p>")
    if data.platforms:
        items = sep.join(
            t("report.platform_item", platform=escape(k or t("report.unknown_platform")), n=v)
            for k, v in data.platforms.items()
        )
        h.append(f"<p>{t('report.platforms', items=items)}</p>")
    if chart_image:
        h.append(
            f"<p><img src='{escape(Path(chart_image).as_uri())}' width='640'/></p>"
            f"<p class='muted'>{t('report.chart_caption')}</p>"
        )
    chart = data.chart
    if chart.starts:
        neg = chart.series.get("neg", [])
        if neg:
            peak_index = max(range(len(neg)), key=lambda i: neg[i])
            peak = "report.peak_hour" if chart.bucket == "hour" else "report.peak_day"
            at = chart.starts[peak_index].strftime("%m-%d %H:%M")
            h.append(f"<p>{t(peak, at=at, n=neg[peak_index])}</p>")
    top = sorted(data.mentions, key=lambda m: m.get("followers") or 0, reverse=True)[:5]
    if top:
        h.append(
            f"<p><b>{t('report.top_authors')}</b></p><table cellspacing='0' border='1' width='100%'>"
        )
        h.append(
            "<tr>"
            + "".join(
                f"<th>{t('report.c.' + c)}</th>"
                for c in ("author", "platform", "followers", "time")
            )
            + "</tr>"
        )
        for m in top:
            h.append(
                f"<tr><td>{escape(m.get('author') or '')}</td><td>{escape(m.get('platform') or '')}</td>"
                f"<td>{(m.get('followers') or 0):,}</td><td>{_short(m.get('posted_at'))}</td></tr>"
            )
        h.append("</table>")

    # 三、内容
    h.append(f"<h2>{t('report.h.content')}</h2>")
    words: Counter[str] = Counter()
    for m in data.mentions:
        words.update(set(sensitive_words_in(f"{m.get('title') or ''} {m.get('text') or ''}")))
    h.append(
        f"<table cellspacing='0' border='1'><tr><th>{t('report.c.sentiment')}</th>"
        f"<th>{t('report.c.count')}</th></tr>"
    )
    for key, label in SENTIMENTS.items():
        h.append(
            f"<tr><td><span style='color:{SENTIMENT_HEX[key]}'>■</span> {w(label)}</td>"
            f"<td>{counts.get(key, 0)}</td></tr>"
        )
    h.append("</table>")
    if words:
        items = sep.join(
            t("report.word_count", word=escape(word), n=c) for word, c in words.most_common(10)
        )
        h.append(f"<p>{t('report.sensitive_words', items=items)}</p>")
    factors = data.suggestion.get("factors") or []
    if factors:
        h.append(f"<p><b>{t('report.factors')}</b></p><ul>")
        for f in factors:
            label, value, why = (
                (f["label"], f["value"], f["explanation"])
                if language == "zh"
                else factor_words(f, language)
            )
            line = t(
                "report.factor_line",
                label=escape(label),
                value=escape(value),
                points=f["points"],
                max_points=f["max_points"],
                why=escape(why),
            )
            h.append(f"<li>{line}</li>")
        h.append("</ul>")
    samples = [m for m in data.mentions if m.get("sentiment") == "neg"]
    samples = sorted(samples, key=lambda m: m.get("followers") or 0, reverse=True)[:5]
    if samples:
        h.append(f"<p><b>{t('report.samples')}</b>{t('report.samples_masked')}</p><ul>")
        h += [
            "<li>"
            + t(
                "report.sample",
                author=escape(m.get("author") or ""),
                text=escape((m.get("text") or "")[:120]),
            )
            + "</li>"
            for m in samples
        ]
        h.append("</ul>")

    # 四、应对
    h.append(f"<h2>{t('report.h.response')}</h2><table cellspacing='0' border='1' width='100%'>")
    h.append(
        f"<tr><th width='20%'>{t('report.c.time')}</th><th width='14%'>{t('report.c.what')}</th>"
        f"<th>{t('report.c.content')}</th><th>{t('report.c.by')}</th></tr>"
    )
    for e in data.events:
        kind = messages.label(EVENT_KINDS, e["kind"], language)
        h.append(
            f"<tr><td>{_short(e['at'])}</td><td>{escape(kind)}</td>"
            f"<td>{_p(e['text'])}</td><td>{escape(e.get('by') or '')}</td></tr>"
        )
    h.append("</table>")
    if data.statements:
        h.append(f"<p><b>{t('report.statements')}</b></p>")
        for s in data.statements:
            approval = s.get("approval")
            approved = (
                t(
                    "report.approved_by",
                    name=escape(approval["approver_name"]),
                    at=_short(approval["at"]),
                )
                if approval
                else t("report.not_approved")
            )
            published = (
                t("report.published", at=_short(s["published_at"])) if s.get("published_at") else ""
            )
            head = t(
                "report.statement_head",
                version=s["version"],
                status=messages.label(STATEMENT_STATUSES, s["status"], language),
                approval=approved,
                published=published,
            )
            channel = messages.word(_channel(s["channel"]), language)
            kind = messages.label(STATEMENT_KINDS, s["kind"], language)
            h.append(f"<p><b>{escape(channel)} · {escape(kind)}</b>{head}<br/>{_p(s['body'])}</p>")
    inform = data.inform
    if inform["informed"]:
        names = sep.join(escape(p["name"]) for p in inform["informed"])
        h.append(f"<p>{t('report.informed', names=names)}</p>")
    if data.plan is not None:
        h.append(checklist_html(data.plan, language))

    # 五、建议
    h.append(f"<h2>{t('report.h.advice')}</h2>")
    review: list[tuple[str, str]] = [
        (key, str(case.get(key) or ""))
        for key in ("what_worked", "what_failed", "root_cause", "lessons", "outcome")
    ]
    if any(v for _, v in review):
        h.append("<table cellspacing='0' border='1' width='100%'>")
        h += [
            f"<tr><th width='18%'>{t('report.r.' + k)}</th><td>{_p(v or '')}</td></tr>"
            for k, v in review
        ]
        h.append("</table>")
    if data.actions:
        h.append(
            f"<p><b>{t('report.actions')}</b></p><table cellspacing='0' border='1' width='100%'>"
        )
        h.append(
            "<tr>"
            + "".join(
                f"<th>{t('report.c.' + c)}</th>" for c in ("action", "owner", "due", "status")
            )
            + "</tr>"
        )
        for a in data.actions:
            done = t("report.action_done" if a.get("done_at") else "report.action_open")
            h.append(
                f"<tr><td>{escape(a['text'])}</td><td>{escape(a.get('owner') or '')}</td>"
                f"<td>{escape(a.get('due_date') or '')}</td><td>{done}</td></tr>"
            )
        h.append("</table>")
    recs = recommendations(data, language)
    if recs:
        h.append("<ul>" + "".join(f"<li>{escape(r)}</li>" for r in recs) + "</ul>")
    h.append("</body></html>")
    return "".join(h)


def _suggestion_line(data: cases.CaseDetail, language: Language = "zh") -> str:
    suggestion = data.suggestion
    if not suggestion.get("level"):
        return "—"
    return messages.text(
        "report.level_points",
        language,
        numeral=SEVERITY_NUMERALS[suggestion["level"]],
        score=suggestion.get("score", 0),
    )


def report_sheets(data: ReportData) -> list[SheetSpec]:
    case = data.case
    summary = [
        ("编号", case["id"]),
        ("标题", case["title"]),
        ("级别", SEVERITY_NUMERALS.get(data.effective_severity, "")),
        ("定级理由", case.get("severity_reason") or ""),
        ("系统建议", _suggestion_line(data)),
        ("场景", data.labels["scenario"]),
        ("阶段", data.labels["phase"]),
        ("起因", data.labels["cause"]),
        ("性质", data.labels["nature"]),
        ("平台", case.get("scope_platforms") or ""),
        ("地区", case.get("scope_regions") or ""),
        ("媒体", case.get("scope_media") or ""),
        ("负责人", case.get("owner") or ""),
        ("立案时间", _short(case["opened_at"])),
        ("发现时间", _short(case.get("detected_at"))),
        ("结案时间", _short(case.get("closed_at"))),
        ("响应时钟", data.clock["label"]),
        ("关联舆情", data.mention_counts["total"]),
        ("负面", data.mention_counts.get("neg", 0)),
        ("粉丝合计", data.reach["followers_sum"]),
        ("摘要", case.get("summary") or ""),
    ]
    for f in data.suggestion.get("factors") or []:
        summary.append(
            (
                f"研判：{f['label']}",
                f"{f['value']}（{f['points']}/{f['max_points']} 分）{f['explanation']}",
            )
        )
    timeline_rows = [
        (
            _short(e["at"]),
            EVENT_KINDS.get(e["kind"], e["kind"]),
            e["text"],
            e.get("by") or "",
            "自动" if e.get("auto") else "手动",
        )
        for e in data.events
    ]
    statement_rows = []
    for s in data.statements:
        approval = s.get("approval") or {}
        statement_rows.append(
            (
                _channel(s["channel"]),
                STATEMENT_KINDS.get(s["kind"], s["kind"]),
                s["version"],
                STATEMENT_STATUSES.get(s["status"], s["status"]),
                approval.get("approver_name", ""),
                _short(approval.get("at")),
                approval.get("method", ""),
                _short(s.get("published_at")),
                s["body"],
            )
        )
    mention_rows = [
        (
            m["id"],
            _short(m.get("posted_at")),
            m.get("platform") or "",
            m.get("author") or "",
            m.get("followers"),
            SENTIMENTS.get(m.get("sentiment") or "unknown", ""),
            m.get("text") or "",
            m.get("url") or "",
            m.get("contact") or "",
        )
        for m in data.mentions
    ]
    review_rows = [
        ("做得好的", case.get("what_worked") or ""),
        ("做得不好的", case.get("what_failed") or ""),
        ("根本原因", case.get("root_cause") or ""),
        ("经验教训", case.get("lessons") or ""),
        ("结果", case.get("outcome") or ""),
    ]
    for a in data.actions:
        review_rows.append(
            (
                "改进措施",
                f"{a['text']}（负责人：{a.get('owner') or '—'}；期限：{a.get('due_date') or '—'}；"
                f"{'已完成' if a.get('done_at') else '进行中'}）",
            )
        )
    return [
        SheetSpec("概况", ["项目", "内容"], summary, widths={0: 14, 1: 80}, autofilter=False),
        SheetSpec(
            "时间线",
            ["时间", "事项", "内容", "记录人", "方式"],
            timeline_rows,
            date_columns={0},
            widths={2: 70},
        ),
        SheetSpec(
            "声明",
            ["渠道", "类型", "版本", "状态", "审批人", "审批时间", "审批方式", "发布时间", "正文"],
            statement_rows,
            widths={8: 80},
        ),
        SheetSpec(
            "关联舆情",
            ["编号", "发布时间", "平台", "作者", "粉丝", "情感", "内容", "链接", "联系方式"],
            mention_rows,
            date_columns={1},
            widths={6: 60, 7: 30},
        ),
        SheetSpec("复盘", ["项目", "内容"], review_rows, widths={0: 14, 1: 80}, autofilter=False),
        *([checklist_sheet(data.plan)] if data.plan is not None else []),
    ]


def export_xlsx(workspace: Workspace, case_id: int, out: Path) -> WriteReport:
    data = report_data(workspace, case_id)
    return write_case_xlsx(Path(out), report_sheets(data))
