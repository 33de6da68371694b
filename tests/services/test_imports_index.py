"""Import speed-ups that must not change results: rows seen before are skipped by their row
hash, the search index is filled from the child's tokens, and only changed text is re-indexed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.core.text import index_text, mention_search_text
from desktop.services import imports
from desktop.sheets.pipeline import Options, parse_to_staging
from desktop.storage import mentions as store
from desktop.storage.mention_index import index_mentions, remove_from_index
from desktop.storage.mention_query import MentionFilter

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
    return imports.import_file(ws.path, file, user="tester", backup=False, **kw)


def fts_rows(ws) -> dict[int, str]:
    return dict(ws.db.execute("SELECT rowid, tokens FROM mentions_fts"))


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
            "UPDATE mentions SET status = 'replied', sentiment = 'pos', sentiment_by = '小王'"
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
    original = imports._stage_known_rows

    def then_someone_deletes_one(db, staging):
        original(db, staging)  # the child gets hashes of all 12 rows...
        with workspace.transaction():  # ...and one mention goes away before the merge
            gone = [r[0] for r in workspace.db.execute("SELECT id FROM mentions WHERE id = 6")]
            workspace.db.execute("DELETE FROM mentions WHERE id = 6")
            remove_from_index(workspace.db, gone)

    monkeypatch.setattr(imports, "_stage_known_rows", then_someone_deletes_one)
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
            assert fast.search_only_match() is not None
            slow_sql = f"SELECT id FROM mentions WHERE {fast.where()[0]} ORDER BY {fast.order_by()}"
            expected = [r[0] for r in workspace.db.execute(slow_sql, fast.where()[1])]
            assert list(store.mention_ids(workspace.db, fast)) == expected
            assert len(expected) == 40
    assert MentionFilter(search="退", sort="posted_at").search_only_match() is None
    assert MentionFilter(search="退款", owner="小王").search_only_match() is None
