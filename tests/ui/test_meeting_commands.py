"""The meeting list's filters and commands as a person uses them: filter by any name form and
by the choices beside the box; postpone, cancel, duplicate; delete (asked first) and undo."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from scoda_desktop.domain.enums import MeetingStatus
from scoda_desktop.domain.models import Meeting, Participation, Person
from scoda_desktop.ui.main_window import MainWindow
from scoda_desktop.ui.meeting_table_model import STATUS, THEME
from tests.ui.conftest import CLOUD_THEME, FAIR_THEME, RAIL_THEME


def shown(window: MainWindow, column: int = THEME) -> list[str]:
    proxy = window.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def select(window: MainWindow, theme: str) -> None:
    window.table.setFocus()
    window.table.selectRow(shown(window).index(theme))


def reload(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.meetings_loaded, timeout=10_000):
        window.refresh_action.trigger()


@pytest.fixture
def answers(monkeypatch) -> list[str]:
    """Questions asked, answered Yes; the test reads what was asked."""
    asked: list[str] = []

    def question(_parent, title, text, *_args):
        asked.append(f"{title}\n{text}")
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _meeting(database, meeting_id: int) -> Meeting | None:
    with database.session() as session:
        return session.get(Meeting, meeting_id)


# -- filters ---------------------------------------------------------------------------------


def test_the_filter_finds_chinese_names_alternative_spellings_venue_and_notes(
    qtbot, loaded_window, sqlite_database
):
    with sqlite_database.transaction() as session:
        session.execute(
            sa.update(Person)
            .where(Person.family_name == "Oratmangun")
            .values(name_zh="周浩黎", alternative_spellings=["Djauhari Oratmangoen"])
        )
        session.execute(
            sa.update(Person)
            .where(Person.family_name == "Igormonzod")
            .values(alternative_spellings=["Muhammad Egamzod"])
        )
        session.execute(
            sa.update(Meeting).where(Meeting.theme_en == RAIL_THEME).values(notes="Bring flags")
        )
    reload(qtbot, loaded_window)
    window = loaded_window

    window.filter_edit.setText("周浩黎")  # a guest's Chinese name, from the directory
    assert shown(window) == [CLOUD_THEME]
    window.filter_edit.clear()
    qtbot.keyClicks(window.filter_edit, "egamzod")  # an alternative spelling
    assert shown(window) == [CLOUD_THEME]
    window.filter_edit.clear()
    qtbot.keyClicks(window.filter_edit, "liu jianjun")  # the host, not a counterpart
    assert len(shown(window)) == 3
    window.filter_edit.clear()
    qtbot.keyClicks(window.filter_edit, "jiaozhou")  # the venue
    assert shown(window) == [CLOUD_THEME]
    window.filter_edit.clear()
    qtbot.keyClicks(window.filter_edit, "FLAGS")  # the notes
    assert shown(window) == [RAIL_THEME]
    assert window.status_text().startswith("1 of 3 meetings — ")


def test_status_kind_country_and_dates_narrow_the_list(qtbot, loaded_window):
    window = loaded_window
    bar = window.meetings_page.filter_bar
    assert [bar.country.itemText(n) for n in range(bar.country.count())] == [
        "Any country",
        "Indonesia",
        "Kazakhstan",
        "Russia",
        "Tajikistan",
    ]
    bar.status.setCurrentIndex(bar.status.findText("Cancelled"))
    assert shown(window) == [RAIL_THEME]
    bar.status.setCurrentIndex(0)
    bar.kind.setCurrentIndex(bar.kind.findText("Hybrid"))
    assert shown(window) == [FAIR_THEME]
    bar.kind.setCurrentIndex(0)
    bar.country.setCurrentIndex(bar.country.findText("Tajikistan"))
    assert shown(window) == [CLOUD_THEME]
    bar.country.setCurrentIndex(0)

    bar.date_from.setDate(QDate(2021, 4, 2))  # the day, in Beijing time, counts
    assert shown(window) == [FAIR_THEME, CLOUD_THEME]
    bar.date_to.setDate(QDate(2022, 12, 31))
    assert shown(window) == [CLOUD_THEME]
    assert window.status_text().startswith("1 of 3 meetings — ")

    assert bar.reset.isEnabled()
    qtbot.mouseClick(bar.reset, Qt.MouseButton.LeftButton)
    assert len(shown(window)) == 3 and not bar.reset.isEnabled()
    assert bar.criteria().date_from is None


# -- commands --------------------------------------------------------------------------------


def test_cancel_keeps_the_meeting_and_says_so(qtbot, loaded_window, sqlite_database, meetings):
    window = loaded_window
    select(window, CLOUD_THEME)
    assert window.cancel_action.isEnabled() and window.postpone_action.isEnabled()
    with qtbot.waitSignal(window.meetings_loaded, timeout=10_000):
        window.cancel_action.trigger()

    meeting = _meeting(sqlite_database, meetings[CLOUD_THEME])
    assert meeting.status == MeetingStatus.CANCELLED and meeting.version == 2
    assert window.selected_meeting().theme == CLOUD_THEME
    assert shown(window, STATUS)[shown(window).index(CLOUD_THEME)] == "Cancelled"
    assert window.status_message() == f"Cancelled “{CLOUD_THEME}”; the record is kept."
    assert not window.cancel_action.isEnabled() and not window.postpone_action.isEnabled()


def test_postpone_from_a_stale_list_is_refused_with_a_message(
    qtbot, loaded_window, sqlite_database, meetings, monkeypatch
):
    window = loaded_window
    select(window, FAIR_THEME)
    with sqlite_database.transaction() as session:  # another office saves meanwhile
        session.execute(sa.update(Meeting).where(Meeting.theme_en == FAIR_THEME).values(version=5))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    with qtbot.waitSignal(window.meetings_loaded, timeout=10_000):
        window.postpone_action.trigger()
    assert warnings and f"“{FAIR_THEME}” was changed" in warnings[0]
    assert _meeting(sqlite_database, meetings[FAIR_THEME]).status == MeetingStatus.CONFIRMED


def test_delete_asks_then_undo_brings_the_meeting_back(
    qtbot, loaded_window, sqlite_database, meetings, answers
):
    window = loaded_window
    meeting_id = meetings[CLOUD_THEME]
    uid = _meeting(sqlite_database, meeting_id).uid
    assert not window.undo_button.isVisible()
    select(window, CLOUD_THEME)
    with qtbot.waitSignal(window.meetings_loaded, timeout=10_000):
        qtbot.keyClick(window.table, Qt.Key.Key_Delete)

    assert answers[0].startswith("Delete meeting?\nDelete “Cloud Meeting on Trade and Logistics”")
    assert _meeting(sqlite_database, meeting_id) is None
    assert CLOUD_THEME not in shown(window)
    assert window.status_message() == f"Deleted “{CLOUD_THEME}”. Press Ctrl+Z to undo."
    assert window.undo_button.isVisible()
    assert window.undo_action.text() == "&Undo Delete"
    assert CLOUD_THEME in window.undo_button.toolTip()

    window.table.setFocus()
    with qtbot.waitSignal(window.meetings_loaded, timeout=10_000):
        qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    restored = _meeting(sqlite_database, meeting_id)
    assert restored is not None and restored.uid == uid
    with sqlite_database.session() as session:
        guests = session.scalars(
            sa.select(Participation.id).where(Participation.meeting_id == meeting_id)
        ).all()
    assert len(guests) == 3
    assert window.selected_meeting().id == meeting_id
    assert window.status_message() == f"Restored “{CLOUD_THEME}”."
    assert not window.undo_button.isVisible() and not window.undo_action.isEnabled()


def test_delete_answered_cancel_deletes_nothing(
    qtbot, loaded_window, sqlite_database, meetings, monkeypatch
):
    window = loaded_window
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Cancel)
    select(window, RAIL_THEME)
    window.delete_action.trigger()
    assert _meeting(sqlite_database, meetings[RAIL_THEME]) is not None
    assert not window.commands.busy and not window.undo_action.isEnabled()


def test_delete_in_the_filter_box_deletes_text_not_meetings(qtbot, loaded_window, monkeypatch):
    window = loaded_window
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: pytest.fail("asked to delete"))
    select(window, RAIL_THEME)
    qtbot.keyClicks(window.filter_edit, "rail")
    window.filter_edit.setCursorPosition(0)
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Delete)
    assert window.filter_edit.text() == "ail"


def test_duplicate_opens_the_new_draft_in_the_editor(
    qtbot, loaded_window, sqlite_database, meetings
):
    window = loaded_window
    select(window, CLOUD_THEME)
    with qtbot.waitSignal(window.editor_opened, timeout=10_000) as opened:
        qtbot.keyClick(window.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    editor = opened.args[0]
    copy = editor.draft()
    assert copy.id != meetings[CLOUD_THEME] and copy.status == MeetingStatus.DRAFT
    assert copy.theme_en == CLOUD_THEME and len(copy.participants) == 3
    assert window.status_message() == f"Duplicated “{CLOUD_THEME}” as a new draft."
    assert shown(window).count(CLOUD_THEME) == 2
    editor.reject()
    qtbot.waitUntil(lambda: window.editor is None)


def test_commands_wait_for_a_selection(qtbot, loaded_window):
    window = loaded_window
    window.table.clearSelection()
    for action in (
        window.edit_action,
        window.duplicate_action,
        window.postpone_action,
        window.cancel_action,
        window.delete_action,
    ):
        assert not action.isEnabled(), action.text()
    assert window.new_action.isEnabled()
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    assert window.delete_action.shortcut().toString() == "Del"
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"


def test_the_last_page_is_remembered(qtbot, loaded_window, settings, make_window, sqlite_target):
    window = loaded_window
    titles = [window.navigation.item(n).text() for n in range(window.navigation.count())]
    window.page_actions[titles.index("Calendar")].trigger()
    assert window.pages.currentWidget() is window.calendar
    window.close()
    again = make_window(sqlite_target)
    assert again.pages.currentWidget() is again.calendar
    today = date.today()
    assert again.calendar.visible_range()[0] <= today


def test_enter_on_a_row_opens_the_meeting(qtbot, loaded_window):
    window = loaded_window
    select(window, FAIR_THEME)
    with qtbot.waitSignal(window.editor_opened, timeout=10_000) as opened:
        qtbot.keyClick(window.table, Qt.Key.Key_Return)
    editor = opened.args[0]
    assert editor.general.theme_en.text() == FAIR_THEME
    assert editor.general.zone.zone() == "Europe/Moscow"
    assert editor.general.other_times.text().endswith("Beijing time: 2023-06-15 14:00–15:00")
    editor.reject()
    qtbot.waitUntil(lambda: window.editor is None)
