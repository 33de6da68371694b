"""The one approval dialog of the app (KB entries, case statements): who may approve, how,
a note and an optional evidence screenshot; the roster's rule is enforced by the service."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.core.changes import Changes
from desktop.core.errors import UserError
from desktop.core.vocab import APPROVAL_METHODS
from desktop.services import approvals, roster
from desktop.services.context import AppContext
from desktop.ui.labels import vocab_label, vocab_text

IMAGE_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".webp": "image/webp",
    ".gif": "image/gif",
    ".pdf": "application/pdf",
}


class ApprovalDialog(QDialog):
    """`exec()` returns Accepted once an approval is recorded; `approval_id` then holds it."""

    def __init__(
        self,
        parent: QWidget | None,
        ctx: AppContext,
        *,
        object_type: str,
        object_id: str | int,
        version: int,
        activity: str,
        scenario: str = "",
        severity: str = "",
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.object_type = object_type
        self.object_id = object_id
        self.version = version
        self.activity = activity
        self.scenario = scenario
        self.severity = severity
        self.approval_id: int | None = None
        self.evidence_path: Path | None = None
        workspace = ctx.require_workspace()
        self.setWindowTitle(self.tr("记录审批：{a}").format(a=vocab_label("ACTIVITIES", activity)))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        self.allowed = approvals.who_may_approve(workspace, activity, scenario, severity)
        self.who_label = QLabel(approvals.explain(workspace, activity, scenario, severity))
        self.who_label.setWordWrap(True)
        self.who_label.setStyleSheet("font-weight: 600;")
        form.addRow(self.tr("谁可以审批"), self.who_label)
        self.approver_combo = QComboBox()
        allowed_ids = [p["id"] for p in self.allowed]
        people = sorted(
            roster.people(workspace), key=lambda p: (p["id"] not in allowed_ids, p["id"])
        )
        for person in people:
            mark = "" if person["id"] in allowed_ids else self.tr("（无权审批）")
            self.approver_combo.addItem(f"{person['name']} · {person['title']}{mark}", person["id"])
        form.addRow(self.tr("审批人"), self.approver_combo)
        self.method_combo = QComboBox()
        for key, label in APPROVAL_METHODS.items():
            self.method_combo.addItem(vocab_text(label), key)
        form.addRow(self.tr("审批方式"), self.method_combo)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("例如：11 月 19 日 10:20 电话确认同意第 2 版"))
        form.addRow(self.tr("备注"), self.note_edit)
        evidence = QHBoxLayout()
        self.evidence_label = QLabel(self.tr("（可选）微信截图、签字照片等"))
        choose = QPushButton(self.tr("添加证据…"))
        choose.clicked.connect(self.choose_evidence)
        evidence.addWidget(self.evidence_label, 1)
        evidence.addWidget(choose)
        form.addRow(self.tr("证据"), evidence)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b91c1c; font-weight: 600;")
        self.error_label.hide()
        form.addRow(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("记录审批"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        if not people:
            self.show_problem(
                self.tr("危机通讯录里还没有成员。"),
                self.tr("请先在“危机通讯录”中添加成员并指定审批人。"),
            )

    def choose_evidence(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("选择证据"),
                str(Path.home()),
                self.tr("图片或 PDF (*.png *.jpg *.jpeg *.webp *.gif *.pdf)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        self.evidence_path = path
        self.evidence_label.setText(path.name)

    def select_approver(self, person_id: int) -> None:
        self.approver_combo.setCurrentIndex(max(self.approver_combo.findData(person_id), 0))

    def show_problem(self, message: str, hint: str = "") -> None:
        self.error_label.setText(f"{message}\n{hint}".strip())
        self.error_label.show()

    def submit(self) -> None:
        workspace = self.ctx.require_workspace()
        approver_id = self.approver_combo.currentData()
        if approver_id is None:
            self.show_problem(self.tr("请选择审批人。"))
            return
        evidence: tuple[str, str, bytes] | None = None
        try:
            if self.evidence_path is not None:
                try:
                    data = self.evidence_path.read_bytes()
                except OSError as exc:
                    raise UserError(
                        self.tr("无法读取证据文件：{name}").format(name=self.evidence_path.name),
                        hint=str(exc),
                    ) from exc
                mime = IMAGE_TYPES.get(
                    self.evidence_path.suffix.lower(), "application/octet-stream"
                )
                evidence = (self.evidence_path.name, mime, data)
            self.approval_id = approvals.approve(
                workspace,
                object_type=self.object_type,
                object_id=self.object_id,
                version=self.version,
                approver_id=approver_id,
                activity=self.activity,
                scenario=self.scenario,
                severity=self.severity,
                method=self.method_combo.currentData(),
                note=self.note_edit.text().strip(),
                evidence=evidence,
            )
        except UserError as exc:
            self.show_problem(exc.message, exc.hint)
            return
        self.ctx.bus.publish(Changes.of_roster(), self)
        self.accept()

    def result_info(self) -> dict[str, Any] | None:
        if self.approval_id is None:
            return None
        return approvals.current_approval(
            self.ctx.require_workspace(), self.object_type, self.object_id, self.version
        )
