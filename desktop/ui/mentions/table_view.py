"""The mention log's table: the view over the lazy model, its columns and their saved state,
the sort its header asks SQL for, and the selection (Anki's browser/table split: the model
holds ids and rows, this view holds what the user arranged)."""

from __future__ import annotations

from array import array

from PySide6.QtCore import QItemSelectionModel, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from desktop.ui.mentions.model import MentionsTableModel

# Version 2: the text moved next to the tags and stretches. A state saved before (with the
# text last and ~6 characters wide) is not restored: the old key is dropped.
HEADER_STATE_KEY = "mentions/header_state_v2"
OLD_HEADER_STATE_KEYS = ("mentions/header_state",)
# The widest response time a cell must show whole (with the alarm icon in front).
RESPONSE_SAMPLES = ("已过 9999 天 23 小时", "9999 d 23 h elapsed")
SAVE_DELAY_MS = 400  # dragging a column edge: save once the user lets go
# Starting widths of the columns that need one; never narrower than their title.
DEFAULT_WIDTHS = {
    "posted_at": 140,
    "platform": 64,
    "sentiment": 48,
    "status": 60,
    "response": 150,
    "author": 120,
    "followers": 76,
    "text": 300,
}
# The text never gets narrower than this; past it the later columns scroll, not the response.
MIN_TEXT_WIDTH = 160


class MentionsTableView(QTableView):
    """Rows of the current view; the header sorts in SQL and remembers its columns."""

    sort_changed = Signal()  # `sort` changed: the page reloads the ids

    def __init__(
        self,
        model: MentionsTableModel,
        qsettings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.table_model = model
        self.qsettings = qsettings
        self.sort: tuple[str, bool] = ("posted_at", True)  # MentionFilter.sort, descending
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        rows = self.verticalHeader()
        rows.setDefaultSectionSize(26)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.hide()
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.columns_menu = QMenu(self.tr("显示的列"), self)
        self.columns_menu.aboutToShow.connect(self.fill_columns_menu)
        self._build_header()
        self.default_widths()
        self.restore_header_state()
        self._fitting = False
        self._sort_from_header()
        model.sort_requested.connect(self._sort_requested)

    def _build_header(self) -> None:
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSortIndicatorShown(True)
        # Painting a section asks the header's selection model whether the whole column (and
        # its neighbours) is selected, and that asks the model for the flags of every row:
        # 2.5 s per repaint after Ctrl+A on 60,834 rows. Rows are selected, never columns: the
        # header gets a selection model of its own, which stays empty.
        header.setHighlightSections(False)
        self._header_selection = QItemSelectionModel(self.table_model, self)
        header.setSelectionModel(self._header_selection)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.setSortIndicator(
            self.table_model.column_index("posted_at"), Qt.SortOrder.DescendingOrder
        )
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_header_state)
        header.sectionMoved.connect(lambda *_: self._save_timer.start())
        header.sectionResized.connect(lambda *_: self._save_timer.start())
        header.sectionMoved.connect(lambda *_: self.fit_text_column())
        header.sectionResized.connect(self._other_column_resized)

    def _header_menu(self, pos: QPoint) -> None:
        self.columns_menu.exec(self.horizontalHeader().mapToGlobal(pos))

    # -- sorting ---------------------------------------------------------------------------------

    def _sort_from_header(self) -> None:
        """The sort the (restored) header shows is the sort SQL uses."""
        header = self.horizontalHeader()
        section = header.sortIndicatorSection()
        columns = self.table_model.columns
        if 0 <= section < len(columns) and columns[section].sort_key:
            self.sort = (
                str(columns[section].sort_key),
                header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
            )

    def _sort_requested(self, sort: str, descending: bool) -> None:
        # sortByColumn asks twice (indicator, then sort): one reload is enough.
        if (sort, descending) != self.sort:
            self.sort = (sort, descending)
            self.sort_changed.emit()

    # -- selection -------------------------------------------------------------------------------

    def selected_row_spans(self) -> list[tuple[int, int]]:
        """The selected rows as sorted, disjoint (first, last) spans, read from the selection's
        ranges: Ctrl+A over 100,000 rows is one range, never 100,000 indexes (`selectedRows()`
        asks the model for the flags of every cell and took 6 s for 60,834 rows)."""
        rows = self.table_model.rowCount()
        spans = sorted(
            (max(r.top(), 0), min(r.bottom(), rows - 1))
            for r in self.selectionModel().selection()
            if r.isValid()
        )
        merged: list[tuple[int, int]] = []
        for top, bottom in spans:
            if top > bottom:
                continue
            if merged and top <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(merged[-1][1], bottom))
            else:
                merged.append((top, bottom))
        return merged

    def selected_ids(self) -> array[int]:
        """The ids of the selected rows in view order, as a compact array."""
        ids = self.table_model.ids
        selected: array[int] = array("q")
        for top, bottom in self.selected_row_spans():
            selected.extend(ids[top : bottom + 1])
        return selected

    def selected_mention_ids(self) -> list[int]:
        return self.selected_ids().tolist()

    def selected_count(self) -> int:
        return sum(bottom - top + 1 for top, bottom in self.selected_row_spans())

    def first_selected_row(self) -> int:
        spans = self.selected_row_spans()
        return spans[0][0] if spans else -1

    def current_mention_id(self) -> int | None:
        index = self.currentIndex()
        return self.table_model.mention_id(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.table_model.rowCount():
            return
        index = self.table_model.index(row, self._first_visible_column())
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index)

    def move_selection(self, step: int) -> None:
        """J/K: the next or previous mention (the first when none is current)."""
        if not self.table_model.rowCount():
            return
        index = self.currentIndex()
        row = index.row() + step if index.isValid() else 0
        self.select_row(min(max(row, 0), self.table_model.rowCount() - 1))

    def _first_visible_column(self) -> int:
        header = self.horizontalHeader()
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            if not header.isSectionHidden(logical):
                return logical
        return 0

    # -- columns ---------------------------------------------------------------------------------

    def default_widths(self) -> None:
        header = self.horizontalHeader()
        metrics = header.fontMetrics()
        cells = self.fontMetrics()
        for index, column in enumerate(self.table_model.columns):
            if column.key in DEFAULT_WIDTHS:
                # Never narrower than the (translated) title plus the sort arrow.
                title = metrics.horizontalAdvance(column.title) + 24
                width = max(DEFAULT_WIDTHS[column.key], title)
                if column.key == "response":  # icon, text, padding: never cut
                    sample = max(cells.horizontalAdvance(t) for t in RESPONSE_SAMPLES)
                    width = max(width, sample + 16 + 24)
                self.setColumnWidth(index, width)
            self.setColumnHidden(index, not column.visible)
        text = self.table_model.column_index("text")
        # Sized by `fit_text_column`: a Stretch section cannot keep the response in view.
        header.setSectionResizeMode(text, QHeaderView.ResizeMode.Interactive)
        self.fit_text_column()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_text_column()

    def _other_column_resized(self, logical: int, _old: int, _new: int) -> None:
        if logical != self.table_model.column_index("text"):
            self.fit_text_column()

    def fit_text_column(self) -> None:
        """The text takes the spare width, as a stretched column would; when the columns do
        not all fit (1024 px, the detail panel open) it gives way only so far that the tags,
        the text and the response time stay whole on screen and the later columns (when,
        where, who) scroll, instead of the response cell being cut at the edge."""
        if getattr(self, "_fitting", True):
            return
        header = self.horizontalHeader()
        text = self.table_model.column_index("text")
        response = self.table_model.column_index("response")
        if header.isSectionHidden(text):
            return
        room = self.viewport().width()
        shown = [i for i in range(header.count()) if i != text and not header.isSectionHidden(i)]
        others = sum(header.sectionSize(i) for i in shown)
        width = room - others
        if width < MIN_TEXT_WIDTH:
            last = header.visualIndex(text)
            if not header.isSectionHidden(response):
                last = max(last, header.visualIndex(response))
            lead = sum(header.sectionSize(i) for i in shown if header.visualIndex(i) <= last)
            width = max(room - lead, MIN_TEXT_WIDTH)
        if width != header.sectionSize(text):
            self._fitting = True
            try:
                self.setColumnWidth(text, width)
            finally:
                self._fitting = False

    def fill_columns_menu(self) -> None:
        self.columns_menu.clear()
        for index, column in enumerate(self.table_model.columns):
            action = self.columns_menu.addAction(column.title)
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(index))
            action.toggled.connect(lambda on, i=index: self.set_column_visible(i, on))
        self.columns_menu.addSeparator()
        self.columns_menu.addAction(self.tr("恢复默认列"), self.reset_columns)

    def set_column_visible(self, index: int, visible: bool) -> None:
        self.setColumnHidden(index, not visible)
        self.fit_text_column()
        self.save_header_state()

    def reset_columns(self) -> None:
        header = self.horizontalHeader()
        for logical in range(header.count()):
            header.moveSection(header.visualIndex(logical), logical)
        self.default_widths()
        self.save_header_state()

    def save_header_state(self) -> None:
        if self.qsettings is not None:
            self.qsettings.setValue(HEADER_STATE_KEY, self.horizontalHeader().saveState())

    def restore_header_state(self) -> None:
        if self.qsettings is None:
            return
        for old in OLD_HEADER_STATE_KEYS:
            self.qsettings.remove(old)
        state = self.qsettings.value(HEADER_STATE_KEY)
        if state is not None:
            self.horizontalHeader().restoreState(state)
            text = self.table_model.column_index("text")
            self.horizontalHeader().setSectionResizeMode(text, QHeaderView.ResizeMode.Interactive)
