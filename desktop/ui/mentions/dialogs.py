"""Dialogs of the mention log: bulk edit of a selection, the workspace's issue-type list."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.labels import vocab_labels

KEEP = "__keep__"


class BulkEditDialog(QDialog):
    """Set the same sentiment / issue type / nature / status / owner on many mentions."""

    def __init__(
        self, parent: QWidget | None, count: int, issue_labels: dict[str, str], owners: list[str]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("批量编辑"))
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("修改所选的 {n} 条舆情；“不修改”的项保持原样。").format(n=count))
        )
        form = QFormLayout()
        self.sentiment = self._combo(vocab_labels("SENTIMENTS"))
        self.issue_type = self._combo({"": self.tr("（清空）"), **issue_labels})
        self.nature = self._combo({"": self.tr("（清空）"), **vocab_labels("NATURES")})
        self.status = self._combo(vocab_labels("STATUSES"))
        self.owner = QComboBox()
        self.owner.setEditable(True)
        self.owner.addItem(self.tr("（不修改）"), KEEP)
        for owner in owners:
            self.owner.addItem(owner, owner)
        form.addRow(self.tr("情感"), self.sentiment)
        form.addRow(self.tr("问题类型"), self.issue_type)
        form.addRow(self.tr("性质"), self.nature)
        form.addRow(self.tr("状态"), self.status)
        form.addRow(self.tr("负责人"), self.owner)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _combo(self, options: dict[str, str]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("（不修改）"), KEEP)
        for key, label in options.items():
            combo.addItem(label, key)
        return combo

    def changes(self) -> dict[str, Any]:
        changes: dict[str, Any] = {}
        for name, combo in (
            ("sentiment", self.sentiment),
            ("issue_type", self.issue_type),
            ("nature", self.nature),
            ("status", self.status),
        ):
            if combo.currentData() != KEEP:
                changes[name] = combo.currentData()
        owner_text = self.owner.currentText().strip()
        if owner_text != self.tr("（不修改）"):
            changes["owner"] = owner_text
        return changes


class IssueTypesDialog(QDialog):
    """The workspace's issue types, one per line (order kept; removed types stay on old rows)."""

    def __init__(self, parent: QWidget | None, labels: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("编辑问题类型"))
        self.setMinimumSize(360, 360)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("每行一个问题类型。删除某个类型时，已标注它的舆情保留原值。"))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.editor = QPlainTextEdit("\n".join(labels))
        layout.addWidget(self.editor)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def labels(self) -> list[str]:
        return [line.strip() for line in self.editor.toPlainText().splitlines() if line.strip()]
