"""The lazy mention table: holds only the id list of the current view and fetches rows in
pages on demand (the Anki browser pattern, DESIGN.md §3 and §7). SQL filters and sorts."""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon

from desktop.core.pii import mask_contact
from desktop.core.response_window import response_state
from desktop.core.triage_vocab import BY_IMPORT, BY_MODEL, BY_PERSON, CONFIDENT_SUGGESTION
from desktop.printing.chart import SENTIMENT_COLOURS
from desktop.ui.labels import response_label, vocab_labels
from desktop.ui.theme import icon

PAGE_SIZE = 128
MAX_PAGES = 24  # ≈ 3,000 rows cached at most
ID_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_BACKGROUND = QColor("#fde8e8")
OVERDUE_FOREGROUND = QColor("#b71c1c")
# A model suggestion is shown as a question ("负面?") in grey until a person confirms it.
SUGGESTED_FOREGROUND = QColor("#8a8a8a")
SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 2  # True on a row whose sentiment is the model's

# Everything a row needs from the database; one fetch per page of rows.
DB_COLUMNS: tuple[str, ...] = (
    "posted_at",
    "platform",
    "author",
    "followers",
    "title",
    "text",
    "sentiment",
    "sentiment_by",
    "sentiment_user",
    "sentiment_confidence",
    "model_sentiment",
    "vendor_sentiment",
    "issue_type",
    "nature",
    "status",
    "owner",
    "follow_up_due",
    "reposts",
    "comments",
    "likes",
    "contact",
    "case_id",
    "replied_at",
)
_AT = {name: i for i, name in enumerate(DB_COLUMNS)}


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    sort_key: str | None  # MentionFilter.sort value, None when not sortable
    numeric: bool = False
    visible: bool = True


def columns() -> list[Column]:
    # The text first after the two short tags (a reader looks there first; it takes the spare
    # width), then when, where and who.
    return [
        Column("sentiment", QCoreApplication.translate("MentionsTableModel", "情感"), "sentiment"),
        Column("status", QCoreApplication.translate("MentionsTableModel", "状态"), "status"),
        Column("text", QCoreApplication.translate("MentionsTableModel", "内容"), None),
        Column("response", QCoreApplication.translate("MentionsTableModel", "响应时限"), None),
        Column(
            "posted_at", QCoreApplication.translate("MentionsTableModel", "发布时间"), "posted_at"
        ),
        Column("platform", QCoreApplication.translate("MentionsTableModel", "平台"), "platform"),
        Column("author", QCoreApplication.translate("MentionsTableModel", "作者"), "author"),
        Column(
            "followers",
            QCoreApplication.translate("MentionsTableModel", "粉丝"),
            "followers",
            numeric=True,
        ),
        Column(
            "issue_type", QCoreApplication.translate("MentionsTableModel", "问题类型"), "issue_type"
        ),
        Column(
            "vendor_sentiment",
            QCoreApplication.translate("MentionsTableModel", "工具情感"),
            None,
            visible=False,
        ),
        Column(
            "nature", QCoreApplication.translate("MentionsTableModel", "性质"), None, visible=False
        ),
        Column("owner", QCoreApplication.translate("MentionsTableModel", "负责人"), "owner"),
        Column(
            "follow_up_due",
            QCoreApplication.translate("MentionsTableModel", "跟进日期"),
            "follow_up_due",
            visible=False,
        ),
        Column(
            "reposts",
            QCoreApplication.translate("MentionsTableModel", "转发"),
            "reposts",
            numeric=True,
            visible=False,
        ),
        Column(
            "comments",
            QCoreApplication.translate("MentionsTableModel", "评论"),
            "comments",
            numeric=True,
            visible=False,
        ),
        Column(
            "likes",
            QCoreApplication.translate("MentionsTableModel", "点赞"),
            "likes",
            numeric=True,
            visible=False,
        ),
        Column("contact", QCoreApplication.translate("MentionsTableModel", "联系方式"), None),
        Column(
            "case_id", QCoreApplication.translate("MentionsTableModel", "案例"), None, visible=False
        ),
        Column(
            "id",
            QCoreApplication.translate("MentionsTableModel", "编号"),
            "id",
            numeric=True,
            visible=False,
        ),
    ]


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_ID = int(ID_ROLE)
_OVERDUE = int(OVERDUE_ROLE)
_SUGGESTION = int(SUGGESTION_ROLE)
_ROLES = frozenset(
    {_DISPLAY, _TOOLTIP, _FOREGROUND, _BACKGROUND, _DECORATION, _ALIGN, _ID, _OVERDUE, _SUGGESTION}
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags

RowFetcher = Callable[[Sequence[int], Sequence[str]], dict[int, tuple[Any, ...]]]


class MentionsTableModel(QAbstractTableModel):
    """Rows are the ids of the current view; values come from `fetch(ids, DB_COLUMNS)`."""

    sort_requested = Signal(str, bool)  # MentionFilter.sort, descending

    def __init__(self, fetch: RowFetcher | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.fetch = fetch
        self.columns = columns()
        self.ids: array[int] = array("q")
        self._pages: OrderedDict[int, dict[int, tuple[Any, ...]]] = OrderedDict()
        self.issue_labels: dict[str, str] = {}
        self.window_hours = 2.0
        self.now = datetime.now(UTC)
        self.fetches = 0  # pages read from the database (tests and bench look at it)
        self._alarm_icon: QIcon | None = None
        self._labels = {
            "sentiment": vocab_labels("SENTIMENTS"),
            "status": vocab_labels("STATUSES"),
            "nature": vocab_labels("NATURES"),
        }

    # -- data source ---------------------------------------------------------------------------

    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self.ids = ids if isinstance(ids, array) else array("q", ids)
        self._pages.clear()
        self.endResetModel()

    def invalidate(self) -> None:
        """Values changed (triage): drop the cache and repaint, keeping ids and selection."""
        self._pages.clear()
        if self.ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.ids) - 1, len(self.columns) - 1)
            )

    def row_of(self, mention_id: int) -> int:
        try:
            return self.ids.index(mention_id)
        except ValueError:
            return -1

    def is_suggestion(self, row: int) -> bool:
        """Whether the row's sentiment is the model's (not yet confirmed by a person)."""
        values = self.values(row)
        return values is not None and values[_AT["sentiment_by"]] == BY_MODEL

    def mention_id(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def values(self, row: int) -> tuple[Any, ...] | None:
        entry = self._entry(row)
        return entry[0] if entry else None

    def _entry(self, row: int) -> tuple[tuple[Any, ...], Any] | None:
        """(values, response state) of a row, from the page cache or one fetch of its page."""
        if not 0 <= row < len(self.ids) or self.fetch is None:
            return None
        page_number = row // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            start = page_number * PAGE_SIZE
            fetched = self.fetch(self.ids[start : start + PAGE_SIZE], DB_COLUMNS)
            self.fetches += 1
            page = {
                mention_id: (values, self._state(values)) for mention_id, values in fetched.items()
            }
            self._pages[page_number] = page
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        elif self._pages and next(reversed(self._pages)) != page_number:
            self._pages.move_to_end(page_number)
        return page.get(self.ids[row])

    def _state(self, values: tuple[Any, ...]) -> Any:
        return response_state(
            sentiment=values[_AT["sentiment"]],
            status=values[_AT["status"]],
            posted_at=values[_AT["posted_at"]],
            replied_at=values[_AT["replied_at"]],
            now=self.now,
            window_hours=self.window_hours,
            sentiment_by=values[_AT["sentiment_by"]],
            confidence=values[_AT["sentiment_confidence"]],
        )

    # -- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title
            if role == Qt.ItemDataRole.ToolTipRole and self.columns[section].key == "response":
                return QCoreApplication.translate(
                    "MentionsTableModel", "负面舆情发布后经过的时间；超过响应时限且未回复的标红"
                )
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns) and self.columns[column].sort_key:
            self.sort_requested.emit(
                self.columns[column].sort_key, order == Qt.SortOrder.DescendingOrder
            )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        # Called thousands of times per paint: plain ints, cached per-row state, no enums.
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self.ids):
            return None
        if role == _ID:
            return self.ids[row]
        column = self.columns[index.column()]
        if role == _ALIGN:
            return _RIGHT if column.numeric else None
        entry = self._entry(row)
        if entry is None:
            return (
                QCoreApplication.translate("MentionsTableModel", "（已删除）")
                if role == _DISPLAY
                else None
            )
        values, state = entry
        key = column.key
        if role == _DISPLAY:
            if key == "id":
                return str(self.ids[row])
            return self._display(key, values, state)
        if role == _BACKGROUND:
            return OVERDUE_BACKGROUND if state.overdue else None
        if role == _SUGGESTION:
            return values[_AT["sentiment_by"]] == BY_MODEL
        if role == _FOREGROUND:
            if key == "sentiment":
                if values[_AT["sentiment_by"]] == BY_MODEL:
                    return SUGGESTED_FOREGROUND
                return SENTIMENT_COLOURS.get(values[_AT["sentiment"]])
            if key == "response" and state.overdue:
                return OVERDUE_FOREGROUND
            return None
        if role == _DECORATION:
            if key == "response" and state.overdue:
                if self._alarm_icon is None:
                    self._alarm_icon = icon("mdi6.alarm-light", color="#d32f2f")
                return self._alarm_icon
            return None
        if role == _OVERDUE:
            return state.overdue
        # tooltips
        if key == "text":
            title = values[_AT["title"]]
            return (title + "\n" if title else "") + (values[_AT["text"]] or "")[:600]
        if key == "response" and state.applies:
            return QCoreApplication.translate("MentionsTableModel", "响应时限 {h:g} 小时").format(
                h=state.window_hours
            )
        if key == "sentiment":
            return self._sentiment_tooltip(values)
        return None

    def _sentiment_tooltip(self, values: tuple[Any, ...]) -> str | None:
        """Who said the sentiment, and how sure the model is when it was the model."""
        by = values[_AT["sentiment_by"]]
        labels = self._labels["sentiment"]
        if by == BY_MODEL:
            confidence = values[_AT["sentiment_confidence"]] or 0.0
            text = QCoreApplication.translate(
                "MentionsTableModel", "模型建议：{label}（置信度 {p}）"
            ).format(
                label=labels.get(values[_AT["sentiment"]], values[_AT["sentiment"]]),
                p=f"{confidence:.0%}",
            )
            if confidence < CONFIDENT_SUGGESTION:
                text += "\n" + QCoreApplication.translate(
                    "MentionsTableModel", "把握不足，不计入统计"
                )
            return (
                text
                + "\n"
                + QCoreApplication.translate("MentionsTableModel", "空格 确认 · 1/2/3 改判")
            )
        if by == BY_PERSON:
            text = QCoreApplication.translate("MentionsTableModel", "由 {user} 手动判定").format(
                user=values[_AT["sentiment_user"]]
            )
        elif by == BY_IMPORT:
            text = QCoreApplication.translate(
                "MentionsTableModel", "导入表格自带：{vendor}"
            ).format(vendor=values[_AT["vendor_sentiment"]])
        else:
            return None
        reading = values[_AT["model_sentiment"]]
        if reading and reading != values[_AT["sentiment"]]:
            text += "\n" + QCoreApplication.translate(
                "MentionsTableModel", "模型的判断：{label}"
            ).format(label=labels.get(reading, reading))
        return text

    def _display(self, key: str, values: tuple[Any, ...], state: Any) -> Any:
        if key == "posted_at":
            return (values[_AT["posted_at"]] or "")[:16].replace("T", " ")
        if key == "text":
            text = values[_AT["title"]] or values[_AT["text"]] or ""
            return " ".join(text[:160].split())
        if key == "sentiment":
            value = values[_AT["sentiment"]]
            label = self._labels["sentiment"].get(value, value)
            if values[_AT["sentiment_by"]] == BY_MODEL:
                return QCoreApplication.translate("MentionsTableModel", "{label}?").format(
                    label=label
                )
            return label
        if key == "status":
            value = values[_AT["status"]]
            return self._labels["status"].get(value, value)
        if key == "issue_type":
            issue = values[_AT["issue_type"]]
            return self.issue_labels.get(issue, issue)
        if key == "nature":
            value = values[_AT["nature"]]
            return self._labels["nature"].get(value, value)
        if key == "response":
            if not state.applies:
                return ""
            return response_label(state)
        if key == "contact":
            return mask_contact(values[_AT["contact"]] or "")
        if key == "follow_up_due":
            return (values[_AT["follow_up_due"]] or "").replace("T", " ")
        if key in ("followers", "reposts", "comments", "likes"):
            value = values[_AT[key]]
            return "" if value is None else f"{value:,}"
        if key == "case_id":
            case = values[_AT["case_id"]]
            return "" if case is None else f"#{case}"
        return values[_AT[key]]
