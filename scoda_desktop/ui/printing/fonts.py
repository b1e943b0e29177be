"""The typeface of every printed document: WenQuanYi Micro Hei, shipped in ``resources/fonts``
and registered with Qt on first use, so that Chinese prints the same on Windows, macOS and
Linux and a PDF's text copies out as the characters shown (``resources/fonts/README.md`` says
why not the system's CJK fonts). Safe to call from any thread: QFontDatabase is thread-safe.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtGui import QFont, QFontDatabase

from scoda_desktop import paths

__all__ = ["DOCUMENT_FAMILY", "document_family", "document_font"]

log = logging.getLogger(__name__)

DOCUMENT_FAMILY = "WenQuanYi Micro Hei"
FONT_FILE = ("fonts", "wqy-microhei.ttc")

_lock = threading.Lock()
_registered = False


def document_family() -> str:
    """The family to set documents in, registering the shipped font the first time. When the
    file is missing (a broken install) the family is still named: an installed copy is used if
    there is one, else Qt substitutes and a warning is logged."""
    global _registered
    with _lock:
        if not _registered:
            _registered = True
            try:
                path = paths.resource(*FONT_FILE)
            except FileNotFoundError:
                path = None
            font_id = QFontDatabase.addApplicationFont(str(path)) if path else -1
            if font_id < 0 or DOCUMENT_FAMILY not in QFontDatabase.applicationFontFamilies(font_id):
                log.warning("cannot load %s; Chinese may print in another font", FONT_FILE[-1])
    return DOCUMENT_FAMILY


def document_font(pixel_size: float, *, bold: bool = False) -> QFont:
    """The document font at ``pixel_size`` (in the painter's units, not points: painters here
    are scaled to a fixed resolution, see ``pages.py``)."""
    font = QFont(document_family())
    font.setPixelSize(max(1, round(pixel_size)))
    font.setBold(bold)
    font.setStyleStrategy(QFont.StyleStrategy.PreferOutline)
    return font
