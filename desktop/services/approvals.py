"""Approvals, one mechanism for the whole app, enforced against the roster's matrix.

An approval records object, version, approver (a roster person), how it was given, when and
a note. Only the person holding A for the activity in the matching matrix may approve — or
that person's backup while the primary is marked unavailable. The knowledge base, statements and
anything later approve through `approve` only, inside one transaction with their own change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from typing import Any

from desktop.core.changes import Changes, ChangesWithCount, ChangesWithId
from desktop.core.errors import UserError
from desktop.core.roster_rules import effective_row
from desktop.core.vocab import ACTIVITIES, APPROVAL_METHODS
from desktop.storage import approvals as store
from desktop.storage import roster as roster_store
from desktop.storage.workspace import Workspace, now_iso


class ApprovalRefused(UserError):
    """The person may not approve this; the message names who may."""


def _a_holders(workspace: Workspace, activity: str, scenario: str, severity: str) -> list[int]:
    return holders(workspace, activity, "A", scenario, severity)


def holders(
    workspace: Workspace, activity: str, raci: str, scenario: str = "", severity: str = ""
) -> list[int]:
    """People holding `raci` (R/A/C/I) for an activity in the matching matrix.

    The activity's row comes whole from the most specific matrix that defines it:
    scenario+severity, then scenario, then severity, then the default matrix
    (core/roster_rules.effective_row). A role cell stands for everyone holding that role.
    """
    db = workspace.db
    row, _source = effective_row(
        roster_store.activity_cells(db, activity), activity, scenario, severity
    )
    people: list[int] = []
    for cell in row:
        if cell.raci != raci:
            continue
        if cell.person_id is not None:
            people.append(cell.person_id)
        elif cell.role_id is not None:
            people += roster_store.role_member_ids(db, cell.role_id)
    return list(dict.fromkeys(people))


def who_may_approve(
    workspace: Workspace, activity: str, scenario: str = "", severity: str = ""
) -> list[dict[str, Any]]:
    """The A holders who are available, plus the backups of those who are not.

    Each entry: id, name, available, backup_id and `instead_of` (the unavailable primary's
    name when this person may approve as the backup, else "").
    """
    allowed: list[dict[str, Any]] = []
    seen: set[int] = set()
    for person_id in _a_holders(workspace, activity, scenario, severity):
        person = _person(workspace, person_id)
        if person is None:
            continue
        if person["available"]:
            candidate = {**person, "instead_of": ""}
        elif person["backup_id"] and person["backup_id"] != person["id"]:
            backup = _person(workspace, person["backup_id"])
            if backup is None or not backup["available"]:
                continue
            candidate = {**backup, "instead_of": person["name"]}
        else:
            continue
        if candidate["id"] not in seen:
            seen.add(candidate["id"])
            allowed.append(candidate)
    return allowed


def explain(workspace: Workspace, activity: str, scenario: str = "", severity: str = "") -> str:
    """One sentence on who may approve now, for dialogs and refusals."""
    allowed = who_may_approve(workspace, activity, scenario, severity)
    found = [_person(workspace, i) for i in _a_holders(workspace, activity, scenario, severity)]
    primaries = [p for p in found if p is not None]
    label = ACTIVITIES.get(activity, activity)
    if not primaries:
        return f"危机通讯录的职责矩阵里没有人负责审批“{label}”（A）。"
    if not allowed:
        names = "、".join(p["name"] for p in primaries)
        return f"审批人 {names} 目前不在岗，且没有在岗的备用人。"
    parts = []
    for person in allowed:
        if person["instead_of"]:
            parts.append(f"{person['name']}（代 {person['instead_of']}，其不在岗）")
        else:
            parts.append(person["name"])
    return "可以审批的人：" + "、".join(parts) + "。"


def _person(workspace: Workspace, person_id: int) -> dict[str, Any] | None:
    """id, name, available and backup_id of a roster person (None when not in the roster)."""
    found = roster_store.availability(workspace.db, person_id)
    return asdict(found) if found is not None else None


def add_evidence(
    workspace: Workspace, data: bytes, name: str, mime: str = "image/png"
) -> ChangesWithId:
    """Store an evidence file (a screenshot of the WeChat "同意", a photo of the signed
    paper) in `attachments`; pass its id (`.id`) to `approve`, which links it to the approval."""
    _check_evidence(data)
    with workspace.transaction():
        attachment_id = _store_evidence(workspace, name, mime, data)
    return ChangesWithId(audit=True, id=attachment_id)


def _check_evidence(data: bytes) -> None:
    if not data:
        raise UserError("证据文件是空的。", hint="请选择一张截图或照片。")
    if len(data) > MAX_EVIDENCE_BYTES:
        raise UserError("证据文件太大（超过 20 MB）。", hint="请截取需要的部分，或压缩后再添加。")


def _store_evidence(workspace: Workspace, name: str, mime: str, data: bytes) -> int:
    attachment_id = _insert_evidence(workspace, name, mime, data)
    workspace.audit("add-evidence", "attachment", attachment_id, after={"name": name})
    return attachment_id


def _insert_evidence(workspace: Workspace, name: str, mime: str, data: bytes) -> int:
    return store.insert_evidence(workspace.db, name, mime, data, now_iso())


MAX_EVIDENCE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Evidence:
    """A screenshot of the WeChat "同意", a photo of the signed paper."""

    name: str
    mime: str
    data: bytes


@dataclass(frozen=True)
class ApprovalInput:
    """What the one approval dialog (and the CLI, and a test) collects from the user."""

    approver_id: int
    method: str = "in_person"
    note: str = ""
    evidence: Evidence | None = None
    attachment_id: int | None = None  # evidence stored earlier with `add_evidence`


@dataclass(frozen=True)
class Subject:
    """What is being approved: one version of one object, for one roster activity."""

    object_type: str
    object_id: str | int
    version: int
    activity: str
    scenario: str = ""
    severity: str = ""


@dataclass(frozen=True)
class Approval:
    id: int
    approver_id: int
    approver_name: str
    method: str
    at: str
    note: str
    attachment_id: int | None


@dataclass(frozen=True)
class Approved(ChangesWithId):
    """The changes of an approval; `id` is the approval's id, `approval` the row written."""

    approval: Approval | None = None


# What the approved object does once its approval row exists (inside the same transaction):
# mark itself approved, add a timeline event; returns what else it changed.
ApplyApproval = Callable[[Approval], Changes]


def approve(
    workspace: Workspace,
    subject: Subject,
    given: ApprovalInput,
    *,
    apply: ApplyApproval | None = None,
    audit_extra: dict[str, Any] | None = None,
    at: str | None = None,
) -> Approved:
    """The one approval path of the app: the roster's rule, the approval row, the object's own
    change (`apply`) and ONE audit row, all in one transaction.

    Refusals are audited in a short transaction of their own (nothing else is written), then
    `ApprovalRefused` is raised, naming who may approve.
    """
    if given.method not in APPROVAL_METHODS:
        raise UserError(f"未知的审批方式：{given.method}")
    if subject.activity not in ACTIVITIES:
        raise UserError(f"未知的审批事项：{subject.activity}")
    approver = _check_rule(workspace, subject, given.approver_id)
    if given.attachment_id is not None and not store.attachment_exists(
        workspace.db, given.attachment_id
    ):
        raise UserError("找不到审批证据附件。", hint="请重新添加截图。")
    if given.evidence is not None:
        _check_evidence(given.evidence.data)
    with workspace.transaction():
        attachment_id = given.attachment_id
        if given.evidence is not None:
            attachment_id = _insert_evidence(
                workspace, given.evidence.name, given.evidence.mime, given.evidence.data
            )
        approval = _insert_approval(
            workspace, subject, given, approver["name"], attachment_id, at or now_iso()
        )
        changes = apply(approval) if apply is not None else Changes(roster=True)
        workspace.audit(
            "approve",
            subject.object_type,
            subject.object_id,
            after={
                "approval_id": approval.id,
                "version": subject.version,
                "approver_id": given.approver_id,
                "approver": approver["name"],
                "method": given.method,
                "activity": subject.activity,
                "scenario": subject.scenario,
                "severity": subject.severity,
                "note": given.note,
                "attachment_id": attachment_id,
                **(audit_extra or {}),
            },
        )
    merged = changes | Changes(roster=True, audit=True)
    return Approved(
        **{item.name: getattr(merged, item.name) for item in fields(Changes)},
        id=approval.id,
        approval=approval,
    )


def _check_rule(workspace: Workspace, subject: Subject, approver_id: int) -> dict[str, Any]:
    """The roster's rule: only an A holder (or the backup of an absent one) approves."""
    activity, scenario, severity = subject.activity, subject.scenario, subject.severity
    allowed = who_may_approve(workspace, activity, scenario, severity)
    approver = _person(workspace, approver_id)
    if approver is not None and approver_id in {p["id"] for p in allowed}:
        return approver
    activity_label = ACTIVITIES.get(activity, activity)
    who = approver["name"] if approver else f"编号 {approver_id}"
    reason = explain(workspace, activity, scenario, severity)
    with workspace.transaction():
        workspace.audit(
            "approval-refused",
            subject.object_type,
            subject.object_id,
            after={
                "approver_id": approver_id,
                "approver": who,
                "activity": activity,
                "scenario": scenario,
                "severity": severity,
                "version": subject.version,
                "allowed": [p["name"] for p in allowed],
            },
        )
    if not allowed:
        raise ApprovalRefused(
            f"{who} 不能审批“{activity_label}”：{reason}",
            hint="请先在危机通讯录中指定审批人（A）或把在岗的备用人设好。",
        )
    extra = ""
    if approver is not None and not approver["available"]:
        extra = "（此人目前标记为不在岗）"
    raise ApprovalRefused(f"{who}{extra} 不能审批“{activity_label}”。", hint=reason)


def _insert_approval(
    workspace: Workspace,
    subject: Subject,
    given: ApprovalInput,
    approver_name: str,
    attachment_id: int | None,
    at: str,
) -> Approval:
    approval_id = store.insert_approval(
        workspace.db,
        store.NewApproval(
            object_type=subject.object_type,
            object_id=str(subject.object_id),
            version=subject.version,
            approver_id=given.approver_id,
            approver_name=approver_name,
            method=given.method,
            at=at,
            note=given.note,
            attachment_id=attachment_id,
            activity=subject.activity,
            scenario=subject.scenario,
            severity=subject.severity,
        ),
    )
    if attachment_id is not None:
        store.link_evidence(workspace.db, attachment_id, approval_id)
    return Approval(
        approval_id, given.approver_id, approver_name, given.method, at, given.note, attachment_id
    )


def current_approval(
    workspace: Workspace, object_type: str, object_id: str | int, version: int
) -> dict[str, Any] | None:
    """The valid (not voided) approval of exactly this version, or None."""
    found = store.current_approval(workspace.db, object_type, str(object_id), version)
    return asdict(found) if found is not None else None


def history(workspace: Workspace, object_type: str, object_id: str | int) -> list[dict[str, Any]]:
    """Every approval of an object, newest first, voided ones included."""
    return [asdict(row) for row in store.history(workspace.db, object_type, str(object_id))]


def evidence(workspace: Workspace, attachment_id: int) -> tuple[str, str, bytes] | None:
    """(name, mime, data) of an approval's evidence file."""
    found = store.evidence(workspace.db, attachment_id)
    return (found.name, found.mime, found.data) if found is not None else None


def void(
    workspace: Workspace, object_type: str, object_id: str | int, reason: str = ""
) -> ChangesWithCount:
    """Editing approved content voids its approvals; call inside the edit's transaction.

    `.count` says how many approvals were voided (0 when there was none to void).
    """
    with workspace.transaction():
        voided = store.void_approvals(workspace.db, object_type, str(object_id), now_iso(), reason)
        if voided:
            workspace.audit(
                "approval-voided",
                object_type,
                object_id,
                after={"reason": reason, "voided": voided},
            )
    return ChangesWithCount(roster=bool(voided), audit=bool(voided), count=voided)
