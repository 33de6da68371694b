"""问答库: category tree, searchable list, editor with reply variants and approval, version
history with diff and restore, and a box to test a comment against the knowledge base."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import vocab
from desktop.core.changes import Changes
from desktop.core.errors import UserError
from desktop.core.kb_filter import EntryFilter
from desktop.services import kb, suggest
from desktop.services.kb import excel as kb_excel
from desktop.ui.approval_dialog import ApprovalDialog, DialogFactory, approve_through_dialog
from desktop.ui.dialogs import show_error
from desktop.ui.kb.composer import ComposerDialog, open_composer
from desktop.ui.kb.highlight import PlaceholderHighlighter, mark_words
from desktop.ui.kb.models import RowsTableModel
from desktop.ui.labels import joined, vocab_label, vocab_text
from desktop.ui.page import Page, page_header
from desktop.ui.theme import icon
from desktop.ui.workers import Task, run_with_progress

ALL = -1
STATUS_COLOURS = {
    "draft": "#8d6e00",
    "in_review": "#1976d2",
    "approved": "#2e7d32",
    "retired": "#9e9e9e",
}


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
        for name in ("热线", "合作邮箱", "媒体邮箱"):
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


class EntryEditor(QWidget):
    """The fields of one entry and its reply variants (kind × channel)."""

    def __init__(self, page: KbPage) -> None:
        super().__init__()
        self.page = page
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
        self.add_attachment_button.clicked.connect(lambda: page.add_attachment())
        self.remove_attachment_button = QToolButton()
        self.remove_attachment_button.setText(self.tr("删除附件"))
        self.remove_attachment_button.clicked.connect(page.remove_attachment)

        self.status = QLabel()
        self.status.setObjectName("kbStatus")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(icon("mdi6.content-save-outline"), self.tr("保存"))
        self.submit_button = QPushButton(self.tr("提交审批"))
        self.approve_button = QPushButton(icon("mdi6.check-decagram-outline"), self.tr("审批…"))
        self.retire_button = QPushButton(self.tr("停用"))
        self.compose_button = QPushButton(icon("mdi6.reply-outline"), self.tr("用此条回复…"))
        self.save_button.clicked.connect(page.save_entry)
        self.submit_button.clicked.connect(page.submit_entry)
        self.approve_button.clicked.connect(page.approve_entry)
        self.retire_button.clicked.connect(page.retire_or_reactivate)
        self.compose_button.clicked.connect(page.compose_with_entry)

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
        for button in (
            self.save_button,
            self.submit_button,
            self.approve_button,
            self.retire_button,
            self.compose_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def fill_categories(self, categories: list[kb.Category], paths: dict[int, str]) -> None:
        current = self.category.currentText()
        self.category.clear()
        self.category.addItem(self.tr("（未分类）"), "")
        for category in categories:
            self.category.addItem(paths[category.id], paths[category.id])
        index = self.category.findText(current)
        self.category.setCurrentIndex(max(0, index))

    def load(self, entry: kb.Entry | None) -> None:
        self._loading = True
        content = entry.content() if entry is not None else kb.Content(language="zh-CN")
        self.title.setText(content.title)
        self.category.setCurrentIndex(max(0, self.category.findData(content.category)))
        self.language.setCurrentIndex(max(0, self.language.findData(content.language)))
        self.keywords.setText(content.keywords)
        self.tone.setText(content.tone_note)
        self.examples.setPlainText(content.examples)
        self.replies = [r.as_dict() for r in content.replies] or [
            {"kind": "public", "channel": "generic", "body": ""}
        ]
        self._fill_reply_list()
        self._loading = False
        self.reply_list.setCurrentRow(0)

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

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "category": self.category.currentData() or "",
            "language": self.language.currentData(),
            "keywords": self.keywords.text(),
            "tone_note": self.tone.text(),
            "examples": self.examples.toPlainText(),
            "replies": [r for r in self.replies if r["body"].strip()],
        }


class KbPage(Page):
    nav_key = "kb"
    nav_icon = "mdi6.book-open-page-variant-outline"

    def __init__(self, ctx, window) -> None:
        super().__init__(ctx, window)
        self.current_id: int | None = None
        self._paths: dict[int, str] = {}
        self.last_import: kb_excel.KbImportResult | None = None
        self.last_export: kb_excel.KbExportResult | None = None

        # -- category tree ---------------------------------------------------------------------
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setObjectName("kbCategories")
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        self.tree.currentItemChanged.connect(lambda *_: self.reload_list())
        add_category = QToolButton()
        add_category.setText(self.tr("新建分类"))
        add_category.clicked.connect(self.add_category)
        tree_box = QWidget()
        tree_layout = QVBoxLayout(tree_box)
        tree_layout.setContentsMargins(0, 0, 0, 0)
        tree_layout.addWidget(self.tree, 1)
        tree_layout.addWidget(add_category)

        # -- list --------------------------------------------------------------------------------
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索标题、典型评论、关键词、回复…"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("全部状态"), "")
        self.status_filter.addItem(self.tr("使用中（未停用）"), "active")
        for key, label in kb.STATUS_LABELS.items():
            self.status_filter.addItem(vocab_text(label), key)
        self.language_filter = QComboBox()
        self.language_filter.addItem(self.tr("全部语言"), "")
        for key, label in kb.LANGUAGE_LABELS.items():
            self.language_filter.addItem(label, key)
        self.usage_filter = QComboBox()
        self.usage_filter.addItem(self.tr("全部"), "")
        self.usage_filter.addItem(self.tr("用过的"), "used")
        self.usage_filter.addItem(self.tr("从未用过"), "unused")
        self.sort = QComboBox()
        self.sort.addItem(self.tr("按标题"), "title")
        self.sort.addItem(self.tr("最常用"), "most_used")
        self.sort.addItem(self.tr("最久未用"), "least_recent")
        self.sort.addItem(self.tr("最近修改"), "updated")
        self.model = RowsTableModel(
            [
                (self.tr("标题"), lambda r: r.title),
                (self.tr("状态"), self._status_text),
                (self.tr("语言"), lambda r: r.language),
                (self.tr("使用"), lambda r: r.usage_count),
                (self.tr("最近使用"), lambda r: (r.last_used_at or "")[:10]),
            ],
            self,
            colour=lambda r: None if r.status != "retired" else STATUS_COLOURS["retired"],
        )
        self.table = QTableView()
        self.table.setObjectName("kbEntries")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.new_button = QPushButton(icon("mdi6.plus"), self.tr("新建条目"))
        self.new_button.clicked.connect(self.new_entry)
        self.values_button = QPushButton(icon("mdi6.form-textbox"), self.tr("话术变量…"))
        self.values_button.setToolTip(self.tr("热线、邮箱等自动填入回复的内容，以及改动幅度阈值"))
        self.values_button.clicked.connect(self.edit_values)
        self.count_label = QLabel()
        self.count_label.setObjectName("pageSubtitle")
        filters = QHBoxLayout()
        for widget in (self.status_filter, self.language_filter, self.usage_filter, self.sort):
            filters.addWidget(widget)
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.values_button)
        list_layout.addLayout(top)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.empty, 1)
        list_layout.addWidget(self.count_label)

        # -- right: editor / history / test ----------------------------------------------------
        self.editor = EntryEditor(self)
        self.history = QListWidget()
        self.history.setObjectName("kbHistory")
        self.history.currentRowChanged.connect(self._show_diff)
        self.diff_view = QTextBrowser()
        self.restore_button = QPushButton(self.tr("恢复此版本"))
        self.restore_button.clicked.connect(self.restore_selected_version)
        history_box = QWidget()
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(QLabel(self.tr("选择一个版本，查看它与前一版的差异。")))
        history_layout.addWidget(self.history, 1)
        history_layout.addWidget(self.diff_view, 2)
        history_layout.addWidget(self.restore_button)

        self.test_input = QPlainTextEdit()
        self.test_input.setObjectName("kbTestInput")
        self.test_input.setPlaceholderText(self.tr("粘贴一条评论，看看问答库会推荐什么"))
        self.test_input.setMaximumHeight(90)
        self.test_results = QTextBrowser()
        self.test_results.setObjectName("kbTestResults")
        self.test_results.setOpenLinks(False)
        self.test_results.anchorClicked.connect(self._open_from_test)
        test_compose = QPushButton(icon("mdi6.reply-outline"), self.tr("在回复助手中打开…"))
        test_compose.clicked.connect(
            lambda: open_composer(self.ctx, self, text=self.test_input.toPlainText())
        )
        self._test_timer = QTimer(self)
        self._test_timer.setSingleShot(True)
        self._test_timer.setInterval(250)
        self._test_timer.timeout.connect(self.run_test)
        self.test_input.textChanged.connect(self._test_timer.start)
        test_box = QWidget()
        test_layout = QVBoxLayout(test_box)
        test_layout.addWidget(self.test_input)
        test_layout.addWidget(self.test_results, 1)
        test_layout.addWidget(test_compose)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.editor, self.tr("编辑"))
        self.tabs.addTab(history_box, self.tr("版本历史"))
        self.tabs.addTab(test_box, self.tr("测试评论"))

        splitter = QSplitter()
        splitter.addWidget(tree_box)
        splitter.addWidget(list_box)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([190, 380, 520])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 12)
        outer.addWidget(
            page_header(
                self.tr("问答库"),
                self.tr("常见评论与审批过的回复话术：回复前先在这里找，保持口径一致。"),
            )
        )
        outer.addWidget(splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.reload_list)
        self.search.textChanged.connect(self._search_timer.start)
        for combo in (self.status_filter, self.language_filter, self.usage_filter, self.sort):
            combo.currentIndexChanged.connect(self.reload_list)

    def nav_title(self) -> str:
        # Its own context: the navigation is narrow, so English uses a shorter word there.
        return QCoreApplication.translate("navigation", "问答库")

    # -- menus ---------------------------------------------------------------------------------

    def install_actions(self, window) -> None:
        import_action = QAction(
            icon("mdi6.table-arrow-left"), self.tr("导入问答库（Excel）…"), window
        )
        import_action.setObjectName("action_import_kb")
        import_action.triggered.connect(lambda _c=False: self.import_dialog())
        export_action = QAction(
            icon("mdi6.table-arrow-right"), self.tr("导出问答库（Excel）…"), window
        )
        export_action.setObjectName("action_export_kb")
        export_action.triggered.connect(lambda _c=False: self.export_dialog())
        window.add_file_action(import_action)
        window.add_file_action(export_action, needs_write=False)
        compose_action = QAction(icon("mdi6.reply-outline"), self.tr("回复助手…"), window)
        compose_action.setObjectName("action_composer")
        compose_action.setShortcut("Ctrl+Shift+R")
        compose_action.triggered.connect(lambda _c=False: self.open_free_composer())
        window.menus["edit"].addAction(compose_action)
        window.workspace_actions.append(compose_action)
        mentions = window.page("mentions")
        add = getattr(mentions, "add_selection_action", None)
        if callable(add):
            add(self.tr("回复…"), self.reply_to_mentions, self._free_reply_key(mentions))

    @staticmethod
    def _free_reply_key(page: QWidget) -> str:
        """ "R" (contract 8) unless the mentions page already uses it (its own "mark replied"
        status key): a second owner would make the key ambiguous and neither would fire."""
        taken = {s.key().toString() for s in page.findChildren(QShortcut)}
        taken |= {a.shortcut().toString() for a in page.findChildren(QAction)}
        for key in ("R", "Shift+R", "Ctrl+Shift+Y"):
            if key not in taken:
                return key
        return ""

    def reply_to_mentions(self, ids: list[int]) -> ComposerDialog | None:
        if not ids:
            show_error(self, self.tr("回复"), self.tr("请先在舆情台账里选中一条舆情。"))
            return None
        return open_composer(self.ctx, self.shell, mention_id=ids[0])

    def open_free_composer(self) -> ComposerDialog | None:
        if self.ctx.workspace is None:
            return None
        return open_composer(self.ctx, self.shell)

    # -- loading -------------------------------------------------------------------------------

    warm_threshold = 2000  # answered mentions + entries past which the index is built in a worker

    def workspace_changed(self) -> None:
        self.current_id = None
        self.refresh()
        self.warm_suggestions()

    def warm_suggestions(self) -> Task | None:
        """Build the suggestion indexes off the UI thread when the workspace is large."""
        workspace = self.ctx.workspace
        if workspace is None or workspace.closed or workspace.damaged:
            return None
        if not suggest.needs_warming(workspace, self.warm_threshold):
            return None
        task = Task(suggest.prepare_indexes, str(workspace.path))
        path = workspace.path

        def done(prepared) -> None:
            current = self.ctx.workspace
            if current is not None and current.path == path:
                suggest.adopt(current, prepared)

        task.signals.succeeded.connect(done)
        return self.shell.tasks.start(task)

    def wants(self, changes: Changes) -> bool:
        return changes.kb

    def refresh(self) -> None:
        if self.ctx.workspace is None or self.ctx.workspace.closed:
            self.model.set_rows([])
            return
        self.reload_tree()
        self.reload_list()
        read_only = self.ctx.workspace.read_only
        for button in (
            self.editor.save_button,
            self.editor.submit_button,
            self.editor.approve_button,
            self.editor.retire_button,
            self.new_button,
            self.restore_button,
            self.values_button,
            self.editor.add_attachment_button,
            self.editor.remove_attachment_button,
        ):
            button.setEnabled(not read_only)

    def reload_tree(self) -> None:
        workspace = self.ctx.workspace
        selected = self.selected_category()
        categories = kb.categories(workspace)
        counts = kb.category_counts(workspace)
        by_parent: dict[int | None, list[kb.Category]] = {}
        for category in categories:
            by_parent.setdefault(category.parent_id, []).append(category)
        self._paths = {}
        self.tree.blockSignals(True)
        self.tree.clear()
        root = QTreeWidgetItem([self.tr("全部条目")])
        root.setData(0, Qt.ItemDataRole.UserRole, ALL)
        self.tree.addTopLevelItem(root)
        current = root

        def add(parent_item: QTreeWidgetItem, parent_id: int | None, prefix: str) -> int:
            nonlocal current
            total = 0
            for category in by_parent.get(parent_id, []):
                path = f"{prefix} / {category.name}" if prefix else category.name
                self._paths[category.id] = path
                item = QTreeWidgetItem([category.name])
                item.setData(0, Qt.ItemDataRole.UserRole, category.id)
                parent_item.addChild(item)
                count = counts.get(category.id, 0) + add(item, category.id, path)
                item.setText(0, f"{category.name} ({count})" if count else category.name)
                total += count
                if category.id == selected:
                    current = item
            return total

        add(root, None, "")
        root.setExpanded(True)
        self.tree.setCurrentItem(current)
        self.tree.blockSignals(False)
        ordered = [c for c in categories if c.id in self._paths]
        ordered.sort(key=lambda c: self._paths[c.id])
        self.editor.fill_categories(ordered, self._paths)

    def selected_category(self) -> int | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        value = item.data(0, Qt.ItemDataRole.UserRole)
        return None if value in (None, ALL) else int(value)

    def current_filter(self) -> EntryFilter:
        return EntryFilter(
            search=self.search.text().strip(),
            category_id=self.selected_category(),
            status=self.status_filter.currentData(),
            language=self.language_filter.currentData(),
            usage=self.usage_filter.currentData(),
            sort=self.sort.currentData(),
        )

    def reload_list(self) -> None:
        workspace = self.ctx.workspace
        if workspace is None or workspace.closed:
            return
        rows = kb.list_entries(workspace, self.current_filter())
        self.model.set_rows(rows)
        summary = kb.usage_summary(workspace)
        self.count_label.setText(
            self.tr(
                "显示 {n} 条 · 共 {total} 条，已审批 {approved}，待处理 {pending}，从未用过 {unused}"
            ).format(
                n=len(rows),
                total=summary.entries,
                approved=summary.approved,
                pending=summary.pending,
                unused=summary.unused,
            )
        )
        if rows:
            self.empty.hide()
            self.table.show()
        else:
            self.table.hide()
            self.empty.setText(
                self.tr(
                    "问答库还是空的。点“新建条目”写第一条话术，或从“文件 → 导入问答库”导入 Excel。"
                )
                if summary.entries == 0
                else self.tr("没有符合条件的条目。换个关键词，或清除筛选条件。")
            )
            self.empty.show()
        ids = [r.id for r in rows]
        if self.current_id in ids:
            self.table.selectRow(ids.index(self.current_id))
        elif rows:
            self.table.selectRow(0)
        else:
            self.show_entry(None)

    def _status_text(self, row: kb.EntryRow) -> str:
        label = vocab_label("KB_STATUSES", row.status)
        if row.approved_version and row.status in ("draft", "in_review"):
            label += self.tr("（第 {v} 版在用）").format(v=row.approved_version)
        return label

    def _row_changed(self, current, _previous=None) -> None:
        row = self.model.row(current.row())
        self.show_entry(row.id if row else None)

    def show_entry(self, entry_id: int | None) -> None:
        self.current_id = entry_id
        workspace = self.ctx.workspace
        entry = kb.get_entry(workspace, entry_id) if entry_id is not None else None
        self.editor.load(entry)
        self._show_status(entry)
        self._load_history(entry_id)
        self._load_attachments(entry_id)

    def _show_status(self, entry: kb.Entry | None) -> None:
        e = self.editor
        if entry is None:
            e.status.setText(self.tr("新条目：填好后点“保存”，再提交审批。"))
            e.status.setStyleSheet("")
            for button in (e.submit_button, e.approve_button, e.retire_button, e.compose_button):
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
        e.status.setText(" · ".join(parts))
        e.status.setStyleSheet(f"color: {STATUS_COLOURS[status]}; font-weight: 600;")
        writable = not self.ctx.workspace.read_only
        e.submit_button.setEnabled(writable and status == "draft")
        e.approve_button.setEnabled(writable and status in ("draft", "in_review"))
        e.retire_button.setEnabled(writable)
        e.retire_button.setText(self.tr("恢复使用") if status == "retired" else self.tr("停用"))
        e.compose_button.setEnabled(status != "retired")

    def _load_attachments(self, entry_id: int | None) -> None:
        self.editor.attachment_list.clear()
        if entry_id is None:
            return
        for attachment in kb.attachments(self.ctx.workspace, entry_id):
            item = QListWidgetItem(
                icon(
                    "mdi6.image-outline"
                    if attachment.mime.startswith("image/")
                    else "mdi6.file-outline"
                ),
                f"{attachment.name} ({max(1, attachment.size // 1024)} KB)",
            )
            item.setData(Qt.ItemDataRole.UserRole, attachment.id)
            self.editor.attachment_list.addItem(item)

    def add_attachment(self, path: str | None = None) -> int | None:
        if self.current_id is None:
            show_error(self, self.tr("添加附件"), self.tr("请先保存条目，再添加附件。"))
            return None
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("添加附件"),
                str(Path.home()),
                self.tr("图片 (*.png *.jpg *.jpeg *.gif *.webp);;所有文件 (*)"),
            )
        if not path:
            return None
        try:
            attachment_id = kb.add_attachment(self.ctx.workspace, self.current_id, path).id
        except UserError as exc:
            show_error(self, self.tr("添加附件"), exc)
            return None
        self._load_attachments(self.current_id)
        return attachment_id

    def remove_attachment(self) -> None:
        item = self.editor.attachment_list.currentItem()
        if item is None:
            return
        kb.remove_attachment(self.ctx.workspace, item.data(Qt.ItemDataRole.UserRole))
        self._load_attachments(self.current_id)

    def edit_values(self) -> bool:
        dialog = KbValuesDialog(
            self, kb.values(self.ctx.workspace), kb.threshold(self.ctx.workspace)
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            kb.set_values(self.ctx.workspace, dialog.values())
            kb.set_deviation_threshold(self.ctx.workspace, dialog.threshold.value())
        except UserError as exc:
            show_error(self, self.tr("话术变量"), exc)
            return False
        self.ctx.bus.publish(Changes.of_kb(), self)
        return True

    def _load_history(self, entry_id: int | None) -> None:
        self.history.clear()
        self.diff_view.clear()
        if entry_id is None:
            return
        entry = kb.get_entry(self.ctx.workspace, entry_id)
        for version in kb.versions(self.ctx.workspace, entry_id):
            text = self.tr("第 {v} 版 · {who} · {at}").format(
                v=version.version, who=version.changed_by, at=version.changed_at[:16]
            )
            if version.note:
                text += f" · {version.note}"
            if version.version == entry.approved_version:
                text += self.tr(" · ✔ 使用中（已审批）")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, version.version)
            self.history.addItem(item)

    def _show_diff(self, row: int) -> None:
        item = self.history.item(row)
        if item is None or self.current_id is None:
            self.diff_view.clear()
            return
        version = item.data(Qt.ItemDataRole.UserRole)
        if version <= 1:
            self.diff_view.setHtml(self.tr("第 1 版（最初的版本）。"))
            return
        lines = kb.diff(self.ctx.workspace, self.current_id, version - 1, version)
        out = []
        for line in lines[2:]:
            colour = {"+": "#e6f4ea", "-": "#fdecea", "@": "#eef2f7"}.get(line[:1], "")
            style = f' style="background:{colour}"' if colour else ""
            out.append(f"<div{style}>{html.escape(line) or '&nbsp;'}</div>")
        self.diff_view.setHtml(
            "<div style='font-family: monospace'>" + "".join(out) + "</div>"
            if out
            else self.tr("与上一版相同。")
        )

    # -- actions -------------------------------------------------------------------------------

    def new_entry(self) -> None:
        self.table.clearSelection()
        self.current_id = None
        category = self.selected_category()
        self.editor.load(None)
        if category is not None and category in self._paths:
            index = self.editor.category.findData(self._paths[category])
            self.editor.category.setCurrentIndex(max(0, index))
        self._show_status(None)
        self._load_history(None)
        self.tabs.setCurrentIndex(0)
        self.editor.title.setFocus()

    def save_entry(self) -> int | None:
        workspace = self.ctx.workspace
        values = self.editor.values()
        try:
            if self.current_id is None:
                result = kb.create_entry(workspace, values)
            else:
                result = kb.edit_entry(workspace, self.current_id, values)
        except UserError as exc:
            show_error(self, self.tr("保存条目"), exc)
            return None
        self.current_id = result.entry_id
        if result.duplicates:
            dup = result.duplicates[0]
            QMessageBox.information(
                self,
                self.tr("可能重复"),
                self.tr(
                    "典型评论“{new}”与已有条目“{title}”的“{old}”几乎相同。\n"
                    "已保存；如果是同一类评论，可以合并到那个条目里。"
                ).format(new=dup.new_example, title=dup.title, old=dup.example),
            )
        self.ctx.bus.publish(Changes.of_kb(result.entry_id), self)
        return result.entry_id

    def submit_entry(self) -> None:
        if self.current_id is None:
            return
        try:
            kb.submit_for_review(self.ctx.workspace, self.current_id)
        except UserError as exc:
            show_error(self, self.tr("提交审批"), exc)
            return
        self.ctx.bus.publish(Changes.of_kb(self.current_id), self)

    def approve_entry(self, dialog_factory: DialogFactory = ApprovalDialog) -> bool:
        """The one approval flow: the dialog asks, `kb.approve` decides (one transaction)."""
        if self.current_id is None:
            return False
        workspace = self.ctx.require_workspace()
        entry_id = self.current_id
        entry = kb.get_entry(workspace, entry_id)
        done = approve_through_dialog(
            self,
            self.ctx,
            activity=kb.ACTIVITY,
            subject_title=entry.title,
            approve=lambda given: kb.approve(workspace, entry_id, given),
            dialog_factory=dialog_factory,
        )
        return done is not None

    def retire_or_reactivate(self) -> None:
        if self.current_id is None:
            return
        workspace = self.ctx.workspace
        entry = kb.get_entry(workspace, self.current_id)
        if entry.status == "retired":
            kb.reactivate(workspace, self.current_id)
        else:
            answer = QMessageBox.question(
                self,
                self.tr("停用条目"),
                self.tr("停用“{t}”？停用后不再推荐，审批作废；历史版本保留，可随时恢复。").format(
                    t=entry.title
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            kb.retire(workspace, self.current_id)
        self.ctx.bus.publish(Changes.of_kb(self.current_id), self)

    def restore_selected_version(self) -> None:
        item = self.history.currentItem()
        if item is None or self.current_id is None:
            show_error(self, self.tr("恢复版本"), self.tr("请先在列表里选择一个版本。"))
            return
        version = item.data(Qt.ItemDataRole.UserRole)
        result = kb.restore_version(self.ctx.workspace, self.current_id, version)
        if not result.changed:
            QMessageBox.information(
                self, self.tr("恢复版本"), self.tr("当前内容与该版本相同，无需恢复。")
            )
            return
        self.ctx.bus.publish(Changes.of_kb(self.current_id), self)

    def compose_with_entry(self) -> None:
        if self.current_id is not None:
            open_composer(
                self.ctx,
                self,
                entry_id=self.current_id,
                text=self.editor.examples.toPlainText().split("\n")[0],
            )

    # -- categories ------------------------------------------------------------------------------

    def _tree_menu(self, point) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("新建分类…"), self.add_category)
        if self.selected_category() is not None:
            menu.addAction(self.tr("新建子分类…"), lambda: self.add_category(child=True))
            menu.addAction(self.tr("重命名…"), self.rename_category)
            menu.addAction(self.tr("删除分类"), self.delete_category)
        menu.exec(self.tree.viewport().mapToGlobal(point))

    def add_category(self, child: bool = False) -> None:
        name, ok = QInputDialog.getText(self, self.tr("新建分类"), self.tr("分类名称"))
        if not ok or not name.strip():
            return
        parent = self.selected_category() if child else None
        try:
            kb.add_category(self.ctx.workspace, name, parent)
        except UserError as exc:
            show_error(self, self.tr("新建分类"), exc)
            return
        self.ctx.bus.publish(Changes.of_kb(), self)

    def rename_category(self) -> None:
        category = self.selected_category()
        if category is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("重命名分类"), self.tr("分类名称"))
        if ok and name.strip():
            kb.rename_category(self.ctx.workspace, category, name)
            self.ctx.bus.publish(Changes.of_kb(), self)

    def delete_category(self) -> None:
        category = self.selected_category()
        if category is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("删除分类"),
            self.tr("删除分类“{p}”及其子分类？其中的条目不会删除，会变成“未分类”。").format(
                p=self._paths.get(category, "")
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            kb.delete_category(self.ctx.workspace, category)
            self.ctx.bus.publish(Changes.of_kb(), self)

    # -- test a comment --------------------------------------------------------------------------

    def run_test(self) -> None:
        workspace = self.ctx.workspace
        text = self.test_input.toPlainText()
        if workspace is None or workspace.closed or not text.strip():
            self.test_results.setHtml(
                self.tr("输入一条评论，这里会列出匹配的条目和相似的已回复舆情。")
            )
            return
        result = suggest.suggest(workspace, text, 5)
        parts = [
            f"<p>{mark_words(text, sorted({w for e in result.entries for w in e.matched}))}</p>"
        ]
        if not result.entries:
            parts.append(self.tr("<p>没有匹配的条目：可以新建一个，把这条评论写进“典型评论”。</p>"))
        for entry in result.entries:
            flag = "" if entry.approved else self.tr("（未审批）")
            parts.append(
                f"<p><a href='entry:{entry.id}'><b>{html.escape(entry.title)}</b></a>{flag}"
                f" <span style='color:#757575'>{entry.score:.1f}</span><br>"
                + self.tr("命中：")
                + joined(
                    f"<span style='background:#fff59d'>{html.escape(w)}</span>"
                    for w in entry.matched
                )
                + f"<br><span style='color:#424242'>{html.escape(entry.reply)}</span></p>"
            )
        if result.similar:
            parts.append("<hr><b>" + self.tr("相似的已回复舆情") + "</b>")
            for item in result.similar:
                parts.append(
                    f"<p>{mark_words(item.text, item.matched)}<br>"
                    f"<span style='color:#2e7d32'>↳ {html.escape(item.reply)}</span></p>"
                )
        self.test_results.setHtml("".join(parts))

    def _open_from_test(self, url) -> None:
        text = url.toString()
        if text.startswith("entry:"):
            entry_id = int(text.split(":", 1)[1])
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
            self.current_id = entry_id
            self.reload_list()
            self.tabs.setCurrentIndex(0)

    # -- Excel ---------------------------------------------------------------------------------

    def import_dialog(self, path: str | None = None) -> Task | None:
        """Import an Excel 问答库 in a worker; the result is shown when it is done."""
        workspace = self.ctx.workspace
        if workspace is None or workspace.read_only:
            return None
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("导入问答库"), str(Path.home()), self.tr("Excel 文件 (*.xlsx)")
            )
        if not path:
            return None
        task = Task(kb_excel.import_kb_file, str(workspace.path), path, user=workspace.user)
        task.signals.succeeded.connect(self._imported)
        task.signals.failed.connect(
            lambda message, hint: show_error(self, self.tr("导入问答库"), message, hint)
        )
        return run_with_progress(
            self.shell.tasks, self, self.tr("导入问答库"), task, unit=self.tr("条")
        )

    def _imported(self, result: kb_excel.KbImportResult) -> None:
        self.last_import = result
        self.ctx.bus.publish(Changes.of_kb(), self)
        message = self.tr(
            "新建 {c} 个条目，更新 {u} 个（成为待审批的新草稿），未变 {n} 个，跳过 {s} 个。"
        ).format(c=result.created, u=result.updated, n=result.unchanged, s=result.skipped)
        if result.duplicates:
            message += "\n" + self.tr(
                "{n} 个新条目的典型评论与已有条目几乎相同，请检查是否重复。"
            ).format(n=len(result.duplicates))
        if result.problems:
            message += "\n" + "\n".join(result.problems[:10])
        QMessageBox.information(self, self.tr("导入问答库"), message)

    def export_dialog(self, path: str | None = None) -> Task | None:
        """Export the whole 问答库 to .xlsx in a worker."""
        workspace = self.ctx.workspace
        if workspace is None:
            return None
        if path is None:
            suggested = Path.home() / f"{workspace.info()['name']}-问答库.xlsx"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("导出问答库"), str(suggested), self.tr("Excel 文件 (*.xlsx)")
            )
        if not path:
            return None
        task = Task(kb_excel.export_kb_file, str(workspace.path), path)
        task.signals.succeeded.connect(self._exported)
        task.signals.failed.connect(
            lambda message, hint: show_error(
                self,
                self.tr("导出问答库"),
                message,
                hint or self.tr("请换一个保存位置，或关闭正在打开该文件的 Excel。"),
            )
        )
        return run_with_progress(
            self.shell.tasks, self, self.tr("导出问答库"), task, unit=self.tr("行")
        )

    def _exported(self, result: kb_excel.KbExportResult) -> None:
        self.last_export = result
        self.shell.show_message(
            self.tr("已导出 {n} 个条目到 {p}").format(n=result.entries, p=result.path), 8000
        )
