"""The category tree of the 问答库 page: "全部条目" above the scenario → issue-type tree with the
number of entries under each; add, rename and delete categories from its context menu."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QInputDialog,
    QMenu,
    QMessageBox,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import kb
from desktop.services.context import AppContext
from desktop.ui.operations import Operation

ALL = -1  # the root item: every entry


class CategoryTree(QWidget):
    """Which category the entry list shows; `paths` maps category ids to "场景 / 问题类型"."""

    category_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.paths: dict[int, str] = {}
        self.ordered: list[kb.Category] = []  # by path, for the editor's category box
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setObjectName("kbCategories")
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.tree.currentItemChanged.connect(lambda *_: self.category_changed.emit())
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("新建分类"))
        self.add_button.clicked.connect(lambda: self.add_category())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.add_button)

    def reload(self) -> None:
        """The tree as stored, keeping the selected category (signals held back meanwhile)."""
        workspace = self.ctx.require_workspace()
        selected = self.selected_category()
        categories = kb.categories(workspace)
        counts = kb.category_counts(workspace)
        by_parent: dict[int | None, list[kb.Category]] = {}
        for category in categories:
            by_parent.setdefault(category.parent_id, []).append(category)
        self.paths = {}
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
                self.paths[category.id] = path
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
        self.ordered = sorted(
            (c for c in categories if c.id in self.paths), key=lambda c: self.paths[c.id]
        )

    def selected_category(self) -> int | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        value = item.data(0, Qt.ItemDataRole.UserRole)
        return None if value in (None, ALL) else int(value)

    def show_all(self) -> None:
        self.tree.setCurrentItem(self.tree.topLevelItem(0))

    # -- editing -------------------------------------------------------------------------------

    def _menu(self, point: QPoint) -> None:
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
        workspace = self.ctx.require_workspace()
        parent = self.selected_category() if child else None
        Operation(self, self.ctx, lambda: kb.add_category(workspace, name, parent)).titled(
            self.tr("新建分类")
        ).run()

    def rename_category(self) -> None:
        category = self.selected_category()
        if category is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("重命名分类"), self.tr("分类名称"))
        if ok and name.strip():
            workspace = self.ctx.require_workspace()
            Operation(self, self.ctx, lambda: kb.rename_category(workspace, category, name)).titled(
                self.tr("重命名分类")
            ).run()

    def delete_category(self) -> None:
        category = self.selected_category()
        if category is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("删除分类"),
            self.tr("删除分类“{p}”及其子分类？其中的条目不会删除，会变成“未分类”。").format(
                p=self.paths.get(category, "")
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            workspace = self.ctx.require_workspace()
            Operation(self, self.ctx, lambda: kb.delete_category(workspace, category)).titled(
                self.tr("删除分类")
            ).run()
