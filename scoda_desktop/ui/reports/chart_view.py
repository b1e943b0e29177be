"""A report's bar chart on screen: drawn by ``chart_painter`` as the printed report draws it, at
the widget's size in the interface's text size. Under the mouse a bar group is highlighted and
its tooltip gives its full name and values, also for the bars whose names are not drawn (too
many to fit) or drawn cut."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize
from PySide6.QtGui import (
    QColor,
    QFontInfo,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from scoda_desktop.ui.reports.chart_layout import ChartGeometry, chart_geometry, value_text
from scoda_desktop.ui.reports.chart_painter import chart_fonts, paint_chart

if TYPE_CHECKING:
    from scoda_desktop.services.reports import Chart

__all__ = ["ChartView"]


class ChartView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartView")
        self.setMinimumSize(360, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self._chart: Chart | None = None
        self._hovered: int | None = None
        self.geometry_drawn: ChartGeometry | None = None  # of the last paint, for hit tests

    @property
    def chart(self) -> Chart | None:
        return self._chart

    @property
    def hovered_category(self) -> int | None:
        """The category under the mouse, highlighted."""
        return self._hovered

    def set_chart(self, chart: Chart | None) -> None:
        self._chart = chart
        self._hovered = None
        self.geometry_drawn = None
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 400)

    def text_pixels(self) -> int:
        """The chart's text size: the interface's."""
        return max(9, QFontInfo(self.font()).pixelSize())

    def current_geometry(self) -> ChartGeometry | None:
        """Where the chart's parts go at the widget's size (None without categories)."""
        if self._chart is None or not self._chart.categories:
            return None
        return chart_geometry(self._chart, self._area(), chart_fonts(self.text_pixels()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.geometry_drawn = None
        super().resizeEvent(event)

    def _area(self) -> QRectF:
        return QRectF(self.rect())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), QColor("white"))
            if self._chart is None:
                return
            self.geometry_drawn = paint_chart(
                painter,
                self._chart,
                self._area(),
                chart_fonts(self.text_pixels()),
                empty_text=self.tr("No data"),
                highlighted=self._hovered,
            )
        finally:
            painter.end()

    def category_at(self, point: QPointF) -> int | None:
        """The category under ``point`` (widget coordinates), as last drawn."""
        geometry = self.geometry_drawn or self.current_geometry()
        return None if geometry is None else geometry.category_at(point)

    def tooltip_text(self, index: int) -> str:
        """The category's full name and its value in each series."""
        chart = self._chart
        if chart is None or not 0 <= index < len(chart.categories):
            return ""
        lines = [chart.categories[index]]
        for series in chart.series:
            lines.append(
                self.tr("{series}: {value}").format(
                    series=series.name, value=value_text(series.values[index])
                )
            )
        return "\n".join(lines)

    def _hover(self, index: int | None) -> None:
        if index != self._hovered:
            self._hovered = index
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._hover(self.category_at(event.position()))
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover(None)
        super().leaveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.category_at(QPointF(event.pos()))
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(index), self)
            return True
        return super().event(event)
