"""How far an edited reply departs from the approved script, as a percentage."""

from __future__ import annotations

from difflib import SequenceMatcher

from desktop.core.placeholders import PLACEHOLDER

# Replies departing more than this from the script are not counted as the approved script
# unless the workspace sets another threshold (setting `kb_deviation_threshold`).
DEFAULT_THRESHOLD = 30


def deviation_percent(script: str, edited: str) -> int:
    """0 when identical, 100 when nothing is shared (character-level difflib ratio).

    Placeholders count as filled: `script` is compared after the caller filled it, so typing
    a customer's name into `{称呼}` is not a departure.
    """
    script = script or ""
    edited = edited or ""
    if script == edited:
        return 0
    if not script or not edited:
        return 100
    ratio = SequenceMatcher(None, script, edited, autojunk=False).ratio()
    return round((1.0 - ratio) * 100)


def strip_placeholders(text: str) -> str:
    return PLACEHOLDER.sub("", text or "")
