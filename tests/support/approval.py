"""Drive the real approval dialog without a modal loop: each `exec()` runs the next answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog

from desktop.ui.approval_dialog import ApprovalDialog

Answer = Callable[[ApprovalDialog], None]


def pick(person_id: int, *, method: str = "", note: str = "", evidence: Any = None) -> Answer:
    """An answer: choose this approver (and method, note, evidence file), then press OK."""

    def fill(dialog: ApprovalDialog) -> None:
        dialog.select_approver(person_id)
        if method:
            dialog.method_combo.setCurrentIndex(dialog.method_combo.findData(method))
        if note:
            dialog.note_edit.setText(note)
        if evidence is not None:
            dialog.choose_evidence(evidence)

    return fill


class Answering:
    """A dialog factory for `approve_through_dialog`; keeps the dialog it made to inspect."""

    def __init__(self, *answers: Answer) -> None:
        self.answers = list(answers)
        self.dialog: ApprovalDialog | None = None
        self.problems: list[str] = []

    def __call__(self, parent: Any, **kwargs: Any) -> ApprovalDialog:
        script = self

        class Scripted(ApprovalDialog):
            def exec(self) -> int:
                if not script.answers:
                    return QDialog.DialogCode.Rejected
                self.setResult(QDialog.DialogCode.Rejected)
                script.answers.pop(0)(self)
                self.submit()
                return self.result()

            def show_problem(self, error: Any) -> None:
                script.problems.append(f"{error.message} {error.hint}")
                super().show_problem(error)

        self.dialog = Scripted(parent, **kwargs)
        return self.dialog


def answering(*answers: Answer) -> Answering:
    return Answering(*answers)
