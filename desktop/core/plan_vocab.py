"""Words of contingency plans (应急预案): statuses, the four phases, the first-hour duties.

Keys are stable ASCII (stored in the workspace); labels are Simplified Chinese source strings
that the UI translates. A plan is approved through the one approval path with the activity
`APPROVAL_ACTIVITY`: a plan carries the scenario's key messages (口径), so whoever approves
that scenario's statements in the roster's matrix approves its plan.
"""

from __future__ import annotations

OBJECT_TYPE = "plan"  # approvals.object_type and audit.object_type of a plan
APPROVAL_ACTIVITY = "approve_statement"

# draft → in_review → approved; an edit of an approved plan is a new draft version.
STATUSES: dict[str, str] = {
    "draft": "草稿",
    "in_review": "待审批",
    "approved": "已批准",
}
PENDING_STATUSES = frozenset({"draft", "in_review"})

PHASES: dict[str, str] = {
    "assess": "评估",
    "plan": "计划",
    "test": "演练",
    "execute": "执行",
}

# The first-hour duties the checklist is generated from: the roster activity whose R (or A)
# holders do it, and what the item says. Order is the order of the checklist.
FIRST_HOUR_DUTIES: tuple[tuple[str, str], ...] = (
    ("assess_severity", "核实事实：发生了什么、涉及多少人、是否仍在发生"),
    ("draft_holding_reply", "起草暂缓声明（holding statement），一小时内可发"),
    ("approve_statement", "审批暂缓声明与对外口径"),
    ("internal_notice", "向全体员工发内部通知，统一口径"),
    ("reply_social", "按口径回复社交媒体上的首批评论"),
    ("legal_review", "法律审核声明措辞与补偿承诺"),
)

# A plan not drilled for longer than this is stale (the roster health check warns).
TEST_STALE_DAYS = 183

# Likelihood and impact of a risk are scored 1..5; their product ranks the register.
SCORE_MIN, SCORE_MAX = 1, 5

# Health finding codes (services/plans/health.findings).
FINDING_LABELS: dict[str, str] = {
    "plan_never_tested": "预案从未演练",
    "plan_test_stale": "预案超过 6 个月未演练",
    "plan_role_empty": "预案中的角色在通讯录里没有人",
    "scenario_without_plan": "有进行中案例的场景没有预案",
    "plan_not_approved": "预案尚未批准",
}
