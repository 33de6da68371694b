"""The roster's words for a user in English (core/messages): health findings and the note of a
matrix edit; Chinese by default."""

from __future__ import annotations

import re

from desktop.core import messages
from desktop.services import roster
from desktop.storage.workspace import Workspace

CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")


def _a_moves(workspace: Workspace) -> str:
    lin = roster.save_person(workspace, None, {"name": "Lin"}).id
    zheng = roster.save_person(workspace, None, {"name": "Zheng"}).id
    for pid in (lin, zheng):
        change = roster.set_cell(
            workspace, scenario="", severity="", activity="speak_to_media", person_id=pid, raci="A"
        )
    return change.message


def test_the_note_of_a_matrix_edit_in_english(workspace: Workspace) -> None:
    previous = messages.set_display_language("en")
    try:
        note = _a_moves(workspace)
        shown = [f.message + " " + f.fix for f in roster.health(workspace).findings]
    finally:
        messages.set_display_language(previous)
    assert note == "The approval (A) moved away from Lin."
    assert shown
    for text in shown:
        assert not CJK.search(text), text


def test_the_note_stays_chinese_by_default(workspace: Workspace) -> None:
    assert _a_moves(workspace) == "审批（A）已从 Lin 移走。"
    as_json = roster.health(workspace).as_dict()
    assert all(CJK.search(f["message"]) for f in as_json["findings"])
