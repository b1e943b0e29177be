"""The meeting's attendees as an editable table model over ``ParticipantDraft`` copies.

The rows stay in order of precedence (``order``: the protocol engine's, through the service):
after a person is added, or a side or role changes, the rows move and persistent indexes
follow them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from scoda_desktop.domain.enums import Attendance, ParticipationRole, Rsvp, Side
from scoda_desktop.services.meeting_drafts import ParticipantDraft
from scoda_desktop.ui.display import ATTENDANCE_LABELS, ROLE_LABELS, RSVP_LABELS, SIDE_LABELS
from scoda_desktop.ui.meeting_editor.clock_text import clock_span_text, local_time_text
from scoda_desktop.ui.translations import QT_TRANSLATE_NOOP

(
    NAME_EN,
    NAME_ZH,
    COUNTRY,
    SIDE,
    ROLE,
    TITLE_EN,
    TITLE_ZH,
    JOIN_ZONE,
    RSVP,
    ATTENDANCE,
    LOCAL_TIME,
) = range(11)

# English sources of the headers and their tooltips, shown translated (context
# "AttendeeTableModel").
HEADERS = {
    NAME_EN: QT_TRANSLATE_NOOP("AttendeeTableModel", "Name"),
    NAME_ZH: QT_TRANSLATE_NOOP("AttendeeTableModel", "Chinese name"),
    COUNTRY: QT_TRANSLATE_NOOP("AttendeeTableModel", "Country"),
    SIDE: QT_TRANSLATE_NOOP("AttendeeTableModel", "Side"),
    ROLE: QT_TRANSLATE_NOOP("AttendeeTableModel", "Role"),
    TITLE_EN: QT_TRANSLATE_NOOP("AttendeeTableModel", "Title (English)"),
    TITLE_ZH: QT_TRANSLATE_NOOP("AttendeeTableModel", "Title (Chinese)"),
    JOIN_ZONE: QT_TRANSLATE_NOOP("AttendeeTableModel", "Joins from"),
    RSVP: QT_TRANSLATE_NOOP("AttendeeTableModel", "Reply"),
    ATTENDANCE: QT_TRANSLATE_NOOP("AttendeeTableModel", "Attendance"),
    LOCAL_TIME: QT_TRANSLATE_NOOP("AttendeeTableModel", "Their time"),
}

HEADER_TIPS = {
    NAME_EN: QT_TRANSLATE_NOOP(
        "AttendeeTableModel", "The name as recorded for this meeting (first-reference form)"
    ),
    TITLE_EN: QT_TRANSLATE_NOOP(
        "AttendeeTableModel",
        "The title as it was at this meeting, copied from the person's post; editable",
    ),
    JOIN_ZONE: QT_TRANSLATE_NOOP(
        "AttendeeTableModel", "The time zone the person joins from; empty: the meeting's own zone"
    ),
    LOCAL_TIME: QT_TRANSLATE_NOOP(
        "AttendeeTableModel",
        "The meeting on the person's own clock, with the date when it is not Qingdao's",
    ),
}

# Column -> the draft's attribute, and the labels of a column holding an enumeration.
FIELDS = {
    NAME_EN: "name_en",
    NAME_ZH: "name_zh",
    COUNTRY: "country",
    SIDE: "side",
    ROLE: "role",
    TITLE_EN: "title_en",
    TITLE_ZH: "title_zh",
    JOIN_ZONE: "join_zone",
    RSVP: "rsvp",
    ATTENDANCE: "attendance",
}
ENUM_LABELS: dict[int, Mapping[Any, str]] = {
    SIDE: SIDE_LABELS,
    ROLE: ROLE_LABELS,
    RSVP: RSVP_LABELS,
    ATTENDANCE: ATTENDANCE_LABELS,
}
ENUM_TYPES: dict[int, type[Enum]] = {
    SIDE: Side,
    ROLE: ParticipationRole,
    RSVP: Rsvp,
    ATTENDANCE: Attendance,
}
READ_ONLY = {COUNTRY, LOCAL_TIME}
ORDER_COLUMNS = {SIDE, ROLE}  # a change here can move the row

PARTICIPANT_ROLE = Qt.ItemDataRole.UserRole  # the ParticipantDraft itself

if TYPE_CHECKING:
    from scoda_desktop.services.timezones import LocalTime

_Index = QModelIndex | QPersistentModelIndex


class _Zoned:
    """A name and a zone, as local_times wants them."""

    __slots__ = ("name", "zone")

    def __init__(self, name: str, zone: str) -> None:
        self.name, self.zone = name, zone


Order = Callable[[list[ParticipantDraft]], list[ParticipantDraft]]


class AttendeeTableModel(QAbstractTableModel):
    changed = Signal()  # any edit, addition or removal

    def __init__(self, order: Order, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ParticipantDraft] = []
        self._order = order
        self._problems: dict[int, str] = {}  # row -> what to fix
        self._span: tuple[datetime, datetime, str] | None = None  # the meeting as typed

    def set_span(self, starts_at: datetime | None, ends_at: datetime | None, zone: str) -> None:
        """The meeting's start and end (aware instants) and zone as the form shows them, for
        the "Their time" column; None while the form holds no valid times."""
        from scoda_desktop.services.timezones import is_zone  # SQLAlchemy: not before the window

        valid = starts_at is not None and ends_at is not None and ends_at > starts_at
        span = (starts_at, ends_at, zone) if valid and is_zone(zone) else None
        if span != self._span:
            self._span = span  # type: ignore[assignment]
            if self._rows:
                self.dataChanged.emit(
                    self.index(0, LOCAL_TIME), self.index(len(self._rows) - 1, LOCAL_TIME)
                )

    def local_time(self, row: int) -> LocalTime | None:
        """The meeting on row ``row``'s clock: their join zone, else the meeting's zone."""
        from scoda_desktop.services.timezones import is_zone, local_times

        if self._span is None:
            return None
        starts_at, ends_at, meeting_zone = self._span
        participant = self._rows[row]
        zone = (
            participant.join_zone
            if participant.join_zone and is_zone(participant.join_zone)
            else meeting_zone
        )
        (local,) = local_times(starts_at, ends_at, [_Zoned(participant.label, zone)])
        return local

    # -- content ---------------------------------------------------------------------------

    def set_participants(self, participants: list[ParticipantDraft]) -> None:
        self.beginResetModel()
        self._rows = self._order([replace(p) for p in participants])
        self.endResetModel()

    def participants(self) -> list[ParticipantDraft]:
        """Copies, in the order shown."""
        return [replace(p) for p in self._rows]

    def participant(self, row: int) -> ParticipantDraft:
        return self._rows[row]

    def row_of(self, person_id: int) -> int | None:
        for row, participant in enumerate(self._rows):
            if participant.person_id == person_id:
                return row
        return None

    def add(self, participant: ParticipantDraft) -> int:
        """Add a person at their place in the order; return the row."""
        rows = self._order([*self._rows, participant])
        position = next(n for n, p in enumerate(rows) if p is participant)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, participant)
        self.endInsertRows()
        self.changed.emit()
        return position

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self.changed.emit()

    def set_problems(self, problems: dict[int, str]) -> None:
        """Mark rows with something to fix (shown as a tooltip and an icon column)."""
        if problems == self._problems:
            return
        self._problems = dict(problems)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(HEADERS) - 1)
            )

    def _reorder(self) -> None:
        ordered = self._order(list(self._rows))
        if all(a is b for a, b in zip(ordered, self._rows, strict=True)):
            return
        self.layoutAboutToBeChanged.emit()
        old_rows = {id(p): n for n, p in enumerate(self._rows)}
        new_rows = {id(p): n for n, p in enumerate(ordered)}
        moves = {old_rows[key]: new_rows[key] for key in old_rows}
        before = self.persistentIndexList()
        after = [
            self.index(moves[index.row()], index.column()) if index.isValid() else index
            for index in before
        ]
        self._rows = ordered
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    # -- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or section not in HEADERS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AttendeeTableModel", HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section in HEADER_TIPS:
            return QCoreApplication.translate("AttendeeTableModel", HEADER_TIPS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemNeverHasChildren
        if index.column() not in READ_ONLY:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        participant = self._rows[index.row()]
        column = index.column()
        if column == LOCAL_TIME:
            return self._local_time_data(index.row(), role)
        value = getattr(participant, FIELDS[column])
        if role == Qt.ItemDataRole.DisplayRole:
            if column in ENUM_LABELS:
                return ENUM_LABELS[column].get(value, "—") if value is not None else "—"
            if column == NAME_EN and not value:
                return participant.directory_name or ""  # no name recorded for the meeting
            return value or ""
        if role == Qt.ItemDataRole.EditRole:
            if column in ENUM_LABELS:
                return None if value is None else value.value
            return value or ""
        if role == Qt.ItemDataRole.ToolTipRole:
            problem = self._problems.get(index.row())
            if problem:
                return problem
            if column in (TITLE_EN, TITLE_ZH, NAME_EN) and value:
                return str(value)
            if column == JOIN_ZONE and not value:
                return self.tr("Joins from the meeting's own time zone")
            return None
        if role == PARTICIPANT_ROLE:
            return participant
        return None

    def _local_time_data(self, row: int, role: int) -> Any:
        local = self.local_time(row)
        if local is None:
            return "—" if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return clock_span_text(local.starts, local.ends, with_date=local.date_differs)
        if role == Qt.ItemDataRole.ToolTipRole:
            return local_time_text(local)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = index.column()
        if column in READ_ONLY or not 0 <= index.row() < len(self._rows):
            return False
        if column in ENUM_TYPES:
            try:
                new = None if value in (None, "") else ENUM_TYPES[column](value)
            except ValueError:
                return False
            if new is None and column != ATTENDANCE:
                return False
        else:
            new = (str(value).strip() or None) if value is not None else None
        participant = self._rows[index.row()]
        if getattr(participant, FIELDS[column]) == new:
            return True
        setattr(participant, FIELDS[column], new)
        self.dataChanged.emit(index, index)
        if column in ORDER_COLUMNS:
            self._reorder()
        self.changed.emit()
        return True
