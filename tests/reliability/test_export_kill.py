"""E-06: kill -9 at random points while an export overwrites an existing file.

A real child process writes the export; SIGKILL lands after a random number of progress
reports plus a random delay (so also during the zip assembly and the rename). Afterwards the
target must be the old file or the complete new one, never a broken zip, and the temp folder
the dead child left must be removed by `cleanup_orphan_temp_files`.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop.services import exports
from desktop.sheets.writer import SheetSpec, cleanup_orphan_temp_files, write_xlsx
from desktop.storage.workspace import Workspace

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

ROWS = 3000
REPO = Path(__file__).resolve().parents[2]

CHILD = """
import sys
from desktop.core.progress import Progress
from desktop.services.exports import export_mentions
from desktop.core.mention_filter import MentionFilter
from desktop.storage.workspace import Workspace

def report(done, total, message):
    print(f"progress {done}", flush=True)

with Workspace.open(sys.argv[1], read_only=True, check=False) as ws:
    print("start", flush=True)
    export_mentions(ws, sys.argv[2], MentionFilter(), progress=Progress(report, min_interval=0))
print("done", flush=True)
"""


@pytest.fixture
def big_workspace(workspace: Workspace) -> Path:
    rows = [
        (
            f"kill:{i}",
            "微博",
            f"作者{i}",
            f"2026-11-{1 + i % 19:02d}T10:00:00+08:00",
            f"徐汇店沙拉碗里有钢丝，第 {i} 条，" + "内容" * 40,
            "neg" if i % 3 else "neu",
            json.dumps({"原始列": f"值{i}", "mid": str(4_900_000_000_000_000 + i)}),
        )
        for i in range(ROWS)
    ]
    with workspace.transaction():
        workspace.db.conn.executemany(
            "INSERT INTO mentions(key, platform, author, posted_at, text, sentiment, extra_json)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    workspace.close()
    return workspace.path


def _old_file(path: Path) -> bytes:
    write_xlsx(path, [SheetSpec("旧的导出", ["说明"], [["上一次导出的文件"]])])
    return path.read_bytes()


def _check_target(path: Path, old: bytes) -> str:
    assert zipfile.is_zipfile(path), "broken zip at the target"
    if path.read_bytes() == old:
        return "old"
    book = openpyxl.load_workbook(path, read_only=True)
    assert book.sheetnames == [exports.MENTIONS_SHEET, exports.SUMMARY_SHEET]
    rows = sum(1 for _ in book[exports.MENTIONS_SHEET].iter_rows(min_row=2))
    book.close()
    assert rows == ROWS, "a new file must be complete"
    return "new"


def _kill_runs(workspace_path: Path, folder: Path, points: int, seed: int) -> tuple[list[str], int]:
    target = folder / "导出.xlsx"
    old = _old_file(target)
    rng = random.Random(seed)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    outcomes = []
    orphans = 0
    pages = ROWS // exports.PAGE
    for _ in range(points):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(workspace_path), str(target)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            cwd=REPO,
            env=env,
        )
        wait_for = rng.randint(0, pages + 1)
        seen = -1
        for line in child.stdout:
            if line.startswith(("start", "progress")):
                seen += 1
            if seen >= wait_for or line.startswith("done"):
                break
        time.sleep(rng.uniform(0, 0.25))  # lands also in zip assembly and rename
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        outcomes.append(_check_target(target, old))
        old = target.read_bytes() if outcomes[-1] == "new" else old
        orphans += cleanup_orphan_temp_files(folder)
        assert sorted(p.name for p in folder.iterdir()) == [target.name]
    return outcomes, orphans


def test_kill_during_export_leaves_old_or_complete_file(
    big_workspace: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    outcomes, orphans = _kill_runs(big_workspace, folder, points=8, seed=6)
    assert len(outcomes) == 8
    assert orphans > 0  # some kills did leave a temp folder, and it was cleaned up


@pytest.mark.slow
def test_kill_at_20_points_during_export(big_workspace: Path, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    outcomes, orphans = _kill_runs(big_workspace, folder, points=20, seed=20)
    assert "old" in outcomes and orphans > 0  # the points did land mid-write
