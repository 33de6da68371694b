"""The mention log's filter widgets: two rows that together build one `MentionFilter`.

The bar knows nothing of the table: it says `filter_changed` (the search box after a short
pause while typing) and the page asks SQL for the ids of `mention_filter(...)`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.response_window import UNANSWERED as UNANSWERED_STATUSES
from desktop.services.mentions import ImportBatch, MentionFilter
from desktop.ui.labels import vocab_label, vocab_labels
from desktop.ui.theme import icon

ANY = "__any__"
UNANSWERED = "__unanswered__"
NO_DATE = QDate(2000, 1, 1)
SEARCH_PAUSE_MS = 250  # typing in the search box: ask SQL once the user pauses


class MentionFilterBar(QWidget):
    """Search, sentiment, status, platform, owner, dates, case, import batch, followers."""

    filter_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._updating = True  # until every widget is built
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._first_row())
        layout.addLayout(self._second_row())
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self.filter_changed.emit)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.filter_changed.emit)
        for combo in self._combos():
            combo.currentIndexChanged.connect(self._changed)
        self.from_edit.dateChanged.connect(self._changed)
        self.to_edit.dateChanged.connect(self._changed)
        self.followers_spin.valueChanged.connect(self._changed)
        self._updating = False

    # -- building ------------------------------------------------------------------------------

    def _first_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("搜索正文、标题、作者（两个字即可，如：退款）"))
        self.search_edit.addAction(icon("mdi6.magnify"), QLineEdit.ActionPosition.LeadingPosition)
        row.addWidget(self.search_edit, 3)
        self.sentiment_combo = _combo(
            self.tr("全部情感"),
            [(k, vocab_label("SENTIMENTS", k)) for k in ("neg", "neu", "pos", "unknown")],
        )
        self.status_combo = _combo(
            self.tr("全部状态"),
            [(UNANSWERED, self.tr("未回复（新/待回复）")), *vocab_labels("STATUSES").items()],
        )
        self.platform_combo = _combo(self.tr("全部平台"), [])
        self.owner_combo = _combo(self.tr("全部负责人"), [])
        for combo in (
            self.sentiment_combo,
            self.status_combo,
            self.platform_combo,
            self.owner_combo,
        ):
            row.addWidget(combo)
        return row

    def _second_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("发布")))
        self.from_edit = self._date_edit()
        self.to_edit = self._date_edit()
        row.addWidget(self.from_edit)
        row.addWidget(QLabel("–"))
        row.addWidget(self.to_edit)
        self.case_combo = _combo(
            self.tr("案例：全部"), [("yes", self.tr("已关联案例")), ("no", self.tr("未关联案例"))]
        )
        self.import_combo = _combo(self.tr("全部导入批次"), [])
        self.group_combo = _combo(self.tr("全部监测组"), [])  # filled by the 监测 page
        row.addWidget(self.case_combo)
        row.addWidget(self.import_combo)
        row.addWidget(self.group_combo)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("粉丝 ≥")))
        self.followers_spin = QSpinBox()
        self.followers_spin.setRange(0, 1_000_000_000)
        self.followers_spin.setSingleStep(1000)
        self.followers_spin.setSpecialValueText(self.tr("不限"))
        self.followers_spin.setGroupSeparatorShown(True)
        row.addWidget(self.followers_spin)
        self.clear_button = QPushButton(self.tr("清除筛选"))
        self.clear_button.clicked.connect(self.clear)
        row.addWidget(self.clear_button)
        return row

    def _date_edit(self) -> QDateEdit:
        edit = _DateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("不限"))
        edit.setDate(NO_DATE)
        return edit

    def _combos(self) -> tuple[QComboBox, ...]:
        return (
            self.sentiment_combo,
            self.status_combo,
            self.platform_combo,
            self.owner_combo,
            self.case_combo,
            self.import_combo,
            self.group_combo,
        )

    # -- what it says ---------------------------------------------------------------------------

    def mention_filter(self, sort: str = "posted_at", descending: bool = True) -> MentionFilter:
        """A new filter of what the widgets show, sorted as the table's header says."""
        mention_filter = MentionFilter(
            search=self.search_edit.text().strip(), sort=sort, descending=descending
        )
        sentiment = self.sentiment_combo.currentData()
        if sentiment != ANY:
            mention_filter.sentiments = [sentiment]
        status = self.status_combo.currentData()
        if status == UNANSWERED:
            mention_filter.statuses = sorted(UNANSWERED_STATUSES)
        elif status != ANY:
            mention_filter.statuses = [status]
        platform = self.platform_combo.currentData()
        if platform != ANY:
            mention_filter.platforms = [platform]
        owner = self.owner_combo.currentData()
        if owner != ANY:
            mention_filter.owner = owner
        case = self.case_combo.currentData()
        if case != ANY:
            mention_filter.has_case = case == "yes"
        batch = self.import_combo.currentData()
        if batch != ANY:
            mention_filter.import_id = int(batch)
        group = self.group_combo.currentData()
        if isinstance(group, list):  # an alert's mentions (show_only)
            mention_filter.mention_ids = [int(i) for i in group]
        elif group != ANY:
            mention_filter.watch_group_id = int(group)
        if self.followers_spin.value() > 0:
            mention_filter.min_followers = self.followers_spin.value()
        if self.from_edit.date() != NO_DATE:
            mention_filter.posted_from = self.from_edit.date().toString("yyyy-MM-dd")
        if self.to_edit.date() != NO_DATE:
            mention_filter.posted_to = self.to_edit.date().toString("yyyy-MM-dd")
        return mention_filter

    def search_text(self) -> str:
        return self.search_edit.text()

    # -- changing it ----------------------------------------------------------------------------

    def reset(self) -> None:
        """Every widget back to "all", without asking for a reload (a workspace opened)."""
        self._updating = True
        self.search_edit.clear()
        self._search_timer.stop()
        for combo in self._combos():
            combo.setCurrentIndex(0)
        self.from_edit.setDate(NO_DATE)
        self.to_edit.setDate(NO_DATE)
        self.followers_spin.setValue(0)
        self._updating = False

    def clear(self) -> None:
        """清除筛选: everything back to "all", and the table follows."""
        self.reset()
        self.filter_changed.emit()

    def set_choices(
        self, *, platforms: list[str], owners: list[str], batches: list[ImportBatch]
    ) -> None:
        """The workspace's own values; a chosen one that is still there stays chosen."""
        self._updating = True
        _refill(self.platform_combo, [(p, p) for p in platforms])
        _refill(self.owner_combo, [(o, o) for o in owners])
        _refill(self.import_combo, [(str(b.id), f"#{b.id} {b.file_name}") for b in batches])
        self._updating = False

    def set_groups(self, groups: list[tuple[int, str]]) -> None:
        self._updating = True
        _refill(self.group_combo, [(str(i), name) for i, name in groups])
        self._updating = False

    def show_group(self, group_id: int) -> None:
        self.reset()
        self.group_combo.setCurrentIndex(max(self.group_combo.findData(str(group_id)), 0))
        self.filter_changed.emit()

    def show_only(self, ids: list[int], label: str) -> None:
        """Exactly these mentions (an alert's), named in the group box until changed."""
        self.reset()
        self.group_combo.insertItem(1, label, ids)
        self.group_combo.setCurrentIndex(1)
        self.filter_changed.emit()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def search_pending(self) -> bool:
        return self._search_timer.isActive()

    def cancel_pending_search(self) -> None:
        """The table is reloading now anyway: the typing pause need not ask again."""
        self._search_timer.stop()

    def _changed(self, *_args: Any) -> None:
        if not self._updating:
            self.filter_changed.emit()


class _DateEdit(QDateEdit):
    """A date filter that Tab leaves (a QDateEdit's Tab walks its year, month and day first,
    so Tab from the search box got stuck in 发布); arrows and typing still edit each part."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Showing 不限, QDateTimeEdit swallows Tab without moving on at all.
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            backwards = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            QWidget.focusNextPrevChild(self, not backwards)
            event.accept()
            return
        super().keyPressEvent(event)


def _combo(all_label: str, items: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox()
    combo.addItem(all_label, ANY)
    for key, label in items:
        combo.addItem(label, key)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


def _refill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
    current = combo.currentData()
    while combo.count() > 1:
        combo.removeItem(1)
    for key, label in items:
        combo.addItem(label, key)
    combo.setCurrentIndex(max(combo.findData(current), 0))
