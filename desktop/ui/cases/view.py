"""One case: fields, linked mentions, level, chart and timeline, statements, review."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.case_vocab import CASE_NATURES, CAUSES, PHASES
from desktop.core.errors import UserError
from desktop.core.mention_filter import MentionFilter
from desktop.core.vocab import SCENARIOS, SEVERITY_NUMERALS
from desktop.printing.chart import CaseChartView
from desktop.services import case_report, cases
from desktop.services.context import AppContext
from desktop.ui.approval_dialog import ApprovalDialog, DialogFactory, approve_through_dialog
from desktop.ui.cases.dialogs import (
    ActionDialog,
    EventDialog,
    SeverityDialog,
    StatementDialog,
    combo,
)
from desktop.ui.cases.models import (
    ActionsTableModel,
    LinkedMentionsTableModel,
    StatementsTableModel,
    TimelineTableModel,
    short_time,
)
from desktop.ui.dialogs import show_error
from desktop.ui.labels import clock_label, joined, vocab_label
from desktop.ui.theme import SEVERITY_COLOURS, icon

MENTION_LIMIT = 2000


def severity_chip(level: str) -> str:
    """The same chip everywhere: the level's colour, its numeral in white."""
    colour = SEVERITY_COLOURS.get(level)
    if colour is None:
        return "background:#9e9e9e; color:white; border-radius:4px; padding:2px 8px;"
    text = "#111827" if level == "III" else "white"
    return f"background:{colour.name()}; color:{text}; border-radius:4px; padding:2px 8px; font-weight:600;"


def table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    return view


class CaseView(QWidget):
    """Shows one case; every change goes through services/cases and then `changed`."""

    back_requested = Signal()
    changed = Signal(str)  # the bus area(s): "cases" or "mentions"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id: int | None = None
        self.detail: cases.CaseDetail | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        top = QHBoxLayout()
        self.back_button = QPushButton(icon("mdi6.arrow-left"), self.tr("案例列表"))
        self.back_button.clicked.connect(self.back_requested.emit)
        self.chip = QLabel()
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        self.phase = combo(PHASES)
        self.phase.setToolTip(self.tr("阶段：发现 → 研判 → 应对 → 恢复 → 复盘 → 已结案"))
        self.phase.activated.connect(self._phase_chosen)
        self.clock_label = QLabel()
        self.xlsx_button = QPushButton(icon("mdi6.microsoft-excel"), self.tr("导出 Excel"))
        self.xlsx_button.clicked.connect(lambda: self.export_report("xlsx"))
        self.pdf_button = QPushButton(icon("mdi6.file-pdf-box"), self.tr("导出专报 PDF"))
        self.pdf_button.clicked.connect(lambda: self.export_report("pdf"))
        top.addWidget(self.back_button)
        top.addSpacing(8)
        top.addWidget(self.chip)
        top.addWidget(self.title_label, 1)
        top.addWidget(QLabel(self.tr("阶段")))
        top.addWidget(self.phase)
        self.delete_button = QPushButton(icon("mdi6.delete-outline"), self.tr("删除"))
        self.delete_button.setToolTip(self.tr("删除这个案例（关联的舆情保留，只取消关联）"))
        self.delete_button.clicked.connect(self.delete_case)
        top.addWidget(self.xlsx_button)
        top.addWidget(self.pdf_button)
        top.addWidget(self.delete_button)
        outer.addLayout(top)
        outer.addWidget(self.clock_label)

        self.tabs = QTabWidget()
        outer.addWidget(self.tabs, 1)
        self._build_overview()
        self._build_mentions()
        self._build_severity()
        self._build_timeline()
        self._build_statements()
        self._build_review()

    # -- building ------------------------------------------------------------------------------

    def _build_overview(self) -> None:
        page = QWidget()
        row = QHBoxLayout(page)
        form = QFormLayout()
        self.f_title = QLineEdit()
        self.f_scenario = combo(SCENARIOS)
        self.f_cause = combo(CAUSES, blank="—")
        self.f_nature = combo(CASE_NATURES, blank="—")
        self.f_platforms = QLineEdit()
        self.f_platforms.setPlaceholderText(self.tr("如：微博、小红书、大众点评"))
        self.f_regions = QLineEdit()
        self.f_media = QLineEdit()
        self.f_media.setPlaceholderText(self.tr("介入的媒体、大V"))
        self.f_owner = QLineEdit()
        self.f_detected = QLineEdit()
        self.f_detected.setToolTip(
            self.tr("ISO 时间，如 2026-11-18T09:40:00+08:00；响应时钟从这里开始")
        )
        self.f_summary = QPlainTextEdit()
        self.f_summary.setMinimumHeight(110)
        form.addRow(self.tr("标题"), self.f_title)
        form.addRow(self.tr("场景"), self.f_scenario)
        form.addRow(self.tr("起因"), self.f_cause)
        form.addRow(self.tr("性质"), self.f_nature)
        form.addRow(self.tr("平台"), self.f_platforms)
        form.addRow(self.tr("地区"), self.f_regions)
        form.addRow(self.tr("媒体"), self.f_media)
        form.addRow(self.tr("负责人"), self.f_owner)
        form.addRow(self.tr("发现时间"), self.f_detected)
        form.addRow(self.tr("摘要"), self.f_summary)
        self.save_fields_button = QPushButton(self.tr("保存"))
        self.save_fields_button.setProperty("primary", True)
        self.save_fields_button.clicked.connect(self.save_fields)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_fields_button)
        form.addRow("", save_row)
        row.addLayout(form, 3)
        side = QVBoxLayout()
        self.inform_label = QLabel()
        self.inform_label.setWordWrap(True)
        self.inform_label.setTextFormat(Qt.TextFormat.RichText)
        self.inform_label.setObjectName("card")
        self.inform_label.setMargin(12)
        self.inform_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        side.addWidget(self.inform_label)
        side.addStretch(1)
        row.addLayout(side, 2)
        self.tabs.addTab(page, self.tr("概况"))

    def _build_mentions(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        bar = QHBoxLayout()
        self.mentions_summary = QLabel()
        self.link_search = QLineEdit()
        self.link_search.setPlaceholderText(self.tr("搜索词，如：钢丝 徐汇"))
        self.link_search.setMaximumWidth(260)
        self.link_button = QPushButton(self.tr("关联符合搜索的舆情"))
        self.link_button.clicked.connect(self.link_by_search)
        self.unlink_button = QPushButton(self.tr("取消关联选中"))
        self.unlink_button.clicked.connect(self.unlink_selected)
        bar.addWidget(self.mentions_summary, 1)
        bar.addWidget(self.link_search)
        bar.addWidget(self.link_button)
        bar.addWidget(self.unlink_button)
        layout.addLayout(bar)
        self.mentions_model = LinkedMentionsTableModel(self)
        self.mentions_table = table(self.mentions_model)
        self.mentions_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        layout.addWidget(self.mentions_table, 1)
        self.mentions_empty = QLabel(
            self.tr(
                "还没有关联舆情。在“舆情台账”选中条目，右键“关联到案例…”，或在上方输入搜索词关联。"
            )
        )
        self.mentions_empty.setObjectName("emptyState")
        self.mentions_empty.setWordWrap(True)
        layout.addWidget(self.mentions_empty)
        self.tabs.addTab(page, self.tr("关联舆情"))

    def _build_severity(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.suggested_chip = QLabel()
        self.set_chip = QLabel()
        self.set_reason = QLabel()
        self.set_reason.setWordWrap(True)
        for label, chip in (
            (self.tr("系统建议"), self.suggested_chip),
            (self.tr("已定级别"), self.set_chip),
        ):
            row = QHBoxLayout()
            row.addWidget(chip)
            row.addStretch(1)
            form.addRow(label, row)
        form.addRow(self.tr("定级理由"), self.set_reason)
        layout.addLayout(form)
        self.factors = QLabel()
        self.factors.setWordWrap(True)
        self.factors.setTextFormat(Qt.TextFormat.RichText)
        self.factors.setObjectName("card")
        self.factors.setMargin(12)
        layout.addWidget(self.factors)
        bar = QHBoxLayout()
        self.recompute_button = QPushButton(self.tr("重新计算建议"))
        self.recompute_button.clicked.connect(self.recompute)
        self.set_level_button = QPushButton(self.tr("定级…"))
        self.set_level_button.setProperty("primary", True)
        self.set_level_button.clicked.connect(self.set_level)
        bar.addWidget(self.recompute_button)
        bar.addWidget(self.set_level_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        layout.addStretch(1)
        self.tabs.addTab(page, self.tr("级别研判"))

    def _build_timeline(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.chart = CaseChartView()
        splitter.addWidget(self.chart)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.add_event_button = QPushButton(icon("mdi6.plus"), self.tr("添加事件…"))
        self.add_event_button.clicked.connect(self.add_event)
        self.delete_event_button = QPushButton(self.tr("删除手动事件"))
        self.delete_event_button.clicked.connect(self.delete_event)
        bar.addWidget(
            QLabel(
                self.tr("时间线：自动记录关联舆情、定级、阶段、审批和发布；其余动作请手动添加。")
            )
        )
        bar.addStretch(1)
        bar.addWidget(self.add_event_button)
        bar.addWidget(self.delete_event_button)
        lower_layout.addLayout(bar)
        self.timeline_model = TimelineTableModel(self)
        self.timeline_table = table(self.timeline_model)
        self.timeline_table.horizontalHeader().setStretchLastSection(False)
        self.timeline_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        lower_layout.addWidget(self.timeline_table)
        splitter.addWidget(lower)
        splitter.setSizes([360, 300])
        layout.addWidget(splitter)
        self.tabs.addTab(page, self.tr("传播与时间线"))

    def _build_statements(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        bar = QHBoxLayout()
        self.new_statement_button = QPushButton(icon("mdi6.plus"), self.tr("新建声明…"))
        self.new_statement_button.clicked.connect(self.new_statement)
        self.save_statement_button = QPushButton(self.tr("保存修改"))
        self.save_statement_button.clicked.connect(self.save_statement)
        self.approve_button = QPushButton(self.tr("审批…"))
        self.approve_button.clicked.connect(self.approve_statement)
        self.publish_button = QPushButton(self.tr("标记为已发布"))
        self.publish_button.setProperty("primary", True)
        self.publish_button.clicked.connect(self.publish_statement)
        self.copy_button = QPushButton(self.tr("复制正文"))
        self.copy_button.clicked.connect(self.copy_statement)
        self.delete_statement_button = QPushButton(self.tr("删除草稿"))
        self.delete_statement_button.clicked.connect(self.delete_statement)
        for button in (
            self.new_statement_button,
            self.save_statement_button,
            self.approve_button,
            self.publish_button,
            self.copy_button,
            self.delete_statement_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.approvers_label = QLabel()
        self.approvers_label.setWordWrap(True)
        layout.addWidget(self.approvers_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.statements_model = StatementsTableModel(self)
        self.statements_table = table(self.statements_model)
        self.statements_table.selectionModel().currentRowChanged.connect(self._statement_selected)
        splitter.addWidget(self.statements_table)
        self.statement_body = QPlainTextEdit()
        self.statement_body.setPlaceholderText(
            self.tr("选中一份声明查看和修改正文；修改已审批的声明会生成新版本，需要重新审批。")
        )
        splitter.addWidget(self.statement_body)
        layout.addWidget(splitter, 1)
        self.tabs.addTab(page, self.tr("声明"))

    def _build_review(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.r_worked = QPlainTextEdit()
        self.r_failed = QPlainTextEdit()
        self.r_root = QPlainTextEdit()
        self.r_lessons = QPlainTextEdit()
        self.r_outcome = QPlainTextEdit()
        for edit in (self.r_worked, self.r_failed, self.r_root, self.r_lessons, self.r_outcome):
            edit.setFixedHeight(64)
        form.addRow(self.tr("做得好的"), self.r_worked)
        form.addRow(self.tr("做得不好的"), self.r_failed)
        form.addRow(self.tr("根本原因 *"), self.r_root)
        form.addRow(self.tr("经验教训 *"), self.r_lessons)
        form.addRow(self.tr("结果"), self.r_outcome)
        layout.addLayout(form)
        bar = QHBoxLayout()
        self.save_review_button = QPushButton(self.tr("保存复盘"))
        self.save_review_button.clicked.connect(self.save_review)
        self.close_case_button = QPushButton(self.tr("结案"))
        self.close_case_button.setProperty("primary", True)
        self.close_case_button.clicked.connect(self.close_case)
        self.review_hint = QLabel(self.tr("* 结案前必须填写根本原因和经验教训。"))
        self.review_hint.setObjectName("pageSubtitle")
        bar.addWidget(self.review_hint, 1)
        bar.addWidget(self.save_review_button)
        bar.addWidget(self.close_case_button)
        layout.addLayout(bar)
        actions_bar = QHBoxLayout()
        actions_bar.addWidget(QLabel(self.tr("改进措施")), 1)
        self.add_action_button = QPushButton(icon("mdi6.plus"), self.tr("添加…"))
        self.add_action_button.clicked.connect(self.add_action)
        self.done_action_button = QPushButton(self.tr("标记完成/未完成"))
        self.done_action_button.clicked.connect(self.toggle_action)
        self.delete_action_button = QPushButton(self.tr("删除"))
        self.delete_action_button.clicked.connect(self.delete_action)
        actions_bar.addWidget(self.add_action_button)
        actions_bar.addWidget(self.done_action_button)
        actions_bar.addWidget(self.delete_action_button)
        layout.addLayout(actions_bar)
        self.actions_model = ActionsTableModel(self)
        self.actions_table = table(self.actions_model)
        layout.addWidget(self.actions_table, 1)
        self.tabs.addTab(page, self.tr("复盘"))

    # -- loading -------------------------------------------------------------------------------

    @property
    def workspace(self):
        return self.ctx.require_workspace()

    def show_case(self, case_id: int) -> None:
        self.case_id = case_id
        self.reload()

    def reload(self) -> None:
        if self.case_id is None or self.ctx.workspace is None or self.ctx.workspace.closed:
            return
        try:
            self.detail = cases.case_detail(
                self.workspace, self.case_id, mention_limit=MENTION_LIMIT
            )
        except UserError:
            self.case_id = None
            self.back_requested.emit()
            return
        d = self.detail
        case = d.case
        level = d.effective_severity
        self.chip.setText(f" {SEVERITY_NUMERALS.get(level, '—')} ")
        self.chip.setStyleSheet(severity_chip(level))
        self.chip.setToolTip(vocab_label("SEVERITIES", level, self.tr("未定级")))
        self.title_label.setText(case["title"])
        self.phase.setCurrentIndex(max(0, self.phase.findData(case["phase"])))
        clock = d.clock
        colour = {"missed": "#d32f2f", "met": "#388e3c"}.get(clock["state"], "#374151")
        self.clock_label.setText(self.tr("响应时钟（发现 → 首个暂缓声明）：") + clock_label(clock))
        self.clock_label.setStyleSheet(f"color:{colour}; font-weight:600;")
        read_only = self.workspace.read_only
        for widget in self._write_widgets():
            widget.setEnabled(not read_only)

        # overview
        self.f_title.setText(case["title"])
        self.f_scenario.setCurrentIndex(max(0, self.f_scenario.findData(case["scenario"])))
        self.f_cause.setCurrentIndex(max(0, self.f_cause.findData(case["cause"])))
        self.f_nature.setCurrentIndex(max(0, self.f_nature.findData(case["nature"])))
        self.f_platforms.setText(case["scope_platforms"])
        self.f_regions.setText(case["scope_regions"])
        self.f_media.setText(case["scope_media"])
        self.f_owner.setText(case["owner"])
        self.f_detected.setText(case.get("detected_at") or "")
        self.f_summary.setPlainText(case["summary"])
        self.inform_label.setText(self._inform_html(d.inform))

        # mentions
        counts = d.mention_counts
        self.mentions_model.set_rows(d.mentions)
        self.mentions_table.resizeColumnsToContents()
        self.mentions_table.setColumnWidth(6, 520)
        self.mentions_summary.setText(
            self.tr("共 {n} 条：负面 {neg}、中性 {neu}、正面 {pos}；粉丝合计 {reach:,}").format(
                n=counts["total"],
                neg=counts["neg"],
                neu=counts["neu"],
                pos=counts["pos"],
                reach=d.reach["followers_sum"],
            )
        )
        self.mentions_empty.setVisible(counts["total"] == 0)
        self.mentions_table.setVisible(counts["total"] > 0)
        self.tabs.setTabText(1, self.tr("关联舆情（{n}）").format(n=counts["total"]))

        # severity
        suggestion = d.suggestion
        suggested = suggestion.get("level", "")
        self.suggested_chip.setText(
            f" {SEVERITY_NUMERALS.get(suggested, '—')} "
            + (self.tr(" {n} 分").format(n=suggestion.get("score", 0)) if suggested else "")
        )
        self.suggested_chip.setStyleSheet(severity_chip(suggested))
        self.set_chip.setText(f" {SEVERITY_NUMERALS.get(case['severity'], self.tr('未定级'))} ")
        self.set_chip.setStyleSheet(severity_chip(case["severity"]))
        by = (
            self.tr("（{user} {time}）").format(
                user=case["severity_set_by"], time=short_time(case["severity_set_at"])
            )
            if case["severity"]
            else ""
        )
        self.set_reason.setText(
            (case["severity_reason"] or self.tr("尚未人工定级：参考系统建议，写明理由后定级。"))
            + by
        )
        self.factors.setText(self._factors_html(suggestion))

        # timeline + chart
        self.timeline_model.set_rows(d.events)
        self.timeline_table.resizeColumnToContents(0)
        self.timeline_table.resizeColumnToContents(1)
        self.chart_data = cases.volume_series(self.workspace, self.case_id)
        self.chart.show_data(self.chart_data, self.tr("关联舆情声量（按情感）与应对动作"))

        # statements
        selected = self._current_statement_id()
        self.statements_model.set_rows(d.statements)
        self.statements_table.resizeColumnsToContents()
        approvers = d.inform.get("statement_approvers") or []
        self.approvers_label.setText(
            self.tr("可审批声明的人（危机通讯录 · 审批声明 A）：")
            + joined(p["name"] for p in approvers)
            if approvers
            else self.tr(
                "危机通讯录里还没有人负责“审批声明”（A）：先在危机通讯录的职责矩阵中指定，声明才能审批和发布。"
            )
        )
        self._select_statement(selected)

        # review
        self.r_worked.setPlainText(case["what_worked"])
        self.r_failed.setPlainText(case["what_failed"])
        self.r_root.setPlainText(case["root_cause"])
        self.r_lessons.setPlainText(case["lessons"])
        self.r_outcome.setPlainText(case["outcome"])
        self.actions_model.set_rows(d.actions)
        self.actions_table.resizeColumnToContents(0)

    def _write_widgets(self) -> list[QWidget]:
        return [
            self.phase,
            self.delete_button,
            self.save_fields_button,
            self.link_button,
            self.unlink_button,
            self.recompute_button,
            self.set_level_button,
            self.add_event_button,
            self.delete_event_button,
            self.new_statement_button,
            self.save_statement_button,
            self.approve_button,
            self.publish_button,
            self.delete_statement_button,
            self.save_review_button,
            self.close_case_button,
            self.add_action_button,
            self.done_action_button,
            self.delete_action_button,
        ]

    def _inform_html(self, inform: dict[str, list[dict[str, Any]]]) -> str:
        def names(people: list[dict[str, Any]]) -> str:
            return joined(p["name"] for p in people) or self.tr("（危机通讯录未指定）")

        return (
            f"<b>{self.tr('按本案场景和级别，需要通知：')}</b><br/>"
            f"{self.tr('知会（I）：')}{names(inform.get('informed', []))}<br/>"
            f"{self.tr('负责内部通知（R）：')}{names(inform.get('responsible', []))}<br/>"
            f"{self.tr('审批内部通知（A）：')}{names(inform.get('accountable', []))}<br/>"
            f"{self.tr('审批声明：')}{names(inform.get('statement_approvers', []))}"
        )

    def _factors_html(self, suggestion: dict[str, Any]) -> str:
        factors = suggestion.get("factors") or []
        if not factors:
            return self.tr("还没有关联舆情，无法给出建议。先从舆情台账关联相关条目。")
        rows = "".join(
            f"<tr><td><b>{f['label']}</b></td><td>{f['value']}</td>"
            f"<td align='center'>{f['points']}/{f['max_points']}</td><td>{f['explanation']}</td></tr>"
            for f in factors
        )
        notes = "".join(f"<p>⚠ {n}</p>" for n in suggestion.get("notes") or [])
        return (
            f"<p>{self.tr('系统按五个因素打分（每项 0–3 分），合计 {score} 分。').format(score=suggestion.get('score', 0))}</p>"
            f"<table cellspacing='6'><tr><th align='left'>{self.tr('因素')}</th><th align='left'>{self.tr('数值')}</th>"
            f"<th>{self.tr('得分')}</th><th align='left'>{self.tr('说明')}</th></tr>{rows}</table>{notes}"
        )

    # -- actions ---------------------------------------------------------------------------------

    def _run(self, title: str, action: Callable[[], Any], area: str = "cases") -> bool:
        try:
            action()
        except UserError as exc:
            show_error(self, title, exc)
            return False
        self.reload()
        self.changed.emit(area)
        return True

    def delete_case(self) -> bool:
        if self.detail is None:
            return False
        case = self.detail.case
        if case is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("删除案例"),
            self.tr(
                "删除案例“{title}”？时间线、声明和复盘会一并删除，关联的舆情只取消关联。"
            ).format(title=case["title"]),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if self._run(
            self.tr("不能删除"), lambda: cases.delete_case(self.workspace, case["id"]), "mentions"
        ):
            self.case_id = None
            self.back_requested.emit()
            return True
        return False

    def save_fields(self) -> None:
        values = {
            "title": self.f_title.text().strip(),
            "scenario": self.f_scenario.currentData(),
            "cause": self.f_cause.currentData(),
            "nature": self.f_nature.currentData(),
            "scope_platforms": self.f_platforms.text().strip(),
            "scope_regions": self.f_regions.text().strip(),
            "scope_media": self.f_media.text().strip(),
            "owner": self.f_owner.text().strip(),
            "detected_at": self.f_detected.text().strip() or None,
            "summary": self.f_summary.toPlainText().strip(),
        }
        self._run(
            self.tr("保存失败"), lambda: cases.update_case(self.workspace, self.case_id, **values)
        )

    def _phase_chosen(self) -> None:
        phase = self.phase.currentData()
        if phase == self.detail.case["phase"]:
            return
        if not self._run(
            self.tr("不能改变阶段"), lambda: cases.set_phase(self.workspace, self.case_id, phase)
        ):
            self.phase.setCurrentIndex(max(0, self.phase.findData(self.detail.case["phase"])))

    def close_case(self) -> None:
        self.save_review()
        self._run(
            self.tr("不能结案"), lambda: cases.set_phase(self.workspace, self.case_id, "closed")
        )

    def link_by_search(self) -> None:
        text = self.link_search.text().strip()
        if not text:
            show_error(
                self, self.tr("关联舆情"), self.tr("请先输入搜索词。"), self.tr("例如：钢丝 徐汇店")
            )
            return
        self._run(
            self.tr("关联失败"),
            lambda: cases.link_matching(self.workspace, self.case_id, MentionFilter(search=text)),
            "mentions",
        )

    def unlink_selected(self) -> None:
        rows = {i.row() for i in self.mentions_table.selectionModel().selectedRows()}
        ids = [self.mentions_model.rows[r]["id"] for r in rows]
        if not ids:
            show_error(
                self,
                self.tr("取消关联"),
                self.tr("没有选中舆情。"),
                self.tr("先在表格里选中要取消关联的条目。"),
            )
            return
        self._run(
            self.tr("取消关联失败"),
            lambda: cases.unlink_mentions(self.workspace, self.case_id, ids),
            "mentions",
        )

    def recompute(self) -> None:
        self._run(
            self.tr("计算失败"), lambda: cases.recompute_suggestion(self.workspace, self.case_id)
        )

    def set_level(self) -> None:
        case = self.detail.case
        dialog = SeverityDialog(self, case["severity"], case["suggested_severity"])
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        level, reason = dialog.level.currentData(), dialog.reason.toPlainText()
        self._run(
            self.tr("不能定级"),
            lambda: cases.set_severity(self.workspace, self.case_id, level, reason),
        )

    def add_event(self) -> None:
        dialog = EventDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        self._run(
            self.tr("添加失败"),
            lambda: cases.add_event(self.workspace, self.case_id, v["kind"], v["text"], at=v["at"]),
        )

    def delete_event(self) -> None:
        row = self.timeline_table.currentIndex().row()
        event = self.timeline_model.row_at(row)
        if event is None:
            show_error(self, self.tr("删除事件"), self.tr("没有选中事件。"))
            return
        self._run(self.tr("不能删除"), lambda: cases.delete_event(self.workspace, event["id"]))

    # statements

    def _current_statement_id(self) -> int | None:
        row = self.statements_table.currentIndex().row()
        statement = self.statements_model.row_at(row)
        return statement["id"] if statement else None

    def _current_statement(self) -> dict[str, Any] | None:
        return self.statements_model.row_at(self.statements_table.currentIndex().row())

    def _select_statement(self, statement_id: int | None) -> None:
        for row, statement in enumerate(self.statements_model.rows):
            if statement["id"] == statement_id:
                self.statements_table.selectRow(row)
                return
        if self.statements_model.rows:
            self.statements_table.selectRow(0)
        else:
            self.statement_body.clear()

    def _statement_selected(self, *_args: Any) -> None:
        statement = self._current_statement()
        self.statement_body.setPlainText(statement["body"] if statement else "")

    def new_statement(self) -> None:
        dialog = StatementDialog(self, cases.statement_templates(self.workspace))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        created: list[int] = []
        if self._run(
            self.tr("不能新建声明"),
            lambda: created.append(cases.create_statement(self.workspace, self.case_id, **v).id),
        ):
            self._select_statement(created[0])

    def save_statement(self) -> None:
        statement = self._current_statement()
        if statement is None:
            return
        body = self.statement_body.toPlainText()
        self._run(
            self.tr("保存失败"),
            lambda: cases.edit_statement(self.workspace, statement["id"], body=body),
        )
        self._select_statement(statement["id"])

    def approve_statement(self, dialog_factory: DialogFactory = ApprovalDialog) -> bool:
        """The one approval flow: the dialog asks, `cases.approve_statement` decides."""
        statement = self._current_statement()
        if statement is None:
            show_error(self, self.tr("审批"), self.tr("没有选中声明。"))
            return False
        if self.statement_body.toPlainText() != statement["body"]:
            self.save_statement()
            statement = self._current_statement()
        case = self.detail.case
        statement_id = statement["id"]
        workspace = self.workspace
        done = approve_through_dialog(
            self,
            self.ctx,
            activity=cases.STATEMENT_ACTIVITY,
            scenario=case["scenario"],
            severity=self.detail.effective_severity,
            approve=lambda given: cases.approve_statement(workspace, statement_id, given),
            dialog_factory=dialog_factory,
        )
        if done is not None:
            self.reload()  # the Operation told the other pages
        self._select_statement(statement_id)
        return done is not None

    def publish_statement(self) -> None:
        statement = self._current_statement()
        if statement is None:
            return
        self._run(
            self.tr("不能发布"), lambda: cases.publish_statement(self.workspace, statement["id"])
        )
        self._select_statement(statement["id"])

    def copy_statement(self) -> None:
        QGuiApplication.clipboard().setText(self.statement_body.toPlainText())

    def delete_statement(self) -> None:
        statement = self._current_statement()
        if statement is None:
            return
        self._run(
            self.tr("不能删除"), lambda: cases.delete_statement(self.workspace, statement["id"])
        )

    # review

    def save_review(self) -> None:
        values = {
            "what_worked": self.r_worked.toPlainText(),
            "what_failed": self.r_failed.toPlainText(),
            "root_cause": self.r_root.toPlainText(),
            "lessons": self.r_lessons.toPlainText(),
            "outcome": self.r_outcome.toPlainText(),
        }
        self._run(
            self.tr("保存失败"), lambda: cases.save_review(self.workspace, self.case_id, **values)
        )

    def add_action(self) -> None:
        dialog = ActionDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        self._run(
            self.tr("添加失败"),
            lambda: cases.add_action(
                self.workspace, self.case_id, v["text"], owner=v["owner"], due_date=v["due_date"]
            ),
        )

    def toggle_action(self) -> None:
        action = self.actions_model.row_at(self.actions_table.currentIndex().row())
        if action is None:
            return
        self._run(
            self.tr("更新失败"),
            lambda: cases.set_action_done(self.workspace, action["id"], not action.get("done_at")),
        )

    def delete_action(self) -> None:
        action = self.actions_model.row_at(self.actions_table.currentIndex().row())
        if action is None:
            return
        self._run(self.tr("删除失败"), lambda: cases.delete_action(self.workspace, action["id"]))

    # reports

    def export_report(self, kind: str, path: Path | None = None) -> Path | None:
        if self.case_id is None:
            return None
        if path is None:
            suggested = str(
                self.ctx.paths.data / f"案例{self.case_id}-{self.detail.case['title']}.{kind}"
            )
            filters = (
                self.tr("Excel 工作簿 (*.xlsx)") if kind == "xlsx" else self.tr("PDF 文件 (*.pdf)")
            )
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("导出案例报告"), suggested, filters
            )
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() != f".{kind}":
                path = path.with_name(path.name + f".{kind}")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if kind == "xlsx":
                case_report.export_xlsx(self.workspace, self.case_id, path)
            else:
                from desktop.printing.case_report import export_pdf

                export_pdf(self.workspace, self.case_id, path)
        except (UserError, OSError) as exc:
            show_error(self, self.tr("导出失败"), exc, self.tr("换一个文件夹或文件名再试。"))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("已导出 {path}").format(path=path), 8000)
        return path
