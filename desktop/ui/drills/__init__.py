"""Tabletop drills in the window: File → 开始演练… (the start dialog, then the drill console
on the drill copy) and File → 演练记录… (finished drills, their reports and lessons)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.services import drills
from desktop.ui.drills.records import DrillRecordsDialog
from desktop.ui.drills.start_dialog import StartDrillDialog
from desktop.ui.drills.window import DrillWindow
from desktop.ui.operations import Operation
from desktop.ui.shell import Shell
from desktop.ui.theme import icon
from desktop.ui.workers import Task

__all__ = ["DrillController", "DrillRecordsDialog", "DrillWindow", "StartDrillDialog", "install"]

START_ACTION = "action_start_drill"
RECORDS_ACTION = "action_drill_records"


def _tr(text: str) -> str:
    return QCoreApplication.translate("DrillController", text)


class DrillController(QObject):
    """Owns the window's drill windows (several may run, each on its own copy)."""

    drill_started = Signal(object)  # the DrillWindow, once its copy is made and prepared

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.widget())
        self.setObjectName("drill_controller")
        self.shell = shell
        self.windows: list[DrillWindow] = []
        self.copying: Task | None = None  # the copy being made for a drill about to start

    def start(self, kind: str | None = None, ref: str | None = None) -> DrillWindow | Task | None:
        """The start dialog, then `start_with` (a task: the window opens when the copy is
        made); an unfinished drill offered and taken is shown at once."""
        ctx = self.shell.ctx
        real = ctx.require_workspace()
        resumed = self.offer_unfinished()
        if resumed is not None:
            return resumed
        dialog = StartDrillDialog(self.shell.widget(), real)
        if kind and ref:
            dialog.choose(kind, ref)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.start_with(*dialog.values())

    def start_with(self, kind: str, ref: str, level: str, speed: float) -> Task | None:
        """Copy the workspace on the thread pool (seconds on a big one; a progress dialog
        says so and the window stays responsive), then prepare the drill case in the copy
        and open the drill window (`drill_started`). None when it refused at once."""
        ctx = self.shell.ctx
        real = ctx.require_workspace()
        if self.copying is not None:
            self.shell.show_message(_tr("正在准备演练副本，请稍候。"))
            return None
        source = (
            Operation(self.shell.widget(), ctx, lambda: drills.source_of(real, kind, ref))
            .titled(_tr("演练没有开始"))
            .run()
        )
        if source is None:
            return None
        folder = drills.drills_folder(ctx)
        copy = partial(drills.copy_for_drill, real.path, folder, user=real.user)
        self.copying = (
            Operation(self.shell.widget(), ctx, copy)
            .titled(_tr("演练没有开始"))
            .success(lambda path: self._prepare(real, source, path, level, speed))
            .run_in_background(self.shell.tasks, progress_title=_tr("正在准备演练副本"))
        )
        self.copying.signals.finished.connect(self._copy_finished)
        return self.copying

    def _copy_finished(self) -> None:
        self.copying = None

    def _prepare(
        self,
        real: drills.Workspace,
        source: drills.DrillSource,
        copied: Path,
        level: str,
        speed: float,
    ) -> None:
        """On the UI thread: the drill case, the plan and minute 0's injects in the copy."""
        ctx = self.shell.ctx
        cancelled = self.copying is not None and self.copying.progress.cancelled
        if cancelled or ctx.workspace is not real or real.closed:  # or closed while copying
            drills.remove_copy(copied)
            return

        def begin() -> drills.Drill:
            return drills.start_drill(
                real,
                source,
                drills_folder=drills.drills_folder(ctx),
                speed=speed,
                level=level,
                copied=copied,
            )

        drill = Operation(self.shell.widget(), ctx, begin).titled(_tr("演练没有开始")).run()
        if drill is not None:
            self.drill_started.emit(self._show(drill))

    def offer_unfinished(self) -> DrillWindow | None:
        """A drill of this workspace left unfinished (the app stopped): continue it?"""
        ctx = self.shell.ctx
        real = ctx.require_workspace()
        open_here = {w.drill.copy.path for w in self.windows if not w.done}
        left = [
            p
            for p in drills.running_drills(drills.drills_folder(ctx), real.path)
            if p not in open_here
        ]
        if not left:
            return None
        answer = QMessageBox.question(
            self.shell.widget(),
            _tr("继续演练"),
            _tr("有一个未结束的演练：{name}。继续它吗？（选“否”开始新的演练）").format(
                name=left[0].name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        drill = (
            Operation(self.shell.widget(), ctx, lambda: drills.open_drill(left[0], user=real.user))
            .titled(_tr("演练没有打开"))
            .run()
        )
        return self._show(drill) if drill is not None else None

    def _show(self, drill: drills.Drill) -> DrillWindow:
        window = DrillWindow(self.shell.ctx, drill)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.finished.connect(self.show_records)
        window.destroyed.connect(lambda *_: self._forget(window))
        self.windows.append(window)
        window.show()
        return window

    def _forget(self, window: DrillWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)

    def show_records(self, select: int | None = None) -> DrillRecordsDialog:
        dialog = DrillRecordsDialog(self.shell.widget(), self.shell.ctx, select=select)
        dialog.show()
        return dialog


def install(shell: Shell) -> None:
    """The installer registered in ui/pages.py `action_installers()`."""
    controller = DrillController(shell)
    start = QAction(icon("mdi6.play-box-outline"), _tr("开始演练…"), shell.widget())
    start.setObjectName(START_ACTION)
    start.setStatusTip(_tr("从演练脚本、参考案例或历史案例开始一次桌面演练（在演练副本里进行）"))
    start.triggered.connect(lambda _checked=False: controller.start())
    shell.add_file_action(start, needs_write=True)
    records = QAction(icon("mdi6.clipboard-text-clock-outline"), _tr("演练记录…"), shell.widget())
    records.setObjectName(RECORDS_ACTION)
    records.triggered.connect(lambda _checked=False: controller.show_records())
    shell.add_file_action(records, needs_write=False)
    shell.workspace_opened.connect(lambda: _say_if_drill_copy(shell))


def _say_if_drill_copy(shell: Shell) -> None:
    """A drill copy opened as a workspace (its name already says 【演练】): say what it is."""
    workspace = shell.ctx.workspace
    if workspace is not None and not workspace.damaged and drills.is_drill_copy(workspace):
        shell.show_message(
            _tr("这是演练副本，不是正式工作区：在这里的修改不会进入正式工作区。"), 15000
        )
