"""The queue's table model: the top of the ranking, worded, with a page of rows fetched by id.

Reasons are built here from their keys and numbers (core.priority's `Reason.data`) so they
follow the UI language; the CLI prints the Chinese words core wrote.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.core.response_window import compact_minutes
from desktop.core.triage_vocab import BY_MODEL, counts_as
from desktop.services.nature import Hint
from desktop.services.priority import QueueItem, QueueRanking, Reason
from desktop.ui.authors.dialogs import flag_label, hint_text
from desktop.ui.labels import vocab_label

SHOWN = 500  # the top of the queue; nobody works through 60,000 rows in one sitting
SUGGESTED = QColor("#8a8f98")
NEGATIVE = QColor("#c0392b")
MINUTES_PER_DAY = 24 * 60
DAYS_ONLY_FROM = 2 * MINUTES_PER_DAY  # overdue by days: the hours are left out
HINT_BATCH = 50  # nature hints are worked out for this many rows at a time, as they show
RowsFetcher = Callable[[list[int]], dict[int, dict[str, Any]]]
HintsFetcher = Callable[[list[int]], dict[int, list[Hint]]]
Index = QModelIndex | QPersistentModelIndex


class QueueModel(QAbstractTableModel):
    """Rank, reasons, text, author, platform, posted, sentiment of the queue's top rows."""

    def __init__(
        self,
        fetch: RowsFetcher,
        parent: QObject | None = None,
        hints: HintsFetcher | None = None,
    ) -> None:
        super().__init__(parent)
        self.fetch = fetch
        self.fetch_hints = hints
        self.hints: dict[int, list[Hint]] = {}
        self.items: list[QueueItem] = []
        self.rows: dict[int, dict[str, Any]] = {}
        self.total = 0
        self.headers = [
            self.tr("名次"),
            self.tr("理由"),
            self.tr("内容"),
            self.tr("作者"),
            self.tr("平台"),
            self.tr("发布时间"),
            self.tr("情感"),
        ]

    # -- data in -------------------------------------------------------------------------------

    def set_ranking(self, ranking: QueueRanking | None) -> None:
        self.beginResetModel()
        self.items = ranking.items(SHOWN) if ranking is not None else []
        self.total = len(ranking) if ranking is not None else 0
        self.rows = self.fetch([item.id for item in self.items]) if self.items else {}
        self.hints = {}
        self.endResetModel()

    def refetch(self, mention_id: int) -> None:
        """A label changed on this row: show its new values where it stands."""
        row = self.row_of(mention_id)
        if row < 0:
            return
        self.rows.update(self.fetch([mention_id]))
        self.hints.pop(mention_id, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def remove(self, mention_id: int) -> None:
        """The mention left the queue (answered, or labelled positive)."""
        row = self.row_of(mention_id)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.items[row]
        self.rows.pop(mention_id, None)
        self.total -= 1
        self.endRemoveRows()

    def row_of(self, mention_id: int) -> int:
        return next((n for n, item in enumerate(self.items) if item.id == mention_id), -1)

    def mention_id(self, row: int) -> int | None:
        return self.items[row].id if 0 <= row < len(self.items) else None

    def mention(self, row: int) -> dict[str, Any] | None:
        mention_id = self.mention_id(row)
        return self.rows.get(mention_id) if mention_id is not None else None

    # -- words ---------------------------------------------------------------------------------

    def count_text(self, value: float) -> str:
        """12.3 万 in Chinese (how the platforms write it), 123K in English: the translation
        of the marker "万亿" says which units the UI language counts in."""
        if self.tr("万亿") == "万亿":
            if value >= 1e8:
                return f"{value / 1e8:.1f}".rstrip("0").rstrip(".") + " 亿"
            if value >= 1e4:
                return f"{value / 1e4:.1f}".rstrip("0").rstrip(".") + " 万"
        elif value >= 1e6:
            return f"{value / 1e6:.1f}".rstrip("0").rstrip(".") + "M"
        elif value >= 1e4:
            return f"{value / 1e3:.1f}".rstrip("0").rstrip(".") + "K"
        return f"{int(value):,}"

    def reason_text(self, reason: Reason) -> str:
        data = reason.data
        if reason.key == "confirmed":
            return {
                "neg": self.tr("已确认负面"),
                "neu": self.tr("已确认中性"),
                "pos": self.tr("已确认正面"),
            }.get(data.get("sentiment", ""), reason.text)
        if reason.key == "negative_probability":
            return self.tr("负面概率 {p}%").format(p=data["percent"])
        if reason.key == "unread":
            return self.tr("情感未判定")
        if reason.key == "followers":
            return self.tr("粉丝 {n}").format(n=self.count_text(data["followers"]))
        if reason.key == "reposts":
            return self.tr("转发 {n}").format(n=self.count_text(data["reposts"]))
        if reason.key == "comments":
            return self.tr("评论 {n}").format(n=self.count_text(data["comments"]))
        if reason.key == "overdue":
            return self.tr("已过响应时限 {t}").format(t=self.minutes(data["minutes"]))
        if reason.key == "window_left":
            return self.tr("距响应时限还剩 {t}").format(t=self.minutes(data["minutes"]))
        if reason.key == "repeat":
            return self.tr("该作者此前投诉 {n} 次").format(n=data["count"])
        return reason.text

    def minutes(self, minutes: int) -> str:
        if minutes >= DAYS_ONLY_FROM:  # "2310 天 19 小时": past two days the hours are noise
            minutes -= minutes % MINUTES_PER_DAY
        words = compact_minutes(minutes)
        return (
            words.replace(" 分钟", self.tr(" 分钟"))
            .replace(" 小时", self.tr(" 小时"))
            .replace(" 天", self.tr(" 天"))
            .replace(" 分", self.tr(" 分"))
        )

    def reasons_line(self, item: QueueItem) -> str:
        words = [self.reason_text(reason) for reason in item.reasons]
        words += ["⚑ " + flag_label(hint.flag) for hint in self.hints_of(item.id)]
        return " · ".join(words)

    def hints_of(self, mention_id: int) -> list[Hint]:
        """Nature hints of a row, fetched with the rows around it on first sight."""
        if self.fetch_hints is None:
            return []
        if mention_id not in self.hints:
            row = self.row_of(mention_id)
            start = max(0, row - row % HINT_BATCH)
            batch = [item.id for item in self.items[start : start + HINT_BATCH]]
            found = self.fetch_hints(batch)
            for batch_id in batch:
                self.hints[batch_id] = found.get(batch_id, [])
        return self.hints.get(mention_id, [])

    def sentiment_text(self, row: dict[str, Any]) -> str:
        sentiment, by = row["sentiment"], row["sentiment_by"]
        if sentiment == "unknown":
            return self.tr("未判定")
        label = vocab_label("SENTIMENTS", sentiment)
        return f"{label}?" if by == BY_MODEL else label

    def _sentiment_colour(self, row: dict[str, Any]) -> QColor | None:
        if row["sentiment_by"] == BY_MODEL or row["sentiment"] == "unknown":
            return SUGGESTED
        if counts_as(row["sentiment"], row["sentiment_by"], None, "neg"):
            return NEGATIVE
        return None

    # -- QAbstractTableModel -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.items)):
            return None
        if not (0 <= index.column() < len(self.headers)):
            return None
        item = self.items[index.row()]
        row = self.rows.get(item.id)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                return self.tr("优先分 {s}（0–100）").format(s=f"{item.score:.0f}")
            if column == 1:
                lines = [self.reasons_line(item)]
                lines += [f"⚑ {hint_text(hint)}" for hint in self.hints_of(item.id)]
                return "\n".join(lines)
            if column == 6 and row is not None and row["sentiment_by"] == BY_MODEL:
                confidence = row["sentiment_confidence"]
                if confidence is not None:
                    return self.tr("模型建议，置信度 {p}%").format(p=round(confidence * 100))
            return self._display(item, row, column) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == 6 and row is not None:
            return self._sentiment_colour(row)
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    def _display(self, item: QueueItem, row: dict[str, Any] | None, column: int) -> str:
        if column == 0:
            return str(item.rank)
        if column == 1:
            return self.reasons_line(item)
        if row is None:
            return ""
        if column == 2:
            return " ".join((row["text"] or row["title"] or "").split())
        if column == 3:
            return row["author"] or ""
        if column == 4:
            return row["platform"] or ""
        if column == 5:
            return (row["posted_at"] or "")[:16].replace("T", " ")
        return self.sentiment_text(row)
