"""An entry's version history: every version with who saved it and why, the diff against the
version before, and restoring an old version (as a new draft: the approved one stays in use)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.services import kb
from desktop.services.context import AppContext
from desktop.ui.dialogs import show_error
from desktop.ui.operations import Operation

DIFF_COLOURS = {"+": "#e6f4ea", "-": "#fdecea", "@": "#eef2f7"}


class HistoryView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entry_id: int | None = None
        self.versions = QListWidget()
        self.versions.setObjectName("kbHistory")
        self.versions.currentRowChanged.connect(self._show_diff)
        self.diff_view = QTextBrowser()
        self.restore_button = QPushButton(self.tr("恢复此版本"))
        self.restore_button.clicked.connect(self.restore_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("选择一个版本，查看它与前一版的差异。")))
        layout.addWidget(self.versions, 1)
        layout.addWidget(self.diff_view, 2)
        layout.addWidget(self.restore_button)

    def load(self, entry: kb.Entry | None) -> None:
        self.entry_id = entry.id if entry is not None else None
        self.versions.clear()
        self.diff_view.clear()
        if entry is None:
            return
        for version in kb.versions(self.ctx.require_workspace(), entry.id):
            text = self.tr("第 {v} 版 · {who} · {at}").format(
                v=version.version, who=version.changed_by, at=version.changed_at[:16]
            )
            if version.note:
                text += f" · {version.note}"
            if version.version == entry.approved_version:
                text += self.tr(" · ✔ 使用中（已审批）")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, version.version)
            self.versions.addItem(item)

    def _show_diff(self, row: int) -> None:
        item = self.versions.item(row)
        if item is None or self.entry_id is None:
            self.diff_view.clear()
            return
        version = item.data(Qt.ItemDataRole.UserRole)
        if version <= 1:
            self.diff_view.setHtml(self.tr("第 1 版（最初的版本）。"))
            return
        lines = kb.diff(self.ctx.require_workspace(), self.entry_id, version - 1, version)
        out = []
        for line in lines[2:]:
            colour = DIFF_COLOURS.get(line[:1], "")
            style = f' style="background:{colour}"' if colour else ""
            out.append(f"<div{style}>{html.escape(line) or '&nbsp;'}</div>")
        self.diff_view.setHtml(
            "<div style='font-family: monospace'>" + "".join(out) + "</div>"
            if out
            else self.tr("与上一版相同。")
        )

    def restore_selected(self) -> kb.EntryResult | None:
        item = self.versions.currentItem()
        entry_id = self.entry_id
        if item is None or entry_id is None:
            show_error(self, self.tr("恢复版本"), self.tr("请先在列表里选择一个版本。"))
            return None
        version = item.data(Qt.ItemDataRole.UserRole)
        workspace = self.ctx.require_workspace()
        return (
            Operation(self, self.ctx, lambda: kb.restore_version(workspace, entry_id, version))
            .titled(self.tr("恢复版本"))
            .success(self._restored)
            .run()
        )

    def _restored(self, result: kb.EntryResult) -> None:
        if not result.changed:
            QMessageBox.information(
                self, self.tr("恢复版本"), self.tr("当前内容与该版本相同，无需恢复。")
            )

    def set_writable(self, writable: bool) -> None:
        self.restore_button.setEnabled(writable)
