"""The Organisations page: embassies, committees, chambers and companies, filtered by any of
their names; the selected one's people, parts and meetings beside the list; New, Edit, History,
and (when the window provides them) Import and Export.

Reads and writes run on the task runner; the form (``organisation_dialog``) is imported when it
is first opened, since it brings the data layer with it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QWidget

from scoda_desktop.ui.directory.list_page import DirectoryPage
from scoda_desktop.ui.directory.list_parts import set_column_widths
from scoda_desktop.ui.directory.organisation_detail import kind_label, organisation_html
from scoda_desktop.ui.directory.tasks import FailureReporter, ServiceFactory
from scoda_desktop.ui.row_table import Column
from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from scoda_desktop.services.directory import (
        DirectoryService,
        OrganisationDetail,
        OrganisationRow,
        SavedRecord,
    )
    from scoda_desktop.ui.directory.organisation_dialog import OrganisationDialog

__all__ = ["OrganisationsPage"]

log = logging.getLogger(__name__)

CONTEXT = "OrganisationsPage"
COLUMNS: tuple[Column[OrganisationRow], ...] = (
    Column(QT_TRANSLATE_NOOP("OrganisationsPage", "Name"), lambda r: r.name_en),
    Column(QT_TRANSLATE_NOOP("OrganisationsPage", "Chinese name"), lambda r: r.name_zh or ""),
    Column(QT_TRANSLATE_NOOP("OrganisationsPage", "Short name"), lambda r: r.short_name_en or ""),
    Column(QT_TRANSLATE_NOOP("OrganisationsPage", "Kind"), lambda r: kind_label(r.kind)),
    Column(
        QT_TRANSLATE_NOOP("OrganisationsPage", "Country"),
        lambda r: r.country_en or r.country_code or "",
    ),
    Column(QT_TRANSLATE_NOOP("OrganisationsPage", "Part of"), lambda r: r.parent_en or ""),
    Column(
        QT_TRANSLATE_NOOP("OrganisationsPage", "People"),
        lambda r: str(r.people_count),
        sort_key=lambda r: r.people_count,
        alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        header_tip=QT_TRANSLATE_NOOP(
            "OrganisationsPage", "How many people hold a post there today"
        ),
    ),
)
NAME = 0
COLUMN_WIDTHS = (300, 140, 80, 175, 100, 140, 60)


def _now() -> datetime:
    return datetime.now(UTC)


class OrganisationsPage(DirectoryPage):
    def __init__(
        self,
        runner: TaskRunner,
        service: ServiceFactory,
        report_failure: FailureReporter,
        *,
        open_meeting: Callable[[int], None],
        open_history: Callable[[str, int | str], None],
        import_organisations: Callable[[], Any] | None = None,
        export_organisations: Callable[[], Any] | None = None,
        clock: Callable[[], datetime] = _now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            runner,
            service,
            report_failure,
            record_kind="organisation",
            columns=COLUMNS,
            key=lambda row: row.id,
            context=CONTEXT,
            open_meeting=open_meeting,
            open_history=open_history,
            parent=parent,
        )
        self.setObjectName("organisationsPage")
        self._clock = clock

        self.filter_edit.setPlaceholderText(
            self.tr("Filter by name in English or Chinese, short name or country (Ctrl+F)")
        )
        self.table.setObjectName("organisationTable")
        self.detail.setObjectName("organisationDetail")
        self.count_label.setObjectName("organisationCount")
        set_column_widths(self.table, COLUMN_WIDTHS, stretch=NAME)

        self.new_button = self.commands.add_button(
            self.tr("&New Organisation…"),
            self.new_organisation,
            name="newOrganisation",
            tip=self.tr("Add an organisation to the directory"),
            shortcuts=("Ctrl+Shift+N", "Ins"),
        )
        self.edit_button = self.commands.add_button(
            self.tr("&Edit…"),
            self.edit_selected,
            name="editOrganisation",
            tip=self.tr("Edit the selected organisation (Enter or double-click)"),
        )
        self.history_button = self.commands.add_button(
            self.tr("&History…"),
            self.show_history,
            name="organisationHistory",
            tip=self.tr("Every meeting with this organisation's people, and what came of it"),
        )
        self.import_button = self.export_button = None
        if import_organisations is not None:
            self.import_button = self.commands.add_button(
                self.tr("&Import…"),
                import_organisations,
                name="importOrganisations",
                tip=self.tr("Add or update organisations from a CSV file"),
                trailing=True,
            )
        if export_organisations is not None:
            self.export_button = self.commands.add_button(
                self.tr("E&xport…"),
                export_organisations,
                name="exportOrganisations",
                tip=self.tr("Save every organisation as a CSV file that Excel opens"),
                trailing=True,
            )
        self.update_buttons()

    # -- what the page says ----------------------------------------------------------------

    def list_reader(self) -> Callable[[DirectoryService], list[OrganisationRow]]:
        return lambda service: service.organisations()

    def detail_reader(self, key: Any) -> Callable[[DirectoryService], OrganisationDetail]:
        return lambda service: service.organisation(int(key))

    def detail_html(self, detail: OrganisationDetail) -> str:
        return organisation_html(detail, self._clock())

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("%n organisation(s)", "", total)
        return self.tr("{shown} of %n organisation(s)", "", total).format(shown=shown)

    def empty_text(self) -> str:
        return self.tr(
            "No organisations are recorded yet. Add one with New Organisation… (Ctrl+Shift+N), "
            "or bring a list in with Import…."
        )

    def nothing_selected_text(self) -> str:
        return self.tr("Select an organisation to see its people and meetings.")

    def load_failed_title(self) -> str:
        return self.tr("Cannot read the organisations")

    def activate(self, row: OrganisationRow) -> None:
        self.edit_organisation(row.id)

    def update_buttons(self) -> None:
        selected = self.selected_row() is not None
        self.edit_button.setEnabled(selected and not self.forms.opening)
        self.history_button.setEnabled(selected)
        self.new_button.setEnabled(not self.forms.opening)

    # -- commands --------------------------------------------------------------------------

    def show_organisation(self, organisation_id: int) -> None:
        """Select the organisation (reading the list first if it is not listed yet)."""
        self.show_record(int(organisation_id))

    def selected_id(self) -> int | None:
        return self.selected_key()

    def new_organisation(self) -> None:
        self._open_form(None)

    def edit_selected(self) -> None:
        organisation_id = self.selected_id()
        if organisation_id is not None:
            self.edit_organisation(organisation_id)

    def edit_organisation(self, organisation_id: int) -> None:
        self._open_form(organisation_id)

    def _open_form(self, organisation_id: int | None) -> None:
        """Read the organisation as saved now and the choices the form offers (countries,
        possible parents) off the GUI thread, then open the form."""

        def read(service: DirectoryService) -> tuple[Any, ...]:
            record = service.organisation(organisation_id).record if organisation_id else None
            return record, service.countries(), service.organisations()

        def build(service: DirectoryService, loaded: tuple[Any, ...]) -> OrganisationDialog:
            from scoda_desktop.ui.directory.organisation_dialog import OrganisationDialog

            record, countries, organisations = loaded
            dialog = OrganisationDialog(
                self._runner,
                service,
                self._report_failure,
                record=record,
                countries=countries,
                organisations=organisations,
                parent=self,
            )
            dialog.saved.connect(self._on_saved)
            return dialog

        self.forms.read_and_show(read, build, failed_title=self.tr("Cannot open the organisation"))

    def _on_saved(self, saved: SavedRecord) -> None:
        text = self.tr("Added “{name}”.") if saved.created else self.tr("Saved “{name}”.")
        self.select_after_refresh(saved.id, text.format(name=saved.label))
