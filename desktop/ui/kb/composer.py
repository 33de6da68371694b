"""The reply composer: suggestions for a mention (or typed text), the chosen script filled in,
its length against the channel, its departure from the approved script, copy and record.

The left side (the comment and what the 问答库 suggests) is composer_suggestions.SuggestionPanel;
recording the reply is one Operation around composer.mark_replied.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core import placeholders, vocab
from desktop.core.errors import UserError
from desktop.services import composer, kb, suggest
from desktop.services.context import AppContext
from desktop.ui.dialogs import show_error
from desktop.ui.kb.composer_suggestions import SuggestionPanel, relevance_text
from desktop.ui.kb.highlight import PlaceholderHighlighter
from desktop.ui.labels import joined, vocab_text
from desktop.ui.operations import Operation


class ComposerDialog(QDialog):
    """Open with a mention id (reply to it) or with free text (draft a reply only)."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        mention_id: int | None = None,
        text: str = "",
        entry_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workspace = ctx.require_workspace()
        self.mention_id = mention_id
        self.composition: composer.Composition | None = None
        self.relevance = "none"  # of the entry the reply was taken from, for the comment
        self.replied: composer.ReplyRecorded | None = None
        self.setWindowTitle(self.tr("回复助手"))
        self.resize(1180, 720)
        self._prompts: dict[str, QLineEdit] = {}

        # -- left: the comment and what the knowledge base suggests --------------------------
        self.suggestions = SuggestionPanel(ctx, mention_id)
        self.suggestions.entry_chosen.connect(self.use_entry)
        self.suggestions.similar_used.connect(self._start_from_similar)
        self.suggestions.search_timer.timeout.connect(self.refresh_suggestions)

        # -- right: the reply ------------------------------------------------------------------
        self.kind_combo = QComboBox()
        for key, label in kb.KIND_LABELS.items():
            self.kind_combo.addItem(vocab_text(label), key)
        self.channel_combo = QComboBox()
        for key, label in vocab.CHANNELS.items():
            self.channel_combo.addItem(vocab_text(label), key)
        self.script_label = QLabel()
        self.script_label.setWordWrap(True)
        self.attachments_box = QWidget()
        attachments_row = QHBoxLayout(self.attachments_box)
        attachments_row.setContentsMargins(0, 0, 0, 0)
        self.attachment_combo = QComboBox()
        self.copy_image_button = QPushButton(self.tr("复制附件图片"))
        self.copy_image_button.clicked.connect(self.copy_attachment)
        attachments_row.addWidget(QLabel(self.tr("附件")))
        attachments_row.addWidget(self.attachment_combo, 1)
        attachments_row.addWidget(self.copy_image_button)
        self.attachments_box.hide()
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("composerEditor")
        self.editor.setPlaceholderText(self.tr("选择左侧的条目，或直接在这里写回复。"))
        self.highlighter = PlaceholderHighlighter(self.editor.document())
        self.prompt_box = QGroupBox(self.tr("还需要填写"))
        self.prompt_form = QFormLayout(self.prompt_box)
        self.prompt_box.hide()
        self.counter = QLabel()
        self.counter.setObjectName("composerCounter")
        self.deviation_label = QLabel()
        self.deviation_label.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("复制到剪贴板"))
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.reply_button = QPushButton(self.tr("标记为已回复"))
        self.reply_button.setDefault(True)
        self.reply_button.clicked.connect(self.mark_replied)
        self.reply_button.setEnabled(mention_id is not None and not self.workspace.read_only)
        if mention_id is None:
            self.reply_button.setToolTip(
                self.tr("从舆情台账选中一条舆情打开回复助手，才能记录回复。")
            )
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)

        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("回复类型")))
        options.addWidget(self.kind_combo)
        options.addWidget(QLabel(self.tr("渠道")))
        options.addWidget(self.channel_combo)
        options.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.counter)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.reply_button)
        buttons.addWidget(close)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addLayout(options)
        right_box.addWidget(self.script_label)
        right_box.addWidget(self.attachments_box)
        right_box.addWidget(self.editor, 1)
        right_box.addWidget(self.prompt_box)
        right_box.addWidget(self.deviation_label)
        right_box.addLayout(buttons)

        splitter = QSplitter()
        splitter.addWidget(self.suggestions)
        splitter.addWidget(right)
        splitter.setSizes([560, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.editor.textChanged.connect(self.update_checks)
        self.kind_combo.currentIndexChanged.connect(self._recompose)
        self.channel_combo.currentIndexChanged.connect(self._recompose)

        if mention_id is not None:
            self._load_mention(mention_id)
        else:
            self.suggestions.source.setPlainText(text)
        self.refresh_suggestions()
        if entry_id is not None:
            self.use_entry(entry_id)
        self.update_checks()

    def _load_mention(self, mention_id: int) -> None:
        mention = composer.mention(self.workspace, mention_id)
        self.suggestions.show_mention(mention)
        channel = composer.channel_for_platform(mention.platform or "")
        self.channel_combo.setCurrentIndex(max(0, self.channel_combo.findData(channel)))

    # -- suggestions ------------------------------------------------------------------------

    def refresh_suggestions(self) -> None:
        self.suggestions.refresh(select_first=self.composition is None)

    def use_similar_reply(self, row: int) -> None:
        """Start from the reply an earlier, similar mention got (not an approved script)."""
        self.suggestions.use_similar(row)

    def _start_from_similar(self, similar: suggest.SimilarMention) -> None:
        self.composition = None
        self.script_label.setText(
            self.tr("以舆情 #{id} 当时的回复为底稿（不算审批话术）。").format(id=similar.mention_id)
        )
        self.script_label.setStyleSheet("color: #b26a00;")
        self.attachments_box.hide()
        self.editor.setPlainText(similar.reply)
        self._build_prompts(placeholders.unfilled(similar.reply))

    # -- the reply --------------------------------------------------------------------------

    def use_entry(self, entry_id: int) -> None:
        try:
            self.composition = composer.compose(
                self.workspace,
                entry_id,
                mention_id=self.mention_id,
                kind=self.kind_combo.currentData(),
                channel=self.channel_combo.currentData(),
            )
        except UserError as exc:
            show_error(self, self.tr("回复助手"), exc)
            return
        self.relevance = self.suggestions.relevance_of(entry_id)
        c = self.composition
        status = (
            self.tr("已审批话术（第 {v} 版）").format(v=c.version)
            if c.approved
            else self.tr(
                "注意：这是未审批的草稿（第 {v} 版），回复会被标记为“非审批话术”。"
            ).format(v=c.version)
        )
        self.script_label.setText(status)
        self.script_label.setStyleSheet("" if c.approved else "color: #b26a00;")
        self.editor.setPlainText(c.filled)
        self._build_prompts(c.unfilled)
        self.attachment_combo.clear()
        for attachment in kb.attachments(self.workspace, entry_id):
            self.attachment_combo.addItem(attachment.name, (attachment.id, attachment.mime))
        self.attachments_box.setVisible(self.attachment_combo.count() > 0)

    def _recompose(self) -> None:
        if self.composition is not None and self.composition.entry_id is not None:
            self.use_entry(self.composition.entry_id)
        else:
            self.update_checks()

    def _build_prompts(self, names: list[str]) -> None:
        while self.prompt_form.rowCount():
            self.prompt_form.removeRow(0)
        self._prompts = {}
        for name in names:
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("输入后按回车填入"))
            edit.returnPressed.connect(lambda n=name, e=edit: self.fill_placeholder(n, e.text()))
            self.prompt_form.addRow(f"{{{name}}}", edit)
            self._prompts[name] = edit
        self.prompt_box.setVisible(bool(names))

    def fill_placeholder(self, name: str, value: str) -> None:
        if not value.strip():
            return
        text = self.editor.toPlainText()
        for placeholder in reversed(placeholders.parse(text)):
            if placeholder.name == name:
                text = text[: placeholder.start] + value.strip() + text[placeholder.end :]
        self.editor.setPlainText(text)
        self._build_prompts(placeholders.unfilled(text))

    def current_check(self) -> composer.Check:
        c = self.composition
        script = ""
        if c is not None:
            script = composer.script_for_comparison(c.filled)
        return composer.check(
            self.editor.toPlainText(),
            channel=self.channel_combo.currentData(),
            script=script,
            approved=bool(c and c.approved),
            limit_threshold=kb.threshold(self.workspace),
        )

    def update_checks(self) -> None:
        if self.workspace.closed:
            return
        check = self.current_check()
        if check.limit is None:
            self.counter.setText(
                self.tr("{n} 字（{source}）").format(n=check.count, source=check.limit_source)
            )
            self.counter.setStyleSheet("")
        else:
            self.counter.setText(
                self.tr("{n} / {limit} 字").format(n=check.count, limit=check.limit)
                + (self.tr("，超出 {over} 字").format(over=check.over) if check.over else "")
            )
            self.counter.setToolTip(check.limit_source)
            self.counter.setStyleSheet("color: #d32f2f; font-weight: 600;" if check.over else "")
        messages = []
        if self.composition is not None and check.heavily_edited:
            messages.append(
                self.tr(
                    "与问答库话术相差 {p}%，将记为“非审批话术”。需要长期使用请回问答库修改并审批。"
                ).format(p=check.deviation)
            )
        elif self.composition is not None and check.deviation:
            messages.append(self.tr("与话术相差 {p}%。").format(p=check.deviation))
        elif self.composition is not None and self.composition.approved:
            if self.relevance == "strong":
                messages.append(self.tr("与问答库话术一致。"))
            else:
                messages.append(
                    self.tr(
                        "与所选条目的话术一致，但它与这条评论的相关度是“{relevance}”，请确认适用。"
                    ).format(relevance=relevance_text(self.relevance))
                )
        elif self.composition is not None:
            messages.append(self.tr("与所选草稿的话术一致（未审批，将记为“非审批话术”）。"))
        if check.unfilled:
            messages.append(
                self.tr("还有占位符没填：{names}").format(
                    names=joined("{" + n + "}" for n in check.unfilled)
                )
            )
        self.deviation_label.setText("\n".join(messages))
        warn = check.heavily_edited or bool(check.unfilled)
        self.deviation_label.setStyleSheet("color: #b26a00;" if warn else "color: #616161;")

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.editor.toPlainText())
        self.copy_button.setText(self.tr("已复制 ✓"))
        button = self.copy_button
        QTimer.singleShot(1500, button, lambda: button.setText(self.tr("复制到剪贴板")))

    def copy_attachment(self) -> bool:
        data = self.attachment_combo.currentData()
        if data is None:
            return False
        attachment_id, mime = data
        payload = kb.attachment_data(self.workspace, attachment_id)
        if mime.startswith("image/"):
            image = QImage.fromData(payload)
            if image.isNull():
                show_error(self, self.tr("复制附件"), self.tr("这张图片无法读取。"))
                return False
            QGuiApplication.clipboard().setImage(image)
        else:
            show_error(
                self,
                self.tr("复制附件"),
                self.tr("只有图片可以直接复制。"),
                self.tr("请在问答库里把附件另存后发送。"),
            )
            return False
        self.copy_image_button.setText(self.tr("已复制 ✓"))
        button = self.copy_image_button
        QTimer.singleShot(1500, button, lambda: button.setText(self.tr("复制附件图片")))
        return True

    def mark_replied(self) -> None:
        """Record the reply on the mention (one Operation: the mention and the script's usage)."""
        if self.mention_id is None:
            return
        c = self.composition
        workspace, mention_id = self.workspace, self.mention_id
        text = self.editor.toPlainText()
        channel = self.channel_combo.currentData()
        kind = self.kind_combo.currentData()
        done = (
            Operation(
                self,
                self.ctx,
                lambda: composer.mark_replied(
                    workspace, mention_id, c.entry_id if c else None, text, channel, kind=kind
                ),
            )
            .titled(self.tr("标记为已回复"))
            .run()
        )
        if done is not None:
            self.replied = done
            self.accept()

    def result_summary(self) -> dict[str, Any]:
        return {} if self.replied is None else dict(self.replied.__dict__)


def open_composer(
    ctx: AppContext,
    parent: QWidget | None,
    *,
    mention_id: int | None = None,
    text: str = "",
    entry_id: int | None = None,
) -> ComposerDialog | None:
    """Build and show the composer (non-blocking); errors become a message, not a traceback."""
    try:
        dialog = ComposerDialog(ctx, parent, mention_id=mention_id, text=text, entry_id=entry_id)
    except UserError as exc:
        show_error(parent, QCoreApplication.translate("ComposerDialog", "回复助手"), exc)
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
