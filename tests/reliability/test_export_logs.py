"""P-06: after exports (masked, unmasked, failing) the app's log folder holds no phone
numbers and no mention text."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from desktop.app import _configure_logging
from desktop.cli import run_command
from desktop.core.errors import UserError
from desktop.core.mention_filter import MentionFilter
from desktop.core.pii import find_phone_numbers
from desktop.services import exports
from desktop.services.context import AppContext
from desktop.sheets import atomic_file
from desktop.storage.workspace import Workspace
from tests.support.exports import add_mention

PHONE = "13912345678"
SECRET_TEXT = "张秀兰在徐汇店的沙拉碗里吃出钢丝，要求赔偿"


@pytest.fixture
def app_logging(ctx: AppContext):
    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    _configure_logging(ctx)
    yield ctx.paths.logs
    for handler in root.handlers[:]:
        if handler not in saved_handlers:
            handler.close()
    root.handlers[:] = saved_handlers
    root.setLevel(saved_level)


def test_logs_hold_no_phone_numbers_or_mention_texts(
    app_logging: Path, ctx: AppContext, workspace: Workspace, tmp_path: Path, monkeypatch
) -> None:
    add_mention(workspace, contact=PHONE, text=SECRET_TEXT, author="张秀兰", extra={"电话": PHONE})
    add_mention(workspace, contact=f"+86 {PHONE[:3]} {PHONE[3:7]} {PHONE[7:]}", text=SECRET_TEXT)
    exports.export_mentions(workspace, tmp_path / f"{PHONE}.xlsx", MentionFilter(search="钢丝"))
    exports.export_mentions(workspace, tmp_path / "全.csv", MentionFilter(), unmask_contacts=True)
    path = workspace.path
    workspace.close()
    run_command(["export", str(path), str(tmp_path / "cli.xlsx"), "--search", "沙拉"], ctx)

    def broken(*_args, **_kwargs):
        raise OSError(28, f"No space left writing {PHONE} {SECRET_TEXT}")

    monkeypatch.setattr(atomic_file.os, "replace", broken)
    with Workspace.open(path, read_only=True) as reader, pytest.raises(UserError):
        exports.export_mentions(reader, tmp_path / "full-disk.xlsx", MentionFilter())
    monkeypatch.undo()
    assert run_command(["export", str(path), str(tmp_path / "bad.pdf")], ctx) == 2

    for handler in logging.getLogger().handlers:
        handler.flush()
    logs = [p for p in app_logging.rglob("*") if p.is_file()]
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in logs)
    assert "mentions exported" in text  # the log was really written during the exports
    assert PHONE not in text and find_phone_numbers(text) == []
    assert "张秀兰" not in text and "钢丝" not in text and "沙拉" not in text
