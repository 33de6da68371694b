"""The suggestion tester: paste a comment and see which entries the 问答库 would offer (with the
words that matched) and which answered mentions are alike — a way to check typical comments."""

from __future__ import annotations

import html

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desktop.services import suggest
from desktop.services.context import AppContext
from desktop.ui.kb.composer import open_composer
from desktop.ui.kb.composer_suggestions import relevance_text
from desktop.ui.kb.highlight import MATCH, mark_words
from desktop.ui.labels import joined
from desktop.ui.theme import icon

TEST_DELAY_MS = 250
TEST_LIMIT = 5
ENTRY_LINK = "entry:"


class SuggestionTester(QWidget):
    """`entry_requested(id)` when the user follows a suggested entry's link."""

    entry_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.input = QPlainTextEdit()
        self.input.setObjectName("kbTestInput")
        self.input.setPlaceholderText(self.tr("粘贴一条评论，看看问答库会推荐什么"))
        self.input.setMaximumHeight(90)
        self.results = QTextBrowser()
        self.results.setObjectName("kbTestResults")
        self.results.setOpenLinks(False)
        self.results.anchorClicked.connect(self._open_link)
        compose = QPushButton(icon("mdi6.reply-outline"), self.tr("在回复助手中打开…"))
        compose.clicked.connect(
            lambda: open_composer(self.ctx, self, text=self.input.toPlainText())
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TEST_DELAY_MS)
        self._timer.timeout.connect(self.run)
        self.input.textChanged.connect(self._timer.start)
        layout = QVBoxLayout(self)
        layout.addWidget(self.input)
        layout.addWidget(self.results, 1)
        layout.addWidget(compose)

    def run(self) -> None:
        workspace = self.ctx.workspace
        text = self.input.toPlainText()
        if workspace is None or workspace.closed or not text.strip():
            self.results.setHtml(self.tr("输入一条评论，这里会列出匹配的条目和相似的已回复舆情。"))
            return
        result = suggest.suggest(workspace, text, TEST_LIMIT)
        matched = sorted({w for e in result.entries for w in e.matched})
        parts = [f"<p>{mark_words(text, matched)}</p>"]
        if not result.entries:
            parts.append(self.tr("<p>没有匹配的条目：可以新建一个，把这条评论写进“典型评论”。</p>"))
        for entry in result.entries:
            flag = "" if entry.approved else self.tr("（未审批）")
            parts.append(
                f"<p><a href='{ENTRY_LINK}{entry.id}'><b>{html.escape(entry.title)}</b></a>"
                f"{flag} <span style='color:#757575'>{relevance_text(entry.relevance)}</span><br>"
                + self.tr("命中：")
                + joined(
                    f"<span style='background:{MATCH}'>{html.escape(w)}</span>"
                    for w in entry.matched
                )
                + f"<br><span style='color:#424242'>{html.escape(entry.reply)}</span></p>"
            )
        if result.similar:
            parts.append("<hr><b>" + self.tr("相似的已回复舆情") + "</b>")
            for item in result.similar:
                parts.append(
                    f"<p>{mark_words(item.text, item.matched)}"
                    f" <span style='color:#757575'>{relevance_text(item.relevance)}</span><br>"
                    f"<span style='color:#2e7d32'>↳ {html.escape(item.reply)}</span></p>"
                )
        self.results.setHtml("".join(parts))

    def _open_link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith(ENTRY_LINK):
            self.entry_requested.emit(int(text.removeprefix(ENTRY_LINK)))
