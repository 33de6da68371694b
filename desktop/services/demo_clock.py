"""The demo's clock: the demo data is written for one day and moved to the day it is created.

The data files (resources/seed/demo_*.json, kb_demo.json) keep readable dates around
AS_OF, the day the story is told from: the crisis broke three days before it (the incident
day), the review was held the day before, and a few complaints came in that morning. Seeding
moves every date and time by whole days so that AS_OF becomes the day the demo workspace is
created; times of day stay as written. A key NAME_minutes_ago (posted_minutes_ago) becomes
NAME_at relative to the moment of creation instead (the complaints still unanswered "now").

Every ISO date or time string in the data is moved; `{月日:2026-11-18}` inside a text (a file
name, a summary, a statement) is written as the moved day ("11月18日" → the new month/day).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from desktop.storage.workspace import Workspace, now_iso

# The day the data is written as of, in the data's own time zone (China Standard Time).
AS_OF = datetime.fromisoformat("2026-11-21T00:00:00+08:00")

# The demo's moment (ISO time), kept in the demo workspace's settings: every demo seeder
# reads the same one. Tests set it before seeding to build a demo "as of" a given moment.
SETTING = "demo_as_of"

MINUTES_AGO = "_minutes_ago"
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)?)?$")
_DAY_TOKEN = re.compile(r"\{月日:(\d{4}-\d{2}-\d{2})\}")


@dataclass(frozen=True)
class DemoClock:
    """Moves the demo data's dates to the demo's day."""

    now: datetime  # the moment the demo is built for (aware)
    days: int  # whole days added to every date of the data

    @property
    def today(self) -> date:
        """The demo's day in the data's time zone."""
        return self.now.astimezone(AS_OF.tzinfo).date()

    def at(self, value: str) -> str:
        """An ISO date or time from the data, moved (anything else is returned as it is)."""
        if not _ISO.match(value):
            return value
        if "T" not in value:
            return (date.fromisoformat(value) + timedelta(days=self.days)).isoformat()
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return (moment + timedelta(days=self.days)).isoformat(timespec="seconds")

    def minutes_ago(self, minutes: float) -> str:
        """A time `minutes` before the demo's moment, in the data's time zone."""
        moment = self.now.astimezone(AS_OF.tzinfo) - timedelta(minutes=minutes)
        return moment.replace(microsecond=0).isoformat(timespec="seconds")

    def text(self, value: str) -> str:
        """A text with `{月日:YYYY-MM-DD}` written as the moved day, e.g. 12月2日."""

        def day(match: re.Match[str]) -> str:
            moved = date.fromisoformat(match.group(1)) + timedelta(days=self.days)
            return f"{moved.month}月{moved.day}日"

        return _DAY_TOKEN.sub(day, value)

    def shift(self, data: Any) -> Any:
        """The data (parsed JSON) with every date moved and every day token written; a
        key NAME_minutes_ago becomes NAME_at, that many minutes before the demo's moment."""
        if isinstance(data, str):
            return self.text(self.at(data))
        if isinstance(data, list):
            return [self.shift(item) for item in data]
        if isinstance(data, dict):
            moved: dict[str, Any] = {}
            for key, value in data.items():
                if key.endswith(MINUTES_AGO):
                    moved[key.removesuffix(MINUTES_AGO) + "_at"] = self.minutes_ago(float(value))
                else:
                    moved[key] = self.shift(value)
            return moved
        return data


def clock_for(now: datetime) -> DemoClock:
    """The clock of a demo built at `now` (aware; a naive time counts as the data's zone)."""
    if now.tzinfo is None:
        now = now.replace(tzinfo=AS_OF.tzinfo)
    days = (now.astimezone(AS_OF.tzinfo).date() - AS_OF.date()).days
    return DemoClock(now=now, days=days)


def start_demo_clock(workspace: Workspace) -> DemoClock:
    """The first demo seeder's call: the demo is built as of its `demo_as_of` setting, else
    as of the moment the workspace was created (then kept in the setting, so every demo
    seeder after it moves the data alike)."""
    if not workspace.setting(SETTING):
        stored = workspace.info().get("created_at") or now_iso()
        workspace.set_setting(SETTING, stored)
    return demo_clock(workspace)


def demo_clock(workspace: Workspace, *, unset: datetime = AS_OF) -> DemoClock:
    """The workspace's demo clock (its `demo_as_of` setting). A seeder run on its own, where
    no demo was started, gets the clock of `unset`: by default the data as written (the case
    seeder on a test's own steel-wire cluster of 2026-11-18)."""
    stored = workspace.setting(SETTING)
    return clock_for(datetime.fromisoformat(str(stored)) if stored else unset)


def set_demo_moment(workspace: Workspace, now: datetime) -> None:
    """Build this workspace's demo as of `now` (call before the demo seeders run)."""
    workspace.set_setting(SETTING, clock_for(now).now.isoformat(timespec="seconds"))


def out_of_date(workspace: Workspace, now: datetime | None = None) -> bool:
    """True when a demo workspace was built for another day than `now`'s (its dates would
    read stale: rebuild it). Reads only; a workspace that is not a demo is never out of date."""
    stored = workspace.setting(SETTING)
    if not stored:
        return False
    built = clock_for(datetime.fromisoformat(str(stored))).today
    return built != clock_for(now or datetime.now().astimezone()).today
