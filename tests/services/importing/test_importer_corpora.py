"""Every real export in ../shared/corpora/exports imports through the CLI, preset detected."""

from __future__ import annotations

import json

import pytest

from desktop.cli import run_command
from desktop.services import workspaces

EXPECTED = {
    "export_weibo-search_sanshieryi_2020.csv": "weibo-search",
    "export_custom-weibo-crawler_zhongoubanlie_2024.csv": "weibo-crawler",
    "export_weiboSpider_user5491331848_2017.csv": "weiboSpider",
}


@pytest.fixture
def ws_path(ctx, tmp_path):
    workspace = workspaces.create_workspace(ctx, tmp_path / "c")
    workspace.set_setting("timezone", "UTC+08:00")
    path = workspace.path
    workspace.close()
    return path


def cli_import(ctx, capsys, ws_path, file, *extra):
    code = run_command(["import", str(ws_path), str(file), "--json", *extra], ctx)
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return json.loads(captured.out)


def test_every_corpus_export_imports_with_its_preset(ctx, capsys, ws_path, corpora):
    files = sorted((corpora / "exports").glob("*"))
    assert {f.name for f in files} >= set(EXPECTED)
    for file in files:
        data = cli_import(ctx, capsys, ws_path, file)
        assert data["preset"] == EXPECTED.get(file.name, data["preset"])
        assert data["rejected"] == 0
        assert data["inserted"] == data["rows_read"] > 0
        assert not any(k.startswith("\ufeff") for k in data["mapping"])
    workspace = workspaces.open_workspace(ctx, ws_path)
    db = workspace.db
    row = db.execute(
        "SELECT author, followers, posted_at, external_id, region, reposts FROM mentions"
        " WHERE external_id = '5043310139540775'"
    ).fetchone()
    assert row == (
        "安徽省人民政府网",
        353000,
        "2024-06-09T11:05:00+08:00",
        "5043310139540775",
        "安徽",
        0,
    )
    search = db.execute(
        "SELECT author, author_id, posted_at, reposts, comments, likes, url FROM mentions"
        " WHERE external_id = '4537740077310227'"
    ).fetchone()
    assert search == (
        "法治日报",
        "2087169013",
        "2020-08-14T08:30:00+08:00",
        119,
        13,
        20,
        "https://m.weibo.cn/detail/4537740077310227",
    )
    spider = db.execute(
        "SELECT text, posted_at, likes, reposts, comments, extra_json FROM mentions"
        " WHERE text LIKE '“我不怕辛苦%'"
    ).fetchone()
    assert not spider[0].startswith("1:")
    assert spider[1:5] == ("2017-12-15T23:11:00+08:00", 2002, 233, 576)
    assert json.loads(spider[5])["翻译"].startswith("1: ")
    # The search index is built for the new rows: a two-character query finds them.
    hits = db.execute(
        "SELECT count(*) FROM mentions_fts WHERE mentions_fts MATCH '\"中欧\"'"
    ).fetchone()[0]
    assert hits > 0
    workspace.close()


def test_reimport_gives_zero_new(ctx, capsys, ws_path, corpora):
    file = corpora / "exports" / "export_custom-weibo-crawler_zhongoubanlie_2024.csv"
    first = cli_import(ctx, capsys, ws_path, file)
    again = cli_import(ctx, capsys, ws_path, file)
    assert again["inserted"] == 0 and again["updated"] == 0
    assert again["duplicates"] == first["inserted"]


def test_bad_file_exits_2_with_one_line(ctx, capsys, ws_path, tmp_path):
    bad = tmp_path / "page.xlsx"
    bad.write_text("<html><table><tr><td>x</td></tr></table></html>")
    code = run_command(["import", str(ws_path), str(bad)], ctx)
    err = capsys.readouterr().err
    assert code == 2 and "网页" in err and err.count("\n") == 1
