"""Narrowing the meeting list: words typed, status, kind, guest country and a date range.

``MeetingFilter`` holds the criteria; ``MeetingFilterProxy`` shows the rows that meet them (the
words against each row's search text, folded once when the rows arrive); ``MeetingFilterBar``
is the row of widgets above the list that sets them.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QToolButton, QWidget

from scoda_desktop.domain.enums import MeetingKind, MeetingStatus
from scoda_desktop.domain.office import to_office_time
from scoda_desktop.ui.choice_fields import EnumComboBox, optional_date_edit, optional_date_of
from scoda_desktop.ui.display import KIND_LABELS, STATUS_LABELS
from scoda_desktop.ui.meeting_table_model import MeetingTableModel
from scoda_desktop.ui.row_table import AcceptedRowsProxy

if TYPE_CHECKING:
    from scoda_desktop.services.meetings import MeetingRow

_Index = QModelIndex | QPersistentModelIndex
RECENT_SEARCHES = 32  # word lists whose matching rows are kept (a list of row numbers each)


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


class MeetingFilterProxy(AcceptedRowsProxy):
    """Keeps the rows ``criteria`` accepts, in the order of the source model (which sorts
    itself: ``sort`` is passed down to a ``MeetingTableModel``).

    Built for 20,000 rows and a keystroke at a time: the rows accepted are worked out in one
    pass in Python when the criteria change (``filterAcceptsRow`` only looks the answer up),
    words typed on are looked for only among the rows the shorter words matched, and a change
    re-maps the rows at once (``invalidate``: one layout change) rather than announcing each
    run of rows removed or inserted, which costs the view more than the filtering. Words
    typed before (a backspace) are answered from the last RECENT_SEARCHES searches."""

    SOURCE = MeetingTableModel

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._criteria = MeetingFilter()
        # Recent word lists and the rows whose text holds every word, oldest first, for the
        # row list they index.
        self._recent: OrderedDict[tuple[str, ...], list[int]] = OrderedDict()
        self._recent_rows: list[MeetingRow] | None = None

    @property
    def criteria(self) -> MeetingFilter:
        return self._criteria

    def set_criteria(self, criteria: MeetingFilter) -> None:
        if criteria == self._criteria:
            return
        self._criteria = criteria
        self.refilter()

    def accepted_rows(self, model: MeetingTableModel) -> list[bool]:
        rows = model.rows()
        criteria = self._criteria
        candidates: list[int] | range = range(len(rows))
        words = tuple(criteria.words)
        if words:
            candidates = self._matching_text(model, words)
        if criteria.status is not None:
            candidates = [i for i in candidates if rows[i].status == criteria.status]
        if criteria.kind is not None:
            candidates = [i for i in candidates if rows[i].kind == criteria.kind]
        if criteria.country is not None:
            candidates = [i for i in candidates if criteria.country in rows[i].countries]
        if criteria.date_from is not None or criteria.date_to is not None:
            first, last = criteria.date_from or date.min, criteria.date_to or date.max
            candidates = [
                i for i in candidates if first <= to_office_time(rows[i].starts_at).date() <= last
            ]
        if isinstance(candidates, range):
            return [True] * len(rows)
        accepted = [False] * len(rows)
        for i in candidates:
            accepted[i] = True
        return accepted

    def _matching_text(self, model: MeetingTableModel, words: tuple[str, ...]) -> list[int]:
        """The rows whose folded text holds every word. The answers for the last few word
        lists are kept: a backspace finds its answer there, and when every word of a kept
        list is part of a word now (typing on), only the rows found then can match and only
        the new words need looking for."""
        rows, texts = model.rows(), model.folded_search_texts()
        if self._recent_rows is not rows:
            self._recent.clear()
            self._recent_rows = rows
        recent = self._recent
        if words in recent:
            recent.move_to_end(words)
            return recent[words]
        candidates: list[int] | range = range(len(rows))
        wanted = words
        for earlier in reversed(recent):
            if all(any(old in new for new in words) for old in earlier):
                candidates = recent[earlier]
                wanted = tuple(word for word in words if word not in earlier)
                break
        for word in wanted:
            candidates = [i for i in candidates if word in texts[i]]
        matched = list(candidates)
        recent[words] = matched
        if len(recent) > RECENT_SEARCHES:
            recent.popitem(last=False)
        return matched


class MeetingFilterBar(QWidget):
    """The filter box and the choices beside it; ``changed`` carries the new criteria."""

    changed = Signal(object)  # MeetingFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit(objectName="meetingFilter")
        self.text.setPlaceholderText(self.tr("Filter: theme, names, venue, notes (Ctrl+F)"))
        self.text.setToolTip(
            self.tr(
                "The meetings whose theme, venue, notes or names (in any spelling, or in "
                "Chinese) hold every word typed"
            )
        )
        self.text.setClearButtonEnabled(True)
        self.status = EnumComboBox(STATUS_LABELS, none_label=self.tr("Any status"))
        self.status.setObjectName("statusFilter")
        self.kind = EnumComboBox(KIND_LABELS, none_label=self.tr("Any kind"))
        self.kind.setObjectName("kindFilter")
        self.country = QComboBox(objectName="countryFilter")
        self.country.addItem(self.tr("Any country"), None)
        self.country.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.country.setToolTip(self.tr("Meetings with a guest from this country"))
        self.date_from = optional_date_edit(self.tr("From any date"))
        self.date_from.setObjectName("dateFrom")
        self.date_from.setToolTip(self.tr("Meetings on or after this day (Beijing time)"))
        self.date_to = optional_date_edit(self.tr("To any date"))
        self.date_to.setObjectName("dateTo")
        self.date_to.setToolTip(self.tr("Meetings on or before this day (Beijing time)"))
        self.reset = QToolButton(objectName="resetFilters", text=self.tr("Show all"))
        self.reset.setToolTip(self.tr("Clear the filter and every choice"))
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

    def set_countries(self, countries: list[tuple[str, str]]) -> None:
        """Offer ``countries`` (each its English name, which the rows are filtered by, and the
        name shown), keeping the country chosen if it is still among them."""
        chosen = self.country.currentData()
        self.country.blockSignals(True)
        try:
            self.country.clear()
            self.country.addItem(self.tr("Any country"), None)
            for name, shown in countries:
                self.country.addItem(shown, name)
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
