"""The person dialog: a new person, or one from the directory, every field of ``PersonRecord``.

As the user types, the record is checked at once with the rules the service applies (a pure
function over the countries already read) and, a moment after the last change, by
``service.check_person`` on the task runner, which reads the database's references. Each problem
appears under its field, the tab holding it is marked, and Save is disabled with the reason
beside it. For a new person, and whenever a name changes, ``service.possible_duplicates`` is
asked (off the GUI thread too): who the person resembles is shown with why, "Open that person"
and "Save anyway"; it never blocks saving. Saving, a stale save and closing with unsaved
changes are ``RecordDialog``'s.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QStyle, QWidget

from scoda_desktop.domain.naming import first_reference, salutation, second_reference
from scoda_desktop.services.directory.records import PersonRecord
from scoda_desktop.services.directory.validation import (
    References,
    cleaned_person,
    validate_person_record,
)
from scoda_desktop.services.meeting_drafts import Problem
from scoda_desktop.ui.directory.person_duplicates import DuplicateWarning
from scoda_desktop.ui.directory.person_form import NAME_TAB, TAB_OF_FIELD, PersonForm
from scoda_desktop.ui.directory.record_dialog import RecordDialog
from scoda_desktop.ui.directory.tasks import FailureReporter, submit_for
from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from scoda_desktop.services.directory import DirectoryService, SavedRecord
    from scoda_desktop.services.directory.duplicates import Match
    from scoda_desktop.services.directory.listing import CountryRow

__all__ = ["PersonDialog"]

log = logging.getLogger(__name__)

DEFAULT_SIZE = (900, 640)
# The fields that make one person look like another: a change asks for duplicates again.
NAME_FIELDS = (
    "family_name",
    "given_name",
    "name_order",
    "first_reference",
    "name_zh",
    "alternative_spellings",
    "country_code",
)


class PersonDialog(RecordDialog):
    """Edit ``record`` (None: a new person). ``saved`` carries the ``SavedRecord``;
    ``open_person`` asks the page to show someone the duplicate warning named."""

    open_person = Signal(int)
    duplicates_checked = Signal(int)  # how many people the person may be (after each look)

    def __init__(
        self,
        runner: TaskRunner,
        service: DirectoryService,
        report_failure: FailureReporter,
        record: PersonRecord | None = None,
        *,
        organisation_ids: Iterable[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, service, report_failure, parent)
        self.setObjectName("personDialog")
        self._organisation_ids = tuple(organisation_ids)
        self._record = record or PersonRecord(family_name="")
        self._countries: frozenset[str] | None = None  # codes, once read
        self._duplicates_asked = 0
        self._duplicates_for: tuple[Any, ...] | None = None
        self.resize(*DEFAULT_SIZE)

        self.form = PersonForm(runner)
        self.duplicates = DuplicateWarning()
        self.duplicates.open_person.connect(self._open_duplicate)
        self.duplicates.save_anyway.connect(self.save)
        self.save_button.setObjectName("savePerson")
        self.save_status.setObjectName("personSaveStatus")
        self.add_body_widget(self.form, grows=True)
        self.add_body_widget(self.duplicates)
        self.watch_problems(self.form.all_problem_labels())
        self.form.changed.connect(self.changed)

        self.start(self._record)
        self.read_choices(
            self._service.countries,
            self._offer_countries,
            failed_title=self.tr("Cannot read the countries"),
        )
        self.form.family_name.setFocus()

    # -- the record ------------------------------------------------------------------------

    def load(self, record: PersonRecord) -> None:
        self._record = record
        self.setWindowTitle(
            self.tr("New person")
            if record.id is None
            else self.tr("Edit person: {name}").format(name=record.name_en)
        )
        self.form.load(record)
        self._duplicates_for = None if record.id is None else self._name_key(self.record())
        self.duplicates.show_matches([])

    def record(self) -> PersonRecord:
        """The person as the form shows it now (the id and version of the record read)."""
        return replace(self._record, **self.form.values())

    @staticmethod
    def _name_key(record: PersonRecord) -> tuple[Any, ...]:
        return tuple(
            tuple(value) if isinstance(value, list) else value
            for value in (getattr(record, name) for name in NAME_FIELDS)
        )

    def stale_title(self) -> str:
        return self.tr("The person was changed elsewhere")

    def save_failed_title(self) -> str:
        return self.tr("Cannot save the person")

    # -- checking --------------------------------------------------------------------------

    def changed(self, *args: object) -> None:
        self.form.update_preview(self._preview_text(self.record()))
        super().changed(*args)

    def local_problems(self, record: PersonRecord) -> list[Problem]:
        """The service's rules over the countries read, and a country typed that is not in
        the list."""
        known = self._countries
        if known is None:  # not read yet: the service's check will say
            known = frozenset({record.country_code} if record.country_code else ())
        problems = validate_person_record(cleaned_person(record), References(countries=known))
        if self.form.country_unknown():
            problems.append(
                Problem(
                    "country_code",
                    self.tr(
                        "“{text}” is not in the list of countries: type part of the country's "
                        "name (in English or Chinese) or its code, and pick it from the list."
                    ).format(text=self.form.country.currentText().strip()),
                )
            )
        return problems

    def checker(self) -> Callable[[PersonRecord], list[Problem]]:
        return self._service.check_person

    def checking(self, record: PersonRecord) -> None:
        """Look for people the person may be, when a name changed."""
        key = self._name_key(record)
        if not record.family_name.strip():
            self.duplicates.show_matches([])
            return
        if key == self._duplicates_for:
            return
        self._duplicates_for = key
        self._duplicates_asked += 1
        asked, service = self._duplicates_asked, self._service
        organisations = self._organisation_ids
        submit_for(
            self,
            self._runner,
            lambda: service.possible_duplicates(record, organisations),
            lambda matches: self._on_duplicates(asked, matches),
            lambda exc, _details: log.warning("could not look for duplicates: %s", exc),
            name="possible duplicates",
        )

    def _on_duplicates(self, asked: int, matches: list[Match]) -> None:
        if self._closed or asked != self._duplicates_asked:
            return
        self.duplicates.show_matches(matches)
        self.duplicates_checked.emit(len(matches))

    def problems_shown(self, problems: list[Problem]) -> None:
        """Mark the tabs holding a problem; Save anyway saves when Save would."""
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        marked = {TAB_OF_FIELD.get(p.field, NAME_TAB) for p in problems}
        for tab in range(self.form.tabs.count()):
            self.form.tabs.setTabIcon(tab, icon if tab in marked else QIcon())
        self.duplicates.save_anyway_button.setEnabled(not problems and not self.saving)

    def _offer_countries(self, rows: list[CountryRow]) -> None:
        self._countries = frozenset(row.code for row in rows)
        self.form.set_countries(rows)

    # -- saving and closing ----------------------------------------------------------------

    def saver(self) -> Callable[[PersonRecord], SavedRecord]:
        return self._service.save_person

    def saved_reader(self) -> Callable[[], PersonRecord]:
        service, person_id = self._service, self._record.id
        if person_id is None:
            raise ValueError("a new person has no saved version")
        return lambda: service.person(person_id).record

    def _open_duplicate(self, person_id: int) -> None:
        """Show the person the warning named, leaving this form (asking if it holds input)."""
        if self.has_changes() and not self.ask_discard(
            self, self.tr("Open that person and discard what you typed here?")
        ):
            return
        self.open_person.emit(person_id)
        self.done(QDialog.DialogCode.Rejected)

    def done(self, result: int) -> None:
        self.form.close_form()
        super().done(result)

    def _preview_text(self, record: PersonRecord) -> str:
        """How the name will read: first and second reference, salutation."""
        if not record.family_name.strip():
            return ""
        first = first_reference(
            record.family_name, record.given_name, record.name_order, record.first_reference
        )
        second = second_reference(record.family_name, record.second_reference)
        greeting = salutation(first, record.honorific, record.salutation)
        return self.tr("Reads as: {first} · then {second} · addressed as {greeting}").format(
            first=first, second=second, greeting=greeting
        )
