"""Restoring a backup into the SQLite database: the backup checked and, if older, migrated in a
copy beside the database; the current database backed up; then the copy written into it (see
``restore``). The backups themselves are ``data.backup``.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from scoda_desktop.data import database as db
from scoda_desktop.data.backup import (
    _SIDE_FILES,
    BEFORE_RESTORE,
    BEFORE_RESTORE_DAMAGED,
    DamagedDatabaseError,
    _connect,
    _copy_pages,
    _damaged_message,
    _integrity_problems,
    _is_unusable,
    _new_backup_path,
    _remove_with_side_files,
    _same_database,
    _sqlite_file,
    backup_now,
)
from scoda_desktop.data.target import DatabaseTarget, sqlite_target
from scoda_desktop.errors import InputError
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, error_message

__all__ = ["restore"]

log = logging.getLogger(__name__)


def restore(target: DatabaseTarget, source: Path) -> Path | None:
    """Replace the database of ``target`` with the backup ``source``; return the backup of the
    database it replaced (None if there was none).

    ``source`` is copied to a temporary file beside the database and checked there: it must be
    an SQLite database that passes its integrity check and carries a schema revision this
    version knows (one from a newer version is refused); an older one is migrated in the copy.
    ``source`` itself is opened read-only and never changed. Only then is the current database
    backed up (reason ``before-restore``) and the copy written into it, again with SQLite's
    backup API: the database file keeps its identity and its ``-wal`` stays consistent, so
    another SCODA Desktop that has it open sees the restored data rather than a file swapped
    under it. A current database too damaged for that is kept as it is (reason
    ``before-restore-damaged``) and the copy renamed over it, its stale side files removed."""
    live = _sqlite_file(target)
    source = Path(source).expanduser()
    if not source.is_file():
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "There is no file at {path}."), path=str(source)
            )
        )
    if _same_database(source, live):
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors", "{path} is the database itself; choose a backup to restore."
                ),
                path=str(source),
            )
        )
    try:
        live.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "Cannot create the folder {folder}: {reason}."),
                folder=str(live.parent),
                reason=str(exc.strerror),
            )
        ) from exc
    with _staged_copy(source, folder=live.parent) as staged:
        if _check_restorable(staged, source) != db.head_revision():
            _migrate(staged)
        saved = _save_current(target, live) if live.exists() else None
        _write_into(staged, live)
    log.info("restored %s into %s; the previous database is in %s", source, live, saved)
    return saved


@contextmanager
def _staged_copy(source: Path, *, folder: Path) -> Iterator[Path]:
    """A copy of ``source`` (opened read-only) in ``folder``, deleted afterwards if still there."""
    try:
        handle, name = tempfile.mkstemp(dir=folder, prefix=".restore-", suffix=".sqlite3")
    except OSError as exc:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "Cannot write in {folder}: {reason}."),
                folder=str(folder),
                reason=str(exc.strerror),
            )
        ) from exc
    os.close(handle)
    staged = Path(name)
    try:
        try:
            read_only = f"{source.resolve().as_uri()}?mode=ro"
            with (
                closing(sqlite3.connect(read_only, uri=True)) as original,
                closing(sqlite3.connect(staged)) as copy,
            ):
                _copy_pages(original, copy, what=str(source))
        except sqlite3.Error as exc:
            raise InputError(
                error_message(
                    QT_TRANSLATE_NOOP("Errors", "{path} cannot be read as a database ({error})."),
                    path=str(source),
                    error=str(exc),
                )
            ) from exc
        yield staged
    finally:
        _remove_with_side_files(staged)


def _check_restorable(staged: Path, source: Path) -> str:
    """The schema revision of the staged copy of ``source``, once it has passed every check."""
    with closing(sqlite3.connect(staged)) as connection:
        problems = _integrity_problems(connection)
        if problems:
            raise DamagedDatabaseError(_damaged_message(str(source), problems))
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:  # no such table
            row = None
    if row is None:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors", "{path} is not an SCODA Desktop database; nothing was restored."
                ),
                path=str(source),
            )
        )
    revision = str(row[0])
    if revision not in db.known_revisions():
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path} was written by a newer version of SCODA Desktop (schema revision "
                    "{revision}). Install the newer version to restore it; nothing was restored.",
                ),
                path=str(source),
                revision=revision,
            )
        )
    return revision


def _migrate(staged: Path) -> None:
    """Bring the staged copy of an older database up to this version's schema."""
    engine = db.create_db_engine(sqlite_target(staged))
    try:
        db.upgrade(engine)
    finally:
        engine.dispose()


def _save_current(target: DatabaseTarget, live: Path) -> Path:
    """Back up the database about to be replaced; if it is damaged (the usual reason for a
    restore), keep a plain copy of its files instead."""
    try:
        return backup_now(target, reason=BEFORE_RESTORE)
    except DamagedDatabaseError as exc:
        log.warning("the database to replace is damaged (%s): keeping its files as they are", exc)
    destination = _new_backup_path(live, BEFORE_RESTORE_DAMAGED, None)
    for suffix in ("", "-wal"):
        part = Path(f"{live}{suffix}")
        if part.exists():
            shutil.copyfile(part, f"{destination}{suffix}")
    return destination


def _write_into(staged: Path, live: Path) -> None:
    """Write the checked copy into the database file, in place when it can be opened."""
    if live.exists():
        try:
            with closing(_connect(staged)) as copy, closing(_connect(live)) as current:
                page_size = current.execute("PRAGMA page_size").fetchone()[0]
                if copy.execute("PRAGMA page_size").fetchone()[0] != page_size:
                    # a database in WAL mode cannot take pages of another size: convert the copy
                    copy.execute("PRAGMA journal_mode = DELETE")
                    copy.execute(f"PRAGMA page_size = {int(page_size)}")
                    copy.execute("VACUUM")
                _copy_pages(copy, current, what=str(live))
            return
        except (DamagedDatabaseError, sqlite3.DatabaseError) as exc:
            if isinstance(exc, sqlite3.DatabaseError) and not _is_unusable(exc):
                raise
            log.warning("%s cannot be written in place (%s); replacing the file", live, exc)
    for suffix in _SIDE_FILES:  # left beside a missing or damaged file, they would corrupt
        Path(f"{live}{suffix}").unlink(missing_ok=True)
    os.replace(staged, live)
