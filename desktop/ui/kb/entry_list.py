"""The entry list of the 问答库 page: search, status / language / usage filters, sort, the table
of entries and the counts below it. It shows what the page gives it and says which row the
user chose; filtering and sorting happen in SQL (kb.list_entries with a core EntryFilter)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.kb_filter import EntryFilter
from desktop.services import kb
from desktop.ui.kb.editor import STATUS_COLOURS
from desktop.ui.labels import vocab_label, vocab_text
from desktop.ui.rows_model import RowsTableModel
from desktop.ui.theme import icon

SEARCH_DELAY_MS = 200
RETIRED = QColor(STATUS_COLOURS["retired"])


class EntryList(QWidget):
    """`filters_changed` when the user changes what to show; `entry_selected(id or None)`."""

    filters_changed = Signal()
    entry_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
            colour=lambda r: None if r.status != "retired" else RETIRED,
        )
        self.table = self._table()
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.new_button = QPushButton(icon("mdi6.plus"), self.tr("新建条目"))
        self.values_button = QPushButton(icon("mdi6.form-textbox"), self.tr("话术变量…"))
        self.values_button.setToolTip(self.tr("热线、邮箱等自动填入回复的内容，以及改动幅度阈值"))
        self.count_label = QLabel()
        self.count_label.setObjectName("pageSubtitle")
        self._lay_out()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.filters_changed.emit)
        self.search.textChanged.connect(self._search_timer.start)
        for combo in self.filter_combos():
            combo.currentIndexChanged.connect(lambda _index: self.filters_changed.emit())

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("kbEntries")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.selectionModel().currentRowChanged.connect(self._row_changed)
        return table

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        for widget in self.filter_combos():
            filters.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.values_button)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.count_label)

    def filter_combos(self) -> tuple[QComboBox, ...]:
        return (self.status_filter, self.language_filter, self.usage_filter, self.sort)

    def current_filter(self, category_id: int | None) -> EntryFilter:
        return EntryFilter(
            search=self.search.text().strip(),
            category_id=category_id,
            status=self.status_filter.currentData(),
            language=self.language_filter.currentData(),
            usage=self.usage_filter.currentData(),
            sort=self.sort.currentData(),
        )

    def clear_filters(self) -> None:
        """Search and status back to "everything" (so a chosen entry is surely listed)."""
        self.search.clear()
        self.status_filter.setCurrentIndex(0)

    def show_rows(
        self, rows: list[kb.EntryRow], summary: kb.UsageSummary, current_id: int | None
    ) -> None:
        """Show these rows and select `current_id` (else the first row; else no entry)."""
        self.model.set_rows(rows)
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
        if current_id in ids:
            self.table.selectRow(ids.index(current_id))
        elif rows:
            self.table.selectRow(0)
        else:
            self.entry_selected.emit(None)

    def clear(self) -> None:
        self.model.set_rows([])

    def _status_text(self, row: kb.EntryRow) -> str:
        label = vocab_label("KB_STATUSES", row.status)
        if row.approved_version and row.status in ("draft", "in_review"):
            label += self.tr("（第 {v} 版在用）").format(v=row.approved_version)
        return label

    def _row_changed(
        self,
        current: QModelIndex | QPersistentModelIndex,
        _previous: QModelIndex | QPersistentModelIndex | None = None,
    ) -> None:
        row = self.model.row_at(current.row())
        self.entry_selected.emit(row.id if row else None)
