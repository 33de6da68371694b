"""The days a dashboard or report covers: today, 7 days, 30 days, a day, a week or a custom
range, as the workspace's own calendar days (posted_at is stored in the workspace's time zone,
so a day is the first ten characters of the text), and the dates users type for them."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from desktop.core.errors import UserError
from desktop.core.mention_filter import MentionFilter
from desktop.core.values import parse_datetime, parse_timezone
from desktop.storage.workspace import Workspace

RANGES = ("today", "7d", "30d", "custom")
PERIODS = ("daily", "weekly", "custom")
HOUR_BUCKET_DAYS = 2  # up to two days the chart counts per hour, then per day
MAX_DAYS = 366 * 2

_MONTH_DAY = re.compile(r"^(\d{1,2})\s*月\s*(\d{1,2})\s*日?$")
_RELATIVE = {"今天": 0, "today": 0, "昨天": 1, "yesterday": 1, "前天": 2}


@dataclass(frozen=True)
class Period:
    """Whole calendar days, both ends included."""

    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def bucket(self) -> str:
        return "hour" if self.days <= HOUR_BUCKET_DAYS else "day"

    @property
    def bucket_chars(self) -> int:
        """How much of posted_at names the bucket: 2026-12-03T09 (hour) or 2026-12-03 (day)."""
        return 13 if self.bucket == "hour" else 10

    def previous(self) -> Period:
        """The period of the same length just before (a report's "change vs last time")."""
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1))

    def mention_filter(self, **conditions: Any) -> MentionFilter:
        """The mentions posted in these days, with the other conditions given."""
        return MentionFilter(
            posted_from=self.start.isoformat(), posted_to=self.end.isoformat(), **conditions
        )

    def buckets(self) -> list[str]:
        """Every bucket of the period in order, also the empty ones (the chart's x axis)."""
        if self.bucket == "day":
            return [(self.start + timedelta(days=n)).isoformat() for n in range(self.days)]
        return [
            f"{(self.start + timedelta(days=n)).isoformat()}T{hour:02d}"
            for n in range(self.days)
            for hour in range(24)
        ]

    def label(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()} – {self.end.isoformat()}"

    def as_dict(self) -> dict[str, str]:
        return {"from": self.start.isoformat(), "to": self.end.isoformat()}


def bucket_filter(mention_filter: MentionFilter, bucket: str) -> MentionFilter:
    """The same filter narrowed to one bucket of the chart (an hour or a day)."""
    if len(bucket) == 13:  # 2026-12-03T09: posted_at from …T09 up to …T09:59:59+hh:mm
        return replace(mention_filter, posted_from=bucket, posted_to=bucket + "~")
    return replace(mention_filter, posted_from=bucket, posted_to=bucket)


def workspace_now(workspace: Workspace, now: datetime | None = None) -> datetime:
    """Now in the workspace's time zone (the one its mentions are stored in)."""
    zone = parse_timezone(str(workspace.setting("timezone", "UTC") or "UTC"))
    return (now or datetime.now(zone)).astimezone(zone)


def range_period(
    kind: str, today: date, start: date | None = None, end: date | None = None
) -> Period:
    """The dashboard's ranges: today, the last 7 or 30 days (today included), or custom."""
    if kind == "today":
        return Period(today, today)
    if kind == "7d":
        return Period(today - timedelta(days=6), today)
    if kind == "30d":
        return Period(today - timedelta(days=29), today)
    if kind == "custom":
        return checked_period(start or today, end or today)
    raise UserError(f"未知的时间范围：{kind}", hint="可选：today、7d、30d、custom。")


def report_period(
    kind: str,
    today: date,
    *,
    day: date | None = None,
    start: date | None = None,
    end: date | None = None,
) -> Period:
    """日报: one day (yesterday by default: the day just over); 周报: the seven days ending on
    the given day (yesterday by default); custom: from – to."""
    if kind == "daily":
        chosen = day or today - timedelta(days=1)
        return Period(chosen, chosen)
    if kind == "weekly":
        last = day or today - timedelta(days=1)
        return Period(last - timedelta(days=6), last)
    if kind == "custom":
        if start is None or end is None:
            raise UserError(
                "自定义报告需要起止日期。", hint="例如 --from 2026-12-01 --to 2026-12-03。"
            )
        return checked_period(start, end)
    raise UserError(f"未知的报告周期：{kind}", hint="可选：daily、weekly、custom。")


def checked_period(start: date, end: date) -> Period:
    if end < start:
        raise UserError(
            f"结束日期 {end.isoformat()} 早于开始日期 {start.isoformat()}。",
            hint="请交换两个日期。",
        )
    if (end - start).days + 1 > MAX_DAYS:
        raise UserError(f"时间范围太长（最多 {MAX_DAYS} 天）。")
    return Period(start, end)


def parse_user_date(text: str, today: date) -> date:
    """A date as users type it: 2026-12-03, 2026/12/3, 2026年12月3日, 12月3日 (this year),
    今天/昨天/前天. A bad one is refused with what was typed."""
    raw = " ".join((text or "").split())
    if not raw:
        raise UserError("日期不能为空。", hint="例如 2026-12-03 或 12月3日。")
    if raw.lower() in _RELATIVE:
        return today - timedelta(days=_RELATIVE[raw.lower()])
    if match := _MONTH_DAY.match(raw):
        try:
            return date(today.year, int(match.group(1)), int(match.group(2)))
        except ValueError:
            pass
    else:
        parsed = parse_datetime(raw)
        if parsed is not None:
            return parsed.date()
    raise UserError(f"看不懂这个日期：{raw}", hint="例如 2026-12-03、2026/12/3 或 12月3日。")
