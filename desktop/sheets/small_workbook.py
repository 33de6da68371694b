"""Opening a small workbook the app itself exported (roster, plans): the same checks for each,
so a wrong, huge or damaged file is refused the same way before openpyxl reads it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.core.errors import UserError

MAX_FILE_BYTES = 20 * 1024 * 1024


def open_small_workbook(path: Path | str, *, too_big: str) -> Any:
    """The workbook, read-only with values; `too_big` is the refusal for a file over 20 MB
    ("…不像是预案。")."""
    from openpyxl import load_workbook

    from desktop.sheets.safety import assert_safe_xml

    assert_safe_xml()
    path = Path(path)
    if not path.is_file():
        raise UserError(f"找不到文件：{path}")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise UserError(too_big)
    with path.open("rb") as handle:
        if handle.read(4) != b"PK\x03\x04":
            raise UserError(
                f"这不是 .xlsx 文件：{path.name}", hint="请用“导出 Excel”得到的文件作模板。"
            )
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise UserError(f"无法读取 Excel 文件：{path.name}（{type(exc).__name__}）") from exc
