"""Contingency plans (应急预案, issue 16): one per scenario in four phases — assess, plan,
test, execute — versioned and approved through the one approval path, activated on a case.

The front ends and the drills area use this package's names; the modules behind them:
records (read, create, save, drills recorded), versions, approval, checklist (generated from
the RACI matrix; the case's copy ticked), activation, health, excel, export, seeding.
"""

from desktop.core.plan_content import (
    ChannelStep,
    Duty,
    KeyMessage,
    PlanContent,
    Remedy,
    Risk,
)
from desktop.services.plans.activation import Activation, activate, activation, activations_of
from desktop.services.plans.approval import approve, approvers, explain, submit_for_review
from desktop.services.plans.approval import subject as approval_subject
from desktop.services.plans.checklist import (
    ChecklistItem,
    checklist,
    generate_checklist,
    skip,
    skipped_items,
    tick,
)
from desktop.services.plans.health import findings, workspace_health
from desktop.services.plans.records import (
    DrillSummary,
    Plan,
    PlanSummary,
    SaveResult,
    content_in_use,
    create_plan,
    drill_history,
    get_plan,
    kb_titles,
    list_plans,
    record_test,
    save_plan,
)
from desktop.services.plans.seeding import seed_plans
from desktop.services.plans.versions import diff, restore_version, version_content, versions

__all__ = [
    "Activation",
    "ChannelStep",
    "ChecklistItem",
    "DrillSummary",
    "Duty",
    "KeyMessage",
    "Plan",
    "PlanContent",
    "PlanSummary",
    "Remedy",
    "Risk",
    "SaveResult",
    "activate",
    "activation",
    "activations_of",
    "approval_subject",
    "approve",
    "approvers",
    "checklist",
    "content_in_use",
    "create_plan",
    "diff",
    "drill_history",
    "explain",
    "findings",
    "generate_checklist",
    "get_plan",
    "kb_titles",
    "list_plans",
    "record_test",
    "restore_version",
    "save_plan",
    "seed_plans",
    "skip",
    "skipped_items",
    "submit_for_review",
    "tick",
    "version_content",
    "versions",
    "workspace_health",
]
