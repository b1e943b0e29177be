"""A report on paper: its title, what it counts, its chart and its table, paginated and written
by ``ui.printing``. The chart is drawn by ``ui.reports.chart_painter`` straight onto the page,
as lines and text in the document font (embedded in the PDF): it prints sharp, and its title
and the bars' names can be searched and copied like the rest. ``chart_png`` draws the same
chart as a picture.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QRect,
    QRectF,
    QSizeF,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QPainter,
    QPyTextObject,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFragment,
    QTextImageFormat,
)

from scoda_desktop.services.documents import Prepared
from scoda_desktop.services.reports import Chart, Report, report_html
from scoda_desktop.ui.printing import HtmlPrintable, PageSetup, PdfResult, write_pdf
from scoda_desktop.ui.reports.chart_painter import PALETTE, chart_fonts, paint_chart

__all__ = ["PALETTE", "ReportPrintable", "chart_png", "report_printable", "write_report_pdf"]

CHART_WIDTH, CHART_HEIGHT = 1600, 800  # pixels of the PNG
TEXT_SHARE = 1 / 34  # the chart's text is this share of its height: 7 pt on a 640 x 320 chart
LANDSCAPE_FROM_COLUMNS = 9  # a wider table than this prints across the page
CHART_SOURCE = "scoda-chart:report"  # the image the report's HTML names, drawn in its place
CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
_CHART_SIZE = QTextFormat.Property.UserProperty + 1


def _no_data() -> str:
    return QCoreApplication.translate("ReportChart", "No data")


def _draw_chart(painter: QPainter, chart: Chart, area: QRectF) -> None:
    """Draw ``chart`` in ``area`` of a page or a picture, its text sized to the area."""
    fonts = chart_fonts(area.height() * TEXT_SHARE)
    paint_chart(painter, chart, area, fonts, empty_text=_no_data())


def chart_png(chart: Chart, width: int = CHART_WIDTH, height: int = CHART_HEIGHT) -> bytes:
    """The chart as a PNG of ``width`` x ``height`` pixels on white."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        _draw_chart(painter, chart, QRectF(0, 0, width, height))
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


class _ChartObject(QPyTextObject):
    """Draws the report's chart where the document holds the chart object. (PySide's
    QPyTextObject: a Python class deriving from QObject and QTextObjectInterface itself is not
    seen as a QTextObjectInterface by the document's layout.)"""

    def __init__(self, chart: Chart, parent: QObject) -> None:
        super().__init__(parent)
        self.chart = chart

    def intrinsicSize(self, document: QTextDocument, position: int, fmt: QTextFormat) -> QSizeF:
        return fmt.property(_CHART_SIZE)

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        document: QTextDocument,
        position: int,
        fmt: QTextFormat,
    ) -> None:
        _draw_chart(painter, self.chart, QRectF(rect))


def _put_chart_in_place(document: QTextDocument, chart: Chart) -> None:
    """Replace the image ``CHART_SOURCE`` of ``document`` with the chart object, the same
    size: the pages break where they did."""
    block = document.begin()
    while block.isValid():
        for fragment in _fragments(block):
            image = fragment.charFormat().toImageFormat()
            if fragment.charFormat().isImageFormat() and image.name() == CHART_SOURCE:
                _replace(document, fragment.position(), image, chart)
                return
        block = block.next()


def _fragments(block: QTextBlock) -> list[QTextFragment]:
    found = []
    iterator = block.begin()
    while not iterator.atEnd():
        found.append(iterator.fragment())
        iterator += 1
    return found


def _replace(document: QTextDocument, position: int, image: QTextImageFormat, chart: Chart) -> None:
    layout = document.documentLayout()
    layout.registerHandler(CHART_OBJECT, _ChartObject(chart, document))
    chart_format = QTextCharFormat()
    chart_format.setObjectType(CHART_OBJECT)
    chart_format.setProperty(_CHART_SIZE, QSizeF(image.width(), image.height()))
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText("\ufffc", chart_format)


class ReportPrintable(HtmlPrintable):
    """A report's HTML with its chart drawn in place of the image ``CHART_SOURCE``."""

    def __init__(self, html: str, chart: Chart, **options: Any) -> None:
        super().__init__(html, **options)
        self.chart = chart

    def layout(self, text_size: QSizeF) -> QTextDocument:
        document = super().layout(text_size)
        _put_chart_in_place(document, self.chart)
        return document


def report_printable(report: Report, prepared: Prepared | None = None) -> HtmlPrintable:
    """The report as a printable document: landscape when its table is wide."""
    return ReportPrintable(
        report_html(report, CHART_SOURCE),
        report.chart,
        title=report.title,
        language="en",
        prepared=prepared or Prepared.now(),
        setup=PageSetup(landscape=len(report.table.columns) >= LANDSCAPE_FROM_COLUMNS),
    )


def write_report_pdf(report: Report, path: Path, prepared: Prepared | None = None) -> PdfResult:
    """Write the report (chart and table) to the PDF file ``path``, atomically. Needs a
    QGuiApplication (``ui.printing.ensure_gui_application`` outside the window)."""
    return write_pdf(report_printable(report, prepared), Path(path))
