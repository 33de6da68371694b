"""services/cases/links: linking mentions (by id, by a search), moving and unlinking them, each
with a new suggestion and the mentions' ids in the changes."""

from __future__ import annotations

import pytest

from desktop.core.errors import UserError
from desktop.core.mention_filter import MentionFilter
from desktop.core.severity import level_rank
from desktop.services import cases
from desktop.storage.mention_index import index_mentions
from tests.support.cases import add_mentions, add_steel_wire_cluster, audit_actions, kinds


def test_linking_mentions_recomputes_the_suggestion_and_stamps_the_timeline(workspace, case_id):
    few = add_mentions(workspace, 3)
    result = cases.link_mentions(workspace, case_id, few)
    assert result.linked == 3
    assert cases.get_case(workspace, case_id)["suggested_severity"] == "IV"
    crisis = add_steel_wire_cluster(workspace)
    result = cases.link_mentions(workspace, case_id, crisis + few)
    assert (result.linked, result.already) == (len(crisis), 3)
    case = cases.get_case(workspace, case_id)
    assert case["suggested_severity"] in ("II", "I")
    factors = cases.suggestion_of(case)["factors"]
    assert {f["key"] for f in factors} >= {"negative_volume", "reach", "sensitive_words"}
    assert kinds(workspace, case_id).count("mentions_linked") == 2
    assert workspace.count("mentions", "case_id = ?", [case_id]) == len(crisis) + 3


def test_linking_moves_mentions_from_another_case_and_unlinking_recomputes(workspace, case_id):
    other = cases.create_case(workspace, title="另一个案例").id
    ids = add_mentions(workspace, 60, every_minutes=1)
    cases.link_mentions(workspace, other, ids)
    result = cases.link_mentions(workspace, case_id, ids[:10])
    assert result.moved == 10
    assert workspace.count("mentions", "case_id = ?", [other]) == 50
    before = cases.get_case(workspace, other)["suggested_severity"]
    cases.unlink_mentions(workspace, other, ids[10:50])
    assert workspace.count("mentions", "case_id = ?", [other]) == 10
    after = cases.get_case(workspace, other)["suggested_severity"]
    assert level_rank(after) < level_rank(before)
    assert "unlink-mentions" in audit_actions(workspace)


def test_link_all_mentions_matching_a_search(workspace, case_id):
    add_steel_wire_cluster(workspace)
    add_mentions(workspace, 5, text="配送太慢", key_prefix="slow")
    index_mentions(workspace.db)
    result = cases.link_matching(workspace, case_id, MentionFilter(search="钢丝"))
    assert result.linked == workspace.count("mentions", "text LIKE '%钢丝%'")
    assert workspace.count("mentions", "case_id = ? AND text LIKE '%配送%'", [case_id]) == 0
    with pytest.raises(UserError, match="没有符合"):
        cases.link_matching(workspace, case_id, MentionFilter(search="不存在的词语"))


def test_links_say_which_mentions_changed(workspace, case_id):
    ids = add_mentions(workspace, 3)
    linked = cases.link_mentions(workspace, case_id, ids)
    assert linked.changes.case_ids == {case_id} and linked.changes.mention_ids == set(ids)
    again = cases.link_mentions(workspace, case_id, ids)  # nothing moved: no mention ids
    assert again.changes.mention_ids == set()
    unlinked = cases.unlink_mentions(workspace, case_id, ids[:1])
    assert unlinked.linked == -1 and unlinked.changes.mention_ids == {ids[0]}
    assert cases.matching_mentions(workspace, MentionFilter(case_id=case_id)) == ids[1:]
