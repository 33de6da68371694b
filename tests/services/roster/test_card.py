"""The crisis card's HTML: who to call first for each activity, escaped, scaled to fit."""

from __future__ import annotations

import pytest

from desktop.core.errors import UserError
from desktop.services import roster
from desktop.storage.workspace import Workspace


def test_the_approver_comes_with_phone_and_backup(workspace: Workspace) -> None:
    backup = roster.save_person(workspace, None, {"name": "周若溪", "phone": "13900000002"}).id
    boss = roster.save_person(
        workspace, None, {"name": "林<嘉禾>", "phone": "13900000001", "backup_id": backup}
    ).id
    roster.set_cell(
        workspace, scenario="", severity="", activity="approve_statement", person_id=boss, raci="A"
    )
    html = roster.crisis_card_html(workspace)
    assert "林&lt;嘉禾&gt;" in html and "林<嘉禾>" not in html  # names are escaped
    assert "<b>林&lt;嘉禾&gt;</b> 13900000001" in html
    assert "备用：周若溪 13900000002" in html
    assert "未指定" in html  # the activities without an A say so
    assert "危机小组（2 人）" in html


def test_scale_shrinks_the_type_and_bad_keys_are_refused(workspace: Workspace) -> None:
    assert "font-size: 9.0pt" in roster.crisis_card_html(workspace)
    assert "font-size: 4.5pt" in roster.crisis_card_html(workspace, scale=0.5)
    assert "（还没有成员）" in roster.crisis_card_html(workspace)
    with pytest.raises(UserError):
        roster.crisis_card_html(workspace, "nope")
    with pytest.raises(UserError):
        roster.crisis_card_html(workspace, "", "V")
