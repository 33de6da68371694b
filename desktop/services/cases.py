"""Crisis cases: create and edit, link mentions, severity, phases, timeline, statements with
approval, the response clock, review and the closing rule, the volume chart's data.

Qt-free. Every write is one transaction with its audit row; timeline events that follow from
an action (linking mentions, a new level or phase, an approval, a publication) are written in
the same transaction as the action.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from desktop.core import case_clock
from desktop.core.case_vocab import (
    ACTION_KINDS,
    CASE_NATURES,
    CAUSES,
    EVENT_KINDS,
    PHASES,
    STATEMENT_CHANNELS,
    STATEMENT_EVENT,
    STATEMENT_KINDS,
)
from desktop.core.changes import Changes
from desktop.core.errors import UserError
from desktop.core.mention_filter import MentionFilter
from desktop.core.severity import (
    SeveritySuggestion,
    SeverityThresholds,
    parse_time,
    suggest_severity,
)
from desktop.core.vocab import CHANNELS, SCENARIOS, SENTIMENTS, SEVERITIES, SEVERITY_NUMERALS
from desktop.services import approvals
from desktop.storage import cases as store
from desktop.storage import mention_query
from desktop.storage.workspace import Workspace, now_iso

EDITABLE = (
    "title",
    "scenario",
    "cause",
    "nature",
    "scope_platforms",
    "scope_regions",
    "scope_media",
    "owner",
    "summary",
    "detected_at",
    "response_target_minutes",
    "outcome",
)
REVIEW_FIELDS = ("what_worked", "what_failed", "root_cause", "lessons", "outcome")
STATEMENT_ACTIVITY = "approve_statement"


@dataclass
class LinkResult:
    case_id: int
    linked: int = 0
    already: int = 0
    moved: int = 0
    suggestion: SeveritySuggestion | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "case_id": self.case_id,
            "linked": self.linked,
            "already": self.already,
            "moved": self.moved,
            "suggested_severity": self.suggestion.level if self.suggestion else "",
        }


@dataclass
class ChartData:
    """Linked-mention volume per bucket and sentiment, and the actions as markers."""

    bucket: str  # "hour" or "day"
    starts: list[datetime] = field(default_factory=list)
    series: dict[str, list[int]] = field(default_factory=dict)
    markers: list[dict[str, Any]] = field(default_factory=list)

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


# -- helpers ----------------------------------------------------------------------------------


def _user(workspace: Workspace) -> str:
    return workspace.user


def _require_case(workspace: Workspace, case_id: int) -> dict[str, Any]:
    case = store.get_case(workspace.db, int(case_id))
    if case is None:
        raise UserError(f"找不到案例 {case_id}。", hint="用 `crisisdesk case list` 查看案例编号。")
    return case


def _require_statement(workspace: Workspace, statement_id: int) -> dict[str, Any]:
    statement = store.get_statement(workspace.db, int(statement_id))
    if statement is None:
        raise UserError(f"找不到声明 {statement_id}。")
    return statement


def _check_choice(value: str, choices: dict[str, str], what: str) -> None:
    if value not in choices:
        raise UserError(f"未知的{what}：{value}", hint="可选：" + "、".join(choices))


def _event(
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
    return store.insert_event(
        workspace.db,
        {
            "case_id": case_id,
            "at": at or now_iso(),
            "kind": kind,
            "text": text,
            "by": _user(workspace),
            "auto": auto,
            "statement_id": statement_id,
            "approval_id": approval_id,
            "created_at": now_iso(),
        },
    )


def thresholds(workspace: Workspace) -> SeverityThresholds:
    return SeverityThresholds.from_settings(workspace.setting("case_thresholds") or {})


def response_targets(workspace: Workspace) -> dict[str, int]:
    return case_clock.targets(workspace.setting("case_response_targets") or {})


def save_case_settings(
    workspace: Workspace,
    *,
    thresholds: dict[str, Any] | None = None,
    targets: dict[str, int] | None = None,
) -> int:
    """Store the workspace's severity thresholds and response targets (audited), then
    recompute the suggestion of every open case; returns how many were recomputed."""
    with workspace.transaction():
        if thresholds is not None:
            clean = SeverityThresholds.from_settings(thresholds).as_dict()
            workspace.set_setting(
                "case_thresholds",
                {k: list(v) if isinstance(v, tuple) else v for k, v in clean.items()},
            )
        if targets is not None:
            workspace.set_setting("case_response_targets", case_clock.targets(targets))
        open_ids = [
            r[0] for r in workspace.db.execute("SELECT id FROM cases WHERE phase != 'closed'")
        ]
        for case_id in open_ids:
            _recompute(workspace, case_id)
    return len(open_ids)


def effective_severity(case: dict[str, Any]) -> str:
    """The level the user set, else the suggestion (so a new case has a clock at once)."""
    return case.get("severity") or case.get("suggested_severity") or ""


# -- cases ------------------------------------------------------------------------------------


def create_case(
    workspace: Workspace,
    *,
    title: str,
    scenario: str = "other",
    detected_at: str | None = None,
    reference_key: str = "",
    **fields: Any,
) -> int:
    title = (title or "").strip()
    if not title:
        raise UserError("案例需要一个标题。", hint="例如：徐汇店沙拉碗钢丝事件。")
    _check_choice(scenario, SCENARIOS, "场景")
    now = now_iso()
    values: dict[str, Any] = {
        "title": title,
        "scenario": scenario,
        "opened_at": fields.pop("opened_at", None) or now,
        "detected_at": detected_at or now,
        "phase": "detected",
        "reference_key": reference_key,
        "created_by": _user(workspace),
        "updated_at": now,
    }
    values.update({k: v for k, v in fields.items() if k in EDITABLE and v is not None})
    with workspace.transaction():
        case_id = store.insert_case(workspace.db, values)
        _event(workspace, case_id, "detected", f"发现并立案：{title}", at=values["detected_at"])
        workspace.audit("create", "case", case_id, after=values)
    return case_id


def update_case(workspace: Workspace, case_id: int, **fields: Any) -> dict[str, Any]:
    """Edit the case's fields (not its level, phase or review: those have their own rules)."""
    case = _require_case(workspace, case_id)
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise UserError("这些字段不能在这里修改：" + "、".join(sorted(unknown)))
    if "scenario" in fields:
        _check_choice(fields["scenario"], SCENARIOS, "场景")
    if "title" in fields and not str(fields["title"]).strip():
        raise UserError("案例需要一个标题。")
    changed = {k: v for k, v in fields.items() if case.get(k) != v}
    if not changed:
        return {}
    with workspace.transaction():
        store.update_case(workspace.db, case_id, {**changed, "updated_at": now_iso()})
        workspace.audit(
            "edit", "case", case_id, before={k: case.get(k) for k in changed}, after=changed
        )
    return changed


def get_case(workspace: Workspace, case_id: int) -> dict[str, Any]:
    return _require_case(workspace, case_id)


def list_cases(
    workspace: Workspace,
    *,
    search: str = "",
    phases: list[str] | None = None,
    severities: list[str] | None = None,
    scenario: str = "",
    open_only: bool = False,
    now: datetime | None = None,
) -> list[dict[str, Any]]:
    """Open cases first, then closed; each with counts and the clock."""
    clauses: list[str] = []
    params: list[Any] = []
    if search.strip():
        like = f"%{search.strip()}%"
        clauses.append("(c.title LIKE ? OR c.summary LIKE ? OR c.owner LIKE ? OR c.cause LIKE ?)")
        params += [like] * 4
    if phases:
        clauses.append(f"c.phase IN ({','.join('?' * len(phases))})")
        params += phases
    if open_only:
        clauses.append("c.phase != 'closed'")
    if scenario:
        clauses.append("c.scenario = ?")
        params.append(scenario)
    rows = store.list_cases(workspace.db, " AND ".join(clauses) or "1", params)
    if severities:
        rows = [r for r in rows if effective_severity(r) in severities]
    for row in rows:
        row["effective_severity"] = effective_severity(row)
        row["clock"] = case_clock_state(workspace, row, now=now).as_dict()
    return rows


def delete_case(workspace: Workspace, case_id: int) -> None:
    case = _require_case(workspace, case_id)
    with workspace.transaction():
        workspace.db.execute("UPDATE mentions SET case_id = NULL WHERE case_id = ?", [case_id])
        workspace.db.execute("DELETE FROM cases WHERE id = ?", [case_id])
        workspace.audit("delete", "case", case_id, before={"title": case["title"]})


# -- linked mentions and severity ---------------------------------------------------------------


def _recompute(workspace: Workspace, case_id: int) -> SeveritySuggestion:
    suggestion = suggest_severity(store.mention_facts(workspace.db, case_id), thresholds(workspace))
    store.update_case(
        workspace.db,
        case_id,
        {
            "suggested_severity": suggestion.level,
            "severity_factors_json": json.dumps(suggestion.as_dict(), ensure_ascii=False),
        },
    )
    return suggestion


def recompute_suggestion(workspace: Workspace, case_id: int) -> SeveritySuggestion:
    _require_case(workspace, case_id)
    with workspace.transaction():
        return _recompute(workspace, case_id)


def suggestion_of(case: dict[str, Any]) -> dict[str, Any]:
    """The stored suggestion with its factors ({} before any mention was linked)."""
    factors = case.get("severity_factors")
    if factors is None:
        try:
            factors = json.loads(case.get("severity_factors_json") or "{}")
        except ValueError:
            factors = {}
    return factors if isinstance(factors, dict) else {}


def link_mentions(
    workspace: Workspace, case_id: int, mention_ids: list[int], *, at: str | None = None
) -> LinkResult:
    _require_case(workspace, case_id)
    ids = sorted({int(i) for i in mention_ids})
    result = LinkResult(case_id)
    if not ids:
        raise UserError("没有选中舆情。", hint="先在舆情台账里选中要关联的条目。")
    with workspace.transaction():
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for mention_id, current in workspace.db.execute(
                f"SELECT id, case_id FROM mentions WHERE id IN ({marks})", chunk
            ).fetchall():
                if current == case_id:
                    result.already += 1
                    continue
                if current is not None:
                    result.moved += 1
                result.linked += 1
                workspace.db.execute(
                    "UPDATE mentions SET case_id = ? WHERE id = ?", [case_id, mention_id]
                )
        if result.linked:
            text = f"关联舆情 {result.linked} 条"
            if result.moved:
                text += f"（其中 {result.moved} 条从其他案例移来）"
            _event(workspace, case_id, "mentions_linked", text, at=at)
            result.suggestion = _recompute(workspace, case_id)
            store.update_case(workspace.db, case_id, {"updated_at": now_iso()})
            workspace.audit(
                "link-mentions",
                "case",
                case_id,
                after={"mention_ids": ids[:200], **result.as_dict()},
            )
    return result


def link_matching(
    workspace: Workspace, case_id: int, mention_filter: MentionFilter, *, at: str | None = None
) -> LinkResult:
    where, params = mention_query.where(mention_filter)
    ids = [r[0] for r in workspace.db.execute(f"SELECT id FROM mentions WHERE {where}", params)]
    if not ids:
        raise UserError("当前搜索没有符合的舆情。", hint="调整搜索条件后再关联。")
    return link_mentions(workspace, case_id, ids, at=at)


def unlink_mentions(workspace: Workspace, case_id: int, mention_ids: list[int]) -> LinkResult:
    _require_case(workspace, case_id)
    ids = sorted({int(i) for i in mention_ids})
    result = LinkResult(case_id)
    with workspace.transaction():
        for mention_id in ids:
            cursor = workspace.db.execute(
                "UPDATE mentions SET case_id = NULL WHERE id = ? AND case_id = ?",
                [mention_id, case_id],
            )
            result.linked -= cursor.rowcount
        if result.linked:
            _event(workspace, case_id, "mentions_linked", f"取消关联舆情 {-result.linked} 条")
            result.suggestion = _recompute(workspace, case_id)
            workspace.audit("unlink-mentions", "case", case_id, after={"mention_ids": ids[:200]})
    return result


def linked_mentions(
    workspace: Workspace, case_id: int, limit: int | None = None
) -> list[dict[str, Any]]:
    return store.linked_mentions(workspace.db, case_id, limit)


def set_severity(
    workspace: Workspace, case_id: int, level: str, reason: str, *, at: str | None = None
) -> dict[str, Any]:
    case = _require_case(workspace, case_id)
    _check_choice(level, SEVERITIES, "级别")
    reason = (reason or "").strip()
    if not reason:
        raise UserError("定级需要写明理由。", hint="例如：涉及食品安全，已有媒体跟进。")
    values = {
        "severity": level,
        "severity_reason": reason,
        "severity_set_by": _user(workspace),
        "severity_set_at": at or now_iso(),
        "updated_at": now_iso(),
    }
    suggested = case.get("suggested_severity") or ""
    before = case.get("severity") or ""
    text = f"定级 {SEVERITY_NUMERALS[level]}级"
    if before and before != level:
        text = f"级别 {SEVERITY_NUMERALS[before]} → {SEVERITY_NUMERALS[level]}级"
    if suggested:
        text += f"（系统建议 {SEVERITY_NUMERALS[suggested]}级）"
    text += f"：{reason}"
    with workspace.transaction():
        store.update_case(workspace.db, case_id, values)
        _event(workspace, case_id, "severity_changed", text, at=at)
        workspace.audit(
            "set-severity",
            "case",
            case_id,
            before={"severity": before, "reason": case.get("severity_reason")},
            after={"severity": level, "reason": reason, "suggested": suggested},
        )
    return values


def review_missing(case: dict[str, Any]) -> list[str]:
    """What the closing rule still needs: at least the root cause and the lessons."""
    missing = []
    if not (case.get("root_cause") or "").strip():
        missing.append("根本原因")
    if not (case.get("lessons") or "").strip():
        missing.append("经验教训")
    return missing


def set_phase(
    workspace: Workspace, case_id: int, phase: str, *, at: str | None = None
) -> dict[str, Any]:
    case = _require_case(workspace, case_id)
    _check_choice(phase, PHASES, "阶段")
    if phase == case["phase"]:
        return {}
    if phase == "closed":
        missing = review_missing(case)
        if missing:
            raise UserError(
                "没有复盘的案例不能结案：还缺" + "、".join(missing) + "。",
                hint="请在“复盘”页填写根本原因和经验教训，再结案。",
            )
    values: dict[str, Any] = {"phase": phase, "updated_at": now_iso()}
    values["closed_at"] = (at or now_iso()) if phase == "closed" else None
    with workspace.transaction():
        store.update_case(workspace.db, case_id, values)
        _event(
            workspace,
            case_id,
            "phase_changed",
            f"阶段：{PHASES[case['phase']]} → {PHASES[phase]}",
            at=at,
        )
        workspace.audit(
            "set-phase", "case", case_id, before={"phase": case["phase"]}, after={"phase": phase}
        )
    return values


def save_review(workspace: Workspace, case_id: int, **fields: str) -> dict[str, Any]:
    case = _require_case(workspace, case_id)
    unknown = set(fields) - set(REVIEW_FIELDS)
    if unknown:
        raise UserError("未知的复盘字段：" + "、".join(sorted(unknown)))
    changed = {
        k: (v or "").strip() for k, v in fields.items() if (case.get(k) or "") != (v or "").strip()
    }
    if not changed:
        return {}
    with workspace.transaction():
        store.update_case(workspace.db, case_id, {**changed, "updated_at": now_iso()})
        workspace.audit(
            "edit-review", "case", case_id, before={k: case.get(k) for k in changed}, after=changed
        )
    return changed


# -- timeline ---------------------------------------------------------------------------------


def add_event(
    workspace: Workspace, case_id: int, kind: str, text: str, *, at: str | None = None
) -> int:
    _require_case(workspace, case_id)
    _check_choice(kind, EVENT_KINDS, "事件类型")
    if at and parse_time(at) is None:
        raise UserError(f"时间格式不对：{at}", hint="例如 2026-11-18T10:30:00+08:00。")
    with workspace.transaction():
        event_id = _event(workspace, case_id, kind, (text or "").strip(), at=at, auto=False)
        store.update_case(workspace.db, case_id, {"updated_at": now_iso()})
        workspace.audit("add-event", "case", case_id, after={"kind": kind, "text": text, "at": at})
    return event_id


def delete_event(workspace: Workspace, event_id: int) -> None:
    row = workspace.db.execute(
        "SELECT case_id, kind, text, auto FROM case_events WHERE id = ?", [event_id]
    ).fetchone()
    if row is None:
        raise UserError(f"找不到时间线事件 {event_id}。")
    if row[3]:
        raise UserError("自动记录的事件不能删除。", hint="它记录了案例里真实发生的操作。")
    with workspace.transaction():
        workspace.db.execute("DELETE FROM case_events WHERE id = ?", [event_id])
        workspace.audit("delete-event", "case", row[0], before={"kind": row[1], "text": row[2]})


def timeline(workspace: Workspace, case_id: int) -> list[dict[str, Any]]:
    rows = store.events(workspace.db, case_id)
    rows.sort(key=lambda r: (_sort_key(r["at"]), r["id"]))
    return rows


def _sort_key(value: str | None) -> float:
    moment = parse_time(value)
    if moment is None:
        return float("inf")
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.timestamp()


# -- the clock ----------------------------------------------------------------------------------


def first_holding_at(workspace: Workspace, case_id: int) -> datetime | None:
    rows = workspace.db.execute(
        "SELECT at FROM case_events WHERE case_id = ? AND kind IN"
        " ('holding_statement', 'official_statement', 'apology')",
        [case_id],
    ).fetchall()
    moments = [m for m in (parse_time(r[0]) for r in rows) if m is not None]
    return min(moments, key=lambda m: _sort_key(m.isoformat())) if moments else None


def case_clock_state(
    workspace: Workspace, case: dict[str, Any], *, now: datetime | None = None
) -> case_clock.ClockState:
    level = effective_severity(case)
    target = (
        case_clock.target_minutes(
            level,
            workspace.setting("case_response_targets") or {},
            case.get("response_target_minutes"),
        )
        if level
        else None
    )
    detected = parse_time(case.get("detected_at") or case.get("opened_at"))
    moment = now or datetime.now().astimezone()
    return case_clock.clock(detected, first_holding_at(workspace, case["id"]), target, moment)


# -- statements ---------------------------------------------------------------------------------


def statement_templates(workspace: Workspace) -> list[dict[str, Any]]:
    """Official-statement and holding-reply scripts from the 问答库."""
    rows = store.statement_templates(workspace.db)
    for row in rows:
        kind = str(row.get("kind") or "").lower()
        row["statement_kind"] = "holding" if "holding" in kind or "暂缓" in kind else "official"
    return rows


def create_statement(
    workspace: Workspace,
    case_id: int,
    *,
    channel: str,
    kind: str = "official",
    body: str = "",
    title: str = "",
    kb_entry_id: int | None = None,
) -> int:
    _require_case(workspace, case_id)
    if channel not in STATEMENT_CHANNELS and channel not in CHANNELS:
        raise UserError(f"未知的渠道：{channel}", hint="可选：" + "、".join(STATEMENT_CHANNELS))
    _check_choice(kind, STATEMENT_KINDS, "声明类型")
    now = now_iso()
    with workspace.transaction():
        cursor = workspace.db.execute(
            "INSERT INTO statements(case_id, channel, kind, title, body, status, version,"
            " kb_entry_id, created_by, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, 'draft', 1, ?, ?, ?, ?)",
            [case_id, channel, kind, title, body, kb_entry_id, _user(workspace), now, now],
        )
        statement_id = int(cursor.lastrowid)
        workspace.db.execute(
            "INSERT INTO statement_versions(statement_id, version, body, changed_by, changed_at)"
            " VALUES (?, 1, ?, ?, ?)",
            [statement_id, body, _user(workspace), now],
        )
        workspace.audit(
            "create",
            "statement",
            statement_id,
            after={
                "case_id": case_id,
                "channel": channel,
                "kind": kind,
                "kb_entry_id": kb_entry_id,
            },
        )
    return statement_id


_PLACEHOLDER_WITH_DEFAULT = re.compile(r"\{([^{}|]+)\|([^{}]*)\}")


def fill_placeholder_defaults(body: str) -> str:
    """KB scripts write placeholders as {name} or {name|default}: fill the defaults, leave
    the others visible for the user to complete before approval."""
    return _PLACEHOLDER_WITH_DEFAULT.sub(lambda m: m.group(2), body or "")


def create_statement_from_kb(
    workspace: Workspace, case_id: int, entry_id: int, *, channel: str, kind: str | None = None
) -> int:
    templates = [t for t in statement_templates(workspace) if t["entry_id"] == entry_id]
    if not templates:
        raise UserError(
            f"问答库条目 {entry_id} 没有声明或暂缓回复话术。",
            hint="请在问答库里为它添加“官方声明”或“暂缓回复”。",
        )
    chosen = next((t for t in templates if t.get("channel") == channel), templates[0])
    return create_statement(
        workspace,
        case_id,
        channel=channel,
        kind=kind or chosen["statement_kind"],
        body=fill_placeholder_defaults(chosen["body"]),
        title=chosen["title"],
        kb_entry_id=entry_id,
    )


def edit_statement(
    workspace: Workspace, statement_id: int, *, body: str, title: str | None = None
) -> dict[str, Any]:
    """A draft is edited in place; editing an approved or published statement makes a new
    version, back in draft, and voids the approval."""
    statement = _require_statement(workspace, statement_id)
    if body == statement["body"] and (title is None or title == statement["title"]):
        return statement
    now = now_iso()
    with workspace.transaction():
        if statement["status"] == "draft":
            version = statement["version"]
            workspace.db.execute(
                "UPDATE statement_versions SET body = ?, changed_by = ?, changed_at = ?"
                " WHERE statement_id = ? AND version = ?",
                [body, _user(workspace), now, statement_id, version],
            )
        else:
            version = statement["version"] + 1
            approvals.void(workspace, "statement", statement_id, reason=f"改为第 {version} 版")
            workspace.db.execute(
                "INSERT INTO statement_versions(statement_id, version, body, changed_by,"
                " changed_at) VALUES (?, ?, ?, ?, ?)",
                [statement_id, version, body, _user(workspace), now],
            )
        workspace.db.execute(
            "UPDATE statements SET body = ?, title = ?, version = ?, status = 'draft',"
            " published_at = CASE WHEN ? = 'draft' THEN published_at ELSE NULL END,"
            " updated_at = ? WHERE id = ?",
            [
                body,
                statement["title"] if title is None else title,
                version,
                statement["status"],
                now,
                statement_id,
            ],
        )
        workspace.audit(
            "edit",
            "statement",
            statement_id,
            before={
                "body": statement["body"],
                "version": statement["version"],
                "status": statement["status"],
            },
            after={"body": body, "version": version, "status": "draft"},
        )
    return _require_statement(workspace, statement_id)


def who_may_approve(workspace: Workspace, case_id: int) -> list[dict[str, Any]]:
    case = _require_case(workspace, case_id)
    return approvals.who_may_approve(
        workspace, STATEMENT_ACTIVITY, case["scenario"], effective_severity(case)
    )


def approve_statement(
    workspace: Workspace,
    statement_id: int,
    given: approvals.ApprovalInput,
    *,
    at: str | None = None,
) -> approvals.Approved:
    """Approve the statement's current version through the one approval path (raises
    ApprovalRefused naming who may approve). An empty, already approved or published
    statement cannot be approved."""
    statement = _require_statement(workspace, statement_id)
    _check_statement_approvable(statement)
    case = _require_case(workspace, statement["case_id"])

    def mark_approved(approval: approvals.Approval) -> Changes:
        current = _require_statement(workspace, statement_id)  # inside the transaction
        _check_statement_approvable(current)
        if current["version"] != statement["version"]:
            raise UserError("声明在审批期间被修改了。", hint="请审批新版本。")
        workspace.db.execute(
            "UPDATE statements SET status = 'approved', updated_at = ? WHERE id = ?",
            [now_iso(), statement_id],
        )
        _event(
            workspace,
            case["id"],
            "approval",
            f"{approval.approver_name} 审批了{_statement_label(statement)}"
            f"（第 {statement['version']} 版）",
            at=at,
            statement_id=statement_id,
            approval_id=approval.id,
        )
        return Changes.of_cases(case["id"])

    return approvals.approve(
        workspace,
        approvals.Subject(
            "statement",
            statement_id,
            statement["version"],
            STATEMENT_ACTIVITY,
            case["scenario"],
            effective_severity(case),
        ),
        given,
        apply=mark_approved,
        audit_extra={"case_id": case["id"]},
    )


def _check_statement_approvable(statement: dict[str, Any]) -> None:
    if statement["status"] == "published":
        raise UserError("这份声明已经发布，不能再审批。", hint="如需更正，请新建一份声明。")
    if statement["status"] != "draft":
        raise UserError("这份声明已经审批过了。", hint="修改内容会生成新版本，需要重新审批。")
    if not (statement["body"] or "").strip():
        raise UserError("声明还是空的，不能审批。", hint="先写好声明正文。")


def _statement_label(statement: dict[str, Any]) -> str:
    channel = STATEMENT_CHANNELS.get(statement["channel"]) or CHANNELS.get(
        statement["channel"], statement["channel"]
    )
    return f"{channel}{STATEMENT_KINDS.get(statement['kind'], statement['kind'])}"


def publish_statement(
    workspace: Workspace, statement_id: int, *, at: str | None = None
) -> dict[str, Any]:
    statement = _require_statement(workspace, statement_id)
    if statement["status"] == "published":
        raise UserError("这份声明已经发布。")
    approval = approvals.current_approval(
        workspace, "statement", statement_id, statement["version"]
    )
    if statement["status"] != "approved" or approval is None:
        raise UserError(
            "声明未经审批，不能发布。",
            hint="请先由危机通讯录中负责“审批声明”的人审批当前版本。",
        )
    moment = at or now_iso()
    kind = STATEMENT_EVENT.get(statement["kind"], "official_statement")
    with workspace.transaction():
        workspace.db.execute(
            "UPDATE statements SET status = 'published', published_at = ?, published_by = ?,"
            " updated_at = ? WHERE id = ?",
            [moment, _user(workspace), now_iso(), statement_id],
        )
        _event(
            workspace,
            statement["case_id"],
            kind,
            f"发布{_statement_label(statement)}（第 {statement['version']} 版，"
            f"{approval['approver_name']} 审批）",
            at=moment,
            statement_id=statement_id,
            approval_id=approval["id"],
        )
        workspace.audit("publish", "statement", statement_id, after={"at": moment})
    return _require_statement(workspace, statement_id)


def statements(workspace: Workspace, case_id: int) -> list[dict[str, Any]]:
    rows = store.statements(workspace.db, case_id)
    for row in rows:
        row["approval"] = approvals.current_approval(
            workspace, "statement", row["id"], row["version"]
        )
    return rows


def delete_statement(workspace: Workspace, statement_id: int) -> None:
    statement = _require_statement(workspace, statement_id)
    if statement["status"] == "published":
        raise UserError("已发布的声明不能删除。", hint="它是案例记录的一部分。")
    with workspace.transaction():
        workspace.db.execute("DELETE FROM statements WHERE id = ?", [statement_id])
        workspace.audit("delete", "statement", statement_id, before=statement)


def _names(workspace: Workspace, ids: list[int]) -> list[dict[str, Any]]:
    out = []
    for person_id in dict.fromkeys(ids):
        row = workspace.db.execute(
            "SELECT id, name, title, phone FROM people WHERE id = ?", [person_id]
        ).fetchone()
        if row:
            out.append({"id": row[0], "name": row[1], "title": row[2], "phone": row[3]})
    return out


def who_to_inform(workspace: Workspace, case_id: int) -> dict[str, list[dict[str, Any]]]:
    """From the roster matrix at this case's scenario and level: who must be informed (I of
    internal_notice), who does it (R) and who approves (A), and who approves statements."""
    case = _require_case(workspace, case_id)
    scenario, level = case["scenario"], effective_severity(case)
    try:
        return {
            "informed": _names(
                workspace, approvals.holders(workspace, "internal_notice", "I", scenario, level)
            ),
            "responsible": _names(
                workspace, approvals.holders(workspace, "internal_notice", "R", scenario, level)
            ),
            "accountable": _names(
                workspace, approvals.holders(workspace, "internal_notice", "A", scenario, level)
            ),
            "statement_approvers": approvals.who_may_approve(
                workspace, STATEMENT_ACTIVITY, scenario, level
            ),
        }
    except sqlite3.Error:  # the roster's tables may be missing in an old workspace
        return {"informed": [], "responsible": [], "accountable": [], "statement_approvers": []}


# -- follow-up actions --------------------------------------------------------------------------


def add_action(
    workspace: Workspace, case_id: int, text: str, *, owner: str = "", due_date: str = ""
) -> int:
    _require_case(workspace, case_id)
    if not (text or "").strip():
        raise UserError("改进措施需要写明做什么。")
    with workspace.transaction():
        cursor = workspace.db.execute(
            "INSERT INTO case_actions(case_id, text, owner, due_date) VALUES (?, ?, ?, ?)",
            [case_id, text.strip(), owner, due_date or None],
        )
        workspace.audit(
            "add-action", "case", case_id, after={"text": text, "owner": owner, "due": due_date}
        )
    return int(cursor.lastrowid)


def set_action_done(workspace: Workspace, action_id: int, done: bool = True) -> None:
    row = workspace.db.execute(
        "SELECT case_id FROM case_actions WHERE id = ?", [action_id]
    ).fetchone()
    if row is None:
        raise UserError(f"找不到改进措施 {action_id}。")
    with workspace.transaction():
        workspace.db.execute(
            "UPDATE case_actions SET done_at = ? WHERE id = ?",
            [now_iso() if done else None, action_id],
        )
        workspace.audit(
            "action-done" if done else "action-reopened",
            "case",
            row[0],
            after={"action": action_id},
        )


def delete_action(workspace: Workspace, action_id: int) -> None:
    row = workspace.db.execute(
        "SELECT case_id, text FROM case_actions WHERE id = ?", [action_id]
    ).fetchone()
    if row is None:
        raise UserError(f"找不到改进措施 {action_id}。")
    with workspace.transaction():
        workspace.db.execute("DELETE FROM case_actions WHERE id = ?", [action_id])
        workspace.audit("delete-action", "case", row[0], before={"text": row[1]})


def follow_up_actions(workspace: Workspace, case_id: int) -> list[dict[str, Any]]:
    return store.actions(workspace.db, case_id)


# -- chart ------------------------------------------------------------------------------------


def volume_series(workspace: Workspace, case_id: int, bucket: str = "auto") -> ChartData:
    """Linked mentions per hour (spans up to 3 days) or per day, by sentiment, in the time
    zone of the mentions; the timeline's actions as markers."""
    rows = workspace.db.execute(
        "SELECT posted_at, sentiment FROM mentions WHERE case_id = ? AND posted_at IS NOT NULL",
        [case_id],
    ).fetchall()
    parsed = [(parse_time(at), s if s in SENTIMENTS else "unknown") for at, s in rows]
    points = [(m, s) for m, s in parsed if m is not None]
    events = [
        e
        for e in store.events(workspace.db, case_id)
        if e["kind"] in ACTION_KINDS and parse_time(e["at"]) is not None
    ]
    tz = next((m.tzinfo for m, _ in points if m.tzinfo is not None), None)
    if tz is None:
        tz = datetime.now().astimezone().tzinfo

    def local(moment: datetime) -> datetime:
        return (moment if moment.tzinfo else moment.replace(tzinfo=tz)).astimezone(tz)

    moments = [local(m) for m, _ in points]
    marker_times = [local(parse_time(e["at"])) for e in events]  # type: ignore[arg-type]
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
    markers = [
        {"at": moment, "kind": e["kind"], "label": EVENT_KINDS[e["kind"]], "text": e["text"]}
        for e, moment in zip(events, marker_times, strict=True)
        if first <= moment <= last + step
    ]
    markers.sort(key=lambda m: m["at"])
    return ChartData(bucket=bucket, starts=starts, series=series, markers=markers)


# -- reference cases ------------------------------------------------------------------------------


def create_from_reference(workspace: Workspace, key: str, *, title: str = "") -> int:
    from desktop.services.reference_cases import reference_case

    ref = reference_case(key)
    if ref is None:
        raise UserError(f"找不到参考案例：{key}")
    summary = (
        f"参考案例：{ref['title']}（{ref['year']}）\n{ref['what_happened']}\n\n"
        f"当时的做法：{ref['what_was_done']}\n\n可借鉴：{'；'.join(ref['lessons'])}"
    )
    return create_case(
        workspace,
        title=title or f"新案例（参照：{ref['title']}）",
        scenario=ref["scenario"],
        summary=summary,
        reference_key=key,
    )


# -- a whole case, for show / report ---------------------------------------------------------------


def case_detail(
    workspace: Workspace, case_id: int, *, mention_limit: int | None = None
) -> dict[str, Any]:
    case = _require_case(workspace, case_id)
    case.pop("severity_factors_json", None)
    suggestion = suggestion_of(case)
    case.pop("severity_factors", None)
    mention_rows = store.linked_mentions(workspace.db, case_id, mention_limit)
    counts = {
        key: workspace.count("mentions", "case_id = ? AND sentiment = ?", [case_id, key])
        for key in SENTIMENTS
    }
    reach = workspace.db.execute(
        "SELECT coalesce(sum(followers), 0), coalesce(max(followers), 0),"
        " coalesce(sum(reposts), 0), min(posted_at), max(posted_at)"
        " FROM mentions WHERE case_id = ?",
        [case_id],
    ).fetchone()
    platforms = dict(
        workspace.db.execute(
            "SELECT platform, count(*) FROM mentions WHERE case_id = ? GROUP BY platform"
            " ORDER BY count(*) DESC",
            [case_id],
        ).fetchall()
    )
    return {
        "case": case,
        "labels": {
            "scenario": SCENARIOS.get(case["scenario"], case["scenario"]),
            "phase": PHASES.get(case["phase"], case["phase"]),
            "cause": CAUSES.get(case["cause"], case["cause"]),
            "nature": CASE_NATURES.get(case["nature"], case["nature"]),
            "severity": SEVERITIES.get(effective_severity(case), "未定级"),
        },
        "effective_severity": effective_severity(case),
        "suggestion": suggestion,
        "clock": case_clock_state(workspace, case).as_dict(),
        "events": timeline(workspace, case_id),
        "statements": statements(workspace, case_id),
        "actions": follow_up_actions(workspace, case_id),
        "mentions": mention_rows,
        "mention_counts": {**counts, "total": sum(counts.values())},
        "reach": {
            "followers_sum": reach[0],
            "followers_max": reach[1],
            "reposts_sum": reach[2],
            "first_posted_at": reach[3],
            "last_posted_at": reach[4],
        },
        "platforms": platforms,
        "inform": who_to_inform(workspace, case_id),
        "review_missing": review_missing(case),
    }
