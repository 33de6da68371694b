"""The level of a case: the suggestion from its linked mentions (against the workspace's
thresholds) and the level the user sets with a reason."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from desktop.core import case_clock
from desktop.core.changes import Changes, ChangesWithCount
from desktop.core.errors import UserError
from desktop.core.messages import msg
from desktop.core.severity import SeveritySuggestion, SeverityThresholds, suggest_severity
from desktop.core.vocab import SEVERITIES, SEVERITY_NUMERALS
from desktop.services.cases.common import check_choice, record_event, require_case
from desktop.storage import cases as store
from desktop.storage import triage as triage_store
from desktop.storage.workspace import Workspace, now_iso


def thresholds(workspace: Workspace) -> SeverityThresholds:
    return SeverityThresholds.from_settings(workspace.setting("case_thresholds") or {})


def save_case_settings(
    workspace: Workspace,
    *,
    thresholds: dict[str, Any] | None = None,
    targets: dict[str, int] | None = None,
) -> ChangesWithCount:
    """Store the workspace's severity thresholds and response targets (audited), then
    recompute the suggestion of every open case; `.count` says how many were recomputed."""
    with workspace.transaction():
        if thresholds is not None:
            clean = SeverityThresholds.from_settings(thresholds).as_dict()
            workspace.set_setting(
                "case_thresholds",
                {k: list(v) if isinstance(v, tuple) else v for k, v in clean.items()},
            )
        if targets is not None:
            workspace.set_setting("case_response_targets", case_clock.targets(targets))
        open_ids = store.open_case_ids(workspace.db)
        for case_id in open_ids:
            store_suggestion(workspace, case_id)
    return ChangesWithCount(
        cases=True, audit=True, case_ids=frozenset(open_ids), count=len(open_ids)
    )


def store_suggestion(workspace: Workspace, case_id: int) -> SeveritySuggestion:
    """Score the case's linked mentions and store the suggestion with its factors; call
    inside the transaction that changed the mentions or the thresholds."""
    facts = triage_store.case_counting_facts(workspace.db, case_id)
    suggestion = _with_sources(
        suggest_severity(facts, thresholds(workspace)),
        triage_store.case_negative_sources(workspace.db, case_id),
    )
    store.update_case(
        workspace.db,
        case_id,
        {
            "suggested_severity": suggestion.level,
            "severity_factors_json": json.dumps(suggestion.as_dict(), ensure_ascii=False),
        },
    )
    return suggestion


def _with_sources(
    suggestion: SeveritySuggestion, sources: tuple[int, int, int]
) -> SeveritySuggestion:
    """The negative volume says which negatives are confirmed (a person, the sheet) and which
    are the model's confident suggestions; weak guesses are not counted and are named."""
    confirmed, suggested, guessed = sources
    factors = []
    for factor in suggestion.factors:
        if factor.key == "negative_volume":
            value = factor.value
            if suggested or guessed:
                value += f"（确认 {confirmed} · 模型建议 {suggested}"
                value += f" · 未计入的弱判断 {guessed}）" if guessed else "）"
            factor = replace(
                factor,
                value=value,
                data={
                    **factor.data,
                    "confirmed": confirmed,
                    "suggested": suggested,
                    "not_counted": guessed,
                },
            )
        factors.append(factor)
    return replace(suggestion, factors=factors)


def recompute_suggestion(workspace: Workspace, case_id: int) -> Changes:
    require_case(workspace, case_id)
    with workspace.transaction():
        store_suggestion(workspace, case_id)
    return Changes.of_cases(case_id)


def suggestion_of(case: Mapping[str, Any]) -> dict[str, Any]:
    """The stored suggestion with its factors ({} before any mention was linked)."""
    try:
        factors = json.loads(case.get("severity_factors_json") or "{}")
    except ValueError:
        factors = {}
    return factors if isinstance(factors, dict) else {}


def set_severity(
    workspace: Workspace, case_id: int, level: str, reason: str, *, at: str | None = None
) -> Changes:
    """The user's level, with the reason; the timeline records it beside the suggestion."""
    case = require_case(workspace, case_id)
    check_choice(level, SEVERITIES, "级别")
    reason = (reason or "").strip()
    if not reason:
        raise UserError(msg("case.level_needs_reason"), hint=msg("case.level_needs_reason.hint"))
    values = {
        "severity": level,
        "severity_reason": reason,
        "severity_set_by": workspace.user,
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
        record_event(workspace, case_id, "severity_changed", text, at=at)
        workspace.audit(
            "set-severity",
            "case",
            case_id,
            before={"severity": before, "reason": case.get("severity_reason")},
            after={"severity": level, "reason": reason, "suggested": suggested},
        )
    return Changes.of_cases(case_id)
