"""Locks, damage, backups and copies as a user meets them in the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from desktop.core import vocab
from desktop.core.changes import Changes
from desktop.services import workspaces
from desktop.storage.lock import lock_path_for
from desktop.ui.dialogs import NewWorkspaceDialog, SettingsDialog
from desktop.ui.main_window import MainWindow


def _closed_workspace(ctx, tmp_path: Path, name: str = "ws") -> Path:
    created = workspaces.create_workspace(ctx, tmp_path / name, name="品牌")
    path = created.path
    created.close()
    return path


def test_foreign_lock_asks_and_defaults_to_not_taking_over(
    main_window: MainWindow, ctx, tmp_path: Path, dialogs
) -> None:
    path = _closed_workspace(ctx, tmp_path)
    lock_path_for(path).write_text("4242\ncrisisdesk\nother-laptop\n")
    dialogs.question_answer = QMessageBox.StandardButton.No
    assert main_window.open_path(path)
    assert "other-laptop" in dialogs.texts() and "接管" in dialogs.texts()
    assert ctx.workspace.read_only
    assert lock_path_for(path).read_text().splitlines()[2] == "other-laptop"
    main_window.close_workspace()
    dialogs.question_answer = QMessageBox.StandardButton.Yes
    assert main_window.open_path(path)
    assert not ctx.workspace.read_only


def test_damaged_file_offers_the_newest_good_backup(
    main_window: MainWindow, ctx, tmp_path: Path, dialogs
) -> None:
    path = _closed_workspace(ctx, tmp_path)
    main_window.open_path(path)
    ctx.workspace.set_setting("marker", "before-damage")
    main_window.lifecycle.backup_now()
    main_window.close_workspace()
    path.write_bytes(path.read_bytes()[:2048] + b"\xff" * 4096)
    dialogs.click_button_text = "恢复最新备份"
    assert main_window.open_path(path)
    assert "损坏" in dialogs.texts()
    assert ctx.workspace.setting("marker") == "before-damage"
    assert path.with_name(path.name + ".damaged").exists()


def test_damaged_file_can_be_looked_at_read_only(
    main_window: MainWindow, ctx, tmp_path: Path, dialogs
) -> None:
    path = _closed_workspace(ctx, tmp_path)
    path.write_bytes(path.read_bytes()[:2048] + b"\xff" * 4096)
    dialogs.click_button_text = "只读打开"
    before = path.read_bytes()
    assert main_window.open_path(path)
    assert ctx.workspace.read_only and ctx.workspace.damaged
    home = main_window.page("home")
    assert "损坏" in home.read_only_banner.text()
    main_window.close_workspace()
    assert path.read_bytes() == before


def test_backup_now_and_save_copy_from_the_menu(
    main_window: MainWindow, ctx, tmp_path: Path, monkeypatch, dialogs
) -> None:
    main_window.open_path(_closed_workspace(ctx, tmp_path))
    main_window.find_action("action_backup_now").trigger()
    assert len(workspaces.list_backups(ctx, ctx.workspace.path)) == 1
    assert "已备份" in main_window.statusBar().currentMessage()
    target = tmp_path / "usb" / "copy.crisisdesk"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    main_window.lifecycle.save_copy()
    assert target.exists()
    assert "副本已保存" in dialogs.texts()


def test_menu_actions_follow_the_workspace_state(main_window: MainWindow, ctx, tmp_path) -> None:
    assert not any(a.isEnabled() for a in main_window.workspace_actions)
    main_window.open_path(_closed_workspace(ctx, tmp_path))
    assert all(a.isEnabled() for a in main_window.workspace_actions)
    main_window.close_workspace()
    assert main_window.stack.currentWidget() is main_window.welcome
    assert main_window.welcome.recent.count() == 1


def test_check_workspace_reports_a_sound_file(main_window: MainWindow, ctx, tmp_path, dialogs):
    main_window.open_path(_closed_workspace(ctx, tmp_path))
    main_window.lifecycle.check_workspace()
    assert "工作区完好" in dialogs.texts()


def test_settings_store_user_name_used_in_audit(qtbot, main_window: MainWindow, ctx, tmp_path):
    dialog = SettingsDialog(main_window, ctx.settings)
    qtbot.addWidget(dialog)
    dialog.user_name.setText("王经理")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog._save()
    assert ctx.settings.get("language") == "en"
    main_window.open_path(_closed_workspace(ctx, tmp_path))
    ctx.workspace.set_setting("x", 1)
    last = ctx.workspace.db.execute("SELECT user FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    assert last[0] == "王经理"


def test_restore_from_a_backup_reopens_the_restored_file(
    main_window: MainWindow, ctx, tmp_path: Path, monkeypatch
) -> None:
    main_window.open_path(_closed_workspace(ctx, tmp_path))
    ctx.workspace.set_setting("marker", "backed-up")
    main_window.lifecycle.backup_now()
    ctx.workspace.set_setting("marker", "after")
    monkeypatch.setattr(
        "PySide6.QtWidgets.QInputDialog.getItem",
        staticmethod(lambda _parent, _title, _label, items, *a, **k: (items[0], True)),
    )
    main_window.find_action("action_restore").trigger()
    assert ctx.workspace is not None and ctx.workspace.setting("marker") == "backed-up"
    assert main_window.stack.currentWidget() is main_window.page("home")


def test_opening_and_closing_publish_everything(main_window: MainWindow, ctx, tmp_path) -> None:
    published = []
    ctx.bus.subscribe(lambda changes, initiator: published.append((changes, initiator)))
    main_window.open_path(_closed_workspace(ctx, tmp_path))
    main_window.close_workspace()
    assert [changes for changes, _ in published] == [Changes.everything()] * 2
    assert {initiator for _, initiator in published} == {main_window.lifecycle}


def test_home_edits_the_workspace_info_through_an_operation(
    main_window: MainWindow, ctx, tmp_path, monkeypatch
) -> None:
    main_window.open_path(_closed_workspace(ctx, tmp_path))
    home = main_window.page("home")
    answers = iter([("新名字", True), ("新品牌", True), ("", True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(answers)))
    published = []
    ctx.bus.subscribe(lambda changes, initiator: published.append((changes, initiator)))
    home.edit_workspace_info()
    assert ctx.workspace.info()["name"] == "新名字"
    assert ctx.workspace.info()["brand"] == "新品牌"
    assert published == [(Changes(workspace=True, audit=True), home)]
    assert "新名字" in main_window.windowTitle()
    assert "新名字" in main_window.status_workspace.text()


def test_home_backup_button_uses_the_window_action(main_window: MainWindow, ctx, tmp_path) -> None:
    main_window.open_path(_closed_workspace(ctx, tmp_path))
    main_window.page("home").backup_button.click()
    assert len(workspaces.list_backups(ctx, ctx.workspace.path)) == 1


def test_new_workspace_dialog_offers_every_industry_defaulting_to_general(qtbot, tmp_path) -> None:
    dialog = NewWorkspaceDialog(None, tmp_path)
    qtbot.addWidget(dialog)
    keys = [dialog.industry.itemData(i) for i in range(dialog.industry.count())]
    assert keys == list(vocab.INDUSTRIES)  # the dialog's labels follow the vocabulary
    labels = [dialog.industry.itemText(i) for i in range(dialog.industry.count())]
    assert labels == list(vocab.INDUSTRIES.values())  # Simplified Chinese UI: the source text
    assert dialog.values()["industry"] == "general"


def test_the_dialogs_industry_reaches_the_new_workspace(
    main_window: MainWindow, ctx, tmp_path: Path, monkeypatch
) -> None:
    def fill_and_accept(dialog: NewWorkspaceDialog) -> int:
        dialog.name.setText("某影视公司")
        dialog.location.setText(str(tmp_path / "影视.crisisdesk"))
        dialog.industry.setCurrentIndex(dialog.industry.findData("entertainment"))
        return 1

    monkeypatch.setattr(NewWorkspaceDialog, "exec", fill_and_accept)
    main_window.lifecycle.new_workspace()
    assert ctx.workspace is not None and ctx.workspace.path == tmp_path / "影视.crisisdesk"
    assert workspaces.workspace_industry(ctx.workspace) == "entertainment"
    titles = {row[0] for row in ctx.workspace.db.execute("SELECT title FROM kb_entries")}
    assert "艺人负面传闻、“塌房”爆料" in titles
    assert "菜品中吃出异物（头发、钢丝、虫子）" not in titles
