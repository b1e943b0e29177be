"""Backups of the SQLite database: on request, automatically every few hours, before a migration
and before a restore (restoring one is ``data.restore``).

Every backup is one self-contained SQLite file (rollback journal, no ``-wal`` beside it) made
with SQLite's online backup API, so the database may be in use meanwhile. It is written into a
temporary file in the destination folder, checked with ``PRAGMA integrity_check``, and only then
renamed into place: a crash or a failed check never leaves half a backup under a backup's name.

In the backup folder a backup is named ``<database stem>-<YYYYMMDD-HHMMSS>-<reason>.sqlite3``
in local time, for instance ``scoda-20240501-083000-auto.sqlite3``; a second one in the same
second gets ``.2`` before the extension. The reason says what made it: ``auto``, ``manual``,
``before-restore``, ``before-migration-from-<revision>``. Rotation deletes automatic backups
only; the others stay until the user deletes them.

A PostgreSQL database is backed up by its administrator with pg_dump and pg_restore: the
functions here refuse it with a message that says so.
"""

from __future__ import annotations

import glob
import logging
import os
import re
import sqlite3
import tempfile
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from scoda_desktop import paths
from scoda_desktop.data import database as db
from scoda_desktop.data.target import DatabaseTarget
from scoda_desktop.errors import InputError
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, Phrase, error_message

log = logging.getLogger(__name__)

AUTOMATIC = "auto"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
BEFORE_RESTORE_DAMAGED = "before-restore-damaged"

AUTOMATIC_EVERY = timedelta(hours=4)
KEEP_DAILY = 10
KEEP_WEEKLY = 8

_STAMP_FORMAT = "%Y%m%d-%H%M%S"
_REASON = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_SIDE_FILES = ("-wal", "-shm", "-journal")


class DamagedDatabaseError(InputError):
    """A file is not an SQLite database, or fails SQLite's integrity check."""


@dataclass(frozen=True)
class BackupFile:
    """A backup in the backup folder, as its name describes it."""

    path: Path
    taken_at: datetime  # local wall-clock time, to the second
    reason: str

    @property
    def automatic(self) -> bool:
        return self.reason == AUTOMATIC


# -- making a backup --------------------------------------------------------------------------


def backup_now(
    target: DatabaseTarget,
    destination: Path | None = None,
    reason: str = MANUAL,
    *,
    now: datetime | None = None,
) -> Path:
    """Back up ``target`` with SQLite's online backup API and return the backup's path.

    ``destination`` is a file to write (replaced if it exists) or a folder to write into; by
    default the user's backup folder. ``reason`` and ``now`` (default: the clock) name the file
    when none is given. DamagedDatabaseError if the database is not one or fails its integrity
    check: then nothing is written."""
    source = _sqlite_file(target)
    if not source.is_file():
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "There is no database at {path}."), path=str(source)
            )
        )
    if destination is None:
        destination = _new_backup_path(source, reason, now)
    else:
        destination = Path(destination).expanduser()
        if destination.is_dir():
            destination = _new_backup_path(source, reason, now, folder=destination)
        if not destination.parent.is_dir():
            raise InputError(
                error_message(
                    QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist."),
                    folder=str(destination.parent),
                )
            )
        if _same_database(destination, source):
            raise InputError(
                error_message(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{path} is the database itself; choose another file."
                    ),
                    path=str(destination),
                )
            )
    with closing(_connect(source)) as connection:
        _write_verified_copy(connection, destination, what=str(source))
    log.info("backed up %s to %s (%s)", source, destination, reason)
    return destination


def _write_verified_copy(source: sqlite3.Connection, destination: Path, *, what: str) -> None:
    """Copy the database behind ``source`` into ``destination`` through a checked temporary
    file in the same folder, renamed into place only when the copy passes its integrity check.
    """
    try:
        handle, name = tempfile.mkstemp(
            dir=destination.parent, prefix=f".{destination.name}.", suffix=".tmp"
        )
    except OSError as exc:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Cannot write a backup in {folder}: {reason}. "
                    "Choose a folder you can write to.",
                ),
                folder=str(destination.parent),
                reason=str(exc.strerror),
            )
        ) from exc
    os.close(handle)
    temporary = Path(name)
    try:
        with closing(sqlite3.connect(temporary)) as copy:
            _copy_pages(source, copy, what=what)
            problems = _integrity_problems(copy)
            if problems:
                raise DamagedDatabaseError(_damaged_message(what, problems))
            copy.execute("PRAGMA journal_mode = DELETE")  # one file, whatever the source uses
        os.replace(temporary, destination)
    except OSError as exc:
        raise InputError(_cannot_write_backup(destination, str(exc.strerror))) from exc
    except sqlite3.OperationalError as exc:  # a full disk, most likely
        raise InputError(_cannot_write_backup(destination, str(exc))) from exc
    finally:
        _remove_with_side_files(temporary)


def _copy_pages(source: sqlite3.Connection, destination: sqlite3.Connection, *, what: str) -> None:
    """Run SQLite's online backup from ``source`` into ``destination`` in one step.

    A lock held on either side longer than the busy timeout raises DatabaseBusyError (Python's
    own loop would otherwise retry for ever); a file that is not a database raises
    DamagedDatabaseError."""

    def give_up_when_busy(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise db.DatabaseBusyError(error_message(db.BUSY_MESSAGE))

    try:
        source.backup(destination, progress=give_up_when_busy)
    except sqlite3.DatabaseError as exc:
        if _is_unusable(exc):
            raise DamagedDatabaseError(
                error_message(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{path} is not a usable SQLite database ({error})."
                    ),
                    path=what,
                    error=str(exc),
                )
            ) from exc
        raise


# -- automatic backups and rotation -----------------------------------------------------------


def automatic_backup(
    target: DatabaseTarget,
    now: datetime | None = None,
    *,
    every: timedelta = AUTOMATIC_EVERY,
    keep_daily: int = KEEP_DAILY,
    keep_weekly: int = KEEP_WEEKLY,
) -> Path | None:
    """Back up ``target`` into the backup folder if its newest automatic backup is older than
    ``every`` (or there is none, or it is dated in the future), then rotate the automatic
    backups (see :func:`rotate_automatic_backups`). Returns the new backup, or None if none was
    due or the database file does not exist yet."""
    source = _sqlite_file(target)
    if not source.is_file():
        return None
    now = _local(now)
    newest = next((b for b in list_backups(target) if b.automatic), None)
    if newest is not None and timedelta(0) <= now - newest.taken_at < every:
        return None
    path = backup_now(target, reason=AUTOMATIC, now=now)
    rotate_automatic_backups(target, keep_daily=keep_daily, keep_weekly=keep_weekly)
    return path


def rotate_automatic_backups(
    target: DatabaseTarget, *, keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY
) -> list[Path]:
    """Delete the automatic backups of ``target`` that neither rule keeps, and return them.

    Kept: the newest backup of each of the ``keep_daily`` most recent days that have one, and
    the newest of each of the ``keep_weekly`` most recent ISO weeks that have one (the rules
    are independent; a backup either keeps is kept). Other backups are never touched."""
    newest_per_day: dict[date, Path] = {}
    newest_per_week: dict[tuple[int, int], Path] = {}
    automatic = [b for b in list_backups(target) if b.automatic]  # newest first
    for backup in automatic:
        newest_per_day.setdefault(backup.taken_at.date(), backup.path)
        year, week, _ = backup.taken_at.isocalendar()
        newest_per_week.setdefault((year, week), backup.path)
    keep = set(list(newest_per_day.values())[:keep_daily])
    keep |= set(list(newest_per_week.values())[:keep_weekly])
    deleted = []
    for backup in automatic:
        if backup.path in keep:
            continue
        try:
            backup.path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not delete the old backup %s: %s", backup.path, exc)
            continue
        deleted.append(backup.path)
        log.info("deleted the old automatic backup %s", backup.path)
    return deleted


def list_backups(target: DatabaseTarget) -> list[BackupFile]:
    """The backups of ``target`` in the backup folder, newest first."""
    source = _sqlite_file(target)
    pattern = re.compile(
        rf"{re.escape(source.stem)}-(?P<stamp>\d{{8}}-\d{{6}})-(?P<reason>{_REASON.pattern})"
        r"(?:\.(?P<number>\d+))?\.sqlite3"
    )
    found: list[tuple[datetime, int, Path, str]] = []
    for path in paths.backup_dir().glob(f"{glob.escape(source.stem)}-*.sqlite3"):
        match = pattern.fullmatch(path.name)
        if match is None:
            continue
        try:
            taken_at = datetime.strptime(match["stamp"], _STAMP_FORMAT)
        except ValueError:
            continue
        number = int(match["number"] or 1)  # orders the backups made in one second
        found.append((taken_at, number, path, match["reason"]))
    found.sort(reverse=True)
    return [BackupFile(path, taken_at, reason) for taken_at, _, path, reason in found]


# -- restoring --------------------------------------------------------------------------------


# -- helpers ----------------------------------------------------------------------------------


def _sqlite_file(target: DatabaseTarget) -> Path:
    if not target.is_sqlite:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{database} is a database server: SCODA Desktop backs up and restores "
                    "SQLite files only. Back it up with pg_dump and restore it with pg_restore.",
                ),
                database=target.display_name,
            )
        )
    if target.path is None:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors", "An in-memory database has no file to back up or restore."
                )
            )
        )
    return target.path


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, timeout=db.BUSY_TIMEOUT_MS / 1000)


def _integrity_problems(connection: sqlite3.Connection) -> list[str]:
    """What ``PRAGMA integrity_check`` finds wrong: empty when the database is sound."""
    try:
        result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if result == ["ok"] else result


def _damaged_message(what: str, problems: list[str]) -> Phrase:
    """``what`` fails SQLite's integrity check: the first ``problems`` as SQLite words them."""
    shown = "; ".join(problems[:3]) + ("; ..." if len(problems) > 3 else "")
    return error_message(
        QT_TRANSLATE_NOOP(
            "Errors", "{path} is damaged: SQLite's integrity check reports {problems}."
        ),
        path=what,
        problems=shown,
    )


def _cannot_write_backup(destination: Path, reason: str) -> Phrase:
    """The backup ``destination`` could not be written, for ``reason`` (the system's words)."""
    return error_message(
        QT_TRANSLATE_NOOP("Errors", "Cannot write the backup {path}: {reason}."),
        path=str(destination),
        reason=reason,
    )


def _is_unusable(exc: sqlite3.Error) -> bool:
    """Whether SQLite says the file is not a database, or a damaged one."""
    code = int(getattr(exc, "sqlite_errorcode", 0)) & 0xFF
    return code in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT)


def _local(now: datetime | None) -> datetime:
    """``now`` (default: the clock) as naive local wall-clock time, to the second."""
    if now is None:
        now = datetime.now()
    elif now.tzinfo is not None:
        now = now.astimezone().replace(tzinfo=None)
    return now.replace(microsecond=0)


def _new_backup_path(
    source: Path, reason: str, now: datetime | None, *, folder: Path | None = None
) -> Path:
    if not _REASON.fullmatch(reason):
        raise ValueError(f"a backup reason is lowercase words joined by hyphens, not {reason!r}")
    folder = folder or paths.backup_dir()
    stem = f"{source.stem}-{_local(now).strftime(_STAMP_FORMAT)}-{reason}"
    path = folder / f"{stem}.sqlite3"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"{stem}.{n}.sqlite3"
    return path


def _same_database(a: Path, b: Path) -> bool:
    """Whether ``a`` is the database ``b`` or one of its side files."""
    a = a.resolve()
    return any(a == Path(f"{b.resolve()}{suffix}") for suffix in ("", *_SIDE_FILES))


def _remove_with_side_files(path: Path) -> None:
    for suffix in ("", *_SIDE_FILES):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


__all__ = [
    "AUTOMATIC",
    "BEFORE_RESTORE",
    "MANUAL",
    "BackupFile",
    "DamagedDatabaseError",
    "automatic_backup",
    "backup_now",
    "list_backups",
    "rotate_automatic_backups",
]
