"""The workspace's life cycle as the window offers it: open (locks, damage, newer files),
create, close, back up, restore, check and carry to another laptop.

The window owns one `WorkspaceLifecycle`; its menu actions and the welcome page call it, and
it tells the window through `opened` and `closed` when `ctx.workspace` changed, so the window
can switch its pages and publish `Changes.everything()`.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from desktop import WORKSPACE_SUFFIX
from desktop.core.errors import UserError
from desktop.services import backups, watchlists, workspaces
from desktop.services.context import AppContext
from desktop.services.workspaces import BackupInfo, WorkspaceDamaged, WorkspaceInUse
from desktop.ui.dialogs import NewWorkspaceDialog, show_error, workspace_file_filter
from desktop.ui.shell import Shell
from desktop.ui.workers import Task

log = logging.getLogger(__name__)


class WorkspaceLifecycle(QObject):
    opened = Signal()  # ctx.workspace is a newly opened workspace
    closed = Signal()  # ctx.workspace is None

    def __init__(self, ctx: AppContext, shell: Shell) -> None:
        super().__init__(shell.widget())
        self.ctx = ctx
        self.shell = shell
        self.backup_timer = QTimer(self)
        self.backup_timer.timeout.connect(self.timed_backup)
        minutes = int(ctx.settings.get("backup_interval_minutes") or 30)
        self.backup_timer.start(max(1, minutes) * 60_000)

    def _parent(self) -> QWidget:
        return self.shell.widget()

    # -- opening -------------------------------------------------------------------------------

    def open_path(self, path: Path, *, read_only: bool = False) -> bool:
        """Open a workspace, dealing with locks, damage and newer files the way users expect."""
        path = Path(path)
        if self.ctx.workspace is not None and not self.close_workspace():
            return False
        try:
            workspaces.open_workspace(self.ctx, path, read_only=read_only)
        except WorkspaceInUse as exc:
            if exc.elsewhere:
                take_over = self.tr("接管后，另一台电脑上未保存的修改可能丢失。要接管吗？")
                answer = QMessageBox.question(
                    self._parent(),
                    self.tr("工作区被另一台电脑锁定"),
                    f"{exc.message}\n\n{take_over}",
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No,
                )
                if answer == QMessageBox.StandardButton.Yes:
                    return self._open_quietly(path, take_over=True)
                return self._open_quietly(path, read_only=True)
            show_error(
                self._parent(),
                self.tr("工作区正在使用"),
                exc.message,
                self.tr("将以只读方式打开。"),
            )
            return self._open_quietly(path, read_only=True)
        except WorkspaceDamaged as exc:
            return self._open_damaged(path, exc)
        except UserError as exc:
            show_error(self._parent(), self.tr("无法打开工作区"), exc)
            return False
        self.opened.emit()
        return True

    def _open_quietly(self, path: Path, **options: Any) -> bool:
        try:
            workspaces.open_workspace(self.ctx, path, **options)
        except UserError as exc:
            show_error(self._parent(), self.tr("无法打开工作区"), exc)
            return False
        self.opened.emit()
        return True

    def _open_damaged(self, path: Path, error: WorkspaceDamaged) -> bool:
        good = workspaces.restorable_backups(self.ctx, path)
        box = QMessageBox(self._parent())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("工作区已损坏"))
        box.setText(error.message)
        restore_button = None
        if good:
            box.setInformativeText(
                self.tr("最新的完好备份：{at}。恢复时，损坏的文件会改名保留在旁边。").format(
                    at=good[0].taken_at.strftime("%Y-%m-%d %H:%M")
                )
            )
            restore_button = box.addButton(
                self.tr("恢复最新备份"), QMessageBox.ButtonRole.AcceptRole
            )
        else:
            box.setInformativeText(
                self.tr("没有找到可用的备份。可以只读打开，导出还能读取的数据。")
            )
        read_only_button = box.addButton(self.tr("只读打开"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if restore_button is not None and clicked is restore_button:
            return self._restore_and_open(good[0], path)
        if clicked is read_only_button:
            try:
                workspaces.open_damaged_read_only(self.ctx, path)
            except UserError as exc:
                show_error(self._parent(), self.tr("无法打开工作区"), exc)
                return False
            self.opened.emit()
            return True
        return False

    def open_dialog(self) -> None:
        recent = self.ctx.settings.recent()
        start = str(recent[0].parent) if recent else ""
        path, _ = QFileDialog.getOpenFileName(
            self._parent(), self.tr("打开工作区"), start, workspace_file_filter()
        )
        if path:
            self.open_path(Path(path))

    def open_demo(self) -> None:
        try:
            path = workspaces.ensure_demo_workspace(self.ctx)
        except UserError as exc:
            show_error(self._parent(), self.tr("无法创建演示工作区"), exc)
            return
        self.open_path(path)

    def new_workspace(self) -> None:
        dialog = NewWorkspaceDialog(self._parent(), Path.home())
        if not dialog.exec():
            return
        values = dialog.values()
        if self.ctx.workspace is not None and not self.close_workspace():
            return
        try:
            workspace = workspaces.create_workspace(
                self.ctx,
                Path(values["path"]),
                name=values["name"],
                brand=values["brand"],
                client=values["client"],
                industry=values["industry"],
                products=watchlists.split_products(values.get("products", "")),
            )
        except UserError as exc:
            show_error(self._parent(), self.tr("无法新建工作区"), exc)
            return
        path = workspace.path
        workspace.close()
        self.open_path(path)

    # -- closing -------------------------------------------------------------------------------

    def close_workspace(self) -> bool:
        """Close (after a backup when it changed); False when the user keeps it open."""
        if self.ctx.workspace is None:
            return True
        tasks = self.shell.tasks
        if tasks.busy:
            answer = QMessageBox.question(
                self._parent(),
                self.tr("后台任务进行中"),
                self.tr("还有任务在运行。取消它并关闭吗？已完成的部分会回滚。"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            tasks.cancel_all()
            tasks.wait()
        try:
            workspaces.close_workspace(self.ctx)
        except UserError as exc:  # the backup failed; the workspace is closed all the same
            log.warning("backup on close failed: %s", exc.message)
        self.closed.emit()
        return True

    # -- backups and copies --------------------------------------------------------------------

    def backup_now(self) -> None:
        try:
            info = workspaces.backup_now(self.ctx)
        except UserError as exc:
            show_error(self._parent(), self.tr("备份失败"), exc)
            return
        self.shell.show_message(self.tr("已备份到 {path}").format(path=info.path), 8000)

    def timed_backup(self) -> None:
        """Every few minutes, off the UI thread, when the workspace changed since its last."""
        workspace = self.ctx.workspace
        if workspace is None or workspace.read_only or not workspace.changed_since_backup:
            return
        changes = workspace.total_changes
        task = Task(backups.backup_copy_of, workspace.path, self.ctx.paths.backups, "timer")

        def done(_info: BackupInfo) -> None:
            if self.ctx.workspace is workspace:
                workspace.changes_at_last_backup = changes

        task.signals.succeeded.connect(done)
        self.shell.tasks.start(task)

    def save_copy(self) -> None:
        workspace = self.ctx.require_workspace()
        path, _ = QFileDialog.getSaveFileName(
            self._parent(),
            self.tr("保存副本"),
            str(Path.home() / f"{workspace.path.stem}-副本{WORKSPACE_SUFFIX}"),
            workspace_file_filter(),
        )
        if not path:
            return
        try:
            digest = workspaces.save_copy(self.ctx, Path(path))
        except UserError as exc:
            show_error(self._parent(), self.tr("保存副本失败"), exc)
            return
        QMessageBox.information(
            self._parent(),
            self.tr("副本已保存"),
            self.tr("已校验的副本：{path}\nSHA-256：{digest}").format(
                path=path, digest=digest[:16]
            ),
        )

    def restore_dialog(self) -> None:
        workspace = self.ctx.require_workspace()
        found = workspaces.list_backups(self.ctx, workspace.path)
        if not found:
            show_error(self._parent(), self.tr("从备份恢复"), self.tr("这个工作区还没有备份。"))
            return
        labels = [
            f"{b.taken_at:%Y-%m-%d %H:%M:%S}  ·  {b.reason}  ·  {b.size / 1024:,.0f} KB"
            for b in found
        ]
        choice, ok = QInputDialog.getItem(
            self._parent(),
            self.tr("从备份恢复"),
            self.tr("选择备份（当前文件会先备份）："),
            labels,
            0,
            False,
        )
        if not ok:
            return
        self._restore_and_open(found[labels.index(choice)], workspace.path)

    def _restore_and_open(self, backup: BackupInfo, target: Path) -> bool:
        """Restore closes the target first; opening the restored file publishes its changes
        (`Changes.everything()`) like any other open, so the restore's own are not sent."""
        try:
            workspaces.restore(self.ctx, backup.path, target)
        except UserError as exc:
            show_error(self._parent(), self.tr("恢复失败"), exc)
            if self.ctx.workspace is None:
                self.closed.emit()
            return False
        reopened = self.open_path(target)
        if not reopened and self.ctx.workspace is None:
            self.closed.emit()
        return reopened

    # -- checking ------------------------------------------------------------------------------

    def check_workspace(self) -> None:
        workspace = self.ctx.require_workspace()
        report = workspaces.check_workspace(self.ctx, workspace.path)
        lines = [self.tr("结构版本 {v}").format(v=report.schema_version)]
        lines += [f"{k}: {v:,}" for k, v in report.counts.items()]
        health = report.roster_health
        if health:
            lines.append(
                self.tr("危机通讯录：{e} 个错误、{w} 个提醒").format(
                    e=health["errors"], w=health["warnings"]
                )
            )
        if report.ok:
            QMessageBox.information(
                self._parent(),
                self.tr("检查工作区"),
                self.tr("工作区完好。") + "\n\n" + "\n".join(lines),
            )
        else:
            show_error(
                self._parent(),
                self.tr("检查工作区"),
                self.tr("发现问题：") + "\n" + "\n".join(report.problems),
                self.tr("请从备份恢复（文件 → 从备份恢复…）。"),
            )
