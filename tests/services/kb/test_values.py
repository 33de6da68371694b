"""Workspace values filled into replies and the deviation threshold."""

from __future__ import annotations

import pytest

from desktop.core.errors import UserError
from desktop.services import kb


def test_workspace_values_and_threshold(workspace) -> None:
    kb.set_values(workspace, {"{热线}": " 400-1 ", " ": "x"})
    assert kb.values(workspace) == {"热线": "400-1"}
    assert kb.set_values(workspace, {"热线": "400-1"}).kb
    assert kb.set_deviation_threshold(workspace, 50).kb
    assert workspace.setting("kb_deviation_threshold") == 50
    with pytest.raises(UserError):
        kb.set_deviation_threshold(workspace, 150)


def test_reply_settings_are_saved_together_or_not_at_all(workspace) -> None:
    kb.set_values(workspace, {"热线": "400-1"})
    with pytest.raises(UserError):
        kb.save_reply_settings(workspace, {"热线": "400-2"}, 150)
    assert kb.values(workspace) == {"热线": "400-1"}  # the bad threshold undid the values too
    assert kb.save_reply_settings(workspace, {"热线": "400-2"}, 40).kb
    assert (kb.values(workspace), kb.threshold(workspace)) == ({"热线": "400-2"}, 40)


def test_threshold_is_a_workspace_setting(workspace) -> None:
    workspace.set_setting("kb_deviation_threshold", 80)
    assert kb.threshold(workspace) == 80
    workspace.set_setting("kb_deviation_threshold", "nonsense")
    assert kb.threshold(workspace) == 30
