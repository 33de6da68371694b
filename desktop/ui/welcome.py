"""The first-run screen: open the demo, create a workspace, or open one; and the first-run
question of the user's name (the audit log's and the case timeline's 记录人)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.context import AppContext


class WorkspaceOpener(Protocol):
    """What the welcome page's buttons ask for (the window's `WorkspaceLifecycle`)."""

    def open_demo(self) -> None: ...

    def new_workspace(self) -> None: ...

    def open_dialog(self) -> None: ...

    def open_path(self, path: Path, *, read_only: bool = False) -> bool: ...


class WelcomePage(QWidget):
    def __init__(self, ctx: AppContext, opener: WorkspaceOpener) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 48, 64, 48)
        title = QLabel(self.tr("舆情应对台 CrisisDesk"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "离线的社交媒体危机公关工作台：导入舆情表格、分级处理、按问答库统一口径回复、"
                "按危机通讯录审批和发布。每个客户一个工作区文件，无需登录和网络。"
            )
        )
        intro.setObjectName("pageSubtitle")
        intro.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(16)

        buttons = QHBoxLayout()
        self.demo_button = QPushButton(self.tr("打开演示工作区"))
        self.demo_button.setProperty("primary", True)
        self.new_button = QPushButton(self.tr("新建工作区…"))
        self.open_button = QPushButton(self.tr("打开…"))
        self.demo_button.clicked.connect(opener.open_demo)
        self.new_button.clicked.connect(opener.new_workspace)
        self.open_button.clicked.connect(opener.open_dialog)
        for button in (self.demo_button, self.new_button, self.open_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addSpacing(24)

        self.recent_title = QLabel(self.tr("最近打开"))
        self.recent_title.setStyleSheet("font-weight: 600;")
        self.recent = QListWidget()
        self.recent.setMaximumHeight(220)
        self.recent.itemActivated.connect(
            lambda item: opener.open_path(Path(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.empty_recent = QLabel(self.tr("还没有打开过工作区。先看看演示工作区吧。"))
        self.empty_recent.setObjectName("emptyState")
        layout.addWidget(self.recent_title)
        layout.addWidget(self.recent)
        layout.addWidget(self.empty_recent)
        layout.addStretch(1)

    def refresh(self) -> None:
        self.recent.clear()
        paths = [p for p in self.ctx.settings.recent() if p.exists()]
        for path in paths:
            item = QListWidgetItem(f"{path.stem}    —    {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.empty_recent.setVisible(not paths)


class UserNameDialog(QDialog):
    """ "What is your name?" on the first start: skippable, changeable later in 设置."""

    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("你的名字"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "审计日志和案例时间线的“记录人”会写上这个名字。"
                "不填则使用电脑的登录名（{login}）；以后可以在“设置”中修改。"
            ).format(login=ctx.settings.user_name)
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("例如：王小明"))
        self.name.setMaxLength(40)
        layout.addWidget(intro)
        layout.addWidget(self.name)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("保存"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.skip_button = buttons.addButton(
            self.tr("以后再说"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.finished.connect(self._keep)

    def _keep(self, result: int) -> None:
        name = self.name.text() if result == QDialog.DialogCode.Accepted else ""
        self.ctx.settings.set_user_name(name)
        if self.ctx.workspace is not None and not self.ctx.workspace.closed:
            self.ctx.workspace.user = self.ctx.user


def ask_user_name(parent: QWidget, ctx: AppContext, then: Callable[[], None]) -> bool:
    """On the first run, ask the user's name (window-modal, never blocking the caller) and
    call `then` once it is answered or skipped; otherwise call `then` now. True if asked."""
    if not ctx.settings.needs_user_name:
        then()
        return False
    dialog = UserNameDialog(parent, ctx)
    dialog.finished.connect(lambda _result: then())
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return True
