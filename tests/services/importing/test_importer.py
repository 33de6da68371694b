"""The merge: updates without duplicates, user edits kept, cancel, failures, copies during import."""

from __future__ import annotations

import json
import random
import threading
from pathlib import Path

import pytest

from desktop.core.errors import Cancelled, UserError
from desktop.core.progress import Progress
from desktop.services import importing, workspaces
from desktop.services.importing import merge

HEADER = "标题,正文,原文链接,来源,作者,发布时间,情感倾向,粉丝数,转发"


def write_sheet(
    path: Path, rows: int, *, start: int = 0, suffix: str = "", reposts: int = 1
) -> Path:
    lines = [HEADER] + [
        f"标题{i},第{i}条关于钢丝的投诉{suffix},https://weibo.com/u/{i},微博,用户{i},"
        f"2026-11-18 09:{i % 60:02d},负面,{i}万,{reposts}"
        for i in range(start, start + rows)
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def run(ws, file, **kw):
    return importing.import_file(ws.path, file, user="tester", backup=False, **kw)


def test_reimport_updates_source_fields_and_keeps_user_edits(workspace, tmp_path):
    first = run(workspace, write_sheet(tmp_path / "a.csv", 20))
    assert (first.inserted, first.updated, first.duplicates, first.rejected) == (20, 0, 0, 0)
    with workspace.transaction():
        workspace.db.execute(
            "UPDATE mentions SET sentiment = 'pos', sentiment_by = 'person', status = 'replied',"
            " owner = '小王', reply_text = '已处理', case_id = 7, notes = '备注', contact = '13800138000'"
            " WHERE url = 'https://weibo.com/u/3'"
        )
    again = run(workspace, write_sheet(tmp_path / "a.csv", 20))
    assert (again.inserted, again.updated, again.duplicates) == (0, 0, 20)
    changed = run(workspace, write_sheet(tmp_path / "b.csv", 25, reposts=9))
    assert (changed.inserted, changed.updated, changed.duplicates) == (5, 20, 0)
    assert workspace.count("mentions") == 25
    edited = workspace.db.execute(
        "SELECT sentiment, sentiment_by, status, owner, reply_text, case_id, notes, contact, reposts"
        " FROM mentions WHERE url = 'https://weibo.com/u/3'"
    ).fetchone()
    assert edited == ("pos", "person", "replied", "小王", "已处理", 7, "备注", "13800138000", 9)
    untouched = workspace.db.execute(
        "SELECT sentiment, reposts FROM mentions WHERE url = 'https://weibo.com/u/4'"
    ).fetchone()
    assert untouched == ("neg", 9)
    statuses = [r[0] for r in workspace.db.execute("SELECT status FROM imports ORDER BY id")]
    assert statuses == ["done", "done", "done"]


def test_rejects_are_kept_with_row_number_and_raw(workspace, tmp_path):
    file = tmp_path / "r.csv"
    file.write_text(
        f"{HEADER}\n标题,正文,https://a.cn/1,微博,a,2026-11-18 09:00,负面,1,1\n,,,微博,空的,,,,\n",
        encoding="utf-8",
    )
    result = run(workspace, file)
    assert result.rejected == 1 and result.rejects == [
        {"row_number": 3, "reason": "没有正文也没有链接"}
    ]
    stored = importing.import_rejects(workspace.db, result.import_id)
    assert stored[0]["row_number"] == 3 and stored[0]["raw"]["作者"] == "空的"


def test_exception_at_the_last_row_commits_nothing(workspace, tmp_path):
    run(workspace, write_sheet(tmp_path / "pre.csv", 5, start=1000))

    class Exploding(list):
        def __iter__(self):
            yield from self[:-1]
            raise RuntimeError("row source failed at the last row")

    rows = Exploding([["正文", "原文链接"], *([f"t{i}", f"https://a.cn/{i}"] for i in range(300))])
    with pytest.raises(RuntimeError):
        importing.import_file(workspace.path, None, pasted_rows=rows, user="t", backup=False)
    assert workspace.count("mentions") == 5
    assert (
        workspace.db.execute("SELECT status FROM imports ORDER BY id DESC").fetchone()[0]
        == "failed"
    )
    with workspace.transaction():  # still writable
        workspace.db.execute("UPDATE mentions SET notes = 'ok'")


def test_cancel_at_random_points_leaves_nothing(workspace, tmp_path):
    file = write_sheet(tmp_path / "c.csv", 12_000)
    rng = random.Random(3)
    for _ in range(3):
        limit = rng.randint(0, 3)
        seen = []
        progress = Progress(min_interval=0)

        def on_report(done, total, message, progress=progress, seen=seen, limit=limit):
            seen.append(message)
            if len(seen) > limit:
                progress.cancel()

        progress.callback = on_report
        with pytest.raises(Cancelled):
            run(workspace, file, progress=progress, staging_dir=tmp_path)
        assert workspace.count("mentions") == 0
        assert not list(tmp_path.glob("crisisdesk-import-*"))
    assert {r[0] for r in workspace.db.execute("SELECT status FROM imports")} == {"cancelled"}


def test_a_cancel_after_the_merge_committed_changes_nothing(workspace, tmp_path, monkeypatch):
    """Past the merge the import finishes: the caller is told (its cancel button goes), and a
    cancel arriving anyway neither fails the import nor leaves its indexes half built."""
    monkeypatch.setattr(merge, "REBUILD_MIN_ROWS", 10)
    events: list[str] = []
    progress = Progress(min_interval=0)

    def on_report(done, total, message):
        events.append(message)
        if message.startswith("整理索引"):
            progress.cancel()

    progress.callback = on_report
    progress.on_committed = lambda: events.append("committed")
    result = run(workspace, write_sheet(tmp_path / "a.csv", 40), progress=progress)
    assert result.inserted == 40
    assert events.count("committed") == 1
    committed_at = events.index("committed")
    assert "写入工作区" in events[:committed_at]
    assert any(e.startswith("整理索引") for e in events[committed_at:])
    assert workspace.count("deferred_indexes") == 0
    assert workspace.db.execute("SELECT status FROM imports").fetchone()[0] == "done"


def test_a_cancelled_import_never_says_it_committed(workspace, tmp_path):
    committed: list[int] = []
    progress = Progress(min_interval=0, on_committed=lambda: committed.append(1))
    progress.callback = lambda done, total, message: progress.cancel()
    with pytest.raises(Cancelled):
        run(workspace, write_sheet(tmp_path / "b.csv", 40), progress=progress)
    assert committed == []


def test_cancel_returns_quickly_while_the_child_parses(workspace, tmp_path):
    import time

    file = write_sheet(tmp_path / "q.csv", 40_000)
    cancelled_at: list[float] = []

    def cancel(done: int, total: int, message: str) -> None:
        # Cancel once the child reports converting rows (a fixed delay raced a fast parse).
        if message == "读取并转换" and not cancelled_at:
            cancelled_at.append(time.monotonic())
            progress.cancel()

    progress = Progress(callback=cancel, min_interval=0.0)
    with pytest.raises(Cancelled):
        run(workspace, file, progress=progress, staging_dir=tmp_path)
    returned = time.monotonic()
    # I-18: control is back well within 0.5 s (generous bound for a shared machine).
    assert cancelled_at and returned - cancelled_at[0] < 1.0
    assert workspace.count("mentions") == 0
    assert not list(tmp_path.glob("crisisdesk-import-*"))


def test_stale_running_import_is_marked_failed(workspace, tmp_path):
    with workspace.transaction():
        workspace.db.execute(
            "INSERT INTO imports(file_name, status, started_at) VALUES ('x.csv', 'running', '2026-01-01')"
        )
    run(workspace, write_sheet(tmp_path / "s.csv", 2))
    assert [r[0] for r in workspace.db.execute("SELECT status FROM imports ORDER BY id")] == [
        "failed",
        "done",
    ]


def test_save_copy_during_an_import_has_none_or_all_of_the_batch(ctx, workspace, tmp_path):
    run(workspace, write_sheet(tmp_path / "pre.csv", 10, start=50_000))
    file = write_sheet(tmp_path / "big.csv", 15_000)
    errors: list[BaseException] = []

    def worker():
        try:
            run(workspace, file)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    thread = threading.Thread(target=worker)
    thread.start()
    counts = []
    index = 0
    while thread.is_alive() or index == 0:
        destination = tmp_path / f"copy{index}.crisisdesk"
        workspaces.save_copy(ctx, destination)
        with workspaces.Workspace.open(destination, read_only=True) as copy:
            counts.append(copy.count("mentions"))
        index += 1
    thread.join()
    assert not errors
    assert set(counts) <= {10, 15_010}
    assert workspace.count("mentions") == 15_010


def test_saved_presets_apply_by_name(workspace, tmp_path):
    file = tmp_path / "custom.csv"
    file.write_text("甲,乙,丙\n很好吃,https://a.cn/1,小王\n", encoding="utf-8")
    importing.save_preset(workspace, "我的表", {"甲": "text", "乙": "url", "丙": "author"})
    result = run(workspace, file, preset="我的表")
    assert result.inserted == 1 and result.preset == "我的表"
    row = workspace.db.execute("SELECT text, url, author, extra_json FROM mentions").fetchone()
    assert row == ("很好吃", "https://a.cn/1", "小王", "{}")
    with pytest.raises(UserError):
        importing.save_preset(workspace, "weibo-search", {})
    assert json.loads(
        workspace.db.execute(
            "SELECT after_json FROM audit WHERE action = 'save-preset'"
        ).fetchone()[0]
    )


def test_an_imported_sheet_is_in_the_workspace_file_itself_not_only_in_its_log(workspace, tmp_path):
    """The import checkpoints its write-ahead log as it goes (on a helper connection), so
    the app's next edit does not have to copy the whole import into the file."""
    import shutil
    import sqlite3

    result = run(workspace, write_sheet(tmp_path / "a.csv", 300))
    assert result.inserted == 300
    alone = tmp_path / "main-file-only.sqlite"
    shutil.copyfile(workspace.path, alone)  # the file without its -wal
    conn = sqlite3.connect(alone)
    try:
        assert conn.execute("SELECT count(*) FROM mentions").fetchone()[0] == 300
        hits = conn.execute(
            "SELECT count(*) FROM mentions_fts WHERE mentions_fts MATCH '\"钢丝\"'"
        ).fetchone()[0]
        assert hits == 300
        assert conn.execute("SELECT status FROM imports").fetchone()[0] == "done"
    finally:
        conn.close()
