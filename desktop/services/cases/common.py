"""What every part of a case's services shares: finding a case or statement, checking a
choice, writing an automatic timeline event, the effective level, ordering by time."""

from __future__ import annotations

from collections.abc import Mapping

from desktop.core.changes import Changes, ChangesWithId
from desktop.core.errors import UserError
from desktop.core.message_catalogue import CATALOGUE
from desktop.core.messages import msg
from desktop.core.severity import parse_time
from desktop.storage import cases as store
from desktop.storage.cases import CaseRow, StatementRow
from desktop.storage.workspace import Workspace, now_iso

STATEMENT_ACTIVITY = "approve_statement"


def created(case_id: int, row_id: int) -> ChangesWithId:
    """The changes of a write that made one row of a case (the case, an event, a statement,
    an action): the case changed, and the new row's id comes back in `.id`."""
    return ChangesWithId(id=row_id).with_changes(Changes.of_cases(case_id))


def require_case(workspace: Workspace, case_id: int) -> CaseRow:
    case = store.get_case(workspace.db, int(case_id))
    if case is None:
        raise UserError(msg("case.missing", id=case_id), hint=msg("case.missing.hint"))
    return case


def require_statement(workspace: Workspace, statement_id: int) -> StatementRow:
    statement = store.get_statement(workspace.db, int(statement_id))
    if statement is None:
        raise UserError(msg("case.statement_missing", id=statement_id))
    return statement


def check_choice(value: str, choices: Mapping[str, str], what: str) -> None:
    if value not in choices:
        said = msg(f"what.{what}") if f"what.{what}" in CATALOGUE else what
        raise UserError(
            msg("case.unknown_choice", what=said, value=value),
            hint=msg("case.choices", names=list(choices)),
        )


def record_event(
    workspace: Workspace,
    case_id: int,
    kind: str,
    text: str,
    *,
    at: str | None = None,
    auto: bool = True,
    statement_id: int | None = None,
    approval_id: int | None = None,
) -> int:
    """A timeline event, by default an automatic one (it records what the app did); call
    inside the transaction of the action it records."""
    return store.insert_event(
        workspace.db,
        case_id,
        kind,
        text,
        at=at or now_iso(),
        by=workspace.user,
        auto=auto,
        created_at=now_iso(),
        statement_id=statement_id,
        approval_id=approval_id,
    )


def effective_severity(case: Mapping[str, object]) -> str:
    """The level the user set, else the suggestion (so a new case has a clock at once)."""
    return str(case.get("severity") or case.get("suggested_severity") or "")


def require_moment(value: object, what: str = "发现时间") -> str:
    """An ISO 8601 time with its UTC offset (what the clock can count from), as stored;
    free text such as "11月3日 下午" or a time without an offset is refused."""
    text = str(value or "").strip()
    moment = parse_time(text)
    if moment is None or moment.tzinfo is None:
        raise UserError(
            f"{what}格式不对：{text or '（空）'}",
            hint="请填写带时区的完整时间，例如 2026-11-18T09:40:00+08:00。",
        )
    return moment.isoformat(timespec="seconds")


def earliest(times: list[str]) -> str | None:
    """The earliest of these ISO times (unreadable ones are skipped), as given."""
    readable = [t for t in times if parse_time(t) is not None]
    return min(readable, key=time_key) if readable else None


def time_key(value: str | None) -> float:
    """Orders ISO times with and without a zone; a missing or unreadable time sorts last."""
    moment = parse_time(value)
    if moment is None:
        return float("inf")
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.timestamp()
