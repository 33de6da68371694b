"""What a 日报/周报 says, computed once for the PDF and the workbook: the period's figures
against the previous period's, the spread, the content, the handling and the open items the
recommendations are made from. Built from the dashboard's own panels (services/overview), so the
report and the dashboard cannot disagree; contacts and phone numbers in texts are masked."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop.core.case_vocab import PHASES, STATEMENT_CHANNELS, STATEMENT_KINDS
from desktop.core.mention_filter import MentionFilter
from desktop.core.pii import mask_phone_numbers
from desktop.services import mentions as mention_service
from desktop.services import overview
from desktop.services.reports.words import STATEMENT_CHANNELS_EN, STATEMENT_KINDS_EN, Words
from desktop.storage import overview_query as query
from desktop.storage.overview_query import TopPost
from desktop.storage.workspace import Workspace

TOP_POSTS = 10
TYPICAL = 5


@dataclass
class ReportData:
    kind: str  # daily / weekly / custom
    words: Words
    period: overview.Period
    previous: overview.Period
    generated_at: datetime
    workspace: dict[str, Any]
    issue_labels: dict[str, str]
    cards: overview.Cards
    previous_cards: overview.Cards
    volume: overview.Volume
    top_posts: list[TopPost]
    issue_types: list[overview.Figure]
    watch_groups: list[overview.Figure] | None
    typical: list[TopPost]
    response: overview.ResponseTimes
    cases: list[overview.ActiveCase]
    statements: list[dict[str, Any]]
    unacknowledged_alerts: int | None
    recommendations: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.words(self.kind)

    def summary_rows(self) -> list[tuple[str, str, str, str]]:
        """(item, this period, last period, change) of 舆情概况."""
        w, now, before = self.words, self.cards, self.previous_cards
        rows = []
        for key in ("total", "neg_confirmed", "neg_suggested", "negative"):
            a, b = getattr(now, key).value, getattr(before, key).value
            rows.append((w(key), f"{a:,}", f"{b:,}", w.change(a, b)))
        points = (now.negative_share - before.negative_share) * 100
        rows.append(
            (
                w("negative_share"),
                f"{now.negative_share:.1%}",
                f"{before.negative_share:.1%}",
                f"{points:+.1f} pp" if w.english else f"{points:+.1f} 个百分点",
            )
        )
        for key in ("neu", "pos", "other"):
            a, b = now.categories[key], before.categories[key]
            rows.append((w(key), f"{a:,}", f"{b:,}", w.change(a, b)))
        return rows


def _masked(post: TopPost) -> TopPost:
    return TopPost(**{**post.__dict__, "text": mask_phone_numbers(post.text)[:200]})


def report_data(
    workspace: Workspace,
    kind: str,
    period: overview.Period,
    *,
    language: str = "zh",
    now: datetime | None = None,
) -> ReportData:
    moment = overview.workspace_now(workspace, now)
    words = Words(language)
    db = workspace.db
    base = period.mention_filter()
    negatives = period.mention_filter(sentiments=["neg"], sentiment_source="counted")
    alerts = overview.latest_alerts(workspace, limit=10_000)
    data = ReportData(
        kind=kind,
        words=words,
        period=period,
        previous=period.previous(),
        generated_at=moment,
        workspace=workspace.info(),
        issue_labels=mention_service.issue_types(workspace),
        cards=overview.cards(workspace, period, moment),
        previous_cards=overview.cards(workspace, period.previous(), moment),
        volume=overview.volume(workspace, period),
        top_posts=[_masked(p) for p in query.top_posts(db, base, TOP_POSTS)],
        issue_types=overview.issue_types(workspace, period),
        watch_groups=overview.watch_groups(workspace, period),
        typical=[_masked(p) for p in query.top_posts(db, negatives, TYPICAL, by="engagement")],
        response=overview.response_times(workspace, period),
        cases=overview.active_cases(workspace, moment),
        statements=_statements(workspace, period, words),
        unacknowledged_alerts=None if alerts is None else len(alerts),
    )
    data.recommendations = recommendations(data)
    return data


def _statements(
    workspace: Workspace, period: overview.Period, words: Words
) -> list[dict[str, Any]]:
    rows = query.statements_in(
        workspace.db, period.start.isoformat(), period.end.isoformat() + "T23:59:59~"
    )
    channels = STATEMENT_CHANNELS_EN if words.english else STATEMENT_CHANNELS
    kinds = STATEMENT_KINDS_EN if words.english else STATEMENT_KINDS
    for row in rows:
        row["channel"] = channels.get(row["channel"], row["channel"])
        row["kind"] = kinds.get(row["kind"], row["kind"])
    return rows


def recommendations(data: ReportData) -> list[str]:
    """建议 from what is still open: overdue negatives, alerts, case clocks, the trend."""
    w, cards = data.words, data.cards
    out: list[str] = []
    if cards.overdue_confirmed.value:
        out.append(w("rec_overdue", n=cards.overdue_confirmed.value, h=cards.window_hours))
    if cards.overdue_suggested.value:
        out.append(w("rec_suggested", n=cards.overdue_suggested.value))
    if data.unacknowledged_alerts:
        out.append(w("rec_alerts", n=data.unacknowledged_alerts))
    for case in data.cases:
        if case.clock_state == "missed" and not case.clock.get("first_holding_at"):
            out.append(w("rec_case_missed", title=case.title))
        elif case.clock_state == "running":
            out.append(w("rec_case_running", title=case.title, clock=w.clock(case.clock)))
    top = data.issue_types[0] if data.issue_types else None
    issue = w.issue_type(top.label, data.issue_labels) if top else ""
    rise = (cards.negative_share - data.previous_cards.negative_share) * 100
    if top and rise >= 5:
        out.append(w("rec_rising", pp=rise, issue=issue))
    elif top and top.value >= 3:
        out.append(w("rec_focus", issue=issue, n=top.value))
    return out or [w("rec_nothing")]


def phase_text(words: Words, key: str) -> str:
    return words.phase(key, PHASES.get(key, key))


def period_filter(data: ReportData) -> MentionFilter:
    return data.period.mention_filter()
