"""A whole case at once, for the case view, `case show` and the report."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.core.case_vocab import CASE_NATURES, CAUSES, PHASES
from desktop.core.vocab import SCENARIOS, SENTIMENTS, SEVERITIES
from desktop.services.cases.clock import case_clock_state
from desktop.services.cases.common import effective_severity, require_case
from desktop.services.cases.inform import Inform, who_to_inform
from desktop.services.cases.review import follow_up_actions, review_missing
from desktop.services.cases.severity import suggestion_of
from desktop.services.cases.statements import ApprovedStatement, statements
from desktop.services.cases.timeline import timeline
from desktop.storage import case_mentions
from desktop.storage.case_mentions import LinkedMentionRow, MentionReach
from desktop.storage.cases import ActionRow, CaseRow, EventRow
from desktop.storage.workspace import Workspace


@dataclass
class CaseDetail:
    """One case with everything shown about it. `case` leaves out the stored suggestion's
    JSON: `suggestion` has it parsed (level, score, factors, notes)."""

    case: CaseRow
    labels: dict[str, str]  # scenario, phase, cause, nature, severity in words
    effective_severity: str
    suggestion: dict[str, Any]
    clock: dict[str, Any]  # core.case_clock.ClockState.as_dict()
    events: list[EventRow]
    statements: list[ApprovedStatement]
    actions: list[ActionRow]
    mentions: list[LinkedMentionRow]
    mention_counts: dict[str, int]  # per sentiment, and "total"
    reach: MentionReach
    platforms: dict[str, int]
    inform: Inform
    review_missing: list[str]


def case_detail(
    workspace: Workspace, case_id: int, *, mention_limit: int | None = None
) -> CaseDetail:
    case = require_case(workspace, case_id)
    suggestion = suggestion_of(case)
    case.pop("severity_factors_json", None)
    stored = case_mentions.sentiment_counts(workspace.db, case_id)
    counts = {key: stored.get(key, 0) for key in SENTIMENTS}
    level = effective_severity(case)
    return CaseDetail(
        case=case,
        labels={
            "scenario": SCENARIOS.get(case["scenario"], case["scenario"]),
            "phase": PHASES.get(case["phase"], case["phase"]),
            "cause": CAUSES.get(case["cause"], case["cause"]),
            "nature": CASE_NATURES.get(case["nature"], case["nature"]),
            "severity": SEVERITIES.get(level, "未定级"),
        },
        effective_severity=level,
        suggestion=suggestion,
        clock=case_clock_state(workspace, case).as_dict(),
        events=timeline(workspace, case_id),
        statements=statements(workspace, case_id),
        actions=follow_up_actions(workspace, case_id),
        mentions=case_mentions.linked_mentions(workspace.db, case_id, mention_limit),
        mention_counts={**counts, "total": sum(counts.values())},
        reach=case_mentions.reach(workspace.db, case_id),
        platforms=case_mentions.platform_counts(workspace.db, case_id),
        inform=who_to_inform(workspace, case_id),
        review_missing=review_missing(case),
    )
