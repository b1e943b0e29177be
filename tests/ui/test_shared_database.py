"""Working together on one database, as officers do it in the window: a save refused because a
colleague saved first (reload, overwrite, cancel), a colleague's change appearing in the list
without a restart, a meeting's history, and Preferences (test connection, switching database).
"""

from __future__ import annotations

import json
import stat
from dataclasses import replace
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox

from scoda_desktop.data.database import open_database
from scoda_desktop.data.target import resolve_target
from scoda_desktop.domain.models import AuditEntry, Meeting
from scoda_desktop.services.directory import DirectoryService
from scoda_desktop.services.meeting_conflicts import ChangedBy, Difference, MeetingConflict
from scoda_desktop.services.meeting_drafts import new_meeting_draft
from scoda_desktop.services.meeting_service import MeetingService
from scoda_desktop.settings import (
    ACTOR_NAME,
    DATABASE_KIND,
    POSTGRES_HOST,
    POSTGRES_PASSWORD,
    POSTGRES_PORT,
    POSTGRES_USER,
    POSTGRESQL,
    SQLITE_PATH,
    Preferences,
    load_preferences,
    settings_path,
)
from scoda_desktop.ui.conflict_dialog import ConflictChoice, ConflictDialog
from scoda_desktop.ui.history_dialog import HistoryDialog
from scoda_desktop.ui.main_window import MainWindow
from scoda_desktop.ui.meeting_table_model import THEME
from scoda_desktop.ui.preferences_dialog import PreferencesDialog
from tests.ui.conftest import CLOUD_THEME, FAIR_THEME, _person, add_meeting
from tests.ui.test_meeting_editor import open_existing_editor

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

POLL_MS = 50


def shown(window: MainWindow) -> list[str]:
    return [window.proxy.index(row, THEME).data() for row in range(window.proxy.rowCount())]


def colleague_saves(database, meeting_id: int, **changes: object) -> None:
    """Another officer, on another connection, changes the meeting."""
    colleague = MeetingService(database, actor="colleague")
    draft = colleague.load(meeting_id)
    for name, value in changes.items():
        setattr(draft, name, value)
    colleague.save(draft)


def meeting(database, meeting_id: int) -> Meeting:
    with database.session() as session:
        found = session.get(Meeting, meeting_id)
        assert found is not None
        return found


def refuse_questions(monkeypatch) -> None:
    def unexpected(_parent, title, text, *_args):
        pytest.fail(f"unexpected question: {title}: {text}")

    monkeypatch.setattr(QMessageBox, "question", unexpected)


# -- the conflict dialog ---------------------------------------------------------------------


@pytest.fixture
def conflict_after_colleague_saved(qtbot, loaded_window, sqlite_database, meetings, monkeypatch):
    """The editor open on the cloud meeting, the colleague saving notes, then our save."""
    refuse_questions(monkeypatch)
    editor = open_existing_editor(qtbot, loaded_window, CLOUD_THEME)
    colleague_saves(sqlite_database, meetings[CLOUD_THEME], notes="Flags ready")
    qtbot.keyClicks(editor.general.interpretation, "consecutive")
    asked: list[MeetingConflict] = []

    def click_save(answer: ConflictChoice) -> None:
        def ask(_parent, conflict: MeetingConflict) -> ConflictChoice:
            asked.append(conflict)
            return answer

        monkeypatch.setattr(ConflictDialog, "ask", ask)
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(asked))

    return editor, click_save, asked


def test_overwrite_saves_mine_over_the_colleagues_version(
    qtbot, loaded_window, sqlite_database, meetings, conflict_after_colleague_saved
):
    _editor, click_save, _asked = conflict_after_colleague_saved

    with qtbot.waitSignal(loaded_window.meetings_loaded, timeout=10_000):
        click_save(ConflictChoice.OVERWRITE)
    qtbot.waitUntil(lambda: loaded_window.editor is None)

    saved = meeting(sqlite_database, meetings[CLOUD_THEME])
    assert (saved.version, saved.interpretation, saved.notes) == (3, "consecutive", None)
    with sqlite_database.session() as session:
        last = session.execute(
            sa.select(AuditEntry.actor, AuditEntry.changes)
            .where(AuditEntry.table_name == "meeting")
            .order_by(AuditEntry.id.desc())
            .limit(1)
        ).one()
    assert last.changes == {"interpretation": [None, "consecutive"], "notes": ["Flags ready", None]}
    assert loaded_window.status_message() == f"Saved “{CLOUD_THEME}”."


def test_reload_shows_the_colleagues_version_and_keeps_the_editor_open(
    qtbot, loaded_window, sqlite_database, meetings, conflict_after_colleague_saved
):
    editor, click_save, asked = conflict_after_colleague_saved

    click_save(ConflictChoice.RELOAD)
    assert [d.what for d in asked[0].differences] == ["Interpretation", "Notes"]

    assert editor.isVisible() and not editor.has_changes()
    assert (editor.draft().notes, editor.draft().interpretation) == ("Flags ready", None)
    qtbot.keyClicks(editor.general.interpretation, "simultaneous")
    with qtbot.waitSignal(loaded_window.meetings_loaded, timeout=10_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = meeting(sqlite_database, meetings[CLOUD_THEME])
    assert (saved.version, saved.interpretation, saved.notes) == (3, "simultaneous", "Flags ready")


def test_the_conflict_dialog_shows_the_differences_and_returns_the_choice(qtbot, qtmodeltester):
    theirs = new_meeting_draft(datetime(2024, 5, 1, 8, tzinfo=UTC))
    theirs.theme_en = "Logistics"
    conflict = MeetingConflict(
        theirs,
        "colleague at 2024-05-01 10:12",
        (Difference("Venue (English)", "Room 3", "Room 5", ChangedBy.BOTH),),
    )
    for button, choice in (
        ("reload_button", ConflictChoice.RELOAD),
        ("overwrite_button", ConflictChoice.OVERWRITE),
        ("cancel_button", ConflictChoice.CANCEL),
    ):
        dialog = ConflictDialog(conflict)
        qtbot.addWidget(dialog)
        qtmodeltester.check(dialog.model)
        dialog.show()
        assert [dialog.model.text(0, c) for c in range(4)] == [
            "Venue (English)",
            "Room 3",
            "Room 5",
            "both of you",
        ]
        assert dialog.findChild(QLabel, "conflictHeadline").text() == (
            "“Logistics” was saved by colleague at 2024-05-01 10:12 after you opened it. "
            "Your changes are not saved yet."
        )
        qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
        assert dialog.choice == choice
        assert dialog.isHidden()


# -- changes made elsewhere ------------------------------------------------------------------


def test_a_meeting_added_and_changed_elsewhere_appears_keeping_the_selection(
    qtbot, loaded_window, sqlite_target, meetings
):
    window = loaded_window
    assert window.watcher.interval_ms == 10_000  # the default
    window.select_meeting(meetings[FAIR_THEME])
    window.watcher.set_interval(POLL_MS)
    other = open_database(sqlite_target)  # a second connection, as a colleague's computer
    try:
        add_meeting(
            other,
            theme="Added by a colleague",
            starts_at=datetime(2022, 3, 1, 6, 0, tzinfo=UTC),
            guests=[_person("Rahimov", "Aziz", "UZ")],
        )
        qtbot.waitUntil(lambda: "Added by a colleague" in shown(window), timeout=5_000)
        assert window.selected_meeting().id == meetings[FAIR_THEME]
        assert window.status_message() == "Updated with changes saved elsewhere."

        colleague_saves(other, meetings[CLOUD_THEME], theme_en="Cloud Meeting, renamed")
        qtbot.waitUntil(lambda: "Cloud Meeting, renamed" in shown(window), timeout=5_000)
        assert window.selected_meeting().id == meetings[FAIR_THEME]
    finally:
        other.dispose()


def test_a_guest_renamed_elsewhere_is_renamed_in_the_list(
    qtbot, loaded_window, sqlite_target, meetings
):
    """The list shows guests by their directory names: a rename in the directory by a
    colleague is a change the list must follow, as a meeting's is."""
    window = loaded_window
    window.watcher.set_interval(POLL_MS)
    other = open_database(sqlite_target)
    try:
        service = DirectoryService(other, actor="colleague")
        with other.engine.connect() as connection:
            person_id = connection.execute(
                sa.text(
                    "SELECT person_id FROM participation WHERE side = 'guest' "
                    "AND name_en IS NULL LIMIT 1"
                )
            ).scalar_one()
        record = service.person(person_id).record
        service.save_person(replace(record, family_name="Renamedov"))

        qtbot.waitUntil(
            lambda: any(
                "Renamedov" in name
                for row in window.meetings_page.model.rows()
                for name in row.counterparts
            ),
            timeout=5_000,
        )
    finally:
        other.dispose()


def test_without_changes_the_list_is_not_read_again(qtbot, loaded_window):
    window = loaded_window
    reloads: list[int] = []
    window.meetings_loaded.connect(reloads.append)
    window.watcher.set_interval(POLL_MS)
    polled: list[bool] = []
    real = window.watcher._on_checked
    window.watcher._on_checked = lambda changed: (polled.append(changed), real(changed))
    qtbot.waitUntil(lambda: len(polled) >= 3, timeout=5_000)
    assert not any(polled) and reloads == []


# -- history ---------------------------------------------------------------------------------


def test_history_lists_who_changed_the_selected_meeting(
    qtbot, loaded_window, sqlite_database, meetings, qtmodeltester
):
    window = loaded_window
    colleague_saves(sqlite_database, meetings[CLOUD_THEME], notes="Flags ready")
    window.select_meeting(meetings[CLOUD_THEME])
    assert window.history_action.isEnabled()
    assert window.history_action in window.menuBar().actions()[2].menu().actions()

    window.history_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(HistoryDialog) is not None)

    dialog = window.findChild(HistoryDialog)
    qtmodeltester.check(dialog.model)
    assert dialog.windowTitle() == f"History: {CLOUD_THEME}"
    rows = [[dialog.model.text(r, c) for c in range(4)] for r in range(dialog.model.rowCount())]
    assert rows == [[rows[0][0], "colleague", "Meeting changed", "Notes: — → Flags ready"]]
    dialog.close()


# -- preferences -----------------------------------------------------------------------------


def test_the_preferences_action_is_in_the_edit_menu(loaded_window):
    action = loaded_window.preferences_action
    assert action.text() == "&Preferences…"
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Preferences)
    assert action in loaded_window.menuBar().actions()[1].menu().actions()


def test_the_form_shows_and_returns_each_declared_setting(qtbot):
    preferences = Preferences().replace(
        {DATABASE_KIND: POSTGRESQL, POSTGRES_HOST: "db.office", ACTOR_NAME: "Wang Fang"}
    )
    dialog = PreferencesDialog(preferences)
    qtbot.addWidget(dialog)
    assert dialog.server_page.isVisibleTo(dialog) and not dialog.sqlite_page.isVisibleTo(dialog)
    assert (
        dialog.fields[POSTGRES_PASSWORD].echoMode()
        == dialog.fields[POSTGRES_PASSWORD].EchoMode.Password
    )
    dialog.fields[POSTGRES_USER].setText("wang")
    dialog.fields[POSTGRES_PORT].setValue(5433)
    chosen = dialog.preferences()
    assert chosen.get(POSTGRES_USER) == "wang" and chosen.get(POSTGRES_PORT) == 5433
    assert chosen.get(ACTOR_NAME) == "Wang Fang"
    dialog.fields[DATABASE_KIND].setCurrentIndex(0)
    assert dialog.sqlite_page.isVisibleTo(dialog) and not dialog.server_page.isVisibleTo(dialog)


def test_switching_to_the_server_page_leaves_every_field_its_height(qtbot, interface):
    """The server's page is taller: the dialog grows rather than squeezing its fields (as it
    did past two thirds of the screen, in Chinese most of all)."""
    interface("zh")
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.fields[DATABASE_KIND].setCurrentIndex(1)  # the office's PostgreSQL server
    qtbot.waitUntil(lambda: dialog.server_page.isVisible())
    for setting in (POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD):
        field = dialog.fields[setting]
        assert field.height() >= field.sizeHint().height(), setting


def test_test_connection_reports_the_schema_revision_off_the_gui_thread(qtbot, sqlite_database):
    dialog = PreferencesDialog(
        Preferences().replace({SQLITE_PATH: str(sqlite_database.target.path)})
    )
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.connection_tested, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        assert dialog.test_result.text() == "Connecting…"
    assert blocker.args == ["OK, schema revision 0002."]
    assert dialog.test_button.isEnabled()


def test_test_connection_says_what_to_check_without_the_password(qtbot, caplog):
    dialog = PreferencesDialog(
        Preferences().replace(
            {
                DATABASE_KIND: POSTGRESQL,
                POSTGRES_HOST: "127.0.0.1",
                POSTGRES_PORT: 9,  # nothing listens on the discard port
                POSTGRES_USER: "officer",
                POSTGRES_PASSWORD: "s3cret",
            }
        )
    )
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.connection_tested, timeout=15_000) as blocker:
        dialog.test_connection()
    (text,) = blocker.args
    assert text.startswith("Cannot connect to postgresql+psycopg://officer:***@127.0.0.1:9/scoda")
    assert "s3cret" not in text and "s3cret" not in caplog.text


def test_choosing_another_database_saves_it_and_switches_now(
    qtbot, loaded_window, tmp_path, monkeypatch, meetings
):
    window = loaded_window
    other_path = tmp_path / "office.sqlite3"
    other = open_database(resolve_target(str(other_path)))
    add_meeting(
        other,
        theme="Only in the office database",
        starts_at=datetime(2024, 1, 10, 2, 0, tzinfo=UTC),
        guests=[_person("Rahimov", "Aziz", "UZ")],
    )
    other.dispose()
    chosen = Preferences().replace({SQLITE_PATH: str(other_path), ACTOR_NAME: "Wang Fang"})
    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(lambda cls, *_a, **_k: chosen))
    questions: list[str] = []

    def switch(_parent, title, *_args):
        questions.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", switch)

    with qtbot.waitSignal(window.meetings_loaded, timeout=10_000):
        window.preferences_action.trigger()

    assert questions == ["Open the chosen database now?"]
    assert shown(window) == ["Only in the office database"]
    assert window.database_name == str(other_path)
    assert load_preferences() == chosen
    assert stat.S_IMODE(settings_path().stat().st_mode) == 0o600
    assert json.loads(settings_path().read_text(encoding="utf-8"))["audit.actor"] == "Wang Fang"
    assert window._source.meeting_service().actor == "Wang Fang"
