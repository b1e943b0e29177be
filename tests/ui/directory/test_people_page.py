"""The People page on the demo database: the list and its filter by every form of a name, the
detail pane (posts, meetings, follow-ups), and the commands wired to the dialogs."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextCursor

from scoda_desktop.ui.directory.people_page import PeoplePage
from scoda_desktop.ui.directory.post_dialog import PostDialog

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


def _click_link(qtbot, browser, text: str) -> None:
    """Click the link whose text is ``text`` in a detail pane, as a person would."""
    cursor = browser.document().find(text)
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


def test_open_follow_ups_come_first_and_overdue_ones_stand_out(qtbot, make_page, person_id):
    page = make_page()
    _show(qtbot, page, person_id("Gao"))
    pane = page.detail.toPlainText()
    assert "OPEN FOLLOW-UPS" in pane
    assert pane.count("OVERDUE since") == 2  # due 2026-10-14 and 2026-11-08, today 11-28
    assert pane.index("OVERDUE since 2026-10-14") < pane.index("Done")
    assert "#fde7e4" in page.detail.toHtml()


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
