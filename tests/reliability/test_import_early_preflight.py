"""The structure check runs in a helper of the parser child while the sheet loads: a refused
file still gets its own message, fast, and the right sheet is still the one imported."""

from __future__ import annotations

import os
import signal
import time

import pytest
import xlsxwriter

from desktop.core.errors import UserError
from desktop.core.last_words import LastWords
from desktop.services import importing
from desktop.services.importing.isolation import run_isolated
from tests.reliability.test_import_hostile import (
    GOOD_CELLS,
    assert_nothing_imported,
    build_xlsx,
    run_import,
    sheet_xml,
)


def test_a_bomb_inside_the_sheet_stops_the_loading_child_with_the_preflight_message(
    workspace, tmp_path
):
    # 64 MB of blanks deflate to ~64 KB: the loader would chew on it, the preflight refuses
    # it from the zip directory alone and stops the child with its reason.
    path = build_xlsx(tmp_path / "bomb.xlsx", sheet_xml(GOOD_CELLS + " " * (64 * 1024 * 1024)))
    assert path.stat().st_size < 1_000_000
    started = time.monotonic()
    with pytest.raises(UserError) as error:
        run_import(workspace, path)
    assert time.monotonic() - started < 10
    assert "压缩" in error.value.message
    assert_nothing_imported(workspace)


def _write_xlsx(path, sheets: dict[str, list[list[str]]], hidden: set[str] = frozenset()):
    workbook = xlsxwriter.Workbook(str(path), {"strings_to_urls": False})
    for name, rows in sheets.items():
        sheet = workbook.add_worksheet(name)
        for r, row in enumerate(rows):
            sheet.write_row(r, 0, row)
        if name in hidden:
            sheet.hide()
        else:
            sheet.activate()
    workbook.close()
    return path


def test_an_empty_first_sheet_is_skipped_for_the_one_with_rows(workspace, tmp_path):
    path = _write_xlsx(
        tmp_path / "two.xlsx",
        {
            "说明": [],
            "数据": [
                ["正文", "原文链接"],
                ["门店回应", "https://a.cn/1"],
                ["退款", "https://a.cn/2"],
            ],
        },
    )
    result = run_import(workspace, path)
    assert result.sheet == "数据" and result.inserted == 2
    texts = {r[0] for r in workspace.db.execute("SELECT text FROM mentions")}
    assert texts == {"门店回应", "退款"}


def test_the_preview_still_skips_hidden_sheets_and_a_missing_sheet_is_named(workspace, tmp_path):
    path = _write_xlsx(
        tmp_path / "h.xlsx",
        {
            "秘密": [["正文", "原文链接"], ["隐藏的", "https://a.cn/9"]],
            "数据": [["正文", "原文链接"], ["可见", "https://a.cn/1"]],
        },
        hidden={"秘密"},
    )
    source = importing.preview_file(path)
    assert source.sheet == "数据" and source.preview == [["可见", "https://a.cn/1"]]
    with pytest.raises(UserError) as error:
        run_import(workspace, path, sheet="没有这张表")
    assert "没有这张表" in error.value.message and "数据" in (error.value.hint or "")
    assert_nothing_imported(workspace)


def _helper_stops_the_child(progress=None, last_words: LastWords | None = None) -> str:
    """Runs in an isolated child: a forked helper stops it with a reason, as the
    preflight helper does."""
    assert last_words is not None
    if os.fork() == 0:
        last_words.stop_parent_with(UserError("帮手发现文件有问题", hint="换一个文件"))
    signal.pause()  # until the helper's SIGKILL
    return "not reached"


@pytest.mark.skipif(not hasattr(signal, "pause"), reason="helpers are forked (POSIX)")
def test_a_helper_can_stop_the_isolated_child_with_its_reason():
    started = time.monotonic()
    with pytest.raises(UserError) as error:
        run_isolated(_helper_stops_the_child, with_last_words=True)
    assert time.monotonic() - started < 10
    assert error.value.message == "帮手发现文件有问题" and error.value.hint == "换一个文件"
    # Only a child asked to gets one (never the app's own process: it is handed, not global).
    assert run_isolated(_handed_last_words) is False


def _handed_last_words(progress=None, **kwargs) -> bool:
    return "last_words" in kwargs
