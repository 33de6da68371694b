"""导出危机通讯录: where to save, and masked (the default) or full contacts.

The same choice as the mention export's dialog (ui/export_dialog): contacts are masked unless
the user ticks "显示完整联系方式" and confirms; that export is audited before the file is
written (services/roster/excel), and a read-only workspace cannot offer it. The crisis card is
the way to print full contacts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.contact_privacy import UnmaskContactsOption
from desktop.ui.dialogs import show_error


class RosterExportDialog(QDialog):
    """File name and the masked/unmasked choice for one roster export."""

    def __init__(self, parent: QWidget | None, *, default_path: Path, read_only: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导出危机通讯录"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(str(default_path))
        self.path_edit.setObjectName("roster_export_path")
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        row.addWidget(QLabel(self.tr("保存到")))
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        notes = QLabel(
            self.tr(
                "Excel 文件包含“人员”“职责矩阵”两张表，可以改好后用“导入 Excel”读回。"
                "需要打印完整联系方式时，请用“打印危机联络卡”。"
            )
        )
        notes.setWordWrap(True)
        layout.addWidget(notes)
        self.privacy_option = UnmaskContactsOption(
            self,
            read_only=read_only,
            question=self.tr(
                "导出的文件将包含成员完整的手机、微信和邮箱。"
                "这次导出会记入审计日志（谁、何时、导出了什么、多少人）。\n\n"
                "确定要导出不打码的版本吗？"
            ),
            masked_note=self.tr(
                "手机、微信、邮箱会打码（如 138****8000）；读回打码的文件不会覆盖已有的联系方式。"
            ),
            unmasked_note=self.tr(
                "⚠ 将导出完整联系方式，并记入审计日志。请妥善保管导出的文件，不要外发。"
            ),
            object_name="roster_export_unmask",
        )
        self.unmask_box = self.privacy_option.checkbox
        self.privacy_note = self.privacy_option.note
        layout.addWidget(self.privacy_option)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("导出"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出 Excel"), self.path_edit.text(), self.tr("Excel 文件 (*.xlsx)")
        )
        if path:
            self.path_edit.setText(path)

    def _accept(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            show_error(self, self.tr("导出危机通讯录"), self.tr("请填写要保存的文件名。"))
            return
        path = self.path()
        self.path_edit.setText(str(path))
        if not path.parent.is_dir():
            show_error(
                self,
                self.tr("导出危机通讯录"),
                self.tr("保存位置不存在：{folder}").format(folder=path.parent),
                self.tr("请选择一个已有的文件夹。"),
            )
            return
        self.accept()

    def path(self) -> Path:
        path = Path(self.path_edit.text().strip()).expanduser()
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")

    def unmask_contacts(self) -> bool:
        return self.unmask_box.isChecked()
