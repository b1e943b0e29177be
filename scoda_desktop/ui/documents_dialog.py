"""Printing a meeting's documents: the briefing sheet, the run-sheet of its day or its name
cards, in English or Chinese, on A4 or US Letter; preview, print or save as PDF.

Reading the database, rendering the template and writing the PDF (or printing) run on a task
runner, off the GUI thread; the preview paints on the GUI thread, as Qt's preview asks (a
layout takes a few tens of milliseconds). The database is opened on first use on the runner,
as ``MeetingSource`` does for the main window, and closed with the dialog.

The main window opens it with one call::

    DocumentsDialog.open_for_meeting(self, source, meeting_id)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scoda_desktop.logging_setup import log_file_path
from scoda_desktop.ui import error_dialog
from scoda_desktop.ui.meeting_source import MeetingSource
from scoda_desktop.ui.translations import QT_TRANSLATE_NOOP, interface_language
from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from scoda_desktop.data.database import Database
    from scoda_desktop.data.target import DatabaseTarget
    from scoda_desktop.services.documents import DocumentRequest
    from scoda_desktop.ui.printing import PdfResult, Printable


CONTEXT = "DocumentsDialog"
DOCUMENTS = (
    ("briefing", QT_TRANSLATE_NOOP("DocumentsDialog", "Briefing sheet")),
    ("runsheet", QT_TRANSLATE_NOOP("DocumentsDialog", "Run-sheet of the day")),
    ("cards", QT_TRANSLATE_NOOP("DocumentsDialog", "Name cards")),
)
# The languages of the document; it is first offered in the interface's language.
LANGUAGES = (
    ("en", QT_TRANSLATE_NOOP("DocumentsDialog", "English")),
    ("zh", QT_TRANSLATE_NOOP("DocumentsDialog", "中文 (Chinese)")),
)
PAPERS = (("a4", "A4"), ("letter", QT_TRANSLATE_NOOP("DocumentsDialog", "US Letter")))


class DocumentDatabase:
    """The database the documents are read from, opened on first use (blocking: call
    ``database`` on the runner) and closed with ``close``."""

    def __init__(self, target: DatabaseTarget) -> None:
        self.target = target
        self._database: Database | None = None

    def database(self) -> Database:
        if self._database is None:
            from scoda_desktop.data.database import open_database

            self._database = open_database(self.target, seed_reference=False)
        return self._database

    def close(self) -> None:
        if self._database is not None:
            self._database.dispose()
            self._database = None


def _combo(items: tuple[tuple[str, str], ...]) -> QComboBox:
    box = QComboBox()
    for value, label in items:
        box.addItem(QCoreApplication.translate(CONTEXT, label), value)
    return box


class DocumentsDialog(QDialog):
    def __init__(
        self,
        database: DocumentDatabase,
        meeting_id: int,
        parent: QWidget | None = None,
        *,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print documents"))
        self._database = database
        self.meeting_id = meeting_id
        self._runner = runner or TaskRunner(self)
        self._printer: QPrinter | None = None  # kept alive while a print job runs
        self.last_pdf: PdfResult | None = None

        self.document = _combo(DOCUMENTS)
        self.language = _combo(LANGUAGES)
        self.language.setCurrentIndex(max(0, self.language.findData(interface_language())))
        self.paper = _combo(PAPERS)
        form = QFormLayout()
        form.addRow(self.tr("&Document:"), self.document)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Paper:"), self.paper)
        self.status = QLabel("")
        self.status.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = QPushButton(self.tr("Pre&view…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        for button in (self.preview_button, self.print_button, self.pdf_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_document)
        self.pdf_button.clicked.connect(self._save_pdf_clicked)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.finished.connect(self._close_database)

    @classmethod
    def open_for_meeting(
        cls,
        parent: QWidget | None,
        database: DatabaseTarget | MeetingSource,
        meeting_id: int,
    ) -> DocumentsDialog:
        """Show the dialog (window-modal) for ``meeting_id`` on ``database``: a target, or the
        main window's meeting source (whose target is read)."""
        target = database.target if isinstance(database, MeetingSource) else database
        dialog = cls(DocumentDatabase(target), meeting_id, parent)
        dialog.open()
        return dialog

    # -- what is asked for ------------------------------------------------------------------

    def request(self) -> DocumentRequest:
        from scoda_desktop.services.documents import DocumentKind, DocumentRequest, Paper

        return DocumentRequest(
            DocumentKind(self.document.currentData()),
            self.language.currentData(),
            meeting_id=self.meeting_id,
            paper=Paper(self.paper.currentData()),
        )

    def _builder(self) -> Callable[[], Printable]:
        """The blocking work that reads and renders the chosen document (for the runner)."""
        request, source = self.request(), self._database

        def build() -> Printable:
            from scoda_desktop.ui.printing import load_printable

            return load_printable(source.database(), request)

        return build

    # -- actions ----------------------------------------------------------------------------

    def preview(self) -> None:
        self._run(self.tr("Preparing the preview…"), self._builder(), self._show_preview)

    def _show_preview(self, printable: Printable) -> None:
        from scoda_desktop.ui.printing import PrintPreview

        self._set_busy(False, "")
        PrintPreview(printable, self).exec()

    def print_document(self) -> None:
        self._run(self.tr("Preparing to print…"), self._builder(), self._ask_printer)

    def _ask_printer(self, printable: Printable) -> None:
        from scoda_desktop.ui.printing import prepare_printer, print_to_printer

        self._set_busy(False, "")
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, printable)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        self._printer = printer
        name = printer.printerName()
        self._run(
            self.tr("Printing on {printer}…").format(printer=name)
            if name
            else self.tr("Printing…"),
            lambda: print_to_printer(printable, printer),
            self._printed,
        )

    def _printed(self, pages: int) -> None:
        self._printer = None
        self._set_busy(False, self.tr("Sent %n page(s) to the printer.", "", pages))

    def _save_pdf_clicked(self) -> None:
        path = self.ask_pdf_path()
        if path is not None:
            self.save_pdf(path)

    def ask_pdf_path(self) -> Path | None:
        """The file to write, asked with the platform's dialog; None if cancelled."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        request = self.request()
        name = f"{request.kind.value}-{self.meeting_id}-{request.language}.pdf"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(Path(folder) / name), self.tr("PDF files (*.pdf)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def save_pdf(self, path: Path) -> None:
        """Write the chosen document to ``path`` on the runner; ``pdf_written`` reports."""
        from scoda_desktop.ui.printing import render_pdf_async

        self._set_busy(True, self.tr("Writing {file}…").format(file=path.name))
        render_pdf_async(self._runner, self._builder(), path, self._pdf_written, self._failed)

    def _pdf_written(self, result: PdfResult) -> None:
        self.last_pdf = result
        self._set_busy(
            False,
            self.tr("Saved {path} (%n page(s), {seconds} s).", "", result.pages).format(
                path=result.path, seconds=QLocale().toString(result.seconds, "f", 2)
            ),
        )

    # -- plumbing ---------------------------------------------------------------------------

    def _run(self, message: str, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._set_busy(True, message)
        self._runner.submit(work, done, self._failed, name="documents")

    def _failed(self, exc: BaseException, details: str) -> None:
        self._printer = None
        self._set_busy(False, "")
        error_dialog.report_failure(
            self.tr("Cannot prepare the document"), exc, details, log_file_path(), self
        )

    def _set_busy(self, busy: bool, message: str) -> None:
        for widget in (self.preview_button, self.print_button, self.pdf_button):
            widget.setEnabled(not busy)
        self.status.setText(message)

    def _close_database(self) -> None:
        """Close the database once no task uses it (after the running one, if any)."""
        if self._runner.busy:
            self._runner.wait_for_done()
        self._database.close()
