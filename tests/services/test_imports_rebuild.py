"""A big import into a small table builds the mentions' indexes again inside the merge
transaction: afterwards they are all there, unchanged and correct; a failure rolls back to
the indexes and rows there were before."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services import imports

HEADER = "标题,正文,原文链接,来源,作者,发布时间,粉丝数"


def write_sheet(path: Path, rows: int, start: int = 0) -> Path:
    lines = [HEADER] + [
        f"标题{i},第{i}条关于退款的投诉,https://weibo.com/r/{i},微博,用户{i},"
        f"2026-11-{1 + i % 28:02d} 09:{i % 60:02d},{i}"
        for i in range(start, start + rows)
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def indexes(ws) -> dict[str, str]:
    return dict(
        ws.db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'mentions'"
        ).fetchall()
    )


def run(ws, file):
    return imports.import_file(ws.path, file, user="tester", backup=False)


def test_big_import_rebuilds_every_index_as_it_was(workspace, tmp_path, monkeypatch):
    monkeypatch.setattr(imports, "REBUILD_MIN_ROWS", 10)
    rebuilt: list[int] = []
    original = imports._drop_indexes_for

    def spy(conn, new_rows):
        sql = original(conn, new_rows)
        rebuilt.append(len(sql))
        return sql

    monkeypatch.setattr(imports, "_drop_indexes_for", spy)
    before = indexes(workspace)
    assert workspace.count("mentions") == 0
    result = run(workspace, write_sheet(tmp_path / "a.csv", 40))
    assert result.inserted == 40
    # Rebuilt: the indexes led by a value from the sheet (date, platform, followers,
    # sentiment); the others are appended to in order and kept.
    led_by_sheet = {
        name
        for name, sql in before.items()
        if sql
        and workspace.db.execute(f'PRAGMA index_info("{name}")').fetchone()[2]
        in {"posted_at", "platform", "followers", "sentiment"}
    }
    assert {"mentions_posted_at", "mentions_triage", "mentions_followers"} <= led_by_sheet
    assert rebuilt == [len(led_by_sheet)]
    assert indexes(workspace) == before
    assert workspace.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # The rebuilt indexes answer queries: by date, by platform, the triage queue.
    assert (
        workspace.db.execute(
            "SELECT count(*) FROM mentions INDEXED BY mentions_posted_at WHERE posted_at >= ''"
        ).fetchone()[0]
        == 40
    )
    assert (
        workspace.db.execute(
            "SELECT count(*) FROM mentions INDEXED BY mentions_platform WHERE platform = '微博'"
        ).fetchone()[0]
        == 40
    )
    # A smaller batch into the now bigger table updates the indexes row by row instead.
    run(workspace, write_sheet(tmp_path / "b.csv", 20, start=100))
    assert workspace.count("mentions") == 60
    assert rebuilt[1:] == [0]
    assert indexes(workspace) == before
    assert workspace.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_failure_after_dropping_the_indexes_restores_them(workspace, tmp_path, monkeypatch):
    monkeypatch.setattr(imports, "REBUILD_MIN_ROWS", 10)
    original = imports._drop_indexes_for

    def drop_then_fail(conn, new_rows):
        assert original(conn, new_rows)  # they were dropped…
        raise OSError("simulated failure in the middle of the merge")

    monkeypatch.setattr(imports, "_drop_indexes_for", drop_then_fail)
    before = indexes(workspace)
    with pytest.raises(OSError):
        run(workspace, write_sheet(tmp_path / "a.csv", 40))
    assert indexes(workspace) == before  # …and came back with the rollback
    assert workspace.count("mentions") == 0
    assert workspace.db.execute("SELECT status FROM imports").fetchone()[0] == "failed"
