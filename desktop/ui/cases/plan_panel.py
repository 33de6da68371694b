"""The activated plan's first-hour checklist beside the case's response clock: "启用预案"
puts it there; ticking an item records who and when on the case timeline; an item can be
skipped with a reason (the review lists it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import cases, plans
from desktop.ui.cases.panel import CaseHost, CasePanel
from desktop.ui.labels import vocab_label
from desktop.ui.theme import icon

PANEL_WIDTH = 340
ITEM_ROLE = Qt.ItemDataRole.UserRole


class PlanPanel(CasePanel):
    """Shown at the right of the case's tabs, under the response clock."""

    def __init__(self, host: CaseHost) -> None:
        super().__init__(host)
        self.setFixedWidth(PANEL_WIDTH)
        self.items: list[plans.ChecklistItem] = []
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        title = QLabel(self.tr("预案清单（第一小时）"))
        title.setStyleSheet("font-weight: 600;")
        layout.addWidget(title)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        layout.addWidget(self.state_label)
        choose = QHBoxLayout()
        self.plan_combo = QComboBox()
        self.activate_button = QPushButton(icon("mdi6.play-circle-outline"), self.tr("启用预案"))
        self.activate_button.setProperty("primary", True)
        self.activate_button.clicked.connect(lambda: self.activate())
        choose.addWidget(self.plan_combo, 1)
        choose.addWidget(self.activate_button)
        layout.addLayout(choose)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemChanged.connect(self._item_changed)
        layout.addWidget(self.list, 1)
        bar = QHBoxLayout()
        self.skip_button = QPushButton(icon("mdi6.debug-step-over"), self.tr("跳过所选…"))
        self.skip_button.setToolTip(self.tr("这一项不做：写明原因，复盘时会列出"))
        self.skip_button.clicked.connect(lambda: self.skip_selected())
        bar.addStretch(1)
        bar.addWidget(self.skip_button)
        layout.addLayout(bar)

    def write_widgets(self) -> list[QWidget]:
        return [self.activate_button, self.plan_combo, self.list, self.skip_button]

    # -- showing --------------------------------------------------------------------------------

    def show_detail(self, detail: cases.CaseDetail) -> None:
        workspace = self.host.workspace
        activation = plans.activation(workspace, self.case_id)
        self.items = plans.checklist(workspace, self.case_id)
        choosing = activation is None or not any(not i.open for i in self.items)
        self.plan_combo.clear()
        listed = plans.list_plans(workspace)
        for summary in listed:
            self.plan_combo.addItem(vocab_label("SCENARIOS", summary.scenario), summary.id)
        wanted = next((p.id for p in listed if p.scenario == detail.case["scenario"]), None)
        if activation is not None:
            wanted = activation.plan_id
        if wanted is not None:
            self.plan_combo.setCurrentIndex(max(0, self.plan_combo.findData(wanted)))
        self.plan_combo.setVisible(activation is None)
        self.activate_button.setVisible(activation is None and choosing)
        if activation is None:
            self.state_label.setText(
                self.tr(
                    "这个案例还没有启用预案。选一个场景的预案点“启用预案”，第一小时清单会出现在这里。"
                )
                if listed
                else self.tr("工作区里还没有预案：先到“应急预案”页按模板建立。")
            )
        else:
            done = sum(1 for i in self.items if i.done)
            skipped = sum(1 for i in self.items if i.skipped)
            self.state_label.setText(
                self.tr("已启用“{title}”第 {v} 版（{by}，{at}）· 完成 {d}/{n} · 跳过 {s}").format(
                    title=activation.title,
                    v=activation.plan_version,
                    by=activation.activated_by,
                    at=activation.activated_at[11:16],
                    d=done,
                    n=len(self.items),
                    s=skipped,
                )
            )
        self._fill_list()

    def _fill_list(self) -> None:
        self._loading = True
        try:
            self.list.clear()
            for item in self.items:
                row = QListWidgetItem(self._item_text(item))
                row.setData(ITEM_ROLE, item.id)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if not item.skipped:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                row.setFlags(flags)
                if item.skipped:
                    row.setForeground(QColor("#6b7280"))
                else:
                    row.setCheckState(
                        Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked
                    )
                self.list.addItem(row)
        finally:
            self._loading = False

    def _item_text(self, item: plans.ChecklistItem) -> str:
        who = item.person or self.tr("未指定负责人")
        head = f"[{item.role}] {item.text}" if item.role else item.text
        if item.skipped:
            state = self.tr("已跳过（{by}）{why}").format(
                by=item.done_by, why=f"：{item.skip_reason}" if item.skip_reason else ""
            )
        elif item.done_at:
            state = self.tr("{at} {by} 完成").format(at=item.done_at[11:16], by=item.done_by)
        else:
            state = self.tr("负责：{who}").format(who=who)
        return f"{head}\n{state}"

    # -- writes ---------------------------------------------------------------------------------

    def activate(self, plan_id: int | None = None) -> bool:
        chosen = plan_id if plan_id is not None else self.plan_combo.currentData()
        if chosen is None:
            return False
        workspace, case_id = self.host.workspace, self.case_id
        done = self.host.write(
            self.tr("不能启用预案"),
            lambda: plans.activate(workspace, case_id, int(chosen), workspace.user),
        )
        return done is not None

    def tick(self, item_id: int, done: bool = True) -> bool:
        workspace, case_id = self.host.workspace, self.case_id
        result = self.host.write(
            self.tr("不能勾选清单项"),
            lambda: plans.tick(workspace, case_id, item_id, workspace.user, done=done),
        )
        return result is not None

    def _item_changed(self, row: QListWidgetItem) -> None:
        if self._loading or self.host.workspace.read_only:
            return
        item_id = int(row.data(ITEM_ROLE))
        if not self.tick(item_id, row.checkState() == Qt.CheckState.Checked):
            self.host.reload()

    def skip_selected(self, reason: str | None = None) -> bool:
        row = self.list.currentItem()
        if row is None:
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(
                self, self.tr("跳过清单项"), self.tr("为什么不做这一项？（复盘时会列出）")
            )
            if not ok:
                return False
        workspace, case_id, item_id = self.host.workspace, self.case_id, int(row.data(ITEM_ROLE))
        done = self.host.write(
            self.tr("不能跳过清单项"),
            lambda: plans.skip(workspace, case_id, item_id, workspace.user, reason=reason or ""),
        )
        return done is not None
