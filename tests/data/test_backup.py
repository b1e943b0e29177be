"""Backups and restore of the SQLite database: online, checked, atomic, rotated, and a restore
that checks what it restores and keeps what it replaces."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from scoda_desktop.data import database as db
from scoda_desktop.data.backup import (
    DamagedDatabaseError,
    automatic_backup,
    backup_now,
    list_backups,
)
from scoda_desktop.data.restore import restore
from scoda_desktop.data.target import DatabaseTarget, sqlite_target
from scoda_desktop.domain.models import Meeting
from scoda_desktop.errors import InputError

POSTGRES = DatabaseTarget("postgresql+psycopg://officer:secret@db.example.com/scoda")


@pytest.fixture
def target(tmp_path: Path) -> DatabaseTarget:
    return sqlite_target(tmp_path / "office.sqlite3")


@pytest.fixture
def database(target: DatabaseTarget) -> Iterator[db.Database]:
    opened = db.open_database(target)
    yield opened
    opened.dispose()


def add_meeting(database: db.Database, theme: str) -> None:
    start = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)
    with database.transaction() as session:
        session.add(Meeting(theme_en=theme, starts_at=start, ends_at=start + timedelta(hours=1)))


def themes(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as connection:
        return {row[0] for row in connection.execute("SELECT theme_en FROM meeting")}


def integrity(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]


def damage(path: Path) -> None:
    """Overwrite the middle of a (checkpointed) database file with garbage."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(4096 * 2)
        handle.write(b"\xa5" * (size // 2))


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


# -- backup_now -------------------------------------------------------------------------------


def test_a_backup_is_one_checked_file_named_for_the_database_the_time_and_the_reason(
    database, target, data_dir
):
    add_meeting(database, "Cloud Meeting for Common Development")
    path = backup_now(target, now=datetime(2024, 5, 1, 8, 30, 15))
    assert path == data_dir / "backups" / "office-20240501-083015-manual.sqlite3"
    assert themes(path) == {"Cloud Meeting for Common Development"}
    assert integrity(path) == ["ok"]
    assert path.read_bytes()[18:20] == b"\x01\x01"  # a rollback-journal file: no -wal needed
    assert files_in(path.parent) == [path.name]  # no temporary file left behind

    again = backup_now(target, now=datetime(2024, 5, 1, 8, 30, 15))
    assert again.name == "office-20240501-083015-manual.2.sqlite3"
    assert [b.path for b in list_backups(target)] == [again, path]


def test_a_backup_is_taken_while_another_connection_is_writing(database, target):
    add_meeting(database, "committed")
    with closing(sqlite3.connect(target.path)) as writer:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE meeting SET theme_en = 'not yet committed'")
        path = backup_now(target)
        writer.rollback()
    assert themes(path) == {"committed"}


def test_a_backup_goes_to_the_file_or_folder_given(database, target, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    assert backup_now(target, folder / "copy.sqlite3") == folder / "copy.sqlite3"
    into_folder = backup_now(target, folder)
    assert into_folder.parent == folder and into_folder.name.endswith("-manual.sqlite3")
    with pytest.raises(InputError, match="does not exist"):
        backup_now(target, tmp_path / "missing" / "copy.sqlite3")
    with pytest.raises(InputError, match="is the database itself"):
        backup_now(target, target.path)


def test_a_damaged_database_is_not_backed_up(database, target, data_dir):
    add_meeting(database, "x")
    database.dispose()  # checkpoints the WAL into the file
    damage(target.path)
    with pytest.raises(DamagedDatabaseError, match="integrity check"):
        backup_now(target)
    assert files_in(data_dir / "backups") == []


def test_a_file_that_is_not_a_database_is_not_backed_up(target, data_dir):
    target.path.write_text("a letter, not a database\n" * 200, encoding="utf-8")
    with pytest.raises(DamagedDatabaseError, match="not a usable SQLite database"):
        backup_now(target)
    assert files_in(data_dir / "backups") == []


def test_a_missing_database_is_bad_input(target):
    with pytest.raises(InputError, match="There is no database at"):
        backup_now(target)
    assert not target.path.exists()


@pytest.mark.parametrize(
    "call",
    [
        lambda: backup_now(POSTGRES),
        lambda: restore(POSTGRES, Path("backup.sqlite3")),
        lambda: automatic_backup(POSTGRES),
    ],
    ids=["backup", "restore", "automatic"],
)
def test_a_postgresql_database_is_refused_with_the_tools_to_use(call):
    with pytest.raises(InputError, match="pg_dump and restore it with pg_restore") as caught:
        call()
    assert "secret" not in str(caught.value)


# -- automatic backups ------------------------------------------------------------------------


def test_an_automatic_backup_is_made_when_the_newest_is_four_hours_old(database, target):
    start = datetime(2024, 5, 1, 9, 0)
    first = automatic_backup(target, now=start)
    assert first is not None and first.name == "office-20240501-090000-auto.sqlite3"
    assert automatic_backup(target, now=start + timedelta(hours=3, minutes=59)) is None
    backup_now(target, now=start + timedelta(hours=3))  # manual ones do not count
    later = automatic_backup(target, now=start + timedelta(hours=4))
    assert later is not None and later.name == "office-20240501-130000-auto.sqlite3"


def test_an_automatic_backup_dated_in_the_future_does_not_stop_new_ones(database, target):
    automatic_backup(target, now=datetime(2030, 1, 1, 12, 0))  # the clock was wrong then
    assert automatic_backup(target, now=datetime(2024, 5, 1, 9, 0)) is not None


def test_no_automatic_backup_before_the_database_exists(target, data_dir):
    assert automatic_backup(target) is None
    assert files_in(data_dir / "backups") == []


def test_rotation_keeps_ten_daily_and_eight_weekly_automatic_backups_and_nothing_else(
    database, target, data_dir, tmp_path
):
    folder = data_dir / "backups"
    other = sqlite_target(tmp_path / "other.sqlite3")
    db.open_database(other).dispose()
    keepers = [  # never touched by this database's rotation, however old
        backup_now(target, now=datetime(2023, 12, 1, 10, 0)),
        backup_now(target, reason="before-migration-from-0001", now=datetime(2023, 12, 2)),
        backup_now(target, reason="before-restore", now=datetime(2023, 12, 3)),
        automatic_backup(other, now=datetime(2023, 12, 4, 10, 0)),
    ]

    day = datetime(2024, 1, 1)  # a Monday: ISO week 1 of 2024
    for n in range(60):  # 1 January to 29 February, at 06:00 and 18:00
        for hour in (6, 18):
            assert automatic_backup(target, now=day + timedelta(days=n, hours=hour)) is not None

    daily = [f"office-202402{d:02d}-180000-auto.sqlite3" for d in range(20, 30)]
    weekly = [  # the Sunday of each earlier week (the last week's newest is 29 February)
        f"office-{d}-180000-auto.sqlite3"
        for d in ("20240225", "20240218", "20240211", "20240204", "20240128", "20240121")
    ] + ["office-20240114-180000-auto.sqlite3"]
    assert len({*daily, *weekly}) == 16
    assert files_in(folder) == sorted({*daily, *weekly, *(p.name for p in keepers if p)})


# -- restore ----------------------------------------------------------------------------------


def test_restore_brings_back_the_backup_and_keeps_what_it_replaced(database, target):
    add_meeting(database, "before the backup")
    saved_backup = backup_now(target)
    add_meeting(database, "after the backup")
    inode = target.path.stat().st_ino

    safety = restore(target, saved_backup)

    assert target.path.stat().st_ino == inode  # written in place, not a new file swapped in
    assert safety is not None and safety.name.endswith("-before-restore.sqlite3")
    assert themes(safety) == {"before the backup", "after the backup"}
    with database.session() as session:  # the open database sees the restored data
        assert session.scalars(sa.select(Meeting.theme_en)).all() == ["before the backup"]
    add_meeting(database, "after the restore")  # and goes on writing to the same file
    database.dispose()
    assert themes(target.path) == {"before the backup", "after the restore"}
    assert integrity(target.path) == ["ok"]


def test_restore_reaches_another_instance_that_has_the_database_open(database, target):
    add_meeting(database, "kept")
    saved_backup = backup_now(target)
    other = db.open_database(target)  # a second SCODA Desktop on the same file
    try:
        add_meeting(other, "written by the other instance")
        with other.session() as session:
            assert len(session.scalars(sa.select(Meeting.id)).all()) == 2
        restore(target, saved_backup)
        with other.session() as session:
            assert session.scalars(sa.select(Meeting.theme_en)).all() == ["kept"]
        add_meeting(other, "after the restore")
    finally:
        other.dispose()
    database.dispose()
    assert themes(target.path) == {"kept", "after the restore"}


def test_restore_leaves_the_backup_file_untouched(database, target):
    add_meeting(database, "kept")
    saved_backup = backup_now(target)
    before = saved_backup.read_bytes()
    restore(target, saved_backup)
    assert saved_backup.read_bytes() == before
    assert not list(target.path.parent.glob(".restore-*"))  # the staged copy is gone


def test_a_backup_from_an_older_version_is_restored_at_the_current_schema(database, target):
    old = sqlite_target(target.path.parent / "old.sqlite3")
    engine = db.create_db_engine(old)
    db.upgrade(engine, "0001")
    engine.dispose()
    before = old.path.read_bytes()

    restore(target, old.path)

    assert old.path.read_bytes() == before
    with database.engine.connect() as connection:
        assert db.current_revision(connection) == db.head_revision()


def test_a_damaged_backup_is_refused_and_nothing_changes(database, target, tmp_path):
    add_meeting(database, "current")
    broken = backup_now(target, tmp_path / "broken.sqlite3")
    damage(broken)
    with pytest.raises(DamagedDatabaseError, match=r"broken\.sqlite3 is damaged"):
        restore(target, broken)
    assert themes(target.path) == {"current"}
    assert list_backups(target) == []  # refused before the current database was touched


def test_a_backup_from_a_newer_version_is_refused(database, target, tmp_path):
    newer = backup_now(target, tmp_path / "newer.sqlite3")
    with closing(sqlite3.connect(newer)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(InputError, match="newer version of SCODA Desktop") as caught:
        restore(target, newer)
    assert "9999_future" in str(caught.value)
    assert list_backups(target) == []


@pytest.mark.parametrize(
    "content", [b"", b"not a database\n" * 300, None], ids=["empty", "text", "foreign"]
)
def test_a_file_that_is_not_an_scoda_desktop_database_is_refused(
    database, target, tmp_path, content
):
    other = tmp_path / "other.sqlite3"
    if content is None:  # an SQLite database of another application
        with closing(sqlite3.connect(other)) as connection:
            connection.execute("CREATE TABLE recipe (name TEXT)")
    else:
        other.write_bytes(content)
    with pytest.raises(
        InputError, match=r"not an SCODA Desktop database|not a usable SQLite database"
    ):
        restore(target, other)
    with pytest.raises(InputError, match="There is no file"):
        restore(target, tmp_path / "missing.sqlite3")
    with pytest.raises(InputError, match="is the database itself"):
        restore(target, target.path)


def test_restore_repairs_a_damaged_database_and_keeps_its_files(database, target):
    add_meeting(database, "good")
    saved_backup = backup_now(target)
    add_meeting(database, "lost in the damage")
    database.dispose()
    damage(target.path)
    damaged = target.path.read_bytes()

    kept = restore(target, saved_backup)

    assert kept is not None and kept.name.endswith("-before-restore-damaged.sqlite3")
    assert kept.read_bytes() == damaged
    assert integrity(target.path) == ["ok"]
    assert themes(target.path) == {"good"}


def test_restore_replaces_a_file_that_is_not_a_database_and_its_stale_side_files(database, target):
    add_meeting(database, "good")
    saved_backup = backup_now(target)
    database.dispose()
    garbage = b"overwritten by accident\n" * 500
    target.path.write_bytes(garbage)
    Path(f"{target.path}-wal").write_bytes(b"stale write-ahead log\n" * 100)

    kept = restore(target, saved_backup)

    assert kept is not None and kept.read_bytes() == garbage
    assert not Path(f"{target.path}-wal").exists()
    assert themes(target.path) == {"good"}
    reopened = db.open_database(target)
    reopened.dispose()


def test_restore_into_a_missing_database_creates_it(database, target, tmp_path):
    add_meeting(database, "good")
    saved_backup = backup_now(target)
    fresh = sqlite_target(tmp_path / "new" / "office.sqlite3")
    fresh.path.parent.mkdir()
    Path(f"{fresh.path}-wal").write_bytes(b"left over from a deleted database\n" * 100)

    assert restore(fresh, saved_backup) is None

    assert not Path(f"{fresh.path}-wal").exists()
    assert themes(fresh.path) == {"good"}


def test_restore_converts_a_backup_with_another_page_size(database, target, tmp_path):
    add_meeting(database, "good")
    big_pages = tmp_path / "big-pages.sqlite3"
    with (
        closing(sqlite3.connect(backup_now(target))) as source,
        closing(sqlite3.connect(big_pages)) as copy,
    ):
        source.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")
        copy.execute("PRAGMA page_size = 8192")
        copy.execute("VACUUM")
        assert copy.execute("PRAGMA page_size").fetchone()[0] == 8192
    add_meeting(database, "replaced")

    restore(target, big_pages)

    with database.session() as session:
        assert session.scalars(sa.select(Meeting.theme_en)).all() == ["good"]
    assert integrity(target.path) == ["ok"]


def test_restore_gives_up_with_a_clear_error_when_the_database_stays_locked(
    database, target, monkeypatch
):
    add_meeting(database, "good")
    saved_backup = backup_now(target)
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 200)
    with closing(sqlite3.connect(target.path)) as writer:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE meeting SET theme_en = 'being edited'")
        started = time.monotonic()
        with pytest.raises(db.DatabaseBusyError, match="another SCODA Desktop is writing"):
            restore(target, saved_backup)
        assert time.monotonic() - started < 5
        writer.commit()
    assert themes(target.path) == {"being edited"}


def test_the_backup_before_a_migration_uses_the_same_scheme(target, data_dir):
    engine = db.create_db_engine(target)
    db.upgrade(engine, "0001")
    engine.dispose()
    db.open_database(target).dispose()
    (made,) = list_backups(target)
    assert made.reason == "before-migration-from-0001"
    assert not made.automatic
