"""A watch group's count over time: one bar per day (QtCharts), the days it has mentions."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

BAR_COLOUR = QColor("#1e88e5")


class DayChart(QChartView):
    """Bars of (day, count); `show_days([])` leaves an empty frame with no axes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFixedHeight(190)
        self.days: list[tuple[str, int]] = []
        self.show_days([])

    def show_days(self, days: list[tuple[str, int]], title: str = "") -> None:
        self.days = list(days)
        chart = QChart()
        chart.setTitle(title)
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.legend().hide()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        if days:
            bars = QBarSet("")
            bars.setColor(BAR_COLOUR)
            for _day, count in days:
                bars.append(count)
            series = QBarSeries()
            series.append(bars)
            chart.addSeries(series)
            axis_x = QBarCategoryAxis()
            axis_x.append([day[5:] for day, _count in days])  # MM-DD
            axis_x.setLabelsAngle(-90 if len(days) > 7 else 0)
            font = axis_x.labelsFont()
            font.setPointSizeF(max(6.0, font.pointSizeF() - 2))
            axis_x.setLabelsFont(font)
            axis_y = QValueAxis()
            axis_y.setRange(0, max(count for _day, count in days) or 1)
            axis_y.setLabelFormat("%d")
            axis_y.applyNiceNumbers()
            chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
