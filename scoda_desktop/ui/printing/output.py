"""Getting a printable document out: to a PDF file, to a printer, into the print preview, and
to a PDF on a worker thread so that the window never waits for layout and writing.

PDF files are written atomically (QSaveFile): a failure never leaves half a file where a good
one was.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QIODevice, QSaveFile
from PySide6.QtGui import QPdfWriter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from scoda_desktop import __version__
from scoda_desktop.errors import InputError
from scoda_desktop.ui.printing.pages import Printable, apply_setup
from scoda_desktop.ui.workers import Task, TaskRunner

__all__ = [
    "PdfResult",
    "PrintPreview",
    "prepare_printer",
    "print_to_printer",
    "render_pdf_async",
    "write_pdf",
]

PDF_RESOLUTION = 1200


@dataclass(frozen=True, slots=True)
class PdfResult:
    path: Path
    pages: int
    seconds: float  # from the start of the work to the file committed


def write_pdf(printable: Printable, path: Path) -> PdfResult:
    """Write ``printable`` to the PDF file ``path`` in its paper size; return the page count.

    Raises InputError when the folder does not exist or the file cannot be written."""
    started = time.perf_counter()
    path = Path(path)
    if not path.parent.is_dir():
        raise InputError(
            QCoreApplication.translate("PdfOutput", "The folder {folder} does not exist.").format(
                folder=path.parent
            )
        )
    if path.is_dir():
        raise InputError(
            QCoreApplication.translate(
                "PdfOutput", "{path} is a folder; name the PDF file to write."
            ).format(path=path)
        )
    file = QSaveFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.WriteOnly):
        raise InputError(_cannot_write(path, file))
    writer = QPdfWriter(file)
    writer.setResolution(PDF_RESOLUTION)
    writer.setTitle(printable.title)
    writer.setCreator(f"SCODA Desktop {__version__}")
    apply_setup(writer, printable.setup)
    try:
        pages = printable.paint(writer)  # the writer has written the file when paint() returns
    except BaseException:
        file.cancelWriting()
        raise
    if not file.commit():
        raise InputError(_cannot_write(path, file))
    return PdfResult(path, pages, time.perf_counter() - started)


def _cannot_write(path: Path, file: QSaveFile) -> str:
    return QCoreApplication.translate("PdfOutput", "Cannot write {path}: {error}").format(
        path=path, error=file.errorString()
    )


def prepare_printer(printer: QPrinter, printable: Printable) -> None:
    """Give ``printer`` the document's paper, orientation and name (before a print dialog or
    the preview, where the user may still change them)."""
    apply_setup(printer, printable.setup)
    printer.setDocName(printable.title)
    printer.setCreator(f"SCODA Desktop {__version__}")


def print_to_printer(printable: Printable, printer: QPrinter) -> int:
    """Print on ``printer`` as the user set it up (paper, range); return the page count. May
    run on a worker thread: QPrinter is a paint device like any other."""
    printer.setFullPage(True)
    pages = None
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        pages = range(printer.fromPage() - 1, printer.toPage())
    return printable.paint(printer, pages)


class PrintPreview:
    """The print preview of a printable document (Qt's dialog: zoom, page setup, print)."""

    def __init__(self, printable: Printable, parent: QWidget | None = None) -> None:
        self.printable = printable
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(self.printer, printable)
        self.dialog = QPrintPreviewDialog(self.printer, parent)
        self.dialog.setWindowTitle(printable.title)
        self.dialog.paintRequested.connect(self._paint)
        self.pages_painted = 0  # of the last paint, for tests and the status bar

    def _paint(self, printer: QPrinter) -> None:
        self.pages_painted = print_to_printer(self.printable, printer)

    def exec(self) -> int:
        """Show the preview modally; the user may print from it."""
        return self.dialog.exec()


def render_pdf_async(
    runner: TaskRunner,
    build: Callable[[], Printable],
    path: Path,
    on_finished: Callable[[PdfResult], None],
    on_failed: Callable[[BaseException, str], None],
) -> Task:
    """Build the printable (a database read, a template) and write the PDF on ``runner``'s
    thread; the callbacks run on the GUI thread."""
    return runner.submit(
        lambda: write_pdf(build(), path), on_finished, on_failed, name=f"PDF {Path(path).name}"
    )
