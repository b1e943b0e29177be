"""Edit Country Facts: what the office keeps up to date about a country (its names and zones
come from CLDR and the tz database): the demonym, the SCO status and the day it was checked,
Belt and Road, notes. Observer and dialogue-partner lists change at summits, so changing the
status sets the day checked to today (the user may correct it)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from scoda_desktop.domain.enums import ScoStatus
from scoda_desktop.domain.office import office_today
from scoda_desktop.services.directory import CountryRecord, DirectoryService, SavedRecord
from scoda_desktop.services.meeting_drafts import Problem
from scoda_desktop.ui.directory.country_detail import SCO_LABELS, sco_label
from scoda_desktop.ui.directory.form_fields import DateField
from scoda_desktop.ui.directory.record_dialog import RecordDialog
from scoda_desktop.ui.directory.tasks import FailureReporter
from scoda_desktop.ui.display import date_text
from scoda_desktop.ui.meeting_editor.fields import EnumComboBox
from scoda_desktop.ui.workers import TaskRunner

__all__ = ["CountryDialog"]

DIALOG_WIDTH = 560


class CountryDialog(RecordDialog):
    def __init__(
        self,
        runner: TaskRunner,
        service: DirectoryService,
        report_failure: FailureReporter,
        *,
        record: CountryRecord,
        name_en: str,
        today: Callable[[], date] = office_today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, service, report_failure, parent)
        self.setObjectName("countryDialog")
        self.setWindowTitle(self.tr("Edit Country Facts: {name}").format(name=name_en))
        self._original = record
        self._today = today

        self.demonym = QLineEdit(objectName="demonym")
        self.demonym.setPlaceholderText(self.tr("Indonesian, Tajik…"))
        self.sco_status: EnumComboBox[ScoStatus] = EnumComboBox(
            {status: sco_label(status) for status in SCO_LABELS}
        )
        self.sco_status.setObjectName("scoStatus")
        self.checked_on = DateField("scoCheckedOn", self.tr("YYYY-MM-DD, or empty if not recorded"))
        self.checked_on.setToolTip(
            self.tr("The day someone last checked the status against the SCO's own lists")
        )
        self.belt_and_road = QCheckBox(
            self.tr("Has signed Belt and &Road cooperation documents with China"),
            objectName="beltAndRoad",
        )
        self.notes = QPlainTextEdit(objectName="countryNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 5 + 12)

        self.add_field(self.tr("&Demonym:"), self.demonym, "demonym")
        self.add_field(self.tr("&SCO status:"), self.sco_status, "sco_status")
        self.add_field(self.tr("Status &checked on:"), self.checked_on, "sco_checked_on")
        self.add_field(self.tr("Belt and Road:"), self.belt_and_road, "belt_and_road")
        self.add_field(self.tr("&Notes:"), self.notes, "notes")

        self.demonym.textChanged.connect(self.changed)
        self.sco_status.currentIndexChanged.connect(self._on_status_changed)
        self.checked_on.changed.connect(self.changed)
        self.belt_and_road.toggled.connect(self.changed)
        self.notes.textChanged.connect(self.changed)

        self.start(record)
        self.resize(DIALOG_WIDTH, self.sizeHint().height())
        self.sco_status.setFocus()

    def _on_status_changed(self) -> None:
        """A new status was just checked: date it today, unless the user already changed the
        date in this form."""
        if not self._filling and self.checked_on.day() == self._original.sco_checked_on:
            self.checked_on.set_day(self._today())
        self.changed()

    # -- the record ------------------------------------------------------------------------

    def load(self, record: CountryRecord) -> None:
        self._original = record
        self.demonym.setText(record.demonym or "")
        self.sco_status.set_value(record.sco_status)
        self.checked_on.set_day(record.sco_checked_on)
        self.belt_and_road.setChecked(record.belt_and_road)
        self.notes.setPlainText(record.notes or "")

    def record(self) -> CountryRecord:
        return replace(
            self._original,
            demonym=self.demonym.text().strip() or None,
            sco_status=self.sco_status.value() or self._original.sco_status,
            sco_checked_on=self.checked_on.day(),
            belt_and_road=self.belt_and_road.isChecked(),
            notes=self.notes.toPlainText().strip() or None,
        )

    def local_problems(self, record: CountryRecord) -> list[Problem]:
        today = self._today()
        not_a_date = self.checked_on.problem()
        if not_a_date is not None:
            return [Problem("sco_checked_on", not_a_date)]
        if record.sco_checked_on is not None and record.sco_checked_on > today:
            return [
                Problem(
                    "sco_checked_on",
                    self.tr(
                        "The status cannot have been checked after today ({today}): "
                        "correct the date."
                    ).format(today=date_text(today)),
                )
            ]
        return []

    def saver(self) -> Callable[[CountryRecord], SavedRecord]:
        return self._service.save_country

    def saved_reader(self) -> Callable[[], CountryRecord]:
        service, code = self._service, self._original.code
        return lambda: service.country(code).record

    def exists(self) -> bool:
        return True  # every country is in the reference data

    def save_failed_title(self) -> str:
        return self.tr("Cannot save the country's facts")

    def stale_title(self) -> str:
        return self.tr("The country's facts were changed elsewhere")
