"""The directory: People, Organisations and Countries pages, their dialogs (a person, a post, an
organisation, a country's facts), the duplicate warning, merging two people, and CSV/vCard
import (with a preview) and export. Everything they read or write goes through
``services.directory.DirectoryService`` on the task runner.

The window builds each page on first use (``ui.pages``) through the three functions below,
which wire a page to the window: a link to a person, an organisation or a country brings that
record forward on its own page; a counterpart's history opens in its own window."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scoda_desktop.ui.directory import export_actions, merge_dialog
from scoda_desktop.ui.directory.countries_page import CountriesPage
from scoda_desktop.ui.directory.import_dialog import import_directory
from scoda_desktop.ui.directory.organisations_page import OrganisationsPage
from scoda_desktop.ui.directory.people_page import PeoplePage

if TYPE_CHECKING:
    from collections.abc import Callable

    from scoda_desktop.ui.directory.list_page import DirectoryPage
    from scoda_desktop.ui.pages import PageContext

__all__ = [
    "CountriesPage",
    "OrganisationsPage",
    "PeoplePage",
    "countries_page",
    "organisations_page",
    "people_page",
]

PEOPLE, ORGANISATIONS, COUNTRIES = "people_page", "organisations_page", "countries_page"


def _history_opener(context: PageContext) -> Callable[[str, int | str], None]:
    """Opens a counterpart's history ("person", id; "organisation", id; "country",
    code) in its own window, as the Follow-ups page does."""
    from scoda_desktop.ui.followups.history_view import HistoryOpener

    opener = HistoryOpener(
        context.runner, context.source, context.report_failure, lambda: None, context.window
    )
    return opener.open


def _wire(page: DirectoryPage, context: PageContext) -> None:
    """Status messages to the window; links to the other directory pages."""
    page.message.connect(context.show_message)
    page.open_person.connect(lambda person_id: context.show_page(PEOPLE).show_person(person_id))
    page.open_organisation.connect(
        lambda organisation_id: context.show_page(ORGANISATIONS).show_organisation(organisation_id)
    )
    page.open_country.connect(lambda code: context.show_page(COUNTRIES).show_country(code))


def people_page(context: PageContext) -> PeoplePage:
    runner, service, report = (
        context.runner,
        context.source.directory_service,
        context.report_failure,
    )
    page: PeoplePage
    history = _history_opener(context)

    def after_merge(result: Any) -> None:
        page.after_merge(result)
        context.reload()

    def after_import(_result: Any) -> None:
        context.reload()

    page = PeoplePage(
        runner,
        service,
        report,
        open_meeting=context.open_meeting,
        open_history=history,
        merge_person=lambda person_id: merge_dialog.merge_person(
            page, runner, service, report, person_id, after_merge
        ),
        import_people=lambda: import_directory(page, runner, service, report, after_import),
        export_people=lambda: export_actions.export_people(
            page, runner, service, report, context.show_message
        ),
    )
    _wire(page, context)
    return page


def organisations_page(context: PageContext) -> OrganisationsPage:
    runner, service, report = (
        context.runner,
        context.source.directory_service,
        context.report_failure,
    )
    page: OrganisationsPage
    history = _history_opener(context)
    page = OrganisationsPage(
        runner,
        service,
        report,
        open_meeting=context.open_meeting,
        open_history=history,
        import_organisations=lambda: import_directory(
            page, runner, service, report, lambda _result: context.reload()
        ),
        export_organisations=lambda: export_actions.export_organisations(
            page, runner, service, report, context.show_message
        ),
    )
    _wire(page, context)
    return page


def countries_page(context: PageContext) -> CountriesPage:
    page: CountriesPage
    history = _history_opener(context)
    page = CountriesPage(
        context.runner,
        context.source.directory_service,
        context.report_failure,
        open_meeting=context.open_meeting,
        open_history=history,
    )
    _wire(page, context)
    return page
