"""The follow-up list's model: plain ``FollowUpRow`` values (read by ``services.followups``), one
per row, with a sort key per cell on ``SORT_ROLE`` and overdue rows coloured."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from scoda_desktop.domain.enums import OutcomeKind, OutcomeStatus

if TYPE_CHECKING:
    from scoda_desktop.services.followups import FollowUpRow

__all__ = ["COLUMNS", "ROW_ROLE", "SORT_ROLE", "FollowUpTableModel"]

_Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

(DUE, STATUS, KIND, TEXT, OWNER, MEETING_DATE, MEETING, COUNTRIES, CLOSED, NOTE) = range(10)
COLUMNS = (
    "Due",
    "Status",
    "Kind",
    "Follow-up",
    "Owner",
    "Meeting day",
    "Meeting",
    "Countries",
    "Closed",
    "Note",
)

KIND_LABELS = {
    OutcomeKind.FOLLOW_UP: "Follow-up",
    OutcomeKind.AGREEMENT: "Agreement",
    OutcomeKind.MOU: "MoU",
}
STATUS_LABELS = {
    OutcomeStatus.OPEN: "Open",
    OutcomeStatus.DONE: "Done",
    OutcomeStatus.DROPPED: "Dropped",
}

OVERDUE_BACKGROUND = QColor("#fbe3e1")
OVERDUE_FOREGROUND = QColor("#8a1c12")
CLOSED_FOREGROUND = QColor("#6b6b6b")


def _day(value: date | None) -> str:
    return "" if value is None else value.isoformat()


def _owner(row: FollowUpRow) -> str:
    if row.owner_name and row.owner_name_zh:
        return f"{row.owner_name} ({row.owner_name_zh})"
    return row.owner_name or row.owner_name_zh or ""


def _countries(row: FollowUpRow) -> str:
    return ", ".join(row.guest_countries)


def _display(row: FollowUpRow, column: int) -> str:
    if column == DUE:
        return _day(row.due_date)
    if column == STATUS:
        return "Overdue" if row.overdue else STATUS_LABELS.get(row.status, row.status.value)
    if column == KIND:
        return KIND_LABELS.get(row.kind, row.kind.value)
    if column == TEXT:
        return row.text
    if column == OWNER:
        return _owner(row)
    if column == MEETING_DATE:
        return _day(row.meeting_date)
    if column == MEETING:
        return row.meeting_theme
    if column == COUNTRIES:
        return _countries(row)
    if column == CLOSED:
        return _day(row.closed_on)
    return row.status_note or ""


def _sort_key(row: FollowUpRow, column: int) -> Any:
    """Days sort as days with empty ones last; texts case-blind."""
    if column in (DUE, MEETING_DATE, CLOSED):
        value = {DUE: row.due_date, MEETING_DATE: row.meeting_date, CLOSED: row.closed_on}[column]
        return "9999-12-31" if value is None else value.isoformat()
    return _display(row, column).casefold()


class FollowUpTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FollowUpRow] = []

    def set_rows(self, rows: Sequence[FollowUpRow]) -> None:
        """Replace every row (the one reset the model has)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> FollowUpRow:
        return self._rows[row]

    def rows(self) -> list[FollowUpRow]:
        return list(self._rows)

    def row_of(self, outcome_id: int) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.id == outcome_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column)
        if role == SORT_ROLE:
            return _sort_key(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (TEXT, NOTE, MEETING):
                return _display(row, column) or None
            return None
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.overdue:
                return QBrush(OVERDUE_FOREGROUND)
            if row.closed_on is not None:
                return QBrush(CLOSED_FOREGROUND)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section] if 0 <= section < len(COLUMNS) else None
        return section + 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
