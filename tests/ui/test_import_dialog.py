"""The import dialog through pytest-qt: preview, hidden sheets, mapping, progress, result."""

from __future__ import annotations

from pathlib import Path

import xlsxwriter
from PySide6.QtCore import QMimeData

from desktop.ui import imports as ui_imports
from desktop.ui.imports import (
    ImportDialog,
    ImportResultDialog,
    handle_drop,
    import_clipboard,
    open_import_dialog,
)


def make_workbook(path: Path) -> Path:
    workbook = xlsxwriter.Workbook(str(path), {"strings_to_urls": False})
    hidden = workbook.add_worksheet("旧数据")
    hidden.write_row(0, 0, ["正文", "原文链接"])
    hidden.write_row(1, 0, ["隐藏的行", "https://a.cn/h"])
    hidden.hide()
    sheet = workbook.add_worksheet("舆情")
    sheet.activate()
    sheet.write_row(
        0, 0, ["标题", "正文", "原文链接", "作者", "发布时间", "情感倾向", "粉丝数", "备注"]
    )
    rows = [
        [
            "门店卫生",
            "沙拉里有钢丝",
            "https://weibo.com/1",
            "小王",
            "2026-11-18 09:00",
            "负面",
            "35.3万",
            "a",
        ],
        [
            "好评",
            "新品很好吃",
            "https://weibo.com/2",
            "小李",
            "2026-11-18 10:00",
            "正面",
            "12",
            "b",
        ],
        ["", "", "", "空行作者", "", "", "", "c"],
    ]
    for r, row in enumerate(rows, start=1):
        sheet.write_row(r, 0, row)
    workbook.close()
    return path


def open_dialog(qtbot, main_window, path: Path) -> ImportDialog:
    dialog = open_import_dialog(main_window, path)
    assert dialog is not None
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_loaded, timeout=20_000):
        pass
    return dialog


def run_import(qtbot, main_window, dialog: ImportDialog):
    with qtbot.waitSignal(dialog.import_finished, timeout=30_000) as blocker:
        dialog.start_import()
    main_window.tasks.wait()
    return blocker.args[0]


def test_import_dialog_preview_mapping_and_result(qtbot, main_window, tmp_path):
    main_window.open_demo()
    workspace = main_window.ctx.workspace
    before = workspace.count("mentions")
    published = []
    main_window.ctx.bus.subscribe(lambda changes, initiator: published.append(changes))
    dialog = open_dialog(qtbot, main_window, make_workbook(tmp_path / "s.xlsx"))
    labels = [dialog.sheet_combo.itemText(i) for i in range(dialog.sheet_combo.count())]
    assert labels == ["旧数据（隐藏）", "舆情"]
    assert dialog.sheet_combo.currentData() == "舆情"
    assert "通用中文舆情导出" in dialog.preset_label.text()
    assert dialog.mapping()["粉丝数"] == "followers"
    assert dialog.preview_table.rowCount() == 3
    dialog.set_mapping("备注", "keyword")
    assert dialog.mapping()["备注"] == "keyword"
    result = run_import(qtbot, main_window, dialog)
    assert (result.inserted, result.rejected) == (2, 1)
    assert workspace.count("mentions") == before + 2
    assert workspace.db.execute(
        "SELECT keyword, followers FROM mentions WHERE url = 'https://weibo.com/1'"
    ).fetchone() == ("a", 353000)
    assert any(c.mentions and c.mention_rows for c in published)
    result_dialog: ImportResultDialog = dialog.result_dialog
    qtbot.addWidget(result_dialog)
    text = result_dialog.findChild(type(dialog.preset_label), "result_summary").text()
    assert "新增 <b>2</b>" in text and "拒绝 <b>1</b>" in text
    assert result_dialog.rejects_table.item(0, 0).text() == "4"
    result_dialog.grab().save(str(tmp_path / "result.png"))


def test_choosing_the_hidden_sheet_imports_it(qtbot, main_window, tmp_path):
    main_window.open_demo()
    dialog = open_dialog(qtbot, main_window, make_workbook(tmp_path / "s.xlsx"))
    with qtbot.waitSignal(dialog.preview_loaded, timeout=20_000):
        dialog.sheet_combo.setCurrentIndex(0)
    assert dialog.preview_table.item(0, 0).text() == "隐藏的行"
    result = run_import(qtbot, main_window, dialog)
    assert result.sheet == "旧数据" and result.inserted == 1


def test_bad_file_shows_a_clear_message(qtbot, main_window, tmp_path, dialogs):
    main_window.open_demo()
    bad = tmp_path / "report.xlsx"
    bad.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 600)
    assert handle_drop(main_window, bad)
    qtbot.waitUntil(lambda: "密码" in dialogs.texts(), timeout=20_000)
    assert "Traceback" not in dialogs.texts()
    assert not handle_drop(main_window, tmp_path / "notes.pdf")


def test_paste_from_clipboard(qtbot, main_window, monkeypatch):
    main_window.open_demo()
    mime = QMimeData()
    mime.setText("正文\t原文链接\n剪贴板里的投诉\thttps://a.cn/paste\n")

    class FakeClipboard:  # the real offscreen clipboard crashes Qt at interpreter exit
        def mimeData(self):
            return mime

    monkeypatch.setattr(ui_imports.QGuiApplication, "clipboard", staticmethod(FakeClipboard))
    dialog = import_clipboard(main_window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=5000)
    assert dialog.mapping() == {"正文": "text", "原文链接": "url"}
    result = run_import(qtbot, main_window, dialog)
    assert result.inserted == 1 and result.file_name == "剪贴板"


def test_ctrl_i_action_is_in_the_file_menu(main_window):
    main_window.open_demo()
    action = main_window.findChild(
        type(main_window.menus["file"].actions()[0]), "action_import_mentions"
    )
    assert action is not None and action.shortcut().toString() == "Ctrl+I" and action.isEnabled()


def test_save_as_preset_and_use_it_next_time(qtbot, main_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    main_window.open_demo()
    file = tmp_path / "own.csv"
    file.write_text("甲,乙,丙\n很好吃,https://a.cn/own,小王\n", encoding="utf-8")
    dialog = open_dialog(qtbot, main_window, file)
    assert dialog.source.header_row is None and list(dialog.mapping()) == ["列1", "列2", "列3"]
    with qtbot.waitSignal(dialog.preview_loaded, timeout=20_000):
        dialog.header_spin.setValue(1)
    dialog.set_mapping("甲", "text")
    dialog.set_mapping("乙", "url")
    dialog.set_mapping("丙", "author")
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("我的格式", True)))
    dialog.save_preset()
    assert "我的格式" in dialog.preset_label.text()
    dialog.reject()

    again = open_dialog(qtbot, main_window, file)
    index = again.preset_combo.findData("我的格式")
    assert index > 0
    with qtbot.waitSignal(again.preview_loaded, timeout=20_000):
        again.preset_combo.setCurrentIndex(index)
    assert again.mapping() == {"甲": "text", "乙": "url", "丙": "author"}
    result = run_import(qtbot, main_window, again)
    assert result.inserted == 1
    row = main_window.ctx.workspace.db.execute(
        "SELECT text, author FROM mentions WHERE url = 'https://a.cn/own'"
    ).fetchone()
    assert row == ("很好吃", "小王")


def test_result_dialog_says_how_many_rows_were_told_apart(qtbot, main_window, tmp_path):
    from PySide6.QtWidgets import QLabel

    main_window.open_demo()
    file = tmp_path / "c.csv"
    file.write_text("正文,点赞数\n" + "妇女节快乐,\n" * 27 + "节日快乐,\n", encoding="utf-8")
    dialog = open_dialog(qtbot, main_window, file)
    result = run_import(qtbot, main_window, dialog)
    assert (result.inserted, result.duplicates, result.told_apart) == (28, 0, 26)
    result_dialog: ImportResultDialog = dialog.result_dialog
    qtbot.addWidget(result_dialog)
    label = result_dialog.findChild(QLabel, "result_told_apart")
    assert label is not None and "26 行" in label.text() and "未算作重复" in label.text()
