"""What the import dialog says: the file dialog that picks the file, the summary of a preview,
what is wrong with a file that cannot be imported as it is, and what an import wrote.

Translated in the "ImportDialog" context. ``ask_import_path`` is replaced in tests.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from scoda_desktop.ui.directory.detail_html import list_text
from scoda_desktop.ui.directory.import_rows import joined, row_problem_text, where_text

if TYPE_CHECKING:
    from scoda_desktop.services.directory.preview import ImportPreview
    from scoda_desktop.services.directory.transfer import ImportResult
    from scoda_desktop.ui.directory.import_rows import PreviewCounts, PreviewRow

__all__ = [
    "ask_import_path",
    "file_problems_text",
    "result_text",
    "summary_text",
    "unreadable_text",
]

PROBLEMS_LISTED = 10  # problems listed in a message; the rest are counted


def ask_import_path(parent: QWidget | None) -> Path | None:
    """The file to import, from the open dialog; None when cancelled. Tests replace this."""
    filters = ";;".join(
        (
            QCoreApplication.translate(
                "ImportDialog", "People or organisations (*.csv *.vcf *.vcard)"
            ),
            QCoreApplication.translate("ImportDialog", "CSV, UTF-8 (*.csv)"),
            QCoreApplication.translate("ImportDialog", "vCard 3.0 or 4.0 (*.vcf *.vcard)"),
            QCoreApplication.translate("ImportDialog", "All files (*)"),
        )
    )
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportDialog", "Import People or Organisations"),
        "",
        filters,
    )
    return Path(chosen) if chosen else None


def summary_text(counts: PreviewCounts, kind: str) -> str:
    """ "People: 312 new, 4 updates, 2 rows with errors" (the parts that are not zero)."""
    parts = []
    if counts.new:
        parts.append(QCoreApplication.translate("ImportDialog", "{n} new").format(n=counts.new))
    if counts.updates == 1:
        parts.append(QCoreApplication.translate("ImportDialog", "1 update"))
    elif counts.updates:
        parts.append(
            QCoreApplication.translate("ImportDialog", "{n} updates").format(n=counts.updates)
        )
    if counts.unchanged:
        parts.append(
            QCoreApplication.translate("ImportDialog", "{n} unchanged").format(n=counts.unchanged)
        )
    if counts.errors == 1:
        parts.append(QCoreApplication.translate("ImportDialog", "1 row with errors"))
    elif counts.errors:
        parts.append(
            QCoreApplication.translate("ImportDialog", "{n} rows with errors").format(
                n=counts.errors
            )
        )
    if kind == "organisations":
        what = QCoreApplication.translate("ImportDialog", "Organisations")
    else:
        what = QCoreApplication.translate("ImportDialog", "People")
    return QCoreApplication.translate("ImportDialog", "{what}: {counts}").format(
        what=what, counts=list_text(parts)
    )


def _listed(lines: list[str], total: int) -> list[str]:
    shown = [f"  • {line}" for line in lines[:PROBLEMS_LISTED]]
    if total > PROBLEMS_LISTED:
        shown.append(
            "  "
            + QCoreApplication.translate("ImportDialog", "… and {n} more").format(
                n=total - PROBLEMS_LISTED
            )
        )
    return shown


def unreadable_text(preview: ImportPreview) -> str:
    """Why nothing of the file can be imported: it holds no record the reader understood."""
    name = Path(preview.source).name
    if not preview.problems:
        return QCoreApplication.translate(
            "ImportDialog", "{file} holds no people or organisations. Choose another file."
        ).format(file=name)
    problems = [
        QCoreApplication.translate("ImportDialog", "{where}: {problem}").format(
            where=where_text(problem.where), problem=row_problem_text(problem)
        )
        for problem in preview.problems
    ]
    return "\n".join(
        [
            QCoreApplication.translate(
                "ImportDialog", "{file} cannot be imported as it is:"
            ).format(file=name),
            *_listed(problems, len(problems)),
            QCoreApplication.translate(
                "ImportDialog",
                "Fix the file and read it again. A CSV file needs a first line naming the "
                "columns (family_name, given_name, … for people; name_en, name_zh, … for "
                "organisations); a vCard file starts with BEGIN:VCARD. Nothing has been written.",
            ),
        ]
    )


def file_problems_text(rows: list[PreviewRow]) -> str:
    """The problems of entries that could not be read as a record at all (a header naming
    unknown columns, a line with too many values): they concern the file's layout. "" if
    there are none."""
    unread = [row for row in rows if not row.planned]
    if not unread:
        return ""
    problems = [
        QCoreApplication.translate("ImportDialog", "{where}: {problems}").format(
            where=where_text(row.where), problems=joined(row.problems)
        )
        for row in unread
    ]
    return "\n".join(
        [
            QCoreApplication.translate("ImportDialog", "Parts of the file could not be read:"),
            *_listed(problems, len(problems)),
            QCoreApplication.translate(
                "ImportDialog", "Fix them in the file, then read it again (F5)."
            ),
        ]
    )


def result_text(result: ImportResult) -> str:
    """What an import wrote."""
    return QCoreApplication.translate(
        "ImportDialog",
        "Imported {file}. People: {people_created} added, {people_updated} updated. "
        "Organisations: {orgs_created} added, {orgs_updated} updated. Posts added: {posts}.",
    ).format(
        file=Path(result.source).name,
        people_created=result.people_created,
        people_updated=result.people_updated,
        orgs_created=result.organisations_created,
        orgs_updated=result.organisations_updated,
        posts=result.posts_added,
    )
