"""An import's preview as table rows: one row per entry of the file (a line of a CSV file, a
card of a vCard file) with what importing it will do, and the problems found on it.

``preview_rows`` turns the service's ``ImportPreview`` into ``PreviewRow``s (plain data: build
them on the task runner); ``preview_model`` is the ``RowTableModel`` that shows them, rows in
error on a red background. Entries the file reader could not make sense of (a header that names
no known column, a line with too many values) have no planned record: they still get a row, so
that every problem is listed at its line.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from scoda_desktop.ui.display import phrase_text, problem_text
from scoda_desktop.ui.row_table import Column, RowStyle, RowTableModel

if TYPE_CHECKING:
    from scoda_desktop.services.directory.preview import (
        ImportPreview,
        PlannedOrganisation,
        PlannedPerson,
        RowProblem,
    )

__all__ = [
    "CONTEXT",
    "PreviewCounts",
    "PreviewRow",
    "RowAction",
    "count_rows",
    "joined",
    "preview_model",
    "preview_rows",
    "row_problem_text",
    "where_text",
]

CONTEXT = "ImportPreview"
ERROR_BACKGROUND = QColor("#fbe3e1")
ERROR_FOREGROUND = QColor("#5f1410")


class RowAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    ERROR = "error"


ACTION_LABELS = {
    RowAction.CREATE: QT_TRANSLATE_NOOP("ImportPreview", "New"),
    RowAction.UPDATE: QT_TRANSLATE_NOOP("ImportPreview", "Update"),
    RowAction.UNCHANGED: QT_TRANSLATE_NOOP("ImportPreview", "Unchanged"),
    RowAction.ERROR: QT_TRANSLATE_NOOP("ImportPreview", "Error"),
}
# Errors first when sorted by what a row does: they are what the user has to look at.
ACTION_ORDER = {
    RowAction.ERROR: 0,
    RowAction.CREATE: 1,
    RowAction.UPDATE: 2,
    RowAction.UNCHANGED: 3,
}


@dataclass(frozen=True, slots=True)
class PreviewRow:
    number: int  # the line (CSV) or card (vCard) the entry starts at
    where: str  # "line 5", "card 2": as the problems name it
    action: RowAction
    name: str
    name_zh: str
    details: tuple[str, ...]  # the post, a new organisation, possible duplicates
    problems: tuple[str, ...]  # "country: ..." each
    planned: bool = True  # False: the file reader could not make a record of the entry

    @property
    def in_error(self) -> bool:
        return self.action == RowAction.ERROR


@dataclass(frozen=True, slots=True)
class PreviewCounts:
    """Rows by what they will do; ``errors`` counts the rows with at least one problem."""

    new: int = 0
    updates: int = 0
    unchanged: int = 0
    errors: int = 0


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def where_text(where: str) -> str:
    """``line 5``, ``card 2`` (as the service names a place in the file) in the interface's
    language; anything else as it is."""
    unit, _space, number = where.partition(" ")
    if number.isdigit() and unit == "line":
        return QCoreApplication.translate("ImportPreview", "line {n}").format(n=number)
    if number.isdigit() and unit == "card":
        return QCoreApplication.translate("ImportPreview", "card {n}").format(n=number)
    return where


def _number(where: str) -> int:
    digits = where.rsplit(" ", 1)[-1]
    return int(digits) if digits.isdigit() else 0


def _person_details(person: PlannedPerson) -> list[str]:
    from scoda_desktop.services.directory.preview import Action

    details = []
    post = person.post
    if post is not None and post.action != Action.UNCHANGED:
        title = post.record.title_en or post.record.title_zh or ""
        if post.action == Action.UPDATE:
            text = QCoreApplication.translate("ImportPreview", "Post dates: {title}")
        elif post.end_current:
            text = QCoreApplication.translate(
                "ImportPreview", "New post (the current one ends the day before): {title}"
            )
        else:
            text = QCoreApplication.translate("ImportPreview", "New post: {title}")
        details.append(text.format(title=title))
    if post is not None and post.organisation is not None:
        details.append(
            QCoreApplication.translate("ImportPreview", "New organisation: {name}").format(
                name=post.organisation.record.name_en
            )
        )
    unit = person.where.split(" ", 1)[0]
    for match in person.duplicates:
        if match.row:
            where = where_text(f"{unit} {match.row}")
            text = QCoreApplication.translate(
                "ImportPreview", "May be the same person as {name} ({where} of this file): {why}"
            )
        else:
            where = ""
            text = QCoreApplication.translate(
                "ImportPreview", "May be the same person as {name}, already in the directory: {why}"
            )
        details.append(text.format(name=match.name_en, where=where, why=phrase_text(match.reason)))
    return details


def _organisation_details(organisation: PlannedOrganisation) -> list[str]:
    details = []
    if organisation.parent is not None:
        details.append(
            QCoreApplication.translate(
                "ImportPreview", "Part of {name} (new, from {where})"
            ).format(
                name=organisation.parent.record.name_en,
                where=where_text(organisation.parent.where),
            )
        )
    if organisation.record.short_name_en:
        details.append(
            QCoreApplication.translate("ImportPreview", "Short name: {name}").format(
                name=organisation.record.short_name_en
            )
        )
    return details


def row_problem_text(problem: RowProblem) -> str:
    """What is wrong with an entry, in the interface's language, with the column it is in
    ("country: ..."); places in the file it names ("line 5") translated too."""
    found = problem.problem
    if found.values:
        values = tuple(
            (name, where_text(value) if name == "where" else value) for name, value in found.values
        )
        found = replace(found, values=values)
    message = problem_text(found)
    if not problem.column:
        return message
    return QCoreApplication.translate(
        "ImportPreview", "{column}: {message}", "what is wrong in one column of an entry"
    ).format(column=problem.column, message=message)


def _problems_by_row(preview: ImportPreview) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for problem in preview.problems:
        found.setdefault(problem.where, []).append(row_problem_text(problem))
    return found


def preview_rows(preview: ImportPreview) -> list[PreviewRow]:
    """A row per entry of the file, by line (or card), then a row for each place that has
    problems but no planned record."""
    from scoda_desktop.services.directory.preview import Action

    problems = _problems_by_row(preview)
    planned: Iterable[tuple[str, Action, str, str, list[str]]]
    if preview.kind == "organisations":
        planned = (
            (o.where, o.action, o.record.name_en, o.record.name_zh or "", _organisation_details(o))
            for o in preview.organisations
        )
    else:
        planned = (
            (p.where, p.action, p.record.name_en, p.record.name_zh or "", _person_details(p))
            for p in preview.people
            if p.include
        )
    rows: list[PreviewRow] = []
    listed: set[str] = set()
    for where, action, name, name_zh, details in planned:
        mine = tuple(problems.get(where, ()))
        rows.append(
            PreviewRow(
                number=_number(where),
                where=where,
                action=RowAction.ERROR if mine else RowAction(action.value),
                name=name,
                name_zh=name_zh,
                details=tuple(details),
                problems=mine,
            )
        )
        listed.add(where)
    for where, unplanned in problems.items():
        if where not in listed:
            rows.append(
                PreviewRow(
                    _number(where),
                    where,
                    RowAction.ERROR,
                    "",
                    "",
                    (),
                    tuple(unplanned),
                    planned=False,
                )
            )
    rows.sort(key=lambda row: row.number)
    return rows


def count_rows(rows: Iterable[PreviewRow]) -> PreviewCounts:
    counts = {action: 0 for action in RowAction}
    for row in rows:
        counts[row.action] += 1
    return PreviewCounts(
        new=counts[RowAction.CREATE],
        updates=counts[RowAction.UPDATE],
        unchanged=counts[RowAction.UNCHANGED],
        errors=counts[RowAction.ERROR],
    )


def joined(texts: Iterable[str]) -> str:
    """Entries of one cell (problems, details) one after the other, separated as the
    interface's language separates clauses (``; ``, ``；``)."""
    separator = QCoreApplication.translate(
        "ImportPreview", "; ", "between the problems or details of one entry"
    )
    return separator.join(texts)


def _lines(texts: tuple[str, ...]) -> str | None:
    return "\n".join(texts) or None


def _columns(unit: str) -> list[Column[PreviewRow]]:
    number_header = (
        QT_TRANSLATE_NOOP("ImportPreview", "Card")
        if unit == "card"
        else QT_TRANSLATE_NOOP("ImportPreview", "Line")
    )
    return [
        Column(
            number_header,
            lambda r: str(r.number) if r.number else "",
            sort_key=lambda r: r.number,
            alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            header_tip=QT_TRANSLATE_NOOP(
                "ImportPreview", "Where the entry starts in the file: open the file at this place"
            ),
        ),
        Column(
            QT_TRANSLATE_NOOP("ImportPreview", "Action"),
            lambda r: _translate(ACTION_LABELS[r.action]),
            sort_key=lambda r: (ACTION_ORDER[r.action], r.number),
            header_tip=QT_TRANSLATE_NOOP(
                "ImportPreview",
                "New: added to the directory; Update: the directory's record takes the file's "
                "values; Unchanged: nothing to write; Error: fix the file",
            ),
        ),
        Column(QT_TRANSLATE_NOOP("ImportPreview", "Name"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("ImportPreview", "Chinese"), lambda r: r.name_zh),
        Column(
            QT_TRANSLATE_NOOP("ImportPreview", "Problems"),
            lambda r: joined(r.problems),
            sort_key=lambda r: (not r.problems, r.number),
            tooltip=lambda r: _lines(r.problems),
        ),
        Column(
            QT_TRANSLATE_NOOP("ImportPreview", "Also"),
            lambda r: joined(r.details),
            tooltip=lambda r: _lines(r.details),
            header_tip=QT_TRANSLATE_NOOP(
                "ImportPreview", "Posts, new organisations and possible duplicates"
            ),
        ),
    ]


PROBLEMS_COLUMN = 4


def preview_model(unit: str, parent: QObject | None = None) -> RowTableModel[PreviewRow]:
    """An empty model for the preview of a file read by ``unit`` ("line" or "card")."""
    background, foreground = QBrush(ERROR_BACKGROUND), QBrush(ERROR_FOREGROUND)
    style: RowStyle[PreviewRow] = RowStyle(
        foreground=lambda r: foreground if r.in_error else None,
        background=lambda r: background if r.in_error else None,
    )
    return RowTableModel(
        _columns(unit),
        key=lambda r: (r.number, r.where, r.name),
        style=style,
        context=CONTEXT,
        parent=parent,
    )
