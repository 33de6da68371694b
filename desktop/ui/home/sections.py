"""The dashboard's body: cards, the volume chart, top lists, response times, active cases,
alerts and the month-by-month trend. It only shows a computed `Dashboard`; a click says which
mentions to open (`open_requested` with their MentionFilter)."""

from __future__ import annotations

from PySide6.QtCharts import QBarSet, QChartView
from PySide6.QtCore import Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core import messages
from desktop.core.vocab import SEVERITY_NUMERALS
from desktop.printing.overview_chart import VolumeChartView, build_trend_chart, marker_index
from desktop.services import alerts as alert_service
from desktop.services.overview import Dashboard, DelayStats, Figure
from desktop.ui.home.panels import BarList, Card
from desktop.ui.labels import clock_label, minutes_text, vocab_label

MARKER_LINES = 4  # markers listed under the chart
CARD_KEYS = ("total", "neg_confirmed", "neg_suggested", "share", "overdue", "cases")


class DashboardSections(QWidget):
    open_requested = Signal(object)  # MentionFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board: Dashboard | None = None
        self.issue_labels: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        captions = {
            "total": self.tr("舆情总量"),
            "neg_confirmed": self.tr("负面（已确认）"),
            "neg_suggested": self.tr("负面（模型建议）"),
            "share": self.tr("负面占比"),
            "overdue": self.tr("超时未回复的负面"),
            "cases": self.tr("进行中的案例"),
        }
        grid = QGridLayout()
        grid.setSpacing(10)
        self.cards: dict[str, Card] = {}
        for n, key in enumerate(CARD_KEYS):
            card = Card(captions[key])
            card.clicked.connect(self.open_requested.emit)
            self.cards[key] = card
            grid.addWidget(card, 0, n)
        layout.addLayout(grid)

        self.chart = VolumeChartView()
        layout.addWidget(self.chart)
        self.markers = QLabel()
        self.markers.setObjectName("pageSubtitle")
        self.markers.setWordWrap(True)
        # long alert reasons wrap inside the page instead of widening it
        self.markers.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.markers)

        lists = QHBoxLayout()
        self.issue_list = BarList(self.tr("负面的问题类型"))
        self.group_list = BarList(self.tr("监测词组"))
        self.author_list = BarList(self.tr("影响力最大的作者"))
        for panel in (self.issue_list, self.group_list, self.author_list):
            panel.clicked.connect(self.open_requested.emit)
            lists.addWidget(panel, 1)
        layout.addLayout(lists)

        handling = QHBoxLayout()
        self.response_list = BarList(self.tr("首次回复用时（中位数 / 90%）"))
        self.case_list = BarList(self.tr("进行中的案例与回应时钟"))
        self.alert_list = BarList(self.tr("最新预警"))
        for panel in (self.response_list, self.case_list, self.alert_list):
            panel.clicked.connect(self.open_requested.emit)
            handling.addWidget(panel, 1)
        layout.addLayout(handling)

        trend_row = QHBoxLayout()
        trend_row.addWidget(QLabel(self.tr("每月趋势")))
        self.trend_by = QComboBox()
        self.trend_by.addItem(self.tr("负面按问题类型"), "issue_type")
        self.trend_by.addItem(self.tr("负面按监测词组"), "group")
        self.trend_by.currentIndexChanged.connect(lambda _i: self._show_trend())
        trend_row.addWidget(self.trend_by)
        trend_row.addStretch(1)
        layout.addLayout(trend_row)
        self.trend_view = QChartView()
        self.trend_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.trend_view.setMinimumHeight(240)
        layout.addWidget(self.trend_view)

    def show_board(self, board: Dashboard, issue_labels: dict[str, str]) -> None:
        self.board = board
        self.issue_labels = issue_labels
        c = board.cards
        self.cards["total"].show_figure(f"{c.total.value:,}", c.total.filter)
        self.cards["neg_confirmed"].show_figure(
            f"{c.neg_confirmed.value:,}", c.neg_confirmed.filter
        )
        self.cards["neg_suggested"].show_figure(
            f"{c.neg_suggested.value:,}",
            c.neg_suggested.filter,
            self.tr("模型把握较大的建议，待人工确认"),
        )
        self.cards["share"].show_figure(
            f"{c.negative_share:.0%}",
            c.negative.filter,
            self.tr("负面 {n:,} / 全部 {total:,}").format(n=c.negative.value, total=c.total.value),
        )
        overdue = c.overdue_confirmed.value
        self.cards["overdue"].show_figure(
            f"{overdue:,}",
            c.overdue_confirmed.filter,
            self.tr("超过 {h:g} 小时响应时限；另有 {s} 条模型建议").format(
                h=c.window_hours, s=c.overdue_suggested.value
            ),
        )
        open_cases = len(board.cases)
        self.cards["cases"].show_figure(
            str(open_cases),
            None,
            self.tr("{n} 个已超时").format(
                n=sum(1 for x in board.cases if x.clock_state == "missed")
            ),
        )
        self._show_chart(board)
        self._show_lists(board)
        self._show_handling(board)
        self._show_trend(board)

    def _show_chart(self, board: Dashboard) -> None:
        title = (
            self.tr("声量（每小时）") if board.period.bucket == "hour" else self.tr("声量（每天）")
        )
        bars = self.chart.show_volume(board.volume, title)
        bars.clicked.connect(self._bar_clicked)
        shown = [m for m in board.volume.markers if marker_index(board.volume, m.at) is not None]
        lines = []
        for marker in shown[-MARKER_LINES:]:  # the latest few; the chart draws up to 12
            what = (
                vocab_label("EVENT_KINDS", marker.detail)
                if marker.kind == "case"
                else self.tr("预警")
            )
            label = marker.label if len(marker.label) <= 40 else marker.label[:39] + "…"
            lines.append(f"┆ {marker.at[5:16].replace('T', ' ')} {what}：{label}")
        self.markers.setText("\n".join(lines))
        self.markers.setVisible(bool(lines))

    def _bar_clicked(self, index: int, bar_set: QBarSet) -> None:
        if self.board is None:
            return
        category = bar_set.property("category")
        self.open_requested.emit(self.board.volume.filter_for(index, category))

    def _show_lists(self, board: Dashboard) -> None:
        self.issue_list.show_rows(
            [
                (self.issue_labels.get(f.label, f.label), f, f"{f.value:,}")
                for f in board.issue_types
            ],
            self.tr("这段时间没有标了问题类型的负面舆情。"),
        )
        if board.watch_groups is None:
            self.group_list.show_rows([], self.tr("尚未设置监测词组"))
        else:
            self.group_list.show_rows(
                [(f.label, f, f"{f.value:,}") for f in board.watch_groups],
                self.tr("这段时间没有命中监测词组的舆情。"),
            )
        self.author_list.show_rows(
            [
                (
                    f"{a.author.author}（{a.author.platform}）",
                    a.figure,
                    self.tr("粉丝 {f:,} · {n} 条").format(f=a.author.followers, n=a.figure.value),
                )
                for a in board.authors
            ],
            self.tr("这段时间没有舆情。"),
        )

    def _delay_row(self, label: str, stats: DelayStats) -> tuple[str, Figure, str]:
        text = self.tr("{n} 条 · {median} / {p90}").format(
            n=stats.figure.value,
            median=minutes_text(round(stats.median_minutes)),
            p90=minutes_text(round(stats.p90_minutes)),
        )
        return label, stats.figure, text

    def _show_handling(self, board: Dashboard) -> None:
        response = board.response
        rows = []
        if response.overall is not None:
            rows.append(self._delay_row(self.tr("全部"), response.overall))
            rows += [
                self._delay_row(s.key or self.tr("（未知平台）"), s)
                for s in response.by_platform[:4]
            ]
            rows += [
                self._delay_row(self.tr("负责人：{o}").format(o=s.key or self.tr("未指定")), s)
                for s in response.by_owner[:4]
            ]
        self.response_list.show_rows(rows, self.tr("这段时间还没有记录回复时间。"))
        self.case_list.show_rows(
            [
                (
                    f"{SEVERITY_NUMERALS.get(case.severity, '—')} {case.title}",
                    case.figure,
                    clock_label(case.clock),
                )
                for case in board.cases
            ],
            self.tr("没有进行中的案例。"),
        )
        if board.alerts is None:
            self.alert_list.show_rows([], self.tr("这个工作区还没有预警功能。"))
        else:
            self.alert_list.show_rows(
                [
                    (
                        f"{a.at[5:16].replace('T', ' ')} "
                        + alert_service.reason_words(
                            a.kind, a.details, a.reason, messages.display_language()
                        ),
                        a.figure,
                        self.tr("{n} 条").format(n=a.figure.value),
                    )
                    for a in board.alerts
                ],
                self.tr("没有未处理的预警。"),
            )

    def _show_trend(self, board: Dashboard | None = None) -> None:
        board = board or self.board
        if board is None:
            return
        trend = board.trend
        by_group = self.trend_by.currentData() == "group"
        if by_group:
            series, labels = trend.by_group or {}, {}
            title = self.tr("每月负面：按监测词组")
        else:
            series, labels = trend.by_issue_type, self.issue_labels
            title = self.tr("每月负面：按问题类型")
        chart, bars = build_trend_chart(trend.months, series, labels, title)
        bars.clicked.connect(self._trend_clicked)
        old = self.trend_view.chart()
        self.trend_view.setChart(chart)
        if old is not None:
            old.deleteLater()

    def _trend_clicked(self, index: int, bar_set: QBarSet) -> None:
        if self.board is None:
            return
        key = bar_set.property("key")
        trend = self.board.trend
        group = self.trend_by.currentData() == "group"
        if key in (trend.group_filters if group else trend.filters):
            self.open_requested.emit(trend.filter_for(key, index, group=group))
