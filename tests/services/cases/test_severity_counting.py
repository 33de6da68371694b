"""The severity suggestion counts negatives by the one counting rule: confirmed ones and the
model's confident suggestions, said apart; a weak guess is not counted."""

from __future__ import annotations

from desktop.services import cases
from tests.support.triage import add


def negative_volume(workspace, case_id: int) -> dict:
    suggestion = cases.suggestion_of(cases.get_case(workspace, case_id))
    return next(f for f in suggestion["factors"] if f["key"] == "negative_volume")


def test_confident_suggestions_count_and_weak_guesses_do_not(workspace) -> None:
    confirmed = add(workspace, ["退款不到账"] * 3, sentiment="neg", by="person", user="小周")
    suggested = add(workspace, ["又吃出钢丝"] * 4)
    weak = add(workspace, ["今天去了"] * 2)
    with workspace.transaction():
        workspace.db.execute(
            "UPDATE mentions SET sentiment = 'neg', sentiment_by = 'model',"
            f" sentiment_confidence = 0.93 WHERE id IN ({','.join(map(str, suggested))})"
        )
        workspace.db.execute(
            "UPDATE mentions SET sentiment = 'neg', sentiment_by = 'model',"
            f" sentiment_confidence = 0.41 WHERE id IN ({','.join(map(str, weak))})"
        )
    result = cases.open_case(workspace, title="钢丝", mention_ids=confirmed + suggested + weak)
    factor = negative_volume(workspace, result.case_id)
    assert factor["data"]["negative"] == 7
    assert (
        factor["data"]["confirmed"],
        factor["data"]["suggested"],
        factor["data"]["not_counted"],
    ) == (3, 4, 2)
    assert "确认 3 · 模型建议 4 · 未计入的弱判断 2" in factor["value"]


def test_only_confirmed_negatives_read_as_before(workspace) -> None:
    confirmed = add(workspace, ["退款不到账"] * 2, sentiment="neg", by="import", vendor="负面")
    result = cases.open_case(workspace, title="退款", mention_ids=confirmed)
    factor = negative_volume(workspace, result.case_id)
    assert factor["value"] == "2 条负面"


def test_new_suggestions_update_an_open_cases_suggestion(workspace) -> None:
    from desktop.services import triage

    ids = add(workspace, ["又吃出钢丝，恶心，退款", "太难吃了，差评，再也不点了"])
    result = cases.open_case(workspace, title="钢丝", mention_ids=ids)
    assert negative_volume(workspace, result.case_id)["data"]["negative"] == 0
    scored = triage.score_unlabelled(workspace)
    assert scored.changes.cases
    assert negative_volume(workspace, result.case_id)["data"]["negative"] == 2
