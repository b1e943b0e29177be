"""The follow-up list's rows and columns, on the shared self-sorting ``RowTableModel``.

Each ``FollowUpLine`` is built on the task runner (``build_lines``): a ``FollowUpRow`` read by
``services.followups`` with its cells' texts, their sort keys and its search text worked out
once, so that filling, sorting and filtering the list on the GUI thread only looks them up.
A line is one tuple, not an object holding two more: the list holds tens of thousands, and once
a load is done the garbage collector scans every object it created with the interpreter held
(the GUI thread waits meanwhile), so a third as many objects is a third of that wait. Overdue
rows are coloured, closed ones greyed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QBrush, QColor

from scoda_desktop.domain.enums import OutcomeKind, OutcomeStatus
from scoda_desktop.ui.display import date_text
from scoda_desktop.ui.row_table import Column, RowStyle, RowTableModel, text_sort_key
from scoda_desktop.ui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from scoda_desktop.services.followups import FollowUpRow

__all__ = [
    "COLUMNS",
    "CONTEXT",
    "DAY_COLUMNS",
    "FollowUpLine",
    "build_lines",
    "follow_up_model",
]

CONTEXT = "FollowUpsPage"  # the translation context of the page and its list

(DUE, STATUS, KIND, TEXT, OWNER, MEETING_DATE, MEETING, COUNTRIES, CLOSED, NOTE) = range(10)
_HEADERS = (
    QT_TRANSLATE_NOOP("FollowUpsPage", "Due"),
    QT_TRANSLATE_NOOP("FollowUpsPage", "Status"),
    QT_TRANSLATE_NOOP("FollowUpsPage", "Kind"),
    QT_TRANSLATE_NOOP("FollowUpsPage", "Follow-up"),
    QT_TRANSLATE_NOOP("FollowUpsPage", "Owner"),
    QT_TRANSLATE_NOOP("FollowUpsPage", "Meeting day"),
    QT_TRANSLATE_NOOP("FollowUpsPage", "Meeting"),
    QT_TRANSLATE_NOOP("FollowUpsPage", "Countries"),
    QT_TRANSLATE_NOOP("FollowUpsPage", "Closed"),
    QT_TRANSLATE_NOOP("FollowUpsPage", "Note"),
)
DAY_COLUMNS = (DUE, MEETING_DATE, CLOSED)
_TIP_COLUMNS = (TEXT, MEETING, NOTE)  # long texts: the whole of them in a tooltip

KIND_LABELS = {
    OutcomeKind.FOLLOW_UP: QT_TRANSLATE_NOOP("FollowUpsPage", "Follow-up"),
    OutcomeKind.AGREEMENT: QT_TRANSLATE_NOOP("FollowUpsPage", "Agreement"),
    OutcomeKind.MOU: QT_TRANSLATE_NOOP("FollowUpsPage", "MoU"),
}
STATUS_LABELS = {
    OutcomeStatus.OPEN: QT_TRANSLATE_NOOP("FollowUpsPage", "Open"),
    OutcomeStatus.DONE: QT_TRANSLATE_NOOP("FollowUpsPage", "Done"),
    OutcomeStatus.DROPPED: QT_TRANSLATE_NOOP("FollowUpsPage", "Dropped"),
}
OVERDUE_LABEL = QT_TRANSLATE_NOOP("FollowUpsPage", "Overdue")

OVERDUE_BACKGROUND = QBrush(QColor("#fbe3e1"))
OVERDUE_FOREGROUND = QBrush(QColor("#8a1c12"))
CLOSED_FOREGROUND = QBrush(QColor("#6b6b6b"))

_CELLS = 2  # where the cells' texts start in a line
_KEYS = _CELLS + len(_HEADERS)  # where their sort keys start


class FollowUpLine(tuple[Any, ...]):
    """One row of the list: the item as read, and what the list shows and sorts of it, as one
    tuple ``(row, search, the cells' texts..., the cells' sort keys...)``."""

    __slots__ = ()

    @classmethod
    def of(
        cls, row: FollowUpRow, cells: Iterable[str], keys: Iterable[Any], search: str
    ) -> FollowUpLine:
        return cls((row, search, *cells, *keys))

    # Read in C, without a Python call: the filters read them for every line.
    row: FollowUpRow = property(itemgetter(0))  # type: ignore[assignment]
    # Every cell, folded as ``text_sort_key`` folds: what typed words match.
    search: str = property(itemgetter(1))  # type: ignore[assignment]


def _translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)  # thread-safe: lines are built off the GUI


def _fold(text: str, folded: dict[str, str]) -> str:
    """``text_sort_key(text)``: at once for plain ASCII (most cells), which has no accents;
    else once per build for each text (owners' names with their Chinese form repeat)."""
    if text.isascii():
        return text.lower()
    found = folded.get(text)
    if found is None:
        found = folded[text] = text_sort_key(text)
    return found


def _owner(row: FollowUpRow) -> str:
    if row.owner_name and row.owner_name_zh:
        return f"{row.owner_name} ({row.owner_name_zh})"
    return row.owner_name or row.owner_name_zh or ""


@dataclass(frozen=True, slots=True)
class _Labels:
    """The status and kind labels, translated once per build; the days written and the texts
    folded so far (a few hundred meeting days recur across tens of thousands of rows)."""

    kinds: dict[OutcomeKind, str]
    statuses: dict[OutcomeStatus, str]
    overdue: str
    folded: dict[str, str]
    days: dict[date, str]

    def day(self, value: date | None) -> str:
        """``value`` as the interface writes a day (``2026-11-28``, ``2026年11月28日``)."""
        if value is None:
            return ""
        found = self.days.get(value)
        if found is None:
            found = self.days[value] = date_text(value)
        return found


def _line(row: FollowUpRow, labels: _Labels) -> FollowUpLine:
    cells = (
        labels.day(row.due_date),
        labels.overdue if row.overdue else labels.statuses.get(row.status, row.status.value),
        labels.kinds.get(row.kind, row.kind.value),
        row.text,
        _owner(row),
        labels.day(row.meeting_date),
        row.meeting_theme,
        ", ".join(row.guest_countries),
        labels.day(row.closed_on),
        row.status_note or "",
    )
    folded = [_fold(text, labels.folded) for text in cells]
    search = " ".join(folded)
    folded[DUE] = row.due_date or date.max  # days sort as days, undated last
    folded[MEETING_DATE] = row.meeting_date
    folded[CLOSED] = row.closed_on or date.max
    return FollowUpLine.of(row, cells, folded, search)


def build_lines(rows: Iterable[FollowUpRow]) -> list[FollowUpLine]:
    """The lines of ``rows``, in their order. Runs on the task runner."""
    labels = _Labels(
        kinds={kind: _translated(text) for kind, text in KIND_LABELS.items()},
        statuses={status: _translated(text) for status, text in STATUS_LABELS.items()},
        overdue=_translated(OVERDUE_LABEL),
        folded={},
        days={},
    )
    return [_line(row, labels) for row in rows]


def _column(number: int) -> Column[FollowUpLine]:
    text = itemgetter(_CELLS + number)
    tip = (lambda line: text(line) or None) if number in _TIP_COLUMNS else None
    return Column(_HEADERS[number], text, sort_key=itemgetter(_KEYS + number), tooltip=tip)


COLUMNS: tuple[Column[FollowUpLine], ...] = tuple(_column(n) for n in range(len(_HEADERS)))


def _foreground(line: FollowUpLine) -> QBrush | None:
    if line.row.overdue:
        return OVERDUE_FOREGROUND
    return CLOSED_FOREGROUND if line.row.closed_on is not None else None


ROW_STYLE: RowStyle[FollowUpLine] = RowStyle(
    foreground=_foreground,
    background=lambda line: OVERDUE_BACKGROUND if line.row.overdue else None,
)


def follow_up_model(parent: QObject | None = None) -> RowTableModel[FollowUpLine]:
    """An empty list of follow-ups; ``set_rows(build_lines(...))`` fills it."""
    return RowTableModel(
        COLUMNS,
        key=lambda line: line.row.id,
        search_text=lambda line: line.search,
        style=ROW_STYLE,
        context=CONTEXT,
        parent=parent,
    )
