"""The main window: navigation, menus, status bar; it is the `Shell` its pages live in.

The workspace's life cycle (open, close, back up, restore, check) lives in
`desktop.ui.workspace_lifecycle`; the window switches its pages when that reports a workspace
opened or closed, and publishes `Changes.everything()` for it.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
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
from desktop.services import workspaces
from desktop.services.context import AppContext
from desktop.ui.dialogs import SettingsDialog
from desktop.ui.operations import publish
from desktop.ui.page import Page
from desktop.ui.shell import DropHandler
from desktop.ui.theme import icon
from desktop.ui.welcome import WelcomePage
from desktop.ui.workers import TaskRunner
from desktop.ui.workspace_lifecycle import WorkspaceLifecycle

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The window; it implements `desktop.ui.shell.Shell` for its pages."""

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
        self.lifecycle = WorkspaceLifecycle(ctx, self)
        self.lifecycle.opened.connect(self._workspace_opened)
        self.lifecycle.closed.connect(self._workspace_closed)

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

        self.welcome = WelcomePage(ctx, self.lifecycle)
        self.stack.addWidget(self.welcome)
        self.pages: list[Page] = []
        self.menus: dict[str, QMenu] = {}
        self.workspace_actions: list[QAction] = []  # enabled while a workspace is open
        self.write_actions: list[QAction] = []  # … and writable
        self._build_menus()
        self.navigation.currentRowChanged.connect(self._show_page)

        self.status_workspace = QLabel()
        self.status_counts = QLabel()
        self.statusBar().addWidget(self.status_workspace)
        self.statusBar().addPermanentWidget(self.status_counts)

        ctx.bus.subscribe(self._on_bus)
        self.changes_published.connect(self._refresh_pages)
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
        self,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence.StandardKey | str | None = None,
        *,
        name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if name:
            action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        lifecycle = self.lifecycle
        keys = QKeySequence.StandardKey
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        self.menus["file"] = file_menu
        file_menu.addAction(
            self._action(
                self.tr("新建工作区…"), lifecycle.new_workspace, keys.New, name="action_new"
            )
        )
        file_menu.addAction(
            self._action(self.tr("打开…"), lifecycle.open_dialog, keys.Open, name="action_open")
        )
        self.recent_menu = file_menu.addMenu(self.tr("最近打开"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addAction(
            self._action(self.tr("打开演示工作区"), lifecycle.open_demo, name="action_open_demo")
        )
        file_menu.addSeparator()
        backup_action = self._action(
            self.tr("立即备份"), lifecycle.backup_now, name="action_backup_now"
        )
        self.enable_with_workspace(backup_action, needs_write=True)
        for action in (
            backup_action,
            self._action(
                self.tr("保存副本（带到另一台电脑）…"), lifecycle.save_copy, name="action_save_copy"
            ),
            self._action(self.tr("从备份恢复…"), lifecycle.restore_dialog, name="action_restore"),
            self._action(self.tr("检查工作区"), lifecycle.check_workspace, name="action_check"),
        ):
            file_menu.addAction(action)
            self.enable_with_workspace(action)
        file_menu.addSeparator()
        self.area_actions_anchor = file_menu.addSeparator()
        close_action = self._action(
            self.tr("关闭工作区"), lifecycle.close_workspace, keys.Close, name="action_close"
        )
        file_menu.addAction(close_action)
        self.enable_with_workspace(close_action)
        file_menu.addAction(
            self._action(self.tr("设置…"), self.edit_settings, name="action_settings")
        )
        file_menu.addAction(
            self._action(self.tr("退出"), self.close, keys.Quit, name="action_quit")
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
                partial(self._go_to_page, index),
                f"Ctrl+{index + 1}",
            )
            self.menus["view"].addAction(action)
        self.menus["view"].menuAction().setVisible(True)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in self.ctx.settings.recent() if p.exists()]
        for path in recent:
            self.recent_menu.addAction(
                self._action(f"{path.stem} — {path.parent}", partial(self.open_path, path))
            )
        if not recent:
            empty = self.recent_menu.addAction(self.tr("（无）"))
            empty.setEnabled(False)

    # -- the Shell -----------------------------------------------------------------------------

    def widget(self) -> QWidget:
        return self

    def show_message(self, text: str, msecs: int = 4000) -> None:
        self.statusBar().showMessage(text, msecs)

    def find_action(self, name: str) -> QAction | None:
        return self.findChild(QAction, name)

    def add_file_action(self, action: QAction, *, needs_write: bool = True) -> None:
        self.menus["file"].insertAction(self.area_actions_anchor, action)
        self.enable_with_workspace(action, needs_write=needs_write)

    def enable_with_workspace(self, action: QAction, *, needs_write: bool = False) -> None:
        self.workspace_actions.append(action)
        if needs_write:
            self.write_actions.append(action)
        self._enable_actions()

    def page(self, key: str) -> Page | None:
        return next((p for p in self.pages if p.nav_key == key), None)

    def show_page(self, key: str) -> Page | None:
        for index, page in enumerate(self.pages):
            if page.nav_key == key:
                self._go_to_page(index)
                return page
        return None

    def _go_to_page(self, index: int) -> None:
        """Ctrl+N or `show_page`: the page, with the keyboard in it (arrowing through the
        navigation list keeps the focus in the list)."""
        self.navigation.setCurrentRow(index)
        if self.ctx.workspace is not None and self.stack.currentWidget() is self.pages[index]:
            self.pages[index].focus_first()

    # -- the workspace, as the life cycle reports it ---------------------------------------------

    def open_path(self, path: Path, *, read_only: bool = False) -> bool:
        return self.lifecycle.open_path(path, read_only=read_only)

    def open_demo(self) -> None:
        self.lifecycle.open_demo()

    def close_workspace(self) -> bool:
        return self.lifecycle.close_workspace()

    def _workspace_opened(self) -> None:
        self._show_workspace_state()
        self.workspace_opened.emit()

    def _workspace_closed(self) -> None:
        self._show_workspace_state()
        self.workspace_closed.emit()

    def _show_workspace_state(self) -> None:
        """Switch pages, actions and title to `ctx.workspace` (or to the welcome page)."""
        has_workspace = self.ctx.workspace is not None
        self.navigation.setVisible(has_workspace)
        self._enable_actions()
        if not has_workspace:
            self.welcome.refresh()
            self.stack.setCurrentWidget(self.welcome)
        # Every page reloads (`Page.workspace_changed`): the life cycle is the initiator.
        publish(self.ctx, Changes.everything(), self.lifecycle)
        if has_workspace:
            if self.navigation.currentRow() < 0:
                self.navigation.setCurrentRow(0)
            else:
                self._show_page(self.navigation.currentRow())

    def _enable_actions(self) -> None:
        workspace = self.ctx.workspace
        for action in self.workspace_actions:
            action.setEnabled(workspace is not None)
        for action in self.write_actions:
            action.setEnabled(workspace is not None and not workspace.read_only)

    def _show_page(self, row: int) -> None:
        if self.ctx.workspace is not None and 0 <= row < len(self.pages):
            self.stack.setCurrentWidget(self.pages[row])

    def _show_title(self) -> None:
        workspace = self.ctx.workspace
        if workspace is None:
            app_title = self.tr("舆情应对台")  # outside the f-string, where lupdate sees it
            self.setWindowTitle(f"{app_title} — {APP_NAME}")
            return
        suffix = self.tr("（只读）") if workspace.read_only else ""
        self.setWindowTitle(f"{workspace.info()['name']}{suffix} — {APP_NAME}")

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
        except sqlite3.Error:  # a damaged file opened to look at
            counts = {}
        self.status_counts.setText(
            self.tr("舆情 {m:,} · 负面 {n:,} · 问答库 {k:,} · 案例 {c:,}").format(
                m=counts.get("mentions", 0),
                n=counts.get("mentions_negative", 0),
                k=counts.get("kb_entries", 0),
                c=counts.get("cases_open", 0),
            )
        )
        negative = counts.get("mentions_negative", 0)
        suggested = counts.get("mentions_negative_suggested", 0)
        self.status_counts.setToolTip(
            self.tr(
                "负面 {n:,} 条：已确认 {c:,} 条（人工标注或表格自带），"
                "模型建议 {s:,} 条（置信度够高才计入）"
            ).format(n=negative, c=negative - suggested, s=suggested)
        )

    def _on_bus(self, changes: Changes, initiator: object | None) -> None:
        self.changes_published.emit(changes, initiator)

    def _refresh_pages(self, changes: Changes, initiator: object | None) -> None:
        switched = initiator is self.lifecycle  # a workspace opened or closed
        for page in self.pages:
            try:
                if switched:
                    page.workspace_changed()
                else:
                    page.on_changes(changes, initiator)
            except sqlite3.DatabaseError as exc:  # a damaged file: show what still reads
                log.warning("page %s could not load: %s", page.nav_key, type(exc).__name__)
        if changes.workspace:
            self._show_title()
        self.update_status()

    # -- the window's own dialogs ----------------------------------------------------------------

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
