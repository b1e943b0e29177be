"""From a document request to something printable: the one path shared by the command line
and the documents dialog."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication

from scoda_desktop.services.documents import (
    DocumentRequest,
    HtmlDocument,
    NameCardSet,
    Prepared,
    build_document,
)
from scoda_desktop.ui.printing.html import HtmlPrintable
from scoda_desktop.ui.printing.name_cards import NameCardsPrintable
from scoda_desktop.ui.printing.output import PdfResult, write_pdf
from scoda_desktop.ui.printing.pages import Printable

if TYPE_CHECKING:
    from scoda_desktop.data.database import Database

__all__ = ["ensure_gui_application", "load_printable", "printable_for", "request_to_pdf"]

_application: QGuiApplication | None = None


def ensure_gui_application() -> None:
    """Make sure a QGuiApplication exists (fonts and painting need one). Without a display on
    Linux, the offscreen platform is used, so the command line works over SSH and in CI."""
    global _application
    if QGuiApplication.instance() is not None:
        return
    headless = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _application = QGuiApplication([sys.argv[0] if sys.argv else "scoda-desktop"])


def printable_for(document: HtmlDocument | NameCardSet) -> Printable:
    if isinstance(document, NameCardSet):
        return NameCardsPrintable.from_set(document)
    return HtmlPrintable.from_document(document)


def load_printable(
    database: Database, request: DocumentRequest, prepared: Prepared | None = None
) -> Printable:
    """Read and render the document (blocks: run it on a worker thread in the GUI)."""
    with database.session() as session:
        return printable_for(build_document(session, request, prepared=prepared))


def request_to_pdf(
    database: Database, request: DocumentRequest, path: Path, prepared: Prepared | None = None
) -> PdfResult:
    return write_pdf(load_printable(database, request, prepared), path)
