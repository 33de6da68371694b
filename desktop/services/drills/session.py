"""A running drill: the drill copy (its own workspace file), its state and its clock.

The state lives in the copy's `drill_session` row, so a drill survives a restart of the app
and every measure is read from the copy alone. `now` is injected (wall time, aware): the
console passes the real clock, tests a fake one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.core.drill_clock import DrillClock
from desktop.core.errors import UserError
from desktop.storage import drills as store
from desktop.storage.workspace import Workspace, WorkspaceError

WallClock = Callable[[], datetime]


def wall_now() -> datetime:
    return datetime.now(UTC).astimezone()


@dataclass
class Drill:
    """The copy is the drill's workspace: the team's work goes there, never to `real_path`."""

    copy: Workspace
    real_path: Path
    state: dict[str, Any]
    now: WallClock = field(default=wall_now)

    @property
    def clock(self) -> DrillClock:
        return DrillClock.from_dict(self.state["clock"])

    @clock.setter
    def clock(self, value: DrillClock) -> None:
        self.state["clock"] = value.as_dict()

    @property
    def case_id(self) -> int:
        return int(self.state["case_id"])

    @property
    def plan_id(self) -> int | None:
        value = self.state.get("plan_id")
        return int(value) if value is not None else None

    @property
    def title(self) -> str:
        return str(self.state["source"]["title"])

    @property
    def level(self) -> str:
        return str(self.state["source"]["level"])

    @property
    def injects(self) -> list[dict[str, Any]]:
        return list(self.state["injects"])

    def drill_now(self) -> datetime:
        return self.clock.drill_time(self.now())

    def offset_minutes(self) -> float:
        return self.clock.offset_minutes(self.now())

    def at(self) -> str:
        """The drill moment now, as the `at=` the case services take."""
        return self.drill_now().isoformat(timespec="seconds")

    def drill_time_of(self, wall_iso: str | None) -> datetime | None:
        """A wall moment the copy wrote (a statement's creation) in drill time."""
        if not wall_iso:
            return None
        try:
            moment = datetime.fromisoformat(wall_iso)
        except ValueError:
            return None
        if moment.tzinfo is None:
            moment = moment.astimezone()
        return self.clock.drill_time(moment)

    def save(self) -> None:
        with self.copy.transaction():
            self.write_state()

    def write_state(self) -> None:
        """Inside the caller's transaction: the state, stamped with when it was saved."""
        self.state["saved_at"] = self.now().isoformat()
        store.save_session(self.copy.db, str(self.real_path), self.state)

    def close(self) -> None:
        self.copy.close()


def drill_state(workspace: Workspace) -> dict[str, Any] | None:
    """The state when `workspace` is a drill copy, else None."""
    found = store.session(workspace.db)
    return found[1] if found else None


def is_drill_copy(workspace: Workspace) -> bool:
    return store.session(workspace.db) is not None


def open_drill(path: Path | str, *, user: str | None = None, now: WallClock = wall_now) -> Drill:
    """Open an unfinished drill copy again (after the app stopped): it comes back paused at
    the moment it was last saved, so the time the app was closed does not count."""
    copy = Workspace.open(Path(path), user=user)
    found = store.session(copy.db)
    if found is None or found[1].get("finished"):
        copy.close()
        raise UserError(f"{Path(path).name} 不是未结束的演练副本。")
    drill = Drill(copy, Path(found[0]), found[1], now)
    saved = drill.state.get("saved_at")
    if saved and not drill.clock.paused:
        drill.clock = drill.clock.pause(datetime.fromisoformat(saved))
        drill.save()
    return drill


def running_drills(drills_folder: Path, real_path: Path | None = None) -> list[Path]:
    """Unfinished drill copies left in the data folder (of `real_path` when given)."""
    if not drills_folder.is_dir():
        return []
    found = []
    for path in sorted(drills_folder.glob("*.crisisdesk")):
        try:
            with Workspace.open(path, read_only=True) as copy:
                session = store.session(copy.db)
        except (OSError, WorkspaceError):
            continue
        if session is None or session[1].get("finished"):
            continue
        if real_path is None or Path(session[0]).resolve() == Path(real_path).resolve():
            found.append(path)
    return found
