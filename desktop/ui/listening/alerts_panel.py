"""The 预警 tab: the alerts, newest burst first, and what to do with the chosen one.

查看舆情 opens the mention log showing exactly the alert's mentions; 新建案例 opens a case with
them; 确认 and 暂缓 record who and when. 立即检查 evaluates now (the page's timer also does,
every few minutes, and every import does).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.values import parse_timezone
from desktop.services import alerts
from desktop.services.alerts import Alert
from desktop.services.alerts.wording import local_time
from desktop.services.context import AppContext
from desktop.ui.listening.labels import alert_kind_label, ui_language
from desktop.ui.listening.models import AlertsModel
from desktop.ui.operations import Operation
from desktop.ui.shell import Shell

SNOOZE_HOURS = (1, 4, 24)


class AlertsPanel(QWidget):
    show_mentions = Signal(object, str)  # (mention ids, label)
    evaluate_requested = Signal()
    settings_requested = Signal()

    def __init__(self, ctx: AppContext, shell: Shell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.shell = ctx, shell
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.evaluate_button = QPushButton(self.tr("立即检查"))
        self.evaluate_button.clicked.connect(self.evaluate_requested.emit)
        self.settings_button = QPushButton(self.tr("预警设置…"))
        self.settings_button.clicked.connect(self.settings_requested.emit)
        self.acknowledged_check = QCheckBox(self.tr("显示已确认和暂缓的"))
        self.acknowledged_check.toggled.connect(lambda _on: self.refresh())
        self.status_label = QLabel()
        self.status_label.setObjectName("pageSubtitle")
        for widget in (self.evaluate_button, self.settings_button, self.acknowledged_check):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.status_label)
        layout.addLayout(bar)
        self.model = AlertsModel(self, language=self.language, tz=self.timezone)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in (0, 1, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._picked())
        self.table.doubleClicked.connect(lambda _index: self.open_mentions())
        layout.addWidget(self.table, 3)
        self.empty_label = QLabel(
            self.tr(
                "暂无预警。导入舆情后会自动检查负面激增、监测组声量、大V/媒体负面、敏感词、"
                "超时未回复和事件时限；也可以点“立即检查”。阈值在“预警设置…”里调整。"
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("pageSubtitle")
        # takes the table's place (and its stretch): the bar stays at the top when empty
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_label.setContentsMargins(4, 12, 4, 0)
        layout.addWidget(self.empty_label, 3)
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        self.reason_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason_label.setStyleSheet("font-size: 11pt;")
        layout.addWidget(self.reason_label)
        self.who_label = QLabel()
        self.who_label.setObjectName("pageSubtitle")
        layout.addWidget(self.who_label)
        actions = QHBoxLayout()
        self.mentions_button = QPushButton(self.tr("查看舆情"))
        self.mentions_button.clicked.connect(self.open_mentions)
        self.case_button = QPushButton(self.tr("新建案例"))
        self.case_button.setToolTip(self.tr("用这条预警的舆情新建一个案例（在“案例”页跟进）"))
        self.case_button.clicked.connect(self.open_case)
        self.ack_button = QPushButton(self.tr("确认"))
        self.ack_button.setToolTip(self.tr("记下谁在什么时候看过并处理了这条预警"))
        self.ack_button.clicked.connect(self.acknowledge)
        self.snooze_button = QPushButton(self.tr("暂缓"))
        menu = QMenu(self.snooze_button)
        for hours in SNOOZE_HOURS:
            action = menu.addAction(self.tr("暂缓 {n} 小时").format(n=hours))
            action.triggered.connect(lambda _checked=False, h=hours: self.snooze(h))
        self.snooze_button.setMenu(menu)
        for button in (self.mentions_button, self.case_button, self.ack_button, self.snooze_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self._picked()

    # -- context -------------------------------------------------------------------------------

    def language(self) -> str:
        return ui_language(str(self.ctx.settings.get("language") or "zh_CN"))

    def timezone(self) -> object:
        workspace = self.ctx.workspace
        return parse_timezone(str(workspace.setting("timezone") or "") if workspace else "")

    def current(self) -> Alert | None:
        return self.model.alert_at(self.table.currentIndex().row())

    # -- data ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        workspace = self.ctx.workspace
        keep = self.current().id if self.current() else None
        everything = self.acknowledged_check.isChecked()
        rows = (
            alerts.list_alerts(
                workspace, include_acknowledged=everything, include_snoozed=everything
            )
            if workspace is not None
            else []
        )
        self.model.set_rows(rows)
        self.empty_label.setVisible(not rows)
        self.table.setVisible(bool(rows))
        writable = workspace is not None and not workspace.read_only
        self.evaluate_button.setEnabled(writable)
        self.settings_button.setEnabled(writable)
        open_count = sum(1 for a in rows if not a.acknowledged_at)
        self.status_label.setText(self.tr("{n} 条待处理").format(n=open_count))
        for row, alert in enumerate(rows):
            if alert.id == keep:
                self.table.selectRow(row)
                break
        else:
            if rows:
                self.table.selectRow(0)
        self._picked()

    def _picked(self) -> None:
        alert = self.current()
        workspace = self.ctx.workspace
        writable = workspace is not None and not workspace.read_only
        self.mentions_button.setEnabled(alert is not None and bool(alert.mention_ids))
        self.case_button.setEnabled(
            writable and alert is not None and bool(alert.mention_ids) and alert.case_id is None
        )
        self.ack_button.setEnabled(writable and alert is not None and not alert.acknowledged_at)
        self.snooze_button.setEnabled(writable and alert is not None and not alert.acknowledged_at)
        if alert is None:
            self.reason_label.clear()
            self.who_label.clear()
            return
        self.reason_label.setText(
            f"<b>{alert_kind_label(alert.kind)}</b>  {alerts.reason_of(alert, self.language())}"
        )
        notes = []
        if alert.acknowledged_at:
            notes.append(
                self.tr("{who} 于 {at} 确认").format(
                    who=alert.acknowledged_by, at=alert.acknowledged_at[:16].replace("T", " ")
                )
            )
        if alert.snoozed_until and not alert.acknowledged_at:
            notes.append(
                self.tr("{who} 暂缓至 {at}").format(
                    who=alert.snoozed_by or "", at=local_time(alert.snoozed_until, self.timezone())
                )
            )
        if alert.case_id:
            notes.append(self.tr("已据此新建案例 #{id}").format(id=alert.case_id))
        self.who_label.setText(" · ".join(notes))

    # -- actions -------------------------------------------------------------------------------

    def open_mentions(self) -> None:
        alert = self.current()
        if alert is not None and alert.mention_ids:
            label = self.tr("预警 #{id} 的 {n} 条舆情").format(
                id=alert.id, n=len(alert.mention_ids)
            )
            self.show_mentions.emit(list(alert.mention_ids), label)

    def acknowledge(self) -> None:
        workspace, alert = self.ctx.workspace, self.current()
        if workspace is None or alert is None:
            return
        Operation(self, self.ctx, lambda: alerts.acknowledge(workspace, alert.id)).titled(
            self.tr("无法确认预警")
        ).run()

    def snooze(self, hours: int) -> None:
        workspace, alert = self.ctx.workspace, self.current()
        if workspace is None or alert is None:
            return
        Operation(self, self.ctx, lambda: alerts.snooze(workspace, alert.id, hours=hours)).titled(
            self.tr("无法暂缓预警")
        ).run()

    def open_case(self) -> None:
        workspace, alert = self.ctx.workspace, self.current()
        if workspace is None or alert is None:
            return
        result = (
            Operation(self, self.ctx, lambda: alerts.open_case_from_alert(workspace, alert.id))
            .titled(self.tr("无法新建案例"))
            .run()
        )
        if result is not None:
            self.shell.show_message(self.tr("已新建案例 #{id}").format(id=result.id))
            page = self.shell.show_page("cases")
            select = getattr(page, "open_case", None)
            if callable(select):
                select(result.id)
