"""Import speed-ups that must not change results: rows seen before are skipped by their row
hash, the search index is filled from the child's tokens, and only changed text is re-indexed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.mention_filter import MentionFilter
from desktop.core.text import index_text, mention_search_text
from desktop.services import importing
from desktop.services.importing import merge, parse
from desktop.services.importing.parse import parse_to_staging
from desktop.sheets.sources import Options
from desktop.storage import imports as import_log
from desktop.storage import mention_query
from desktop.storage import mentions as store
from desktop.storage.mention_index import index_mentions, remove_from_index

HEADER = "标题,正文,原文链接,来源,作者,发布时间,粉丝数,转发"


def write_sheet(path: Path, rows: int, *, text: str = "退款", reposts: int = 1) -> Path:
    lines = [HEADER] + [
        f"标题{i},第{i}条关于{text}的投诉,https://weibo.com/u/{i},微博,用户{i},"
        f"2026-11-{1 + i % 28:02d} 09:{i % 60:02d},{i},{reposts}"
        for i in range(rows)
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def run(ws, file, **kw):
    return importing.import_file(ws.path, file, user="tester", backup=False, **kw)


def fts_rows(ws) -> dict[int, str]:
    """What the index holds for each mention, read back word by word (the contentless
    index keeps no copy of its tokens; an entry left behind by a wrong removal shows)."""
    ws.db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_words"
        " USING fts5vocab(main, mentions_fts, instance)"
    )
    words: dict[int, list[str]] = {}
    for term, doc in ws.db.execute("SELECT term, doc FROM temp.fts_words ORDER BY doc, offset"):
        words.setdefault(doc, []).append(term)
    return {doc: " ".join(terms) for doc, terms in words.items()}


def expected_index(ws) -> dict[int, str]:
    return {
        r[0]: index_text(mention_search_text(r[1], r[2], r[3]))
        for r in ws.db.execute("SELECT id, title, text, author FROM mentions")
    }


def hits(ws, query: str) -> set[int]:
    return set(store.mention_ids(ws.db, MentionFilter(search=query)))


def test_import_fills_the_index_with_the_same_tokens_a_rebuild_writes(workspace, tmp_path):
    result = run(workspace, write_sheet(tmp_path / "a.csv", 30))
    assert result.indexed == 30
    assert fts_rows(workspace) == expected_index(workspace)
    assert len(hits(workspace, "退款")) == 30
    index_mentions(workspace.db)  # a full rebuild agrees with what the import wrote
    assert fts_rows(workspace) == expected_index(workspace)


def test_reimport_skips_known_rows_and_reindexes_only_changed_text(workspace, tmp_path):
    file = write_sheet(tmp_path / "a.csv", 30)
    run(workspace, file)
    before = fts_rows(workspace)

    again = run(workspace, file)  # the same file: every row is known by its hash
    assert (again.inserted, again.updated, again.duplicates, again.indexed) == (0, 0, 30, 0)
    assert fts_rows(workspace) == before

    counts = run(workspace, write_sheet(tmp_path / "b.csv", 30, reposts=7))
    assert (counts.inserted, counts.updated, counts.duplicates) == (0, 30, 0)
    assert counts.indexed == 0  # only reposts changed: the index is left alone
    assert fts_rows(workspace) == before

    text = run(workspace, write_sheet(tmp_path / "c.csv", 32, text="召回", reposts=7))
    assert (text.inserted, text.updated, text.duplicates) == (2, 30, 0)
    assert text.indexed == 32
    assert fts_rows(workspace) == expected_index(workspace)
    assert hits(workspace, "退款") == set()
    assert len(hits(workspace, "召回")) == 32


def test_known_rows_keep_user_edits_and_count_in_file_duplicates(workspace, tmp_path):
    file = write_sheet(tmp_path / "a.csv", 10)
    run(workspace, file)
    with workspace.transaction():
        workspace.db.execute(
            "UPDATE mentions SET status = 'replied', sentiment = 'pos', sentiment_by = 'person'"
            " WHERE url = 'https://weibo.com/u/3'"
        )
    lines = file.read_text(encoding="utf-8").splitlines()
    doubled = tmp_path / "doubled.csv"
    doubled.write_text("\n".join([*lines, lines[4]]), encoding="utf-8")  # row 3 twice
    again = run(workspace, doubled)
    assert (again.inserted, again.updated, again.duplicates, again.rejected) == (0, 0, 11, 0)
    assert workspace.count("mentions") == 10
    assert workspace.db.execute(
        "SELECT status, sentiment FROM mentions WHERE url = 'https://weibo.com/u/3'"
    ).fetchone() == ("replied", "pos")


def test_a_known_row_that_changed_meanwhile_is_converted_again(workspace, tmp_path, monkeypatch):
    file = write_sheet(tmp_path / "a.csv", 12)
    run(workspace, file)
    original = parse.stage_known_rows

    def then_someone_deletes_one(db, staging):
        original(db, staging)  # the child gets hashes of all 12 rows...
        with workspace.transaction():  # ...and one mention goes away before the merge
            remove_from_index(workspace.db, [6])
            workspace.db.execute("DELETE FROM mentions WHERE id = 6")

    monkeypatch.setattr(parse, "stage_known_rows", then_someone_deletes_one)
    again = run(workspace, file)
    assert (again.inserted, again.duplicates) == (1, 11)
    assert workspace.db.execute("SELECT id FROM mentions WHERE id = 6").fetchone() is None
    assert workspace.count("mentions") == 12
    assert fts_rows(workspace) == expected_index(workspace)


def test_staged_rows_carry_the_search_tokens_and_last_duplicate_wins(tmp_path):
    rows = [
        ["标题", "正文", "原文链接"],
        ["一", "先到的退款投诉", "https://a.cn/1"],
        ["二", "另一条", "https://a.cn/2"],
        ["一改", "后到的召回投诉", "https://a.cn/1"],
    ]
    staging = tmp_path / "s.sqlite"
    summary = parse_to_staging(None, str(staging), Options(pasted_rows=rows))
    assert summary.duplicates_in_file == 1 and summary.staged == 2
    conn = sqlite3.connect(staging)
    staged = conn.execute(
        "SELECT row_number, title, text, tokens FROM rows ORDER BY rowid"
    ).fetchall()
    conn.close()
    assert [r[:3] for r in staged] == [(3, "二", "另一条"), (4, "一改", "后到的召回投诉")]
    assert [r[3] for r in staged] == [
        index_text(mention_search_text(r[1], r[2], "")) for r in staged
    ]


def test_search_only_filter_takes_the_index_path_with_the_same_order(workspace, tmp_path):
    run(workspace, write_sheet(tmp_path / "a.csv", 40))
    with workspace.transaction():
        workspace.db.execute("UPDATE mentions SET posted_at = NULL WHERE id % 7 = 0")
    for descending in (True, False):
        for sort in ("posted_at", "id"):
            fast = MentionFilter(search="退款 投诉", sort=sort, descending=descending)
            assert mention_query.search_only_match(fast) is not None
            slow_sql = f"SELECT id FROM mentions WHERE {mention_query.where(fast)[0]} ORDER BY {mention_query.order_by(fast)}"
            expected = [r[0] for r in workspace.db.execute(slow_sql, mention_query.where(fast)[1])]
            assert list(store.mention_ids(workspace.db, fast)) == expected
            assert len(expected) == 40
    assert mention_query.search_only_match(MentionFilter(search="退", sort="posted_at")) is None
    assert mention_query.search_only_match(MentionFilter(search="退款", owner="小王")) is None


def test_new_rows_are_numbered_in_the_index_across_chunks_gaps_and_earlier_mentions(
    workspace, tmp_path, monkeypatch
):
    monkeypatch.setattr(merge, "INDEX_CHUNK", 7)
    first = write_sheet(tmp_path / "first.csv", 5, text="召回")
    first.write_text(first.read_text(encoding="utf-8").replace("/u/", "/v/"), encoding="utf-8")
    run(workspace, first)  # ids 1-5 are taken
    lines = write_sheet(tmp_path / "b.csv", 40).read_text(encoding="utf-8").splitlines()
    rows = lines[1:]
    # Rows that stage nothing or are replaced leave holes in the staging rowids.
    rows[3] = ",,,微博,,,,"  # no text, no url: rejected
    rows[10] = rows[12]  # row 12 repeated earlier: the earlier copy is dropped
    rows[20] = ""  # blank
    sheet = tmp_path / "gaps.csv"
    sheet.write_text("\n".join([HEADER, *rows]), encoding="utf-8")
    result = run(workspace, sheet)
    assert (result.inserted, result.rejected) == (37, 1)
    assert result.indexed == 37
    assert fts_rows(workspace) == expected_index(workspace)
    assert len(hits(workspace, "退款")) == 37 and len(hits(workspace, "召回")) == 5


def test_an_import_killed_while_indexing_is_finished_at_the_next_open_or_import(
    workspace, tmp_path, monkeypatch
):
    monkeypatch.setattr(merge, "INDEX_CHUNK", 10)
    pokes = []

    def dies_after_the_first_index_chunk(self):
        pokes.append(1)
        if len(pokes) == 3:  # after the merge, after chunk 1, then the app is gone
            raise KeyboardInterrupt

    monkeypatch.setattr(import_log.Checkpointer, "poke", dies_after_the_first_index_chunk)
    with pytest.raises(KeyboardInterrupt):
        run(workspace, write_sheet(tmp_path / "a.csv", 30))
    assert workspace.count("mentions") == 30  # the merge was committed
    partial = len(hits(workspace, "退款"))
    assert 0 < partial < 30
    pending = "SELECT status, search_pending FROM imports ORDER BY id DESC LIMIT 1"
    assert workspace.db.execute(pending).fetchone() == ("done", 1)

    monkeypatch.undo()
    assert importing.finish_imports(workspace.db, workspace.path) == 30 - partial
    assert len(hits(workspace, "退款")) == 30
    assert fts_rows(workspace) == expected_index(workspace)
    assert workspace.db.execute(pending).fetchone() == ("done", 0)


def test_the_next_import_finishes_an_index_left_half_done(workspace, tmp_path, monkeypatch):
    monkeypatch.setattr(merge, "INDEX_CHUNK", 10)

    def no_index(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(merge, "index_new_rows", no_index)
    with pytest.raises(KeyboardInterrupt):
        run(workspace, write_sheet(tmp_path / "a.csv", 30))
    assert hits(workspace, "退款") == set()
    monkeypatch.undo()
    # The same rows changed: their old words must be found to take them out.
    result = run(workspace, write_sheet(tmp_path / "b.csv", 30, text="召回"))
    assert result.updated == 30
    assert hits(workspace, "退款") == set()
    assert len(hits(workspace, "召回")) == 30
    assert fts_rows(workspace) == expected_index(workspace)


def test_the_index_keeps_no_copy_of_the_tokens(workspace, tmp_path):
    run(workspace, write_sheet(tmp_path / "a.csv", 30))
    tables = {r[0] for r in workspace.db.execute("SELECT name FROM sqlite_master")}
    assert "mentions_fts_content" not in tables
    assert workspace.db.execute("SELECT tokens FROM mentions_fts LIMIT 1").fetchone() == (None,)


def test_a_workspace_indexed_before_the_contentless_index_is_reindexed_when_opened(tmp_path):
    from sqlite_utils import Database

    from desktop.storage import migrations
    from desktop.storage.workspace import APPLICATION_ID, Workspace

    old = tmp_path / "v5.crisisdesk"
    conn = sqlite3.connect(old)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.close()
    db = Database(old)
    migrations.migrate(db, migrations.MIGRATIONS[:5])
    texts = ["门店退款太慢", "配送员态度很好"]
    for number, text in enumerate(texts, start=1):
        db.execute(
            "INSERT INTO mentions(key, title, text, author) VALUES (?, ?, ?, '')",
            [f"k{number}", text[:4], text],
        )
        # The old index stored its tokens (here also the title, as imports then did).
        db.execute(
            "INSERT INTO mentions_fts(rowid, tokens) VALUES (?, ?)",
            [number, index_text(f"{text[:4]} {text}")],
        )
    db.conn.commit()
    db.conn.close()
    with Workspace.open(old) as upgraded:
        assert fts_rows(upgraded) == expected_index(upgraded)
        assert hits(upgraded, "退款") == {1} and hits(upgraded, "态度") == {2}
        names = {r[0] for r in upgraded.db.execute("SELECT name FROM sqlite_master")}
        assert "mentions_fts_content" not in names


def test_a_sheet_converted_in_two_halves_merges_and_indexes_both(workspace, tmp_path, monkeypatch):
    import functools

    # Two processes convert even this small sheet (on a machine with two cores or more).
    split = functools.partial(parse.run_isolated, parallel_min_rows=10)
    monkeypatch.setattr(parse, "run_isolated", split)
    monkeypatch.setattr(merge, "INDEX_CHUNK", 9)
    lines = write_sheet(tmp_path / "a.csv", 60).read_text(encoding="utf-8").splitlines()
    rows = lines[1:]
    rows[5] = ",,,微博,,,,"  # rejected in the first half
    rows[50] = ",,,微博,,,,"  # rejected in the second half
    rows[55] = rows[2]  # a key of the first half again in the second: the later row wins
    sheet = tmp_path / "halves.csv"
    sheet.write_text("\n".join([HEADER, *rows]), encoding="utf-8")
    result = run(workspace, sheet)
    assert (result.inserted, result.rejected, result.duplicates) == (57, 2, 1)
    assert [r["row_number"] for r in result.rejects] == [7, 52]
    assert result.indexed == 57
    assert fts_rows(workspace) == expected_index(workspace)
    numbers = [r[0] for r in workspace.db.execute("SELECT row_number FROM import_rejects")]
    assert numbers == [7, 52]

    changed = [r.replace("退款", "召回") if i % 2 else r for i, r in enumerate(rows)]
    sheet.write_text("\n".join([HEADER, *changed]), encoding="utf-8")
    again = run(workspace, sheet)
    assert (again.inserted, again.updated) == (0, 29)
    assert fts_rows(workspace) == expected_index(workspace)
    assert len(hits(workspace, "召回")) == 29 and len(hits(workspace, "退款")) == 28
