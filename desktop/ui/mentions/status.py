"""What the mention log says about its view: the status line under the table (shown / total /
selected / overdue) and the two states without rows (an empty log, a filter matching none)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

MUTED = "color: #64748b;"


@dataclass(frozen=True)
class ViewCounts:
    """The figures the status line shows."""

    shown: int = 0
    total: int = 0
    selected: int = 0
    overdue: int = 0  # negatives past the response window, unanswered
    window_hours: float = 2.0


class StatusLine(QLabel):
    """显示 n 条 / 共 m 条 · 已选 k 条 · ⚠ j 条负面超过 h 小时未回复."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageSubtitle")

    def show_counts(self, counts: ViewCounts) -> None:
        text = self.tr("显示 {shown:,} 条 / 共 {total:,} 条").format(
            shown=counts.shown, total=counts.total
        )
        if counts.selected:
            text += self.tr(" · 已选 {n:,} 条").format(n=counts.selected)
        if counts.overdue:
            text += self.tr(" · ⚠ {n:,} 条负面超过 {h:g} 小时未回复").format(
                n=counts.overdue, h=counts.window_hours
            )
        self.setText(text)


class EmptyLog(QLabel):
    """No mention in the workspace yet: how to get some in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("还没有舆情。把 Excel/CSV 拖到窗口上，或按 Ctrl+I 导入。"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setStyleSheet(f"font-size: 13pt; {MUTED}")


class NoMatch(QWidget):
    """Mentions exist but the filter matches none: a way back."""

    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.label = QLabel(self.tr("没有符合筛选条件的舆情。换个关键词，或清除筛选。"))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet(f"font-size: 12pt; {MUTED}")
        layout.addWidget(self.label)
        clear = QPushButton(self.tr("清除筛选"))
        clear.clicked.connect(self.clear_requested.emit)
        layout.addWidget(clear, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
