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
