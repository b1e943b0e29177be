"""Starting on the meeting list as last read: shown before the database is opened, kept when the
database still matches it, replaced when it does not, and withdrawn when it cannot be opened."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QMessageBox

from scoda_desktop import paths
from scoda_desktop.errors import ScodaError
from scoda_desktop.services import list_cache
from scoda_desktop.services.files import FileWriteError
from scoda_desktop.services.meeting_service import MeetingService
from scoda_desktop.ui.main_window import MainWindow
from scoda_desktop.ui.meeting_source import MeetingSource

EXPO = "Preparations for the SCO Expo"  # one of the meetings fixture's


def _cache_of(target) -> object:
    return list_cache.cache_file(paths.cache_dir(), target.path)


def _first_run(qtbot, make_window, target) -> list:
    """A window that reads the list and caches it; closed, as at the end of a day's work."""
    window = make_window(target)
    with qtbot.waitSignal(window.meetings_loaded, timeout=10_000):
        window.start_loading()
    qtbot.waitUntil(lambda: _cache_of(target).exists(), timeout=10_000)
    rows = window.meetings_page.model.rows()
    window.close()
    return rows


def _themes(window: MainWindow) -> set[str]:
    return {row.theme_en for row in window.meetings_page.model.rows()}


def test_the_next_start_shows_the_cached_list_then_keeps_it(
    qtbot, make_window, sqlite_target, meetings
):
    before = _first_run(qtbot, make_window, sqlite_target)
    window = make_window(sqlite_target)
    resets: list[str] = []

    with qtbot.waitSignal(window.cached_list_shown, timeout=10_000) as shown:
        window.start_loading()
    assert shown.args == [len(before)]
    assert window.meetings_page.model.rows() == before
    assert not window.new_action.isEnabled()  # editing waits for the database
    window.meetings_page.model.modelReset.connect(lambda: resets.append("reset"))
    window.meetings_page.select_meeting(meetings[EXPO])

    with qtbot.waitSignal(window.meetings_loaded, timeout=10_000):
        pass
    assert resets == []  # the database matched: the list was not read again nor reset
    assert window.new_action.isEnabled()
    assert window.selected_meeting().id == meetings[EXPO]  # the selection made meanwhile
    assert window.edit_action.isEnabled()
    assert "meeting" in window.status_text()


def test_a_list_changed_since_is_read_from_the_database(
    qtbot, make_window, sqlite_target, sqlite_database, meetings
):
    _first_run(qtbot, make_window, sqlite_target)
    service = MeetingService(sqlite_database, actor="tester")
    draft = service.load(meetings[EXPO])
    service.save(replace(draft, theme_en="Renamed while the window was closed"))

    window = make_window(sqlite_target)
    cached: list[int] = []
    window.cached_list_shown.connect(cached.append)
    with qtbot.waitSignal(window.meetings_loaded, timeout=10_000):
        window.start_loading()

    assert cached == []  # the stale list was never shown
    assert "Renamed while the window was closed" in _themes(window)
    # and the new list is cached for the next start
    stamp = list_cache.read_stamp_of_file(sqlite_target.path)
    qtbot.waitUntil(
        lambda: list_cache.load(_cache_of(sqlite_target), sqlite_target.path, stamp) is not None,
        timeout=10_000,
    )


def test_a_database_that_does_not_open_withdraws_the_cached_list(
    qtbot, make_window, sqlite_target, meetings, monkeypatch
):
    _first_run(qtbot, make_window, sqlite_target)
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: errors.append(text))

    def refuse(self: MeetingSource):
        raise ScodaError("The database is in use by another copy of SCODA Desktop.")

    monkeypatch.setattr(MeetingSource, "_open", refuse)
    window = make_window(sqlite_target)
    with qtbot.waitSignal(window.cached_list_shown, timeout=10_000):
        window.start_loading()
    qtbot.waitUntil(lambda: errors != [], timeout=10_000)

    assert window.meetings_page.model.rowCount() == 0
    assert "in use" in errors[0]
    assert "Could not open" in window.status_text()


@pytest.mark.parametrize("demo", [True, False], ids=["demo", "prepared"])
def test_the_demo_is_never_cached(qtbot, make_window, sqlite_target, meetings, demo: bool):
    prepare = None if demo else (lambda _database: None)
    target = replace(sqlite_target, demo=True) if demo else sqlite_target
    window = make_window(target, prepare=prepare)
    with qtbot.waitSignal(window.meetings_loaded, timeout=10_000):
        window.start_loading()
    qtbot.waitUntil(lambda: not window._runner.busy, timeout=10_000)
    assert not _cache_of(target).exists()


def test_a_cache_that_cannot_be_written_costs_only_the_next_start(
    qtbot, make_window, sqlite_target, meetings, monkeypatch, caplog
):
    def full_disk(*_args: object) -> None:
        raise FileWriteError("No space left on the disk that holds the cache.")

    monkeypatch.setattr(list_cache, "save", full_disk)
    window = make_window(sqlite_target)
    with qtbot.waitSignal(window.meetings_loaded, timeout=10_000):
        window.start_loading()
    qtbot.waitUntil(lambda: "could not cache the meeting list" in caplog.text, timeout=10_000)

    assert len(window.meetings_page.model.rows()) == len(meetings)
    assert window.new_action.isEnabled()
    assert not _cache_of(sqlite_target).exists()
