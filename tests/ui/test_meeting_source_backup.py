"""The window's database source makes the automatic backup when it loads (on the worker thread),
and a backup that fails never stops the window."""

from __future__ import annotations

import logging

import pytest

from scoda_desktop.data import backup
from scoda_desktop.data.target import sqlite_target
from scoda_desktop.ui.meeting_source import MeetingSource


def test_loading_makes_the_automatic_backup_when_one_is_due(tmp_path, data_dir):
    source = MeetingSource(sqlite_target(tmp_path / "office.sqlite3"))
    try:
        assert source.load() == []
        source.load()  # the next one is not due for hours
    finally:
        source.close()
    (made,) = (data_dir / "backups").iterdir()
    assert made.name.startswith("office-") and made.name.endswith("-auto.sqlite3")


def test_the_demo_database_is_not_backed_up(tmp_path, data_dir):
    source = MeetingSource(sqlite_target(tmp_path / "demo.sqlite3", demo=True))
    try:
        source.load()
    finally:
        source.close()
    assert not (data_dir / "backups").exists() or not any((data_dir / "backups").iterdir())


def test_a_failing_backup_is_logged_and_the_meetings_still_load(
    tmp_path, monkeypatch, caplog: pytest.LogCaptureFixture
):
    def no_room(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "automatic_backup", no_room)
    source = MeetingSource(sqlite_target(tmp_path / "office.sqlite3"))
    try:
        with caplog.at_level(logging.ERROR, logger="scoda_desktop.ui.meeting_source"):
            assert source.load() == []
    finally:
        source.close()
    assert "the automatic backup of" in caplog.text and "No space left" in caplog.text
