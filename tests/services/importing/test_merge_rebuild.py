"""A big import into a small table drops the mentions' indexes in its merge transaction and
builds them again after it: afterwards they are all there, unchanged and correct; a failure
in the merge rolls back to the indexes and rows there were before; a kill after the merge
leaves a record from which they are built at the next open or import."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services import importing
from desktop.services.importing import importer, merge
from desktop.storage import deferred_indexes

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
    return importing.import_file(ws.path, file, user="tester", backup=False)


def test_big_import_builds_every_index_again_after_its_merge(workspace, tmp_path, monkeypatch):
    monkeypatch.setattr(merge, "REBUILD_MIN_ROWS", 10)
    during_merge: list[set[str]] = []
    original = merge.defer_indexes_for

    def spy(conn, new_rows):
        dropped = original(conn, new_rows)
        during_merge.append(set(dropped))
        return dropped

    monkeypatch.setattr(merge, "defer_indexes_for", spy)
    before = indexes(workspace)
    assert workspace.count("mentions") == 0
    result = run(workspace, write_sheet(tmp_path / "a.csv", 40))
    assert result.inserted == 40
    # Dropped for the merge: every secondary index but the key's (it keeps keys unique) and
    # the one led by the id (searches name it with INDEXED BY).
    secondary = {name for name, sql in before.items() if sql}
    assert during_merge == [secondary - {"mentions_id_posted"}]
    assert {"mentions_posted_at", "mentions_triage", "mentions_status"} <= during_merge[0]
    assert indexes(workspace) == before
    assert workspace.count("deferred_indexes") == 0
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
    assert during_merge[1:] == [set()]
    assert indexes(workspace) == before
    assert workspace.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_failure_after_dropping_the_indexes_restores_them(workspace, tmp_path, monkeypatch):
    monkeypatch.setattr(merge, "REBUILD_MIN_ROWS", 10)
    original = merge.defer_indexes_for

    def drop_then_fail(conn, new_rows):
        assert original(conn, new_rows)  # they were dropped…
        raise OSError("simulated failure in the middle of the merge")

    monkeypatch.setattr(merge, "defer_indexes_for", drop_then_fail)
    before = indexes(workspace)
    with pytest.raises(OSError):
        run(workspace, write_sheet(tmp_path / "a.csv", 40))
    assert indexes(workspace) == before  # …and came back with the rollback
    assert workspace.count("deferred_indexes") == 0
    assert workspace.count("mentions") == 0
    assert workspace.db.execute("SELECT status FROM imports").fetchone()[0] == "failed"


@pytest.mark.parametrize("finisher", ["opening the workspace", "the next import"])
def test_a_kill_before_the_indexes_are_built_again_is_finished_later(
    workspace, tmp_path, monkeypatch, finisher
):
    monkeypatch.setattr(merge, "REBUILD_MIN_ROWS", 10)
    before = indexes(workspace)
    built: list[int] = []

    def app_dies_after_two(done, total):
        built.append(done)
        if done == 2:
            raise KeyboardInterrupt

    original = deferred_indexes.build_deferred_indexes
    monkeypatch.setattr(
        importer,
        "build_deferred_indexes",
        lambda db, after_each=None: original(db, after_each=app_dies_after_two),
    )
    with pytest.raises(KeyboardInterrupt):
        run(workspace, write_sheet(tmp_path / "a.csv", 40))
    # The merge was committed: the rows are in, two indexes are back, the rest recorded.
    assert workspace.count("mentions") == 40
    missing = set(before) - set(indexes(workspace))
    assert len(missing) == len(before) - 1 - 1 - 2  # the key's, the id's and two built
    assert {r[0] for r in workspace.db.execute("SELECT name FROM deferred_indexes")} == missing
    # Queries still answer (more slowly) in the meantime.
    assert workspace.count("mentions", "posted_at >= '2026-11-01'") == 40
    monkeypatch.undo()
    if finisher == "opening the workspace":  # what the app runs when a workspace opens
        importing.finish_imports(workspace.db, workspace.path)
    else:  # too small a batch to drop any index itself
        assert run(workspace, write_sheet(tmp_path / "b.csv", 5, start=100)).inserted == 5
    assert indexes(workspace) == before
    assert workspace.count("deferred_indexes") == 0
    assert workspace.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
