"""The 问答库 sheet on its own: rows written through the safe writer read back as {key: text},
columns found by header in any order, formula-looking text kept as text."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from desktop.core.errors import UserError
from desktop.sheets import kb_sheet


def test_rows_written_read_back_by_header(tmp_path: Path) -> None:
    path = tmp_path / "kb.xlsx"
    summary = kb_sheet.write_kb(
        path,
        [
            [
                1,
                "分类",
                "标题",
                "评论一\n评论二",
                "关键词",
                "zh-CN",
                "",
                "公开回复",
                "微博",
                "=1+1",
            ],
            ["", "", "", "", "", "", "", "", "", ""],  # empty rows are skipped
        ],
    )
    assert summary.rows == 2
    read = kb_sheet.read_kb(path)
    assert read.problems == []
    (row,) = read.rows
    assert row["title"] == "标题" and row["examples"] == "评论一\n评论二"
    assert row["body"] == "=1+1" and row["entry"] == "1" and row["row_number"] == "2"


def test_a_row_without_title_is_a_problem_not_an_error(tmp_path: Path) -> None:
    path = tmp_path / "kb.xlsx"
    kb_sheet.write_kb(path, [["", "", "", "评论", "", "zh-CN", "", "公开回复", "通用", "回复"]])
    read = kb_sheet.read_kb(path)
    assert read.rows == [] and "第 2 行" in read.problems[0]


def test_missing_columns_and_missing_files_are_user_errors(tmp_path: Path) -> None:
    path = tmp_path / "other.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["名字", "电话"])
    workbook.save(path)
    with pytest.raises(UserError, match="标题"):
        kb_sheet.read_kb(path)
    with pytest.raises(UserError):
        kb_sheet.read_kb(tmp_path / "missing.xlsx")
