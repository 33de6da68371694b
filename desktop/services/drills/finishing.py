"""Finishing a drill: ONE summary row in the real workspace (and the test recorded on the
plan), the copy kept for a look later or deleted; reading the finished drills back; the
non-interactive run of `crisisdesk drill run`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.changes import Changes
from desktop.core.drill_clock import DEFAULT_SPEED
from desktop.core.drill_rules import Measures
from desktop.core.errors import UserError
from desktop.services.drills import plan_link
from desktop.services.drills.measuring import drill_measures, drill_timeline
from desktop.services.drills.running import deliver_all, start_drill
from desktop.services.drills.session import Drill, WallClock, wall_now
from desktop.services.drills.sources import DrillSource
from desktop.storage import drills as store
from desktop.storage.drills import DrillRow
from desktop.storage.workspace import Workspace


@dataclass(frozen=True)
class FinishedDrill:
    drill_id: int
    measures: Measures
    kept_copy: Path | None
    changes: Changes


def lesson_drafts(measures: Measures) -> list[str]:
    """The findings, offered as the lessons the team edits before finishing."""
    return list(measures.findings)


def found_text(measures: Measures) -> str:
    """What the plan shows as the drill's finding: one paragraph."""
    if measures.passed:
        return "演练达标：暂缓声明、审批、清单均在目标内完成。"
    return " ".join(measures.findings)


def finish_drill(
    drill: Drill,
    real: Workspace,
    *,
    lessons: list[str] | None = None,
    participants: str = "",
    keep_copy: bool = False,
) -> FinishedDrill:
    """Measure, write the summary to `real` in one transaction, then close the copy."""
    if real.path.resolve() != drill.real_path.resolve():
        raise UserError(
            "这个演练不是从当前工作区开始的。",
            hint=f"请打开 {drill.real_path.name} 后再结束演练。",
        )
    if drill.state.get("finished"):
        raise UserError("这个演练已经结束了。")
    measures = drill_measures(drill)
    texts = lesson_drafts(measures) if lessons is None else lessons
    source = drill.state["source"]
    injects = drill.state["injects"]
    values: dict[str, Any] = {
        "source_kind": source["kind"],
        "source_ref": source["ref"],
        "title": source["title"],
        "scenario": source["scenario"],
        "level": source["level"],
        "plan_id": drill.plan_id,
        "speed": drill.clock.speed,
        "started_at": drill.state["started_at"],
        "finished_at": drill.now().isoformat(timespec="seconds"),
        "drill_minutes": int(drill.offset_minutes()),
        "injects_total": len(injects),
        "injects_delivered": sum(1 for i in injects if i["delivered"]),
        "measures": measures.as_dict(),
        "lessons": [{"text": t.strip(), "applied": ""} for t in texts if t.strip()],
        "timeline": drill_timeline(drill),
        "participants": participants.strip(),
        "copy_path": str(drill.copy.path) if keep_copy else "",
        "finished_by": real.user,
    }
    with real.transaction():
        drill_id = store.insert_drill(real.db, values)
        real.audit(
            "finish",
            "drill",
            drill_id,
            after={k: values[k] for k in ("title", "level", "drill_minutes", "plan_id")},
        )
        plan_link.record_test(
            real, drill.plan_id, values["finished_at"], found_text(measures), drill_id
        )
    drill.state["finished"] = True
    drill.state["drill_id"] = drill_id
    drill.save()
    copy_path = drill.copy.path
    drill.close()
    if not keep_copy:
        discard_copy(copy_path)
    return FinishedDrill(
        drill_id, measures, copy_path if keep_copy else None, Changes(plans=True, audit=True)
    )


def discard_copy(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def abandon_drill(drill: Drill) -> None:
    """Stop without a record: the copy is deleted, the real workspace never hears of it."""
    path = drill.copy.path
    drill.close()
    discard_copy(path)


def run_drill(
    real: Workspace,
    source: DrillSource,
    *,
    drills_folder: Path,
    speed: float = DEFAULT_SPEED,
    level: str = "",
    now: WallClock = wall_now,
) -> FinishedDrill:
    """For scripts and tests: every inject replayed at once, nobody acting, the summary
    recorded, the copy deleted."""
    drill = start_drill(
        real, source, drills_folder=drills_folder, speed=speed, level=level, now=now
    )
    try:
        deliver_all(drill)
    except BaseException:
        abandon_drill(drill)
        raise
    return finish_drill(drill, real)


def list_drills(workspace: Workspace) -> list[DrillRow]:
    return store.list_drills(workspace.db)


def get_drill(workspace: Workspace, drill_id: int) -> DrillRow:
    found = (
        store.get_drill(workspace.db, drill_id) if store.has_drills_table(workspace.db) else None
    )
    if found is None:
        raise UserError(f"没有编号为 {drill_id} 的演练。", hint="用 crisisdesk drill list 查看。")
    return found
