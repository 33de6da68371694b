"""Starting a drill (the copy, the drill case, the plan) and running it: injects delivered on
the compressed clock, pause, resume, skip to the next inject, and the team's actions
stamped with drill time.

Nothing here opens the real workspace for writing: `start_drill` reads it once (VACUUM INTO
makes the copy) and every later write goes to the copy.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from desktop import WORKSPACE_SUFFIX
from desktop.core.changes import Changes
from desktop.core.drill_clock import DEFAULT_SPEED, MAX_SPEED, MIN_SPEED, DrillClock
from desktop.core.errors import UserError
from desktop.core.progress import Progress
from desktop.core.severity import LEVELS
from desktop.services import approvals, cases
from desktop.services.drills import plan_link
from desktop.services.drills.session import Drill, WallClock, wall_now
from desktop.services.drills.sources import DrillSource
from desktop.storage import backup
from desktop.storage import cases as case_store
from desktop.storage import drills as store
from desktop.storage.mention_index import index_mentions
from desktop.storage.workspace import Workspace

DRILL_TAG = "演练"
# Triage a replayed mention arrives without: the team triages it again in the drill.
_FRESH_TRIAGE: dict[str, Any] = {
    "sentiment": "unknown",
    "sentiment_by": "",
    "sentiment_user": "",
    "sentiment_confidence": None,
    "model_sentiment": "",
    "negative_probability": None,
    "issue_type": "",
    "issue_type_by": "",
    "issue_type_confidence": None,
    "nature": "",
    "nature_flags": "",
    "status": "new",
    "owner": "",
    "reply_text": "",
    "replied_at": None,
    "follow_up_due": None,
    "notes": "",
    "case_id": None,
    "import_id": None,
    "row_hash": None,
}


def drill_copy_path(drills_folder: Path, real_path: Path, started: datetime) -> Path:
    """In the app's data folder, never beside the real file."""
    stamp = started.strftime("%Y%m%d-%H%M%S")
    return drills_folder / f"{real_path.stem}-{DRILL_TAG}-{stamp}{WORKSPACE_SUFFIX}"


def _refuse_drill_copy(real: Workspace) -> None:
    if store.session(real.db) is not None:
        raise UserError(
            "这已经是一个演练副本，不能在里面再开演练。", hint="请在正式工作区开始演练。"
        )


def copy_for_drill(
    real_path: Path,
    drills_folder: Path,
    *,
    user: str,
    now: WallClock = wall_now,
    progress: Progress | None = None,
) -> Path:
    """Only the copy, on a read-only connection of its own, so that a window can make it
    off the UI thread (a big workspace takes seconds to copy); `start_drill(copied=…)` then
    prepares it. Returns the copy's path."""
    if progress is not None:
        progress.report(0, 0, force=True)  # no total: the dialog's title says what runs
    with Workspace.open(Path(real_path), read_only=True, user=user) as real:
        _refuse_drill_copy(real)
        path = drill_copy_path(drills_folder, real.path, now())
        backup.save_copy(real, path)
    return path


def _checked_settings(speed: float, level: str) -> str:
    if not MIN_SPEED <= speed <= MAX_SPEED:
        raise UserError(
            f"演练速度 {speed:g} 不在 {MIN_SPEED:g}–{MAX_SPEED:g} 倍之间。",
            hint="例如 12 倍：5 分钟演完 1 小时。",
        )
    if level not in LEVELS:
        raise UserError(f"未知的级别：{level}", hint="可选：I、II、III、IV。")
    return level


def remove_copy(path: Path) -> None:
    """A drill copy that never became a drill (and its WAL files)."""
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def start_drill(
    real: Workspace,
    source: DrillSource,
    *,
    drills_folder: Path,
    speed: float = DEFAULT_SPEED,
    level: str = "",
    now: WallClock = wall_now,
    copied: Path | None = None,
) -> Drill:
    """Make the drill copy (or take the one `copy_for_drill` made), open the drill case in
    it, activate the plan, deliver the injects of minute 0. The caller owns the returned
    drill (close or finish it)."""
    try:
        _refuse_drill_copy(real)
        level = _checked_settings(speed, level or source.level)
    except UserError:
        if copied is not None:
            remove_copy(Path(copied))  # made for a drill that cannot start
        raise
    started = now()
    epoch = (source.epoch or started).replace(microsecond=0)
    if copied is None:
        path = drill_copy_path(drills_folder, real.path, started)
        backup.save_copy(real, path)
    else:
        path = Path(copied)
    copy = Workspace.open(path, user=real.user)
    try:
        drill = _prepare_copy(copy, real.path, source, epoch, speed, level, started, now)
    except BaseException:
        copy.close()
        remove_copy(path)
        raise
    deliver_due(drill)
    return drill


def _prepare_copy(
    copy: Workspace,
    real_path: Path,
    source: DrillSource,
    epoch: datetime,
    speed: float,
    level: str,
    started: datetime,
    now: WallClock,
) -> Drill:
    with copy.transaction():
        # the copy names itself a drill, in any window that opens it
        copy.update_info(name=f"【{DRILL_TAG}】{copy.info()['name']}")
        store.clear_copied_drills(copy.db)
        if source.case_id is not None:
            # the past case and its mentions leave the copy: the replay brings them back
            store.take_out_mentions(copy.db, source.mention_ids)
            case_store.delete_case(copy.db, source.case_id)
    created = cases.create_case(
        copy,
        title=f"{DRILL_TAG}：{source.title}",
        scenario=source.scenario,
        detected_at=epoch.isoformat(timespec="seconds"),
        summary=source.summary,
        detected_note="演练开始",
    )
    at = epoch.isoformat(timespec="seconds")
    cases.set_severity(copy, created.id, level, f"{DRILL_TAG}设定的级别", at=at)
    clock = DrillClock.start(epoch, speed, started)
    state: dict[str, Any] = {
        "source": {
            "kind": source.kind,
            "ref": source.ref,
            "title": source.title,
            "scenario": source.scenario,
            "level": level,
            "summary": source.summary,
        },
        "clock": clock.as_dict(),
        "injects": [{**i, "delivered": False} for i in source.injects],
        "case_id": created.id,
        "plan_id": None,
        "started_at": started.isoformat(timespec="seconds"),
        "finished": False,
    }
    drill = Drill(copy, real_path, state, now)
    drill.state["plan_id"] = plan_link.activate(drill, source.scenario)
    drill.save()
    return drill


# -- the clock ----------------------------------------------------------------------------


def pending_injects(drill: Drill) -> list[dict[str, Any]]:
    return [i for i in drill.state["injects"] if not i["delivered"]]


def next_inject_in(drill: Drill) -> timedelta | None:
    """Wall time until the next inject (None when paused or none is left)."""
    pending = pending_injects(drill)
    if not pending:
        return None
    return drill.clock.wall_until(float(pending[0]["at_minutes"]), drill.now())


def pause(drill: Drill) -> Changes:
    drill.clock = drill.clock.pause(drill.now())
    drill.save()
    return Changes(cases=True)


def resume(drill: Drill) -> Changes:
    drill.clock = drill.clock.resume(drill.now())
    drill.save()
    return Changes(cases=True)


def skip_to_next_inject(drill: Drill) -> Changes:
    """ "Next inject": the clock jumps to it and it is delivered."""
    pending = pending_injects(drill)
    if not pending:
        raise UserError("没有更多的演练事件了。", hint="可以结束演练，生成报告。")
    drill.clock = drill.clock.jump_to(float(pending[0]["at_minutes"]), drill.now())
    drill.save()
    return deliver_due(drill)


def deliver_due(drill: Drill) -> Changes:
    """Every inject whose drill time has come, in order, in one transaction of the copy:
    posts into the mention log (linked to the drill case), calls and visits onto its
    timeline."""
    reached = drill.offset_minutes()
    due = [
        (index, inject)
        for index, inject in enumerate(drill.state["injects"])
        if not inject["delivered"] and float(inject["at_minutes"]) <= reached
    ]
    changes = Changes()
    if not due:
        return changes
    with drill.copy.transaction():
        for index, inject in due:
            changes = changes | _deliver(drill, index, inject)
        drill.write_state()
    return changes


def deliver_all(drill: Drill) -> Changes:
    """The clock jumps to the last inject and everything is delivered at once (`drill run`)."""
    pending = pending_injects(drill)
    if not pending:
        return Changes()
    drill.clock = drill.clock.jump_to(float(pending[-1]["at_minutes"]), drill.now())
    return deliver_due(drill)


def _deliver(drill: Drill, index: int, inject: dict[str, Any]) -> Changes:
    """One inject, inside the caller's transaction."""
    copy = drill.copy
    moment = drill.clock.epoch + timedelta(minutes=float(inject["at_minutes"]))
    at = moment.isoformat(timespec="seconds")
    if inject["kind"] == "mention":
        mention_id = store.insert_mention(copy.db, _mention_row(drill, index, inject, at))
        index_mentions(copy.db, [mention_id])
        cases.link_mentions(copy, drill.case_id, [mention_id], at=at)
        inject["mention_id"] = mention_id
        result = Changes(mentions=True, mention_rows=True, cases=True)
    else:
        created = cases.add_event(copy, drill.case_id, inject["kind"], inject["text"], at=at)
        inject["event_id"] = created.id
        result = Changes.of_cases(drill.case_id)
    inject["delivered"] = True
    return result


def _mention_row(drill: Drill, index: int, inject: dict[str, Any], at: str) -> dict[str, Any]:
    columns = set(copy_columns(drill.copy))
    replayed = inject.get("row")
    if replayed:
        row = {k: v for k, v in replayed.items() if k != "id" and k in columns}
        row.update({k: v for k, v in _FRESH_TRIAGE.items() if k in columns})
    else:
        row = {
            "key": f"drill|{drill.state['source']['ref']}|{index}",
            "platform": inject.get("platform", ""),
            "author": inject.get("author", ""),
            "followers": inject.get("followers"),
            "posted_at": at,
            "title": inject.get("title", ""),
            "text": inject.get("text", ""),
            "url": f"drill://{drill.state['source']['ref']}/{index}",
            "reposts": inject.get("reposts"),
            "comments": inject.get("comments"),
            "likes": inject.get("likes"),
            "extra_json": json.dumps({"drill_inject": index}, ensure_ascii=False),
        }
    stamp = drill.now().isoformat(timespec="seconds")
    row.update(imported_at=stamp, updated_at=stamp)
    return row


def copy_columns(copy: Workspace) -> list[str]:
    return store.mention_columns(copy.db)


# -- the team's actions, stamped with drill time ---------------------------------------------


def draft_statement(drill: Drill, *, kind: str, channel: str, body: str, title: str = "") -> int:
    """A statement draft on the drill case; its drill time is kept for the approval delay."""
    created = cases.create_statement(
        drill.copy, drill.case_id, channel=channel, kind=kind, body=body, title=title
    )
    drill.state.setdefault("drafted", {})[str(created.id)] = drill.at()
    drill.save()
    activity = "draft_holding_reply" if kind == "holding" else "draft_statement"
    plan_link.tick_activity(drill, activity, drill.copy.user)
    return created.id


def approve_statement(
    drill: Drill, statement_id: int, given: approvals.ApprovalInput
) -> approvals.Approved:
    """Through the one approval path, in the drill copy's roster, at drill time; the
    checklist's approval item is ticked by the approver."""
    approved = cases.approve_statement(
        drill.copy, statement_id, given, at=drill.at(), confirm_language=True
    )
    if approved.approval is not None:
        plan_link.tick_activity(drill, cases.STATEMENT_ACTIVITY, approved.approval.approver_name)
    return approved


def publish_statement(drill: Drill, statement_id: int) -> Changes:
    return cases.publish_statement(drill.copy, statement_id, at=drill.at(), confirm_language=True)


def add_note(drill: Drill, kind: str, text: str, *, by: str = "") -> Changes:
    """A timeline event at drill time (the internal notice ticks its checklist item)."""
    changes: Changes = cases.add_event(drill.copy, drill.case_id, kind, text, at=drill.at())
    if kind == "internal_notice":
        changes = changes | plan_link.tick_activity(drill, "internal_notice", by or drill.copy.user)
    return changes
