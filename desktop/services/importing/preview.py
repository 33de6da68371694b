"""What the import dialog shows before anything is written: the file read as a table, presets.

The front ends import no sheets module: the mapping's vocabulary (built-in presets, the two
targets that are not fields, the fields), the preview's `Source` and the clipboard's table
parser are handed on from here.
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from desktop.core.changes import Changes
from desktop.core.errors import UserError
from desktop.core.progress import Progress
from desktop.services.importing import parse
from desktop.services.importing.isolation import Limits, run_isolated
from desktop.sheets import mapping as mp
from desktop.sheets.mapping import FIELD_LABELS, PRESETS, PRESETS_BY_NAME, Preset
from desktop.sheets.readers import SheetInfo, parse_pasted
from desktop.sheets.sources import Options, Source, inspect_file
from desktop.storage import imports as import_log
from desktop.storage.workspace import Workspace, now_iso

INSPECT_LIMITS = Limits(memory_bytes=1024 * 1024 * 1024, timeout_seconds=120.0)
KEEP_AS_EXTRA = mp.EXTRA  # mapping target: the column is kept in the mention's extra fields
DROP_COLUMN = mp.IGNORE  # mapping target: the column is not stored at all
MAPPABLE_FIELDS = mp.FIELDS  # the mention fields a column can be mapped to

__all__ = [
    "DROP_COLUMN",
    "FIELD_LABELS",
    "INSPECT_LIMITS",
    "KEEP_AS_EXTRA",
    "MAPPABLE_FIELDS",
    "PRESETS",
    "PRESETS_BY_NAME",
    "Preset",
    "SheetInfo",
    "Source",
    "parse_pasted",
    "preview_file",
    "preview_pasted",
    "save_preset",
    "saved_presets",
]


def preview_file(
    file: Path | str,
    *,
    sheet: str | None = None,
    encoding: str | None = None,
    header_row: int | None = None,
    preset: str | None = None,
    mapping: dict[str, str] | None = None,
    timezone: str = "UTC",
    progress: Progress | None = None,
) -> Source:
    """What the import dialog shows: sheets, encoding, header, preset, mapping, first rows."""
    options = Options(
        sheet=sheet,
        preset=preset,
        mapping=mapping,
        encoding=encoding,
        header_row=header_row,
        timezone=timezone,
    )
    source: Source = run_isolated(
        parse.inspect,
        str(Path(file)),
        options,
        progress=progress,
        limits=INSPECT_LIMITS,
        with_last_words=True,
    )
    return source


def preview_pasted(
    rows: list[list[str]],
    *,
    header_row: int | None = None,
    preset: str | None = None,
    mapping: dict[str, str] | None = None,
) -> Source:
    """Pasted tables are plain text the app made itself: no child process needed."""
    return inspect_file(
        None, Options(pasted_rows=rows, header_row=header_row, preset=preset, mapping=mapping)
    )


def saved_presets(db: Database) -> dict[str, dict[str, str]]:
    """Column mappings saved in this workspace, by name."""
    return import_log.saved_presets(db)


def save_preset(workspace: Workspace, name: str, mapping: dict[str, str]) -> Changes:
    """Save a column mapping under a name of the user's (not a built-in preset's)."""
    name = name.strip()
    if not name:
        raise UserError("请为预设起一个名字。")
    if name in mp.PRESETS_BY_NAME:
        raise UserError(f"“{name}”是内置预设的名字，请换一个。")
    with workspace.transaction():
        import_log.save_preset(workspace.db, name, mapping, at=now_iso())
        workspace.audit("save-preset", "import_preset", name, after=mapping)
    return Changes(audit=True)
