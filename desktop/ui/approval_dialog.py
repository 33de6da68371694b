"""The one approval dialog of the app (问答库 entries, case statements, anything later).

It only collects input — who, how, a note, optional evidence — and returns it as an
`ApprovalInput` (novelWriter's `editlabel` dialogs are the model). `approve_through_dialog`
is the one UI flow: ask, run the caller's approval service through an `Operation`, and when
the roster refuses, show the reason in the dialog and ask again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
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

from desktop.core.errors import UserError
from desktop.core.vocab import APPROVAL_METHODS
from desktop.services import approvals, roster
from desktop.services.approvals import ApprovalInput, Approved, Evidence
from desktop.services.context import AppContext
from desktop.ui.dialogs import show_error
from desktop.ui.labels import vocab_label, vocab_text
from desktop.ui.operations import Operation

IMAGE_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".webp": "image/webp",
    ".gif": "image/gif",
    ".pdf": "application/pdf",
}


class ApprovalDialog(QDialog):
    """Asks who approved, how and when; `values()` gives the `ApprovalInput` on Accepted.

    `people` are all roster members (id, name, title); those in `allowed_ids` are listed
    first, the others marked as not allowed, so the user sees why a name would be refused.
    """

    def __init__(
        self,
        parent: QWidget | None,
        *,
        activity: str,
        explanation: str,
        people: Sequence[dict[str, Any]],
        allowed_ids: Sequence[int],
        subject_title: str = "",
    ) -> None:
        super().__init__(parent)
        self.evidence_path: Path | None = None
        self._evidence: Evidence | None = None  # read once, when OK is pressed
        self.setWindowTitle(self.tr("记录审批：{a}").format(a=vocab_label("ACTIVITIES", activity)))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        if subject_title:
            form.addRow(self.tr("审批内容"), QLabel(subject_title))
        self.who_label = QLabel(explanation)
        self.who_label.setWordWrap(True)
        self.who_label.setStyleSheet("font-weight: 600;")
        form.addRow(self.tr("谁可以审批"), self.who_label)
        self.approver_combo = QComboBox()
        ordered = sorted(people, key=lambda p: (p["id"] not in allowed_ids, p["id"]))
        for person in ordered:
            mark = "" if person["id"] in allowed_ids else self.tr("（无权审批）")
            title = f" · {person['title']}" if person.get("title") else ""
            self.approver_combo.addItem(f"{person['name']}{title}{mark}", person["id"])
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
        choose.clicked.connect(lambda: self.choose_evidence())
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
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("记录审批"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        if not people:
            self.ok_button.setEnabled(False)
            self.show_problem(
                UserError(
                    self.tr("危机通讯录里还没有成员。"),
                    hint=self.tr("请先在“危机通讯录”中添加成员并指定审批人。"),
                )
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

    def show_problem(self, error: UserError) -> None:
        self.error_label.setText(f"{error.message}\n{error.hint}".strip())
        self.error_label.show()

    def submit(self) -> None:
        """Accept only a complete answer; the evidence file is read here, once."""
        if self.approver_combo.currentData() is None:
            self.show_problem(UserError(self.tr("请选择审批人。")))
            return
        try:
            self._evidence = self._read_evidence()
        except UserError as exc:
            self.show_problem(exc)
            return
        self.accept()

    def _read_evidence(self) -> Evidence | None:
        if self.evidence_path is None:
            return None
        try:
            data = self.evidence_path.read_bytes()
        except OSError as exc:
            raise UserError(
                self.tr("无法读取证据文件：{name}").format(name=self.evidence_path.name),
                hint=str(exc),
            ) from exc
        mime = IMAGE_TYPES.get(self.evidence_path.suffix.lower(), "application/octet-stream")
        return Evidence(self.evidence_path.name, mime, data)

    def values(self) -> ApprovalInput:
        return ApprovalInput(
            approver_id=int(self.approver_combo.currentData()),
            method=str(self.method_combo.currentData()),
            note=self.note_edit.text().strip(),
            evidence=self._evidence,
        )


# How a page opens the dialog (tests replace it to answer without a modal loop).
DialogFactory = Callable[..., ApprovalDialog]


def approve_through_dialog(
    parent: QWidget,
    ctx: AppContext,
    *,
    activity: str,
    scenario: str = "",
    severity: str = "",
    subject_title: str = "",
    approve: Callable[[ApprovalInput], Approved],
    dialog_factory: DialogFactory = ApprovalDialog,
) -> Approved | None:
    """Ask who approved, then run `approve` (a service's approval, e.g. `kb.approve`) as one
    Operation; on a refusal the dialog stays open with the reason. None when cancelled."""
    workspace = ctx.require_workspace()
    allowed = approvals.who_may_approve(workspace, activity, scenario, severity)
    explanation = approvals.explain(workspace, activity, scenario, severity)
    if not allowed:
        show_error(
            parent,
            QCoreApplication.translate("ApprovalDialog", "现在没有人可以审批"),
            explanation,
            QCoreApplication.translate(
                "ApprovalDialog",
                "请先在危机通讯录的职责矩阵中为“{a}”指定审批人（A），或把备用人设为在岗。",
            ).format(a=vocab_label("ACTIVITIES", activity)),
        )
        return None
    dialog = dialog_factory(
        parent,
        activity=activity,
        explanation=explanation,
        people=roster.people(workspace),
        allowed_ids=[p["id"] for p in allowed],
        subject_title=subject_title,
    )
    dialog.select_approver(allowed[0]["id"])
    while dialog.exec() == QDialog.DialogCode.Accepted:
        given = dialog.values()
        operation = Operation(parent, ctx, lambda answer=given: approve(answer))
        done = operation.failure(dialog.show_problem).run()
        if done is not None:
            return done
    return None
