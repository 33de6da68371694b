"""The imports' tables: a record's life, rejects, presets (desktop.storage.imports)."""

from __future__ import annotations

import json

from desktop.storage import imports as import_log
from desktop.storage.imports import ImportCounts
from desktop.storage.workspace import Workspace


def status(workspace, import_id):
    return workspace.db.execute("SELECT status FROM imports WHERE id = ?", [import_id]).fetchone()[
        0
    ]


def test_an_import_record_from_running_to_done_or_failed(workspace):
    db = import_log.connect(workspace.path)
    try:
        with workspace.transaction():
            first = import_log.start_import(
                workspace.db, file_name="a.csv", sha256="", sheet="", preset="", at="t0"
            )
            second = import_log.start_import(
                workspace.db, file_name="b.csv", sha256="", sheet="", preset="", at="t0"
            )
            assert import_log.mark_stale_failed(workspace.db, keep=[second], at="t1") == 1
        assert (status(workspace, first), status(workspace, second)) == ("failed", "running")
        with workspace.transaction():
            import_log.mark_done(
                workspace.db,
                second,
                sheet="s",
                preset="p",
                mapping={"正文": "text"},
                counts=ImportCounts(rows_read=3, inserted=2, updated=0, duplicates=1, rejected=0),
                at="t2",
            )
        assert status(workspace, second) == "done"
        assert import_log.pending_search(workspace.db) == [second]
        with workspace.transaction():
            import_log.clear_search_pending(workspace.db, second)
        assert import_log.pending_search(workspace.db) == []
        import_log.end_running(db, first, "cancelled", at="t3")  # no longer running: kept
        assert status(workspace, first) == "failed"
    finally:
        db.conn.close()


def test_rejects_and_presets_read_back(workspace):
    with workspace.transaction():
        import_id = import_log.start_import(
            workspace.db, file_name="a.csv", sha256="", sheet="", preset="", at="t0"
        )
        workspace.db.execute(
            "INSERT INTO import_rejects(import_id, row_number, reason, raw_json)"
            " VALUES (?, 3, '坏', '{\"正文\": \"\"}'), (?, 2, '也坏', '')",
            [import_id, import_id],
        )
        import_log.save_preset(workspace.db, "我的表", {"甲": "text"}, at="t0")
        import_log.save_preset(workspace.db, "我的表", {"乙": "url"}, at="t1")
    assert import_log.rejects_of(workspace.db, import_id) == [
        {"row_number": 2, "reason": "也坏", "raw": {}},
        {"row_number": 3, "reason": "坏", "raw": {"正文": ""}},
    ]
    assert len(import_log.rejects_of(workspace.db, import_id, limit=1)) == 1
    assert import_log.saved_presets(workspace.db) == {"我的表": {"乙": "url"}}


def test_the_imports_own_connection_takes_the_workspace_pragmas(workspace):
    db = import_log.connect(workspace.path)
    try:
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert db.execute("PRAGMA cache_size").fetchone()[0] == -import_log.IMPORT_CACHE_KIB
        assert import_log.workspace_settings(db) == workspace.settings()
    finally:
        db.conn.close()


def test_rejected_rows_of_an_import(workspace: Workspace) -> None:
    assert not import_log.import_exists(workspace.db, 1)
    with workspace.transaction():
        import_id = workspace.db.execute(
            "INSERT INTO imports(file_name, started_at) VALUES ('x.xlsx', '2026-11-18')"
        ).lastrowid
        for number in (7, 3):
            workspace.db.execute(
                "INSERT INTO import_rejects(import_id, row_number, reason, raw_json)"
                " VALUES (?, ?, '日期无法识别', ?)",
                [import_id, number, json.dumps({"行": number})],
            )
    assert import_log.import_exists(workspace.db, import_id)
    assert import_log.reject_count(workspace.db, import_id) == 2
    rows = [r for page in import_log.reject_pages(workspace.db, import_id) for r in page]
    assert [r[0] for r in rows] == [3, 7]
    raw = list(import_log.reject_raw_json(workspace.db, import_id))
    assert [json.loads(r)["行"] for r in raw] == [3, 7]
