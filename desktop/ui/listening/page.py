"""监测: alerts (预警) and watch groups (监测组), one tab each.

The page also keeps the mention log's side of listening current: its group filter's choices
and the detail panel's "监测组" line (both given to the mention page from here, so the
mention log's own code only shows them), and it evaluates alerts on a timer while a
workspace is open, in a worker.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QTabWidget, QVBoxLayout

from desktop.core.changes import Changes
from desktop.services import alerts, watchlists
from desktop.services.context import AppContext
from desktop.ui.listening.alerts_panel import AlertsPanel
from desktop.ui.listening.groups_panel import GroupsPanel
from desktop.ui.listening.settings_dialog import AlertSettingsDialog
from desktop.ui.operations import Operation
from desktop.ui.page import Page, page_header
from desktop.ui.shell import Shell
from desktop.ui.workers import Task

EVALUATE_EVERY_MS = 5 * 60 * 1000
FIRST_CHECK_MS = 20 * 1000  # after a workspace opens (the case clocks move on while closed)
TAB_ALERTS, TAB_GROUPS = 0, 1


class ListeningPage(Page):
    nav_key = "listening"
    nav_icon = "mdi6.radar"

    def __init__(self, ctx: AppContext, shell: Shell) -> None:
        super().__init__(ctx, shell)
        self.evaluate_task: Task | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(
            page_header(
                self.tr("监测"),
                self.tr(
                    "关键词监测组与预警：导入的舆情自动匹配监测组；负面激增、大V/媒体负面、敏感词、"
                    "超时未回复和事件时限按发布时间检查。"
                ),
            )
        )
        self.tabs = QTabWidget()
        self.alerts_panel = AlertsPanel(ctx, shell, self)
        self.groups_panel = GroupsPanel(ctx, shell, self)
        self.tabs.addTab(self.alerts_panel, self.tr("预警"))
        self.tabs.addTab(self.groups_panel, self.tr("监测组"))
        layout.addWidget(self.tabs, 1)
        self.alerts_panel.show_mentions.connect(self.show_mentions)
        self.groups_panel.show_mentions.connect(self.show_group)
        self.alerts_panel.evaluate_requested.connect(lambda: self.evaluate(quiet=False))
        self.alerts_panel.settings_requested.connect(self.edit_settings)
        self.timer = QTimer(self)
        self.timer.setInterval(EVALUATE_EVERY_MS)
        self.timer.timeout.connect(lambda: self.evaluate(quiet=True))
        self.timer.timeout.connect(self.refresh)  # a snooze that ran out shows again
        self.first_check = QTimer(self)
        self.first_check.setSingleShot(True)
        self.first_check.setInterval(FIRST_CHECK_MS)
        self.first_check.timeout.connect(lambda: self.evaluate(quiet=True))

    def nav_title(self) -> str:
        return self.tr("监测")

    def install_actions(self, shell: Shell) -> None:
        detail = getattr(shell.page("mentions"), "detail", None)
        if detail is not None:
            detail.groups_of = self.group_names_of

    # -- the page ------------------------------------------------------------------------------

    def wants(self, changes: Changes) -> bool:
        return changes.watch or changes.alerts or changes.mention_rows or changes.cases

    def workspace_changed(self) -> None:
        self.refresh()
        workspace = self.ctx.workspace
        if workspace is not None and not workspace.read_only:
            # not at once: a workspace opened and closed again at once would find a worker
            # busy (and ask whether to cancel it); the import already evaluated its batch
            self.timer.start()
            self.first_check.start()
        else:
            self.timer.stop()
            self.first_check.stop()

    def refresh(self) -> None:
        self.alerts_panel.refresh()
        self.groups_panel.refresh()
        self._update_log_choices()
        workspace = self.ctx.workspace
        open_count = len(alerts.list_alerts(workspace, include_snoozed=False)) if workspace else 0
        self.tabs.setTabText(
            TAB_ALERTS,
            self.tr("预警（{n}）").format(n=open_count) if open_count else self.tr("预警"),
        )

    def _update_log_choices(self) -> None:
        bar = getattr(self.shell.page("mentions"), "filters", None)
        set_groups = getattr(bar, "set_groups", None)
        if callable(set_groups):
            workspace = self.ctx.workspace
            groups = watchlists.list_groups(workspace) if workspace is not None else []
            set_groups([(g.id, g.name) for g in groups])

    def group_names_of(self, mention_id: int) -> list[str]:
        workspace = self.ctx.workspace
        if workspace is None:
            return []
        return [g.name for g in watchlists.groups_of_mention(workspace, mention_id)]

    # -- into the mention log ------------------------------------------------------------------

    def show_mentions(self, ids: list[int], label: str) -> None:
        page = self.shell.show_page("mentions")
        bar = getattr(page, "filters", None)
        if bar is not None and hasattr(bar, "show_only"):
            bar.show_only(list(ids), label)

    def show_group(self, group_id: int, _name: str) -> None:
        page = self.shell.show_page("mentions")
        bar = getattr(page, "filters", None)
        if bar is not None and hasattr(bar, "show_group"):
            bar.show_group(group_id)

    # -- alerts --------------------------------------------------------------------------------

    def evaluate(self, *, quiet: bool) -> None:
        """Evaluate in a worker; `quiet` (the timer) says nothing when nothing is new."""
        workspace = self.ctx.workspace
        if workspace is None or workspace.read_only or self.evaluate_task is not None:
            return
        path, user = str(workspace.path), workspace.user

        def done(result: alerts.Evaluation) -> None:
            if result.raised:
                self.shell.show_message(
                    self.tr("新预警 {n} 条：{first}").format(
                        n=len(result.raised),
                        first=alerts.reason_of(result.raised[0], self.alerts_panel.language()),
                    ),
                    10_000,
                )
            elif not quiet:
                self.shell.show_message(self.tr("检查完毕，没有新预警"))

        def finished(*_args: Any) -> None:
            self.evaluate_task = None

        self.evaluate_task = (
            Operation(
                self, self.ctx, lambda progress: alerts.evaluate_in_file(path, user, progress)
            )
            .titled(self.tr("无法检查预警"))
            .success(done)
            .failure(lambda error: (finished(), quiet or self.shell.show_message(str(error))))
            .run_in_background(self.shell.tasks)
        )
        self.evaluate_task.signals.finished.connect(finished)

    def edit_settings(self) -> bool:
        workspace = self.ctx.workspace
        if workspace is None or workspace.read_only:
            return False
        dialog = AlertSettingsDialog(alerts.thresholds(workspace), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        values = dialog.values()
        saved = (
            Operation(self, self.ctx, lambda: alerts.save_thresholds(workspace, values))
            .titled(self.tr("无法保存预警设置"))
            .run()
        )
        return saved is not None
