"""The meeting list as a Qt table model over plain ``MeetingRow`` values.

Headers and tips are English sources marked in the context ``MeetingTableModel`` and shown
translated."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from scoda_desktop.domain.office import OFFICE_TIME_ZONE
from scoda_desktop.ui.display import (
    STATUS_ORDER,
    country_names,
    differs_from_office,
    kind_label,
    office_time_text,
    office_zone_label,
    span_text,
    status_label,
)

if TYPE_CHECKING:  # the services import SQLAlchemy: not before the window shows
    from scoda_desktop.services.meetings import MeetingRow

DATE, THEME, COUNTERPARTS, COUNTRIES, KIND, STATUS, OPEN_FOLLOW_UPS = range(7)

CONTEXT = "MeetingTableModel"
HEADERS = {
    DATE: QT_TRANSLATE_NOOP("MeetingTableModel", "Date and time"),
    THEME: QT_TRANSLATE_NOOP("MeetingTableModel", "Theme"),
    COUNTERPARTS: QT_TRANSLATE_NOOP("MeetingTableModel", "Counterparts"),
    COUNTRIES: QT_TRANSLATE_NOOP("MeetingTableModel", "Countries"),
    KIND: QT_TRANSLATE_NOOP("MeetingTableModel", "Kind"),
    STATUS: QT_TRANSLATE_NOOP("MeetingTableModel", "Status"),
    OPEN_FOLLOW_UPS: QT_TRANSLATE_NOOP("MeetingTableModel", "Follow-ups"),
}

# {zone}: the office's zone by name (Beijing time); {zone_name}: its IANA name.
HEADER_TIPS = {
    DATE: QT_TRANSLATE_NOOP(
        "MeetingTableModel", "When the meeting starts, in {zone} ({zone_name})"
    ),
    OPEN_FOLLOW_UPS: QT_TRANSLATE_NOOP(
        "MeetingTableModel", "Follow-ups, agreements and MoUs from the meeting that are still open"
    ),
}

SORT_ROLE = Qt.ItemDataRole.UserRole  # a key the proxy sorts on: a number or folded text
FILTER_ROLE = Qt.ItemDataRole.UserRole + 1  # every searched field in one string
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the MeetingRow itself

_Index = QModelIndex | QPersistentModelIndex

# The roles ``data`` answers, as plain ints (comparing with the enum members costs more).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_SORT, _FILTER, _ROW = int(SORT_ROLE), int(FILTER_ROLE), int(ROW_ROLE)
_ROLES_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _ALIGNMENT, _SORT, _FILTER, _ROW})
_CENTERED = int(Qt.AlignmentFlag.AlignCenter)
_COLUMNS = len(HEADERS)


class MeetingTableModel(QAbstractTableModel):
    """Read-only. ``set_rows`` replaces the whole list (the list is re-read, never patched).

    The model sorts itself (``sort``, with Python's sort on each row's sort key): a proxy
    sorting 20,000 rows would call ``data`` from C++ for every comparison, some 300,000
    calls. A proxy over it passes ``sort`` down and keeps the model's order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MeetingRow] = []
        self._folded: list[str] | None = []  # each row's search text, case-folded; None: not yet
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    # -- content ---------------------------------------------------------------------------

    def set_rows(self, rows: list[MeetingRow]) -> None:
        """Show ``rows``, in the order of the last ``sort`` if there was one."""
        self.beginResetModel()
        self._rows = list(rows)
        self._folded = None
        if self._sorted_by is not None:
            self._reorder(self._order(*self._sorted_by))
        self.endResetModel()

    def rows(self) -> list[MeetingRow]:
        """The rows in model order (the model's own list: do not change it)."""
        return self._rows

    def folded_search_text(self, row: int) -> str:
        """Everything a filter matches in the row (theme, names in every form, countries,
        venue, notes), case-folded: as ``list_meetings`` folded it, else folded here once."""
        return self.folded_search_texts()[row]

    def folded_search_texts(self) -> list[str]:
        """``folded_search_text`` of every row, in model order."""
        if self._folded is None:
            self._folded = [
                meeting.folded_filter_text or meeting.filter_text().casefold()
                for meeting in self._rows
            ]
        return self._folded

    def row_at(self, row: int) -> MeetingRow:
        return self._rows[row]

    # -- sorting ---------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows by ``column``'s sort key (ties keep their order), keeping
        persistent indexes (the selection) on the same meetings."""
        if column not in HEADERS:
            return
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        new_order = self._order(column, order)
        position = [0] * len(new_order)
        for new, old in enumerate(new_order):
            position[old] = new
        self._reorder(new_order)
        before = self.persistentIndexList()
        after = [self.index(position[i.row()], i.column()) for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _order(self, column: int, order: Qt.SortOrder) -> list[int]:
        keys = [_sort_key(meeting, column) for meeting in self._rows]
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(range(len(keys)), key=keys.__getitem__, reverse=descending)

    def _reorder(self, new_order: list[int]) -> None:
        self._rows = [self._rows[i] for i in new_order]
        if self._folded is not None:
            self._folded = [self._folded[i] for i in new_order]

    def row_of(self, meeting_id: int) -> int | None:
        """The position of a meeting in the model, or None if it is not listed."""
        for position, meeting in enumerate(self._rows):
            if meeting.id == meeting_id:
                return position
        return None

    # -- QAbstractTableModel ---------------------------------------------------------------

    def index(
        self,
        row: int,
        column: int,
        parent: _Index = QModelIndex(),  # noqa: B008
    ) -> QModelIndex:
        # Qt's own asks rowCount and columnCount first: two calls into Python for each cell a
        # view or proxy looks at.
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < _COLUMNS):
            return QModelIndex()
        return self.createIndex(row, column)

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
            return QCoreApplication.translate(CONTEXT, HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section in HEADER_TIPS:
            return QCoreApplication.translate(CONTEXT, HEADER_TIPS[section]).format(
                zone=office_zone_label(), zone_name=OFFICE_TIME_ZONE
            )
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
        # Called for every role of every visible cell at each repaint: most roles a delegate
        # asks for (font, colours, icon, check state) are answered before anything else.
        if role not in _ROLES_ANSWERED:
            return None
        row = index.row()  # -1 for an invalid index
        if not 0 <= row < len(self._rows):
            return None
        meeting = self._rows[row]
        column = index.column()
        if role == _DISPLAY:
            return _display(meeting, column)
        if role == _SORT:
            return _sort_key(meeting, column)
        if role == _TOOLTIP:
            return _tooltip(meeting, column)
        if role == _ALIGNMENT:
            return _CENTERED if column == OPEN_FOLLOW_UPS else None
        if role == _FILTER:
            return meeting.filter_text()
        return meeting  # ROW_ROLE


def _display(meeting: MeetingRow, column: int) -> str | None:
    if column == DATE:
        return office_time_text(meeting.starts_at)
    if column == THEME:
        return meeting.theme
    if column == COUNTERPARTS:
        return ", ".join(meeting.counterparts)
    if column == COUNTRIES:
        return ", ".join(country_names(meeting))
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
        own_text = QCoreApplication.translate(
            "MeetingTableModel", "{span} (the meeting's own time zone)"
        ).format(span=own)
        return f"{office}\n{own_text}"
    if column == THEME:
        themes = [t for t in (meeting.theme_en, meeting.theme_zh) if t]
        return "\n".join(themes) or None
    if column == COUNTERPARTS:
        return "\n".join(meeting.counterparts) or None
    if column == COUNTRIES:
        return "\n".join(country_names(meeting)) or None
    return None
