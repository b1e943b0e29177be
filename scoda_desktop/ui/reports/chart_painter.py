"""A report's bar chart drawn with QPainter, on any device: the screen (``chart_view``), a PNG
or a PDF page (``ui.report_pdf``). Where things go is ``chart_layout``'s; this draws them.

Drawn with QPainter rather than QtCharts: a bar chart is a few rectangles and labels, and
QtCharts would add the PySide6 Addons wheel (about 100 MB more to install) for it. Safe off the
GUI thread on a QImage or a PDF writer. Text is set in the shipped document font, so that
Chinese looks and prints the same everywhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from scoda_desktop.ui.reports.chart_layout import (
    LEVEL,
    ChartFonts,
    ChartGeometry,
    chart_geometry,
    value_text,
)

if TYPE_CHECKING:
    from scoda_desktop.services.reports import Chart

__all__ = ["PALETTE", "chart_fonts", "paint_chart"]

PALETTE = ("#2f6f9f", "#d98c2b", "#8a9a5b", "#b5524a", "#6c5b8e", "#4f9d9a")
INK = QColor("#222222")
AXIS_INK = QColor("#444444")
GRID = QColor("#dddddd")
HIGHLIGHT = QColor("#e8eef5")  # behind the bars under the mouse
TITLE_SCALE = 1.35
UNCLIPPED = Qt.TextFlag.TextDontClip  # boxes are measured: rounding must not cut a glyph


def chart_fonts(text_pixels: float) -> ChartFonts:
    """The chart's fonts for text ``text_pixels`` high (in the painter's units)."""
    from scoda_desktop.ui.printing.fonts import document_font  # the printing package is heavy

    return ChartFonts(
        title=document_font(text_pixels * TITLE_SCALE, bold=True),
        text=document_font(text_pixels),
    )


def paint_chart(
    painter: QPainter,
    chart: Chart,
    area: QRectF,
    fonts: ChartFonts,
    *,
    empty_text: str,
    highlighted: int | None = None,
) -> ChartGeometry | None:
    """Draw ``chart`` in ``area``: one group of bars per category (the series side by side, or
    stacked when ``chart.stacked``), a grid with round values, the categories' names and a
    legend for several series; ``empty_text`` when there are no categories. The category
    ``highlighted`` gets a band behind its bars. Returns where everything went (None when
    empty)."""
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not chart.categories:
            top = QFontMetricsF(fonts.text).height() * 0.5  # as chart_geometry places it
            _title(painter, chart.title, area.adjusted(0, top, 0, 0), fonts)
            painter.setFont(fonts.text)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, empty_text)
            return None
        geometry = chart_geometry(chart, area, fonts)
        _title(painter, geometry.title_text, geometry.title, fonts)
        if highlighted is not None and 0 <= highlighted < geometry.count:
            painter.fillRect(geometry.slot_rect(highlighted), HIGHLIGHT)
        painter.setFont(fonts.text)
        stroke = QFontMetricsF(fonts.text).height() / 14  # lines as heavy as the text
        _grid(painter, geometry, stroke)
        _bars(painter, chart, geometry)
        painter.setPen(QPen(AXIS_INK, stroke * 1.3))
        painter.drawLine(geometry.plot.bottomLeft(), geometry.plot.bottomRight())
        _category_names(painter, geometry)
        if geometry.legend is not None:
            _legend(painter, chart, geometry.legend)
        return geometry
    finally:
        painter.restore()


def _title(painter: QPainter, text: str, box: QRectF, fonts: ChartFonts) -> None:
    painter.setFont(fonts.title)
    painter.setPen(INK)
    align = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | UNCLIPPED
    painter.drawText(box, align, text)


def _grid(painter: QPainter, geometry: ChartGeometry, stroke: float) -> None:
    plot = geometry.plot
    grid = QPen(GRID, stroke)
    right_aligned = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | UNCLIPPED
    for tick, (box, text) in zip(geometry.ticks, geometry.tick_labels, strict=True):
        y = geometry.y_of(tick)
        painter.setPen(grid)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(AXIS_INK)
        painter.drawText(box, right_aligned, text)


def _bars(painter: QPainter, chart: Chart, geometry: ChartGeometry) -> None:
    line = QFontMetricsF(painter.font()).height()
    for index in range(geometry.count):
        base = 0.0
        for number, series in enumerate(chart.series):
            value = series.values[index]
            low = base if chart.stacked else 0.0
            rect = geometry.bar_rect(index, number, low, low + value)
            painter.fillRect(rect, QColor(PALETTE[number % len(PALETTE)]))
            if chart.stacked:
                base += value
            elif value and geometry.show_values:
                painter.setPen(INK)
                slot = geometry.slot
                above = QRectF(rect.center().x() - slot, rect.top() - line, slot * 2, line)
                align = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom | UNCLIPPED
                painter.drawText(above, align, value_text(value))


def _category_names(painter: QPainter, geometry: ChartGeometry) -> None:
    painter.setPen(INK)
    labels = geometry.labels
    align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | UNCLIPPED
    if labels.angle == LEVEL:
        align = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | UNCLIPPED
    for label in labels.labels:
        painter.save()
        painter.translate(label.anchor)
        painter.rotate(-labels.angle)
        painter.drawText(label.box, align, label.text)
        painter.restore()


def _legend(painter: QPainter, chart: Chart, box: QRectF) -> None:
    metrics = QFontMetricsF(painter.font())
    swatch = metrics.height() * 0.7
    gap = metrics.height() * 0.8
    widths = [swatch * 1.4 + metrics.horizontalAdvance(s.name) for s in chart.series]
    x = box.center().x() - (sum(widths) + gap * (len(widths) - 1)) / 2
    x = max(box.left(), x)
    for number, (series, width) in enumerate(zip(chart.series, widths, strict=True)):
        top = box.center().y() - swatch / 2
        painter.fillRect(QRectF(x, top, swatch, swatch), QColor(PALETTE[number % len(PALETTE)]))
        painter.setPen(INK)
        text = QRectF(x + swatch * 1.4, box.top(), width, box.height())
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | UNCLIPPED
        painter.drawText(text, align, series.name)
        x += width + gap
