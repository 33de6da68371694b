"""The case report: the data, the 专报-ordered HTML (rendered to PDF by printing/case_report.py
through Qt printing) and the .xlsx workbook. Contacts are masked (core/pii)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, fields
from html import escape
from pathlib import Path
from typing import Any

from desktop.core.case_vocab import (
    EVENT_KINDS,
    SENTIMENT_HEX,
    SEVERITY_HEX,
    STATEMENT_CHANNELS,
    STATEMENT_KINDS,
    STATEMENT_STATUSES,
)
from desktop.core.pii import mask_phone_numbers
from desktop.core.severity import sensitive_words_in
from desktop.core.vocab import CHANNELS, SENTIMENTS, SEVERITY_NUMERALS
from desktop.services import cases
from desktop.sheets.case_report_sheet import SheetSpec, WriteReport, write_case_xlsx
from desktop.storage.workspace import Workspace


@dataclass
class ReportData(cases.CaseDetail):
    """The whole case with its chart and the workspace's name; contacts already masked."""

    chart: cases.ChartData
    workspace: dict[str, Any]  # Workspace.info(): name, brand, client


def report_data(workspace: Workspace, case_id: int) -> ReportData:
    detail = cases.case_detail(workspace, case_id)
    for mention in detail.mentions:
        mention["contact"] = mask_phone_numbers(mention.get("contact") or "")
        mention["text"] = mask_phone_numbers(mention.get("text") or "")
    return ReportData(
        **{item.name: getattr(detail, item.name) for item in fields(cases.CaseDetail)},
        chart=cases.volume_series(workspace, case_id),
        workspace=workspace.info(),
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


def recommendations(data: ReportData) -> list[str]:
    """What to do next, from the case's state; the review's lessons come first."""
    case = data.case
    out: list[str] = []
    if data.clock["state"] == "running":
        out.append("尽快发布暂缓声明：响应时限还在计时。")
    if data.clock["state"] == "missed" and not data.clock["first_holding_at"]:
        out.append("已超过响应时限仍未发布暂缓声明：立即发布，并在复盘中说明原因。")
    if any(s["status"] == "draft" for s in data.statements):
        out.append("仍有声明草稿未审批：请由危机通讯录中的审批人审批后再发布。")
    if not case.get("severity"):
        out.append("尚未人工定级：参考系统建议并写明理由。")
    if data.mention_counts.get("neg") and case["phase"] in ("detected", "assessing"):
        out.append("负面舆情持续：按场景预案进入应对阶段，统一口径（口径一致）。")
    open_actions = [a for a in data.actions if not a.get("done_at")]
    if open_actions:
        out.append(f"还有 {len(open_actions)} 项改进措施未完成，按期跟进。")
    if data.review_missing:
        out.append("结案前完成复盘：" + "、".join(data.review_missing) + "。")
    return out


def report_html(data: ReportData, chart_image: str | None = None) -> str:
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
    h.append(f"<h1>舆情专报：{escape(case['title'])}</h1>")
    h.append(
        f"<p class='muted'>{escape(info.get('brand') or info.get('name') or '')}"
        f" · 案例编号 {case['id']} · 立案 {_short(case['opened_at'])}</p>"
    )

    # 一、概况
    h.append("<h2>一、概况</h2><table width='100%' cellspacing='0' border='1'>")
    level_text = (
        f"<span style='background:{colour};color:white;padding:2px'>&nbsp;"
        f"{SEVERITY_NUMERALS.get(level, '—')}级&nbsp;</span> {escape(data.labels['severity'])}"
    )
    rows = [
        ("级别", level_text),
        ("定级理由", _p(case.get("severity_reason") or "")),
        ("系统建议", escape(_suggestion_line(data))),
        ("场景", escape(data.labels["scenario"])),
        ("阶段", escape(data.labels["phase"])),
        ("起因", escape(data.labels["cause"] or "—")),
        ("性质", escape(data.labels["nature"] or "—")),
        (
            "范围",
            escape(
                "；".join(
                    x
                    for x in (
                        case.get("scope_platforms"),
                        case.get("scope_regions"),
                        case.get("scope_media"),
                    )
                    if x
                )
                or "—"
            ),
        ),
        ("负责人", escape(case.get("owner") or "—")),
        ("发现时间", _short(case.get("detected_at"))),
        ("响应时钟", escape(clock["label"])),
        ("结案时间", _short(case.get("closed_at")) or "—"),
        ("摘要", _p(case.get("summary") or "")),
    ]
    h += [f"<tr><th width='18%'>{k}</th><td>{v}</td></tr>" for k, v in rows]
    h.append("</table>")

    # 二、传播
    h.append("<h2>二、传播</h2>")
    h.append(
        f"<p>关联舆情 {counts['total']} 条（负面 {counts.get('neg', 0)}、中性 {counts.get('neu', 0)}、"
        f"正面 {counts.get('pos', 0)}、未判定 {counts.get('unknown', 0)}）；"
        f"首条 {_short(reach['first_posted_at']) or '—'}，末条 {_short(reach['last_posted_at']) or '—'}；"
        f"涉及粉丝合计 {reach['followers_sum']:,}，单个账号最多 {reach['followers_max']:,}；"
        f"转发合计 {reach['reposts_sum']:,}。</p>"
    )
    if data.platforms:
        h.append(
            "<p>平台分布："
            + "、".join(f"{escape(k or '未知')} {v} 条" for k, v in data.platforms.items())
            + "</p>"
        )
    if chart_image:
        h.append(
            f"<p><img src='{escape(Path(chart_image).as_uri())}' width='640'/></p>"
            "<p class='muted'>图：关联舆情按情感的声量变化，竖线为应对动作。</p>"
        )
    chart = data.chart
    if chart.starts:
        neg = chart.series.get("neg", [])
        if neg:
            peak_index = max(range(len(neg)), key=lambda i: neg[i])
            h.append(
                f"<p>负面峰值：{chart.starts[peak_index].strftime('%m-%d %H:%M')}，"
                f"{neg[peak_index]} 条/{'小时' if chart.bucket == 'hour' else '天'}。</p>"
            )
    top = sorted(data.mentions, key=lambda m: m.get("followers") or 0, reverse=True)[:5]
    if top:
        h.append("<p><b>影响力最大的发布者</b></p><table cellspacing='0' border='1' width='100%'>")
        h.append("<tr><th>作者</th><th>平台</th><th>粉丝</th><th>时间</th></tr>")
        for m in top:
            h.append(
                f"<tr><td>{escape(m.get('author') or '')}</td><td>{escape(m.get('platform') or '')}</td>"
                f"<td>{(m.get('followers') or 0):,}</td><td>{_short(m.get('posted_at'))}</td></tr>"
            )
        h.append("</table>")

    # 三、内容
    h.append("<h2>三、内容与情感</h2>")
    words: Counter[str] = Counter()
    for m in data.mentions:
        words.update(set(sensitive_words_in(f"{m.get('title') or ''} {m.get('text') or ''}")))
    h.append("<table cellspacing='0' border='1'><tr><th>情感</th><th>条数</th></tr>")
    for key, label in SENTIMENTS.items():
        h.append(
            f"<tr><td><span style='color:{SENTIMENT_HEX[key]}'>■</span> {label}</td>"
            f"<td>{counts.get(key, 0)}</td></tr>"
        )
    h.append("</table>")
    if words:
        h.append(
            "<p>敏感词："
            + "、".join(f"{escape(w)}（{c}）" for w, c in words.most_common(10))
            + "</p>"
        )
    factors = data.suggestion.get("factors") or []
    if factors:
        h.append("<p><b>级别研判依据</b></p><ul>")
        for f in factors:
            h.append(
                f"<li>{escape(f['label'])}：{escape(f['value'])}（{f['points']}/{f['max_points']} 分）"
                f" {escape(f['explanation'])}</li>"
            )
        h.append("</ul>")
    samples = [m for m in data.mentions if m.get("sentiment") == "neg"]
    samples = sorted(samples, key=lambda m: m.get("followers") or 0, reverse=True)[:5]
    if samples:
        h.append("<p><b>典型负面内容</b>（联系方式已打码）</p><ul>")
        h += [
            f"<li>{escape(m.get('author') or '')}：{escape((m.get('text') or '')[:120])}</li>"
            for m in samples
        ]
        h.append("</ul>")

    # 四、应对
    h.append("<h2>四、应对</h2><table cellspacing='0' border='1' width='100%'>")
    h.append(
        "<tr><th width='20%'>时间</th><th width='14%'>事项</th><th>内容</th><th>记录人</th></tr>"
    )
    for e in data.events:
        h.append(
            f"<tr><td>{_short(e['at'])}</td><td>{escape(EVENT_KINDS.get(e['kind'], e['kind']))}</td>"
            f"<td>{_p(e['text'])}</td><td>{escape(e.get('by') or '')}</td></tr>"
        )
    h.append("</table>")
    if data.statements:
        h.append("<p><b>声明</b></p>")
        for s in data.statements:
            approval = s.get("approval")
            approved = (
                f"{escape(approval['approver_name'])} 于 {_short(approval['at'])} 审批"
                if approval
                else "未审批"
            )
            h.append(
                f"<p><b>{escape(_channel(s['channel']))} · {escape(STATEMENT_KINDS.get(s['kind'], s['kind']))}"
                f"</b>（第 {s['version']} 版，{STATEMENT_STATUSES.get(s['status'], s['status'])}；{approved}"
                f"{'；发布 ' + _short(s['published_at']) if s.get('published_at') else ''}）<br/>"
                f"{_p(s['body'])}</p>"
            )
    inform = data.inform
    if inform["informed"]:
        h.append("<p>须知会：" + "、".join(escape(p["name"]) for p in inform["informed"]) + "</p>")

    # 五、建议
    h.append("<h2>五、建议</h2>")
    review = [
        ("做得好的", case.get("what_worked")),
        ("做得不好的", case.get("what_failed")),
        ("根本原因", case.get("root_cause")),
        ("经验教训", case.get("lessons")),
        ("结果", case.get("outcome")),
    ]
    if any(v for _, v in review):
        h.append("<table cellspacing='0' border='1' width='100%'>")
        h += [f"<tr><th width='18%'>{k}</th><td>{_p(v or '')}</td></tr>" for k, v in review]
        h.append("</table>")
    if data.actions:
        h.append("<p><b>改进措施</b></p><table cellspacing='0' border='1' width='100%'>")
        h.append("<tr><th>措施</th><th>负责人</th><th>期限</th><th>状态</th></tr>")
        for a in data.actions:
            h.append(
                f"<tr><td>{escape(a['text'])}</td><td>{escape(a.get('owner') or '')}</td>"
                f"<td>{escape(a.get('due_date') or '')}</td><td>{'已完成' if a.get('done_at') else '进行中'}</td></tr>"
            )
        h.append("</table>")
    recs = recommendations(data)
    if recs:
        h.append("<ul>" + "".join(f"<li>{escape(r)}</li>" for r in recs) + "</ul>")
    h.append("</body></html>")
    return "".join(h)


def _suggestion_line(data: cases.CaseDetail) -> str:
    suggestion = data.suggestion
    if not suggestion.get("level"):
        return "—"
    return f"{SEVERITY_NUMERALS[suggestion['level']]}级（{suggestion.get('score', 0)} 分）"


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
    ]


def export_xlsx(workspace: Workspace, case_id: int, out: Path) -> WriteReport:
    data = report_data(workspace, case_id)
    return write_case_xlsx(Path(out), report_sheets(data))
