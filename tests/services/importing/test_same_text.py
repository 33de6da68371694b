"""Rows without url or post id that share their key (the same words, no author or time column)
are different people, not duplicates: each is a mention of its own, keyed with the occurrence of
that key in the file (issue 13); a re-import still adds nothing, a longer export only the new."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import run_command
from desktop.core.values import is_fallback_key, occurrence_key, split_occurrence
from desktop.services import importing
from desktop.services.importing.isolation import run_isolated
from desktop.services.importing.parse import parse_to_staging
from desktop.sheets.sources import Options


def comments(path: Path, texts: list[str]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["正文", "点赞数"])  # (one column alone is taken as data, no header)
        writer.writerows([t, ""] for t in texts)
    return path


def run(ws, file):
    return importing.import_file(ws.path, file, user="tester", backup=False)


def mention_texts(ws) -> list[str]:
    return [r[0] for r in ws.db.execute("SELECT text FROM mentions ORDER BY id")]


def test_occurrence_keys():
    base = "weibo|h:" + "a" * 40
    assert is_fallback_key(base) and is_fallback_key(occurrence_key(base, 3))
    assert occurrence_key(base, 1) == base
    assert split_occurrence(occurrence_key(base, 27)) == (base, 27)
    assert split_occurrence(base) == (base, 1)
    assert not is_fallback_key("weibo|https://weibo.com/1")
    assert split_occurrence("weibo|https://weibo.com/1#2") == ("weibo|https://weibo.com/1#2", 1)


def test_same_words_from_27_people_are_27_mentions(workspace, tmp_path):
    texts = ["妇女节快乐"] * 27 + ["节日快乐", "祝大家节日快乐", "妇女节快乐！"]
    first = run(workspace, comments(tmp_path / "c.csv", texts))
    assert (first.rows_read, first.inserted, first.duplicates) == (30, 30, 0)
    assert first.told_apart == 26
    assert mention_texts(workspace).count("妇女节快乐") == 27
    again = run(workspace, comments(tmp_path / "c.csv", texts))
    assert (again.inserted, again.updated, again.duplicates) == (0, 0, 30)
    assert again.told_apart == 26
    # A later export: the earlier rows and 5 more people, 2 new texts.
    later = run(workspace, comments(tmp_path / "d.csv", texts + ["妇女节快乐"] * 5 + ["新", "新"]))
    assert (later.inserted, later.duplicates) == (7, 30)
    assert later.told_apart == 26 + 5 + 1
    assert workspace.count("mentions") == 37


def test_rows_with_a_url_or_id_still_merge_within_the_file(workspace, tmp_path):
    file = tmp_path / "u.csv"
    file.write_text("正文,原文链接\n好,https://a.cn/1\n好,https://a.cn/1\n好,\n好,\n", "utf-8")
    result = run(workspace, file)
    assert (result.inserted, result.duplicates, result.told_apart) == (3, 1, 1)


def test_rows_imported_before_keep_their_key(workspace, tmp_path):
    """A workspace that imported a file before: its mention of the words has the old key
    (no occurrence number), so the first occurrence matches it and the others are added."""
    run(workspace, comments(tmp_path / "old.csv", ["妇女节快乐", "节日快乐"]))
    old_key = workspace.db.execute("SELECT key FROM mentions WHERE text = '妇女节快乐'").fetchone()[
        0
    ]
    assert "#" not in old_key
    result = run(workspace, comments(tmp_path / "old.csv", ["妇女节快乐"] * 4 + ["节日快乐"]))
    assert (result.inserted, result.duplicates) == (3, 2)
    keys = [
        r[0] for r in workspace.db.execute("SELECT key FROM mentions WHERE text = '妇女节快乐'")
    ]
    assert keys == [old_key, *(occurrence_key(old_key, n) for n in (2, 3, 4))]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the second worker needs fork")
def test_two_workers_count_occurrences_over_the_whole_file(tmp_path):
    texts = [("哈哈哈" if i % 3 == 0 else f"评论{i % 50}") for i in range(600)]
    file = comments(tmp_path / "c.csv", texts)
    summaries = {}
    for workers in (1, 2):
        staging = tmp_path / f"{workers}.sqlite"
        summaries[workers] = run_isolated(
            parse_to_staging,
            str(file),
            str(staging),
            Options(),
            workers=workers,
            parallel_min_rows=10,
        )
    one, two = (
        sqlite3.connect(tmp_path / f"{w}.sqlite")
        .execute("SELECT rowid, key FROM rows ORDER BY rowid")
        .fetchall()
        for w in (1, 2)
    )
    assert two == one and len(one) == 600 and len({k for _, k in one}) == 600
    assert summaries[2].told_apart == summaries[1].told_apart == 600 - 51
    assert summaries[2].duplicates_in_file == summaries[1].duplicates_in_file == 0
    # In file order: the n-th 哈哈哈 of the file has occurrence n.
    laughs = [k for _, k in one if split_occurrence(k)[0] == split_occurrence(one[0][1])[0]]
    assert [split_occurrence(k)[1] for k in laughs] == list(range(1, 201))


def test_cli_says_how_many_rows_were_told_apart(ctx, capsys, workspace, tmp_path):
    file = comments(tmp_path / "c.csv", ["好"] * 3)
    path = str(workspace.path)
    workspace.close()
    assert run_command(["import", path, str(file), "--json"], ctx) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["inserted"], data["duplicates"], data["told_apart"]) == (3, 0, 2)
    assert run_command(["import", path, str(file)], ctx) == 0
    out = capsys.readouterr().out
    assert "其中 2 行" in out and "未算作重复" in out


def test_a_real_export_reduced_to_its_text_column(workspace, tmp_path, corpora):
    """The weibo-search export's texts without ids, as a comment sheet gives them: every
    row stays a mention (the export repeats hundreds of texts)."""
    with (corpora / "exports" / "export_weibo-search_sanshieryi_2020.csv").open(
        encoding="utf-8-sig", newline=""
    ) as handle:
        texts = [row["微博正文"] for row in csv.DictReader(handle)]
    texts = [t for t in texts if t.strip()]
    distinct = len({t.strip() for t in texts})
    assert len(texts) - distinct > 100  # the real file does repeat texts
    file = comments(tmp_path / "texts.csv", texts)
    result = run(workspace, file)
    assert (result.inserted, result.duplicates) == (len(texts), 0)
    assert result.told_apart >= len(texts) - distinct
    again = run(workspace, file)
    assert (again.inserted, again.duplicates) == (0, len(texts))
