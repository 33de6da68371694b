"""Crisis cases: create and edit, link mentions, severity, phases, timeline, statements with
approval, the response clock, review and the closing rule, the volume chart's data.

Qt-free. Every write is one transaction with its audit row; timeline events that follow from
an action (linking mentions, a new level or phase, an approval, a publication) are written in
the same transaction as the action. The modules split the area by concern; this package
re-exports their public names, so callers write `cases.create_case(...)`.
"""

from __future__ import annotations

from desktop.services.cases.chart import ChartData, ChartMarker, volume_series
from desktop.services.cases.clock import case_clock_state, first_holding_at, response_targets
from desktop.services.cases.common import STATEMENT_ACTIVITY, effective_severity
from desktop.services.cases.detail import CaseDetail, case_detail
from desktop.services.cases.inform import Inform, who_to_inform
from desktop.services.cases.links import (
    LinkResult,
    link_matching,
    link_mentions,
    linked_mentions,
    matching_mentions,
    open_case,
    open_case_matching,
    unlink_mentions,
)
from desktop.services.cases.records import (
    EDITABLE,
    CaseListRow,
    create_case,
    create_from_reference,
    delete_case,
    get_case,
    list_cases,
    update_case,
)
from desktop.services.cases.reference import ReferenceCase, reference_case, reference_cases
from desktop.services.cases.review import (
    REVIEW_FIELDS,
    add_action,
    delete_action,
    follow_up_actions,
    plan_items_for_review,
    review_missing,
    save_review,
    set_action_done,
    set_phase,
)
from desktop.services.cases.severity import (
    recompute_suggestion,
    save_case_settings,
    set_severity,
    suggestion_of,
    thresholds,
)
from desktop.services.cases.statements import (
    ApprovedStatement,
    LanguageMismatch,
    StatementTemplate,
    approve_statement,
    create_statement,
    create_statement_from_kb,
    delete_statement,
    edit_statement,
    fill_placeholder_defaults,
    language_warning,
    publish_statement,
    statement_templates,
    statements,
    text_language,
    who_may_approve,
    workspace_language,
)
from desktop.services.cases.timeline import add_event, delete_event, timeline
from desktop.storage.workspace import Workspace  # the type the front ends name

__all__ = [
    "EDITABLE",
    "REVIEW_FIELDS",
    "STATEMENT_ACTIVITY",
    "ApprovedStatement",
    "CaseDetail",
    "CaseListRow",
    "ChartData",
    "ChartMarker",
    "Inform",
    "LanguageMismatch",
    "LinkResult",
    "ReferenceCase",
    "StatementTemplate",
    "Workspace",
    "add_action",
    "add_event",
    "approve_statement",
    "case_clock_state",
    "case_detail",
    "create_case",
    "create_from_reference",
    "create_statement",
    "create_statement_from_kb",
    "delete_action",
    "delete_case",
    "delete_event",
    "delete_statement",
    "edit_statement",
    "effective_severity",
    "fill_placeholder_defaults",
    "first_holding_at",
    "follow_up_actions",
    "get_case",
    "language_warning",
    "link_matching",
    "link_mentions",
    "linked_mentions",
    "list_cases",
    "matching_mentions",
    "open_case",
    "open_case_matching",
    "plan_items_for_review",
    "publish_statement",
    "recompute_suggestion",
    "reference_case",
    "reference_cases",
    "response_targets",
    "review_missing",
    "save_case_settings",
    "save_review",
    "set_action_done",
    "set_phase",
    "set_severity",
    "statement_templates",
    "statements",
    "suggestion_of",
    "text_language",
    "thresholds",
    "timeline",
    "unlink_mentions",
    "update_case",
    "volume_series",
    "who_may_approve",
    "who_to_inform",
    "workspace_language",
]
