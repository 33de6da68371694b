"""services/cases/detail: a whole case at once, as the view, `case show` and the report read it."""

from __future__ import annotations

from desktop.services import cases
from tests.support.cases import add_mentions


def test_detail_gathers_the_case_and_its_figures(workspace, case_id):
    neg = add_mentions(workspace, 3, followers=100)
    pos = add_mentions(workspace, 1, sentiment="pos", followers=50, key_prefix="p")
    cases.link_mentions(workspace, case_id, neg + pos)
    detail = cases.case_detail(workspace, case_id, mention_limit=2)
    assert detail.case["id"] == case_id
    assert "severity_factors_json" not in detail.case  # parsed into `suggestion` instead
    assert detail.suggestion["level"] == detail.case["suggested_severity"]
    assert detail.mention_counts == {"pos": 1, "neu": 0, "neg": 3, "unknown": 0, "total": 4}
    assert len(detail.mentions) == 2  # the limit
    assert detail.reach["followers_sum"] == 350 and detail.platforms == {"微博": 4}
    assert detail.labels["scenario"] == "食品或产品安全" and detail.effective_severity
    assert [e["kind"] for e in detail.events] == ["detected", "mentions_linked"]
    assert detail.review_missing == ["根本原因", "经验教训"]
