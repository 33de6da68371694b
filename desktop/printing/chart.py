"""The volume-over-time chart of a case's linked mentions by sentiment, with the timeline's
actions as vertical markers (QtCharts); also rendered to an image for the PDF report."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QDateTime, QMargins, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.case_vocab import SENTIMENT_HEX
from desktop.core.vocab import SENTIMENTS
from desktop.services.cases import ChartData

MARKER_COLOUR = QColor("#6a1b9a")
MAX_MARKERS = 8


# The same colour for a sentiment everywhere (chart lines, table badges, reports).
SENTIMENT_COLOURS = {key: QColor(hex_value) for key, hex_value in SENTIMENT_HEX.items()}


def _msecs(moment: datetime) -> int:
    """QDateTimeAxis shows local time: pass the mentions' own wall-clock time as local, so
    the axis reads 09:00 for a post at 09:00+08:00 whatever the computer's time zone."""
    return int(moment.replace(tzinfo=None).timestamp() * 1000)


def build_chart(data: ChartData, title: str = "") -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    axis_x = QDateTimeAxis()
    axis_x.setFormat("MM-dd HH:mm" if data.bucket == "hour" else "MM-dd")
    axis_x.setTitleText(
        QCoreApplication.translate("CaseChart", "时间（每小时）")
        if data.bucket == "hour"
        else QCoreApplication.translate("CaseChart", "时间（每天）")
    )
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%d")
    axis_y.setTitleText(QCoreApplication.translate("CaseChart", "条数"))
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    peak = 1
    for key in ("neg", "neu", "pos", "unknown"):
        values = data.series.get(key) or []
        if not any(values):
            continue
        series = QLineSeries()
        series.setName(QCoreApplication.translate("vocab", SENTIMENTS.get(key, key)))
        pen = QPen(SENTIMENT_COLOURS[key])
        pen.setWidth(3 if key == "neg" else 2)
        series.setPen(pen)
        for start, value in zip(data.starts, values, strict=True):
            series.append(_msecs(start), value)
        chart.addSeries(series)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        peak = max(peak, max(values))
    top = max(4, int(peak * 1.15) + 1)
    axis_y.setRange(0, top)
    axis_y.applyNiceNumbers()
    top = axis_y.max()
    if data.starts:
        first = data.starts[0]
        last = data.starts[-1]
        if first == last:
            axis_x.setRange(
                QDateTime.fromMSecsSinceEpoch(_msecs(first) - 3_600_000),
                QDateTime.fromMSecsSinceEpoch(_msecs(last) + 3_600_000),
            )
        else:
            axis_x.setRange(
                QDateTime.fromMSecsSinceEpoch(_msecs(first)),
                QDateTime.fromMSecsSinceEpoch(_msecs(last)),
            )
        axis_x.setTickCount(_tick_count(len(data.starts) - 1))
    for marker in data.markers[:MAX_MARKERS]:
        line = QLineSeries()
        line.setName(f"{marker['label']} {marker['at'].strftime('%m-%d %H:%M')}")
        pen = QPen(MARKER_COLOUR)
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidth(2)
        line.setPen(pen)
        x = _msecs(marker["at"])
        line.append(x, 0)
        line.append(x, top)
        chart.addSeries(line)
        line.attachAxis(axis_x)
        line.attachAxis(axis_y)
    return chart


def _tick_count(steps: int) -> int:
    """Ticks on whole buckets: the count (5–10) that divides the span evenly, if any."""
    if steps <= 8:
        return max(steps + 1, 2)
    for ticks in range(9, 4, -1):
        if steps % (ticks - 1) == 0:
            return ticks
    return 7


class CaseChartView(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.data: ChartData | None = None

    def show_data(self, data: ChartData, title: str = "") -> None:
        self.data = data
        old = self.chart()
        self.setChart(build_chart(data, title))
        if old is not None:
            old.deleteLater()


def render_chart_image(data: ChartData, path: Path, size: QSize | None = None) -> Path | None:
    """Draw the chart into a PNG (for the PDF). Needs a QApplication (the CLI makes one)."""
    if not isinstance(QCoreApplication.instance(), QApplication):
        return None
    view = CaseChartView()
    view.resize(size or QSize(1200, 560))
    view.show_data(data)
    view.chart().setBackgroundBrush(QColor("white"))
    pixmap = view.grab()
    view.deleteLater()
    pixmap.save(str(path), "PNG")
    return Path(path)
