"""The Countries page on the demo database: what the list says against the reference data, the
"only countries in use" check, the detail pane (zones, last contact, open follow-ups) and its
links, and the Edit Country Facts form."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt

from scoda_desktop import paths
from scoda_desktop.data.database import open_database, resolve_target
from scoda_desktop.domain.enums import ScoStatus
from scoda_desktop.domain.models import Country, Organisation, Person
from scoda_desktop.domain.office import to_office_time
from scoda_desktop.services.directory import DirectoryService
from scoda_desktop.services.history import country_history
from scoda_desktop.ui.directory.countries_page import COLUMNS, CountriesPage
from scoda_desktop.ui.directory.country_detail import beijing_offset_text, sco_label
from scoda_desktop.ui.directory.country_dialog import CountryDialog
from scoda_desktop.ui.directory.detail_html import time_ago
from scoda_desktop.ui.directory.stale_question import StaleChoice, StaleQuestion

from .conftest import TODAY
from .test_people_page import _click_link

NOW = datetime(2026, 11, 28, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
HEADERS = [column.header for column in COLUMNS]


@dataclass
class Opened:
    page: CountriesPage
    meetings: list[int] = field(default_factory=list)
    histories: list[tuple[str, int | str]] = field(default_factory=list)


@pytest.fixture
def make_page(qtbot, runner, report_failure):
    def make(service) -> Opened:
        opened = Opened(page=None)  # type: ignore[arg-type]
        page = CountriesPage(
            runner,
            service,
            report_failure,
            open_meeting=opened.meetings.append,
            open_history=lambda kind, key: opened.histories.append((kind, key)),
            clock=lambda: NOW,
        )
        opened.page = page
        qtbot.addWidget(page)
        page.resize(1300, 700)
        page.show()
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            page.refresh()
        return opened

    return make


@pytest.fixture
def opened(make_page, service_factory) -> Opened:
    return make_page(service_factory)


def _select(qtbot, page: CountriesPage, code: str) -> None:
    with qtbot.waitSignal(page.detail_loaded, timeout=10_000):
        page.show_country(code)


def _cells(page: CountriesPage, code: str) -> dict[str, str]:
    row = page.model.row_of(code)
    assert row is not None, f"{code} is not listed"
    return {header: page.model.index(row, column).data() for column, header in enumerate(HEADERS)}


def _open_form(qtbot, page: CountriesPage, code: str) -> CountryDialog:
    page.edit_country(code)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=10_000)
    dialog = page.dialog
    assert dialog is not None
    dialog.ask_discard = lambda *_args: True  # closing at the end of a test asks nothing
    return dialog  # a child of the page: deleted with it


def _reference_row(code: str) -> dict[str, str]:
    with paths.resource("reference", "countries.csv").open(encoding="utf-8", newline="") as f:
        return next(row for row in csv.DictReader(f) if row["code"] == code)


def _country(database, code: str) -> sa.Row:
    with database.session() as session:
        table = Country.__table__
        return session.execute(sa.select(table).where(table.c.code == code)).one()


# -- the list --------------------------------------------------------------------------------


def test_the_models_pass_the_model_tester(opened, qtmodeltester):
    qtmodeltester.check(opened.page.model)
    opened.page.filter_edit.setText("stan")
    qtmodeltester.check(opened.page.proxy)


def test_indonesia_is_listed_as_the_reference_data_says(opened):
    reference = _reference_row("ID")
    cells = _cells(opened.page, "ID")

    assert cells["Name"] == "Indonesia" and cells["Chinese name"] == "印度尼西亚"
    assert cells["SCO status"] == sco_label(ScoStatus(reference["sco_status"]))
    assert cells["Belt and Road"] == ("Yes" if reference["belt_and_road"] == "yes" else "")
    tajikistan = _reference_row("TJ")
    assert _cells(opened.page, "TJ")["SCO status"] == sco_label(ScoStatus(tajikistan["sco_status"]))


def test_only_the_countries_in_use_are_listed_until_the_check_is_cleared(
    opened, qtbot, demo_database
):
    page = opened.page
    with demo_database.session() as session:
        org_codes = session.execute(sa.select(Organisation.__table__.c.country_code)).scalars()
        person_codes = session.execute(sa.select(Person.__table__.c.country_code)).scalars()
        in_use = {code for code in (*org_codes, *person_codes) if code}
        every = session.execute(sa.select(sa.func.count()).select_from(Country)).scalar()
    assert page.in_use_check.isChecked()
    assert {row.code for row in page.model.rows()} == in_use

    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.in_use_check.setChecked(False)
    assert page.model.rowCount() == every


def test_the_filter_finds_a_country_by_its_chinese_name_and_code(opened):
    page = opened.page
    page.filter_edit.setText("塔吉克")
    assert [row.code for row in page.visible_rows()] == ["TJ"]
    page.filter_edit.setText("np")
    assert [row.code for row in page.visible_rows()] == ["NP"]


def test_a_new_database_lists_every_country(make_page, tmp_path: Path):
    database = open_database(resolve_target(str(tmp_path / "new.sqlite3")))
    try:
        service = DirectoryService(database, actor="tester", today=lambda: TODAY)
        page = make_page(lambda: service).page
        assert not page.in_use_check.isChecked()  # nothing is in use yet
        assert page.model.row_of("ID") is not None and page.model.rowCount() > 200
    finally:
        database.dispose()


# -- the detail ------------------------------------------------------------------------------


def _history(demo_database, service, code: str):
    with demo_database.session() as session:
        return country_history(session, code, now=service.now())


def test_the_last_contact_is_the_countrys_history(opened, qtbot, demo_database, service_factory):
    """The pane's last contact is the country's history's: the day and the meeting it was."""
    history = _history(demo_database, service_factory(), "ID")
    day = history.last_contact
    assert day is not None
    page = opened.page

    _select(qtbot, page, "ID")

    assert page.detail_record.latest_contact.day == day
    assert to_office_time(page.detail_record.last_contact).date() == day
    assert page.selected_row().last_contact_day == day  # the list says the same for Indonesia
    assert _cells(page, "ID")["Last contact"] == day.isoformat()
    expected = f"Last contact\n{day.isoformat()} ({time_ago(day, TODAY)}): "
    assert expected + history.contacts[0].theme_en in page.detail.toPlainText()


def test_every_countrys_open_follow_ups_are_its_historys(
    opened, qtbot, demo_database, service_factory
):
    page = opened.page
    service = service_factory()
    shown = 0
    for row in service.countries(in_use_only=True):
        _select(qtbot, page, row.code)
        history = _history(demo_database, service, row.code)
        rows = page.detail_record.open_follow_ups
        assert [r.id for r in rows] == [r.id for r in history.open_follow_ups], row.code
        text = page.detail.toPlainText()
        heading = f"Open follow-ups ({len(rows)})"
        section = text[text.index(heading) : text.index("Time zones")]
        assert text.index(heading) < text.index("Meetings (")
        assert section.count("From the meeting of") == len(rows)
        assert section.count("OVERDUE since") == sum(r.overdue for r in rows)
        assert all(r.text_en in section for r in rows)
        if not rows:
            assert "No open follow-ups." in section
        shown += bool(rows)
    assert shown >= 8


def test_an_overdue_follow_up_stands_out_and_its_meeting_link_opens_it(opened, qtbot):
    page = opened.page
    _select(qtbot, page, "KZ")
    overdue = [r for r in page.detail_record.open_follow_ups if r.overdue]
    assert len(overdue) == 1
    assert "#fde7e4" in page.detail.toHtml()
    _click_link(qtbot, page.detail, overdue[0].meeting_theme_en, after="Open follow-ups (2)")
    assert opened.meetings == [overdue[0].meeting_id]


def test_the_detail_shows_the_zones_against_beijing_and_what_is_there(
    opened, qtbot, person_id, organisation_id
):
    page = opened.page
    _select(qtbot, page, "ID")
    text = page.detail.toPlainText()

    assert "Asia/Jakarta (capital)\nUTC+07:00 · 1 h behind Beijing" in text
    assert "Not in the SCO (checked on 2024-07-04)" in text
    assert "Embassy of Indonesia in China" in text
    assert "Djauhari Oratmangun" in text and "Wiryanto" in text
    assert "Cloud Meeting for Common Development" in text
    html = page.detail.toHtml()
    assert f"person:{person_id('Wiryanto')}" in html
    assert f"organisation:{organisation_id('Embassy of Indonesia in China')}" in html


def test_offsets_follow_summer_time():
    winter = datetime(2026, 1, 15, 12, tzinfo=UTC)
    summer = datetime(2026, 7, 15, 12, tzinfo=UTC)
    assert beijing_offset_text("Asia/Kathmandu", winter) == "UTC+05:45 · 2 h 15 min behind Beijing"
    assert beijing_offset_text("Europe/Berlin", winter) == "UTC+01:00 · 7 h behind Beijing"
    assert beijing_offset_text("Europe/Berlin", summer) == "UTC+02:00 · 6 h behind Beijing"
    assert beijing_offset_text("Asia/Tokyo", summer) == "UTC+09:00 · 1 h ahead of Beijing"
    assert beijing_offset_text("Asia/Macau", summer) == "UTC+08:00 · same time as Beijing"


def test_how_long_ago_reads_naturally():
    today = date(2026, 11, 28)
    assert time_ago(today, today) == "today"
    assert time_ago(date(2026, 11, 27), today) == "yesterday"
    assert time_ago(date(2026, 11, 20), today) == "8 days ago"
    assert time_ago(date(2026, 11, 7), today) == "3 weeks ago"
    assert time_ago(date(2026, 8, 20), today) == "3 months ago"
    assert time_ago(date(2023, 4, 2), today) == "3 years ago"


def test_links_in_the_detail_emit_the_cross_links(opened, qtbot, person_id, organisation_id):
    page = opened.page
    _select(qtbot, page, "ID")

    with qtbot.waitSignal(page.open_person) as person:
        page.detail.open_link(f"person:{person_id('Wiryanto')}")
    assert person.args == [person_id("Wiryanto")]
    embassy = organisation_id("Embassy of Indonesia in China")
    with qtbot.waitSignal(page.open_organisation) as organisation:
        page.detail.open_link(f"organisation:{embassy}")
    assert organisation.args == [embassy]
    meeting = page.detail_record.meetings[0].id
    page.detail.open_link(f"meeting:{meeting}")
    assert opened.meetings == [meeting]

    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    assert opened.histories == [("country", "ID")]


def test_showing_a_country_not_in_use_lists_every_country(opened, qtbot):
    page = opened.page
    assert page.model.row_of("FR") is None

    with qtbot.waitSignal(page.detail_loaded, timeout=10_000):
        page.show_country("fr")

    assert not page.in_use_check.isChecked()
    assert page.selected_code() == "FR"
    assert "France" in page.detail.toPlainText()


# -- the form --------------------------------------------------------------------------------


def test_editing_the_sco_status_saves_it_dated_today(opened, qtbot, demo_database):
    page = opened.page
    _select(qtbot, page, "ID")
    dialog = _open_form(qtbot, page, "ID")
    assert dialog.sco_status.value() == ScoStatus.NONE

    dialog.sco_status.set_value(ScoStatus.DIALOGUE_PARTNER)
    assert dialog.checked_on.day() == NOW.date()  # a new status was just checked
    dialog.demonym.setText("Indonesian")
    dialog.notes.setPlainText("Applied to become a dialogue partner.")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    row = _country(demo_database, "ID")
    assert (row.sco_status, row.sco_checked_on, row.notes) == (
        ScoStatus.DIALOGUE_PARTNER,
        NOW.date(),
        "Applied to become a dialogue partner.",
    )
    assert row.belt_and_road is True
    assert _cells(page, "ID")["SCO status"] == "Dialogue partner"
    assert page.selected_code() == "ID"


def test_a_check_date_in_the_future_is_refused_inline(opened, qtbot):
    dialog = _open_form(qtbot, opened.page, "ID")
    problem = dialog._problem_labels["sco_checked_on"]

    dialog.checked_on.set_day(date(2027, 1, 1))

    assert problem.isVisible() and "after today (2026-11-28)" in problem.text()
    assert not dialog.save_button.isEnabled()
    dialog.checked_on.set_day(date(2026, 11, 1))
    assert not problem.isVisible() and dialog.save_button.isEnabled()


def test_a_stale_save_can_reload_the_saved_facts(
    opened, qtbot, directory_service, demo_database, monkeypatch
):
    dialog = _open_form(qtbot, opened.page, "TJ")
    other = directory_service()
    other.save_country(replace(other.country("TJ").record, demonym="Tajikistani"))

    dialog.belt_and_road.setChecked(False)
    monkeypatch.setattr(StaleQuestion, "ask", classmethod(lambda *_args: StaleChoice.RELOAD))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.demonym.text() == "Tajikistani", timeout=5_000)

    assert dialog.belt_and_road.isChecked()  # theirs, as saved
    assert _country(demo_database, "TJ").belt_and_road is True
