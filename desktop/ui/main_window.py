"""The main window: navigation, menus, status bar, and the workspace's life cycle."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop import APP_NAME, WORKSPACE_SUFFIX, __version__
from desktop.core.changes import Changes
from desktop.core.errors import UserError
from desktop.services import workspaces
from desktop.services.context import AppContext
from desktop.storage import backup as backups
from desktop.storage.workspace import WorkspaceDamaged, WorkspaceInUse
from desktop.ui.dialogs import NewWorkspaceDialog, SettingsDialog, show_error, workspace_file_filter
from desktop.ui.page import Page
from desktop.ui.theme import icon
from desktop.ui.welcome import WelcomePage
from desktop.ui.workers import Task, TaskRunner

log = logging.getLogger(__name__)
DropHandler = Callable[[Path], bool]


class MainWindow(QMainWindow):
    workspace_opened = Signal()
    workspace_closed = Signal()
    # Changes, initiator: queued to the UI thread when published from a worker.
    changes_published = Signal(object, object)

    def __init__(self, ctx: AppContext, *, defer_pages: bool = False) -> None:
        """`defer_pages`: paint the window first and build the pages on the next event-loop
        turn (the app's start; DESIGN.md §7 wants the window within 1 s)."""
        super().__init__()
        self.ctx = ctx
        self.tasks = TaskRunner(self)
        self.drop_handlers: list[DropHandler] = []
        self.setAcceptDrops(True)
        self.setMinimumSize(960, 620)
        self.resize(1280, 800)
        self.qsettings = QSettings(
            str(ctx.paths.config / "window.ini"), QSettings.Format.IniFormat, self
        )

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(188)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.stack = QStackedWidget()
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.welcome = WelcomePage(ctx, self)
        self.stack.addWidget(self.welcome)
        self.pages: list[Page] = []
        self.menus: dict[str, QMenu] = {}
        self._build_menus()
        self.navigation.currentRowChanged.connect(self._show_page)

        self.status_workspace = QLabel()
        self.status_counts = QLabel()
        self.statusBar().addWidget(self.status_workspace)
        self.statusBar().addPermanentWidget(self.status_counts)

        ctx.bus.subscribe(self._on_bus)
        self.changes_published.connect(self._refresh_pages)
        self.backup_timer = QTimer(self)
        self.backup_timer.timeout.connect(self._timed_backup)
        minutes = int(ctx.settings.get("backup_interval_minutes") or 30)
        self.backup_timer.start(max(1, minutes) * 60_000)
        self._restore_geometry()
        if not defer_pages:
            self.build_pages()
        self._show_workspace_state()

    # -- building ----------------------------------------------------------------------------

    def build_pages(self) -> None:
        """Create the navigation pages and the area actions (once)."""
        if self.pages:
            return
        from desktop.ui.pages import action_installers, page_classes

        for page_class in page_classes():
            page = page_class(self.ctx, self)
            self.pages.append(page)
            self.stack.addWidget(page)
            item = QListWidgetItem(icon(page.nav_icon, color="#cbd5e1"), page.nav_title())
            item.setData(Qt.ItemDataRole.UserRole, page.nav_key)
            self.navigation.addItem(item)
            page.install_actions(self)
        for install in action_installers():
            install(self)
        self._finish_menus()
        if self.ctx.workspace is not None:
            self._show_workspace_state()

    def _action(
        self, text: str, slot: Callable[[], Any], shortcut: Any = None, icon_name: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        self.menus["file"] = file_menu
        file_menu.addAction(
            self._action(self.tr("新建工作区…"), self.new_workspace, QKeySequence.StandardKey.New)
        )
        file_menu.addAction(
            self._action(self.tr("打开…"), self.open_dialog, QKeySequence.StandardKey.Open)
        )
        self.recent_menu = file_menu.addMenu(self.tr("最近打开"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addAction(self._action(self.tr("打开演示工作区"), self.open_demo))
        file_menu.addSeparator()
        self.workspace_actions: list[QAction] = []
        self.write_actions: list[QAction] = []
        backup_action = self._action(self.tr("立即备份"), self.backup_now)
        copy_action = self._action(self.tr("保存副本（带到另一台电脑）…"), self.save_copy)
        restore_action = self._action(self.tr("从备份恢复…"), self.restore_dialog)
        check_action = self._action(self.tr("检查工作区"), self.check_workspace)
        for action in (backup_action, copy_action, restore_action, check_action):
            file_menu.addAction(action)
            self.workspace_actions.append(action)
        self.write_actions.append(backup_action)
        file_menu.addSeparator()
        self.area_actions_anchor = file_menu.addSeparator()
        close_action = self._action(
            self.tr("关闭工作区"), self.close_workspace, QKeySequence.StandardKey.Close
        )
        file_menu.addAction(close_action)
        self.workspace_actions.append(close_action)
        file_menu.addAction(self._action(self.tr("设置…"), self.edit_settings))
        file_menu.addAction(
            self._action(self.tr("退出"), self.close, QKeySequence.StandardKey.Quit)
        )
        self.menus["edit"] = bar.addMenu(self.tr("编辑(&E)"))
        self.menus["view"] = bar.addMenu(self.tr("视图(&V)"))
        self.menus["help"] = bar.addMenu(self.tr("帮助(&H)"))
        self.menus["help"].addAction(self._action(self.tr("关于 CrisisDesk"), self.about))

    def _finish_menus(self) -> None:
        for menu in (self.menus["edit"], self.menus["view"]):
            menu.menuAction().setVisible(bool(menu.actions()))
        for index in range(self.navigation.count()):
            page = self.pages[index]
            action = self._action(
                page.nav_title(),
                lambda i=index: self.navigation.setCurrentRow(i),
                f"Ctrl+{index + 1}",
            )
            self.menus["view"].addAction(action)
        self.menus["view"].menuAction().setVisible(True)

    def add_file_action(self, action: QAction, *, needs_write: bool = True) -> None:
        """For pages: an area action (import, export) in the File menu, enabled with a workspace."""
        self.menus["file"].insertAction(self.area_actions_anchor, action)
        self.workspace_actions.append(action)
        if needs_write:
            self.write_actions.append(action)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in self.ctx.settings.recent() if p.exists()]
        for path in recent:
            self.recent_menu.addAction(
                self._action(f"{path.stem} — {path.parent}", lambda p=path: self.open_path(p))
            )
        if not recent:
            empty = self.recent_menu.addAction(self.tr("（无）"))
            empty.setEnabled(False)

    # -- pages and state -----------------------------------------------------------------------

    def widget(self) -> QWidget:
        return self

    def show_message(self, text: str, msecs: int = 4000) -> None:
        self.statusBar().showMessage(text, msecs)

    def find_action(self, name: str) -> QAction | None:
        return self.findChild(QAction, name)

    def page(self, key: str) -> Page | None:
        return next((p for p in self.pages if p.nav_key == key), None)

    def show_page(self, key: str) -> Page | None:
        for index, page in enumerate(self.pages):
            if page.nav_key == key:
                self.navigation.setCurrentRow(index)
                return page
        return None

    def _show_page(self, row: int) -> None:
        if self.ctx.workspace is not None and 0 <= row < len(self.pages):
            self.stack.setCurrentWidget(self.pages[row])

    def _show_workspace_state(self) -> None:
        workspace = self.ctx.workspace
        has_workspace = workspace is not None
        self.navigation.setVisible(has_workspace)
        for action in self.workspace_actions:
            action.setEnabled(has_workspace)
        for action in self.write_actions:
            action.setEnabled(has_workspace and not workspace.read_only)
        if not has_workspace:
            self.welcome.refresh()
            self.stack.setCurrentWidget(self.welcome)
            self.setWindowTitle(f"{self.tr('舆情应对台')} — {APP_NAME}")
        else:
            for page in self.pages:
                try:
                    page.workspace_changed()
                except sqlite3.DatabaseError as exc:  # a damaged file: show what still reads
                    log.warning("page %s could not load: %s", page.nav_key, type(exc).__name__)
            if self.navigation.currentRow() < 0:
                self.navigation.setCurrentRow(0)
            else:
                self._show_page(self.navigation.currentRow())
            suffix = self.tr("（只读）") if workspace.read_only else ""
            self.setWindowTitle(f"{workspace.info()['name']}{suffix} — {APP_NAME}")
        self.update_status()

    def update_status(self) -> None:
        workspace = self.ctx.workspace
        if workspace is None:
            self.status_workspace.setText(self.tr("没有打开工作区"))
            self.status_counts.setText("")
            return
        mode = self.tr(" · 只读") if workspace.read_only else ""
        self.status_workspace.setText(f"{workspace.info()['name']}{mode}  ·  {workspace.path}")
        try:
            counts = workspaces.overview_counts(workspace)
        except Exception:
            counts = {}
        self.status_counts.setText(
            self.tr("舆情 {m:,} · 负面 {n:,} · 问答库 {k:,} · 案例 {c:,}").format(
                m=counts.get("mentions", 0),
                n=counts.get("mentions_negative", 0),
                k=counts.get("kb_entries", 0),
                c=counts.get("cases_open", 0),
            )
        )

    def _on_bus(self, changes: Changes, initiator: object | None) -> None:
        self.changes_published.emit(changes, initiator)

    def _refresh_pages(self, changes: Changes, initiator: object | None) -> None:
        for page in self.pages:
            try:
                page.on_changes(changes, initiator)
            except sqlite3.DatabaseError as exc:
                log.warning("page %s could not refresh: %s", page.nav_key, type(exc).__name__)
        self.update_status()

    # -- workspace life cycle --------------------------------------------------------------------

    def open_path(self, path: Path, *, read_only: bool = False) -> bool:
        """Open a workspace, dealing with locks, damage and newer files the way users expect."""
        path = Path(path)
        if self.ctx.workspace is not None and not self.close_workspace():
            return False
        try:
            workspaces.open_workspace(self.ctx, path, read_only=read_only)
        except WorkspaceInUse as exc:
            if exc.elsewhere:
                answer = QMessageBox.question(
                    self,
                    self.tr("工作区被另一台电脑锁定"),
                    f"{exc.message}\n\n{self.tr('接管后，另一台电脑上未保存的修改可能丢失。要接管吗？')}",
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No,
                )
                if answer == QMessageBox.StandardButton.Yes:
                    return self._open_quietly(path, take_over=True)
                return self._open_quietly(path, read_only=True)
            show_error(self, self.tr("工作区正在使用"), exc.message, self.tr("将以只读方式打开。"))
            return self._open_quietly(path, read_only=True)
        except WorkspaceDamaged as exc:
            return self._open_damaged(path, exc)
        except UserError as exc:
            show_error(self, self.tr("无法打开工作区"), exc)
            return False
        self._show_workspace_state()
        self.workspace_opened.emit()
        return True

    def _open_quietly(self, path: Path, **options: Any) -> bool:
        try:
            workspaces.open_workspace(self.ctx, path, **options)
        except UserError as exc:
            show_error(self, self.tr("无法打开工作区"), exc)
            return False
        self._show_workspace_state()
        self.workspace_opened.emit()
        return True

    def _open_damaged(self, path: Path, error: WorkspaceDamaged) -> bool:
        good = [
            b
            for b in backups.list_backups(path, self.ctx.paths.backups)
            if not backups.verify_copy(b.path)
        ]
        box = QMessageBox(self)
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
            try:
                workspaces.restore(self.ctx, good[0].path, path)
            except UserError as exc:
                show_error(self, self.tr("恢复失败"), exc)
                return False
            return self.open_path(path)
        if clicked is read_only_button:
            try:
                workspaces.open_damaged_read_only(self.ctx, path)
            except UserError as exc:
                show_error(self, self.tr("无法打开工作区"), exc)
                return False
            self._show_workspace_state()
            return True
        return False

    def open_dialog(self) -> None:
        start = str(self.ctx.settings.recent()[0].parent) if self.ctx.settings.recent() else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("打开工作区"), start, workspace_file_filter()
        )
        if path:
            self.open_path(Path(path))

    def open_demo(self) -> None:
        try:
            path = workspaces.ensure_demo_workspace(self.ctx)
        except UserError as exc:
            show_error(self, self.tr("无法创建演示工作区"), exc)
            return
        self.open_path(path)

    def new_workspace(self) -> None:
        dialog = NewWorkspaceDialog(self, Path.home())
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
            )
        except UserError as exc:
            show_error(self, self.tr("无法新建工作区"), exc)
            return
        path = workspace.path
        workspace.close()
        self.open_path(path)

    def close_workspace(self) -> bool:
        if self.ctx.workspace is None:
            return True
        if self.tasks.busy:
            answer = QMessageBox.question(
                self,
                self.tr("后台任务进行中"),
                self.tr("还有任务在运行。取消它并关闭吗？已完成的部分会回滚。"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            self.tasks.cancel_all()
            self.tasks.wait()
        try:
            workspaces.close_workspace(self.ctx)
        except UserError as exc:
            log.warning("backup on close failed: %s", exc.message)
            if self.ctx.workspace is not None:
                self.ctx.workspace.close()
                self.ctx.workspace = None
        self._show_workspace_state()
        self.workspace_closed.emit()
        return True

    def backup_now(self) -> None:
        try:
            info = workspaces.backup_now(self.ctx)
        except UserError as exc:
            show_error(self, self.tr("备份失败"), exc)
            return
        self.statusBar().showMessage(self.tr("已备份到 {path}").format(path=info.path), 8000)

    def _timed_backup(self) -> None:
        workspace = self.ctx.workspace
        if workspace is None or workspace.read_only or not workspace.changed_since_backup:
            return
        changes = workspace.total_changes
        task = Task(workspaces.backup_copy_of, workspace.path, self.ctx.paths.backups, "timer")

        def done(_info: Any) -> None:
            if self.ctx.workspace is workspace:
                workspace.changes_at_last_backup = changes

        task.signals.succeeded.connect(done)
        self.tasks.start(task)

    def save_copy(self) -> None:
        workspace = self.ctx.require_workspace()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("保存副本"),
            str(Path.home() / f"{workspace.path.stem}-副本{WORKSPACE_SUFFIX}"),
            workspace_file_filter(),
        )
        if not path:
            return
        try:
            digest = workspaces.save_copy(self.ctx, Path(path))
        except UserError as exc:
            show_error(self, self.tr("保存副本失败"), exc)
            return
        QMessageBox.information(
            self,
            self.tr("副本已保存"),
            self.tr("已校验的副本：{path}\nSHA-256：{digest}").format(
                path=path, digest=digest[:16]
            ),
        )

    def restore_dialog(self) -> None:
        workspace = self.ctx.require_workspace()
        found = backups.list_backups(workspace.path, self.ctx.paths.backups)
        if not found:
            show_error(self, self.tr("从备份恢复"), self.tr("这个工作区还没有备份。"))
            return
        labels = [
            f"{b.taken_at:%Y-%m-%d %H:%M:%S}  ·  {b.reason}  ·  {b.size / 1024:,.0f} KB"
            for b in found
        ]
        choice, ok = QInputDialog.getItem(
            self, self.tr("从备份恢复"), self.tr("选择备份（当前文件会先备份）："), labels, 0, False
        )
        if not ok:
            return
        chosen = found[labels.index(choice)]
        target = workspace.path
        try:
            workspaces.restore(self.ctx, chosen.path, target)
        except UserError as exc:
            show_error(self, self.tr("恢复失败"), exc)
            self._show_workspace_state()
            return
        self.open_path(target)

    def check_workspace(self) -> None:
        workspace = self.ctx.require_workspace()
        report = workspaces.check_workspace(self.ctx, workspace.path)
        lines = [self.tr("结构版本 {v}").format(v=report.schema_version)]
        lines += [f"{k}: {v:,}" for k, v in report.counts.items()]
        health = report.extra.get("roster")
        if health:
            lines.append(
                self.tr("危机通讯录：{e} 个错误、{w} 个提醒").format(
                    e=health["errors"], w=health["warnings"]
                )
            )
        if report.ok:
            QMessageBox.information(
                self, self.tr("检查工作区"), self.tr("工作区完好。") + "\n\n" + "\n".join(lines)
            )
        else:
            show_error(
                self,
                self.tr("检查工作区"),
                self.tr("发现问题：") + "\n" + "\n".join(report.problems),
                self.tr("请从备份恢复（文件 → 从备份恢复…）。"),
            )

    def edit_workspace_info(self) -> None:
        workspace = self.ctx.require_workspace()
        info = workspace.info()
        updates = {}
        for key, label in (
            ("name", self.tr("名称")),
            ("brand", self.tr("品牌")),
            ("client", self.tr("客户")),
        ):
            value, ok = QInputDialog.getText(self, self.tr("工作区信息"), label, text=info[key])
            if not ok:
                return
            updates[key] = value.strip()
        updates["name"] = updates["name"] or info["name"]
        try:
            workspace.update_info(**updates)
        except UserError as exc:
            show_error(self, self.tr("无法保存"), exc)
            return
        self.ctx.bus.publish(Changes(workspace=True), self)
        self._show_workspace_state()

    def edit_settings(self) -> None:
        if SettingsDialog(self, self.ctx.settings).exec() and self.ctx.workspace is not None:
            self.ctx.workspace.user = self.ctx.user

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("关于 CrisisDesk"),
            self.tr(
                "<h3>舆情应对台 CrisisDesk {version}</h3>"
                "<p>离线的社交媒体危机公关工作台。数据只保存在你选择的工作区文件中。</p>"
            ).format(version=__version__),
        )

    # -- Qt events -----------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if not url.isLocalFile():
                continue
            path = Path(url.toLocalFile())
            if path.suffix == WORKSPACE_SUFFIX:
                self.open_path(path)
            elif self.ctx.workspace is not None:
                for handler in self.drop_handlers:
                    if handler(path):
                        break
            event.acceptProposedAction()
            return

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_workspace():
            event.ignore()
            return
        self.qsettings.setValue("geometry", self.saveGeometry())
        self.qsettings.setValue("state", self.saveState())
        self.ctx.bus.unsubscribe(self._on_bus)
        event.accept()

    def _restore_geometry(self) -> None:
        geometry = self.qsettings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.qsettings.value("state")
        if state is not None:
            self.restoreState(state)
