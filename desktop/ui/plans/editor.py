"""A plan in its four phase tabs — 评估 (risk register), 计划 (first-hour checklist, key
messages, channels, internal notice, remedies, criteria), 演练 (drills recorded against it),
执行 (cases that activated it). Edits stay in the widgets until the page saves them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.vocab import ACTIVITIES, CHANNELS
from desktop.services import plans
from desktop.ui.labels import vocab_label
from desktop.ui.plans.rows_editor import RowsEditor
from desktop.ui.rows_model import RowsTableModel
from desktop.ui.theme import icon

TAB_ASSESS, TAB_PLAN, TAB_TEST, TAB_EXECUTE = 0, 1, 2, 3


def _from_label(vocabulary: str, keys: Mapping[str, str]) -> Any:
    """Read a shown label back to its key (typed text that is no label stays as it is)."""

    def parse(text: str) -> str:
        wanted = text.strip()
        for key in keys:
            if wanted in (vocab_label(vocabulary, key), keys[key], key):
                return key
        return wanted

    return parse


def _score(values: Mapping[str, str]) -> str:
    try:
        return str(int(values.get("likelihood") or 0) * int(values.get("impact") or 0))
    except ValueError:
        return "?"


def _text_box(height: int = 90) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setMinimumHeight(height)
    return box


def _section(title: str, *widgets: QWidget) -> QGroupBox:
    group = QGroupBox(title)
    layout = QVBoxLayout(group)
    for widget in widgets:
        layout.addWidget(widget)
    return group


class PlanEditor(QWidget):
    """The shown plan; `edited` fires when the user changes anything, `regenerate_requested`
    when the checklist should be drawn again from the roster's matrix."""

    edited = Signal()
    regenerate_requested = Signal()
    link_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.summary_edit = _text_box(40)
        self.summary_edit.setMaximumHeight(64)
        form.addRow(self.tr("标题"), self.title_edit)
        form.addRow(self.tr("说明"), self.summary_edit)
        outer.addLayout(form)
        self.tabs = QTabWidget()
        outer.addWidget(self.tabs, 1)

        # 评估
        self.risks = RowsEditor(
            [
                ("what", self.tr("可能发生什么"), True),
                ("likelihood", self.tr("可能性 1-5"), False),
                ("impact", self.tr("影响 1-5"), False),
                ("score", self.tr("风险值"), False),
                ("early_signs", self.tr("早期征兆"), True),
                ("watch_group", self.tr("监测组"), False),
            ],
            add_text=self.tr("添加风险"),
            derived={"score": _score},
        )
        assess = QWidget()
        assess_layout = QVBoxLayout(assess)
        hint = QLabel(
            self.tr(
                "风险登记：这个场景下可能发生什么，可能性 × 影响（各 1–5 分），"
                "出现什么征兆时要警惕，由哪个监测组发现。"
            )
        )
        hint.setWordWrap(True)
        assess_layout.addWidget(hint)
        assess_layout.addWidget(self.risks, 1)
        self.tabs.addTab(assess, icon("mdi6.alert-outline"), self.tr("评估"))

        # 计划
        activity = (
            lambda key: vocab_label("ACTIVITIES", key, key),
            _from_label("ACTIVITIES", ACTIVITIES),
        )
        channel = (lambda key: vocab_label("CHANNELS", key, key), _from_label("CHANNELS", CHANNELS))
        self.duties = RowsEditor(
            [
                ("role", self.tr("角色"), False),
                ("text", self.tr("事项"), True),
                ("person", self.tr("负责人"), False),
                ("activity", self.tr("职责矩阵事项"), False),
            ],
            add_text=self.tr("添加清单项"),
            formatters={"activity": activity},
            read_only=["activity"],
        )
        self.regenerate_button = QPushButton(
            icon("mdi6.table-refresh"), self.tr("按职责矩阵重新生成")
        )
        self.regenerate_button.setToolTip(
            self.tr("用危机通讯录的职责矩阵重新填写第一小时清单的角色和负责人")
        )
        self.regenerate_button.clicked.connect(self.regenerate_requested.emit)
        self.duties.buttons.addWidget(self.regenerate_button)
        self.kb_titles: dict[int, str] = {}
        self.messages = RowsEditor(
            [
                ("text", self.tr("口径"), True),
                ("kb_entry_id", self.tr("问答库编号"), False),
                ("kb_title", self.tr("问答库条目"), False),
            ],
            add_text=self.tr("添加口径"),
            derived={"kb_title": self._kb_title},
        )
        self.link_button = QPushButton(icon("mdi6.link-variant"), self.tr("链接问答库条目…"))
        self.link_button.setToolTip(self.tr("给所选口径挑一个问答库条目（完整话术在那里）"))
        self.link_button.clicked.connect(self.link_requested.emit)
        self.messages.buttons.addWidget(self.link_button)
        self.channels = RowsEditor(
            [
                ("order", self.tr("顺序"), False),
                ("channel", self.tr("渠道"), False),
                ("note", self.tr("说明"), True),
            ],
            add_text=self.tr("添加渠道"),
            formatters={"channel": channel},
        )
        self.notice_edit = _text_box(150)
        self.remedies = RowsEditor(
            [
                ("option", self.tr("补偿或补救方案"), True),
                ("granted_by", self.tr("可批准人"), False),
            ],
            add_text=self.tr("添加方案"),
        )
        self.escalate_edit = _text_box(60)
        self.stand_down_edit = _text_box(60)
        self.duties.setMinimumHeight(300)
        for table in (self.messages, self.channels, self.remedies):
            table.setMinimumHeight(200)
        plan_body = QWidget()
        plan_layout = QVBoxLayout(plan_body)
        plan_layout.addWidget(
            _section(
                self.tr("第一小时清单（谁核实事实、谁写暂缓声明、谁审批、谁通知员工）"), self.duties
            )
        )
        plan_layout.addWidget(_section(self.tr("口径（链接问答库条目）"), self.messages))
        plan_layout.addWidget(_section(self.tr("发布渠道与顺序"), self.channels))
        plan_layout.addWidget(_section(self.tr("内部通知模板（先于对外发布）"), self.notice_edit))
        plan_layout.addWidget(_section(self.tr("补偿与补救（谁可以批准）"), self.remedies))
        plan_layout.addWidget(_section(self.tr("升级条件"), self.escalate_edit))
        plan_layout.addWidget(_section(self.tr("解除条件"), self.stand_down_edit))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(plan_body)
        self.tabs.addTab(scroll, icon("mdi6.clipboard-list-outline"), self.tr("计划"))

        # 演练
        test = QWidget()
        test_layout = QVBoxLayout(test)
        self.tested_label = QLabel()
        self.tested_label.setWordWrap(True)
        self.tested_label.setObjectName("emptyState")
        test_layout.addWidget(self.tested_label)
        self.history_model = RowsTableModel(
            [
                (self.tr("演练时间"), lambda t: (t.tested_at or "")[:16].replace("T", " ")),
                (self.tr("版本"), lambda t: t.plan_version),
                (self.tr("演练编号"), lambda t: t.drill_id or ""),
                (self.tr("发现"), lambda t: t.found),
            ],
            self,
        )
        self.history_view = QTableView()
        self.history_view.setModel(self.history_model)
        self.history_view.horizontalHeader().setStretchLastSection(True)
        test_layout.addWidget(self.history_view, 1)
        self.tabs.addTab(test, icon("mdi6.run-fast"), self.tr("演练"))

        # 执行
        execute = QWidget()
        execute_layout = QVBoxLayout(execute)
        explain = QLabel(
            self.tr(
                "危机发生时，在案例页点“启用预案”：第一小时清单出现在响应时钟旁，"
                "每一项由谁、何时完成都记入案例时间线，跳过的项目列入复盘。"
            )
        )
        explain.setWordWrap(True)
        execute_layout.addWidget(explain)
        self.activations_model = RowsTableModel(
            [
                (self.tr("案例"), lambda a: f"#{a.case_id} {a.title}"),
                (self.tr("阶段"), lambda a: vocab_label("PHASES", a.phase)),
                (self.tr("启用时间"), lambda a: a.activated_at[:16].replace("T", " ")),
                (self.tr("启用人"), lambda a: a.activated_by),
                (self.tr("版本"), lambda a: a.plan_version),
                (self.tr("完成"), lambda a: f"{a.done}/{a.items}"),
                (self.tr("跳过"), lambda a: a.skipped),
            ],
            self,
        )
        self.activations_view = QTableView()
        self.activations_view.setModel(self.activations_model)
        self.activations_view.horizontalHeader().setStretchLastSection(True)
        execute_layout.addWidget(self.activations_view, 1)
        self.tabs.addTab(execute, icon("mdi6.play-circle-outline"), self.tr("执行"))

        self.title_edit.textEdited.connect(self._changed)
        for box in (self.summary_edit, self.notice_edit, self.escalate_edit, self.stand_down_edit):
            box.textChanged.connect(self._changed)
        for table in self._tables():
            table.edited.connect(self._changed)

    def _kb_title(self, values: Mapping[str, str]) -> str:
        text = (values.get("kb_entry_id") or "").strip()
        if not text:
            return ""
        if not text.isdigit():
            return self.tr("（应为数字）")
        return self.kb_titles.get(int(text), self.tr("（问答库里没有这个条目）"))

    def _tables(self) -> list[RowsEditor]:
        return [self.risks, self.duties, self.messages, self.channels, self.remedies]

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    # -- in and out ----------------------------------------------------------------------------

    def show_plan(
        self,
        plan: plans.Plan,
        history: Sequence[Any] = (),
        activations: Sequence[Any] = (),
        kb_titles: Mapping[int, str] | None = None,
    ) -> None:
        self.kb_titles = dict(kb_titles or {})
        self._loading = True
        try:
            data = plan.content.to_dict()
            self.title_edit.setText(data["title"])
            self.summary_edit.setPlainText(data["summary"])
            self.risks.set_rows(data["risks"])
            self.duties.set_rows(data["duties"])
            self.messages.set_rows(data["messages"])
            self.channels.set_rows(data["channels"])
            self.notice_edit.setPlainText(data["internal_notice"])
            self.remedies.set_rows(data["remedies"])
            self.escalate_edit.setPlainText(data["escalate_when"])
            self.stand_down_edit.setPlainText(data["stand_down_when"])
        finally:
            self._loading = False
        if plan.last_tested_at:
            self.tested_label.setText(
                self.tr("上次演练：{at}。发现：{found}").format(
                    at=plan.last_tested_at[:10], found=plan.last_test_found or self.tr("（未记录）")
                )
            )
        else:
            self.tested_label.setText(
                self.tr(
                    "这个预案还没有演练过。建议每 6 个月至少用它做一次桌面推演，演练结果会记录在这里。"
                )
            )
        self.history_model.set_rows(history)
        self.activations_model.set_rows(activations)
        for view in (self.history_view, self.activations_view):
            view.resizeColumnsToContents()

    def link_selected_message(self, entry_id: int, title: str) -> bool:
        """Put a 问答库 entry on the selected key message (the page picked it)."""
        row = self.messages.table.currentRow()
        if row < 0:
            return False
        self.kb_titles[entry_id] = title
        column = [key for key, _h, _s in self.messages.columns].index("kb_entry_id")
        self.messages.table.item(row, column).setText(str(entry_id))  # itemChanged: edited
        return True

    def set_duties(self, duties: Sequence[plans.Duty]) -> None:
        self.duties.set_rows([d.__dict__ for d in duties])
        self.edited.emit()

    def content_data(self) -> dict[str, Any]:
        """What the widgets hold, in core/plan_content's JSON shape (checked on save)."""
        return {
            "title": self.title_edit.text(),
            "summary": self.summary_edit.toPlainText(),
            "risks": self.risks.rows(),
            "duties": self.duties.rows(),
            "messages": self.messages.rows(),
            "channels": self.channels.rows(),
            "internal_notice": self.notice_edit.toPlainText(),
            "remedies": self.remedies.rows(),
            "escalate_when": self.escalate_edit.toPlainText(),
            "stand_down_when": self.stand_down_edit.toPlainText(),
        }

    def set_editable(self, editable: bool) -> None:
        self.title_edit.setReadOnly(not editable)
        for box in (self.summary_edit, self.notice_edit, self.escalate_edit, self.stand_down_edit):
            box.setReadOnly(not editable)
        for table in self._tables():
            table.set_editable(editable)
        self.regenerate_button.setEnabled(editable)
        self.link_button.setEnabled(editable)
