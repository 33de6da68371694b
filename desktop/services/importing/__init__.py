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
    from desktop.services.importing.preview import preview_file as preview_file
    from desktop.services.importing.preview import preview_pasted as preview_pasted
    from desktop.services.importing.preview import save_preset as save_preset
    from desktop.services.importing.preview import saved_presets as saved_presets
    from desktop.services.importing.recovery import finish_imports as finish_imports
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
    "preview_file": "preview",
    "preview_pasted": "preview",
    "save_preset": "preview",
    "saved_presets": "preview",
    "finish_imports": "recovery",
    "recover_stale_imports": "recovery",
    "RunningImports": "running",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)
