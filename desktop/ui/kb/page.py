"""问答库: the page that puts its parts together — the category tree, the entry list, and the
tabs of the chosen entry (editor, version history, suggestion tester) — and runs an entry's
life-cycle actions through Operations. Excel import and export live in kb_excel_actions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TypeVar, runtime_checkable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import Changes
from desktop.services import kb, suggest
from desktop.services.context import AppContext
from desktop.ui.approval_dialog import ApprovalDialog, DialogFactory, approve_through_dialog
from desktop.ui.dialogs import show_error
from desktop.ui.kb.category_tree import CategoryTree
from desktop.ui.kb.composer import ComposerDialog, open_composer
from desktop.ui.kb.editor import EntryEditor
from desktop.ui.kb.entry_list import EntryList
from desktop.ui.kb.history import HistoryView
from desktop.ui.kb.kb_excel_actions import KbExcelActions
from desktop.ui.kb.tester import SuggestionTester
from desktop.ui.kb.values_dialog import KbValuesDialog
from desktop.ui.operations import Operation
from desktop.ui.page import Page, page_header
from desktop.ui.shell import Shell
from desktop.ui.theme import icon
from desktop.ui.workers import Task

T = TypeVar("T")

EDIT_TAB, HISTORY_TAB, TEST_TAB = range(3)
REPLY_KEYS = ("R", "Shift+R", "Ctrl+Shift+Y")  # contract 8: "R" unless the mentions page has it


@runtime_checkable
class SelectionActions(Protocol):
    """A page that offers actions on the mentions the user selected (the mentions page)."""

    def add_selection_action(self, text: str, callback: object, shortcut: str = "") -> QAction: ...


class KbPage(Page):
    nav_key = "kb"
    nav_icon = "mdi6.book-open-page-variant-outline"
    # answered mentions + entries past which the suggestion index is built in a worker
    warm_threshold = 2000

    def __init__(self, ctx: AppContext, shell: Shell) -> None:
        super().__init__(ctx, shell)
        self.current_id: int | None = None
        self.compose_action: QAction | None = None
        self.category_tree = CategoryTree(ctx)
        self.category_tree.category_changed.connect(self.reload_list)
        self.entry_list = EntryList()
        self.entry_list.filters_changed.connect(self.reload_list)
        self.entry_list.entry_selected.connect(self.show_entry)
        self.entry_list.new_button.clicked.connect(self.new_entry)
        self.entry_list.values_button.clicked.connect(self.edit_values)
        self.editor = EntryEditor()
        self.editor.save_button.clicked.connect(self.save_entry)
        self.editor.submit_button.clicked.connect(self.submit_entry)
        self.editor.approve_button.clicked.connect(lambda: self.approve_entry())
        self.editor.retire_button.clicked.connect(self.retire_or_reactivate)
        self.editor.compose_button.clicked.connect(self.compose_with_entry)
        self.editor.add_attachment_button.clicked.connect(lambda: self.add_attachment())
        self.editor.remove_attachment_button.clicked.connect(self.remove_attachment)
        self.history = HistoryView(ctx)
        self.tester = SuggestionTester(ctx)
        self.tester.entry_requested.connect(self.open_entry)
        self.excel = KbExcelActions(ctx, shell, self)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.editor, self.tr("编辑"))
        self.tabs.addTab(self.history, self.tr("版本历史"))
        self.tabs.addTab(self.tester, self.tr("测试评论"))
        splitter = QSplitter()
        splitter.addWidget(self.category_tree)
        splitter.addWidget(self.entry_list)
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

    def nav_title(self) -> str:
        # Its own context: the navigation is narrow, so English uses a shorter word there.
        return QCoreApplication.translate("navigation", "问答库")

    # -- menus ---------------------------------------------------------------------------------

    def install_actions(self, shell: Shell) -> None:
        self.excel.install(shell)
        compose_action = QAction(icon("mdi6.reply-outline"), self.tr("回复助手…"), shell.widget())
        compose_action.setObjectName("action_composer")
        compose_action.setShortcut("Ctrl+Shift+R")
        compose_action.triggered.connect(lambda _c=False: self.open_free_composer())
        compose_action.setEnabled(False)  # until a workspace is open
        edit_menu = shell.menus["edit"]
        edit_menu.addAction(compose_action)
        edit_menu.aboutToShow.connect(self._update_compose_action)
        self.compose_action = compose_action
        mentions = shell.page("mentions")
        if isinstance(mentions, SelectionActions):
            mentions.add_selection_action(
                self.tr("回复…"), self.reply_to_mentions, self._free_reply_key(mentions)
            )

    @staticmethod
    def _free_reply_key(page: QWidget) -> str:
        """ "R" (contract 8) unless the mentions page already uses it (its own "mark replied"
        status key): a second owner would make the key ambiguous and neither would fire."""
        taken = {s.key().toString() for s in page.findChildren(QShortcut)}
        taken |= {a.shortcut().toString() for a in page.findChildren(QAction)}
        return next((key for key in REPLY_KEYS if key not in taken), "")

    def _update_compose_action(self) -> None:
        if self.compose_action is not None:
            workspace = self.ctx.workspace
            self.compose_action.setEnabled(workspace is not None and not workspace.closed)

    def reply_to_mentions(self, ids: list[int]) -> ComposerDialog | None:
        if not ids:
            show_error(self, self.tr("回复"), self.tr("请先在舆情台账里选中一条舆情。"))
            return None
        return open_composer(self.ctx, self.shell.widget(), mention_id=ids[0])

    def open_free_composer(self) -> ComposerDialog | None:
        if self.ctx.workspace is None:
            return None
        return open_composer(self.ctx, self.shell.widget())

    # -- loading -------------------------------------------------------------------------------

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

        def done(prepared: suggest.PreparedIndexes) -> None:
            current = self.ctx.workspace
            if current is not None and current.path == path:
                suggest.adopt(current, prepared)

        task.signals.succeeded.connect(done)
        return self.shell.tasks.start(task)

    def wants(self, changes: Changes) -> bool:
        return changes.kb

    def on_changes(self, changes: Changes, initiator: object | None) -> None:
        if initiator is self.editor.attachment_list and not changes.workspace:
            self._load_attachments()  # keeps what the editor holds unsaved
            return
        super().on_changes(changes, initiator)

    def refresh(self) -> None:
        self._update_compose_action()
        workspace = self.ctx.workspace
        if workspace is None or workspace.closed:
            self.entry_list.clear()
            return
        self.category_tree.reload()
        self.editor.fill_categories(self.category_tree.ordered, self.category_tree.paths)
        self.reload_list()
        writable = not workspace.read_only
        for button in (
            *self.editor.write_buttons(),
            self.entry_list.new_button,
            self.entry_list.values_button,
        ):
            button.setEnabled(writable)
        self.history.set_writable(writable)

    def reload_list(self) -> None:
        workspace = self.ctx.workspace
        if workspace is None or workspace.closed:
            return
        flt = self.entry_list.current_filter(self.category_tree.selected_category())
        rows = kb.list_entries(workspace, flt)
        self.entry_list.show_rows(rows, kb.usage_summary(workspace), self.current_id)

    def show_entry(self, entry_id: int | None) -> None:
        self.current_id = entry_id
        workspace = self.ctx.require_workspace()
        entry = kb.get_entry(workspace, entry_id) if entry_id is not None else None
        self.editor.load(entry)
        self.editor.show_status(entry, writable=not workspace.read_only)
        self.history.load(entry)
        self._load_attachments()

    def _load_attachments(self) -> None:
        workspace = self.ctx.require_workspace()
        entry_id = self.current_id
        self.editor.show_attachments(
            kb.attachments(workspace, entry_id) if entry_id is not None else []
        )

    def open_entry(self, entry_id: int) -> None:
        """Show this entry in the editor, clearing what could hide it from the list."""
        self.entry_list.clear_filters()
        self.category_tree.show_all()
        self.current_id = entry_id
        self.reload_list()
        self.tabs.setCurrentIndex(EDIT_TAB)

    # -- an entry's life cycle -------------------------------------------------------------------

    def _operation(self, title: str, call: Callable[[], T]) -> Operation[T]:
        return Operation(self, self.ctx, call).titled(title)

    def new_entry(self) -> None:
        self.entry_list.table.clearSelection()
        self.current_id = None
        category = self.category_tree.selected_category()
        self.editor.load(None)
        if category is not None and category in self.category_tree.paths:
            self.editor.select_category(self.category_tree.paths[category])
        self.editor.show_status(None, writable=True)
        self.history.load(None)
        self.editor.show_attachments([])
        self.tabs.setCurrentIndex(EDIT_TAB)
        self.editor.title.setFocus()

    def save_entry(self) -> int | None:
        workspace = self.ctx.require_workspace()
        values = self.editor.values()
        entry_id = self.current_id

        def save() -> kb.EntryResult:
            if entry_id is None:
                result = kb.create_entry(workspace, values)
            else:
                result = kb.edit_entry(workspace, entry_id, values)
            self.current_id = result.entry_id  # so the refresh its changes start selects it
            return result

        result = self._operation(self.tr("保存条目"), save).success(self._saved).run()
        return None if result is None else result.entry_id

    def _saved(self, result: kb.EntryResult) -> None:
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

    def submit_entry(self) -> None:
        if self.current_id is None:
            return
        workspace, entry_id = self.ctx.require_workspace(), self.current_id
        self._operation(
            self.tr("提交审批"), lambda: kb.submit_for_review(workspace, entry_id)
        ).run()

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
        workspace, entry_id = self.ctx.require_workspace(), self.current_id
        entry = kb.get_entry(workspace, entry_id)
        if entry.status == "retired":
            self._operation(self.tr("恢复使用"), lambda: kb.reactivate(workspace, entry_id)).run()
            return
        answer = QMessageBox.question(
            self,
            self.tr("停用条目"),
            self.tr("停用“{t}”？停用后不再推荐，审批作废；历史版本保留，可随时恢复。").format(
                t=entry.title
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._operation(self.tr("停用条目"), lambda: kb.retire(workspace, entry_id)).run()

    def compose_with_entry(self) -> None:
        if self.current_id is not None:
            open_composer(
                self.ctx,
                self,
                entry_id=self.current_id,
                text=self.editor.examples.toPlainText().split("\n")[0],
            )

    # -- attachments and values ----------------------------------------------------------------

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
        workspace, entry_id, file = self.ctx.require_workspace(), self.current_id, path
        added = (
            self._operation(
                self.tr("添加附件"), lambda: kb.add_attachment(workspace, entry_id, file)
            )
            .on_behalf_of(self.editor.attachment_list)
            .run()
        )
        return None if added is None else added.id

    def remove_attachment(self) -> None:
        attachment_id = self.editor.selected_attachment()
        if attachment_id is None:
            return
        workspace = self.ctx.require_workspace()
        self._operation(
            self.tr("删除附件"), lambda: kb.remove_attachment(workspace, attachment_id)
        ).on_behalf_of(self.editor.attachment_list).run()

    def edit_values(self) -> bool:
        workspace = self.ctx.require_workspace()
        dialog = KbValuesDialog(self, kb.values(workspace), kb.threshold(workspace))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        values, percent = dialog.values(), dialog.threshold.value()
        saved = self._operation(
            self.tr("话术变量"), lambda: kb.save_reply_settings(workspace, values, percent)
        ).run()
        return saved is not None
