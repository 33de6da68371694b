"""Excel round trip of the whole 问答库: file → workspace → file equal, and hostile cells."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from desktop.core.changes import changes_of
from desktop.core.errors import UserError
from desktop.services import kb
from desktop.services.kb import excel as kb_excel
from desktop.sheets import kb_sheet
from desktop.storage.workspace import Workspace


def cells(path: Path) -> list[tuple]:
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        return [tuple(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
    finally:
        workbook.close()


def test_file_to_empty_workspace_to_file_is_equal(workspace, tmp_path: Path) -> None:
    first = tmp_path / "kb.xlsx"
    exported = kb_excel.export_kb(workspace, first)
    assert exported.entries >= 40 and exported.rows > exported.entries
    with Workspace.create(tmp_path / "empty", name="空") as empty:
        assert empty.count("kb_entries") == 0
        result = kb_excel.import_kb(empty, first)
        assert result.created == exported.entries and result.problems == []
        second = tmp_path / "again.xlsx"
        kb_excel.export_kb(empty, second)
    assert cells(first) == cells(second)


def test_reimport_into_same_workspace_changes_nothing(workspace, tmp_path: Path) -> None:
    first = tmp_path / "kb.xlsx"
    kb_excel.export_kb(workspace, first)
    result = kb_excel.import_kb(workspace, first)
    assert (result.created, result.updated) == (0, 0)
    assert changes_of(result).kb  # the import's audit row, at least
    second = tmp_path / "again.xlsx"
    kb_excel.export_kb(workspace, second)
    assert cells(first) == cells(second)


def test_edited_file_updates_as_new_draft_version(workspace, tmp_path: Path) -> None:
    path = tmp_path / "kb.xlsx"
    kb_excel.export_kb(workspace, path)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    header = [c.value for c in sheet[1]]
    title_col = header.index("标题") + 1
    body_col = header.index("回复内容") + 1
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, title_col).value == "开发票":
            sheet.cell(row, body_col).value = '=HYPERLINK("http://x")发票请在小程序开具'
    sheet.append(
        [
            "",
            "新分类 / 门店",
            "新条目",
            "第一条评论",
            "关键词",
            "zh-CN",
            "",
            "公开回复",
            "微博",
            "新回复",
        ]
    )
    workbook.save(path)
    result = kb_excel.import_kb(workspace, path)
    assert (result.created, result.updated) == (1, 1)
    target = workspace.db.execute("SELECT id FROM kb_entries WHERE title = '开发票'").fetchone()[0]
    entry = kb.get_entry(workspace, target)
    assert entry.version == 2 and entry.status == "draft"
    assert entry.replies[0].body.startswith("=HYPERLINK")
    new = workspace.db.execute("SELECT id FROM kb_entries WHERE title = '新条目'").fetchone()[0]
    assert kb.get_entry(workspace, new).replies == [kb.Reply("public", "weibo", "新回复")]
    again = tmp_path / "again.xlsx"
    kb_excel.export_kb(workspace, again)
    workbook = openpyxl.load_workbook(again)
    formula_cells = [
        c for row in workbook.worksheets[0].iter_rows() for c in row if c.data_type == "f"
    ]
    assert formula_cells == []  # text that looks like a formula stays text


def test_bad_rows_are_reported_not_fatal(workspace, tmp_path: Path) -> None:
    path = tmp_path / "bad.xlsx"
    kb_sheet.write_kb(
        path,
        [
            ["", "", "好条目", "评论", "", "zh-CN", "", "公开回复", "通用", "回复"],
            ["", "", "坏渠道", "评论", "", "zh-CN", "", "公开回复", "火星台", "回复"],
            ["", "", "", "没有标题", "", "zh-CN", "", "公开回复", "通用", "回复"],
        ],
    )
    result = kb_excel.import_kb(workspace, path)
    assert result.created == 1 and result.skipped == 1
    assert any("坏渠道" in p for p in result.problems)
    assert any("没有标题" in p or "第 4 行" in p for p in result.problems)


def test_wrong_file_is_a_user_error(workspace, tmp_path: Path) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_text("not excel")
    with pytest.raises(UserError):
        kb_excel.import_kb(workspace, junk)
    with pytest.raises(UserError):
        kb_excel.export_kb(workspace, tmp_path / "kb.csv")
