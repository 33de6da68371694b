"""The drill console's small dialogs: a statement draft, an internal notice, the finish."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.core.case_vocab import STATEMENT_CHANNELS
from desktop.ui.labels import vocab_label


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class StatementDraftDialog(QDialog):
    """A holding statement (暂缓声明) for a channel; `values()` → (channel, body)."""

    def __init__(self, parent: QWidget | None, *, body: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("写暂缓声明"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        self.channel_combo = QComboBox()
        for key in STATEMENT_CHANNELS:
            if key != "internal":
                self.channel_combo.addItem(vocab_label("STATEMENT_CHANNELS", key), key)
        form.addRow(self.tr("渠道"), self.channel_combo)
        self.body_edit = QPlainTextEdit(body)
        self.body_edit.setPlaceholderText(
            self.tr("例如：我们已关注到网友反映的情况，正在全面核实，将第一时间公布进展。")
        )
        form.addRow(self.tr("正文"), self.body_edit)
        form.addRow(_buttons(self, self.tr("保存草稿")))

    def values(self) -> tuple[str, str]:
        return str(self.channel_combo.currentData()), self.body_edit.toPlainText().strip()


class NoticeDialog(QDialog):
    """The internal notice (内部通知) the team sent, as the drill's timeline records it."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("发内部通知"))
        self.setMinimumWidth(480)
        form = QFormLayout(self)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(
            self.tr("例如：请全体门店员工统一口径，不对外发表个人看法。")
        )
        form.addRow(self.tr("通知内容"), self.text_edit)
        form.addRow(_buttons(self, self.tr("记录通知")))

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()


class FinishDrillDialog(QDialog):
    """The lessons (one a line, prefilled with the findings), who took part, keep the copy."""

    def __init__(self, parent: QWidget | None, *, findings: list[str], summary: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("结束演练"))
        self.setMinimumWidth(600)
        form = QFormLayout(self)
        label = QLabel(summary)
        label.setWordWrap(True)
        form.addRow(label)
        self.lessons_edit = QPlainTextEdit("\n".join(findings))
        self.lessons_edit.setToolTip(self.tr("每行一条；结束后可以一键转为问答库草稿或预案修改。"))
        form.addRow(self.tr("经验教训"), self.lessons_edit)
        self.participants_edit = QLineEdit()
        self.participants_edit.setPlaceholderText(self.tr("例如：周若溪、林嘉禾、陈子墨"))
        form.addRow(self.tr("参加人"), self.participants_edit)
        self.keep_copy = QCheckBox(self.tr("保留演练副本（在数据文件夹里，可以以后查看）"))
        form.addRow(self.keep_copy)
        note = QLabel(self.tr("正式工作区只会记录一条演练总结，并在预案上标明已演练。"))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        form.addRow(note)
        form.addRow(_buttons(self, self.tr("结束并记录")))

    def values(self) -> tuple[list[str], str, bool]:
        lessons = [line.strip() for line in self.lessons_edit.toPlainText().splitlines()]
        return (
            [line for line in lessons if line],
            self.participants_edit.text().strip(),
            self.keep_copy.isChecked(),
        )
