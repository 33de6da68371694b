"""Importing mention sheets: preview, parse in an isolated child, merge, recovery.

    preview.py    what the import dialog shows (the file read as a table; presets)
    parse.py      the isolated child's side: read, convert, write the staging file
    isolation.py  run_isolated (a spawned child with limits) and the forked helpers
    importer.py   import_file: backup, parse, one merge transaction, indexes
    merge.py      the merge and the search index of the new rows
    recovery.py   imports a kill left unfinished: marked failed, or finished
    running.py    RunningImports: the imports this process is writing

The names below are imported on first use (PEP 562): the isolated child imports
`isolation` and `parse` from this package, and must not pay for the rest (the importer pulls
in the workspace, its lock and Qt: ~0.5 s and ~35 MB in every child).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.services.importing.importer import import_file as import_file
    from desktop.services.importing.isolation import IsolatedWorkFailed as IsolatedWorkFailed
    from desktop.services.importing.isolation import Limits as Limits
    from desktop.services.importing.merge import ImportResult as ImportResult
    from desktop.services.importing.merge import import_rejects as import_rejects
    from desktop.services.importing.preview import DROP_COLUMN as DROP_COLUMN
    from desktop.services.importing.preview import FIELD_LABELS as FIELD_LABELS
    from desktop.services.importing.preview import KEEP_AS_EXTRA as KEEP_AS_EXTRA
    from desktop.services.importing.preview import MAPPABLE_FIELDS as MAPPABLE_FIELDS
    from desktop.services.importing.preview import PRESETS as PRESETS
    from desktop.services.importing.preview import PRESETS_BY_NAME as PRESETS_BY_NAME
    from desktop.services.importing.preview import Preset as Preset
    from desktop.services.importing.preview import SheetInfo as SheetInfo
    from desktop.services.importing.preview import Source as Source
    from desktop.services.importing.preview import parse_pasted as parse_pasted
    from desktop.services.importing.preview import preview_file as preview_file
    from desktop.services.importing.preview import preview_pasted as preview_pasted
    from desktop.services.importing.preview import save_preset as save_preset
    from desktop.services.importing.preview import saved_presets as saved_presets
    from desktop.services.importing.recovery import Recovered as Recovered
    from desktop.services.importing.recovery import finish_imports as finish_imports
    from desktop.services.importing.recovery import recover as recover
    from desktop.services.importing.recovery import (
        recover_stale_imports as recover_stale_imports,
    )
    from desktop.services.importing.running import RunningImports as RunningImports

_HOMES = {
    "import_file": "importer",
    "IsolatedWorkFailed": "isolation",
    "Limits": "isolation",
    "ImportResult": "merge",
    "import_rejects": "merge",
    "DROP_COLUMN": "preview",
    "FIELD_LABELS": "preview",
    "KEEP_AS_EXTRA": "preview",
    "MAPPABLE_FIELDS": "preview",
    "PRESETS": "preview",
    "PRESETS_BY_NAME": "preview",
    "Preset": "preview",
    "SheetInfo": "preview",
    "Source": "preview",
    "parse_pasted": "preview",
    "preview_file": "preview",
    "preview_pasted": "preview",
    "save_preset": "preview",
    "saved_presets": "preview",
    "Recovered": "recovery",
    "finish_imports": "recovery",
    "recover": "recovery",
    "recover_stale_imports": "recovery",
    "RunningImports": "running",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)
