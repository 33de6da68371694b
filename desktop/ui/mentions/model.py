"""The lazy mention table: holds only the id list of the current view and fetches rows in
pages on demand (the Anki browser pattern, DESIGN.md §3 and §7). SQL filters and sorts."""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from desktop.core.pii import mask_contact
from desktop.core.response_window import response_state
from desktop.core.vocab import NATURES, SENTIMENTS, STATUSES
from desktop.ui.theme import SENTIMENT_COLOURS, icon

PAGE_SIZE = 128
MAX_PAGES = 24  # ≈ 3,000 rows cached at most
ID_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_BACKGROUND = QColor("#fde8e8")
OVERDUE_FOREGROUND = QColor("#b71c1c")

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


def _tr(text: str) -> str:
    return QCoreApplication.translate("MentionsTableModel", text)


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    sort_key: str | None  # MentionFilter.sort value, None when not sortable
    numeric: bool = False
    visible: bool = True


def columns() -> list[Column]:
    return [
        Column("posted_at", _tr("发布时间"), "posted_at"),
        Column("platform", _tr("平台"), "platform"),
        Column("sentiment", _tr("情感"), "sentiment"),
        Column("status", _tr("状态"), "status"),
        Column("response", _tr("响应时限"), None),
        Column("author", _tr("作者"), "author"),
        Column("followers", _tr("粉丝"), "followers", numeric=True),
        Column("text", _tr("内容"), None),
        Column("issue_type", _tr("问题类型"), "issue_type"),
        Column("vendor_sentiment", _tr("工具情感"), None, visible=False),
        Column("nature", _tr("性质"), None, visible=False),
        Column("owner", _tr("负责人"), "owner"),
        Column("follow_up_due", _tr("跟进日期"), "follow_up_due", visible=False),
        Column("reposts", _tr("转发"), "reposts", numeric=True, visible=False),
        Column("comments", _tr("评论"), "comments", numeric=True, visible=False),
        Column("likes", _tr("点赞"), "likes", numeric=True, visible=False),
        Column("contact", _tr("联系方式"), None),
        Column("case_id", _tr("案例"), None, visible=False),
        Column("id", _tr("编号"), "id", numeric=True, visible=False),
    ]


RowFetcher = Callable[[Sequence[int], Sequence[str]], dict[int, tuple[Any, ...]]]


class MentionsTableModel(QAbstractTableModel):
    """Rows are the ids of the current view; values come from `fetch(ids, DB_COLUMNS)`."""

    sort_requested = Signal(str, bool)  # MentionFilter.sort, descending

    def __init__(self, fetch: RowFetcher | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.fetch = fetch
        self.columns = columns()
        self.ids: array = array("q")
        self._pages: OrderedDict[int, dict[int, tuple[Any, ...]]] = OrderedDict()
        self.issue_labels: dict[str, str] = {}
        self.window_hours = 2.0
        self.now = datetime.now(UTC)
        self.fetches = 0  # pages read from the database (tests and bench look at it)

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

    def mention_id(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def values(self, row: int) -> tuple[Any, ...] | None:
        if not 0 <= row < len(self.ids) or self.fetch is None:
            return None
        page_number = row // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            start = page_number * PAGE_SIZE
            page = self.fetch(self.ids[start : start + PAGE_SIZE], DB_COLUMNS)
            self.fetches += 1
            self._pages[page_number] = page
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page.get(self.ids[row])

    # -- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title
            if role == Qt.ItemDataRole.ToolTipRole and self.columns[section].key == "response":
                return _tr("负面舆情发布后经过的时间；超过响应时限且未回复的标红")
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns) and self.columns[column].sort_key:
            self.sort_requested.emit(
                self.columns[column].sort_key, order == Qt.SortOrder.DescendingOrder
            )

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        if role == ID_ROLE:
            return self.ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.TextAlignmentRole,
            OVERDUE_ROLE,
        ):
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        values = self.values(index.row())
        if values is None:
            return _tr("（已删除）") if role == Qt.ItemDataRole.DisplayRole else None
        state = response_state(
            sentiment=values[_AT["sentiment"]],
            status=values[_AT["status"]],
            posted_at=values[_AT["posted_at"]],
            replied_at=values[_AT["replied_at"]],
            now=self.now,
            window_hours=self.window_hours,
        )
        if role == OVERDUE_ROLE:
            return state.overdue
        if role == Qt.ItemDataRole.BackgroundRole:
            return OVERDUE_BACKGROUND if state.overdue else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.key == "sentiment":
                return SENTIMENT_COLOURS.get(values[_AT["sentiment"]])
            if column.key == "response" and state.overdue:
                return OVERDUE_FOREGROUND
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if column.key == "response" and state.overdue:
                return icon("mdi6.alarm-light", color="#d32f2f")
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.key == "text":
                return (values[_AT["title"]] + "\n" if values[_AT["title"]] else "") + (
                    values[_AT["text"]] or ""
                )[:600]
            if column.key == "response" and state.applies:
                return _tr("响应时限 {h:g} 小时").format(h=state.window_hours)
            if column.key == "sentiment" and values[_AT["sentiment_by"]]:
                return _tr("由 {user} 手动判定").format(user=values[_AT["sentiment_by"]])
            return None
        if column.key == "id":
            return str(self.ids[index.row()])
        return self._display(column.key, values, state)

    def _display(self, key: str, values: tuple[Any, ...], state: Any) -> Any:
        if key == "posted_at":
            return (values[_AT["posted_at"]] or "")[:16].replace("T", " ")
        if key == "text":
            text = values[_AT["title"]] or values[_AT["text"]] or ""
            return " ".join(text[:160].split())
        if key == "sentiment":
            return _tr(SENTIMENTS.get(values[_AT["sentiment"]], values[_AT["sentiment"]]))
        if key == "status":
            return _tr(STATUSES.get(values[_AT["status"]], values[_AT["status"]]))
        if key == "issue_type":
            issue = values[_AT["issue_type"]]
            return self.issue_labels.get(issue, issue)
        if key == "nature":
            return _tr(NATURES.get(values[_AT["nature"]], values[_AT["nature"]]))
        if key == "response":
            if not state.applies:
                return ""
            return state.label()
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
