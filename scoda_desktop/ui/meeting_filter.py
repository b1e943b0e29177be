"""Narrowing the meeting list: words typed, status, kind, guest country and a date range.

``MeetingFilter`` holds the criteria; ``MeetingFilterProxy`` shows the rows that meet them (the
words against each row's search text, folded once when the rows arrive); ``MeetingFilterBar``
is the row of widgets above the list that sets them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QToolButton, QWidget

from scoda_desktop.domain.enums import MeetingKind, MeetingStatus
from scoda_desktop.domain.office import to_office_time
from scoda_desktop.ui.display import KIND_LABELS, STATUS_LABELS
from scoda_desktop.ui.meeting_editor.fields import (
    EnumComboBox,
    optional_date_edit,
    optional_date_of,
)
from scoda_desktop.ui.meeting_table_model import MeetingTableModel

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class MeetingFilter:
    """What the list shows; None (or empty text) means "any"."""

    text: str = ""
    status: MeetingStatus | None = None
    kind: MeetingKind | None = None
    country: str | None = None  # a guest's country, by English name
    date_from: date | None = None  # the office's calendar day the meeting starts on
    date_to: date | None = None

    @property
    def words(self) -> list[str]:
        return self.text.casefold().split()


class MeetingFilterProxy(QSortFilterProxyModel):
    """Sorts on the model's sort role and keeps the rows ``criteria`` accepts."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._criteria = MeetingFilter()
        self._words: list[str] = []

    @property
    def criteria(self) -> MeetingFilter:
        return self._criteria

    def set_criteria(self, criteria: MeetingFilter) -> None:
        if criteria == self._criteria:
            return
        if hasattr(self, "endFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._criteria, self._words = criteria, criteria.words
            self.endFilterChange()
        else:
            self._criteria, self._words = criteria, criteria.words
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, MeetingTableModel) or source_parent.isValid():
            return True
        criteria = self._criteria
        if self._words:
            text = model.folded_search_text(source_row)
            if not all(word in text for word in self._words):
                return False
        meeting = model.row_at(source_row)
        if criteria.status is not None and meeting.status != criteria.status:
            return False
        if criteria.kind is not None and meeting.kind != criteria.kind:
            return False
        if criteria.country is not None and criteria.country not in meeting.countries:
            return False
        if criteria.date_from is not None or criteria.date_to is not None:
            day = to_office_time(meeting.starts_at).date()
            if criteria.date_from is not None and day < criteria.date_from:
                return False
            if criteria.date_to is not None and day > criteria.date_to:
                return False
        return True


class MeetingFilterBar(QWidget):
    """The filter box and the choices beside it; ``changed`` carries the new criteria."""

    changed = Signal(object)  # MeetingFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit(objectName="meetingFilter")
        self.text.setPlaceholderText(
            "Filter: theme, names in any spelling or Chinese, venue, notes (Ctrl+F)"
        )
        self.text.setClearButtonEnabled(True)
        self.status = EnumComboBox(STATUS_LABELS, none_label="Any status")
        self.status.setObjectName("statusFilter")
        self.kind = EnumComboBox(KIND_LABELS, none_label="Any kind")
        self.kind.setObjectName("kindFilter")
        self.country = QComboBox(objectName="countryFilter")
        self.country.addItem("Any country", None)
        self.country.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.country.setToolTip("Meetings with a guest from this country")
        self.date_from = optional_date_edit("From any date")
        self.date_from.setObjectName("dateFrom")
        self.date_from.setToolTip("Meetings on or after this day (Beijing time)")
        self.date_to = optional_date_edit("To any date")
        self.date_to.setObjectName("dateTo")
        self.date_to.setToolTip("Meetings on or before this day (Beijing time)")
        self.reset = QToolButton(objectName="resetFilters", text="Show all")
        self.reset.setToolTip("Clear the filter and every choice")
        self.reset.clicked.connect(self.clear)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        for widget in (
            self.status,
            self.kind,
            self.country,
            self.date_from,
            self.date_to,
            self.reset,
        ):
            layout.addWidget(widget)

        self.text.textChanged.connect(self._emit)
        for combo in (self.status, self.kind, self.country):
            combo.currentIndexChanged.connect(self._emit)
        self.date_from.dateChanged.connect(self._emit)
        self.date_to.dateChanged.connect(self._emit)
        self._emit()

    def criteria(self) -> MeetingFilter:
        return MeetingFilter(
            text=self.text.text().strip(),
            status=self.status.value(),
            kind=self.kind.value(),
            country=self.country.currentData(),
            date_from=optional_date_of(self.date_from),
            date_to=optional_date_of(self.date_to),
        )

    def set_countries(self, names: list[str]) -> None:
        """Offer ``names``, keeping the country chosen if it is still among them."""
        chosen = self.country.currentData()
        self.country.blockSignals(True)
        try:
            self.country.clear()
            self.country.addItem("Any country", None)
            for name in names:
                self.country.addItem(name, name)
            self.country.setCurrentIndex(max(self.country.findData(chosen), 0))
        finally:
            self.country.blockSignals(False)
        self._emit()

    def clear(self) -> None:
        widgets = (self.text, self.status, self.kind, self.country, self.date_from, self.date_to)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.text.clear()
            for combo in (self.status, self.kind, self.country):
                combo.setCurrentIndex(0)
            for edit in (self.date_from, self.date_to):
                edit.setDate(edit.minimumDate())
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._emit()

    def _emit(self, *_args: object) -> None:
        criteria = self.criteria()
        self.reset.setEnabled(criteria != MeetingFilter())
        self.changed.emit(criteria)
