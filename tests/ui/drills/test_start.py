"""Starting a drill from the window: the workspace is copied on the thread pool (the window
stays responsive on a big workspace), then the drill window opens on the copy; a start
cancelled, or a workspace closed, while copying leaves no copy behind."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject

from desktop.services import drills, workspaces
from desktop.services.context import AppContext
from desktop.ui.drills import DrillController
from tests.support.drills import file_hash


@pytest.fixture
def controller(main_window, ctx: AppContext, tmp_path: Path) -> DrillController:
    created = workspaces.create_workspace(ctx, tmp_path / "真实", name="真实")
    path = created.path
    created.close()
    assert main_window.open_path(path)
    found = main_window.findChild(QObject, "drill_controller")
    assert isinstance(found, DrillController)
    return found


@pytest.fixture
def gated_copy(monkeypatch) -> dict:
    """copy_for_drill held until the test opens the gate; records the thread it ran on."""
    seen: dict = {"gate": threading.Event()}
    real_copy = drills.copy_for_drill

    def held(*args, **kwargs):
        seen["thread"] = threading.current_thread()
        assert seen["gate"].wait(10)
        return real_copy(*args, **kwargs)

    monkeypatch.setattr(drills, "copy_for_drill", held)
    return seen


def copies(ctx: AppContext) -> list[Path]:
    folder = drills.drills_folder(ctx)
    return sorted(folder.glob("*.crisisdesk")) if folder.is_dir() else []


def test_the_copy_runs_off_the_ui_thread_then_the_drill_window_opens(
    qtbot, controller: DrillController, ctx: AppContext, gated_copy: dict
) -> None:
    real = ctx.require_workspace()
    before = file_hash(real)
    task = controller.start_with("scenario", "false_rumour", "III", 12.0)
    assert task is not None and controller.windows == []  # the window is not held up
    assert controller.start_with("scenario", "false_rumour", "III", 12.0) is None  # one at once
    with qtbot.waitSignal(controller.drill_started, timeout=20000) as started:
        gated_copy["gate"].set()
    window = started.args[0]
    assert gated_copy["thread"] is not threading.main_thread()
    assert window.drill.level == "III" and window.drill.copy.path in copies(ctx)
    assert file_hash(real) == before  # the real workspace is only read
    window.abandon()
    window.close()


def test_a_start_cancelled_while_copying_leaves_no_copy(
    qtbot, controller: DrillController, ctx: AppContext, gated_copy: dict
) -> None:
    task = controller.start_with("scenario", "false_rumour", "III", 12.0)
    task.cancel()  # the progress dialog's 取消
    with qtbot.waitSignal(task.signals.finished, timeout=20000):
        gated_copy["gate"].set()
    assert controller.windows == [] and copies(ctx) == []
    assert controller.copying is None  # a new start may begin


def test_closing_the_workspace_while_copying_leaves_no_copy(
    qtbot, main_window, controller: DrillController, ctx: AppContext, gated_copy: dict, dialogs
) -> None:
    from PySide6.QtWidgets import QMessageBox

    assert controller.start_with("scenario", "false_rumour", "III", 12.0) is not None
    dialogs.question_answer = QMessageBox.StandardButton.Yes  # "cancel it and close?"
    opener = threading.Timer(0.2, gated_copy["gate"].set)  # the copy ends while closing waits
    opener.start()
    assert main_window.close_workspace()
    opener.join()
    qtbot.waitUntil(lambda: controller.copying is None, timeout=20000)
    assert controller.windows == [] and copies(ctx) == []
