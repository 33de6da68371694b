"""Workspace values filled into every reply ({热线}, {合作邮箱} …) and the deviation threshold
past which an edited script no longer counts as the approved one."""

from __future__ import annotations

from desktop.core.changes import Changes
from desktop.core.deviation import DEFAULT_THRESHOLD
from desktop.core.errors import UserError
from desktop.storage.workspace import Workspace

VALUES_SETTING = "kb_values"  # {"热线": "400-…", "邮箱": "…"}
THRESHOLD_SETTING = "kb_deviation_threshold"  # percent


def values(workspace: Workspace) -> dict[str, str]:
    """Workspace values filled into every reply ({热线} …)."""
    stored = workspace.setting(VALUES_SETTING, {}) or {}
    return {str(k): str(v) for k, v in stored.items()} if isinstance(stored, dict) else {}


def set_values(workspace: Workspace, new_values: dict[str, str]) -> Changes:
    cleaned = {
        k.strip().strip("{}"): v.strip() for k, v in new_values.items() if k.strip().strip("{}")
    }
    workspace.set_setting(VALUES_SETTING, cleaned)
    return Changes.of_kb()


def threshold(workspace: Workspace) -> int:
    """The deviation threshold in percent (the default when unset or not a number)."""
    value = workspace.setting(THRESHOLD_SETTING, DEFAULT_THRESHOLD)
    try:
        return max(0, min(100, int(value)))
    except (TypeError, ValueError):
        return DEFAULT_THRESHOLD


def set_deviation_threshold(workspace: Workspace, percent: int) -> Changes:
    if not 0 <= int(percent) <= 100:
        raise UserError("阈值应在 0 到 100 之间。")
    workspace.set_setting(THRESHOLD_SETTING, int(percent))
    return Changes.of_kb()


def save_reply_settings(
    workspace: Workspace, new_values: dict[str, str], threshold_percent: int
) -> Changes:
    """The values dialog's one action: both settings in one transaction (or neither)."""
    with workspace.transaction():
        return set_values(workspace, new_values) | set_deviation_threshold(
            workspace, threshold_percent
        )
