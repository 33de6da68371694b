"""Tabletop drills (issue 16): a past case, a reference case or a scripted scenario replayed
as injects on a compressed clock into a DRILL COPY of the workspace, with the plan activated;
the team works there with the normal services; the measures (time to the first holding
statement, approval delay, checklist, who was missing) against the level's target; ONE
summary row in the real workspace when finished; the report and the lessons.

Qt-free. The real workspace is read once at the start (VACUUM INTO) and written once at the
finish; everything in between goes to the copy.
"""

from __future__ import annotations

from pathlib import Path

from desktop.core.errors import UserError
from desktop.services.context import AppContext
from desktop.services.drills.finishing import (
    FinishedDrill,
    abandon_drill,
    discard_copy,
    finish_drill,
    get_drill,
    lesson_drafts,
    list_drills,
    run_drill,
)
from desktop.services.drills.lessons import LESSON_TARGETS, apply_lesson, set_lessons
from desktop.services.drills.measuring import drill_measures
from desktop.services.drills.plan_link import ChecklistItem, checklist, tick
from desktop.services.drills.running import (
    add_note,
    approve_statement,
    copy_for_drill,
    deliver_all,
    deliver_due,
    draft_statement,
    next_inject_in,
    pause,
    pending_injects,
    publish_statement,
    remove_copy,
    resume,
    skip_to_next_inject,
    start_drill,
)
from desktop.services.drills.session import (
    Drill,
    drill_state,
    is_drill_copy,
    open_drill,
    running_drills,
    wall_now,
)
from desktop.services.drills.sources import (
    SOURCE_KINDS,
    DrillSource,
    describe_sources,
    from_case,
    from_reference,
    from_scenario,
    scenarios,
)
from desktop.services.drills.view import ConsoleView, InjectLine, console_view
from desktop.storage.drills import DrillRow
from desktop.storage.workspace import Workspace

__all__ = [
    "LESSON_TARGETS",
    "SOURCE_KINDS",
    "ChecklistItem",
    "ConsoleView",
    "Drill",
    "DrillRow",
    "DrillSource",
    "FinishedDrill",
    "InjectLine",
    "Workspace",
    "abandon_drill",
    "add_note",
    "apply_lesson",
    "approve_statement",
    "checklist",
    "console_view",
    "copy_for_drill",
    "deliver_all",
    "deliver_due",
    "describe_sources",
    "discard_copy",
    "draft_statement",
    "drill_measures",
    "drill_state",
    "drills_folder",
    "finish_drill",
    "from_case",
    "from_reference",
    "from_scenario",
    "get_drill",
    "is_drill_copy",
    "lesson_drafts",
    "list_drills",
    "next_inject_in",
    "open_drill",
    "pause",
    "pending_injects",
    "publish_statement",
    "remove_copy",
    "resume",
    "run_drill",
    "running_drills",
    "scenarios",
    "set_lessons",
    "skip_to_next_inject",
    "source_of",
    "start_drill",
    "tick",
    "wall_now",
]


def drills_folder(ctx: AppContext) -> Path:
    """Drill copies live in the app's data folder, never beside the real workspace."""
    return ctx.paths.data / "drills"


def source_of(workspace: Workspace, kind: str, ref: str) -> DrillSource:
    """The drill source a front end names by kind (case | reference | scenario) and ref."""
    brand = workspace.info().get("brand", "")
    if kind == "scenario":
        return from_scenario(ref, brand)
    if kind == "reference":
        return from_reference(ref, brand)
    if kind == "case":
        try:
            case_id = int(ref)
        except ValueError:
            raise UserError(f"案例编号应是数字：{ref}") from None
        return from_case(workspace, case_id)
    raise UserError(f"未知的演练来源：{kind}", hint="可选：case、reference、scenario。")
