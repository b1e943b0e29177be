"""The People page on the demo database: the list and its filter by every form of a name, the
detail pane (posts, meetings, follow-ups), and the commands wired to the dialogs."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextCursor

from scoda_desktop.services.history import person_history
from scoda_desktop.ui.directory.detail_html import time_ago
from scoda_desktop.ui.directory.people_page import PeoplePage
from scoda_desktop.ui.directory.post_dialog import PostDialog

from .conftest import TODAY

NOW = datetime(2026, 11, 28, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.fixture
def opened() -> list[tuple[str, object]]:
    """What the page asked the window to open: ("meeting", id), ("history", (kind, key))..."""
    return []


@pytest.fixture
def make_page(qtbot, runner, service_factory, report_failure, opened):
    def make(**callables) -> PeoplePage:
        page = PeoplePage(
            runner,
            service_factory,
            report_failure,
            open_meeting=lambda meeting_id: opened.append(("meeting", meeting_id)),
            open_history=lambda kind, key: opened.append(("history", (kind, key))),
            now=lambda: NOW,
            **callables,
        )
        qtbot.addWidget(page)
        page.resize(1300, 700)
        page.show()
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            page.refresh()
        return page

    return make


def _show(qtbot, page: PeoplePage, person_id: int) -> None:
    with qtbot.waitSignal(page.detail_loaded, timeout=10_000):
        page.show_person(person_id)


def test_the_page_lists_everyone(make_page, service_factory, failures):
    page = make_page()
    assert page.model.rowCount() == len(service_factory().people()) == 39
    assert page.count_label.text() == "39 people"
    assert failures == []


def test_filter_by_a_chinese_name_finds_the_person(make_page):
    page = make_page()
    page.filter_edit.setText("刘建军")
    assert [row.name_en for row in page.visible_rows()] == ["Liu Jianjun"]
    assert page.count_label.text() == "1 of 39 people"


def test_filter_by_an_alternative_spelling_finds_the_person(make_page):
    page = make_page()
    page.filter_edit.setText("Egamzod")
    assert [row.name_en for row in page.visible_rows()] == ["Muhammed Igormonzod"]
    page.filter_edit.setText("muhammad egam")  # words of the spelling, any case
    assert [row.name_en for row in page.visible_rows()] == ["Muhammed Igormonzod"]


def _click_link(qtbot, browser, text: str, *, after: str | None = None) -> None:
    """Click the link whose text is ``text`` in a detail pane, as a person would (the first
    after the text ``after``, if given)."""
    document = browser.document()
    start = 0
    if after is not None:
        heading = document.find(after)
        assert not heading.isNull(), f"no “{after}” in the pane"
        start = heading.selectionEnd()
    cursor = document.find(text, start)
    assert not cursor.isNull(), f"no “{text}” in the pane"
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    start = QTextCursor(cursor)
    start.setPosition(cursor.selectionStart() + 1)
    point = browser.cursorRect(start).center()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_liu_jianjun_shows_his_post_and_meeting_with_the_title_recorded(
    qtbot, make_page, person_id, opened
):
    page = make_page()
    _show(qtbot, page, person_id("Liu"))
    pane = page.detail.toPlainText()
    assert "Liu Jianjun" in pane and "刘建军" in pane
    # His post joins two posts with "and": both appear, in English and Chinese.
    assert "Member of the Standing Committee of CPC Qingdao Committee" in pane
    assert "Secretary of CPC Jiaozhou Committee" in pane
    assert "青岛市委常委，胶州市委书记" in pane
    assert "CPC Jiaozhou Committee" in pane
    # The 2021 meeting, dated in Beijing time, with his role and title as recorded then.
    assert "2021-04-02" in pane and "Cloud Meeting for Common Development" in pane
    assert "Host" in pane
    assert "Last contact" in pane
    _click_link(qtbot, page.detail, "Cloud Meeting for Common Development")
    assert opened[-1][0] == "meeting"


def test_a_new_post_keeps_the_old_one_in_the_history(qtbot, make_page, person_id, service_factory):
    """New Post… ending the current post: the pane lists both, the ended one greyed."""
    page = make_page()
    liu = person_id("Liu")
    _show(qtbot, page, liu)
    dialog = page.new_post()
    qtbot.waitUntil(lambda: dialog.form.organisation.count() > 20, timeout=10_000)
    dialog.form.title_en.setText("Chairman of the SCO Expo Organising Committee")
    dialog.form.start_date.setText("2026-11-01")
    with qtbot.waitSignal(page.detail_loaded, timeout=10_000):
        dialog.save()
    pane = page.detail.toPlainText()
    assert "Chairman of the SCO Expo Organising Committee" in pane
    assert "Secretary of CPC Jiaozhou Committee" in pane
    assert "Ended · until 2026-10-31" in pane
    assert pane.index("Chairman of the SCO Expo") < pane.index("Ended · until")
    html = page.detail.toHtml()
    assert "#777777" in html  # the ended post is greyed
    assert len(service_factory().person(liu).posts) == 2


def _section(pane: str, heading: str, following: str) -> str:
    """The text of the pane between ``heading`` and the next heading ``following``."""
    start = pane.index(heading)
    return pane[start : pane.index(following, start)]


def _history(demo_database, service_factory, person: int):
    with demo_database.session() as session:
        return person_history(session, person, now=service_factory().now())


def test_the_open_follow_ups_are_the_persons_history_and_overdue_ones_stand_out(
    qtbot, make_page, person_id, demo_database, service_factory
):
    page = make_page()
    gao = person_id("Gao")
    _show(qtbot, page, gao)
    history = _history(demo_database, service_factory, gao)
    rows = page.detail_record.open_follow_ups
    assert [r.id for r in rows] == [r.id for r in history.open_follow_ups]
    assert len(rows) == 4  # two he owns, two of meetings he attended
    pane = page.detail.toPlainText()
    # Above the posts, the outcomes he owns and the meetings.
    opened = _section(pane, "Open follow-ups (4)", "Posts")
    assert pane.index("Open follow-ups (4)") < pane.index("Meetings attended")
    assert opened.count("From the meeting of") == 4
    assert opened.count("OVERDUE since") == 3  # due before 2026-11-28, by the history's flag
    assert "OVERDUE since 2026-10-14" in opened
    for row in rows:
        assert row.text_en in opened
        assert pane.count(row.text_en) == 1  # not again under what he owns
        if row.owner_name:
            assert f"Owner: {row.owner_name}" in opened
    assert "#fde7e4" in page.detail.toHtml()
    # What he owns keeps the closed items, and says where the open ones are.
    owned = _section(pane, "Follow-ups and outcomes they own", "Meetings attended")
    assert "The open follow-ups they own are listed above." in owned
    assert "Done" in owned and "Dropped" in owned
    assert "OVERDUE" not in owned


def test_a_follow_ups_meeting_link_opens_that_meeting(qtbot, make_page, person_id, opened):
    page = make_page()
    _show(qtbot, page, person_id("Gao"))
    overdue = page.detail_record.open_follow_ups[0]
    assert overdue.overdue
    _click_link(qtbot, page.detail, overdue.meeting_theme_en, after="Open follow-ups (4)")
    assert opened == [("meeting", overdue.meeting_id)]


def test_every_pane_lists_its_persons_open_follow_ups_and_last_contact(
    qtbot, make_page, demo_database, service_factory
):
    """For each demo person, the pane shows exactly their history's open follow-ups and its
    last contact (one with none says so)."""
    page = make_page()
    people = [row.id for row in service_factory().people()]
    without = 0
    for person in people:
        _show(qtbot, page, person)
        history = _history(demo_database, service_factory, person)
        rows = page.detail_record.open_follow_ups
        assert [r.id for r in rows] == [r.id for r in history.open_follow_ups]
        pane = page.detail.toPlainText()
        section = _section(pane, f"Open follow-ups ({len(rows)})", "Posts")
        assert section.count("From the meeting of") == len(rows)
        assert section.count("OVERDUE since") == sum(r.overdue for r in rows)
        if not rows:
            without += 1
            assert "No open follow-ups." in section
        contact = _section(pane, "Last contact", "Open follow-ups")
        if history.last_contact is None:
            assert "No meeting with them has taken place yet." in contact
        else:
            day = history.last_contact
            assert f"{day.isoformat()} ({time_ago(day, TODAY)})" in contact
    assert 0 < without < len(people)


def test_links_in_the_pane_open_the_organisation_and_the_country(qtbot, make_page, person_id):
    page = make_page()
    _show(qtbot, page, person_id("Igormonzod"))
    with qtbot.waitSignal(page.open_organisation) as organisation:
        _click_link(qtbot, page.detail, "Embassy of Tajikistan in China")
    assert isinstance(organisation.args[0], int)
    with qtbot.waitSignal(page.open_country) as country:
        _click_link(qtbot, page.detail, "Tajikistan")
    assert country.args == ["TJ"]


def test_history_merge_import_and_export_call_what_the_window_gave(
    qtbot, make_page, person_id, opened
):
    calls: list[tuple[str, object]] = []
    page = make_page(
        merge_person=lambda pid: calls.append(("merge", pid)),
        import_people=lambda: calls.append(("import", None)),
        export_people=lambda: calls.append(("export", None)),
    )
    igormonzod = person_id("Igormonzod")
    _show(qtbot, page, igormonzod)
    for button in (page.history_button, page.merge_button, page.import_button, page.export_button):
        assert button.isVisible() and button.isEnabled()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == [("history", ("person", igormonzod))]
    assert calls == [("merge", igormonzod), ("import", None), ("export", None)]


def test_without_the_callables_there_is_no_merge_import_or_export(make_page):
    page = make_page()
    assert page.merge_button is None
    assert page.import_button is None
    assert page.export_button is None


def test_a_person_added_through_the_page_is_listed_and_selected(qtbot, make_page):
    page = make_page()
    messages: list[str] = []
    page.message.connect(messages.append)
    page.filter_edit.setText("Tokhtarov")  # the new person does not match: the filter clears
    dialog = page.new_person()
    qtbot.waitUntil(lambda: dialog.form.country.count() > 200, timeout=10_000)
    dialog.form.family_name.setText("Nurlanova")
    dialog.form.given_name.setText("Aizhan")
    dialog.form.name_zh.setText("艾让")
    with qtbot.waitSignal(page.detail_loaded, timeout=10_000):
        dialog.save()
    assert page.selected_row().name_en == "Aizhan Nurlanova"
    assert page.model.rowCount() == 40
    assert page.filter_edit.text() == ""
    assert "艾让" in page.detail.toPlainText()
    assert messages[-1] == "Added Aizhan Nurlanova to the directory."
    assert page.count_label.text() == "40 people"


def test_show_person_clears_a_filter_that_hides_them(qtbot, make_page, person_id):
    page = make_page()
    page.filter_edit.setText("Liu")
    _show(qtbot, page, person_id("Oratmangun"))
    assert page.filter_edit.text() == ""
    assert page.selected_row().name_en == "Djauhari Oratmangun"


def test_the_filter_hiding_the_selected_person_empties_the_pane(qtbot, make_page, person_id):
    page = make_page()
    _show(qtbot, page, person_id("Liu"))
    page.filter_edit.setText("nobody-is-called-this")
    assert page.selected_row() is None
    assert "Nobody's name matches" in page.detail.toPlainText()
    assert not page.edit_button.isEnabled()


def test_deleting_a_post_from_the_pane_asks_first(
    qtbot, make_page, person_id, service_factory, monkeypatch
):
    page = make_page()
    wang = person_id("Wang")
    _show(qtbot, page, wang)
    ended = service_factory().person(wang).posts[-1]
    asked: list[str] = []
    monkeypatch.setattr(
        PostDialog, "confirm_delete", classmethod(lambda _cls, _p, title: asked.append(title))
    )
    page.detail.anchorClicked.emit(QUrl(f"post-delete:{ended.id}"))  # answered No
    assert asked == ["Deputy Director of SCODA Administrative Committee"]
    assert len(service_factory().person(wang).posts) == 2
    monkeypatch.setattr(PostDialog, "confirm_delete", classmethod(lambda *_args: True))
    with qtbot.waitSignal(page.detail_loaded, timeout=10_000):
        page.detail.anchorClicked.emit(QUrl(f"post-delete:{ended.id}"))
    [kept] = service_factory().person(wang).posts
    assert kept.title_en == "Director of SCODA Administrative Committee"
    assert "Ended ·" not in page.detail.toPlainText()
    # The meetings she attended as deputy keep the title recorded then.
    assert "as Deputy Director of SCODA Administrative Committee" in page.detail.toPlainText()


def test_an_empty_directory_says_what_to_do(qtbot, runner, sqlite_database, report_failure):
    from scoda_desktop.services.directory import DirectoryService

    service = DirectoryService(sqlite_database, actor="tester")
    page = PeoplePage(
        runner,
        lambda: service,
        report_failure,
        open_meeting=lambda _id: None,
        open_history=lambda _kind, _key: None,
    )
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    assert page.count_label.text() == "0 people"
    assert "No people in the directory yet" in page.detail.toPlainText()
    assert "New Person" in page.detail.toPlainText()


def test_the_people_models_pass_the_model_tester(qtmodeltester, make_page):
    page = make_page()
    qtmodeltester.check(page.model)
    page.filter_edit.setText("zhak")
    qtmodeltester.check(page.proxy)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: no window manager
def test_enter_or_a_double_click_edits_the_person(qtbot, make_page, person_id):
    page = make_page()
    _show(qtbot, page, person_id("Igormonzod"))
    index = page.table.selectionModel().selectedRows()[0]
    rect = page.table.visualRect(index)
    # A double click is a press, a release, then the double-click event.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.form.family_name.text() == "Igormonzod"
    assert dialog.form.alternative_spellings.toPlainText() == "Muhammad Egamzod"
    assert page.edit_person() is None  # one dialog at a time
    dialog.form.phone.setText("+86 10 6532 2598")
    with qtbot.waitSignal(page.detail_loaded, timeout=10_000):
        dialog.save()
    assert "+86 10 6532 2598" in page.detail.toPlainText()
