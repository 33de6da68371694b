"""Start-up safety and the last-resort error handler."""

from __future__ import annotations

import logging
import sys

import pytest

from desktop.app import _configure_logging, _install_excepthook
from desktop.core.errors import UserError
from desktop.sheets.safety import assert_safe_xml


@pytest.fixture
def restore_hooks():
    hook = sys.excepthook
    handlers = logging.getLogger().handlers[:]
    level = logging.getLogger().level
    yield
    sys.excepthook = hook
    root = logging.getLogger()
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_unexpected_error_shows_a_calm_dialog_and_logs_no_personal_data(
    ctx, dialogs, restore_hooks
) -> None:
    _configure_logging(ctx)
    _install_excepthook(lambda: None)
    try:
        raise ValueError("客户 张三 电话 13800138000 投诉")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert "意外错误" in dialogs.texts()
    assert "Traceback" not in dialogs.texts()
    for handler in logging.getLogger().handlers:
        handler.flush()
    log_text = (ctx.paths.logs / "crisisdesk.log").read_text(encoding="utf-8")
    assert "ValueError" in log_text
    assert "13800138000" not in log_text and "张三" not in log_text


def test_user_errors_reach_the_user_as_written(ctx, dialogs, restore_hooks) -> None:
    _install_excepthook(lambda: None)
    error = UserError("文件已损坏。", hint="请从备份恢复。")
    sys.excepthook(UserError, error, None)
    assert "文件已损坏。" in dialogs.texts() and "请从备份恢复。" in dialogs.texts()


def test_startup_refuses_to_run_without_defusedxml(monkeypatch) -> None:
    assert_safe_xml()
    monkeypatch.setenv("OPENPYXL_DEFUSEDXML", "False")
    with pytest.raises(UserError, match="OPENPYXL_DEFUSEDXML"):
        assert_safe_xml()


def start(qtbot, ctx, **requested):
    from desktop.app import finish_start
    from desktop.ui.main_window import MainWindow

    window = MainWindow(ctx, defer_pages=True)
    qtbot.addWidget(window)
    window.show()
    asked = finish_start(window, ctx, **requested)
    return window, asked


def close(window) -> None:
    window.tasks.cancel_all()
    window.tasks.wait()
    window.close_workspace()


def test_first_start_asks_the_name_and_the_demo_is_recorded_under_it(qtbot, ctx) -> None:
    from desktop.services import cases
    from desktop.ui.welcome import UserNameDialog

    assert ctx.settings.needs_user_name
    window, asked = start(qtbot, ctx, demo=True)
    try:
        dialog = window.findChild(UserNameDialog)
        assert asked and dialog.isVisible()
        assert ctx.workspace is None  # the demo waits for the answer
        dialog.name.setText("  王小明 ")
        dialog.save_button.click()
        assert ctx.settings.get("user_name") == "王小明" and ctx.user == "王小明"
        workspace = ctx.require_workspace()
        assert workspace.user == "王小明"
        users = {r[0] for r in workspace.db.execute("SELECT DISTINCT user FROM audit")}
        assert users == {"王小明"}
        [row] = cases.list_cases(workspace)
        recorders = {e["by"] for e in cases.case_detail(workspace, row["id"]).events}
        assert recorders == {"王小明"}
    finally:
        close(window)


def test_the_name_question_can_be_skipped_and_is_not_asked_again(qtbot, ctx) -> None:
    from desktop.services.context import AppContext
    from desktop.storage.workspace import default_user
    from desktop.ui.welcome import UserNameDialog

    window, asked = start(qtbot, ctx)
    try:
        window.findChild(UserNameDialog).skip_button.click()
        assert asked and ctx.user == default_user()
    finally:
        close(window)
    again = AppContext.create()  # the next start reads the settings file afresh
    assert not again.settings.needs_user_name
    window, asked = start(qtbot, again)
    try:
        assert not asked and window.findChild(UserNameDialog) is None
    finally:
        close(window)


def test_the_settings_dialog_changes_the_name_of_the_open_workspace(
    main_window, ctx, monkeypatch
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.ui.dialogs import SettingsDialog

    main_window.welcome.demo_button.click()
    shown = []

    def fill_in(dialog: SettingsDialog) -> int:
        shown.append(dialog)
        dialog.user_name.setText("李四")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", fill_in)
    main_window.edit_settings()
    assert shown and ctx.user == "李四" and ctx.workspace.user == "李四"
    assert not ctx.settings.needs_user_name
