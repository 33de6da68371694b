"""The case view's 复盘 tab: the review (root cause and lessons are needed to close the case)
and the follow-up actions."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import cases
from desktop.ui.cases.dialogs import ActionDialog
from desktop.ui.cases.models import ActionsTableModel
from desktop.ui.cases.panel import CaseHost, CasePanel
from desktop.ui.cases.widgets import table
from desktop.ui.theme import icon


class ReviewPanel(CasePanel):
    def __init__(self, host: CaseHost) -> None:
        super().__init__(host)
        layout = QVBoxLayout(self)
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
        self.plan_items_label = QLabel()  # the activated plan's skipped and open items
        self.plan_items_label.setWordWrap(True)
        layout.addWidget(self.plan_items_label)
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

    def write_widgets(self) -> list[QWidget]:
        return [
            self.save_review_button,
            self.close_case_button,
            self.add_action_button,
            self.done_action_button,
            self.delete_action_button,
        ]

    def show_detail(self, detail: cases.CaseDetail) -> None:
        case = detail.case
        self.r_worked.setPlainText(case["what_worked"])
        self.r_failed.setPlainText(case["what_failed"])
        self.r_root.setPlainText(case["root_cause"])
        self.r_lessons.setPlainText(case["lessons"])
        self.r_outcome.setPlainText(case["outcome"])
        self.actions_model.set_rows(detail.actions)
        self.actions_table.resizeColumnToContents(0)
        items = cases.plan_items_for_review(self.host.workspace, self.case_id)
        lines = [
            self.tr("跳过：{t}（{why}）").format(t=i.text, why=i.skip_reason or "—")
            for i in items["skipped"]
        ]
        lines += [self.tr("未完成：{t}").format(t=i.text) for i in items["open"]]
        self.plan_items_label.setText(
            "\n".join([self.tr("预案清单中需要复盘的项目："), *lines]) if lines else ""
        )

    def save_review(self) -> None:
        values = {
            "what_worked": self.r_worked.toPlainText(),
            "what_failed": self.r_failed.toPlainText(),
            "root_cause": self.r_root.toPlainText(),
            "lessons": self.r_lessons.toPlainText(),
            "outcome": self.r_outcome.toPlainText(),
        }
        case_id = self.case_id
        self.host.write(
            self.tr("保存失败"),
            lambda: cases.save_review(self.host.workspace, case_id, **values),
        )

    def close_case(self) -> None:
        """Save what is typed, then close: the closing rule reads the saved review."""
        self.save_review()
        case_id = self.case_id
        self.host.write(
            self.tr("不能结案"), lambda: cases.set_phase(self.host.workspace, case_id, "closed")
        )

    def add_action(self) -> None:
        dialog = ActionDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        case_id = self.case_id
        self.host.write(
            self.tr("添加失败"),
            lambda: cases.add_action(
                self.host.workspace, case_id, v["text"], owner=v["owner"], due_date=v["due_date"]
            ),
        )

    def toggle_action(self) -> None:
        action = self.actions_model.row_at(self.actions_table.currentIndex().row())
        if action is None:
            return
        done = not action.get("done_at")
        self.host.write(
            self.tr("更新失败"),
            lambda: cases.set_action_done(self.host.workspace, action["id"], done),
        )

    def delete_action(self) -> None:
        action = self.actions_model.row_at(self.actions_table.currentIndex().row())
        if action is None:
            return
        self.host.write(
            self.tr("删除失败"), lambda: cases.delete_action(self.host.workspace, action["id"])
        )
