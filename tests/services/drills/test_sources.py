"""Where injects come from: the scripted scenarios, a reference case, a past case."""

from __future__ import annotations

import pytest

from desktop.core.case_vocab import EVENT_KINDS
from desktop.core.errors import UserError
from desktop.core.vocab import SCENARIOS
from desktop.services import cases, drills


def test_the_scripted_scenarios_are_timed_and_name_the_brand() -> None:
    found = drills.scenarios()
    assert len(found) >= 3
    for scenario in found:
        assert scenario["scenario"] in SCENARIOS
        times = [float(i["at_minutes"]) for i in scenario["injects"]]
        assert times == sorted(times) and times[0] == 0
        assert all(i["kind"] == "mention" or i["kind"] in EVENT_KINDS for i in scenario["injects"])
    source = drills.from_scenario("food_safety_post", "鹿角巷鲜食")
    assert "鹿角巷鲜食" in source.injects[0]["text"] and "{品牌}" not in source.summary
    kinds = {i["kind"] for i in source.injects}
    assert {"mention", "media_inquiry"} <= kinds  # a post, a big V, a media call, a rumour


def test_a_reference_case_opens_with_its_own_story() -> None:
    reference = cases.reference_cases()[0]
    source = drills.from_reference(reference["key"], "测试品牌")
    assert source.injects[0]["text"] == reference["what_happened"]
    assert source.scenario == reference["scenario"]
    with pytest.raises(UserError, match="没有名为 nope 的参考案例"):
        drills.from_reference("nope", "")


def test_a_past_case_without_mentions_cannot_be_replayed(workspace) -> None:
    case_id = cases.create_case(workspace, title="空案例").id
    with pytest.raises(UserError, match="没有关联的舆情"):
        drills.from_case(workspace, case_id)
    with pytest.raises(UserError, match="找不到案例 999"):
        drills.from_case(workspace, 999)


def test_the_start_dialog_gets_every_kind_of_source(demo_workspace) -> None:
    offered = drills.describe_sources(demo_workspace)
    assert set(offered) == {"case", "reference", "scenario"}
    assert offered["case"] and offered["reference"] and len(offered["scenario"]) >= 3
