"""The 日报/周报 as HTML (printed to PDF by printing/period_report.py through Qt) and as the
sheets of its .xlsx (written by sheets/period_report_sheet.py through the safe writer), in the
order 舆情概况 → 传播情况 → 内容分析 → 处置情况 → 建议."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from desktop.core.vocab import SEVERITY_NUMERALS
from desktop.services.overview import CATEGORIES, DelayStats
from desktop.services.reports.data import ReportData, phase_text
from desktop.sheets.period_report_sheet import SheetSpec

STYLE = (
    "h1{font-size:18pt;margin:0} h2{font-size:13pt;border-bottom:1px solid #999;margin-top:14px}"
    " td,th{padding:3px 6px;vertical-align:top} th{background:#eee;text-align:left}"
    " .muted{color:#666}"
)


def _short(value: str | None) -> str:
    return str(value or "").replace("T", " ")[:16]


def _table(headers: list[str], rows: list[tuple[Any, ...]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(str(v))}</td>" for v in row) + "</tr>" for row in rows
    )
    return f"<table width='100%' cellspacing='0' border='1'><tr>{head}</tr>{body}</table>"


def _delay_rows(data: ReportData, stats: list[DelayStats], empty: str) -> list[tuple[Any, ...]]:
    w = data.words
    return [
        (s.key or empty, s.figure.value, w.minutes(s.median_minutes), w.minutes(s.p90_minutes))
        for s in stats
    ]


def _peak(data: ReportData) -> str:
    volume = data.volume
    totals = [sum(volume.series[c][n] for c in CATEGORIES) for n in range(len(volume.buckets))]
    if not totals or not max(totals):
        return ""
    at = max(range(len(totals)), key=lambda n: totals[n])
    bucket = volume.buckets[at].replace("T", " ") + (":00" if len(volume.buckets[at]) == 13 else "")
    return data.words("peak", at=bucket, n=totals[at])


def report_html(data: ReportData, chart_image: str | None = None) -> str:
    w = data.words
    info = data.workspace
    h = [f"<html><head><style>{STYLE}</style></head><body>"]
    h.append(f"<h1>{escape(info.get('brand') or info.get('name') or '')} {escape(data.title)}</h1>")
    h.append(
        f"<p class='muted'>{w('period')}: {data.period.label()} · {w('previous')}:"
        f" {data.previous.label()} · {w('generated')}: {data.generated_at:%Y-%m-%d %H:%M}</p>"
    )
    # 一、舆情概况
    h.append(f"<h2>{w('s1')}</h2>")
    h.append(
        _table([w("item"), w("this_period"), w("last_period"), w("change")], data.summary_rows())
    )
    cards = data.cards
    h.append(
        f"<p>{w('overdue')}: <b>{cards.overdue_confirmed.value + cards.overdue_suggested.value}</b>"
        f" — {escape(w('overdue_note', h=cards.window_hours, n=cards.overdue_confirmed.value, s=cards.overdue_suggested.value))}</p>"
    )
    h.append(f"<p class='muted'>{escape(w('counting_note'))}</p>")
    # 二、传播情况
    h.append(f"<h2>{w('s2')}</h2>")
    if chart_image:
        h.append(
            f"<p><img src='{escape(Path(chart_image).as_uri())}' width='1000'/></p>"
            f"<p class='muted'>{escape(w('chart_caption'))}</p>"
        )
    peak = _peak(data)
    if peak:
        h.append(f"<p>{escape(peak)}</p>")
    h.append(f"<p><b>{w('top_posts')}</b></p>")
    if data.top_posts:
        h.append(
            _table(
                [
                    w("time"),
                    w("platform"),
                    w("author"),
                    w("followers"),
                    w("reposts"),
                    w("sentiment"),
                    w("content"),
                ],
                [
                    (
                        _short(p.posted_at),
                        p.platform,
                        p.author,
                        f"{p.followers:,}",
                        f"{p.reposts:,}",
                        w.sentiment(p.sentiment),
                        p.text[:80],
                    )
                    for p in data.top_posts
                ],
            )
        )
    else:
        h.append(f"<p>{w('none')}</p>")
    # 三、内容分析
    h.append(f"<h2>{w('s3')}</h2><p><b>{w('issue_types')}</b></p>")
    if data.issue_types:
        h.append(
            _table(
                [w("issue_type"), w("mentions")],
                [(w.issue_type(f.label, data.issue_labels), f.value) for f in data.issue_types],
            )
        )
    else:
        h.append(f"<p>{w('none')}</p>")
    h.append(f"<p><b>{w('watch_groups')}</b></p>")
    if data.watch_groups is None:
        h.append(f"<p>{w('no_groups')}</p>")
    else:
        h.append(
            _table([w("group"), w("mentions")], [(f.label, f.value) for f in data.watch_groups])
        )
    h.append(f"<p><b>{w('typical')}</b></p>")
    if data.typical:
        h.append(
            "<ul>"
            + "".join(
                f"<li>{escape(w.who(p.author, p.platform))}{'：' if not w.english else ': '}"
                f"{escape(p.text[:140])}</li>"
                for p in data.typical
            )
            + "</ul>"
        )
    else:
        h.append(f"<p>{w('none')}</p>")
    # 四、处置情况
    h.append(f"<h2>{w('s4')}</h2>")
    overall = data.response.overall
    if overall:
        h.append(
            "<p>"
            + escape(
                w(
                    "replies",
                    n=overall.figure.value,
                    median=w.minutes(overall.median_minutes),
                    p90=w.minutes(overall.p90_minutes),
                )
            )
            + "</p>"
        )
        columns = [w("platform"), w("mentions"), w("median"), w("p90")]
        h.append(f"<p><b>{w('by_platform')}</b></p>")
        h.append(_table(columns, _delay_rows(data, data.response.by_platform, "—")))
        columns[0] = w("owner")
        h.append(f"<p><b>{w('by_owner')}</b></p>")
        h.append(_table(columns, _delay_rows(data, data.response.by_owner, w("unassigned"))))
    else:
        h.append(f"<p>{w('no_replies')}</p>")
    h.append(f"<p><b>{w('cases')}</b></p>")
    if data.cases:
        h.append(
            _table(
                [w("case"), w("level"), w("phase"), w("clock")],
                [
                    (
                        c.title,
                        SEVERITY_NUMERALS.get(c.severity, "—"),
                        phase_text(w, c.phase),
                        w.clock(c.clock),
                    )
                    for c in data.cases
                ],
            )
        )
    else:
        h.append(f"<p>{w('no_cases')}</p>")
    h.append(f"<p><b>{w('statements')}</b></p>")
    if data.statements:
        h.append(
            _table(
                [w("time"), w("case"), w("channel"), w("kind")],
                [
                    (_short(s["published_at"]), s["case_title"], s["channel"], s["kind"])
                    for s in data.statements
                ],
            )
        )
    else:
        h.append(f"<p>{w('no_statements')}</p>")
    # 五、建议
    h.append(f"<h2>{w('s5')}</h2><ol>")
    h += [f"<li>{escape(text)}</li>" for text in data.recommendations]
    h.append("</ol></body></html>")
    return "".join(h)


def report_sheets(data: ReportData) -> list[SheetSpec]:
    w = data.words
    cards = data.cards
    summary: list[tuple[Any, ...]] = [
        (w("period"), data.period.label(), data.previous.label(), ""),
        *data.summary_rows(),
        (
            w("overdue"),
            cards.overdue_confirmed.value + cards.overdue_suggested.value,
            "",
            w(
                "overdue_note",
                h=cards.window_hours,
                n=cards.overdue_confirmed.value,
                s=cards.overdue_suggested.value,
            ),
        ),
    ]
    volume = data.volume
    volume_rows = [
        (bucket, *(volume.series[c][n] for c in CATEGORIES))
        for n, bucket in enumerate(volume.buckets)
    ]
    posts = [
        (
            _short(p.posted_at),
            p.platform,
            p.author,
            p.followers,
            p.reposts,
            p.comments,
            w.sentiment(p.sentiment),
            p.text,
        )
        for p in data.top_posts
    ]
    content: list[tuple[Any, ...]] = [
        (w("issue_types"), w.issue_type(f.label, data.issue_labels), f.value)
        for f in data.issue_types
    ]
    content += [(w("watch_groups"), f.label, f.value) for f in data.watch_groups or []]
    content += [(w("typical"), w.who(p.author, p.platform), p.text) for p in data.typical]
    handling: list[tuple[Any, ...]] = []
    if data.response.overall:
        o = data.response.overall
        handling.append(
            (w("median"), "", o.figure.value, w.minutes(o.median_minutes), w.minutes(o.p90_minutes))
        )
    for label, stats, empty in (
        (w("by_platform"), data.response.by_platform, "—"),
        (w("by_owner"), data.response.by_owner, w("unassigned")),
    ):
        handling += [(label, *row) for row in _delay_rows(data, stats, empty)]
    handling += [
        (
            w("cases"),
            c.title,
            SEVERITY_NUMERALS.get(c.severity, ""),
            phase_text(w, c.phase),
            w.clock(c.clock),
        )
        for c in data.cases
    ]
    handling += [
        (w("statements"), s["case_title"], s["channel"], s["kind"], _short(s["published_at"]))
        for s in data.statements
    ]
    return [
        SheetSpec(
            w("summary_sheet"),
            [w("item"), w("this_period"), w("last_period"), w("change")],
            summary,
            autofilter=False,
            widths={0: 22, 3: 40},
        ),
        SheetSpec(w("volume_sheet"), [w("bucket"), *(w(c) for c in CATEGORIES)], volume_rows),
        SheetSpec(
            w("posts_sheet"),
            [
                w("time"),
                w("platform"),
                w("author"),
                w("followers"),
                w("reposts"),
                w("comments"),
                w("sentiment"),
                w("content"),
            ],
            posts,
            date_columns={0},
            widths={7: 70},
        ),
        SheetSpec(
            w("content_sheet"), [w("section"), w("item"), w("value")], content, widths={2: 70}
        ),
        SheetSpec(
            w("handling_sheet"), [w("section"), w("item"), "", "", ""], handling, autofilter=False
        ),
        SheetSpec(
            w("advice_sheet"),
            [w("s5")],
            [(text,) for text in data.recommendations],
            widths={0: 100},
            autofilter=False,
        ),
    ]
