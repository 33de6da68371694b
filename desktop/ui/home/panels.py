"""The dashboard's parts: clickable cards and bar lists. Each carries the figure's
`MentionFilter`; a click hands it to the page, which opens the mention log with it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.overview import Figure, MentionFilter

LABEL_CHARS = 16  # characters of a bar list's label shown


class Card(QFrame):
    """A number with its caption; clickable when it has a filter."""

    clicked = Signal(object)  # the MentionFilter

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.mention_filter: MentionFilter | None = None
        layout = QVBoxLayout(self)
        self.value = QLabel("–")
        self.value.setObjectName("cardValue")
        self.label = QLabel(caption)
        self.label.setObjectName("cardLabel")
        self.label.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("pageSubtitle")
        self.note.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.label)
        layout.addWidget(self.note)

    def show_figure(self, text: str, mention_filter: MentionFilter | None, note: str = "") -> None:
        self.value.setText(text)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.mention_filter = mention_filter
        clickable = mention_filter is not None
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if clickable else Qt.FocusPolicy.NoFocus)
        self.setToolTip(self.tr("点击查看这些舆情") if clickable else "")

    def click(self) -> None:
        if self.mention_filter is not None:
            self.clicked.emit(self.mention_filter)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.click()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.click()
            return
        super().keyPressEvent(event)


class BarList(QFrame):
    """A titled list of figures as bars (label · bar · number); a row opens its mentions."""

    clicked = Signal(object)  # the MentionFilter

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        outer = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setStyleSheet("font-weight: 600;")
        outer.addWidget(heading)
        self.empty = QLabel()
        self.empty.setObjectName("pageSubtitle")
        self.empty.setWordWrap(True)
        outer.addWidget(self.empty)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        outer.addLayout(self.grid)
        outer.addStretch(1)
        self.buttons: list[QPushButton] = []

    def show_rows(self, rows: list[tuple[str, Figure, str]], empty_text: str) -> None:
        """(label, figure, the number as shown) per row, biggest first."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        self.buttons = []
        self.empty.setText(empty_text)
        self.empty.setVisible(not rows)
        peak = max((figure.value for _label, figure, _text in rows), default=1) or 1
        for row, (label, figure, text) in enumerate(rows):
            # a long label (an alert's reason, a case title) is cut, whole in its tooltip,
            # so a panel never widens the page
            shown = label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"
            button = QPushButton(shown)
            button.setToolTip(label if shown != label else "")
            button.setFlat(True)
            button.setStyleSheet("text-align: left; padding: 1px 4px;")
            button.setEnabled(figure.filter is not None)
            if figure.filter is not None:
                button.setCursor(Qt.CursorShape.PointingHandCursor)
                button.clicked.connect(lambda _c=False, f=figure.filter: self.clicked.emit(f))
            bar = QProgressBar()
            bar.setTextVisible(False)
            bar.setMaximumHeight(10)
            bar.setMinimumWidth(16)  # the bar gives way first when the page is narrow
            bar.setRange(0, peak)
            bar.setValue(min(figure.value, peak))
            number = QLabel(text)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(button, row, 0)
            self.grid.addWidget(bar, row, 1)
            self.grid.addWidget(number, row, 2)
            self.buttons.append(button)


class EmptyDashboard(QFrame):
    """A workspace without mentions: what to do first, with the import button."""

    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.tr("还没有舆情"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        text = QLabel(
            self.tr(
                "导入监测平台导出的舆情表格（Excel/CSV）：把文件拖到窗口上，或按 Ctrl+I。"
                "导入后这里会显示声量趋势、负面占比、超时未回复和响应时间。"
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.import_button = QPushButton(self.tr("导入舆情表格…"))
        self.import_button.clicked.connect(lambda _c=False: self.import_requested.emit())
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
