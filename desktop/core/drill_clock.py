"""The drill's compressed clock: wall time in, drill time out.

A drill replays an hour in a few minutes (speed 12 = 1 h in 5 min). The clock is a list of
segments, each starting at a wall moment with a drill offset and running or paused, so a
pause, a resume and a jump to the next inject are new segments and any wall moment written
during the drill (a statement's creation time) can be read back in drill time. Pure: every
method takes the wall moment; the caller injects `now`, tests never sleep.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

MIN_SPEED = 1.0
MAX_SPEED = 600.0
DEFAULT_SPEED = 12.0


@dataclass(frozen=True)
class Segment:
    """From `wall_start` on, drill offset `offset_seconds` grows at the clock's speed
    (or stands still when not `running`)."""

    wall_start: datetime
    offset_seconds: float
    running: bool


@dataclass(frozen=True)
class DrillClock:
    """`epoch` is the drill moment of offset 0 (the case's detection)."""

    epoch: datetime
    speed: float
    segments: tuple[Segment, ...] = field(default_factory=tuple)

    @classmethod
    def start(cls, epoch: datetime, speed: float, wall_now: datetime) -> DrillClock:
        if not MIN_SPEED <= speed <= MAX_SPEED:
            raise ValueError(f"speed {speed} outside {MIN_SPEED}..{MAX_SPEED}")
        return cls(epoch, float(speed), (Segment(wall_now, 0.0, True),))

    # -- reading -------------------------------------------------------------------------

    def _segment_at(self, wall: datetime) -> Segment:
        chosen = self.segments[0]
        for segment in self.segments:
            if segment.wall_start <= wall:
                chosen = segment
        return chosen

    def offset_seconds(self, wall: datetime) -> float:
        """Drill seconds since the epoch at this wall moment (never before 0)."""
        segment = self._segment_at(wall)
        if not segment.running:
            return segment.offset_seconds
        ran = max(0.0, (wall - segment.wall_start).total_seconds())
        return segment.offset_seconds + ran * self.speed

    def offset_minutes(self, wall: datetime) -> float:
        return self.offset_seconds(wall) / 60

    def drill_time(self, wall: datetime) -> datetime:
        """The drill moment shown for a wall moment (also for times written earlier)."""
        return self.epoch + timedelta(seconds=self.offset_seconds(wall))

    @property
    def paused(self) -> bool:
        return not self.segments[-1].running

    def wall_until(self, offset_minutes: float, wall_now: datetime) -> timedelta | None:
        """Wall time until the drill reaches this offset; None while paused."""
        if self.paused:
            return None
        remaining = offset_minutes * 60 - self.offset_seconds(wall_now)
        return timedelta(seconds=max(0.0, remaining) / self.speed)

    # -- changing (each returns a new clock) ----------------------------------------------

    def _add(self, wall_now: datetime, offset: float, running: bool) -> DrillClock:
        return replace(self, segments=(*self.segments, Segment(wall_now, offset, running)))

    def pause(self, wall_now: datetime) -> DrillClock:
        if self.paused:
            return self
        return self._add(wall_now, self.offset_seconds(wall_now), False)

    def resume(self, wall_now: datetime) -> DrillClock:
        if not self.paused:
            return self
        return self._add(wall_now, self.offset_seconds(wall_now), True)

    def jump_to(self, offset_minutes: float, wall_now: datetime) -> DrillClock:
        """Skip ahead (never back) to a drill offset, e.g. the next inject; keeps pausing."""
        target = max(self.offset_seconds(wall_now), offset_minutes * 60)
        return self._add(wall_now, target, not self.paused)

    # -- storing --------------------------------------------------------------------------

    def as_dict(self) -> dict[str, Any]:
        return {
            "epoch": self.epoch.isoformat(),
            "speed": self.speed,
            "segments": [
                [s.wall_start.isoformat(), s.offset_seconds, s.running] for s in self.segments
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DrillClock:
        segments = tuple(
            Segment(datetime.fromisoformat(str(wall)), float(offset), bool(running))
            for wall, offset, running in data["segments"]
        )
        return cls(datetime.fromisoformat(str(data["epoch"])), float(data["speed"]), segments)


def format_offset(minutes: float) -> str:
    """Drill time as the console shows it: T+1:05 (hours:minutes since detection)."""
    whole = max(0, int(minutes))
    return f"T+{whole // 60}:{whole % 60:02d}"
