"""The 监测组 tab: the groups with their counts, the rule editor and the rule tester.

The tester runs a rule over every mention in a worker (saves nothing) and shows the count and
the newest matches with their hits marked; a rule that does not read shows where it goes
wrong, underlined in the editor, before anything runs. Saving a group matches it against
every mention in a worker too (services/watchlists.save_group_in_file).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
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
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core import watch_rules
from desktop.core.errors import UserError
from desktop.services import watchlists
from desktop.services.context import AppContext
from desktop.services.watchlists import RuleTest, RuleTestHit, WatchGroup
from desktop.ui.dialogs import show_error
from desktop.ui.kb.highlight import MATCH
from desktop.ui.listening.day_chart import DayChart
from desktop.ui.listening.labels import rule_problem, watch_kind_label
from desktop.ui.listening.models import GroupsModel
from desktop.ui.operations import Operation
from desktop.ui.shell import Shell
from desktop.ui.workers import Task

CHECK_PAUSE_MS = 200
SAMPLES = 30
DAYS_SHOWN = 14


def _where_and_when(hit: RuleTestHit) -> str:
    """Platform · time · author, leaving out what the sheet did not have (a review export
    has neither, and "· ·" read as missing data)."""
    parts = (hit.platform, (hit.posted_at or "")[:16].replace("T", " "), hit.author)
    return " · ".join(html.escape(p) for p in parts if p)


def marked_html(text: str, hits: list[tuple[int, int]]) -> str:
    """The text with each hit on the tester's yellow, HTML-escaped."""
    out, last = [], 0
    for start, end in hits:
        out.append(html.escape(text[last:start]))
        out.append(f'<span style="background:{MATCH}">{html.escape(text[start:end])}</span>')
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out).replace("\n", " ")


class GroupsPanel(QWidget):
    """Groups list | editor + tester."""

    show_mentions = Signal(object, str)  # a MentionFilter-ish request: (group id, label)

    def __init__(self, ctx: AppContext, shell: Shell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.shell = ctx, shell
        self.editing: WatchGroup | None = None
        self.test_task: Task | None = None
        self.save_task: Task | None = None
        self.last_test: RuleTest | None = None
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._list_side())
        splitter.addWidget(self._editor_side())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_PAUSE_MS)
        self._check_timer.timeout.connect(self.check_rule)
        self.rule_edit.textChanged.connect(self._check_timer.start)
        self.new_group()

    # -- building ------------------------------------------------------------------------------

    def _list_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = GroupsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._picked())
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(
            self.tr("还没有监测组。点“新建监测组”，写一条规则，例如：品牌名 (退款 OR 投诉)。")
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("pageSubtitle")
        layout.addWidget(self.empty_label)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("新建监测组"))
        self.new_button.clicked.connect(self.new_group)
        self.delete_button = QPushButton(self.tr("删除"))
        self.delete_button.clicked.connect(self.delete_group)
        self.log_button = QPushButton(self.tr("在舆情台账中查看"))
        self.log_button.clicked.connect(self._open_in_log)
        for button in (self.new_button, self.delete_button, self.log_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.days_label = QLabel()
        self.days_label.setObjectName("pageSubtitle")
        self.days_label.setWordWrap(True)
        layout.addWidget(self.days_label)
        self.day_chart = DayChart()
        layout.addWidget(self.day_chart)
        return side

    def _editor_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(8, 0, 0, 0)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(watchlists.MAX_NAME)
        self.kind_combo = QComboBox()
        for kind in watchlists.WATCH_KINDS:
            self.kind_combo.addItem(watch_kind_label(kind), kind)
        self.enabled_check = QCheckBox(self.tr("启用（导入时自动匹配）"))
        form.addRow(self.tr("名称"), self.name_edit)
        form.addRow(self.tr("类型"), self.kind_combo)
        form.addRow("", self.enabled_check)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("规则")))
        self.rule_edit = QPlainTextEdit()
        self.rule_edit.setPlaceholderText(self.tr("例如：鹿角巷 (退款 OR 投诉) NOT 广告"))
        self.rule_edit.setFixedHeight(72)
        layout.addWidget(self.rule_edit)
        self.syntax_label = QLabel(
            self.tr(
                '空格 = 并且 · OR 或者 · NOT 排除 · "短语" · (括号) · A NEAR/5 B（相距 5 字以内）'
                " · 英文不分大小写、按整词匹配"
            )
        )
        self.syntax_label.setObjectName("pageSubtitle")
        self.syntax_label.setWordWrap(True)
        layout.addWidget(self.syntax_label)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b71c1c; font-weight: 600;")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        buttons = QHBoxLayout()
        self.test_button = QPushButton(self.tr("试运行"))
        self.test_button.setToolTip(self.tr("看这条规则现在能匹配哪些舆情（不保存）"))
        self.test_button.clicked.connect(self.test_rule)
        self.save_button = QPushButton(self.tr("保存并匹配"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_group)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.result_label = QLabel(
            self.tr("写好规则后点“试运行”，这里会列出匹配的舆情，命中的词标黄。")
        )
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        self.results = QTextBrowser()
        self.results.setOpenLinks(False)
        layout.addWidget(self.results, 1)
        return side

    # -- data ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        workspace = self.ctx.workspace
        groups = watchlists.list_groups(workspace) if workspace is not None else []
        keep = self.editing.id if self.editing else None
        self.model.set_rows(groups)
        self.empty_label.setVisible(not groups)
        writable = workspace is not None and not workspace.read_only
        for widget in (self.new_button, self.delete_button, self.save_button):
            widget.setEnabled(writable)
        self.test_button.setEnabled(workspace is not None)
        if keep is not None:
            for row, group in enumerate(groups):
                if group.id == keep:
                    self.table.selectRow(row)
                    self.editing = group
                    self._show_days(group)
                    return
            self.new_group()

    def _picked(self) -> None:
        group = self.model.group_at(self.table.currentIndex().row())
        if group is None:
            return
        self.editing = group
        self.name_edit.setText(group.name)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(group.kind), 0))
        self.enabled_check.setChecked(group.enabled)
        self.rule_edit.setPlainText(group.rule)
        self.check_rule()
        self._show_days(group)

    def _show_days(self, group: WatchGroup) -> None:
        workspace = self.ctx.workspace
        if workspace is None:
            return
        days = watchlists.daily_counts(workspace, group.id)[-DAYS_SHOWN:]
        self.day_chart.show_days(days)
        self.day_chart.setVisible(bool(days))
        if not days:
            self.days_label.setText(self.tr("“{name}”还没有匹配的舆情。").format(name=group.name))
            return
        self.days_label.setText(
            self.tr("“{name}”按天的声量（最近 {n} 天有数据）：").format(
                name=group.name, n=len(days)
            )
        )

    def new_group(self) -> None:
        self.editing = None
        self.table.clearSelection()
        self.name_edit.clear()
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData("topic"), 0))
        self.enabled_check.setChecked(True)
        self.rule_edit.clear()
        self.error_label.clear()
        self.days_label.clear()
        self.day_chart.show_days([])
        self.day_chart.hide()
        self.name_edit.setFocus()

    # -- the rule ------------------------------------------------------------------------------

    def check_rule(self) -> watch_rules.RuleError | None:
        """Say where the rule goes wrong (label + underline), as the user types."""
        rule = self.rule_edit.toPlainText()
        error = watch_rules.check(rule) if rule.strip() else None
        selections = []
        if error is not None:
            opened_at = error.values.get("opened_at")
            self.error_label.setText(
                rule_problem(error.code, error.position, error.problem, opened_at)
            )
            cursor = QTextCursor(self.rule_edit.document())
            place = int(str(opened_at)) if opened_at else error.position
            at = min(max(place - 1, 0), max(len(rule) - 1, 0))
            cursor.setPosition(at)
            cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor  # type: ignore[attr-defined]
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor("#b71c1c"))
            fmt.setBackground(QColor("#ffcdd2"))
            selection.format = fmt  # type: ignore[attr-defined]
            selections.append(selection)
        else:
            self.error_label.clear()
        self.rule_edit.setExtraSelections(selections)
        return error

    def test_rule(self) -> None:
        workspace = self.ctx.workspace
        rule = self.rule_edit.toPlainText().strip()
        if workspace is None or self.test_task is not None:
            return
        if not rule:
            self.error_label.setText(rule_problem("empty", 1, ""))
            return
        if self.check_rule() is not None:
            return
        self.result_label.setText(self.tr("正在试运行……"))
        self.results.clear()
        if workspace.read_only:  # no connection of its own for a worker: run it here
            self._tested(watchlists.test_rule(workspace, rule, limit=SAMPLES))
            return
        path = str(workspace.path)
        task = Task(
            lambda progress: watchlists.test_rule_in_file(
                path, rule, limit=SAMPLES, progress=progress
            )
        )
        task.signals.succeeded.connect(self._tested)
        task.signals.failed.connect(lambda message, _hint: self.result_label.setText(message))
        task.signals.finished.connect(self._test_finished)
        self.test_task = self.shell.tasks.start(task)

    def _test_finished(self) -> None:
        self.test_task = None

    def _tested(self, result: RuleTest) -> None:
        self.last_test = result
        self.result_label.setText(
            self.tr("匹配 {count} 条（共 {total} 条舆情）；下面是最新的 {shown} 条。").format(
                count=f"{result.count:,}", total=f"{result.scanned:,}", shown=len(result.samples)
            )
            if result.count
            else self.tr("没有匹配的舆情（共 {total} 条）。换个词，或去掉 NOT 试试。").format(
                total=f"{result.scanned:,}"
            )
        )
        rows = [
            f"<p><b>#{hit.id}</b> <span style='color:#777'>{_where_and_when(hit)}"
            f"</span><br>{marked_html(hit.text, hit.hits)}</p>"
            for hit in result.samples
        ]
        self.results.setHtml("".join(rows))

    # -- writes --------------------------------------------------------------------------------

    def save_group(self) -> None:
        workspace = self.ctx.workspace
        if workspace is None or workspace.read_only or self.save_task is not None:
            return
        if self.check_rule() is not None:
            return
        path, user = str(workspace.path), workspace.user
        group_id = self.editing.id if self.editing else None
        name, rule = self.name_edit.text(), self.rule_edit.toPlainText()
        kind, enabled = self.kind_combo.currentData(), self.enabled_check.isChecked()
        self.save_task = (
            Operation(
                self,
                self.ctx,
                lambda progress: watchlists.save_group_in_file(
                    path,
                    user,
                    group_id,
                    name=name,
                    rule=rule,
                    kind=kind,
                    enabled=enabled,
                    progress=progress,
                ),
            )
            .titled(self.tr("无法保存监测组"))
            .success(self._saved)
            .failure(self._save_failed)
            .run_in_background(
                self.shell.tasks, progress_title=self.tr("正在匹配监测组"), unit=self.tr("条")
            )
        )

    def _saved(self, result: object) -> None:
        self.save_task = None
        new_id = getattr(result, "id", 0)
        if new_id and self.editing is None:
            self.editing = WatchGroup(id=new_id, name="", kind="", rule="", enabled=True)
        self.refresh()
        if self.editing is not None:
            self.shell.show_message(
                self.tr("已保存监测组“{name}”，匹配 {n} 条舆情").format(
                    name=self.editing.name, n=f"{self.editing.mention_count:,}"
                )
            )

    def _save_failed(self, error: UserError) -> None:
        self.save_task = None
        show_error(self, self.tr("无法保存监测组"), error)

    def delete_group(self) -> None:
        workspace = self.ctx.workspace
        if workspace is None or self.editing is None:
            return
        group = self.editing
        answer = QMessageBox.question(
            self,
            self.tr("删除监测组"),
            self.tr("删除监测组“{name}”？舆情本身不受影响。").format(name=group.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        Operation(self, self.ctx, lambda: watchlists.remove_group(workspace, group.id)).titled(
            self.tr("无法删除")
        ).success(lambda _c: self.new_group()).run()

    def _open_in_log(self) -> None:
        if self.editing is not None:
            self.show_mentions.emit(self.editing.id, self.editing.name)
