"""The Countries page: every country with its SCO status, Belt and Road flag, how many
organisations and people the directory has there and the last contact; by default only the
countries in use (with an organisation or a person). Beside the list, the selected country's
time zones, organisations, people and meetings. Edit Country Facts and History.

Reads and writes run on the task runner; the form (``country_dialog``) is imported when it is
first opened, since it brings the data layer with it."""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QWidget

from scoda_desktop.domain.office import office_today
from scoda_desktop.ui.directory.country_detail import SCO_ORDER, country_html, sco_label
from scoda_desktop.ui.directory.list_page import DirectoryPage
from scoda_desktop.ui.directory.list_parts import set_column_widths
from scoda_desktop.ui.directory.tasks import FailureReporter, ServiceFactory
from scoda_desktop.ui.display import date_text
from scoda_desktop.ui.row_table import Column
from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from scoda_desktop.services.directory import (
        CountryDetail,
        CountryRow,
        DirectoryService,
        SavedRecord,
    )
    from scoda_desktop.ui.directory.country_dialog import CountryDialog

__all__ = ["CountriesPage"]

log = logging.getLogger(__name__)

CONTEXT = "CountriesPage"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignCenter
YES = QT_TRANSLATE_NOOP("CountriesPage", "Yes")


def _yes(flag: bool) -> str:
    return QCoreApplication.translate(CONTEXT, YES) if flag else ""


def _last_contact(row: CountryRow) -> str:
    day = row.last_contact_day
    return date_text(day) if day else ""


COLUMNS: tuple[Column[CountryRow], ...] = (
    Column(QT_TRANSLATE_NOOP("CountriesPage", "Name"), lambda r: r.name_en),
    Column(QT_TRANSLATE_NOOP("CountriesPage", "Chinese name"), lambda r: r.name_zh or ""),
    Column(QT_TRANSLATE_NOOP("CountriesPage", "Code"), lambda r: r.code, alignment=_CENTRE),
    Column(
        QT_TRANSLATE_NOOP("CountriesPage", "SCO status"),
        lambda r: sco_label(r.sco_status),
        sort_key=lambda r: SCO_ORDER.get(r.sco_status, len(SCO_ORDER)),
    ),
    Column(
        QT_TRANSLATE_NOOP("CountriesPage", "Belt and Road"),
        lambda r: _yes(r.belt_and_road),
        sort_key=lambda r: not r.belt_and_road,
        alignment=_CENTRE,
        header_tip=QT_TRANSLATE_NOOP(
            "CountriesPage", "Has signed Belt and Road cooperation documents"
        ),
    ),
    Column(
        QT_TRANSLATE_NOOP("CountriesPage", "Organisations"),
        lambda r: str(r.organisations),
        sort_key=lambda r: r.organisations,
        alignment=_RIGHT,
    ),
    Column(
        QT_TRANSLATE_NOOP("CountriesPage", "People"),
        lambda r: str(r.people),
        sort_key=lambda r: r.people,
        alignment=_RIGHT,
    ),
    Column(
        QT_TRANSLATE_NOOP("CountriesPage", "Last contact"),
        _last_contact,
        sort_key=lambda r: r.last_contact_day or date.min,
        header_tip=QT_TRANSLATE_NOOP(
            "CountriesPage", "The day of the latest meeting with someone from the country"
        ),
    ),
)
NAME = 0
COLUMN_WIDTHS = (200, 130, 50, 120, 100, 100, 60, 120)


def _now() -> datetime:
    return datetime.now(UTC)


class CountriesPage(DirectoryPage):
    def __init__(
        self,
        runner: TaskRunner,
        service: ServiceFactory,
        report_failure: FailureReporter,
        *,
        open_meeting: Callable[[int], None],
        open_history: Callable[[str, int | str], None],
        clock: Callable[[], datetime] = _now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            runner,
            service,
            report_failure,
            record_kind="country",
            columns=COLUMNS,
            key=lambda row: row.code,
            context=CONTEXT,
            open_meeting=open_meeting,
            open_history=open_history,
            parent=parent,
        )
        self.setObjectName("countriesPage")
        self._clock = clock
        self._in_use_decided = False  # the first read decides whether the check starts on

        self.filter_edit.setPlaceholderText(
            self.tr("Filter by name in English or Chinese, or ISO code (Ctrl+F)")
        )
        self.in_use_check = QCheckBox(self.tr("&Only countries in use"), objectName="inUseOnly")
        self.in_use_check.setToolTip(
            self.tr("Only the countries with an organisation or a person in the directory")
        )
        self.in_use_check.setChecked(True)
        self.in_use_check.toggled.connect(self._on_in_use_toggled)
        self.filter_row.addWidget(self.in_use_check)
        self.table.setObjectName("countryTable")
        self.detail.setObjectName("countryDetail")
        self.count_label.setObjectName("countryCount")
        set_column_widths(self.table, COLUMN_WIDTHS, stretch=NAME)

        self.edit_button = self.commands.add_button(
            self.tr("&Edit Country Facts…"),
            self.edit_selected,
            name="editCountry",
            tip=self.tr(
                "Edit the SCO status, Belt and Road, demonym and notes (Enter or double-click)"
            ),
        )
        self.history_button = self.commands.add_button(
            self.tr("&History…"),
            self.show_history,
            name="countryHistory",
            tip=self.tr("Every meeting with someone from this country, and what came of it"),
        )
        self.update_buttons()

    # -- what the page says ----------------------------------------------------------------

    def list_reader(self) -> Callable[[DirectoryService], tuple[bool, list[CountryRow]]]:
        """Reads (in use only?, rows). On the first read of the in-use list, an empty answer
        (a new database) reads every country instead, and the check goes off."""
        in_use, first = self.in_use_check.isChecked(), not self._in_use_decided

        def read(service: DirectoryService) -> tuple[bool, list[CountryRow]]:
            rows = service.countries(in_use_only=in_use)
            if in_use and first and not rows:
                return False, service.countries()
            return in_use, rows

        return read

    def rows_of(self, result: tuple[bool, list[CountryRow]]) -> list[CountryRow]:
        in_use, rows = result
        self._in_use_decided = True
        if in_use != self.in_use_check.isChecked():
            self.in_use_check.blockSignals(True)
            self.in_use_check.setChecked(in_use)
            self.in_use_check.blockSignals(False)
        return rows

    def not_listed(self, key: Hashable) -> bool:
        """A country asked for that is not in use: list every country and select it then."""
        if not self.in_use_check.isChecked():
            return False
        self._select_after_load = key
        self.in_use_check.setChecked(False)
        return True

    def detail_reader(self, key: Any) -> Callable[[DirectoryService], CountryDetail]:
        return lambda service: service.country(str(key))

    def detail_html(self, detail: CountryDetail) -> str:
        now = self._clock()
        return country_html(detail, now, office_today(now))

    def count_text(self, shown: int, total: int) -> str:
        if self.in_use_check.isChecked():
            if shown == total:
                return self.tr("%n country(-ies) in use", "", total)
            return self.tr("{shown} of %n country(-ies) in use", "", total).format(shown=shown)
        if shown == total:
            return self.tr("%n country(-ies)", "", total)
        return self.tr("{shown} of %n country(-ies)", "", total).format(shown=shown)

    def empty_text(self) -> str:
        return self.tr(
            "The database lists no countries: its reference data is missing. Open the database "
            "again, or ask whoever manages it to restore it."
        )

    def nothing_selected_text(self) -> str:
        return self.tr("Select a country to see its time zones, organisations and meetings.")

    def load_failed_title(self) -> str:
        return self.tr("Cannot read the countries")

    def activate(self, row: CountryRow) -> None:
        self.edit_country(row.code)

    def update_buttons(self) -> None:
        selected = self.selected_row() is not None
        self.edit_button.setEnabled(selected and not self.forms.opening)
        self.history_button.setEnabled(selected)

    def _on_in_use_toggled(self, _checked: bool) -> None:
        self.refresh()

    # -- commands --------------------------------------------------------------------------

    def show_country(self, code: str) -> None:
        """Select the country (listing every country if it is not in use)."""
        self.show_record(code.upper())

    def show_record(self, key: Hashable) -> None:
        if self.loaded_once and self.model.row_of(key) is None and self.not_listed(key):
            return
        self.select_key(key)

    def selected_code(self) -> str | None:
        return self.selected_key()

    def edit_selected(self) -> None:
        code = self.selected_code()
        if code is not None:
            self.edit_country(code)

    def edit_country(self, code: str) -> None:
        """Read the country's facts as saved now off the GUI thread, then open the form."""
        clock = self._clock

        def build(service: DirectoryService, detail: CountryDetail) -> CountryDialog:
            from scoda_desktop.ui.directory.country_dialog import CountryDialog

            dialog = CountryDialog(
                self._runner,
                service,
                self._report_failure,
                record=detail.record,
                name_en=detail.name_en,
                today=lambda: office_today(clock()),
                parent=self,
            )
            dialog.saved.connect(self._on_saved)
            return dialog

        self.forms.read_and_show(
            lambda service: service.country(code),
            build,
            failed_title=self.tr("Cannot open the country"),
        )

    def _on_saved(self, saved: SavedRecord) -> None:
        text = self.tr("Saved the facts about {code}.").format(code=saved.label)
        self.select_after_refresh(saved.id, text)
