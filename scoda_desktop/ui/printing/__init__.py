"""Printing the documents of ``scoda_desktop.services.documents``: HTML paginated by
QTextDocument with a footer on every page, name cards drawn with QPainter, PDF files, printers
and the print preview. The typeface is shipped with the application (``fonts.py``)."""

from __future__ import annotations

from scoda_desktop.ui.printing.documents import (
    ensure_gui_application,
    load_printable,
    printable_for,
    request_to_pdf,
)
from scoda_desktop.ui.printing.html import HtmlPrintable
from scoda_desktop.ui.printing.name_cards import NameCardsPrintable
from scoda_desktop.ui.printing.output import (
    PdfResult,
    PrintPreview,
    prepare_printer,
    print_to_printer,
    render_pdf_async,
    write_pdf,
)
from scoda_desktop.ui.printing.pages import PageSetup, Printable

__all__ = [
    "HtmlPrintable",
    "NameCardsPrintable",
    "PageSetup",
    "PdfResult",
    "PrintPreview",
    "Printable",
    "ensure_gui_application",
    "load_printable",
    "prepare_printer",
    "print_to_printer",
    "printable_for",
    "render_pdf_async",
    "request_to_pdf",
    "write_pdf",
]
