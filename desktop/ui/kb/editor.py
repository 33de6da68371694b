"""The entry editor: an entry's fields, its reply variants (kind × channel), attachments, the
status line and the buttons of its life cycle (the page connects them to service calls)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import vocab
from desktop.services import kb
from desktop.ui.kb.highlight import PlaceholderHighlighter
from desktop.ui.labels import vocab_label, vocab_text
from desktop.ui.theme import icon

STATUS_COLOURS = {
    "draft": "#8d6e00",
    "in_review": "#1976d2",
    "approved": "#2e7d32",
    "retired": "#9e9e9e",
}
EMPTY_REPLY = {"kind": "public", "channel": "generic", "body": ""}


class EntryEditor(QWidget):
    """The fields of one entry and its reply variants (kind × channel)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.replies: list[dict[str, str]] = []
        self._loading = False
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("一句话概括这类评论，例如：收到的菜有异物"))
        self.category = QComboBox()
        self.language = QComboBox()
        for key, label in kb.LANGUAGE_LABELS.items():
            self.language.addItem(label, key)
        self.keywords = QLineEdit()
        self.keywords.setPlaceholderText(self.tr("用逗号分隔，例如：退款，没到账"))
        self.tone = QLineEdit()
        self.examples = QPlainTextEdit()
        self.examples.setPlaceholderText(self.tr("每行一条典型评论（原话），匹配主要靠它们"))
        self.examples.setMaximumHeight(96)

        self.reply_list = QListWidget()
        self.reply_list.setMaximumHeight(92)
        self.reply_list.currentRowChanged.connect(self._show_reply)
        add_reply = QToolButton()
        add_reply.setText(self.tr("添加回复"))
        add_reply.clicked.connect(self.add_reply)
        remove_reply = QToolButton()
        remove_reply.setText(self.tr("删除回复"))
        remove_reply.clicked.connect(self.remove_reply)
        self.kind = QComboBox()
        for key, label in kb.KIND_LABELS.items():
            self.kind.addItem(vocab_text(label), key)
        self.channel = QComboBox()
        for key, label in vocab.CHANNELS.items():
            self.channel.addItem(vocab_text(label), key)
        self.body = QPlainTextEdit()
        self.body.setObjectName("replyBody")
        self.body.setPlaceholderText(
            self.tr("回复内容。占位符：{称呼|您} {订单号} {热线}（| 后是默认值）")
        )
        self.highlighter = PlaceholderHighlighter(self.body.document())
        self.kind.currentIndexChanged.connect(self._reply_changed)
        self.channel.currentIndexChanged.connect(self._reply_changed)
        self.body.textChanged.connect(self._reply_changed)

        self.attachment_list = QListWidget()
        self.attachment_list.setObjectName("kbAttachments")
        self.attachment_list.setMaximumHeight(48)
        self.attachment_list.setFlow(QListWidget.Flow.LeftToRight)
        self.add_attachment_button = QToolButton()
        self.add_attachment_button.setText(self.tr("添加附件…"))
        self.add_attachment_button.setToolTip(self.tr("例如客服二维码图片，回复时可以一起发送"))
        self.remove_attachment_button = QToolButton()
        self.remove_attachment_button.setText(self.tr("删除附件"))

        self.status = QLabel()
        self.status.setObjectName("kbStatus")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(icon("mdi6.content-save-outline"), self.tr("保存"))
        self.submit_button = QPushButton(self.tr("提交审批"))
        self.approve_button = QPushButton(icon("mdi6.check-decagram-outline"), self.tr("审批…"))
        self.retire_button = QPushButton(self.tr("停用"))
        self.compose_button = QPushButton(icon("mdi6.reply-outline"), self.tr("用此条回复…"))
        self._lay_out(add_reply, remove_reply)

    def _lay_out(self, add_reply: QToolButton, remove_reply: QToolButton) -> None:
        form = QFormLayout()
        form.addRow(self.tr("标题"), self.title)
        form.addRow(self.tr("分类"), self.category)
        row = QHBoxLayout()
        row.addWidget(self.language)
        row.addWidget(QLabel(self.tr("关键词")))
        row.addWidget(self.keywords, 1)
        form.addRow(self.tr("语言"), row)
        form.addRow(self.tr("语气说明"), self.tone)
        form.addRow(self.tr("典型评论"), self.examples)
        reply_tools = QHBoxLayout()
        reply_tools.addWidget(add_reply)
        reply_tools.addWidget(remove_reply)
        reply_tools.addStretch(1)
        reply_tools.addWidget(QLabel(self.tr("类型")))
        reply_tools.addWidget(self.kind)
        reply_tools.addWidget(QLabel(self.tr("渠道")))
        reply_tools.addWidget(self.channel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("回复（按类型和渠道）")))
        layout.addWidget(self.reply_list)
        layout.addLayout(reply_tools)
        layout.addWidget(self.body, 1)
        attachment_row = QHBoxLayout()
        attachment_row.addWidget(QLabel(self.tr("附件")))
        attachment_row.addWidget(self.attachment_list, 1)
        attachment_row.addWidget(self.add_attachment_button)
        attachment_row.addWidget(self.remove_attachment_button)
        layout.addLayout(attachment_row)
        buttons = QHBoxLayout()
        for button in self.action_buttons():
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def action_buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.save_button,
            self.submit_button,
            self.approve_button,
            self.retire_button,
            self.compose_button,
        )

    def write_buttons(self) -> tuple[QWidget, ...]:
        """What a read-only workspace disables."""
        return (
            self.save_button,
            self.submit_button,
            self.approve_button,
            self.retire_button,
            self.add_attachment_button,
            self.remove_attachment_button,
        )

    # -- content -------------------------------------------------------------------------------

    def fill_categories(self, categories: list[kb.Category], paths: dict[int, str]) -> None:
        current = self.category.currentText()
        self.category.clear()
        self.category.addItem(self.tr("（未分类）"), "")
        for category in categories:
            self.category.addItem(paths[category.id], paths[category.id])
        index = self.category.findText(current)
        self.category.setCurrentIndex(max(0, index))

    def select_category(self, path: str) -> None:
        self.category.setCurrentIndex(max(0, self.category.findData(path)))

    def load(self, entry: kb.Entry | None) -> None:
        self._loading = True
        content = entry.content() if entry is not None else kb.Content(language="zh-CN")
        self.title.setText(content.title)
        self.select_category(content.category)
        self.language.setCurrentIndex(max(0, self.language.findData(content.language)))
        self.keywords.setText(content.keywords)
        self.tone.setText(content.tone_note)
        self.examples.setPlainText(content.examples)
        self.replies = [r.as_dict() for r in content.replies] or [dict(EMPTY_REPLY)]
        self._fill_reply_list()
        self._loading = False
        self.reply_list.setCurrentRow(0)

    def values(self) -> dict[str, Any]:
        """The fields as the services take them (kb.create_entry / kb.edit_entry)."""
        return {
            "title": self.title.text(),
            "category": self.category.currentData() or "",
            "language": self.language.currentData(),
            "keywords": self.keywords.text(),
            "tone_note": self.tone.text(),
            "examples": self.examples.toPlainText(),
            "replies": [r for r in self.replies if r["body"].strip()],
        }

    # -- reply variants ------------------------------------------------------------------------

    def _reply_label(self, reply: dict[str, str]) -> str:
        kind = vocab_label("KB_KINDS", reply["kind"])
        channel = vocab_label("CHANNELS", reply["channel"])
        preview = reply["body"].replace("\n", " ")[:40]
        return f"{kind} · {channel}  —  {preview}"

    def _fill_reply_list(self) -> None:
        self.reply_list.blockSignals(True)
        self.reply_list.clear()
        for reply in self.replies:
            self.reply_list.addItem(self._reply_label(reply))
        self.reply_list.blockSignals(False)

    def _show_reply(self, row: int) -> None:
        if not (0 <= row < len(self.replies)):
            return
        reply = self.replies[row]
        self._loading = True
        self.kind.setCurrentIndex(max(0, self.kind.findData(reply["kind"])))
        self.channel.setCurrentIndex(max(0, self.channel.findData(reply["channel"])))
        self.body.setPlainText(reply["body"])
        self._loading = False

    def _reply_changed(self) -> None:
        if self._loading:
            return
        row = self.reply_list.currentRow()
        if not (0 <= row < len(self.replies)):
            return
        self.replies[row] = {
            "kind": self.kind.currentData(),
            "channel": self.channel.currentData(),
            "body": self.body.toPlainText(),
        }
        item = self.reply_list.item(row)
        if item is not None:
            item.setText(self._reply_label(self.replies[row]))

    def add_reply(self) -> None:
        used = {r["kind"] for r in self.replies}
        kind = next((k for k in kb.KIND_LABELS if k not in used), "public")
        self.replies.append({"kind": kind, "channel": "generic", "body": ""})
        self._fill_reply_list()
        self.reply_list.setCurrentRow(len(self.replies) - 1)
        self.body.setFocus()

    def remove_reply(self) -> None:
        row = self.reply_list.currentRow()
        if 0 <= row < len(self.replies):
            del self.replies[row]
            self._fill_reply_list()
            self.reply_list.setCurrentRow(min(row, len(self.replies) - 1))
            if not self.replies:
                self.body.clear()

    # -- state ---------------------------------------------------------------------------------

    def show_status(self, entry: kb.Entry | None, *, writable: bool) -> None:
        """The status line and which life-cycle buttons apply to this entry now."""
        if entry is None:
            self.status.setText(self.tr("新条目：填好后点“保存”，再提交审批。"))
            self.status.setStyleSheet("")
            for button in (
                self.submit_button,
                self.approve_button,
                self.retire_button,
                self.compose_button,
            ):
                button.setEnabled(False)
            return
        status = entry.status
        parts = [
            self.tr("状态：{s}").format(s=vocab_label("KB_STATUSES", status)),
            self.tr("当前第 {v} 版").format(v=entry.version),
        ]
        if entry.approved_version:
            parts.append(
                self.tr("使用中：第 {v} 版，{who} 于 {at} 审批").format(
                    v=entry.approved_version,
                    who=entry.approved_by or "—",
                    at=(entry.approved_at or "")[:10],
                )
            )
        parts.append(self.tr("已用 {n} 次").format(n=entry.usage_count))
        self.status.setText(" · ".join(parts))
        self.status.setStyleSheet(f"color: {STATUS_COLOURS[status]}; font-weight: 600;")
        self.submit_button.setEnabled(writable and status == "draft")
        self.approve_button.setEnabled(writable and status in ("draft", "in_review"))
        self.retire_button.setEnabled(writable)
        self.retire_button.setText(self.tr("恢复使用") if status == "retired" else self.tr("停用"))
        self.compose_button.setEnabled(status != "retired")

    def show_attachments(self, attachments: list[kb.Attachment]) -> None:
        self.attachment_list.clear()
        for attachment in attachments:
            item = QListWidgetItem(
                icon(
                    "mdi6.image-outline"
                    if attachment.mime.startswith("image/")
                    else "mdi6.file-outline"
                ),
                f"{attachment.name} ({max(1, attachment.size // 1024)} KB)",
            )
            item.setData(Qt.ItemDataRole.UserRole, attachment.id)
            self.attachment_list.addItem(item)

    def selected_attachment(self) -> int | None:
        item = self.attachment_list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))
