"""A report on paper: its chart drawn with QPainter into a PNG, embedded as a data URI in the
report's HTML (``services.reports.report_html``), paginated and written by ``ui.printing``.

Drawn with QPainter rather than QtCharts: a bar chart is a few rectangles and labels, and
QtCharts would add the PySide6 Addons wheel (about 100 MB more to install) for it. The PNG is
drawn on a QImage, which is safe off the GUI thread, in the shipped document font, so Chinese
labels print the same everywhere.
"""

from __future__ import annotations

import base64
import math
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from scoda_desktop.services.documents import Prepared
from scoda_desktop.services.reports import Chart, Report, report_html
from scoda_desktop.ui.printing import HtmlPrintable, PageSetup, PdfResult, write_pdf
from scoda_desktop.ui.printing.fonts import document_font

__all__ = ["chart_png", "report_printable", "write_report_pdf"]

CHART_WIDTH, CHART_HEIGHT = 1600, 800  # pixels of the PNG; printed at 640 x 320 CSS pixels
PALETTE = ("#2f6f9f", "#d98c2b", "#8a9a5b", "#b5524a", "#6c5b8e", "#4f9d9a")
LANDSCAPE_FROM_COLUMNS = 9  # a wider table than this prints across the page


def _nice_step(largest: float, ticks: int = 5) -> float:
    """A round step (1, 2 or 5 times a power of ten) giving about ``ticks`` grid lines."""
    if largest <= 0:
        return 1.0
    raw = largest / ticks
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return max(step, 1.0) if largest >= 1 else step


def _label(value: float) -> str:
    return f"{value:.0f}" if value == int(value) else f"{value:.1f}"


def chart_png(chart: Chart, width: int = CHART_WIDTH, height: int = CHART_HEIGHT) -> bytes:
    """The chart as a PNG: one group of bars per category (the series side by side, or stacked
    when ``chart.stacked``), a grid with round values, and a legend for several series."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _paint_chart(painter, chart, QRectF(0, 0, width, height))
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _paint_chart(painter: QPainter, chart: Chart, area: QRectF) -> None:
    scale = area.height() / 800
    text_font = document_font(22 * scale)
    painter.setFont(document_font(30 * scale, bold=True))
    painter.setPen(QColor("#222222"))
    title = QRectF(area.left(), area.top() + 10 * scale, area.width(), 50 * scale)
    painter.drawText(title, Qt.AlignmentFlag.AlignCenter, chart.title)
    if not chart.categories:
        painter.setFont(text_font)
        no_data = QCoreApplication.translate("ReportChart", "No data")
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, no_data)
        return
    count = len(chart.categories)
    longest = max(len(c) for c in chart.categories)
    rotate = count > 6 or longest * count > 90
    bottom_room = (min(longest, 28) * 11 + 30 if rotate else 60) * scale
    legend_room = 50 * scale if len(chart.series) > 1 else 0
    plot = QRectF(
        area.left() + 90 * scale,
        area.top() + 80 * scale + legend_room,
        area.width() - 120 * scale,
        area.height() - 80 * scale - legend_room - bottom_room,
    )
    if chart.stacked:
        largest = max(sum(s.values[i] for s in chart.series) for i in range(count))
    else:
        largest = max((v for s in chart.series for v in s.values), default=0.0)
    step = _nice_step(largest)
    top = max(step, math.ceil(largest / step) * step)

    def y_of(value: float) -> float:
        return plot.bottom() - plot.height() * value / top

    painter.setFont(text_font)
    grid = QPen(QColor("#dddddd"), 1.5 * scale)
    tick = 0.0
    while tick <= top + step / 2:
        painter.setPen(grid)
        painter.drawLine(QPointF(plot.left(), y_of(tick)), QPointF(plot.right(), y_of(tick)))
        painter.setPen(QColor("#444444"))
        box = QRectF(area.left(), y_of(tick) - 15 * scale, plot.left() - 12 * scale, 30 * scale)
        painter.drawText(
            box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, _label(tick)
        )
        tick += step
    group = plot.width() / count
    bars = 1 if chart.stacked else len(chart.series)
    bar = group * 0.7 / bars
    for index, category in enumerate(chart.categories):
        left = plot.left() + index * group + group * 0.15
        base = 0.0
        for number, series in enumerate(chart.series):
            value = series.values[index]
            x = left if chart.stacked else left + number * bar
            low = base if chart.stacked else 0.0
            rect = QRectF(QPointF(x, y_of(low + value)), QPointF(x + bar, y_of(low)))
            painter.fillRect(rect, QColor(PALETTE[number % len(PALETTE)]))
            if chart.stacked:
                base += value
            elif value and not rotate:
                painter.setPen(QColor("#222222"))
                above = QRectF(x - bar, rect.top() - 30 * scale, bar * 3, 28 * scale)
                painter.drawText(above, Qt.AlignmentFlag.AlignCenter, _label(value))
        _category_label(painter, category, plot, left + group * 0.35, rotate, scale)
    painter.setPen(QPen(QColor("#444444"), 2 * scale))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    if legend_room:
        _legend(
            painter, chart, QRectF(plot.left(), area.top() + 70 * scale, plot.width(), 40 * scale)
        )


def _category_label(
    painter: QPainter, text: str, plot: QRectF, centre: float, rotate: bool, scale: float
) -> None:
    painter.setPen(QColor("#222222"))
    shown = text if len(text) <= 28 else text[:27] + "…"
    if not rotate:
        box = QRectF(centre - 150 * scale, plot.bottom() + 8 * scale, 300 * scale, 40 * scale)
        painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, shown)
        return
    painter.save()
    painter.translate(centre, plot.bottom() + 10 * scale)
    painter.rotate(-40)
    box = QRectF(-400 * scale, -15 * scale, 400 * scale, 30 * scale)
    painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown)
    painter.restore()


def _legend(painter: QPainter, chart: Chart, box: QRectF) -> None:
    x = box.left()
    swatch = box.height() * 0.5
    for number, series in enumerate(chart.series):
        painter.fillRect(
            QRectF(x, box.center().y() - swatch / 2, swatch, swatch),
            QColor(PALETTE[number % len(PALETTE)]),
        )
        painter.setPen(QColor("#222222"))
        width = painter.fontMetrics().horizontalAdvance(series.name)
        text = QRectF(x + swatch * 1.4, box.top(), width + 10, box.height())
        painter.drawText(
            text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, series.name
        )
        x = text.right() + swatch * 2


def report_printable(report: Report, prepared: Prepared | None = None) -> HtmlPrintable:
    """The report as a printable document: landscape when its table is wide."""
    uri = "data:image/png;base64," + base64.b64encode(chart_png(report.chart)).decode("ascii")
    return HtmlPrintable(
        report_html(report, uri),
        title=report.title,
        language="en",
        prepared=prepared or Prepared.now(),
        setup=PageSetup(landscape=len(report.table.columns) >= LANDSCAPE_FROM_COLUMNS),
    )


def write_report_pdf(report: Report, path: Path, prepared: Prepared | None = None) -> PdfResult:
    """Write the report (chart and table) to the PDF file ``path``, atomically. Needs a
    QGuiApplication (``ui.printing.ensure_gui_application`` outside the window)."""
    return write_pdf(report_printable(report, prepared), Path(path))
