"""Paper, margins and the painter's coordinates, shared by every printable document.

Documents are laid out in CSS pixels (96 to the inch) whatever the device: a PDF writer (1200
dpi), a printer (300 or 600 dpi) or the preview all get the same pages, because the painter is
scaled from CSS pixels to the device's resolution. Every device is used in full-page mode
(the painter's origin is the paper's corner); the margins are the document's own.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from scoda_desktop.services.documents import Paper

__all__ = [
    "CSS_DPI",
    "PageSetup",
    "Printable",
    "apply_setup",
    "begin_css_painter",
    "mm",
    "page_size",
    "pt",
]

CSS_DPI = 96.0
_PAGE_SIZES = {Paper.A4: QPageSize.PageSizeId.A4, Paper.LETTER: QPageSize.PageSizeId.Letter}


def mm(value: float) -> float:
    """Millimetres in CSS pixels."""
    return value * CSS_DPI / 25.4


def pt(value: float) -> float:
    """Points in CSS pixels."""
    return value * CSS_DPI / 72.0


@dataclass(frozen=True, slots=True)
class PageSetup:
    """The paper and the document's margins, in millimetres."""

    paper: Paper = Paper.A4
    landscape: bool = False
    left: float = 20.0
    top: float = 16.0
    right: float = 20.0
    bottom: float = 14.0

    def page_layout(self) -> QPageLayout:
        orientation = (
            QPageLayout.Orientation.Landscape
            if self.landscape
            else QPageLayout.Orientation.Portrait
        )
        return QPageLayout(
            QPageSize(_PAGE_SIZES[self.paper]),
            orientation,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )


def apply_setup(device: QPagedPaintDevice, setup: PageSetup) -> None:
    """Give ``device`` the paper and orientation of ``setup``, in full-page mode."""
    if isinstance(device, QPrinter):
        device.setFullPage(True)
    device.setPageLayout(setup.page_layout())


def page_size(device: QPagedPaintDevice) -> QSizeF:
    """The paper of ``device`` as it is now (the preview may have changed it), in CSS pixels."""
    full = device.pageLayout().fullRect(QPageLayout.Unit.Point)
    return QSizeF(pt(full.width()), pt(full.height()))


def begin_css_painter(painter: QPainter) -> None:
    """Scale ``painter`` (active on its device) from CSS pixels to device pixels."""
    device = painter.device()
    painter.scale(device.logicalDpiX() / CSS_DPI, device.logicalDpiY() / CSS_DPI)


class Printable(ABC):
    """A document that can paint itself on any paged device: a PDF writer, a printer or the
    print preview's printer. ``paint`` may run off the GUI thread (it uses no widgets or
    pixmaps) and returns the number of pages of the document."""

    title: str
    setup: PageSetup

    @abstractmethod
    def paint(self, device: QPagedPaintDevice, pages: Iterable[int] | None = None) -> int:
        """Draw the pages numbered in ``pages`` (from 0; default all) on ``device``, with one
        painter from begin to end."""

    @staticmethod
    def content_rect(size: QSizeF, setup: PageSetup) -> QRectF:
        return QRectF(
            mm(setup.left),
            mm(setup.top),
            size.width() - mm(setup.left) - mm(setup.right),
            size.height() - mm(setup.top) - mm(setup.bottom),
        )
