"""The Follow-ups page on the demo database: what it lists, the overdue filter, closing an item
with a note, a stale write, the export, and the start-up summary."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt

from scoda_desktop.domain.enums import OutcomeStatus
from scoda_desktop.domain.models import Outcome
from scoda_desktop.services.demo import populate_demo
from scoda_desktop.services.followups import (
    DueSummary,
    FollowUpFilter,
    due_summary,
    list_follow_ups,
    mark_done,
)
from scoda_desktop.services.history import country_history, person_history
from scoda_desktop.services.meeting_drafts import StaleRecordError
from scoda_desktop.ui import followups as followups_ui
from scoda_desktop.ui.followups import FollowUpsPage
from scoda_desktop.ui.followups import page as page_module
from scoda_desktop.ui.followups.due_banner import DueBanner
from scoda_desktop.ui.followups.model import build_lines, follow_up_model
from scoda_desktop.ui.followups.note_dialog import NoteDialog
from scoda_desktop.ui.meeting_source import MeetingSource
from scoda_desktop.ui.row_table import RowFilterProxy, text_sort_key
from scoda_desktop.ui.workers import TaskRunner

NOW = datetime(2026, 11, 28, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.fixture
def demo_source(sqlite_target):
    source = MeetingSource(sqlite_target, lambda db: populate_demo(db, today=date(2026, 11, 28)))
    source.load()
    yield source
    source.close()


@pytest.fixture
def failures() -> list[tuple[str, BaseException]]:
    return []


@pytest.fixture
def make_page(qtbot, demo_source, failures):
    runners: list[TaskRunner] = []

    def make(*, show_due_summary: bool = False) -> FollowUpsPage:
        runner = TaskRunner()
        runners.append(runner)
        page = FollowUpsPage(
            runner,
            demo_source,
            lambda title, exc, _details: failures.append((title, exc)),
            open_meeting=lambda _id: None,
            clock=lambda: NOW,
            show_due_summary=show_due_summary,
        )
        qtbot.addWidget(page)
        page.resize(1200, 600)
        page.show()
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            page.refresh()
        return page

    yield make
    for runner in runners:
        runner.wait_for_done()


def _expected(source: MeetingSource, **criteria):
    return source.read(lambda session: list_follow_ups(session, now=NOW, **criteria))


def test_the_page_lists_the_demo_follow_ups(make_page, demo_source):
    page = make_page()
    expected = _expected(demo_source)
    assert expected, "the demo has follow-ups"
    assert sorted(row.id for row in page.visible_rows()) == sorted(row.id for row in expected)
    assert "shown" in page.count_label.text()


def test_overdue_only_shows_exactly_the_overdue_items_highlighted(qtbot, make_page, demo_source):
    page = make_page()
    with qtbot.waitSignal(page.filtered, timeout=10_000):
        page.overdue_check.setChecked(True)
    assert not page._runner.busy  # narrowed without reading again
    overdue = {row.id for row in _expected(demo_source) if row.overdue}
    assert overdue
    assert {row.id for row in page.visible_rows()} == overdue
    cell = page.proxy.index(0, 0)
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert page.proxy.index(0, 1).data() == "Overdue"


def _select_first_overdue(qtbot, page: FollowUpsPage):
    with qtbot.waitSignal(page.filtered, timeout=10_000):
        page.overdue_check.setChecked(True)
    page.table.selectRow(0)
    row = page.selected_row()
    assert row is not None and row.overdue
    return row


def test_mark_done_with_a_note_writes_status_closing_day_and_note(
    qtbot, make_page, demo_source, monkeypatch
):
    page = make_page()
    row = _select_first_overdue(qtbot, page)
    monkeypatch.setattr(NoteDialog, "ask", classmethod(lambda *_a: "List sent by e-mail"))
    assert page.done_button.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    o = Outcome.__table__.c
    stored = demo_source.read(
        lambda s: s.execute(
            sa.select(o.status, o.closed_on, o.status_note, o.version).where(o.id == row.id)
        ).one()
    )
    assert stored.status == OutcomeStatus.DONE
    assert stored.closed_on is not None
    assert stored.status_note == "List sent by e-mail"
    assert stored.version == row.version + 1
    assert row.id not in {r.id for r in page.visible_rows()}  # no longer overdue


def test_a_stale_write_is_refused_with_a_message_and_the_list_reloads(
    qtbot, make_page, demo_source, failures, monkeypatch
):
    page = make_page()
    row = _select_first_overdue(qtbot, page)
    demo_source.run(lambda db: mark_done(db, row.id, "elsewhere", version=row.version))
    monkeypatch.setattr(NoteDialog, "ask", classmethod(lambda *_a: ""))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.drop_button.click()
    assert len(failures) == 1 and isinstance(failures[0][1], StaleRecordError)
    assert row.id not in {r.id for r in page.visible_rows()}  # reloaded: it is done now


def test_cancelling_the_note_dialog_writes_nothing(qtbot, make_page, demo_source, monkeypatch):
    page = make_page()
    row = _select_first_overdue(qtbot, page)
    monkeypatch.setattr(NoteDialog, "ask", classmethod(lambda *_a: None))
    page.done_button.click()
    page._runner.wait_for_done()
    o = Outcome.__table__.c
    status = demo_source.read(
        lambda s: s.execute(sa.select(o.status).where(o.id == row.id)).scalar_one()
    )
    assert status == OutcomeStatus.OPEN


def test_export_csv_writes_the_visible_list_with_a_bom(
    qtbot, make_page, tmp_path: Path, monkeypatch
):
    page = make_page()
    with qtbot.waitSignal(page.filtered, timeout=10_000):
        page.overdue_check.setChecked(True)
    target = tmp_path / "follow-ups.csv"
    monkeypatch.setattr(page_module, "ask_save_path", lambda *_a: target)
    with qtbot.waitSignal(page.message, timeout=10_000):
        page.export_button.click()
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == "ID"
    assert [int(r[0]) for r in rows[1:]] == [row.id for row in page.visible_rows()]


def test_the_due_summary_shows_once_per_start(qtbot, interface, make_page, demo_source):
    interface("en")  # the English plural forms: "4 follow-ups overdue"
    notices: list[str] = []
    page = make_page(show_due_summary=True)
    expected = demo_source.read(lambda s: due_summary(s, NOW))
    assert expected.any
    assert page.banner.isVisible()
    assert expected.describe() in page.banner_label.text()
    page.due_notice.connect(notices.append)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    assert notices == []  # not again on the next read
    page.findChild(type(page.done_button), "dismissBannerButton").click()
    assert not page.banner.isVisible()


@pytest.mark.parametrize(("overdue", "soon"), [(1, 0), (4, 0), (0, 1), (0, 3), (1, 1), (2, 5)])
def test_the_banner_reads_as_the_services_summary_in_english(qtbot, interface, overdue, soon):
    interface("en")
    summary = DueSummary(
        today=date(2026, 11, 28),
        overdue=tuple(object() for _ in range(overdue)),
        due_this_week=tuple(object() for _ in range(soon)),
    )
    banner = DueBanner()
    qtbot.addWidget(banner)
    assert banner.describe(summary) == summary.describe()


def test_the_follow_up_model_passes_the_model_tester(qtmodeltester, demo_source):
    model = follow_up_model()
    model.set_rows(build_lines(_expected(demo_source)))
    qtmodeltester.check(model)
    proxy = RowFilterProxy(text_sort_key)
    proxy.setSourceModel(model)
    proxy.set_text("embassy")
    proxy.set_predicate(lambda line: line.row.overdue)
    qtmodeltester.check(proxy)


def test_the_window_has_the_page_and_a_double_click_opens_the_meeting(
    qtbot, make_window, sqlite_target, monkeypatch
):
    monkeypatch.setattr(followups_ui, "SHOW_DUE_SUMMARY", False)
    window = make_window(
        sqlite_target, prepare=lambda db: populate_demo(db, today=date(2026, 11, 28))
    )
    with qtbot.waitSignal(window.followups_page.loaded, timeout=10_000):
        window.start_loading()
    titles = [window.navigation.item(n).text() for n in range(window.navigation.count())]
    assert "Follow-ups" in titles and "Reports" in titles
    window.navigation.setCurrentRow(titles.index("Follow-ups"))
    page = window.followups_page
    index = page.proxy.index(0, 3)
    meeting_id = index.data(page_module.ROW_ROLE).row.meeting_id
    with qtbot.waitSignal(window.editor_opened, timeout=10_000) as opened:
        page.table.doubleClicked.emit(index)  # what the view emits on a double-click
    assert opened.args[0].draft().id == meeting_id
    opened.args[0].reject()


def test_the_history_of_an_items_owner_and_country_opens(qtbot, make_page, demo_source):
    page = make_page()
    _select_first_overdue(qtbot, page)
    row = page.selected_row()
    choices = page.history_choices()
    assert ("person", row.owner_id) in [(kind, key) for _label, kind, key in choices]
    with qtbot.waitSignal(page.history.shown, timeout=10_000) as shown:
        page.history.open("person", row.owner_id)
    dialog = shown.args[0]
    expected = demo_source.read(lambda s: person_history(s, row.owner_id, now=NOW))
    text = dialog.browser.toPlainText()
    assert expected.subject.name_en in text
    assert f"Open follow-ups ({len(expected.open_follow_ups)})" in text
    assert f"Meetings ({len(expected.timeline)})" in text
    assert row.text in text
    dialog.close()
    country = row.guest_countries[0]
    with qtbot.waitSignal(page.history.shown, timeout=10_000) as shown:
        page.history.open("country", country)
    expected = demo_source.read(lambda s: country_history(s, country, now=NOW))
    assert expected.subject.name_en in shown.args[0].browser.toPlainText()
    shown.args[0].close()


def _choose(combo, value) -> None:
    offered = [combo.itemData(n) for n in range(combo.count())]
    assert value in offered, f"{value!r} is not offered"
    combo.setCurrentIndex(offered.index(value))


@pytest.mark.parametrize(
    "criteria",
    [
        {"owner": "Gao"},
        {"country": "KZ"},
        {"status": (OutcomeStatus.DONE,)},
        {"status": (OutcomeStatus.DONE, OutcomeStatus.DROPPED), "country": "PK"},
        {"due": (date(2026, 10, 1), date(2026, 12, 31))},
        {"due": (date(2026, 10, 1), date(2026, 12, 31)), "status": (OutcomeStatus.OPEN,)},
    ],
    ids=["owner", "country", "status", "closed-in-country", "due-range", "open-due-range"],
)
def test_each_filter_narrows_to_what_the_service_lists(qtbot, make_page, demo_source, criteria):
    page = make_page()
    resets: list[bool] = []
    page.model.modelReset.connect(lambda: resets.append(True))
    wanted: dict = {}
    if "owner" in criteria:
        owner_id = next(r.owner_id for r in page.visible_rows() if r.owner_name == "Gao Peng")
        _choose(page.owner_combo, owner_id)
        wanted["owner_id"] = owner_id
    if "country" in criteria:
        _choose(page.country_combo, criteria["country"])
        wanted["country"] = criteria["country"]
    if "status" in criteria:
        _choose(page.status_combo, criteria["status"])
        wanted["statuses"] = criteria["status"]
    if "due" in criteria:
        start, end = criteria["due"]
        page.due_from.setDate(start)
        page.due_to.setDate(end)
        page.due_check.setChecked(True)
        wanted.update(due_from=start, due_to=end)
    expected = _expected(demo_source, criteria=FollowUpFilter(**wanted))
    assert expected, "the demo has items for this filter"
    assert {row.id for row in page.visible_rows()} == {row.id for row in expected}
    assert page.proxy.rowCount() == len(expected)
    assert resets == [] and not page._runner.busy  # narrowed in place, nothing read again
    assert "of" in page.count_label.text()


def test_the_search_box_keeps_rows_holding_every_word(make_page):
    page = make_page()
    everything = page.visible_rows()
    page.search_edit.setText("kazakh WEEK")
    shown = page.visible_rows()
    assert shown and len(shown) < len(everything)
    assert all(
        "kazakh" in f"{r.text} {r.meeting_theme}".lower() and "week" in r.text.lower()
        for r in shown
    )
    assert [page.proxy.index(n, 3).data() for n in range(page.proxy.rowCount())] == [
        r.text for r in shown
    ]
    page.search_edit.clear()
    assert len(page.visible_rows()) == len(everything)


def test_a_read_resets_the_list_once_and_keeps_the_sort_and_selection(qtbot, make_page):
    page = make_page()
    page.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # meeting day, latest first
    days = [row.meeting_date for row in page.visible_rows()]
    assert days == sorted(days, reverse=True)
    page.table.selectRow(3)
    selected = page.selected_row()
    resets: list[bool] = []
    page.model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    assert resets == [True]
    assert [row.meeting_date for row in page.visible_rows()] == days
    assert page.selected_row() == selected


def test_a_due_range_that_ends_before_it_starts_shows_nothing_and_says_why(make_page):
    page = make_page()
    page.due_from.setDate(date(2026, 12, 1))
    page.due_to.setDate(date(2026, 11, 1))
    page.due_check.setChecked(True)
    assert page.visible_rows() == [] and page.proxy.rowCount() == 0
    assert "ends before it starts" in page.count_label.text()
    page.due_check.setChecked(False)
    assert page.visible_rows()
