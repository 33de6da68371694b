"""The composer's left side: the comment being answered, the 问答库 entries ranked for it, the
answered mentions most like it, and why an entry matched."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.printing.chart import SENTIMENT_COLOURS
from desktop.services import composer, suggest
from desktop.services.context import AppContext
from desktop.ui.kb.highlight import mark_words
from desktop.ui.labels import joined
from desktop.ui.rows_model import RowsTableModel

SUGGESTION_LIMIT = 8
SEARCH_DELAY_MS = 200

Index = QModelIndex | QPersistentModelIndex


def relevance_text(level: str) -> str:
    """A suggestion's relevance (services.suggest: strong / possible / none) in words."""
    words = {
        "strong": QCoreApplication.translate("Relevance", "强相关"),
        "possible": QCoreApplication.translate("Relevance", "可能相关"),
    }
    return words.get(level, QCoreApplication.translate("Relevance", "不相关"))


def read_only_table(model: RowsTableModel) -> QTableView:
    """A table of whole-row, single selection; the first column (and a second of two) stretch."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    if model.columnCount() == 2:
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return view


class SuggestionPanel(QWidget):
    """`entry_chosen(id)` when an entry is picked; `similar_used(SimilarMention)` when the user
    double-clicks an answered mention to start from its reply."""

    entry_chosen = Signal(int)
    similar_used = Signal(object)

    def __init__(
        self, ctx: AppContext, mention_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = ctx.require_workspace()
        self.mention_id = mention_id
        self.source = QPlainTextEdit()
        self.source.setObjectName("composerSource")
        self.source.setPlaceholderText(
            self.tr("粘贴或输入要回复的评论，下面会列出相似的问答库条目和已回复的舆情。")
        )
        self.source.setMaximumHeight(110)
        self.source_info = QLabel()
        self.source_info.setObjectName("pageSubtitle")
        self.source_info.setWordWrap(True)
        self.entries_model = RowsTableModel(
            [
                (self.tr("问答库条目"), lambda r: r.title),
                (
                    self.tr("状态"),
                    lambda r: self.tr("已审批") if r.approved else self.tr("未审批"),
                ),
                (self.tr("相关度"), lambda r: relevance_text(r.relevance)),
            ],
            self,
            colour=lambda r: None if r.approved else SENTIMENT_COLOURS["unknown"],
        )
        self.entries_view = read_only_table(self.entries_model)
        self.entries_view.selectionModel().currentRowChanged.connect(self._entry_chosen)
        self.similar_model = RowsTableModel(
            [
                (self.tr("相似的已回复舆情"), lambda r: r.text),
                (self.tr("当时的回复"), lambda r: r.reply),
                (self.tr("相关度"), lambda r: relevance_text(r.relevance)),
            ],
            self,
        )
        self.similar_view = read_only_table(self.similar_model)
        self.similar_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.similar_view.selectionModel().currentRowChanged.connect(self._similar_chosen)
        self.similar_view.doubleClicked.connect(lambda index: self.use_similar(index.row()))
        self.similar_view.setToolTip(self.tr("双击：以这条舆情当时的回复为底稿"))
        self.explain = QTextBrowser()
        self.explain.setObjectName("composerExplain")
        self.explain.setMaximumHeight(120)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("pageSubtitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("评论")))
        layout.addWidget(self.source)
        layout.addWidget(self.source_info)
        layout.addWidget(self.entries_view, 3)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.similar_view, 2)
        layout.addWidget(self.explain)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.source.textChanged.connect(self.search_timer.start)

    def show_mention(self, mention: composer.MentionToReply) -> None:
        """Answering this mention: its text (read-only), who wrote it where, an earlier reply."""
        self.source.setPlainText(mention.text or mention.title or "")
        self.source.setReadOnly(True)
        who = mention.author or self.tr("（作者未知）")
        info = self.tr("{who} · {platform}").format(who=who, platform=mention.platform or "—")
        if mention.reply_text:
            info += self.tr(" · 已回复过：{reply}").format(reply=mention.reply_text[:60])
        self.source_info.setText(info)

    def relevance_of(self, entry_id: int) -> str:
        """The relevance of a listed entry for the comment ("none" when it is not listed)."""
        for row in range(self.entries_model.rowCount()):
            entry = self.entries_model.row_at(row)
            if entry is not None and entry.id == entry_id:
                return str(entry.relevance)
        return "none"

    def refresh(self, *, select_first: bool) -> None:
        """Suggestions for the comment as it reads now; `select_first` picks the best entry
        when it is a strong match (below that the reply starts empty, candidates listed)."""
        if self.workspace.closed:
            return
        text = self.source.toPlainText()
        result = suggest.suggest(
            self.workspace, text, SUGGESTION_LIMIT, exclude_mention_id=self.mention_id
        )
        self.entries_model.set_rows(result.entries)
        self.similar_model.set_rows(result.similar)
        if not text.strip():
            self.empty_label.setText(self.tr("先输入评论内容。"))
        elif not result.entries:
            self.empty_label.setText(
                self.tr(
                    "问答库里没有相似的条目：可以直接写回复，之后在问答库新建一个条目沉淀下来。"
                )
            )
        elif result.entries[0].relevance != "strong":
            self.empty_label.setText(
                self.tr(
                    "没有强相关的条目，回复从空白开始：上面列出的候选只是可能相关或不相关，"
                    "确认适用再选用。"
                )
            )
        else:
            self.empty_label.setText("")
        self.empty_label.setVisible(bool(self.empty_label.text()))
        self.explain.clear()
        if result.entries and select_first and result.entries[0].relevance == "strong":
            self.entries_view.selectRow(0)

    def _entry_chosen(self, current: Index, _previous: Index | None = None) -> None:
        row = self.entries_model.row_at(current.row())
        if row is None:
            return
        self.explain.setHtml(
            relevance_text(row.relevance)
            + " · "
            + self.tr("命中的词：")
            + joined(f"<b>{w}</b>" for w in row.matched)
            + "<br>"
            + mark_words(self.source.toPlainText(), row.matched)
        )
        self.entry_chosen.emit(row.id)

    def _similar_chosen(self, current: Index, _previous: Index | None = None) -> None:
        row = self.similar_model.row_at(current.row())
        if row is None:
            return
        self.explain.setHtml(
            relevance_text(row.relevance)
            + "<br>"
            + mark_words(row.text, row.matched)
            + "<br><br>"
            + self.tr("当时的回复：")
            + mark_words(row.reply, [])
        )

    def use_similar(self, row: int) -> None:
        similar = self.similar_model.row_at(row)
        if similar is not None:
            self.entries_view.clearSelection()
            self.similar_used.emit(similar)
