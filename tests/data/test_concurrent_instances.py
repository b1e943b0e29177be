"""Two SCODA Desktops on one SQLite file: both write safely (WAL and a busy timeout), and a lock
held longer than the timeout is reported as a clear error, never a corrupt file."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta

import pytest

from scoda_desktop.data import database as db
from scoda_desktop.domain.models import Meeting

EDITS = 150


def add_meeting(database: db.Database, theme: str) -> None:
    start = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)
    with database.transaction() as session:
        session.add(Meeting(theme_en=theme, starts_at=start, ends_at=start + timedelta(hours=1)))


def test_two_processes_writing_at_once_both_succeed_and_lose_nothing(sqlite_target, start_worker):
    db.open_database(sqlite_target).dispose()
    first = start_worker("edits", sqlite_target.path, "first", EDITS, "--wait-for-go")
    second = start_worker("edits", sqlite_target.path, "second", EDITS, "--wait-for-go")
    first.wait_for("ready")
    second.wait_for("ready")
    first.send("go")  # both start writing together
    second.send("go")

    assert first.finish() == 0, first.stderr()
    assert second.finish() == 0, second.stderr()

    expected = [str(n) for n in range(EDITS)]
    assert first.lines[1:] == expected and second.lines[1:] == expected
    with closing(sqlite3.connect(sqlite_target.path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        themes = {row[0] for row in connection.execute("SELECT theme_en FROM meeting")}
        counters = dict(
            connection.execute("SELECT theme_en, notes FROM meeting WHERE notes IS NOT NULL")
        )
    for prefix in ("first", "second"):
        assert {f"{prefix} {n}" for n in range(EDITS)} <= themes
        assert counters[f"{prefix} counter"] == str(EDITS - 1)
    assert len(themes) == 2 * EDITS + 2


def test_a_lock_held_past_the_busy_timeout_is_a_clear_error(sqlite_target, monkeypatch):
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 200)
    database = db.open_database(sqlite_target)
    try:
        with closing(sqlite3.connect(sqlite_target.path)) as other:
            other.execute("BEGIN IMMEDIATE")  # another instance in the middle of a long write
            with pytest.raises(db.DatabaseBusyError) as caught:
                add_meeting(database, "refused while the other instance writes")
            other.rollback()
        assert str(caught.value) == (
            "The database is busy: another SCODA Desktop is writing to it; try again."
        )
        add_meeting(database, "accepted once it has finished")
        with database.session() as session:
            assert session.scalars(db.sa.select(Meeting.theme_en)).all() == [
                "accepted once it has finished"
            ]
    finally:
        database.dispose()


def test_other_operational_errors_are_not_reported_as_busy(sqlite_database):
    with (
        pytest.raises(db.sa.exc.OperationalError, match="no such table"),
        sqlite_database.transaction() as session,
    ):
        session.execute(db.sa.text("SELECT * FROM no_such_table"))


def test_two_processes_creating_the_same_new_database_migrate_it_once(tmp_path, start_worker):
    """The migration holds the write lock from its start: the second process waits for it, then
    finds the schema in place. (Reference data is left out: it is seeded separately.)"""
    path = tmp_path / "new.sqlite3"
    workers = [start_worker("create", path) for _ in range(2)]
    for worker in workers:
        worker.wait_for("ready")
    for worker in workers:
        worker.send("go")
    for worker in workers:
        assert worker.finish() == 0, worker.stderr()
        assert worker.lines == ["ready", "opened"]
    with closing(sqlite3.connect(path)) as connection:
        revisions = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        assert revisions == [(db.head_revision(),)]
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
