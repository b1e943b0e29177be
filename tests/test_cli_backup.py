"""``backup`` and ``restore`` on the command line: what they print, the files they write, and
exit code 2 with the reason on stderr for a file that cannot be restored."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from scoda_desktop.data.database import open_database, resolve_target
from scoda_desktop.domain.models import Meeting
from tests.test_cli import run_cli


def add_meeting(path: Path, theme: str) -> None:
    database = open_database(resolve_target(str(path)))
    start = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)
    try:
        with database.transaction() as session:
            session.add(
                Meeting(theme_en=theme, starts_at=start, ends_at=start + timedelta(hours=1))
            )
    finally:
        database.dispose()


def themes(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as connection:
        return {row[0] for row in connection.execute("SELECT theme_en FROM meeting")}


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite3"
    add_meeting(path, "Cloud Meeting for Common Development")
    return path


def backup_of(db_file: Path, capsys: pytest.CaptureFixture[str], *options: str) -> Path:
    assert run_cli("--database", str(db_file), "backup", *options) == 0
    return Path(capsys.readouterr().out.strip())


def test_backup_prints_the_path_of_a_new_file_in_the_backup_folder(db_file, data_dir, capsys):
    path = backup_of(db_file, capsys)
    assert path.parent == data_dir / "backups"
    assert path.name.startswith("office-") and path.name.endswith("-manual.sqlite3")
    assert themes(path) == {"Cloud Meeting for Common Development"}


def test_backup_writes_the_file_named_with_o(db_file, tmp_path, capsys):
    chosen = tmp_path / "copy for the archive.sqlite3"
    assert backup_of(db_file, capsys, "-o", str(chosen)) == chosen
    assert themes(chosen) == {"Cloud Meeting for Common Development"}


def test_backup_of_a_missing_database_exits_2_and_creates_nothing(tmp_path, capsys):
    missing = tmp_path / "nowhere.sqlite3"
    assert run_cli("--database", str(missing), "backup") == 2
    assert "There is no database at" in capsys.readouterr().err
    assert not missing.exists()


def test_backup_into_a_missing_folder_exits_2(db_file, tmp_path, capsys):
    assert run_cli("--database", str(db_file), "backup", "-o", str(tmp_path / "no" / "x")) == 2
    assert "does not exist" in capsys.readouterr().err


def test_backup_and_restore_of_a_server_database_point_to_pg_dump(tmp_path, capsys):
    server = "postgresql+psycopg://officer:secret@db.example.com/scoda"
    assert run_cli("--database", server, "backup") == 2
    assert "pg_dump" in capsys.readouterr().err
    (tmp_path / "dump.sqlite3").write_bytes(b"")
    assert run_cli("--database", server, "restore", str(tmp_path / "dump.sqlite3")) == 2
    err = capsys.readouterr().err
    assert "pg_restore" in err and "secret" not in err


def test_restore_round_trip_the_change_is_gone_and_the_safety_backup_holds_it(db_file, capsys):
    saved = backup_of(db_file, capsys)
    add_meeting(db_file, "Made after the backup")

    assert run_cli("--database", str(db_file), "restore", str(saved)) == 0

    out = capsys.readouterr().out
    assert f"Restored {saved} into {db_file}." in out
    safety = Path(out.split("The previous database was saved to ")[1].strip())
    assert safety.name.endswith("-before-restore.sqlite3")
    assert themes(db_file) == {"Cloud Meeting for Common Development"}
    assert themes(safety) == {"Cloud Meeting for Common Development", "Made after the backup"}
    assert run_cli("--database", str(db_file), "check") == 0


def test_restore_into_a_new_file_says_there_was_nothing_before(db_file, tmp_path, capsys):
    saved = backup_of(db_file, capsys)
    fresh = tmp_path / "laptop" / "scoda.sqlite3"
    assert run_cli("--database", str(fresh), "restore", str(saved)) == 0
    assert "There was no database there before." in capsys.readouterr().out
    assert themes(fresh) == {"Cloud Meeting for Common Development"}


def test_restoring_a_corrupted_file_exits_2_and_changes_nothing(db_file, capsys, data_dir):
    saved = backup_of(db_file, capsys)
    with saved.open("r+b") as handle:  # a disk error in the middle of the backup
        handle.seek(8192)
        handle.write(b"\x00\xff" * 20000)
    before = db_file.read_bytes()

    assert run_cli("--database", str(db_file), "restore", str(saved)) == 2

    err = capsys.readouterr().err
    assert f"{saved} is damaged" in err and "integrity check" in err
    assert db_file.read_bytes() == before
    assert list((data_dir / "backups").glob("*before-restore*")) == []


def test_restoring_a_file_from_a_newer_version_exits_2_with_the_reason(db_file, capsys):
    saved = backup_of(db_file, capsys)
    with closing(sqlite3.connect(saved)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")

    assert run_cli("--database", str(db_file), "restore", str(saved)) == 2

    err = capsys.readouterr().err
    assert "newer version of SCODA Desktop" in err and "9999_future" in err
    assert themes(db_file) == {"Cloud Meeting for Common Development"}


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "There is no file at"),
        (b"Dear colleagues,\n" * 400, "not a usable SQLite database"),
        (b"", "not an SCODA Desktop database"),
    ],
    ids=["missing", "letter", "empty"],
)
def test_restoring_something_that_is_not_a_backup_exits_2(
    db_file, tmp_path, capsys, content, reason
):
    source = tmp_path / "backup.sqlite3"
    if content is not None:
        source.write_bytes(content)
    assert run_cli("--database", str(db_file), "restore", str(source)) == 2
    assert reason in capsys.readouterr().err
    assert themes(db_file) == {"Cloud Meeting for Common Development"}
