"""The one "show full contacts" choice of every export that writes people's contacts.

Masked is the default; ticking it asks for a confirmation that says the export is audited,
and a read-only workspace (which cannot write the audit row) does not offer it. The mention
export and the roster export use this same widget, so the rule reads the same everywhere.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QMessageBox, QVBoxLayout, QWidget

WARNING_STYLE = "color: #b45309;"


class UnmaskContactsOption(QWidget):
    """A checkbox and a note; `checked()` says whether the user confirmed a full export.

    `question` is the confirmation text, `masked_note` / `unmasked_note` what the note says in
    each state (written by the dialog that knows what it exports)."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        read_only: bool,
        question: str,
        masked_note: str,
        unmasked_note: str,
        object_name: str,
    ) -> None:
        super().__init__(parent)
        self.question = question
        self.masked_note = masked_note
        self.unmasked_note = unmasked_note
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.checkbox = QCheckBox(self.tr("显示完整联系方式（不打码）"))
        self.checkbox.setObjectName(object_name)
        self.checkbox.toggled.connect(self._toggled)
        layout.addWidget(self.checkbox)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        if read_only:
            self.checkbox.setEnabled(False)
            self.checkbox.setToolTip(
                self.tr("只读打开的工作区无法记录审计日志，只能导出打码版本。")
            )
        self._show_note()

    def checked(self) -> bool:
        return self.checkbox.isChecked()

    def _toggled(self, checked: bool) -> None:
        if checked:
            answer = QMessageBox.question(
                self,
                self.tr("导出完整联系方式"),
                self.question,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.checkbox.blockSignals(True)
                self.checkbox.setChecked(False)
                self.checkbox.blockSignals(False)
        self._show_note()

    def _show_note(self) -> None:
        unmasked = self.checkbox.isChecked()
        self.note.setText(self.unmasked_note if unmasked else self.masked_note)
        self.note.setStyleSheet(WARNING_STYLE if unmasked else "")
