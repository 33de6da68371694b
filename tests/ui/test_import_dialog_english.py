"""English mode (issue 13 item 11): the import result's rejected rows give their reason in
English, as the CLI does; Chinese mode keeps the Chinese reason."""

from __future__ import annotations

from tests.support.english import english_ui
from tests.ui.test_import_dialog import make_workbook, open_dialog, run_import


def _first_reason(qtbot, main_window, tmp_path) -> str:
    main_window.open_demo()
    dialog = open_dialog(qtbot, main_window, make_workbook(tmp_path / "s.xlsx"))
    result = run_import(qtbot, main_window, dialog)
    assert result.rejected == 1
    result_dialog = dialog.result_dialog
    qtbot.addWidget(result_dialog)
    return result_dialog.rejects_table.item(0, 1).text()


def test_rejected_rows_give_their_reason_in_english(qapp, qtbot, main_window, tmp_path) -> None:
    with english_ui(qapp):
        assert _first_reason(qtbot, main_window, tmp_path) == "no text and no link"


def test_rejected_rows_keep_the_chinese_reason(qtbot, main_window, tmp_path) -> None:
    assert _first_reason(qtbot, main_window, tmp_path) == "没有正文也没有链接"
