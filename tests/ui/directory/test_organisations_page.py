"""The Organisations page on the demo database: the filter, the detail pane and its links, the
New/Edit form with its problems, a stale save, closing with unsaved changes, an empty database."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt, QUrl

from scoda_desktop.data.database import open_database, resolve_target
from scoda_desktop.domain.enums import OrganisationKind
from scoda_desktop.domain.models import AuditEntry, Organisation
from scoda_desktop.services.directory import DirectoryService
from scoda_desktop.services.history import organisation_history
from scoda_desktop.ui.directory.detail_html import GREY, time_ago
from scoda_desktop.ui.directory.organisation_dialog import OrganisationDialog, parts_of
from scoda_desktop.ui.directory.organisations_page import OrganisationsPage
from scoda_desktop.ui.directory.stale_question import StaleChoice, StaleQuestion

from .conftest import TODAY
from .test_people_page import _click_link

NOW = datetime(2026, 11, 28, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))  # TODAY in Qingdao
INDONESIA = "Embassy of Indonesia in China"
SCODA = "SCODA Administrative Committee"


@dataclass
class Opened:
    page: OrganisationsPage
    meetings: list[int] = field(default_factory=list)
    histories: list[tuple[str, int | str]] = field(default_factory=list)
    imports: list[bool] = field(default_factory=list)
    exports: list[bool] = field(default_factory=list)


@pytest.fixture
def make_page(qtbot, runner, report_failure):
    def make(service, *, transfers: bool = True) -> Opened:
        opened = Opened(page=None)  # type: ignore[arg-type]
        page = OrganisationsPage(
            runner,
            service,
            report_failure,
            open_meeting=opened.meetings.append,
            open_history=lambda kind, key: opened.histories.append((kind, key)),
            import_organisations=(lambda: opened.imports.append(True)) if transfers else None,
            export_organisations=(lambda: opened.exports.append(True)) if transfers else None,
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


def _select(qtbot, page: OrganisationsPage, organisation_id: int) -> None:
    with qtbot.waitSignal(page.detail_loaded, timeout=10_000):
        page.show_organisation(organisation_id)


def _open_form(qtbot, page: OrganisationsPage, organisation_id: int | None) -> OrganisationDialog:
    if organisation_id is None:
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    else:
        page.edit_organisation(organisation_id)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=10_000)
    dialog = page.dialog
    assert dialog is not None
    dialog.ask_discard = lambda *_args: True  # closing at the end of a test asks nothing
    return dialog  # a child of the page: deleted with it


def _row_names(page: OrganisationsPage) -> list[str]:
    return [row.name_en for row in page.visible_rows()]


def _organisation(database, **where) -> sa.Row:
    table = Organisation.__table__
    condition = sa.and_(*(table.c[name] == value for name, value in where.items()))
    with database.session() as session:
        return session.execute(sa.select(table).where(condition)).one()


# -- the list --------------------------------------------------------------------------------


def test_the_models_pass_the_model_tester(opened, qtmodeltester):
    qtmodeltester.check(opened.page.model)
    opened.page.filter_edit.setText("embassy")
    qtmodeltester.check(opened.page.proxy)


def test_the_filter_finds_an_organisation_by_its_chinese_name(opened, qtbot, demo_database):
    page = opened.page
    with demo_database.session() as session:
        total = session.execute(sa.select(sa.func.count()).select_from(Organisation)).scalar()
    messages: list[str] = []
    page.message.connect(messages.append)

    page.filter_edit.setText("印度尼西亚")  # CJK through setText: keyClicks aborts

    assert _row_names(page) == [INDONESIA]
    assert messages[-1] == f"1 of {total} organisations"
    page.filter_edit.setText("embassy turkiye")  # every word, accents aside
    assert _row_names(page) == ["Embassy of Türkiye in China"]
    page.filter_edit.setText("turkiye")  # the country's name finds its organisations
    assert len(_row_names(page)) == 2
    page.filter_edit.setText("scoda")  # the short name and the English names
    assert SCODA in _row_names(page)


def test_a_filtered_out_selection_leaves_the_detail_pane(opened, qtbot, organisation_id):
    page = opened.page
    _select(qtbot, page, organisation_id(INDONESIA))

    page.filter_edit.setText("Volga")

    assert page.selected_row() is None
    assert "Indonesia" not in page.detail.toPlainText()


def test_the_detail_shows_the_indonesian_embassy_people_and_meetings(
    opened, qtbot, organisation_id
):
    page = opened.page
    _select(qtbot, page, organisation_id(INDONESIA))
    text = page.detail.toPlainText()

    assert "People now (2)" in text
    assert "Djauhari Oratmangun 周浩黎" in text
    assert "Indonesian Ambassador to China · since 2018-12-10" in text
    assert "Wiryanto" in text
    assert "Commercial Attaché, Embassy of Indonesia in China" in text
    assert "Cloud Meeting for Common Development" in text  # the 2021 release's meeting
    themes = [m.theme_en for m in page.detail_record.meetings]
    positions = [text.index(theme) for theme in themes]
    assert positions == sorted(positions)  # latest first, as the service orders them
    days = [m.starts_at for m in page.detail_record.meetings]
    assert days == sorted(days, reverse=True)


def _history(demo_database, service, organisation: int):
    with demo_database.session() as session:
        return organisation_history(session, organisation, now=service.now())


def test_the_detail_says_when_the_office_last_met_the_organisation(
    opened, qtbot, organisation_id, demo_database, service_factory
):
    """The last contact is the organisation's history's: the day and the meeting it was."""
    embassy = organisation_id(INDONESIA)
    history = _history(demo_database, service_factory(), embassy)
    day = history.last_contact
    assert day is not None

    _select(qtbot, opened.page, embassy)

    expected = f"Last contact\n{day.isoformat()} ({time_ago(day, TODAY)}): "
    text = opened.page.detail.toPlainText()
    assert expected + history.contacts[0].theme_en in text
    assert opened.page.detail_record.latest_contact.day == day


def test_every_organisations_open_follow_ups_are_its_historys(
    opened, qtbot, demo_database, service_factory
):
    page = opened.page
    service = service_factory()
    shown = 0
    for row in service.organisations():
        _select(qtbot, page, row.id)
        history = _history(demo_database, service, row.id)
        rows = page.detail_record.open_follow_ups
        assert [r.id for r in rows] == [r.id for r in history.open_follow_ups], row.name_en
        text = page.detail.toPlainText()
        heading = f"Open follow-ups ({len(rows)})"
        section = text[text.index(heading) : text.index("People now")]
        assert text.index(heading) < text.index("Meetings (")
        assert section.count("From the meeting of") == len(rows)
        assert section.count("OVERDUE since") == sum(r.overdue for r in rows)
        assert all(r.text_en in section for r in rows)
        if not rows:
            assert "No open follow-ups." in section
        shown += bool(rows)
    assert shown >= 10


def test_an_overdue_follow_up_stands_out_and_its_meeting_link_opens_it(
    opened, qtbot, organisation_id
):
    page = opened.page
    _select(qtbot, page, organisation_id("Embassy of Kazakhstan in China"))
    overdue = [r for r in page.detail_record.open_follow_ups if r.overdue]
    assert len(overdue) == 1
    assert "OVERDUE since" in page.detail.toPlainText()
    assert "#fde7e4" in page.detail.toHtml()
    _click_link(qtbot, page.detail, overdue[0].meeting_theme_en, after="Open follow-ups (2)")
    assert opened.meetings == [overdue[0].meeting_id]


def test_the_detail_greys_past_people_and_lists_the_parts(opened, qtbot, organisation_id):
    page = opened.page
    _select(qtbot, page, organisation_id(SCODA))
    text = page.detail.toPlainText()

    assert "Earlier (1)" in text
    earlier = text[text.index("Earlier (1)") :]
    assert (
        "Wang Haiyan" in earlier and "Deputy Director of SCODA Administrative Committee" in earlier
    )
    past_html = page.detail_html(page.detail_record).split("Earlier (1)")[1].split("Meetings")[0]
    assert f"<span style='color:{GREY}'><a href='person:" in past_html  # greyed, a link
    assert "International Cooperation Department, SCODA Administrative Committee" in text


def test_links_in_the_detail_emit_the_cross_links(opened, qtbot, organisation_id, person_id):
    page = opened.page
    embassy = organisation_id(INDONESIA)
    _select(qtbot, page, embassy)
    html = page.detail.toHtml()
    ambassador = person_id("Oratmangun")
    assert f"person:{ambassador}" in html and "country:ID" in html

    with qtbot.waitSignal(page.open_person) as person:
        page.detail.open_link(f"person:{ambassador}")
    assert person.args == [ambassador]
    with qtbot.waitSignal(page.open_country) as country:
        page.detail.anchorClicked.emit(QUrl("country:ID"))  # as a click does
    assert country.args == ["ID"]
    meeting = page.detail_record.meetings[0].id
    page.detail.open_link(f"meeting:{meeting}")
    assert opened.meetings == [meeting]

    scoda = organisation_id(SCODA)
    _select(qtbot, page, scoda)
    part = page.detail_record.parts[0][0]
    with qtbot.waitSignal(page.detail_loaded):
        page.detail.open_link(f"organisation:{part}")  # within the page: selects the part
    assert page.selected_id() == part


def test_history_and_the_transfer_buttons_call_what_the_window_gave(opened, qtbot, organisation_id):
    page = opened.page
    embassy = organisation_id(INDONESIA)
    _select(qtbot, page, embassy)

    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    assert page.import_button is not None and page.export_button is not None
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)

    assert opened.histories == [("organisation", embassy)]
    assert opened.imports == [True] and opened.exports == [True]


def test_without_transfer_callables_there_are_no_import_and_export_buttons(
    make_page, service_factory
):
    page = make_page(service_factory, transfers=False).page
    assert page.import_button is None and page.export_button is None


def test_an_empty_database_says_how_to_begin(make_page, tmp_path: Path):
    database = open_database(resolve_target(str(tmp_path / "empty.sqlite3")))
    try:
        service = DirectoryService(database, actor="tester", today=lambda: TODAY)
        page = make_page(lambda: service).page
        assert page.model.rowCount() == 0
        assert "No organisations are recorded yet" in page.detail.toPlainText()
        assert not page.edit_button.isEnabled() and page.new_button.isEnabled()
    finally:
        database.dispose()


# -- the form --------------------------------------------------------------------------------


def test_creating_an_organisation_through_the_form(opened, qtbot, demo_database, organisation_id):
    page = opened.page
    dialog = _open_form(qtbot, page, None)
    assert dialog.windowTitle() == "New Organisation"
    qtbot.waitUntil(lambda: dialog._problem_labels["name_en"].isVisible())  # empty: not savable
    assert not dialog.save_button.isEnabled()

    dialog.name_en.setText("Trade and Economic Office, Embassy of Tajikistan in China")
    dialog.name_zh.setText("塔吉克斯坦驻华使馆经商处")
    dialog.short_name.setText("TEO")
    dialog.kind.set_value(OrganisationKind.GOVERNMENT_BODY)
    dialog.country.setEditText("tajikistan")  # the English name alone names it
    dialog.parent_choice.set_value(organisation_id("Embassy of Tajikistan in China"))
    dialog.notes.setPlainText("Met at the SCO Expo.")
    qtbot.waitUntil(dialog.save_button.isEnabled)

    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    row = _organisation(
        demo_database, name_en="Trade and Economic Office, Embassy of Tajikistan in China"
    )
    assert (row.name_zh, row.short_name_en, row.kind, row.country_code, row.notes) == (
        "塔吉克斯坦驻华使馆经商处",
        "TEO",
        OrganisationKind.GOVERNMENT_BODY,
        "TJ",
        "Met at the SCO Expo.",
    )
    assert row.parent_id == organisation_id("Embassy of Tajikistan in China")
    with demo_database.session() as session:
        actors = session.execute(
            sa.select(AuditEntry.__table__.c.actor).where(
                AuditEntry.__table__.c.table_name == "organisation",
                AuditEntry.__table__.c.record_id == str(row.id),
            )
        ).scalars()
        assert list(actors) == ["tester"]
    assert not dialog.isVisible()
    assert page.selected_id() == row.id  # the new one is selected in the list


def test_an_empty_name_shows_the_problem_and_disables_save(opened, qtbot, organisation_id):
    dialog = _open_form(qtbot, opened.page, organisation_id(INDONESIA))
    problem = dialog._problem_labels["name_en"]

    dialog.name_en.setText("   ")

    qtbot.waitUntil(lambda: problem.isVisible(), timeout=5_000)
    assert problem.text() == "Enter the organisation's English name."
    assert not dialog.save_button.isEnabled()
    assert dialog.save_status.text().startswith("Cannot save yet: Enter the organisation")
    dialog.name_en.setText(INDONESIA)
    qtbot.waitUntil(lambda: not problem.isVisible() and dialog.save_button.isEnabled())


def test_a_name_taken_in_the_same_country_and_an_unknown_country_are_explained(
    opened, qtbot, organisation_id
):
    dialog = _open_form(qtbot, opened.page, None)
    dialog.name_en.setText(INDONESIA)
    dialog.country.set_value("ID")
    name_problem = dialog._problem_labels["name_en"]
    qtbot.waitUntil(lambda: "already exists for this country" in name_problem.text(), timeout=5_000)
    assert name_problem.isVisible()

    dialog.country.setEditText("Narnia")  # not a country: explained at once, without a query
    country_problem = dialog._problem_labels["country_code"]
    assert country_problem.isVisible() and "Narnia" in country_problem.text()
    assert not dialog.save_button.isEnabled()


def test_the_country_box_takes_a_code_or_either_name(opened, qtbot):
    box = _open_form(qtbot, opened.page, None).country

    for typed in ("tj", "Tajikistan", "塔吉克斯坦", "TAJIKISTAN 塔吉克斯坦 (tj)"):
        box.setEditText(typed)
        assert (box.value(), box.is_unknown()) == ("TJ", False), typed
    box.lineEdit().editingFinished.emit()  # leaving the box shows the whole label
    assert box.currentText() == "Tajikistan 塔吉克斯坦 (TJ)"
    box.setEditText("Tajik")  # only part of a name: not a choice yet
    assert (box.value(), box.is_unknown()) == (None, True)
    box.setEditText("")
    assert (box.value(), box.is_unknown()) == (None, False)


def test_the_parent_choices_leave_out_the_organisation_and_its_parts(
    opened, qtbot, organisation_id
):
    scoda = organisation_id(SCODA)
    dialog = _open_form(qtbot, opened.page, scoda)
    parts = {
        organisation_id("International Cooperation Department, SCODA Administrative Committee"),
        organisation_id("Investment Promotion Department, SCODA Administrative Committee"),
    }
    offered = set(dialog.parent_choice.keys())
    assert scoda not in offered and not parts & offered
    assert organisation_id(INDONESIA) in offered
    assert parts_of(1, {1: None, 2: 1, 3: 2, 4: None}) == {1, 2, 3}


def test_a_stale_save_can_overwrite_or_reload(
    opened, qtbot, organisation_id, directory_service, demo_database, monkeypatch
):
    embassy = organisation_id(INDONESIA)
    dialog = _open_form(qtbot, opened.page, embassy)
    other = directory_service()
    theirs = other.organisation(embassy).record
    other.save_organisation(replace(theirs, notes="Their note"))  # someone else saves first

    dialog.notes.setPlainText("My note")
    monkeypatch.setattr(StaleQuestion, "ask", classmethod(lambda *_args: StaleChoice.RELOAD))
    qtbot.waitUntil(dialog.save_button.isEnabled)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.notes.toPlainText() == "Their note", timeout=5_000)
    assert dialog.isVisible() and not dialog.has_changes()

    other.save_organisation(replace(other.organisation(embassy).record, notes="Theirs again"))
    dialog.notes.setPlainText("Mine after all")
    monkeypatch.setattr(StaleQuestion, "ask", classmethod(lambda *_args: StaleChoice.OVERWRITE))
    qtbot.waitUntil(dialog.save_button.isEnabled)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert _organisation(demo_database, id=embassy).notes == "Mine after all"


def test_closing_with_unsaved_changes_asks_first(opened, qtbot, organisation_id, monkeypatch):
    dialog = _open_form(qtbot, opened.page, organisation_id(INDONESIA))
    asked: list[bool] = []

    def answer(discard: bool):
        def ask(_parent, _question: str) -> bool:
            asked.append(discard)
            return discard

        return ask

    dialog.reject()  # nothing changed: closes without asking
    assert not dialog.isVisible() and asked == []

    dialog = _open_form(qtbot, opened.page, organisation_id(INDONESIA))
    dialog.short_name.setText("KBRI Beijing")
    monkeypatch.setattr(dialog, "ask_discard", answer(False))
    dialog.reject()
    assert dialog.isVisible()
    monkeypatch.setattr(dialog, "ask_discard", answer(True))
    dialog.reject()
    assert not dialog.isVisible() and asked == [False, True]


def test_enter_edits_the_selected_organisation_and_ctrl_shift_n_adds_one(
    opened, qtbot, organisation_id
):
    page = opened.page
    embassy = organisation_id(INDONESIA)
    _select(qtbot, page, embassy)
    page.table.setFocus()

    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=10_000)
    assert page.dialog.name_en.text() == INDONESIA
    page.dialog.reject()
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)

    qtbot.keyClick(
        page.table,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=10_000)
    assert page.dialog.windowTitle() == "New Organisation"
    page.dialog.reject()
