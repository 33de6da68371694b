"""File → 导出舆情… through the window, as a user drives it (pytest-qt)."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.core.mention_filter import MentionFilter
from desktop.services import exports, workspaces
from desktop.sheets import atomic_file, writer
from desktop.ui import export_dialog
from desktop.ui.export_dialog import ExportController, ExportDialog
from desktop.ui.main_window import MainWindow
from tests.support.exports import add_mention


@pytest.fixture
def mentions_path(ctx, tmp_path: Path) -> Path:
    created = workspaces.create_workspace(ctx, tmp_path / "export-ui", name="导出测试")
    add_mention(created, sentiment="neg", contact="13800138000", text="沙拉里有钢丝")
    add_mention(created, sentiment="pos", contact="+86 139 1234 5678", text="=HYPERLINK(1)")
    add_mention(created, sentiment="neg", text="配送太慢\x1b")
    path = created.path
    created.close()
    return path


def _action(window: MainWindow) -> QAction:
    return window.findChild(QAction, export_dialog.ACTION_NAME)


def _controller(window: MainWindow) -> ExportController:
    return window.findChild(ExportController)


def _accept_with(monkeypatch, out: Path, *, unmask: bool = False, answer=None, dialogs=None):
    """Make the modal dialog answer like a user: type a path, maybe tick unmask, press 导出."""
    seen: list[ExportDialog] = []

    def fake_exec(dialog: ExportDialog) -> int:
        seen.append(dialog)
        dialog.path_edit.setText(str(out))
        if unmask:
            if answer is not None:
                dialogs.question_answer = answer
            dialog.unmask_box.click()
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", fake_exec)
    return seen


def test_file_menu_has_export_with_ctrl_e(main_window: MainWindow, mentions_path: Path) -> None:
    action = _action(main_window)
    assert action is not None and action.text() == "导出舆情…"
    assert action.shortcut().toString() == "Ctrl+E"
    assert action in main_window.menus["file"].actions()
    assert not action.isEnabled()  # nothing to export yet
    main_window.open_path(mentions_path)
    assert action.isEnabled()


def test_export_runs_in_background_and_shows_a_summary(
    qtbot, main_window: MainWindow, mentions_path: Path, tmp_path: Path, monkeypatch, dialogs
) -> None:
    main_window.open_path(mentions_path)
    out = tmp_path / "out" / "台账.xlsx"
    out.parent.mkdir()
    _accept_with(monkeypatch, out)
    _action(main_window).trigger()
    controller = _controller(main_window)
    qtbot.waitUntil(lambda: controller.last_result is not None, timeout=10_000)
    result = controller.last_result
    assert result.rows == 3 and result.masked and result.control_chars_replaced == 1
    summary = dialogs.texts()
    assert "导出完成" in summary and "已导出 3 条舆情" in summary and str(out) in summary
    assert "控制字符" in summary and "不会被当作公式" in summary
    sheet = openpyxl.load_workbook(out)[exports.MENTIONS_SHEET]
    contacts = {row[25] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert contacts == {"138****8000", "+86 139****5678", None}
    # the window's own connection still holds the workspace for writing
    assert not main_window.ctx.workspace.read_only
    assert str(out.parent.resolve()) in main_window.ctx.settings.get("export_folders")


def test_the_mentions_page_view_is_what_gets_exported(
    qtbot, main_window: MainWindow, mentions_path: Path, tmp_path: Path, monkeypatch
) -> None:
    main_window.open_path(mentions_path)

    class FakeMentionsPage:
        def current_filter(self) -> MentionFilter:
            return MentionFilter(sentiments=["neg"])

    real_page = main_window.page
    monkeypatch.setattr(
        main_window, "page", lambda key: FakeMentionsPage() if key == "mentions" else real_page(key)
    )
    seen = _accept_with(monkeypatch, tmp_path / "neg.xlsx")
    _action(main_window).trigger()
    controller = _controller(main_window)
    qtbot.waitUntil(lambda: controller.last_result is not None, timeout=10_000)
    assert controller.last_result.rows == 2
    assert seen[0].findChild(export_dialog.QLabel, "export_what").text() == "情感：负面"
    assert seen[0].count_label.text() == "2 条"


def test_unmasked_needs_confirmation(
    qtbot, main_window: MainWindow, mentions_path, dialogs
) -> None:
    main_window.open_path(mentions_path)
    dialog = ExportDialog(main_window, default_path=Path("x.xlsx"), filter_text="全部", row_count=3)
    qtbot.addWidget(dialog)
    dialogs.question_answer = QMessageBox.StandardButton.No
    dialog.unmask_box.click()
    assert not dialog.unmask_box.isChecked()
    assert "导出完整联系方式" in dialogs.texts()
    dialogs.question_answer = QMessageBox.StandardButton.Yes
    dialog.unmask_box.click()
    assert dialog.unmask_box.isChecked()
    assert "审计" in dialog.privacy_note.text()


def test_confirmed_unmasked_export_is_audited(
    qtbot, main_window: MainWindow, mentions_path: Path, tmp_path: Path, monkeypatch, dialogs
) -> None:
    main_window.open_path(mentions_path)
    out = tmp_path / "full.xlsx"
    _accept_with(
        monkeypatch, out, unmask=True, answer=QMessageBox.StandardButton.Yes, dialogs=dialogs
    )
    _action(main_window).trigger()
    controller = _controller(main_window)
    qtbot.waitUntil(lambda: controller.last_result is not None, timeout=10_000)
    assert not controller.last_result.masked
    sheet = openpyxl.load_workbook(out)[exports.MENTIONS_SHEET]
    contacts = {row[25] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert "13800138000" in contacts
    workspace = main_window.ctx.workspace
    rows = workspace.db.execute(
        "SELECT user, after_json FROM audit WHERE action = ?", [exports.AUDIT_ACTION]
    ).fetchall()
    assert len(rows) == 1 and rows[0][0] == workspace.user
    assert json.loads(rows[0][1])["rows"] == 3


def test_declined_confirmation_exports_masked(
    qtbot, main_window: MainWindow, mentions_path: Path, tmp_path: Path, monkeypatch, dialogs
) -> None:
    main_window.open_path(mentions_path)
    _accept_with(
        monkeypatch,
        tmp_path / "m.xlsx",
        unmask=True,
        answer=QMessageBox.StandardButton.No,
        dialogs=dialogs,
    )
    _action(main_window).trigger()
    controller = _controller(main_window)
    qtbot.waitUntil(lambda: controller.last_result is not None, timeout=10_000)
    assert controller.last_result.masked
    assert main_window.ctx.workspace.count("audit", "action = ?", [exports.AUDIT_ACTION]) == 0


def test_read_only_workspace_cannot_unmask(qtbot, main_window: MainWindow, mentions_path) -> None:
    main_window.open_path(mentions_path, read_only=True)
    assert _action(main_window).isEnabled()
    dialog = ExportDialog(
        main_window, default_path=Path("x.xlsx"), filter_text="全部", row_count=3, read_only=True
    )
    qtbot.addWidget(dialog)
    assert not dialog.unmask_box.isEnabled()


def test_format_follows_the_file_name(qtbot, main_window: MainWindow) -> None:
    dialog = ExportDialog(
        main_window, default_path=Path("/tmp/a.xlsx"), filter_text="全部", row_count=0
    )
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(".csv"))
    assert dialog.path_edit.text() == "/tmp/a.csv"
    dialog.path_edit.setText("/tmp/b.xlsx")
    assert dialog.format_box.currentData() == ".xlsx"


def test_file_open_in_excel_gives_a_clear_error_and_keeps_the_old_file(
    qtbot, main_window: MainWindow, mentions_path: Path, tmp_path: Path, monkeypatch, dialogs
) -> None:
    main_window.open_path(mentions_path)
    out = tmp_path / "locked.xlsx"
    out.write_bytes(b"old file")
    dialogs.question_answer = QMessageBox.StandardButton.Yes  # replace it
    _accept_with(monkeypatch, out)

    def locked(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic_file.os, "replace", locked)
    _action(main_window).trigger()
    controller = _controller(main_window)
    qtbot.waitUntil(lambda: "导出失败" in dialogs.texts(), timeout=10_000)
    assert "Excel" in dialogs.texts()
    assert out.read_bytes() == b"old file"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".~")) == []
    assert controller.last_result is None


def test_open_folder_button(
    qtbot, main_window: MainWindow, mentions_path: Path, tmp_path: Path, monkeypatch, dialogs
) -> None:
    main_window.open_path(mentions_path)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url)))
    dialogs.click_button_text = "打开所在文件夹"
    _accept_with(monkeypatch, tmp_path / "o.csv")
    _action(main_window).trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert opened[0].toLocalFile() == str(tmp_path)


def test_orphan_temp_folders_are_cleaned_when_the_window_starts(qtbot, ctx, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    orphan = folder / f"{writer.TEMP_PREFIX}999999999-x{writer.TEMP_SUFFIX}"
    orphan.mkdir()
    ctx.settings.set("export_folders", [str(folder)])
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert not orphan.exists()


def test_cancelled_dialog_exports_nothing(
    main_window: MainWindow, mentions_path, monkeypatch
) -> None:
    main_window.open_path(mentions_path)
    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    _action(main_window).trigger()
    assert _controller(main_window).task is None


def test_cancel_keeps_the_old_file(
    qtbot, main_window: MainWindow, ctx, tmp_path: Path, dialogs
) -> None:
    created = workspaces.create_workspace(ctx, tmp_path / "many", name="多")
    with created.transaction():
        created.db.conn.executemany(
            "INSERT INTO mentions(key, text) VALUES (?, ?)",
            [(f"k{i}", f"第 {i} 条") for i in range(3000)],
        )
    path = created.path
    created.close()
    main_window.open_path(path)
    out = tmp_path / "old.xlsx"
    out.write_bytes(b"old")
    controller = _controller(main_window)
    task = controller.start(export_dialog.ExportOptions(out=out, mention_filter=MentionFilter()))
    task.cancel()
    qtbot.waitUntil(
        lambda: "已取消导出" in main_window.statusBar().currentMessage(), timeout=10_000
    )
    assert out.read_bytes() == b"old" and controller.last_result is None
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".~")) == []
