"""The first-run screen: open the demo, create a workspace, or open one."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
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
