"""The case view's 声明 tab: drafts (also from 问答库 scripts), versions, approval through the
one approval dialog, publishing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services import cases
from desktop.ui.approval_dialog import ApprovalDialog, DialogFactory, approve_through_dialog
from desktop.ui.cases.dialogs import StatementDialog
from desktop.ui.cases.models import StatementsTableModel
from desktop.ui.cases.panel import CaseHost, CasePanel
from desktop.ui.cases.widgets import table
from desktop.ui.dialogs import show_error
from desktop.ui.labels import joined
from desktop.ui.theme import icon


class StatementsPanel(CasePanel):
    def __init__(self, host: CaseHost) -> None:
        super().__init__(host)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.new_statement_button = QPushButton(icon("mdi6.plus"), self.tr("新建声明…"))
        self.new_statement_button.clicked.connect(self.new_statement)
        self.save_statement_button = QPushButton(self.tr("保存修改"))
        self.save_statement_button.clicked.connect(self.save_statement)
        self.approve_button = QPushButton(self.tr("审批…"))
        self.approve_button.clicked.connect(lambda: self.approve_statement())
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

    def write_widgets(self) -> list[QWidget]:
        return [
            self.new_statement_button,
            self.save_statement_button,
            self.approve_button,
            self.publish_button,
            self.delete_statement_button,
        ]

    def show_detail(self, detail: cases.CaseDetail) -> None:
        selected = self._current_statement_id()
        self.statements_model.set_rows(detail.statements)
        self.statements_table.resizeColumnsToContents()
        approvers = detail.inform["statement_approvers"]
        self.approvers_label.setText(
            self.tr("可审批声明的人（危机通讯录 · 审批声明 A）：")
            + joined(p["name"] for p in approvers)
            if approvers
            else self.tr(
                "危机通讯录里还没有人负责“审批声明”（A）：先在危机通讯录的职责矩阵中指定，声明才能审批和发布。"
            )
        )
        self._select_statement(selected)

    # -- selection -----------------------------------------------------------------------------

    def _current_statement(self) -> dict[str, Any] | None:
        return self.statements_model.row_at(self.statements_table.currentIndex().row())

    def _current_statement_id(self) -> int | None:
        statement = self._current_statement()
        return statement["id"] if statement else None

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

    # -- writes --------------------------------------------------------------------------------

    def new_statement(self) -> None:
        workspace = self.host.workspace
        dialog = StatementDialog(
            self,
            cases.statement_templates(workspace, self.case_id),
            cases.workspace_language(workspace),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        case_id = self.case_id
        self.host.write(
            self.tr("不能新建声明"),
            lambda: cases.create_statement(self.host.workspace, case_id, **v),
            then=lambda created: self._select_statement(created.id),
        )

    def save_statement(self) -> None:
        statement = self._current_statement()
        if statement is None:
            return
        body = self.statement_body.toPlainText()
        self.host.write(
            self.tr("保存失败"),
            lambda: cases.edit_statement(self.host.workspace, statement["id"], body=body),
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
            if statement is None:
                return False
        detail = self.detail
        statement_id = statement["id"]
        workspace = self.host.workspace
        confirmed = self.confirm_language(statement_id, self.tr("审批"))
        if confirmed is None:
            return False
        done = approve_through_dialog(
            self.host.widget(),  # the view is the initiator of the approval's changes
            self.host.ctx,
            activity=cases.STATEMENT_ACTIVITY,
            scenario=detail.case["scenario"],
            severity=detail.effective_severity,
            approve=lambda given: cases.approve_statement(
                workspace, statement_id, given, confirm_language=confirmed
            ),
            dialog_factory=dialog_factory,
        )
        if done is not None:
            self.host.reload()  # the Operation told the other pages
        self._select_statement(statement_id)
        return done is not None

    def confirm_language(self, statement_id: int, action: str) -> bool | None:
        """A statement in another language than the workspace's: ask before `action`.
        False: no need to ask; True: the user confirmed; None: the user said no."""
        warning = cases.language_warning(self.host.workspace, statement_id)
        if not warning:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("声明语言与工作区不一致"),
            warning + "\n" + self.tr("仍要{action}吗？").format(action=action),
        )
        return True if answer == QMessageBox.StandardButton.Yes else None

    def publish_statement(self) -> None:
        statement = self._current_statement()
        if statement is None:
            return
        confirmed = (
            self.confirm_language(statement["id"], self.tr("发布"))
            if statement["status"] == "approved"
            else False
        )
        if confirmed is None:
            return
        self.host.write(
            self.tr("不能发布"),
            lambda: cases.publish_statement(
                self.host.workspace, statement["id"], confirm_language=confirmed
            ),
        )
        self._select_statement(statement["id"])

    def copy_statement(self) -> None:
        QGuiApplication.clipboard().setText(self.statement_body.toPlainText())

    def delete_statement(self) -> None:
        statement = self._current_statement()
        if statement is None:
            return
        self.host.write(
            self.tr("不能删除"),
            lambda: cases.delete_statement(self.host.workspace, statement["id"]),
        )
