"""The meeting editor as a protocol officer uses it: a new meeting typed in, attendees found by
name or added inline, an outcome, saved; what the database then holds; the messages on bad
input; the warnings; a save refused because someone else saved first."""

from __future__ import annotations

import getpass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtWidgets import QMessageBox

from scoda_desktop.domain.enums import (
    AuditAction,
    MeetingStatus,
    OutcomeKind,
    OutcomeStatus,
    ParticipationRole,
    Rsvp,
    Side,
)
from scoda_desktop.domain.models import AuditEntry, Meeting, Outcome, Participation
from scoda_desktop.services.meeting_conflicts import MeetingConflict
from scoda_desktop.services.meeting_service import MeetingService
from scoda_desktop.ui.conflict_dialog import ConflictChoice, ConflictDialog
from scoda_desktop.ui.main_window import MainWindow
from scoda_desktop.ui.meeting_editor import MeetingEditor
from scoda_desktop.ui.meeting_editor.attendee_model import RSVP, TITLE_EN
from scoda_desktop.ui.meeting_editor.dialog import ATTENDEES_TAB, GENERAL_TAB, OUTCOMES_TAB
from scoda_desktop.ui.meeting_table_model import THEME
from tests.ui.conftest import CLOUD_THEME

NEW_THEME = "Digital Trade Roundtable"

# The completer's popup asks the offscreen platform for what it cannot do.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.fixture(autouse=True)
def no_unexpected_questions(monkeypatch):
    """A question box nobody answers would hang the test: fail instead."""

    def unexpected(_parent, title, text, *_args):
        pytest.fail(f"unexpected question: {title}: {text}")

    monkeypatch.setattr(QMessageBox, "question", unexpected)


def open_new_editor(qtbot, window: MainWindow) -> MeetingEditor:
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    assert window.editor is not None
    return window.editor


def open_existing_editor(qtbot, window: MainWindow, theme: str) -> MeetingEditor:
    row = next(
        r for r in range(window.proxy.rowCount()) if window.proxy.index(r, THEME).data() == theme
    )
    rect = window.table.visualRect(window.proxy.index(row, THEME))
    # A double-click is a press, a release, then the double-click itself.
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    assert window.editor is not None
    return window.editor


def set_wall_clock(edit, year, month, day, hour, minute) -> None:
    edit.setDateTime(QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone.utc()))


def type_zone(qtbot, editor: MeetingEditor, zone: str) -> None:
    line = editor.general.zone.lineEdit()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line, zone)


def find_and_add(qtbot, editor: MeetingEditor, typed: str, *, type_it: bool = True) -> None:
    tab = editor.attendees
    before = tab.model.rowCount()
    tab.search.setFocus()
    if type_it:
        qtbot.keyClicks(tab.search, typed)
    else:
        tab.search.insert(typed)  # Chinese: keyClicks cannot type it; insert() is an edit
    qtbot.waitUntil(lambda: tab.matches.rowCount() > 0 and not tab.searching())
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 1)
    tab.completer.popup().hide()


def edit_cell(qtbot, table, row: int, column: int) -> object:
    """Start editing a cell with F2, as a keyboard user does; return the editor widget."""
    index = table.model().index(row, column)
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: table.indexWidget(index) is not None)
    return table.indexWidget(index)


def press_enter_in_cell(qtbot, table, editor) -> None:
    """Enter commits the cell (on the next turn of the event loop) and closes its editor."""
    index = table.currentIndex()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.indexWidget(index) is None)


def save(qtbot, window: MainWindow, editor: MeetingEditor) -> None:
    assert editor.save_button.isEnabled(), editor.save_status.text()
    with qtbot.waitSignal(window.meetings_loaded, timeout=10_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.editor is None)


def rows(database, model, *where):
    with database.session() as session:
        return list(session.exec(sa.select(model).where(*where)).scalars())


# -- creating a meeting ----------------------------------------------------------------------


def test_a_meeting_typed_into_the_editor_is_saved_with_attendees_and_an_outcome(
    qtbot, loaded_window, sqlite_database, directory
):
    window = loaded_window
    editor = open_new_editor(qtbot, window)
    assert editor.windowTitle() == "New meeting"

    general = editor.general
    qtbot.keyClicks(general.theme_en, NEW_THEME)
    general.theme_zh.setText("数字贸易圆桌会")
    set_wall_clock(general.starts, 2026, 3, 5, 10, 0)
    assert general.ends.dateTime().time() == QTime(11, 0)  # the end kept the hour's length
    type_zone(qtbot, editor, "Asia/Almaty")
    assert general.other_times.text() == (
        "UTC: 2026-03-05 05:00–06:00\nBeijing time: 2026-03-05 13:00–14:00"
    )
    qtbot.keyClicks(general.venue_en, "Conference Room 3")
    qtbot.keyClicks(general.join_url, "https://example.com/zoom/j/123")
    qtbot.keyClicks(editor.agenda.editors["agenda"], "1. Cross-border e-commerce")

    qtbot.mouseClick(
        editor.tabs.tabBar(),
        Qt.MouseButton.LeftButton,
        pos=editor.tabs.tabBar().tabRect(ATTENDEES_TAB).center(),
    )
    assert editor.tabs.currentIndex() == ATTENDEES_TAB
    find_and_add(qtbot, editor, "孟庆胜", type_it=False)  # the Chinese name
    find_and_add(qtbot, editor, "jaqypova")  # an alternative spelling
    attendees = editor.attendees.model
    meng, aigerim = attendees.participant(0), attendees.participant(1)
    assert (meng.label, meng.side, meng.title_zh) == (
        "Meng Qingsheng",
        Side.HOST,
        "上合示范区管委会副主任",
    )
    assert (aigerim.label, aigerim.side) == ("Aigerim Zhakupova", Side.GUEST)

    # A person the directory does not know yet, added inline.
    qtbot.mouseClick(editor.attendees.new_person_button, Qt.MouseButton.LeftButton)
    box = editor.attendees.new_person
    assert box.isVisible()
    qtbot.keyClicks(box.family_name, "Sharipov")
    qtbot.keyClicks(box.given_name, "Rustam")
    box.name_zh.setText("沙里波夫")
    box.country.setCurrentIndex(box.country.findText("Tajikistan"))
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: attendees.rowCount() == 3)
    assert not box.isVisible()

    # The title snapshot and the reply are edited in the table, with the keyboard.
    table = editor.attendees.table
    line = edit_cell(qtbot, table, 1, TITLE_EN)
    line.selectAll()
    qtbot.keyClicks(line, "Counsellor, Embassy of Kazakhstan")
    press_enter_in_cell(qtbot, table, line)
    combo = edit_cell(qtbot, table, 1, RSVP)
    combo.setCurrentIndex(combo.findText("Accepted"))
    press_enter_in_cell(qtbot, table, combo)
    assert attendees.participant(1).rsvp == Rsvp.ACCEPTED

    editor.tabs.setCurrentIndex(OUTCOMES_TAB)
    outcomes = editor.outcomes
    qtbot.mouseClick(outcomes.add_button, Qt.MouseButton.LeftButton)
    assert not editor.save_button.isEnabled()  # an outcome without a text
    assert "Outcome 1 needs a text" in outcomes.problems.text()
    qtbot.keyClicks(outcomes.text_en, "Send the list of logistics companies")
    outcomes.text_zh.insertPlainText("发送物流企业名单")
    outcomes.owner.setCurrentIndex(outcomes.owner.findText("Meng Qingsheng"))
    outcomes.due.setDate(QDate(2026, 4, 1))
    assert outcomes.model.rowCount() == 1

    save(qtbot, window, editor)

    (meeting,) = rows(sqlite_database, Meeting, Meeting.theme_en == NEW_THEME)
    assert meeting.theme_zh == "数字贸易圆桌会" and meeting.version == 1
    assert meeting.time_zone == "Asia/Almaty"
    assert meeting.starts_at == datetime(2026, 3, 5, 5, 0, tzinfo=UTC)
    assert meeting.ends_at == datetime(2026, 3, 5, 6, 0, tzinfo=UTC)
    assert meeting.status == MeetingStatus.DRAFT
    assert meeting.venue_en == "Conference Room 3" and meeting.join_url.endswith("/123")
    assert meeting.agenda == "1. Cross-border e-commerce"
    people = {
        p.name_en: p
        for p in rows(sqlite_database, Participation, Participation.meeting_id == meeting.id)
    }
    assert set(people) == {"Meng Qingsheng", "Aigerim Zhakupova", "Rustam Sharipov"}
    assert people["Meng Qingsheng"].title_en == "Deputy Director of SCODA Administrative Committee"
    assert people["Meng Qingsheng"].role == ParticipationRole.ATTENDEE
    assert people["Aigerim Zhakupova"].title_en == "Counsellor, Embassy of Kazakhstan"
    assert people["Aigerim Zhakupova"].rsvp == Rsvp.ACCEPTED
    assert people["Rustam Sharipov"].name_zh == "沙里波夫"
    assert people["Rustam Sharipov"].side == Side.GUEST
    (outcome,) = rows(sqlite_database, Outcome, Outcome.meeting_id == meeting.id)
    assert (outcome.kind, outcome.status) == (OutcomeKind.FOLLOW_UP, OutcomeStatus.OPEN)
    assert outcome.text_zh == "发送物流企业名单" and outcome.due_date == date(2026, 4, 1)
    assert outcome.owner_id == directory["meng"]
    (entry,) = rows(sqlite_database, AuditEntry, AuditEntry.table_name == "meeting")
    assert entry.action == AuditAction.INSERT and entry.record_id == str(meeting.id)
    assert entry.actor == getpass.getuser()
    assert entry.changes["theme_en"] == [None, NEW_THEME]

    # The list shows it, selected, and the status bar says what happened.
    assert window.selected_meeting().id == meeting.id
    assert window.status_message() == f"Created “{NEW_THEME}”."


def test_bad_input_is_explained_beside_each_field_and_save_stays_disabled(
    qtbot, loaded_window, monkeypatch
):
    editor = open_new_editor(qtbot, loaded_window)
    general = editor.general
    labels = general.problem_labels

    assert labels["theme"].isVisible()
    assert labels["theme"].text() == "Give the meeting a theme, in English or Chinese."
    qtbot.keyClicks(general.theme_en, NEW_THEME)
    assert not labels["theme"].isVisible()
    assert editor.save_button.isEnabled()

    set_wall_clock(general.ends, 2020, 1, 1, 9, 0)  # before the start
    type_zone(qtbot, editor, "Asia/Shangai")
    qtbot.keyClicks(general.join_url, "meeting.tencent.com/dm/42")

    assert labels["ends_at"].text() == (
        "The meeting must end after it starts: set a later end time."
    )
    assert labels["time_zone"].text().startswith("“Asia/Shangai” is not a known time zone")
    assert labels["join_url"].text() == (
        "Add https:// at the start of the join link: https://meeting.tencent.com/dm/42."
    )
    assert all(labels[name].isVisible() for name in ("ends_at", "time_zone", "join_url"))
    assert not editor.save_button.isEnabled()
    assert editor.save_status.text().startswith("Cannot save yet: The meeting must end after")
    assert "(and 2 more)" in editor.save_status.text()
    tip = editor.save_button.toolTip()
    assert "Cannot save yet:" in tip and "Asia/Shangai" in tip and "https://" in tip
    assert not editor.tabs.tabIcon(GENERAL_TAB).isNull()  # the tab is marked
    assert general.other_times.text() == ""  # no times shown in a zone that does not exist

    type_zone(qtbot, editor, "Asia/Shanghai")
    set_wall_clock(general.ends, 2030, 1, 1, 9, 0)
    general.join_url.clear()
    qtbot.keyClicks(general.join_url, "https://meeting.tencent.com/dm/42")
    assert not any(label.isVisible() for label in labels.values())
    assert editor.save_button.isEnabled() and editor.save_status.text() == ""
    assert editor.tabs.tabIcon(GENERAL_TAB).isNull()

    # Closing with changes asks first; "Cancel" keeps the editor open.
    asked: list[str] = []
    answer = QMessageBox.StandardButton.Cancel
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, title, *_a: asked.append(title) or answer
    )
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert asked == ["Discard changes?"] and editor.isVisible()
    answer = QMessageBox.StandardButton.Discard
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: loaded_window.editor is None)


def test_editing_a_meeting_bumps_its_version_and_audits_the_change(
    qtbot, loaded_window, sqlite_database, meetings
):
    editor = open_existing_editor(qtbot, loaded_window, CLOUD_THEME)
    assert editor.windowTitle() == f"Edit meeting: {CLOUD_THEME}"
    assert editor.general.theme_en.text() == CLOUD_THEME
    assert [editor.attendees.model.participant(n).label for n in range(3)] == [
        "Liu Jianjun",
        "Djauhari Oratmangun",
        "Muhammed Igormonzod",
    ]
    assert editor.outcomes.model.rowCount() == 3
    editor.general.venue_en.selectAll()
    qtbot.keyClicks(editor.general.venue_en, "Service Center, SCODA")

    save(qtbot, loaded_window, editor)

    (meeting,) = rows(sqlite_database, Meeting, Meeting.id == meetings[CLOUD_THEME])
    assert meeting.version == 2 and meeting.venue_en == "Service Center, SCODA"
    (entry,) = rows(sqlite_database, AuditEntry, AuditEntry.action == AuditAction.UPDATE)
    assert entry.changes == {
        "venue_en": ["SCODA Administrative Committee, Jiaozhou", "Service Center, SCODA"]
    }
    assert loaded_window.status_message() == f"Saved “{CLOUD_THEME}”."


def test_a_save_after_someone_else_saved_is_refused_and_the_editor_stays(
    qtbot, loaded_window, sqlite_database, meetings, monkeypatch
):
    editor = open_existing_editor(qtbot, loaded_window, CLOUD_THEME)
    other_office = MeetingService(sqlite_database, actor="colleague")
    theirs = other_office.load(meetings[CLOUD_THEME])
    theirs.notes = "Flags ready"
    other_office.save(theirs)

    asked: list[MeetingConflict] = []

    def cancel(_parent, conflict: MeetingConflict) -> ConflictChoice:
        asked.append(conflict)
        return ConflictChoice.CANCEL

    monkeypatch.setattr(ConflictDialog, "ask", cancel)
    qtbot.keyClicks(editor.general.interpretation, "consecutive")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked))

    (conflict,) = asked
    assert conflict.last_change.startswith("colleague at ")
    assert [(d.what, d.yours, d.theirs) for d in conflict.differences] == [
        ("Interpretation", "consecutive", "—"),
        ("Notes", "—", "Flags ready"),
    ]
    assert editor.isVisible() and editor.save_button.isEnabled()
    assert editor.save_status.text().startswith("Not saved: someone else saved this meeting")
    (meeting,) = rows(sqlite_database, Meeting, Meeting.id == meetings[CLOUD_THEME])
    assert meeting.version == 2 and meeting.interpretation is None
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Discard)
    editor.reject()


def test_warnings_name_a_clash_and_a_late_hour_without_blocking(
    qtbot, loaded_window, sqlite_database, meetings
):
    service = MeetingService(sqlite_database)
    cloud = service.load(meetings[CLOUD_THEME])
    (host,) = [p for p in cloud.participants if p.side == Side.HOST]
    clash = service.load(meetings[CLOUD_THEME])
    clash.id = clash.uid = clash.version = None
    clash.theme_en = "Clash"
    clash.participants = [
        type(host)(person_id=host.person_id, side=Side.HOST, name_en="Liu Jianjun")
    ]
    clash.outcomes = []
    service.save(clash)

    editor = open_existing_editor(qtbot, loaded_window, CLOUD_THEME)
    qtbot.waitUntil(lambda: "Clash" in editor.warning_text())
    assert "Liu Jianjun is also in “Clash” on 2021-04-02 15:00–16:00 (Beijing time)." in (
        editor.warning_text()
    )
    set_wall_clock(editor.general.starts, 2021, 4, 2, 22, 0)
    qtbot.waitUntil(lambda: "outside 08:00–20:00" in editor.warning_text())
    assert "Clash" not in editor.warning_text()
    assert editor.save_button.isEnabled()  # warnings do not block
    editor._baseline = editor.draft()  # leave without being asked about the change
    editor.reject()


def test_a_meeting_created_from_the_calendar_starts_at_the_slot(qtbot, loaded_window):
    slot = datetime(2026, 3, 5, 9, 30, tzinfo=ZoneInfo("Asia/Shanghai"))
    loaded_window.calendar.create_requested.emit(slot)
    qtbot.waitUntil(lambda: loaded_window.editor is not None)
    editor = loaded_window.editor
    draft = editor.draft()
    assert draft.starts_at == slot and draft.time_zone == "Asia/Shanghai"
    editor.reject()  # nothing typed: closes without asking
    qtbot.waitUntil(lambda: loaded_window.editor is None)


def test_a_meeting_clicked_in_the_calendar_opens_in_the_editor(qtbot, loaded_window, meetings):
    loaded_window.calendar.meeting_activated.emit(meetings[CLOUD_THEME])
    qtbot.waitUntil(lambda: loaded_window.editor is not None)
    assert loaded_window.editor.general.theme_en.text() == CLOUD_THEME
    loaded_window.editor.reject()
