"""The Follow-ups page's filter row: owner, country, status, a due range, overdue only, and the
search box. It describes a ``FollowUpFilter``; the page turns that into the list proxy's
predicate, and the typed words into its text filter."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from scoda_desktop.domain.enums import OutcomeStatus
from scoda_desktop.ui.display import CHINESE_DATE_FORMAT
from scoda_desktop.ui.translations import CHINESE, QT_TRANSLATE_NOOP, interface_language

if TYPE_CHECKING:
    from scoda_desktop.services.followups import FollowUpFilter

__all__ = ["FollowUpFilterBar", "date_edit_format"]

STATUS_CHOICES: tuple[tuple[str, tuple[OutcomeStatus, ...] | None], ...] = (
    (QT_TRANSLATE_NOOP("FollowUpFilterBar", "Any status"), None),
    (QT_TRANSLATE_NOOP("FollowUpFilterBar", "Open"), (OutcomeStatus.OPEN,)),
    (QT_TRANSLATE_NOOP("FollowUpFilterBar", "Done"), (OutcomeStatus.DONE,)),
    (QT_TRANSLATE_NOOP("FollowUpFilterBar", "Dropped"), (OutcomeStatus.DROPPED,)),
    (
        QT_TRANSLATE_NOOP("FollowUpFilterBar", "Done or dropped"),
        (OutcomeStatus.DONE, OutcomeStatus.DROPPED),
    ),
)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_edit_format() -> str:
    """How a date field writes its day in the interface's language, as ``display.date_text``
    does: 2026-11-28, 2026年11月28日."""
    if interface_language() == CHINESE:
        return CHINESE_DATE_FORMAT
    return "yyyy-MM-dd"


class FollowUpFilterBar(QWidget):
    changed = Signal()  # a filter other than the search text changed
    search_changed = Signal(str)  # the typed text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner_combo = QComboBox(objectName="ownerFilter")
        self.owner_combo.addItem(self.tr("Any owner"), None)
        self.country_combo = QComboBox(objectName="countryFilter")
        self.country_combo.addItem(self.tr("Any country"), None)
        self.status_combo = QComboBox(objectName="statusFilter")
        for label, statuses in STATUS_CHOICES:
            self.status_combo.addItem(
                QCoreApplication.translate("FollowUpFilterBar", label), statuses
            )
        self.due_check = QCheckBox(self.tr("Due from"), objectName="dueRangeCheck")
        self.due_from = QDateEdit(objectName="dueFrom", calendarPopup=True)
        self.due_to = QDateEdit(objectName="dueTo", calendarPopup=True)
        today = date.today()
        self.due_from.setDate(_qdate(today.replace(day=1)))
        self.due_to.setDate(_qdate(today))
        for edit in (self.due_from, self.due_to):
            edit.setDisplayFormat(date_edit_format())
            edit.setEnabled(False)
            edit.dateChanged.connect(self._on_due_changed)
        self.due_check.toggled.connect(self.due_from.setEnabled)
        self.due_check.toggled.connect(self.due_to.setEnabled)
        self.overdue_check = QCheckBox(self.tr("Overdue only"), objectName="overdueOnly")
        self.search_edit = QLineEdit(objectName="followUpSearch")
        self.search_edit.setPlaceholderText(self.tr("Search…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.search_changed)

        for combo in (self.owner_combo, self.country_combo, self.status_combo):
            combo.currentIndexChanged.connect(self.changed)
        self.due_check.toggled.connect(self.changed)
        self.overdue_check.toggled.connect(self.changed)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.owner_combo, self.country_combo, self.status_combo, self.due_check):
            row.addWidget(widget)
        row.addWidget(self.due_from)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.due_to)
        row.addWidget(self.overdue_check)
        row.addWidget(self.search_edit, 1)

    def criteria(self) -> FollowUpFilter:
        """The filter the widgets describe."""
        from scoda_desktop.services.followups import FollowUpFilter

        ranged = self.due_check.isChecked()
        return FollowUpFilter(
            owner_id=self.owner_combo.currentData(),
            country=self.country_combo.currentData(),
            statuses=self.status_combo.currentData(),
            due_from=self.due_from.date().toPython() if ranged else None,
            due_to=self.due_to.date().toPython() if ranged else None,
            overdue_only=self.overdue_check.isChecked(),
        )

    def range_is_backwards(self) -> bool:
        return self.due_check.isChecked() and self.due_to.date() < self.due_from.date()

    def set_choices(self, owners: list[tuple[int, str]], countries: list[tuple[str, str]]) -> None:
        """Refill the owner and country choices, keeping the ones chosen if still offered
        (else "Any"), without announcing a change."""
        _refill(self.owner_combo, owners)
        _refill(self.country_combo, countries)

    def _on_due_changed(self) -> None:
        if self.due_check.isChecked():
            self.changed.emit()


def _refill(combo: QComboBox, choices: list[tuple[Any, str]]) -> None:
    chosen = combo.currentData()
    combo.blockSignals(True)
    try:
        while combo.count() > 1:
            combo.removeItem(1)
        for value, label in choices:
            combo.addItem(label, value)
        found = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(found, 0))
    finally:
        combo.blockSignals(False)
