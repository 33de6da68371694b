"""The values filled into every reply ({热线}, {合作邮箱} …) and the deviation threshold: a
dialog that only collects them; the page saves them through one service call."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

SUGGESTED_NAMES = ("热线", "合作邮箱", "媒体邮箱")


class KbValuesDialog(QDialog):
    """Values filled into every reply ({热线}, {合作邮箱} …) and the deviation threshold."""

    def __init__(self, parent: QWidget, values: dict[str, str], threshold: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("话术变量"))
        self.resize(480, 380)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("占位符名称"), self.tr("填入的内容")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for name, value in values.items():
            self._add_row(name, value)
        for name in SUGGESTED_NAMES:
            if name not in values:
                self._add_row(name, "")
        add = QToolButton()
        add.setText(self.tr("添加一行"))
        add.clicked.connect(lambda: self._add_row("", ""))
        self.threshold = QSpinBox()
        self.threshold.setRange(0, 100)
        self.threshold.setSuffix(" %")
        self.threshold.setValue(threshold)
        hint = QLabel(
            self.tr(
                "回复里的 {热线} 等占位符会自动换成这里的内容。"
                "改动超过阈值的回复会被记为“非审批话术”。"
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(add)
        form = QFormLayout()
        form.addRow(self.tr("改动幅度阈值"), self.threshold)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _add_row(self, name: str, value: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        self.table.setItem(row, 1, QTableWidgetItem(value))

    def values(self) -> dict[str, str]:
        out = {}
        for row in range(self.table.rowCount()):
            name = self.table.item(row, 0)
            value = self.table.item(row, 1)
            if name is not None and name.text().strip():
                out[name.text().strip()] = value.text() if value is not None else ""
        return out
