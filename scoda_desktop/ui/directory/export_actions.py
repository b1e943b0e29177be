"""Export people (CSV for Excel, vCard 4.0 or 3.0) or organisations (CSV) to a file.

The save dialog's filters offer the formats; the native dialog asks before overwriting a file,
and the service writes atomically (a crash never leaves half a file where a good one was). The
export runs on the task runner; ``show_message`` then says where the file is and how many
records it holds. ``ask_export_path`` is the save dialog, replaced in tests.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from scoda_desktop.ui.directory.tasks import FailureReporter, ServiceFactory

if TYPE_CHECKING:
    from scoda_desktop.services.directory import DirectoryService
    from scoda_desktop.services.directory.transfer import ExportResult
    from scoda_desktop.ui.workers import TaskRunner

__all__ = [
    "CSV",
    "ORGANISATION_FORMATS",
    "PEOPLE_FORMATS",
    "VCARD_3",
    "VCARD_4",
    "ExportFormat",
    "ask_export_path",
    "export_organisations",
    "export_people",
    "resolve_format",
]

CONTEXT = "DirectoryExport"


@dataclass(frozen=True, slots=True)
class ExportFormat:
    label: str  # the save dialog's filter, a source string to translate in CONTEXT
    suffix: str
    vcard_version: str | None = None  # None: CSV

    def filter(self) -> str:
        return QCoreApplication.translate("DirectoryExport", self.label)


CSV = ExportFormat(QT_TRANSLATE_NOOP("DirectoryExport", "CSV for Excel, UTF-8 (*.csv)"), ".csv")
VCARD_4 = ExportFormat(
    QT_TRANSLATE_NOOP("DirectoryExport", "vCard 4.0, for current address books (*.vcf)"),
    ".vcf",
    "4.0",
)
VCARD_3 = ExportFormat(
    QT_TRANSLATE_NOOP("DirectoryExport", "vCard 3.0, for older phones and Outlook (*.vcf)"),
    ".vcf",
    "3.0",
)
PEOPLE_FORMATS = (CSV, VCARD_4, VCARD_3)
ORGANISATION_FORMATS = (CSV,)


def ask_export_path(
    parent: QWidget | None, caption: str, suggested: str, formats: tuple[ExportFormat, ...]
) -> tuple[Path, ExportFormat] | None:
    """The file to write and the format chosen in the save dialog; None when cancelled. Tests
    replace this."""
    filters = [f.filter() for f in formats]
    chosen, selected = QFileDialog.getSaveFileName(
        parent, caption, suggested + formats[0].suffix, ";;".join(filters)
    )
    if not chosen:
        return None
    chosen_format = formats[filters.index(selected)] if selected in filters else formats[0]
    return resolve_format(Path(chosen), chosen_format, formats)


def resolve_format(
    path: Path, chosen: ExportFormat, formats: tuple[ExportFormat, ...]
) -> tuple[Path, ExportFormat]:
    """The file and format to write: a name ending in the suffix of an offered format is
    written in that format ("people.csv" is CSV whatever filter was selected); any other name
    gets the chosen format's suffix added."""
    suffix = path.suffix.lower()
    if suffix == chosen.suffix:
        return path, chosen
    named = next((f for f in formats if f.suffix == suffix), None)
    if named is not None:
        return path, named
    return path.with_name(path.name + chosen.suffix), chosen


def _written(result: ExportResult) -> str:
    # One sentence per variant: lupdate reads no plural forms from QCoreApplication.translate.
    if result.what == "organisations" and result.count == 1:
        text = QCoreApplication.translate(
            "DirectoryExport", "Wrote 1 organisation to {path} ({format})."
        )
    elif result.what == "organisations":
        text = QCoreApplication.translate(
            "DirectoryExport", "Wrote {count} organisations to {path} ({format})."
        )
    elif result.count == 1:
        text = QCoreApplication.translate("DirectoryExport", "Wrote 1 person to {path} ({format}).")
    else:
        text = QCoreApplication.translate(
            "DirectoryExport", "Wrote {count} people to {path} ({format})."
        )
    return text.format(count=result.count, path=result.path, format=result.format)


def _export(
    parent: QWidget | None,
    runner: TaskRunner,
    service: ServiceFactory,
    report_failure: FailureReporter,
    show_message: Callable[[str], None],
    *,
    caption: str,
    suggested: str,
    formats: tuple[ExportFormat, ...],
    write: Callable[[DirectoryService, Path, ExportFormat], ExportResult],
) -> None:
    """Ask for the file (``caption``, a name like ``suggested``, one of ``formats``), then
    ``write`` it on the task runner and say where it went."""
    answer = ask_export_path(parent, caption, suggested, formats)
    if answer is None:
        return
    path, chosen = answer
    directory = service()
    show_message(
        QCoreApplication.translate("DirectoryExport", "Exporting to {path}…").format(path=path)
    )
    runner.submit(
        lambda: write(directory, path, chosen),
        lambda result: show_message(_written(result)),
        lambda exc, details: report_failure(
            QCoreApplication.translate("DirectoryExport", "Cannot export to {path}").format(
                path=path
            ),
            exc,
            details,
        ),
        name="export directory",
    )


def export_people(
    parent: QWidget | None,
    runner: TaskRunner,
    service: ServiceFactory,
    report_failure: FailureReporter,
    show_message: Callable[[str], None],
) -> None:
    """Ask for a file (CSV, vCard 4.0 or vCard 3.0) and write every person to it."""
    _export(
        parent,
        runner,
        service,
        report_failure,
        show_message,
        caption=QCoreApplication.translate("DirectoryExport", "Export People"),
        suggested=QCoreApplication.translate("DirectoryExport", "people"),
        formats=PEOPLE_FORMATS,
        write=lambda directory, path, chosen: directory.export_people(
            path, vcard_version=chosen.vcard_version or "4.0"
        ),
    )


def export_organisations(
    parent: QWidget | None,
    runner: TaskRunner,
    service: ServiceFactory,
    report_failure: FailureReporter,
    show_message: Callable[[str], None],
) -> None:
    """Ask for a CSV file and write every organisation to it."""
    _export(
        parent,
        runner,
        service,
        report_failure,
        show_message,
        caption=QCoreApplication.translate("DirectoryExport", "Export Organisations"),
        suggested=QCoreApplication.translate("DirectoryExport", "organisations"),
        formats=ORGANISATION_FORMATS,
        write=lambda directory, path, _chosen: directory.export_organisations(path),
    )
