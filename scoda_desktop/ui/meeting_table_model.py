"""The meeting list as a Qt table model over plain ``MeetingRow`` values."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from scoda_desktop.domain.office import OFFICE_TIME_ZONE
from scoda_desktop.ui.display import (
    OFFICE_ZONE_LABEL,
    STATUS_ORDER,
    differs_from_office,
    kind_label,
    office_time_text,
    span_text,
    status_label,
)

if TYPE_CHECKING:  # the services import SQLAlchemy: not before the window shows
    from scoda_desktop.services.meetings import MeetingRow

DATE, THEME, COUNTERPARTS, COUNTRIES, KIND, STATUS, OPEN_FOLLOW_UPS = range(7)

HEADERS = {
    DATE: "Date & time",
    THEME: "Theme",
    COUNTERPARTS: "Counterparts",
    COUNTRIES: "Countries",
    KIND: "Kind",
    STATUS: "Status",
    OPEN_FOLLOW_UPS: "Follow-ups",
}

HEADER_TIPS = {
    DATE: f"When the meeting starts, in {OFFICE_ZONE_LABEL} ({OFFICE_TIME_ZONE})",
    OPEN_FOLLOW_UPS: "Follow-ups, agreements and MoUs from the meeting that are still open",
}

SORT_ROLE = Qt.ItemDataRole.UserRole  # a key the proxy sorts on: a number or folded text
FILTER_ROLE = Qt.ItemDataRole.UserRole + 1  # every searched field in one string
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the MeetingRow itself

_Index = QModelIndex | QPersistentModelIndex


class MeetingTableModel(QAbstractTableModel):
    """Read-only. ``set_rows`` replaces the whole list (the list is re-read, never patched)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MeetingRow] = []
        self._folded: list[str | None] = []  # each row's search text, case-folded on first use

    # -- content ---------------------------------------------------------------------------

    def set_rows(self, rows: list[MeetingRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._folded = [None] * len(self._rows)
        self.endResetModel()

    def folded_search_text(self, row: int) -> str:
        """Everything a filter matches in the row (theme, names in every form, countries,
        venue, notes), case-folded once."""
        folded = self._folded[row]
        if folded is None:
            folded = self._folded[row] = _filter_text(self._rows[row]).casefold()
        return folded

    def row_at(self, row: int) -> MeetingRow:
        return self._rows[row]

    def row_of(self, meeting_id: int) -> int | None:
        """The position of a meeting in the model, or None if it is not listed."""
        for position, meeting in enumerate(self._rows):
            if meeting.id == meeting_id:
                return position
        return None

    # -- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or section not in HEADERS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return HEADER_TIPS.get(section)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        meeting = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(meeting, column)
        if role == SORT_ROLE:
            return _sort_key(meeting, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(meeting, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == OPEN_FOLLOW_UPS:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == FILTER_ROLE:
            return _filter_text(meeting)
        if role == ROW_ROLE:
            return meeting
        return None


def _display(meeting: MeetingRow, column: int) -> str | None:
    if column == DATE:
        return office_time_text(meeting.starts_at)
    if column == THEME:
        return meeting.theme
    if column == COUNTERPARTS:
        return ", ".join(meeting.counterparts)
    if column == COUNTRIES:
        return ", ".join(meeting.countries)
    if column == KIND:
        return kind_label(meeting.kind)
    if column == STATUS:
        return status_label(meeting.status)
    if column == OPEN_FOLLOW_UPS:
        return str(meeting.open_follow_ups) if meeting.open_follow_ups else ""
    return None


def _sort_key(meeting: MeetingRow, column: int) -> Any:
    if column == DATE:
        # A datetime would reach the proxy as an opaque Python object, which it cannot order.
        return meeting.starts_at.timestamp()
    if column == STATUS:
        return STATUS_ORDER.get(meeting.status, len(STATUS_ORDER))
    if column == OPEN_FOLLOW_UPS:
        return meeting.open_follow_ups
    return (_display(meeting, column) or "").casefold()


def _tooltip(meeting: MeetingRow, column: int) -> str | None:
    if column == DATE:
        office = span_text(meeting.starts_at, meeting.ends_at, OFFICE_TIME_ZONE)
        if not differs_from_office(meeting.time_zone):
            return office
        own = span_text(meeting.starts_at, meeting.ends_at, meeting.time_zone)
        return f"{office}\n{own} (the meeting's own time zone)"
    if column == THEME:
        themes = [t for t in (meeting.theme_en, meeting.theme_zh) if t]
        return "\n".join(themes) or None
    if column == COUNTERPARTS:
        return "\n".join(meeting.counterparts) or None
    if column == COUNTRIES:
        return "\n".join(meeting.countries) or None
    return None


def _filter_text(meeting: MeetingRow) -> str:
    parts = [
        meeting.theme_en,
        meeting.theme_zh or "",
        *meeting.counterparts,
        *meeting.countries,
        meeting.search_text,
    ]
    return "\n".join(parts)
