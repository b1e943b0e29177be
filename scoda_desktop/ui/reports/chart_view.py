"""A report's bar chart on screen: the same drawing as the printed report
(``ui.report_pdf.chart_png``), redrawn at the widget's size so text stays sharp."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

if TYPE_CHECKING:
    from scoda_desktop.services.reports import Chart

__all__ = ["ChartView"]

WIDEST = 2.0  # width / height: no flatter than the printed chart
TALLEST = 1.0  # and no taller than square (its text grows with its height)


class ChartView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartView")
        self.setMinimumSize(360, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._chart: Chart | None = None
        self._image: QImage | None = None

    @property
    def chart(self) -> Chart | None:
        return self._chart

    def set_chart(self, chart: Chart | None) -> None:
        self._chart = chart
        self._image = None
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 320)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._image = None
        super().resizeEvent(event)

    def _drawing_size(self) -> QSize:
        """The widget's area, its shape kept between square and the printed 2:1."""
        width = min(self.width(), int(self.height() * WIDEST))
        height = min(self.height(), int(width / TALLEST))
        return QSize(max(width, 1), max(height, 1))

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._chart is None:
            return
        size = self._drawing_size()
        ratio = self.devicePixelRatioF()
        if self._image is None:
            from scoda_desktop.ui.report_pdf import chart_png  # imports the data layer

            image = QImage()
            image.loadFromData(
                chart_png(self._chart, int(size.width() * ratio), int(size.height() * ratio))
            )
            image.setDevicePixelRatio(ratio)
            self._image = image
        painter = QPainter(self)
        left = (self.width() - size.width()) // 2
        top = (self.height() - size.height()) // 2
        painter.drawImage(left, top, self._image)
        painter.end()
