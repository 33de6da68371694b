"""Words the front ends show that are not core vocabularies: the import presets' names.

A preset's label lives with its column mapping in sheets/mapping (one home per preset); the
UI reaches it here, since front ends do not import sheets.
"""

from __future__ import annotations

from desktop.sheets.mapping import PRESETS


def import_preset_labels() -> dict[str, str]:
    """{preset name: Simplified Chinese label}, in the order the import dialog offers them."""
    return {preset.name: preset.label for preset in PRESETS}
