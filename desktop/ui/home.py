"""Home: the workspace at a glance and what to do next."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import Changes
from desktop.services import workspaces
from desktop.services.context import AppContext
from desktop.ui.operations import Operation
from desktop.ui.page import Page, page_header
from desktop.ui.shell import Shell

BACKUP_ACTION = "action_backup_now"  # the window's File → 立即备份


class _Card(QFrame):
    def __init__(self, label: str) -> None:
        super().__init__()
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        self.value = QLabel("–")
        self.value.setObjectName("cardValue")
        self.label = QLabel(label)
        self.label.setObjectName("cardLabel")
        self.label.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.label)


class HomePage(Page):
    nav_key = "home"
    nav_icon = "mdi6.home-outline"

    def __init__(self, ctx: AppContext, shell: Shell) -> None:
        super().__init__(ctx, shell)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        self.header_box = QVBoxLayout()
        outer.addLayout(self.header_box)
        self.read_only_banner = QLabel()
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.hide()
        outer.addWidget(self.read_only_banner)

        self.cards: dict[str, _Card] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        card_labels = {
            "mentions": self.tr("舆情条目"),
            "mentions_negative": self.tr("负面"),
            "mentions_unanswered": self.tr("待处理"),
            "kb_entries": self.tr("问答库条目"),
            "cases_open": self.tr("进行中的案例"),
            "people": self.tr("危机通讯录成员"),
        }
        for index, (key, label) in enumerate(card_labels.items()):
            card = _Card(label)
            self.cards[key] = card
            grid.addWidget(card, index // 3, index % 3)
        outer.addLayout(grid)

        self.last_import = QLabel()
        self.last_import.setObjectName("pageSubtitle")
        outer.addWidget(self.last_import)

        next_title = QLabel(self.tr("下一步"))
        next_title.setStyleSheet("font-size: 13pt; font-weight: 600; margin-top: 12px;")
        outer.addWidget(next_title)
        self.next_steps = QVBoxLayout()
        outer.addLayout(self.next_steps)

        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("编辑工作区信息…"))
        self.edit_button.clicked.connect(lambda _checked=False: self.edit_workspace_info())
        self.backup_button = QPushButton(self.tr("立即备份"))
        self.backup_button.clicked.connect(lambda _checked=False: self.backup_now())
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        outer.addStretch(1)

    def nav_title(self) -> str:
        return self.tr("首页")

    def wants(self, changes: Changes) -> bool:
        return changes.mentions or changes.kb or changes.cases or changes.roster

    def refresh(self) -> None:
        workspace = self.ctx.workspace
        _clear(self.header_box)
        _clear(self.next_steps)
        if workspace is None:
            return
        info = workspace.info()
        subtitle = " · ".join(x for x in (info["brand"], info["client"]) if x)
        self.header_box.addWidget(page_header(info["name"], subtitle))
        if workspace.damaged:
            self.read_only_banner.setText(
                self.tr("这个工作区文件已损坏，正以只读方式打开。请用“文件 → 从备份恢复…”恢复。")
            )
        elif workspace.read_only:
            self.read_only_banner.setText(
                self.tr("只读打开：工作区正在另一个窗口或另一台电脑上使用，你的修改不会保存。")
            )
        self.read_only_banner.setVisible(workspace.read_only)
        self.edit_button.setEnabled(not workspace.read_only)
        self.backup_button.setEnabled(not workspace.read_only)
        try:
            counts = workspaces.overview_counts(workspace)
            last = workspaces.last_import(workspace)
        except sqlite3.Error:  # a damaged file opened to look at
            counts, last = {}, None
        for key, card in self.cards.items():
            card.value.setText(f"{counts.get(key, 0):,}")
        if last:
            self.last_import.setText(
                self.tr(
                    "最近一次导入：{file}（{at}），新增 {inserted}，更新 {updated}，拒绝 {rejected}"
                ).format(
                    file=last.file_name,
                    at=last.finished_at[:16].replace("T", " "),
                    inserted=last.inserted,
                    updated=last.updated,
                    rejected=last.rejected,
                )
            )
        else:
            self.last_import.setText(self.tr("还没有导入过舆情表格。"))
        for text in self._next_steps(counts):
            label = QLabel("• " + text)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.next_steps.addWidget(label)

    def edit_workspace_info(self) -> None:
        """Name, brand and client of the workspace, asked one after another."""
        workspace = self.ctx.require_workspace()
        info = workspace.info()
        values: dict[str, str] = {}
        for key, label in (
            ("name", self.tr("名称")),
            ("brand", self.tr("品牌")),
            ("client", self.tr("客户")),
        ):
            value, ok = QInputDialog.getText(self, self.tr("工作区信息"), label, text=info[key])
            if not ok:
                return
            values[key] = value.strip()
        Operation(
            self,
            self.ctx,
            lambda: workspaces.update_info(
                workspace, name=values["name"], brand=values["brand"], client=values["client"]
            ),
        ).titled(self.tr("无法保存")).run()

    def backup_now(self) -> None:
        action = self.shell.find_action(BACKUP_ACTION)
        if action is not None:
            action.trigger()

    def _next_steps(self, counts: dict[str, int]) -> list[str]:
        steps = []
        if not counts.get("mentions"):
            steps.append(self.tr("导入今天的舆情表格：把 Excel/CSV 拖到窗口上，或按 Ctrl+I。"))
        if counts.get("mentions_unanswered"):
            steps.append(
                self.tr("有 {n} 条舆情待处理：先看负面的，2 小时内回复。").format(
                    n=counts["mentions_unanswered"]
                )
            )
        if counts.get("cases_open"):
            steps.append(
                self.tr("{n} 个危机案例进行中：检查回应时钟和待审批的声明。").format(
                    n=counts["cases_open"]
                )
            )
        if not counts.get("people"):
            steps.append(self.tr("填写危机通讯录：谁发言、谁负责、谁审批。"))
        if not counts.get("kb_approved"):
            steps.append(self.tr("审核问答库里的话术，批准后才能作为统一口径使用。"))
        if not steps:
            steps.append(self.tr("一切就绪。定时监测，每天 2–3 次导入新的舆情。"))
        return steps


def _clear(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget: QWidget | None = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
