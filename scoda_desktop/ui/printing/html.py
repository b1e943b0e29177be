"""An HTML document (briefing, run-sheet) paginated by QTextDocument and painted page by page,
with a footer on each page: "Prepared on ... by ..." and "Page n of m".

QTextDocument is laid out against a 96-dpi reference image, not the screen, so pages break in
the same places on every machine and device. The layout moves a line that would straddle a page
to the next one; on top of that a paragraph is not split to leave a single line alone at the
foot or the head of a page, and a heading is not left at the foot of a page.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QPagedPaintDevice,
    QPainter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from scoda_desktop.services.documents import HtmlDocument, Prepared, page_label
from scoda_desktop.ui.printing.fonts import document_font
from scoda_desktop.ui.printing.pages import (
    CSS_DPI,
    PageSetup,
    Printable,
    begin_css_painter,
    mm,
    page_size,
    pt,
)

__all__ = ["HtmlPrintable"]

FOOTER_HEIGHT = mm(8)  # from the bottom of the text to the bottom margin
FOOTER_FONT = pt(7.5)
BODY_FONT = pt(10)
_MAX_FIXES = 40  # page-break corrections per layout: a safety net, documents need a few
KEEP_WITH_HEADING = pt(10) * 4.5  # room a heading needs below it: a table's header and a row


def _reference_device() -> QImage:
    """A 1x1 image at 96 dpi: what the layout measures fonts against."""
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(CSS_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


class HtmlPrintable(Printable):
    def __init__(
        self,
        html: str,
        *,
        title: str,
        language: str,
        prepared: Prepared,
        setup: PageSetup | None = None,
    ) -> None:
        self.html = html
        self.title = title
        self.language = language
        self.prepared = prepared
        self.setup = setup or PageSetup()
        self._reference = _reference_device()  # outlives every document laid out against it

    @classmethod
    def from_document(cls, document: HtmlDocument, setup: PageSetup | None = None) -> HtmlPrintable:
        return cls(
            document.html,
            title=document.title,
            language=document.language,
            prepared=document.prepared,
            setup=setup or PageSetup(document.paper),
        )

    def layout(self, text_size: QSizeF) -> QTextDocument:
        """The document laid out in pages of ``text_size`` (CSS pixels)."""
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self._reference)
        document.setDefaultFont(document_font(BODY_FONT))
        document.setDocumentMargin(0)
        document.setUseDesignMetrics(True)
        document.setHtml(self.html)
        document.setPageSize(text_size)
        _keep_lines_together(document, text_size.height())
        return document

    def paint(self, device: QPagedPaintDevice, pages: Iterable[int] | None = None) -> int:
        paper = page_size(device)
        content = self.content_rect(paper, self.setup)
        text = QSizeF(content.width(), content.height() - FOOTER_HEIGHT)
        document = self.layout(text)
        count = document.pageCount()
        wanted = [n for n in (range(count) if pages is None else pages) if 0 <= n < count]
        painter = QPainter()
        if not painter.begin(device):
            raise OSError(
                QCoreApplication.translate(
                    "Printable", "Cannot print “{title}”: the printer or file cannot be opened."
                ).format(title=self.title)
            )
        try:
            begin_css_painter(painter)
            for index, number in enumerate(wanted):
                if index:
                    device.newPage()
                self._paint_page(painter, document, number, count, content, text)
        finally:
            painter.end()
        return count

    def _paint_page(
        self,
        painter: QPainter,
        document: QTextDocument,
        number: int,
        count: int,
        content: QRectF,
        text: QSizeF,
    ) -> None:
        painter.save()
        painter.translate(content.left(), content.top() - number * text.height())
        clip = QRectF(0, number * text.height(), text.width(), text.height())
        painter.setClipRect(clip)
        document.drawContents(painter, clip)
        painter.restore()

        footer = QRectF(content.left(), content.bottom() - FOOTER_HEIGHT / 2, content.width(), 0)
        painter.save()
        painter.setPen(QPen(QColor("#999999"), pt(0.5)))
        painter.drawLine(footer.topLeft(), footer.topRight())
        painter.setPen(QColor("#555555"))
        painter.setFont(document_font(FOOTER_FONT))
        line = QRectF(footer.left(), footer.top() + pt(3), footer.width(), FOOTER_HEIGHT / 2)
        top = Qt.AlignmentFlag.AlignTop
        painter.drawText(
            line, Qt.AlignmentFlag.AlignLeft | top, self.prepared.footer(self.language)
        )
        painter.drawText(
            line, Qt.AlignmentFlag.AlignRight | top, page_label(self.language, number + 1, count)
        )
        painter.restore()


def _in_table(block: QTextBlock) -> bool:
    return QTextCursor(block).currentTable() is not None


def _line_pages(document: QTextDocument, block: QTextBlock, page_height: float) -> list[int]:
    """The page of each of the block's lines."""
    top = document.documentLayout().blockBoundingRect(block).top()
    layout = block.layout()
    return [
        int((top + layout.lineAt(i).y() + 0.5) // page_height) for i in range(layout.lineCount())
    ]


def _needs_break(document: QTextDocument, block: QTextBlock, page_height: float) -> bool:
    """True when the block should start a new page: a paragraph split so that one of its lines
    is alone on a page, or a heading with too little room below it on its page."""
    pages = _line_pages(document, block, page_height)
    if not pages:
        return False
    first_page, lines = pages[0], len(pages)
    rect = document.documentLayout().blockBoundingRect(block)
    if rect.height() >= page_height:  # cannot fit on any page: leave it
        return False
    if _is_heading(block):
        room_below = (rect.bottom() + KEEP_WITH_HEADING) // page_height
        return block.next().isValid() and room_below > first_page
    if pages[-1] == first_page:
        return False
    on_first = pages.count(first_page)
    return lines >= 2 and (on_first == 1 or lines - on_first == 1)


def _keep_lines_together(document: QTextDocument, page_height: float) -> None:
    """Move paragraphs that would leave a lone line, and headings that would end a page, to
    the top of the next page (outside tables, whose rows Qt places itself). A paragraph moved
    takes the heading just before it along."""
    fixes = 0
    block = document.begin()
    while block.isValid() and fixes < _MAX_FIXES:
        if not _in_table(block) and _needs_break(document, block, page_height):
            first = block
            while (previous := first.previous()).isValid() and _is_heading(previous):
                first = previous
            top = document.documentLayout().blockBoundingRect(first).top()
            if top % page_height >= 1:  # at the top of a page already, a break cannot help
                fmt = first.blockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(first).setBlockFormat(fmt)
                fixes += 1
        block = block.next()


def _is_heading(block: QTextBlock) -> bool:
    return block.blockFormat().headingLevel() > 0 and not _in_table(block)
