"""Table name cards drawn with QPainter: one card a page, the sheet folded along a dashed line
across its middle into a tent. The lower half is the face read by the people across the table;
the upper half carries the same text turned through 180 degrees, so that once folded it reads
the right way up from the other side. Large type: the Chinese name, the English name, then the
title, each as large as fits the width.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPagedPaintDevice, QPainter, QPen

from scoda_desktop.services.documents import NameCard, NameCardSet, Paper
from scoda_desktop.ui.printing.fonts import document_font
from scoda_desktop.ui.printing.pages import (
    PageSetup,
    Printable,
    begin_css_painter,
    mm,
    page_size,
    pt,
)

__all__ = ["NameCardsPrintable"]

SIDE_MARGIN = mm(15)
CHINESE_NAME = pt(96)
ENGLISH_NAME = pt(44)
ENGLISH_ONLY_NAME = pt(64)  # a name with no Chinese form is the card's main line
TITLE = pt(20)
SMALLEST = pt(9)
_WRAP = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)


class NameCardsPrintable(Printable):
    def __init__(self, cards: list[NameCard], *, title: str, paper: Paper = Paper.A4) -> None:
        self.cards = cards
        self.title = title
        self.setup = PageSetup(paper, landscape=True, left=0, top=0, right=0, bottom=0)

    @classmethod
    def from_set(cls, cards: NameCardSet) -> NameCardsPrintable:
        return cls(cards.cards, title=cards.title, paper=cards.paper)

    def paint(self, device: QPagedPaintDevice, pages: Iterable[int] | None = None) -> int:
        count = len(self.cards)
        wanted = [n for n in (range(count) if pages is None else pages) if 0 <= n < count]
        size = page_size(device)
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
                _paint_card(painter, self.cards[number], size.width(), size.height())
        finally:
            painter.end()
        return count


def _paint_card(painter: QPainter, card: NameCard, width: float, height: float) -> None:
    half = height / 2
    face = QRectF(SIDE_MARGIN, half, width - 2 * SIDE_MARGIN, half)
    _paint_face(painter, card, face)
    painter.save()  # the other face: the same, turned about the middle of the fold line
    painter.translate(width / 2, half)
    painter.rotate(180)
    painter.translate(-width / 2, -half)
    _paint_face(painter, card, face)
    painter.restore()

    painter.save()
    pen = QPen(QColor("#888888"), pt(0.75), Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawLine(QPointF(0, half), QPointF(width, half))
    painter.restore()


def _fitted(text: str, size: float, width: float, *, bold: bool, lines: int = 1) -> float:
    """``size``, or smaller so that ``text`` fits ``width`` in at most ``lines`` lines (word
    wrapped), but never below SMALLEST."""
    while size > SMALLEST:
        metrics = QFontMetricsF(document_font(size, bold=bold))
        wrapped = metrics.boundingRect(QRectF(0, 0, width, 1e6), _WRAP, text)
        if wrapped.width() <= width and wrapped.height() <= metrics.lineSpacing() * lines + 1:
            return size
        size *= 0.95
    return SMALLEST


def _paint_face(painter: QPainter, card: NameCard, face: QRectF) -> None:
    """The card's lines centred in ``face``, a little below its middle (the top of a tent leans
    away from the reader). Names take one line each, the title up to two."""
    lines: list[tuple[str, float, bool, str, int]] = []  # text, size, bold, colour, lines
    if card.name_zh:
        lines.append((card.name_zh, CHINESE_NAME, True, "#000000", 1))
        lines.append((card.name_en, ENGLISH_NAME, False, "#000000", 1))
    else:
        lines.append((card.name_en, ENGLISH_ONLY_NAME, True, "#000000", 1))
    if card.title:
        lines.append((card.title, TITLE, False, "#333333", 2))
    width = face.width()
    placed = []
    for text, size, bold, colour, most in lines:
        fitted = _fitted(text, size, width, bold=bold, lines=most)
        metrics = QFontMetricsF(document_font(fitted, bold=bold))
        height = metrics.boundingRect(QRectF(0, 0, width, 1e6), _WRAP, text).height()
        placed.append((text, fitted, bold, colour, height))
    gap = mm(3)
    total = sum(p[-1] for p in placed) + gap * (len(placed) - 1)
    y = face.top() + (face.height() - total) / 2 + mm(4)
    for text, size, bold, colour, height in placed:
        painter.setFont(document_font(size, bold=bold))
        painter.setPen(QColor(colour))
        painter.drawText(QRectF(face.left(), y, width, height), _WRAP, text)
        y += height + gap
