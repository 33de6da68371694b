"""Catalogue texts of the plans and drills areas (plan health findings, drill findings),
merged into core/message_catalogue.CATALOGUE; kept apart so those areas' words grow here."""

from __future__ import annotations

PLANS_CATALOGUE: dict[str, tuple[str, str]] = {
    # -- plan health (core/plan_rules) -----------------------------------------------------
    "plan.never_tested": (
        "预案“{title}”从未演练过。",
        "The plan “{title}” has never been drilled.",
    ),
    "plan.never_tested.fix": (
        "在“演练”中用这个预案做一次桌面推演。",
        "Run a tabletop drill of this plan under Drills.",
    ),
    "plan.test_stale": (
        "预案“{title}”上次演练是 {tested}，已超过 {age} 天。",
        "The plan “{title}” was last drilled on {tested}, {age} days ago.",
    ),
    "plan.test_stale.fix": (
        "安排一次新的演练，确认预案仍然可用。",
        "Schedule a new drill to confirm the plan still works.",
    ),
    "plan.role_empty": (
        "预案“{title}”的“{duty}”由 {role} 负责，但通讯录里没有这个角色的人。",
        "In the plan “{title}”, “{duty}” falls to {role}, but nobody in the roster has that role.",
    ),
    "plan.role_unassigned": (
        "预案“{title}”的“{duty}”由 （未指定角色） 负责，但通讯录里没有这个角色的人。",
        "In the plan “{title}”, “{duty}” has no role, and nobody in the roster is named for it.",
    ),
    "plan.role_empty.fix": (
        "在危机通讯录里给这个角色添加成员，或在职责矩阵中指定负责人。",
        "Add members with this role to the crisis roster, or name someone in the RACI matrix.",
    ),
    "plan.scenario_without_plan": (
        "场景“{scenario}”有进行中的案例，但没有应急预案。",
        "The scenario “{scenario}” has an open case but no contingency plan.",
    ),
    "plan.scenario_without_plan.fix": (
        "在“预案”页为这个场景建立预案。",
        "Create a plan for this scenario on the Plans page.",
    ),
}
