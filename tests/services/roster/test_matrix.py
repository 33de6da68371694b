"""The responsibility matrix: inheritance row by row, one A, edits and resets audited."""

from __future__ import annotations

import pytest

from desktop.core.errors import UserError
from desktop.services import approvals, roster
from desktop.storage.workspace import Workspace
from tests.support.audit import audit_actions


def test_editing_an_inherited_row_copies_it_and_a_moves(workspace: Workspace) -> None:
    lin = roster.save_person(workspace, None, {"name": "林"}).id
    zhou = roster.save_person(workspace, None, {"name": "周"}).id
    zheng = roster.save_person(workspace, None, {"name": "郑"}).id
    for pid, raci in ((zhou, "R"), (lin, "A")):
        roster.set_cell(
            workspace, scenario="", severity="", activity="speak_to_media", person_id=pid, raci=raci
        )
    view = roster.matrix(workspace, "food_safety", "I")
    assert view.inherited("speak_to_media") and view.raci("speak_to_media", "person", lin) == "A"

    change = roster.set_cell(
        workspace,
        scenario="food_safety",
        severity="",
        activity="speak_to_media",
        person_id=zheng,
        raci="A",
    )
    assert change.copied_from == ("", "")
    assert change.roster and change.person_ids == {zheng, lin}  # lin lost the A
    assert "林" in change.message  # the A moved away from 林
    food = roster.matrix(workspace, "food_safety", "")
    assert not food.inherited("speak_to_media")
    assert food.raci("speak_to_media", "person", zheng) == "A"
    assert food.raci("speak_to_media", "person", zhou) == "R"  # copied from the default
    assert food.raci("speak_to_media", "person", lin) == ""
    assert roster.matrix(workspace).raci("speak_to_media", "person", lin) == "A"  # untouched
    assert approvals.holders(workspace, "speak_to_media", "A", "food_safety", "II") == [zheng]

    reset = roster.reset_row(
        workspace, scenario="food_safety", severity="", activity="speak_to_media"
    )
    assert reset.roster and reset.count == 2  # 周 R (copied in) and 郑 A
    assert roster.matrix(workspace, "food_safety").inherited("speak_to_media")
    assert "matrix-edit" in audit_actions(workspace, "responsibility")
    assert "matrix-reset" in audit_actions(workspace, "responsibility")
    with pytest.raises(UserError):
        roster.set_cell(
            workspace, scenario="", severity="", activity="monitor", person_id=lin, raci="X"
        )
