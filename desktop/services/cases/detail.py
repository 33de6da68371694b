"""A whole case at once, for the case view, `case show` and the report."""

from __future__ import annotations

from typing import Any

from desktop.core.case_vocab import (
    CASE_NATURES,
    CAUSES,
    PHASES,
)
from desktop.core.vocab import SCENARIOS, SENTIMENTS, SEVERITIES
from desktop.services.cases.clock import case_clock_state
from desktop.services.cases.common import effective_severity, require_case
from desktop.services.cases.inform import who_to_inform
from desktop.services.cases.review import follow_up_actions, review_missing
from desktop.services.cases.severity import suggestion_of
from desktop.services.cases.statements import statements
from desktop.services.cases.timeline import timeline
from desktop.storage import cases as store
from desktop.storage.workspace import Workspace


def case_detail(
    workspace: Workspace, case_id: int, *, mention_limit: int | None = None
) -> dict[str, Any]:
    case = require_case(workspace, case_id)
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
