"""The mention log's learning loop: what the model's figures are on this workspace (said
honestly: agreement on labels it was not trained on, and how many labels), a retrain after
every ~20 new labels a person set, and 用人工标注重新训练 on demand. Training and the
re-scoring that follows run on a worker: the window never waits for them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from desktop.services import triage
from desktop.ui.operations import Operation
from desktop.ui.page import Page
from desktop.ui.theme import icon
from desktop.ui.workers import Task

# A workspace opened with mentions the model never read (made before it, or a pass that was
# interrupted): this many are read at once while the page loads (≈ 0.3 s); more on a worker.
READ_AT_OPEN = 5_000


def status_text(status: triage.ModelStatus) -> str:
    """模型在本工作区的一致率 82%（基于 340 条人工标注，交叉验证）, or what is still needed."""
    if status.agreement is None:
        return QCoreApplication.translate(
            "Learning", "标注满 {n} 条后开始评估模型（已标注 {k} 条）"
        ).format(n=triage.MIN_LABELS, k=status.labels)
    return QCoreApplication.translate(
        "Learning", "模型在本工作区的一致率 {p}（基于 {n} 条人工标注，交叉验证）"
    ).format(p=f"{status.agreement:.0%}", n=f"{status.agreement_labels:,}")


class Learning(QObject):
    """Owns the figures label and the retrain action of the mention log."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.page = page
        self.running: Task | None = None
        self.label = QLabel()
        self.label.setObjectName("pageSubtitle")
        self.label.setToolTip(
            self.tr(
                "情感建议来自内置模型，并从本工作区的人工标注中学习（每新增约 20 条标注自动更新）；"
                "一致率是模型对未参与训练的标注的判断与人工一致的比例"
            )
        )
        self.retrain_action = QAction(
            icon("mdi6.school-outline"), self.tr("用人工标注重新训练模型"), page
        )
        self.retrain_action.triggered.connect(lambda _checked=False: self.retrain())

    def refresh(self) -> None:
        workspace = self.page.ctx.workspace
        if workspace is None:
            self.label.clear()
            return
        self.label.setText(status_text(triage.model_status(workspace)))
        self.retrain_action.setEnabled(not workspace.read_only)

    def read_unread(self) -> None:
        """The model reads the mentions it has not read yet (its suggestions and P(negative),
        which the counts and the queue need); a few at once, many on a worker."""
        workspace = self.page.ctx.workspace
        if workspace is None or workspace.read_only:
            return
        unread = triage.unread_count(workspace)
        if not unread:
            return
        if unread <= READ_AT_OPEN:
            Operation(
                self.page,
                self.page.ctx,
                lambda: triage.score_unlabelled(workspace, unread_only=True),
            ).titled(self.tr("无法判断情感")).on_behalf_of(self).run()
            return
        if self.running is not None and not self.running.done:
            return
        path, user = str(workspace.path), workspace.user
        self.running = (
            Operation(
                self.page,
                self.page.ctx,
                lambda progress: triage.score_in_file(path, user, progress, unread_only=True),
            )
            .titled(self.tr("无法判断情感"))
            .success(lambda _result: setattr(self, "running", None))
            .on_behalf_of(self)
            .run_in_background(self.page.shell.tasks)
        )

    def labels_written(self) -> None:
        """After a person's labels: retrain in the background once enough are new."""
        workspace = self.page.ctx.workspace
        if workspace is None or workspace.read_only:
            return
        status = triage.model_status(workspace)
        self.label.setText(status_text(status))
        if status.due:
            self._start(force=False, with_progress=False)

    def retrain(self) -> None:
        """On demand (menu): learn from the labels there are now, with progress."""
        workspace = self.page.ctx.workspace
        if workspace is None or workspace.read_only:
            return
        if triage.model_status(workspace).labels < triage.MIN_LABELS:
            self.page.shell.show_message(
                self.tr("人工标注不足 {n} 条，暂时无法训练（按 1/2/3 标注舆情）").format(
                    n=triage.MIN_LABELS
                ),
                6000,
            )
            return
        self._start(force=True, with_progress=True)

    def _start(self, *, force: bool, with_progress: bool) -> None:
        if self.running is not None and not self.running.done:
            return
        workspace = self.page.ctx.workspace
        if workspace is None:
            return
        path, user = str(workspace.path), workspace.user
        operation = (
            Operation(
                self.page,
                self.page.ctx,
                lambda progress: triage.retrain_in_file(path, user, progress, force=force),
            )
            .titled(self.tr("无法训练模型"))
            .success(self._trained)
            # New suggestions are new values of the same rows: the page keeps its view and
            # selection for them as for its own triage edit.
            .on_behalf_of(self)
        )
        if with_progress:
            self.running = operation.run_in_background(
                self.page.shell.tasks, progress_title=self.tr("正在从人工标注学习")
            )
        else:
            self.running = operation.run_in_background(self.page.shell.tasks)

    def _trained(self, result: triage.RetrainResult) -> None:
        self.running = None
        self.label.setText(status_text(result.status))
        if result.trained:
            message = self.tr("模型已根据 {n} 条人工标注更新，建议已重新计算").format(
                n=f"{result.status.labels_used:,}"
            )
            if result.status.agreement is not None and result.base_agreement is not None:
                message += self.tr("（一致率 {p}，内置模型 {b}）").format(
                    p=f"{result.status.agreement:.0%}", b=f"{result.base_agreement:.0%}"
                )
            self.page.shell.show_message(message, 8000)
