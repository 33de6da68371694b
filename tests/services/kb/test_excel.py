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


# -- round trip with awkward values (issue 13): export → fresh workspace → export, cell for cell


AWKWARD = [
    "公关/传播",
    "法务、合规",
    "a，b；c;d,e",
    '=HYPERLINK("http://evil.example","点我")',
    "+86 138 0013 8000",
    "-1",
    "@所有人",
    "反斜杠\\结尾\\",
    "长" * 6000,
    "🚨 危机 👩‍💼 食品安全",
    "_x0041_ 字面 _x000D_",
    "https://weibo.com/1234567890/NfGhIjKlM",
    "javascript:alert(1)",
    "tab\there",
    "",
]


def _content_cells(path: Path) -> list[tuple]:
    """Every cell but the workspace's own: entry numbers (renumbered in a fresh workspace,
    compared by position instead) and the read-only status/approval/usage columns."""
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name(kb_sheet.SHEET_NAME)
    table = rows.to_python()
    last = kb_sheet.KEYS.index("body")
    numbers: dict[object, int] = {}
    out = []
    for row in table[1:]:
        number = numbers.setdefault(row[0], len(numbers))
        out.append((number, *row[1 : last + 1]))
    return [tuple(table[0]), *out]


@pytest.mark.parametrize("seed", [1, 2])
def test_awkward_values_round_trip_cell_for_cell(workspace, tmp_path: Path, seed: int) -> None:
    import random

    from desktop.core import vocab
    from desktop.core.kb_vocab import REPLY_KINDS
    from desktop.services.kb.entries import create_entry

    rng = random.Random(seed)
    with Workspace.create(tmp_path / "source", name="源") as source:
        for number in range(15):
            pick = lambda: rng.choice(AWKWARD)  # noqa: E731
            replies = [
                {
                    "kind": rng.choice(list(REPLY_KINDS)),
                    "channel": rng.choice(list(vocab.CHANNELS)),
                    "body": pick() + "\n第二段 " + pick(),
                }
                for _ in range(rng.randint(0, 3))
            ]
            create_entry(
                source,
                {
                    "title": f"条目{number} {pick()[:40]}",
                    "category": rng.choice(["", "食品安全 / 异物", pick()[:30]]),
                    "examples": "\n".join(pick() for _ in range(3)),
                    "keywords": "，".join(pick()[:20] for _ in range(2)),
                    "language": rng.choice(["zh-CN", "en"]),
                    "tone_note": pick(),
                    "replies": replies,
                },
                check_duplicates=False,
            )
        first = tmp_path / "first.xlsx"
        kb_excel.export_kb(source, first)
    with Workspace.create(tmp_path / "empty", name="空") as empty:
        result = kb_excel.import_kb(empty, first)
        assert result.problems == [] and result.created == 15
        second = tmp_path / "second.xlsx"
        kb_excel.export_kb(empty, second)
    assert _content_cells(second) == _content_cells(first)


def test_two_entries_with_one_title_stay_two(tmp_path: Path) -> None:
    from desktop.services.kb.entries import create_entry

    with Workspace.create(tmp_path / "source", name="源") as source:
        for body in ("沙拉：已下架同批次产品。", "饮品：已联系门店核实。"):
            create_entry(source, {"title": "产品有异物", "replies": [{"body": body}]})
        first = tmp_path / "first.xlsx"
        kb_excel.export_kb(source, first)
        again = kb_excel.import_kb(source, first)  # into its own workspace: nothing changes
        assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    with Workspace.create(tmp_path / "empty", name="空") as empty:
        result = kb_excel.import_kb(empty, first)
        assert (result.created, result.updated) == (2, 0)
        second = tmp_path / "second.xlsx"
        kb_excel.export_kb(empty, second)
    assert _content_cells(second) == _content_cells(first)
