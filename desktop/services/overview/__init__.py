"""The overview (首页 dashboard) and the figures the 日报/周报 reports share: periods, panels
with the filter of what each number counts, and the whole dashboard computed in one call on a
connection of its own (a worker thread's)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desktop.core.mention_filter import MentionFilter
from desktop.services import mentions
from desktop.services.overview.figures import (
    ActiveCase,
    AlertLine,
    AuthorFigure,
    Cards,
    DelayStats,
    Figure,
    Marker,
    ResponseTimes,
    Trend,
    Volume,
    active_cases,
    authors,
    cards,
    issue_types,
    latest_alerts,
    response_times,
    trends,
    volume,
    watch_groups,
)
from desktop.services.overview.period import (
    PERIODS,
    RANGES,
    Period,
    parse_user_date,
    range_period,
    report_period,
    workspace_now,
)
from desktop.storage import overview_query
from desktop.storage.overview_query import CATEGORIES
from desktop.storage.workspace import Workspace

__all__ = [
    "CATEGORIES",
    "PERIODS",
    "RANGES",
    "ActiveCase",
    "AlertLine",
    "AuthorFigure",
    "Cards",
    "Dashboard",
    "DelayStats",
    "Figure",
    "Marker",
    "MentionFilter",
    "Period",
    "ResponseTimes",
    "Trend",
    "Volume",
    "active_cases",
    "authors",
    "cards",
    "dashboard",
    "dashboard_at",
    "is_empty",
    "issue_types",
    "latest_alerts",
    "parse_user_date",
    "range_period",
    "report_period",
    "response_times",
    "today",
    "trends",
    "volume",
    "watch_groups",
    "workspace_now",
]


@dataclass
class Dashboard:
    period: Period
    now: datetime
    cards: Cards
    volume: Volume
    issue_types: list[Figure]
    watch_groups: list[Figure] | None  # None: no watch groups set up yet
    authors: list[AuthorFigure]
    response: ResponseTimes
    cases: list[ActiveCase]
    alerts: list[AlertLine] | None  # None: alerts are not part of this file yet
    trend: Trend
    mentions_in_workspace: int
    issue_labels: dict[str, str]  # the workspace's issue types (key → label)


def today(workspace: Workspace, now: datetime | None = None) -> date:
    return workspace_now(workspace, now).date()


def is_empty(workspace: Workspace) -> bool:
    """No mention at all yet: the dashboard shows what to do instead of zeros."""
    return not overview_query.has_rows(workspace.db, "mentions")


def dashboard(workspace: Workspace, period: Period, now: datetime | None = None) -> Dashboard:
    moment = workspace_now(workspace, now)
    return Dashboard(
        period=period,
        now=moment,
        cards=cards(workspace, period, moment),
        volume=volume(workspace, period),
        issue_types=issue_types(workspace, period),
        watch_groups=watch_groups(workspace, period),
        authors=authors(workspace, period),
        response=response_times(workspace, period),
        cases=active_cases(workspace, moment),
        alerts=latest_alerts(workspace),
        trend=trends(workspace, period.end),
        mentions_in_workspace=overview_query.count(workspace.db, MentionFilter()),
        issue_labels=mentions.issue_types(workspace),
    )


def dashboard_at(
    workspace_path: Path | str, user: str, period: Period, now: datetime | None = None
) -> Dashboard:
    """`dashboard` on a read-only connection of its own, for a worker thread."""
    with Workspace.open(Path(workspace_path), read_only=True, check=False, user=user) as reader:
        return dashboard(reader, period, now)
