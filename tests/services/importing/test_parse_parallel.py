"""Two processes converting a big sheet stage exactly what one process stages, and the
second one never outlives the child that forked it (a cancel kills that child)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from desktop.core.errors import Cancelled, UserError
from desktop.core.progress import Progress
from desktop.services.importing.isolation import run_isolated
from desktop.services.importing.parse import parse_to_staging
from desktop.sheets.sources import Options

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the second worker needs fork")

HEADER = "标题,正文,原文链接,来源,作者,发布时间,粉丝数,转发"


def write_sheet(path: Path, rows: int) -> Path:
    lines = [HEADER]
    for i in range(rows):
        url = f"https://weibo.com/u/{i % (rows - 3)}"  # the last 3 rows repeat the first 3
        if i == 5:
            lines.append(",,,,,,,")  # blank
        elif i == 7:
            lines.append("只有标题没有正文,,,微博,用户7,2026-11-01 09:00,1,1")  # no text/url: kept
        elif i == 9:
            lines.append(",,,微博,用户9,2026-11-01 09:00,1,1")  # rejected
        elif i == rows // 2:
            lines.append(f"=1+1,第{i}条,{url},微博,用户{i},昨天下午,很多,2")  # flags
        else:
            lines.append(
                f"标题{i},第{i}条关于退款的投诉,{url},微博,用户{i},"
                f"2026-11-{1 + i % 28:02d} 09:{i % 60:02d},{i},{i % 7}"
            )
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def staged(staging: Path) -> tuple[list[tuple], list[tuple]]:
    conn = sqlite3.connect(staging)
    rows = conn.execute("SELECT rowid, * FROM rows ORDER BY rowid").fetchall()
    rejects = conn.execute("SELECT * FROM rejects ORDER BY row_number").fetchall()
    conn.close()
    return rows, rejects


def parse(file: Path, staging: Path, workers: int, **kwargs):
    return run_isolated(
        parse_to_staging,
        str(file),
        str(staging),
        Options(timezone="UTC+08:00"),
        workers=workers,
        parallel_min_rows=10,
        **kwargs,
    )


def test_two_workers_stage_what_one_stages(tmp_path):
    file = write_sheet(tmp_path / "big.csv", 400)
    one = parse(file, tmp_path / "one.sqlite", 1)
    two = parse(file, tmp_path / "two.sqlite", 2)
    assert staged(tmp_path / "two.sqlite") == staged(tmp_path / "one.sqlite")
    assert (two.rows_read, two.staged, two.rejected, two.blank_rows) == (
        one.rows_read,
        one.staged,
        one.rejected,
        one.blank_rows,
    )
    assert two.duplicates_in_file == one.duplicates_in_file == 3  # across the two halves
    assert two.flags == one.flags and two.flags.get("formula_like") == 1
    assert two.source.warnings == one.source.warnings
    assert not (tmp_path / "two.sqlite.part").exists()


def test_row_cap_counts_the_rows_of_both_workers(tmp_path):
    file = write_sheet(tmp_path / "big.csv", 400)
    options = Options(row_cap=390)  # each half is under the cap, both together are not
    with pytest.raises(UserError) as error:
        run_isolated(
            parse_to_staging,
            str(file),
            str(tmp_path / "s.sqlite"),
            options,
            workers=2,
            parallel_min_rows=10,
        )
    assert "上限 390" in error.value.message


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            found |= set(map(int, (task / "children").read_text().split()))
        except OSError:
            continue
    return found


def _parser_processes() -> set[int]:
    """The isolated child (the one of our children that has a child) and its worker."""
    found: set[int] = set()
    for child in _children(os.getpid()):
        grandchildren = _children(child)
        if grandchildren:
            found |= {child, *grandchildren}
    return found


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
def test_cancel_kills_the_second_worker_too(tmp_path):
    file = write_sheet(tmp_path / "big.csv", 40_000)
    workers: set[int] = set()
    progress = Progress(min_interval=0.0)

    def on_progress(done: int, total: int, message: str) -> None:
        if message == "读取并转换" and not progress.cancelled:
            workers.update(_parser_processes())
            if workers:
                progress.cancel()

    progress.callback = on_progress
    with pytest.raises(Cancelled):
        parse(file, tmp_path / "s.sqlite", 2, progress=progress)
    assert len(workers) >= 2  # the isolated child and the worker it forked

    def alive(pid: int) -> bool:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            return False
        return state != "Z"

    import time

    deadline = time.monotonic() + 5
    while any(alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not any(alive(p) for p in workers)
    # It was stopped, not left to finish its half: its file never got the committed rows.
    part = tmp_path / "s.sqlite.part"
    try:
        conn = sqlite3.connect(part)
        try:
            kept = conn.execute("SELECT count(*) FROM rows").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        kept = 0
    assert kept < 20_000
