"""Shared dialogs: errors that say what happened and what to do, new workspace, settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop import WORKSPACE_SUFFIX
from desktop.core.errors import UserError
from desktop.services.context import Settings
from desktop.ui.theme import LANGUAGES


def show_error(parent: QWidget | None, title: str, error: Exception | str, hint: str = "") -> None:
    """Never a traceback: the message and what to do next."""
    if isinstance(error, UserError):
        message, hint = error.message, hint or error.hint
    else:
        message = str(error)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(message)
    if hint:
        box.setInformativeText(hint)
    box.exec()


def workspace_file_filter() -> str:
    return QCoreApplication.translate(
        "dialogs", "CrisisDesk 工作区 (*{suffix});;所有文件 (*)"
    ).format(suffix=WORKSPACE_SUFFIX)


class NewWorkspaceDialog(QDialog):
    def __init__(self, parent: QWidget | None, start_folder: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新建工作区"))
        self.setMinimumWidth(520)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("例如：某品牌 2026 年舆情"))
        self.brand = QLineEdit()
        self.brand.setToolTip(self.tr("品牌名会成为一个监测组，导入的舆情自动匹配。"))
        self.products = QLineEdit()
        self.products.setPlaceholderText(self.tr("用逗号或顿号分隔，例如：凯撒沙拉、藜麦能量碗"))
        self.products.setToolTip(self.tr("每个产品会成为一个监测组。"))
        self.client = QLineEdit()
        self.location = QLineEdit()
        # The industry picks the 问答库's seed pack (core.vocab.INDUSTRIES; the labels are
        # written out for pyside6-lupdate, a test keeps them in step with the vocabulary).
        self.industry = QComboBox()
        for key, label in self.industry_labels().items():
            self.industry.addItem(label, key)
        self.industry.setCurrentIndex(self.industry.findData("general"))
        self.industry.setToolTip(
            self.tr("问答库会预置通用的危机话术，再加上所选行业的常见问题话术。")
        )
        self._start = start_folder
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._browse)
        location_row = QHBoxLayout()
        location_row.addWidget(self.location, 1)
        location_row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("名称"), self.name)
        form.addRow(self.tr("品牌"), self.brand)
        form.addRow(self.tr("产品"), self.products)
        form.addRow(self.tr("客户"), self.client)
        form.addRow(self.tr("行业"), self.industry)
        form.addRow(self.tr("保存位置"), location_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.name.textChanged.connect(self._suggest_location)

    def industry_labels(self) -> dict[str, str]:
        """INDUSTRIES key → label in the UI language, in the vocabulary's order."""
        return {
            "food": self.tr("餐饮/食品"),
            "retail": self.tr("零售电商"),
            "entertainment": self.tr("文娱影视/艺人"),
            "internet": self.tr("互联网 App/平台"),
            "education": self.tr("教育培训"),
            "travel": self.tr("酒店旅游"),
            "general": self.tr("通用"),
        }

    def _suggest_location(self, text: str) -> None:
        if not self.location.isModified():
            safe = "".join(c for c in text if c not in '\\/:*?"<>|').strip() or "workspace"
            self.location.setText(str(self._start / f"{safe}{WORKSPACE_SUFFIX}"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("保存工作区"),
            self.location.text() or str(self._start),
            workspace_file_filter(),
        )
        if path:
            self.location.setText(path)
            self.location.setModified(True)

    def _accept(self) -> None:
        if not self.name.text().strip():
            show_error(self, self.tr("新建工作区"), self.tr("请填写工作区名称。"))
            return
        if not self.location.text().strip():
            self._suggest_location(self.name.text())
        self.accept()

    def values(self) -> dict[str, str]:
        return {
            "name": self.name.text().strip(),
            "brand": self.brand.text().strip(),
            "products": self.products.text().strip(),
            "client": self.client.text().strip(),
            "industry": str(self.industry.currentData()),
            "path": self.location.text().strip(),
        }


class SettingsDialog(QDialog):
    """The user's own preferences; the language applies at the next start."""

    def __init__(self, parent: QWidget | None, settings: Settings) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("设置"))
        self.setMinimumWidth(420)
        self.user_name = QLineEdit(settings.get("user_name") or "")
        self.user_name.setPlaceholderText(settings.user_name)
        self.language = QComboBox()
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("language"))))
        form = QFormLayout(self)
        form.addRow(self.tr("你的名字（审计日志和记录人）"), self.user_name)
        form.addRow(self.tr("界面语言（重启后生效）"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _save(self) -> None:
        self.settings.set_user_name(self.user_name.text())
        self.settings.set("language", self.language.currentData())
        self.accept()
