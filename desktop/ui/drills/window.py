"""The drill console: a window of its own on the DRILL COPY, labelled 演练 everywhere.

A banner says nothing here reaches the real workspace; the control bar has the drill clock,
the response clock of the drill case (in drill time), the next inject, pause, next and
finish. The team works in three panes: the injects as they arrive (triage), the plan's
checklist (tick with who and when), the statements (draft, approve through the one approval
dialog on the copy's roster, publish) and the internal notice. Writes to the copy run as
Operations on a context of the copy's own (its own change bus), so the real window's pages
never hear of them; only the finish runs on the real context.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.drill_clock import format_offset
from desktop.services import cases, drills, mentions
from desktop.services.context import AppContext
from desktop.ui.approval_dialog import ApprovalDialog, DialogFactory, approve_through_dialog
from desktop.ui.dialogs import show_error
from desktop.ui.drills.dialogs import FinishDrillDialog, NoticeDialog, StatementDraftDialog
from desktop.ui.drills.models import (
    checklist_model,
    injects_model,
    statements_model,
    timeline_model,
)
from desktop.ui.labels import clock_label, duration, vocab_label
from desktop.ui.operations import Operation
from desktop.ui.rows_model import RowsTableModel

BANNER_STYLE = (
    "background:#b45309; color:white; font-weight:600; padding:6px 10px; border-radius:4px;"
)
TICK_MS = 1000


def _table(model: RowsTableModel, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def _selected(view: QTableView, model: RowsTableModel) -> object | None:
    rows = view.selectionModel().selectedRows()
    return model.row_at(rows[0].row()) if rows else None


class DrillWindow(QMainWindow):
    """`finished(drill_id)` once the summary is in the real workspace."""

    finished = Signal(int)

    def __init__(self, ctx: AppContext, drill: drills.Drill, *, live: bool = True) -> None:
        super().__init__()
        self.real_ctx = ctx
        self.drill = drill
        self.drill_ctx = AppContext(paths=ctx.paths, settings=ctx.settings, workspace=drill.copy)
        self.done = False
        self.setObjectName("drill_window")
        self.setWindowTitle(
            self.tr("【演练】{title} — 演练副本，不写入正式工作区").format(title=drill.title)
        )
        self.resize(1360, 820)
        central = QWidget()
        layout = QVBoxLayout(central)
        self.banner = QLabel(
            self.tr(
                "演练模式：这里的一切只写入演练副本 {copy}，不会进入正式工作区。"
                "结束演练时，正式工作区只记录一条演练总结。"
            ).format(copy=drill.copy.path.name)
        )
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        layout.addWidget(self.banner)
        layout.addLayout(self._control_bar())
        splitter = QSplitter()
        splitter.addWidget(self._injects_pane())
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self._checklist_pane())
        right.addWidget(self._work_tabs())
        splitter.addWidget(right)
        splitter.setSizes([640, 720])
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.advance)
        if live:
            self.timer.start()
        self.refresh()

    # -- layout ----------------------------------------------------------------------------

    def _control_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.clock_label = QLabel()
        self.clock_label.setObjectName("drill_clock")
        self.clock_label.setStyleSheet("font-size:20pt; font-weight:700;")
        self.response_label = QLabel()
        self.response_label.setStyleSheet("font-size:11pt;")
        self.next_label = QLabel()
        for label in (self.response_label, self.next_label):
            # wrap rather than widen: unwrapped, the window could not be narrower than 1045 px
            label.setWordWrap(True)
            label.setMinimumWidth(200)
        info = QVBoxLayout()
        info.addWidget(self.response_label)
        info.addWidget(self.next_label)
        self.pause_button = QPushButton()
        self.pause_button.clicked.connect(self.toggle_pause)
        self.next_button = QPushButton(self.tr("下一事件"))
        self.next_button.setToolTip(self.tr("时钟跳到下一条演练事件，并让它到来"))
        self.next_button.clicked.connect(self.next_inject)
        self.finish_button = QPushButton(self.tr("结束演练…"))
        self.finish_button.setStyleSheet("font-weight:600;")
        self.finish_button.clicked.connect(lambda: self.finish())
        bar.addWidget(self.clock_label)
        bar.addSpacing(18)
        bar.addLayout(info, 1)
        for button in (self.pause_button, self.next_button, self.finish_button):
            bar.addWidget(button)
        return bar

    def _pane(self, title: str, view: QTableView, buttons: list[QPushButton]) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(view, 1)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _injects_pane(self) -> QGroupBox:
        self.injects = injects_model(self)
        self.injects_view = _table(self.injects, 4)
        self.injects_empty = QLabel()
        box = self._pane(
            self.tr("演练事件（新的在上）"),
            self.injects_view,
            [
                self._button(self.tr("标为负面"), lambda: self.set_sentiment("neg")),
                self._button(self.tr("标为中性"), lambda: self.set_sentiment("neu")),
            ],
        )
        box.layout().insertWidget(0, self.injects_empty)
        return box

    def _checklist_pane(self) -> QGroupBox:
        self.checklist = checklist_model(self)
        self.checklist_view = _table(self.checklist, 2)
        self.checklist_title = QLabel()
        box = self._pane(
            self.tr("预案清单"),
            self.checklist_view,
            [
                self._button(self.tr("标记完成"), lambda: self.tick_item(True)),
                self._button(self.tr("撤销"), lambda: self.tick_item(False)),
            ],
        )
        box.layout().insertWidget(0, self.checklist_title)
        return box

    def _work_tabs(self) -> QTabWidget:
        tabs = QTabWidget()
        tabs.addTab(self._statements_pane(), self.tr("声明与内部通知"))
        self.timeline = timeline_model(self)
        self.timeline_view = _table(self.timeline, 2)
        tabs.addTab(self.timeline_view, self.tr("时间线"))
        return tabs

    def _statements_pane(self) -> QGroupBox:
        self.statements = statements_model(self)
        self.statements_view = _table(self.statements, 4)
        return self._pane(
            "",
            self.statements_view,
            [
                self._button(self.tr("写暂缓声明…"), lambda: self.write_holding()),
                self._button(self.tr("审批…"), lambda: self.approve()),
                self._button(self.tr("发布"), lambda: self.publish()),
                self._button(self.tr("发内部通知…"), lambda: self.internal_notice()),
            ],
        )

    # -- showing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.done:
            return
        view = drills.console_view(self.drill)
        self.view = view
        self.clock_label.setText(
            f"{view.offset}  ·  {view.drill_time.astimezone().strftime('%m-%d %H:%M')}"
        )
        level = vocab_label("SEVERITIES", self.drill.level)
        self.response_label.setText(
            self.tr("{level} · 暂缓声明：{clock}").format(
                level=level, clock=clock_label(view.clock.as_dict())
            )
        )
        if view.paused:
            next_text = self.tr("已暂停")
        elif view.next_in is None:
            next_text = self.tr("所有演练事件都已到来（{n} 条），可以结束演练。").format(
                n=view.total
            )
        else:
            next_text = self.tr("下一事件 {at}：实际 {wait} 后（已到 {done}/{total}）").format(
                at=view.next_at,
                wait=self._seconds(view.next_in.total_seconds()),
                done=view.delivered,
                total=view.total,
            )
        self.next_label.setText(next_text)
        self.pause_button.setText(self.tr("继续") if view.paused else self.tr("暂停"))
        self.next_button.setEnabled(view.delivered < view.total)
        self._keep_selection(self.injects_view, self.injects, view.injects)
        self.injects_empty.setVisible(not view.injects)
        self.injects_empty.setText(self.tr("第一条演练事件马上到来。"))
        self._keep_selection(self.checklist_view, self.checklist, view.checklist)
        done = sum(1 for item in view.checklist if item.done)
        self.checklist_title.setText(
            self.tr("已完成 {done}/{total}；在谁做完时标记，记录演练时间。").format(
                done=done, total=len(view.checklist)
            )
        )
        self._keep_selection(self.statements_view, self.statements, view.statements)
        self.timeline.set_rows(view.timeline)

    def _seconds(self, seconds: float) -> str:
        if seconds < 60:
            return self.tr("{s} 秒").format(s=int(seconds))
        return duration(seconds)

    def _keep_selection(self, view: QTableView, model: RowsTableModel, rows: list) -> None:
        selected = view.selectionModel().selectedRows()
        position = selected[0].row() if selected else -1
        model.set_rows(rows)
        if 0 <= position < len(rows):
            view.selectRow(position)

    # -- the clock --------------------------------------------------------------------------

    def _run(self, call: Callable[[], object]) -> object | None:
        """A write to the drill copy, published on the copy's own bus."""
        result = Operation(self, self.drill_ctx, call).titled(self.tr("演练操作没有完成")).run()
        self.refresh()
        return result

    def advance(self) -> None:
        """The timer: deliver what is due on the compressed clock."""
        if self.done:
            return
        if not drills.pending_injects(self.drill) or self.drill.clock.paused:
            self.refresh()
            return
        # no tick while an error is on screen: one dialog, not one a second
        running = self.timer.isActive()
        self.timer.stop()
        delivered = self._run(lambda: drills.deliver_due(self.drill))
        if running and delivered is not None:
            self.timer.start()

    def toggle_pause(self) -> None:
        if self.drill.clock.paused:
            self._run(lambda: drills.resume(self.drill))
        else:
            self._run(lambda: drills.pause(self.drill))

    def next_inject(self) -> None:
        self._run(lambda: drills.skip_to_next_inject(self.drill))

    # -- the team's work ----------------------------------------------------------------------

    def set_sentiment(self, sentiment: str) -> None:
        line = _selected(self.injects_view, self.injects)
        mention_id = getattr(line, "mention_id", None)
        if mention_id is None:
            show_error(self, self.tr("研判"), self.tr("请先选中一条舆情。"))
            return
        self._run(lambda: mentions.set_sentiment(self.drill.copy, [mention_id], sentiment))

    def tick_item(self, done: bool) -> None:
        item = _selected(self.checklist_view, self.checklist)
        if not isinstance(item, drills.ChecklistItem):
            show_error(self, self.tr("预案清单"), self.tr("请先选中一项。"))
            return
        who = item.person or self.real_ctx.user
        self._run(lambda: drills.tick(self.drill, item.id, who, done=done))

    def write_holding(self, channel: str | None = None, body: str | None = None) -> None:
        if body is None:
            dialog = StatementDraftDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            channel, body = dialog.values()
        text, where = body, channel or "weibo"
        self._run(
            lambda: drills.draft_statement(self.drill, kind="holding", channel=where, body=text)
        )

    def _statement(self) -> dict | None:
        found = _selected(self.statements_view, self.statements)
        if found is None and len(self.statements.rows) == 1:
            found = self.statements.rows[0]
        if not isinstance(found, dict):
            show_error(self, self.tr("声明"), self.tr("请先选中一份声明。"))
            return None
        return found

    def approve(self, dialog_factory: DialogFactory = ApprovalDialog) -> bool:
        statement = self._statement()
        if statement is None:
            return False
        case = cases.get_case(self.drill.copy, self.drill.case_id)
        statement_id = statement["id"]
        done = approve_through_dialog(
            self,
            self.drill_ctx,
            activity=cases.STATEMENT_ACTIVITY,
            scenario=case["scenario"],
            severity=cases.effective_severity(case),
            approve=lambda given: drills.approve_statement(self.drill, statement_id, given),
            dialog_factory=dialog_factory,
        )
        self.refresh()
        return done is not None

    def publish(self) -> None:
        statement = self._statement()
        if statement is not None:
            statement_id = statement["id"]
            self._run(lambda: drills.publish_statement(self.drill, statement_id))

    def internal_notice(self, text: str | None = None) -> None:
        if text is None:
            dialog = NoticeDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.text():
                return
            text = dialog.text()
        notice = text
        self._run(lambda: drills.add_note(self.drill, "internal_notice", notice))

    # -- the end ----------------------------------------------------------------------------

    def finish(
        self, dialog_factory: Callable[..., FinishDrillDialog] = FinishDrillDialog
    ) -> int | None:
        """Lessons and who took part, then ONE summary row in the real workspace."""
        measures = drills.drill_measures(self.drill)
        summary = self.tr("演练到 {offset}，到来的事件 {done}/{total}。").format(
            offset=format_offset(self.drill.offset_minutes()),
            done=self.view.delivered,
            total=self.view.total,
        )
        dialog = dialog_factory(self, findings=measures.findings, summary=summary)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        lessons, participants, keep = dialog.values()
        real = self.real_ctx.workspace
        if real is None or real.closed:
            show_error(self, self.tr("结束演练"), self.tr("正式工作区已经关闭。"))
            return None
        self.timer.stop()
        result = (
            Operation(
                self,
                self.real_ctx,
                lambda: drills.finish_drill(
                    self.drill, real, lessons=lessons, participants=participants, keep_copy=keep
                ),
            )
            .titled(self.tr("演练没有结束"))
            .run()
        )
        if result is None:
            self.timer.start()
            return None
        self.done = True
        self.finished.emit(result.drill_id)
        self.close()
        return result.drill_id

    def abandon(self) -> None:
        """Stop without a record: the copy is deleted."""
        self.timer.stop()
        if not self.done:
            self.done = True
            drills.abandon_drill(self.drill)

    def keep_for_later(self) -> None:
        """Pause and close the copy; 开始演练 offers to continue it."""
        self.timer.stop()
        if not self.done:
            self.done = True
            drills.pause(self.drill)
            self.drill.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.done:
            answer = QMessageBox.question(
                self,
                self.tr("关闭演练"),
                self.tr(
                    "演练还没有结束。保存：暂停并保留演练副本，以后从“开始演练”继续；"
                    "放弃：删除演练副本，不留记录。"
                ),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Save:
                self.keep_for_later()
            elif answer == QMessageBox.StandardButton.Discard:
                self.abandon()
            else:
                event.ignore()
                return
        super().closeEvent(event)
