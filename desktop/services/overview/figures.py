"""The dashboard's panels, one function each (the bench times them one by one). Every number
carries the `MentionFilter` of exactly what it counts: the dashboard opens the mention log with
it, and a test checks that the log then shows as many rows as the number says.

Negatives follow the counting rule (core/triage_vocab): confirmed (a person or the sheet) and
confidently suggested (the model) are counted and always told apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from desktop.core.case_vocab import ACTION_KINDS
from desktop.core.mention_filter import NOT_SET, MentionFilter
from desktop.services import alerts as alert_service
from desktop.services import cases as case_service
from desktop.services import mentions as mention_service
from desktop.services.overview.period import Period, bucket_filter
from desktop.storage import overview_query as query
from desktop.storage.overview_query import CATEGORIES, AuthorReach
from desktop.storage.workspace import Workspace

TOP = 8  # rows of each "top …" panel
TREND_MONTHS = 12
LATEST_ALERTS = 5

# The stacked chart's categories as filters (sentiment + how it was decided).
CATEGORY_FILTERS: dict[str, dict[str, Any]] = {
    "neg_confirmed": {"sentiments": ["neg"], "sentiment_source": "confirmed"},
    "neg_suggested": {"sentiments": ["neg"], "sentiment_source": "suggested"},
    "neu": {"sentiments": ["neu"], "sentiment_source": "counted"},
    "pos": {"sentiments": ["pos"], "sentiment_source": "counted"},
    "other": {"sentiment_source": "uncounted"},
}
COUNTED_NEGATIVE: dict[str, Any] = {"sentiments": ["neg"], "sentiment_source": "counted"}


@dataclass(frozen=True)
class Figure:
    """A number on the dashboard and the mentions it counts (None: nothing to open)."""

    key: str
    value: int
    filter: MentionFilter | None
    label: str = ""  # a value the user chose (an issue type key, a group's name, an author)


def with_filter(base: MentionFilter, **conditions: Any) -> MentionFilter:
    return replace(base, **conditions)


# -- cards -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cards:
    total: Figure
    neg_confirmed: Figure
    neg_suggested: Figure
    negative: Figure  # both
    overdue_confirmed: Figure  # unanswered negatives past the response window (all dates)
    overdue_suggested: Figure
    window_hours: float
    categories: dict[str, int]

    @property
    def negative_share(self) -> float:
        return self.negative.value / self.total.value if self.total.value else 0.0


def cards(workspace: Workspace, period: Period, now: datetime) -> Cards:
    base = period.mention_filter()
    counts = query.category_counts(workspace.db, base)
    window = mention_service.response_window_hours(workspace)
    before = (now.astimezone(UTC) - timedelta(hours=window)).strftime("%Y-%m-%d %H:%M:%S")

    def overdue(source: str) -> MentionFilter:
        return MentionFilter(sentiments=["neg"], sentiment_source=source, unanswered_before=before)

    # one pass over the unanswered negatives for both parts (each part's own filter opens it)
    confirmed, suggested = query.confirmed_and_suggested(workspace.db, overdue("counted"))
    return Cards(
        total=Figure("total", sum(counts.values()), base),
        neg_confirmed=Figure(
            "neg_confirmed",
            counts["neg_confirmed"],
            with_filter(base, **CATEGORY_FILTERS["neg_confirmed"]),
        ),
        neg_suggested=Figure(
            "neg_suggested",
            counts["neg_suggested"],
            with_filter(base, **CATEGORY_FILTERS["neg_suggested"]),
        ),
        negative=Figure(
            "negative",
            counts["neg_confirmed"] + counts["neg_suggested"],
            with_filter(base, **COUNTED_NEGATIVE),
        ),
        overdue_confirmed=Figure("overdue_confirmed", confirmed, overdue("confirmed")),
        overdue_suggested=Figure("overdue_suggested", suggested, overdue("suggested")),
        window_hours=window,
        categories=counts,
    )


# -- the volume chart -------------------------------------------------------------------------


@dataclass(frozen=True)
class Marker:
    """Something drawn on the chart at a time: a case action or an alert."""

    at: str
    kind: str  # "case" | "alert"
    label: str  # the case's title or the alert's reason
    detail: str = ""  # the event kind


@dataclass
class Volume:
    """Mentions per bucket and category; `buckets` includes the empty ones."""

    period: Period
    buckets: list[str]
    series: dict[str, list[int]]
    markers: list[Marker] = field(default_factory=list)

    def filter_for(self, bucket_index: int, category: str) -> MentionFilter:
        """What one stacked bar segment counts."""
        base = with_filter(self.period.mention_filter(), **CATEGORY_FILTERS[category])
        return bucket_filter(base, self.buckets[bucket_index])

    def value(self, bucket_index: int, category: str) -> int:
        return self.series[category][bucket_index]

    @property
    def total(self) -> int:
        return sum(sum(values) for values in self.series.values())


def volume(workspace: Workspace, period: Period) -> Volume:
    buckets = period.buckets()
    at = {bucket: n for n, bucket in enumerate(buckets)}
    series = {category: [0] * len(buckets) for category in CATEGORIES}
    for bucket, category, count in query.volume(
        workspace.db, period.mention_filter(), period.bucket_chars
    ):
        if bucket in at:
            series[category][at[bucket]] += count
    start, end = period.start.isoformat(), period.end.isoformat() + "T23:59:59~"
    markers = [
        Marker(e["at"], "case", e["case_title"], e["kind"])
        for e in query.case_events_in(workspace.db, start, end)
        if e["kind"] in ACTION_KINDS  # what was done, not bookkeeping (links, level changes)
    ]
    markers += [
        Marker(a["at"], "alert", a["reason"], a["kind"])
        for a in _alerts_between(workspace, start, end)
    ]
    return Volume(period, buckets, series, sorted(markers, key=lambda m: m.at))


# -- top lists -------------------------------------------------------------------------------


def issue_types(workspace: Workspace, period: Period) -> list[Figure]:
    """Counted negatives by issue type (what the complaints are about), biggest first."""
    base = with_filter(period.mention_filter(), **COUNTED_NEGATIVE)
    counts = query.counts_by(workspace.db, base, "issue_type")
    return [
        Figure("issue_type", count, with_filter(base, issue_type=key), key)
        for key, count in counts.items()
        if key
    ][:TOP]


def watch_groups(workspace: Workspace, period: Period) -> list[Figure] | None:
    """Mentions per watch group in the period; None when the workspace has no groups yet."""
    if not query.has_tables(workspace.db, "mention_watch") or not query.has_rows(
        workspace.db, "watch_groups"
    ):
        return None
    base = period.mention_filter()
    return [
        Figure("watch_group", count, with_filter(base, watch_group_id=group_id), name)
        for group_id, name, count in query.watch_group_counts(workspace.db, base)
    ][:TOP]


@dataclass(frozen=True)
class AuthorFigure:
    author: AuthorReach
    figure: Figure  # the author's mentions in the period


def authors(workspace: Workspace, period: Period) -> list[AuthorFigure]:
    """Who reached most people in the period (largest follower count)."""
    base = period.mention_filter()
    return [
        AuthorFigure(
            row, Figure("author", row.mentions, with_filter(base, author=row.author), row.author)
        )
        for row in query.top_authors(workspace.db, base, TOP)
    ]


# -- response times --------------------------------------------------------------------------


@dataclass(frozen=True)
class DelayStats:
    """Time to first reply of one group of replied mentions."""

    key: str  # the platform or owner ("" = all, or not set)
    figure: Figure  # how many replied mentions (opens them)
    median_minutes: float
    p90_minutes: float


@dataclass(frozen=True)
class ResponseTimes:
    overall: DelayStats | None
    by_platform: list[DelayStats]
    by_owner: list[DelayStats]


def percentile(sorted_values: list[float], fraction: float) -> float:
    """Nearest-rank percentile of an ascending list (the median is 0.5)."""
    if not sorted_values:
        return 0.0
    rank = max(1, min(len(sorted_values), int(-(-fraction * len(sorted_values) // 1))))
    return sorted_values[rank - 1]


def _stats(key: str, seconds: list[float], mention_filter: MentionFilter | None) -> DelayStats:
    ordered = sorted(seconds)
    return DelayStats(
        key,
        Figure("replied", len(ordered), mention_filter, key),
        percentile(ordered, 0.5) / 60,
        percentile(ordered, 0.9) / 60,
    )


def response_times(workspace: Workspace, period: Period) -> ResponseTimes:
    """Median and 90th percentile of replied_at − posted_at, overall, by platform, by owner."""
    base = period.mention_filter(replied=True)
    delays = query.reply_delays(workspace.db, base)
    if not delays:
        return ResponseTimes(None, [], [])
    by_platform: dict[str, list[float]] = {}
    by_owner: dict[str, list[float]] = {}
    for platform, owner, seconds in delays:
        by_platform.setdefault(platform, []).append(seconds)
        by_owner.setdefault(owner, []).append(seconds)

    def grouped(groups: dict[str, list[float]], column: str) -> list[DelayStats]:
        rows = []
        for key, values in sorted(groups.items(), key=lambda item: (-len(item[1]), item[0])):
            # "" (no platform / no owner) is asked for as such: platform '' / owner NOT_SET
            narrowed = (
                with_filter(base, platforms=[key])
                if column == "platform"
                else with_filter(base, owner=key or NOT_SET)
            )
            rows.append(_stats(key, values, narrowed))
        return rows[:TOP]

    return ResponseTimes(
        _stats("", [s for _p, _o, s in delays], base),
        grouped(by_platform, "platform"),
        grouped(by_owner, "owner"),
    )


# -- cases and alerts ------------------------------------------------------------------------


@dataclass(frozen=True)
class ActiveCase:
    id: int
    title: str
    severity: str
    phase: str
    clock_state: str  # running / met / missed / none
    clock: dict[str, Any]
    figure: Figure  # the case's linked mentions


def active_cases(workspace: Workspace, now: datetime) -> list[ActiveCase]:
    rows = case_service.list_cases(workspace, open_only=True, now=now)
    out = []
    for row in rows:
        mention_filter = MentionFilter(case_id=row["id"])
        out.append(
            ActiveCase(
                row["id"],
                row["title"],
                row["effective_severity"],
                row["phase"],
                row["clock"]["state"],
                row["clock"],
                Figure("case", int(row.get("mention_count") or 0), mention_filter, row["title"]),
            )
        )
    return out


@dataclass(frozen=True)
class AlertLine:
    id: int
    kind: str
    at: str
    reason: str  # in Chinese; alerts.reason_of words it in another language
    figure: Figure  # the mentions behind the alert
    acknowledged: bool
    details: dict[str, Any] = field(default_factory=dict)  # what reason_words needs to reword it


def latest_alerts(workspace: Workspace, limit: int = LATEST_ALERTS) -> list[AlertLine] | None:
    """The newest alerts not acknowledged; None when the file has no alerts table (old)."""
    if not query.has_tables(workspace.db, "alerts"):
        return None
    lines = []
    for alert in alert_service.list_alerts(workspace, include_acknowledged=False)[:limit]:
        ids = [int(i) for i in alert.mention_ids]
        lines.append(
            AlertLine(
                alert.id,
                alert.kind,
                alert.at,
                alert.reason,
                Figure("alert", len(ids), MentionFilter(mention_ids=ids) if ids else None),
                bool(alert.acknowledged_at),
                dict(alert.details),
            )
        )
    return lines


def _alerts_between(workspace: Workspace, start: str, end: str) -> list[dict[str, str]]:
    if not query.has_tables(workspace.db, "alerts"):
        return []
    return [
        {"at": a.at, "reason": a.reason, "kind": a.kind}
        for a in alert_service.list_alerts(workspace, include_acknowledged=True)
        if start <= a.at <= end
    ]


# -- month by month --------------------------------------------------------------------------


@dataclass(frozen=True)
class Trend:
    """Counted negatives per month and issue type (which aspects complaints concentrate on,
    and how that changes); `months` are YYYY-MM, oldest first."""

    months: list[str]
    by_issue_type: dict[str, list[int]]
    by_group: dict[str, list[int]] | None  # group name → negatives per month
    filters: dict[str, MentionFilter]  # issue type → its negatives over the whole span
    group_filters: dict[str, MentionFilter] = field(default_factory=dict)  # by group name

    def filter_for(self, key: str, month_index: int, *, group: bool = False) -> MentionFilter:
        """What one month's bar of an issue type (or of a watch group) counts."""
        month = self.months[month_index]
        base = (self.group_filters if group else self.filters)[key]
        # the current month ends where the trend does (today), as its bar does
        return replace(
            base, posted_from=f"{month}-01", posted_to=min(_month_end(month), base.posted_to)
        )


def _month_end(month: str) -> str:
    year, number = int(month[:4]), int(month[5:7])
    following = date(year + number // 12, number % 12 + 1, 1)
    return (following - timedelta(days=1)).isoformat()


def trends(workspace: Workspace, end: date, months: int = TREND_MONTHS) -> Trend:
    first = date(end.year, end.month, 1)
    for _ in range(months - 1):
        first = (first - timedelta(days=1)).replace(day=1)
    span = [first]
    while len(span) < months:
        last = span[-1]
        span.append(date(last.year + last.month // 12, last.month % 12 + 1, 1))
    labels = [d.strftime("%Y-%m") for d in span]
    base = MentionFilter(
        posted_from=first.isoformat(), posted_to=end.isoformat(), **COUNTED_NEGATIVE
    )
    at = {month: n for n, month in enumerate(labels)}
    keys = [*mention_service.issue_types(workspace), ""]
    by_type: dict[str, list[int]] = {}
    for n, month in enumerate(labels):
        month_filter = replace(
            base, posted_from=f"{month}-01", posted_to=min(_month_end(month), base.posted_to)
        )
        counts = query.counts_by_value(workspace.db, month_filter, "issue_type", keys)
        for key, value in counts.items():
            if value:
                by_type.setdefault(key, [0] * months)[n] = value
    filters = {key: with_filter(base, issue_type=key or NOT_SET) for key in by_type}
    by_group: dict[str, list[int]] | None = None
    group_filters: dict[str, MentionFilter] = {}
    if query.has_tables(workspace.db, "mention_watch") and query.has_rows(
        workspace.db, "watch_groups"
    ):
        by_group = {}
        for month, group_id, name, count in query.watch_group_monthly(workspace.db, base):
            if month in at:
                by_group.setdefault(name, [0] * months)[at[month]] += count
                group_filters[name] = with_filter(base, watch_group_id=group_id)
    return Trend(labels, by_type, by_group, filters, group_filters)
