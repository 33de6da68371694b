"""Seeding: one draft plan per scenario, key messages linked to the 问答库, the demo's approved and drilled plan."""

from __future__ import annotations

from desktop.core.vocab import SCENARIOS
from desktop.services import plans


def test_new_workspace_has_one_draft_plan_per_scenario(workspace) -> None:
    listed = plans.list_plans(workspace)
    assert [p.scenario for p in listed] == list(SCENARIOS)
    assert {p.status for p in listed} == {"draft"}
    food = plans.get_plan(workspace, "食品或产品安全")
    assert food.scenario == "food_safety"
    assert food.content.risks and food.content.messages and food.content.internal_notice
    assert plans.get_plan(workspace, food.id) == food


def test_demo_plans_name_the_demo_people(demo_workspace) -> None:
    food = plans.get_plan(demo_workspace, "food_safety")
    assert all(d.person for d in food.content.duties[:4])


def test_seeded_key_messages_link_to_the_kb(workspace) -> None:
    food = plans.get_plan(workspace, "food_safety")
    linked = [m.kb_entry_id for m in food.content.messages if m.kb_entry_id]
    assert linked  # the general 问答库 has the entries the template names


def test_demo_food_safety_plan_is_approved_and_drilled(demo_workspace) -> None:
    food = plans.get_plan(demo_workspace, "food_safety")
    assert food.status == "approved" and food.approved_version == 1
    assert food.last_tested_at and "暂缓声明" in food.last_test_found
