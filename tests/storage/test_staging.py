"""The staging file: what the child writes through StagingWriter and the app reads back."""

from __future__ import annotations

import sqlite3

from desktop.storage import imports as import_log
from desktop.storage import staging
from desktop.storage.staging import RECORD_COLUMNS, StagingWriter


def record(number: int, key: str) -> list:
    values = {c: "" for c in RECORD_COLUMNS}
    values.update(row_number=number, key=key, followers=None, extra_json="{}", text=f"正文{key}")
    return [values[c] for c in RECORD_COLUMNS]


def test_rows_known_rows_rejects_and_drops_are_written(tmp_path):
    path = tmp_path / "s.sqlite"
    writer = StagingWriter.create(path)
    assert writer.known_rows() == {}
    writer.add_rows([[*record(2, "a"), 11, 1, "tok a"], [*record(3, "b"), 12, 2, "tok b"]])
    writer.add_known([(4, "c", 13, 99, 3)])
    writer.drop_rows([(1,)])
    writer.add_rejects([(5, "没有正文也没有链接", "{}")])
    writer.commit()
    writer.close()
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT rowid, key, state, mention_id, tokens FROM rows").fetchall()
    assert rows == [(2, "b", "new", None, "tok b"), (3, "c", "known", 99, None)]
    assert conn.execute("SELECT * FROM rejects").fetchall() == [(5, "没有正文也没有链接", "{}")]
    types = {r[1]: r[2] for r in conn.execute("PRAGMA table_info(rows)")}
    assert types["row_number"] == types["followers"] == "INTEGER" and types["text"] == "TEXT"
    conn.close()


def test_a_second_workers_part_is_copied_in_with_its_rowids(tmp_path):
    main, part = StagingWriter.create(tmp_path / "s"), StagingWriter.create(tmp_path / "s.part")
    main.add_rows([[*record(2, "a"), 1, 1, "x"]])
    part.add_rows([[*record(9, "b"), 2, 8, "y"]])
    part.add_rejects([(10, "坏", "{}")])
    part.commit()
    part.close()
    main.commit()
    with main.attached_part(tmp_path / "s.part"):
        assert list(main.part_keys()) == [("b", 8)]
        main.copy_part_in()
        main.commit()
    assert main.conn.execute("SELECT rowid, key FROM rows").fetchall() == [(1, "a"), (8, "b")]
    assert main.conn.execute("SELECT count(*) FROM rejects").fetchone()[0] == 1
    main.close()


def test_the_app_hands_the_known_hashes_and_reads_the_staged_file(workspace, tmp_path):
    with workspace.transaction():
        workspace.db.execute(
            "INSERT INTO mentions(key, text, row_hash) VALUES ('k1', 't', 7), ('k2', 't', NULL)"
        )
    path = tmp_path / "s.sqlite"
    importer = import_log.connect(workspace.path)  # autocommit, as the import's own
    staging.put_known_rows(importer.conn, path)
    writer = StagingWriter.create(path)
    mention_id = workspace.db.execute("SELECT id FROM mentions WHERE key = 'k1'").fetchone()[0]
    assert writer.known_rows() == {7: ("k1", mention_id)}  # rows without a hash are left out
    writer.add_rows([[*record(2, "a"), 1, 3, "x"], [*record(3, "b"), 2, 5, "y"]])
    writer.add_rejects([(4, "坏", "{}"), (1, "也坏", "{}")])
    writer.commit()
    writer.close()
    with staging.attached(importer.conn, path):
        assert staging.first_rejects(importer.conn, limit=1) == [(1, "也坏")]
        assert staging.new_rows_span(importer.conn) == (2, 5)
    databases = [r[1] for r in importer.execute("PRAGMA database_list")]
    assert "stage" not in databases  # detached again
    importer.conn.close()
