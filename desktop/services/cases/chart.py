"""The volume chart's data: linked mentions per hour or day by sentiment, actions as markers."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from typing import Any, TypedDict

from desktop.core.case_vocab import ACTION_KINDS, EVENT_KINDS
from desktop.core.severity import parse_time
from desktop.core.vocab import SENTIMENTS
from desktop.storage import case_mentions
from desktop.storage import cases as store
from desktop.storage.workspace import Workspace


class ChartMarker(TypedDict):
    """An action of the timeline drawn as a vertical line."""

    at: datetime
    kind: str
    label: str
    text: str


@dataclass
class ChartData:
    """Linked-mention volume per bucket and sentiment, and the actions as markers."""

    bucket: str  # "hour" or "day"
    starts: list[datetime] = field(default_factory=list)
    series: dict[str, list[int]] = field(default_factory=dict)
    markers: list[ChartMarker] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(sum(v) for v in self.series.values())

    def as_dict(self) -> dict[str, Any]:
        return {
            "bucket": self.bucket,
            "starts": [s.isoformat() for s in self.starts],
            "series": self.series,
            "markers": [{**m, "at": m["at"].isoformat()} for m in self.markers],
        }


def volume_series(workspace: Workspace, case_id: int, bucket: str = "auto") -> ChartData:
    """Linked mentions per hour (spans up to 3 days) or per day, by sentiment, in the time
    zone of the mentions; the timeline's actions as markers."""
    points: list[tuple[datetime, str]] = []
    for at, sentiment in case_mentions.posted_sentiments(workspace.db, case_id):
        moment = parse_time(at)
        if moment is not None:
            points.append((moment, sentiment if sentiment in SENTIMENTS else "unknown"))
    actions: list[tuple[datetime, str, str]] = []
    for event in store.events(workspace.db, case_id):
        moment = parse_time(event["at"])
        if event["kind"] in ACTION_KINDS and moment is not None:
            actions.append((moment, event["kind"], event["text"]))
    zone: tzinfo | None = next((m.tzinfo for m, _ in points if m.tzinfo is not None), None)
    if zone is None:
        zone = datetime.now().astimezone().tzinfo

    def local(moment: datetime) -> datetime:
        return (moment if moment.tzinfo else moment.replace(tzinfo=zone)).astimezone(zone)

    moments = [local(m) for m, _ in points]
    marker_times = [local(moment) for moment, _kind, _text in actions]
    if not moments:
        return ChartData(bucket="hour", series={k: [] for k in SENTIMENTS})
    start, end = min(moments), max(moments)
    for moment in marker_times:  # markers just past the mentions stay in view
        if start - timedelta(days=2) <= moment <= end + timedelta(days=2):
            start, end = min(start, moment), max(end, moment)
    if bucket == "auto":
        bucket = "hour" if end - start <= timedelta(hours=72) else "day"
    step = timedelta(hours=1) if bucket == "hour" else timedelta(days=1)

    def floor(moment: datetime) -> datetime:
        moment = moment.replace(minute=0, second=0, microsecond=0)
        return moment.replace(hour=0) if bucket == "day" else moment

    first, last = floor(start), floor(end)
    starts = []
    cursor = first
    while cursor <= last:
        starts.append(cursor)
        cursor += step
    index = {s: i for i, s in enumerate(starts)}
    series = {key: [0] * len(starts) for key in SENTIMENTS}
    counts = Counter((floor(local(m)), s) for m, s in points)
    for (slot, sentiment), count in counts.items():
        if slot in index:
            series[sentiment][index[slot]] += count
    markers: list[ChartMarker] = [
        {"at": moment, "kind": kind, "label": EVENT_KINDS[kind], "text": text}
        for (_, kind, text), moment in zip(actions, marker_times, strict=True)
        if first <= moment <= last + step
    ]
    markers.sort(key=lambda m: m["at"])
    return ChartData(bucket=bucket, starts=starts, series=series, markers=markers)
