"""The overview's volume chart: mentions per hour or day stacked by sentiment (confirmed and
suggested negatives apart), with case actions and alerts as dashed vertical lines. The
dashboard shows it (clickable bars) and the 日报/周报 PDF prints it as an image."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QWidget

from desktop.services.overview import Volume

CATEGORY_COLOURS = {
    "neg_confirmed": "#d32f2f",
    "neg_suggested": "#ef9a9a",
    "neu": "#90a4ae",
    "pos": "#388e3c",
    "other": "#cfd8dc",
}
MARKER_COLOURS = {"case": "#6a1b9a", "alert": "#ef6c00"}
MAX_LABELS = 12  # x-axis labels shown; the others stay blank so they do not overlap


def category_label(category: str) -> str:
    words = {
        "neg_confirmed": QCoreApplication.translate("OverviewChart", "负面（已确认）"),
        "neg_suggested": QCoreApplication.translate("OverviewChart", "负面（模型建议）"),
        "neu": QCoreApplication.translate("OverviewChart", "中性"),
        "pos": QCoreApplication.translate("OverviewChart", "正面"),
        "other": QCoreApplication.translate("OverviewChart", "未判定"),
    }
    return words[category]


def bucket_labels(buckets: list[str]) -> list[str]:
    """'09' for an hour (the title says per hour), '12-03' for a day; every n-th only, others made unique but blank
    (a category axis needs distinct names)."""
    step = max(1, -(-len(buckets) // MAX_LABELS))
    labels = []
    for n, bucket in enumerate(buckets):
        if len(bucket) == 13:
            text = bucket[11:13]
        elif len(buckets) > 14:  # a month of days: the day of the month fits its narrow bar
            text = str(int(bucket[8:10]))
        else:
            text = bucket[5:10]
        labels.append(text if n % step == 0 else "\u200b" * (n + 1))
    return labels


def marker_index(volume: Volume, at: str) -> int | None:
    """The bucket a marker's time falls in (its own wall-clock text, like the mentions)."""
    key = at[: 13 if volume.period.bucket == "hour" else 10]
    try:
        return volume.buckets.index(key)
    except ValueError:
        return None


def build_volume_chart(volume: Volume, title: str = "") -> tuple[QChart, QStackedBarSeries]:
    chart = QChart()
    chart.setTitle(title)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    bars = QStackedBarSeries()
    bars.setBarWidth(0.8)
    for category, colour in CATEGORY_COLOURS.items():
        values = volume.series.get(category) or []
        bar_set = QBarSet(category_label(category))
        bar_set.setColor(QColor(colour))
        bar_set.setBorderColor(QColor(colour))
        bar_set.setProperty("category", category)
        bar_set.append([float(v) for v in values])
        bars.append(bar_set)
    chart.addSeries(bars)
    axis_x = QBarCategoryAxis()
    axis_x.append(bucket_labels(volume.buckets))
    if len(volume.buckets) > 14:  # 30 days: a smaller font, so "11-06" is not cut to "1…"
        font = axis_x.labelsFont()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        axis_x.setLabelsFont(font)
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%d")
    totals = [
        sum(values[n] for values in volume.series.values()) for n in range(len(volume.buckets))
    ]
    axis_y.setRange(0, max(4, int(max(totals, default=0) * 1.15) + 1))
    axis_y.applyNiceNumbers()
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(axis_x)
    bars.attachAxis(axis_y)
    top = axis_y.max()
    for marker in volume.markers[:12]:
        index = marker_index(volume, marker.at)
        if index is None:
            continue
        line = QLineSeries()
        pen = QPen(QColor(MARKER_COLOURS.get(marker.kind, "#6a1b9a")))
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidth(2)
        line.setPen(pen)
        line.append(index, 0)
        line.append(index, top)
        chart.addSeries(line)
        line.attachAxis(axis_x)
        line.attachAxis(axis_y)
        for legend_marker in chart.legend().markers(line):
            legend_marker.setVisible(False)
    return chart, bars


class VolumeChartView(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(280)
        self.volume: Volume | None = None
        self.bars: QStackedBarSeries | None = None

    def show_volume(self, volume: Volume, title: str = "") -> QStackedBarSeries:
        self.volume = volume
        old = self.chart()
        chart, self.bars = build_volume_chart(volume, title)
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        return self.bars


def render_volume_image(volume: Volume, path: Path, size: QSize | None = None) -> Path | None:
    """The chart as a PNG for the PDF report; None without a QApplication."""
    if not isinstance(QCoreApplication.instance(), QApplication):
        return None
    view = VolumeChartView()
    view.resize(size or QSize(1000, 420))
    view.show_volume(volume)
    view.chart().setBackgroundBrush(QColor("white"))
    pixmap = view.grab()
    view.deleteLater()
    pixmap.save(str(path), "PNG")
    return Path(path)


TREND_COLOURS = ("#c62828", "#ef6c00", "#f9a825", "#2e7d32", "#1565c0", "#6a1b9a", "#78909c")
TREND_SERIES = 6


def build_trend_chart(
    months: list[str], series: dict[str, list[int]], labels: dict[str, str], title: str = ""
) -> tuple[QChart, QStackedBarSeries]:
    """Month-by-month stacked bars (negatives by issue type); each bar set's `key` property
    is the issue type, so a click knows what it counts."""
    chart = QChart()
    chart.setTitle(title)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    bars = QStackedBarSeries()
    biggest = sorted(series.items(), key=lambda item: -sum(item[1]))[:TREND_SERIES]
    for n, (key, values) in enumerate(biggest):
        bar_set = QBarSet(
            labels.get(key) or key or QCoreApplication.translate("OverviewChart", "未分类")
        )
        bar_set.setColor(QColor(TREND_COLOURS[n % len(TREND_COLOURS)]))
        bar_set.setProperty("key", key)
        bar_set.append([float(v) for v in values])
        bars.append(bar_set)
    chart.addSeries(bars)
    axis_x = QBarCategoryAxis()
    axis_x.append(list(months))
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%d")
    peak = max((sum(v[i] for _k, v in biggest) for i in range(len(months))), default=0)
    axis_y.setRange(0, max(4, int(peak * 1.15) + 1))
    axis_y.applyNiceNumbers()
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(axis_x)
    bars.attachAxis(axis_y)
    return chart, bars
