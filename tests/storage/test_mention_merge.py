"""The merge's statements on an attached staging file (desktop.storage.mention_merge) and the
search index's fills from it (desktop.storage.mention_index)."""

from __future__ import annotations

from desktop.core.text import index_text
from desktop.storage import imports as import_log
from desktop.storage import mention_index, mention_merge, staging
from desktop.storage.staging import RECORD_COLUMNS, StagingWriter


def staged_row(number: int, key: str, text: str, rowid: int) -> list:
    values = {c: "" for c in RECORD_COLUMNS}
    values.update(row_number=number, key=key, text=text, extra_json="{}", sentiment="neg")
    values.update(followers=None, reposts=None, comments=None, likes=None, posted_at=None)
    return [*(values[c] for c in RECORD_COLUMNS), 100 + rowid, rowid, index_text(text)]


def write_staging(path, rows, rejects=()) -> None:
    writer = StagingWriter.create(path)
    writer.add_rows(rows)
    writer.add_rejects(list(rejects))
    writer.commit()
    writer.close()


def new_import(workspace) -> int:
    with workspace.transaction():
        return import_log.start_import(
            workspace.db, file_name="a.csv", sha256="", sheet="", preset="", at="t"
        )


def search(workspace, word: str) -> set[int]:
    query = "SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH ?"
    return {r[0] for r in workspace.db.execute(query, [index_text(word)])}


def test_new_changed_and_same_rows_merge_and_keep_the_users_sentiment(workspace, tmp_path):
    with workspace.transaction():
        workspace.db.execute(
            "INSERT INTO mentions(key, title, text, author, sentiment, sentiment_by, extra_json)"
            " VALUES ('same', '', '不变', '', 'neg', '', '{}'),"
            " ('changed', '', '退款', '', 'pos', 'person', '{}')"
        )
    mention_index.index_mentions(workspace.db)
    import_id = new_import(workspace)
    path = tmp_path / "s.sqlite"
    rows = [staged_row(2, "same", "不变", 1), staged_row(3, "changed", "召回", 2)]
    write_staging(path, [*rows, staged_row(4, "new", "门店", 3)], [(5, "坏", "{}")])
    db = workspace.db
    with staging.attached(db.conn, path), workspace.transaction():
        assert mention_merge.classify_staged(db) == {"same": 1, "changed": 1, "new": 1}
        assert not mention_merge.known_rows_changed(db)
        assert mention_merge.insert_new(db, import_id, at="t", expected=1) == 3
        assert mention_merge.mention_count(db) == 3
        changed = mention_merge.changed_to_reindex(db)
        assert changed == [2]
        mention_index.remove_from_index(db, changed)
        mention_merge.update_changed(db, at="t")
        mention_index.index_staged_changes(db)
        mention_merge.copy_rejects(db, import_id)
        assert mention_index.index_staged_new(db, 1, 3, first_id=3) == 1
    texts = dict(db.execute("SELECT key, text FROM mentions").fetchall())
    assert texts == {"same": "不变", "changed": "召回", "new": "门店"}
    # The user set this sentiment (sentiment_by): the sheet's does not replace it.
    assert db.execute("SELECT sentiment FROM mentions WHERE key = 'changed'").fetchone() == ("pos",)
    assert db.execute("SELECT import_id FROM mentions WHERE key = 'new'").fetchone() == (import_id,)
    assert import_log.rejects_of(db, import_id) == [{"row_number": 5, "reason": "坏", "raw": {}}]
    assert search(workspace, "退款") == set() and search(workspace, "召回") == {2}
    assert search(workspace, "门店") == {3}


def test_new_rows_without_consecutive_ids_are_indexed_by_key(workspace, tmp_path):
    import_id = new_import(workspace)
    path = tmp_path / "s.sqlite"
    write_staging(path, [staged_row(2, "a", "退款", 1), staged_row(3, "b", "召回", 2)])
    db = workspace.db
    with staging.attached(db.conn, path), workspace.transaction():
        mention_merge.classify_staged(db)
        assert mention_merge.insert_new(db, import_id, at="t", expected=5) is None
        mention_index.use_fill_buffer(db, 16 * 1024 * 1024)
        assert mention_index.index_staged_new(db, 1, 2, first_id=None) == 2
    ids = dict(db.execute("SELECT key, id FROM mentions").fetchall())
    assert search(workspace, "退款") == {ids["a"]} and search(workspace, "召回") == {ids["b"]}


def test_a_known_row_whose_mention_went_away_is_noticed(workspace, tmp_path):
    path = tmp_path / "s.sqlite"
    writer = StagingWriter.create(path)
    writer.add_known([(2, "gone", 5, 42, 1)])
    writer.commit()
    writer.close()
    with staging.attached(workspace.db.conn, path), workspace.transaction():
        assert mention_merge.classify_staged(workspace.db) == {"known": 1}
        assert mention_merge.known_rows_changed(workspace.db)
