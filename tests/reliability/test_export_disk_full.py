"""D-04 for exports: a write failure (file-size limit as a stand-in for a full disk) gives the
user a clear message, leaves the old file at the target and no temp files behind."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.sheets.writer import SheetSpec, write_xlsx

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")

REPO = Path(__file__).resolve().parents[2]

CHILD = """
import resource, signal, sys
from desktop.core.errors import UserError
from desktop.sheets.writer import SheetSpec, write_csv, write_xlsx

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG like a full disk, not a kill
resource.setrlimit(resource.RLIMIT_FSIZE, (300_000, 300_000))
rows = ([i, "徐汇店沙拉碗里有钢丝，" * 20, f"用户{i}"] for i in range(20_000))
write = write_csv if sys.argv[1].endswith(".csv") else write_xlsx
try:
    if write is write_csv:
        write(sys.argv[1], ["编号", "正文", "作者"], rows)
    else:
        write(sys.argv[1], [SheetSpec("舆情", ["编号", "正文", "作者"], rows)])
except UserError as exc:
    print("USER-ERROR", exc.message)
    sys.exit(2)
print("WROTE")
"""


@pytest.mark.parametrize("name", ["导出.xlsx", "导出.csv"])
def test_disk_full_keeps_old_file_and_says_so(tmp_path: Path, name: str) -> None:
    target = tmp_path / name
    if name.endswith(".xlsx"):
        write_xlsx(target, [SheetSpec("旧", ["a"], [["上一次的导出"]])])
    else:
        target.write_text("上一次的导出", encoding="utf-8")
    old = target.read_bytes()
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(target)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert child.returncode == 2, child.stderr[-2000:]
    assert "磁盘空间不足" in child.stdout
    assert target.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
