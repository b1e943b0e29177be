"""Opening the database: where it is, how it is configured, and bringing its schema up to date.

Alembic migrations run on every open that needs them, for a brand-new database too; there is
no ``create_all`` on this path. An SQLite database from an older version is backed up before it
is migrated; one from a newer version is refused. A database already at the newest revision (the
usual case) is opened without importing Alembic: the revisions are read from the migration
scripts themselves (``script_revisions``). Nor is the ORM imported until a session is asked for.
"""

from __future__ import annotations

import ast
import logging
import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from scoda_desktop.data.constraints import ConstraintViolation
from scoda_desktop.data.target import DatabaseTarget, resolve_target
from scoda_desktop.errors import DatabaseError, DatabaseTooNewError
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, error_message

if TYPE_CHECKING:
    from sqlmodel import Session

__all__ = ["Database", "DatabaseBusyError", "DatabaseTarget", "open_database", "resolve_target"]

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 5000
# The message of a DatabaseBusyError (raised here and by the backups): give it through
# ``error_message(BUSY_MESSAGE)`` so that the window shows it translated.
BUSY_MESSAGE = QT_TRANSLATE_NOOP(
    "Errors", "The database is busy: another SCODA Desktop is writing to it; try again."
)


class DatabaseBusyError(DatabaseError):
    """Another connection held the SQLite write lock for longer than the busy timeout."""


def _configure_sqlite(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    _use_wal(cursor)
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _use_wal(cursor: sqlite3.Cursor) -> None:
    """Switch the file to write-ahead logging once (the mode is kept in the file).

    The switch needs the file to itself and SQLite does not wait for that with the busy
    handler, so while another instance is creating the same new file, retry until the busy
    timeout."""
    if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
        return
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if not _is_sqlite_busy(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def create_db_engine(target: DatabaseTarget) -> Engine:
    url = sa.make_url(target.url)
    if url.get_backend_name() == "sqlite":
        if target.path is not None:
            try:
                target.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(
                    error_message(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "Cannot create the folder for the database {path}: {reason}. "
                            "Choose a folder you can write to with --database.",
                        ),
                        path=str(target.path),
                        reason=str(exc.strerror),
                    )
                ) from exc
        engine = sa.create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        sa.event.listen(engine, "connect", _configure_sqlite)
        return engine
    try:
        return sa.create_engine(url, pool_pre_ping=True)
    except ModuleNotFoundError as exc:
        raise DatabaseError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The driver for {backend} is not installed ({module}). "
                    "Install SCODA Desktop with its 'postgres' extra: "
                    "pip install 'scoda-desktop[postgres]'.",
                ),
                backend=url.get_backend_name(),
                module=str(exc.name),
            )
        ) from exc


class Database:
    """An open, migrated database: hands out sessions and the engine."""

    def __init__(self, target: DatabaseTarget, engine: Engine) -> None:
        self.target = target
        self.engine = engine

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def session(self) -> Session:
        from sqlmodel import Session  # the ORM: not needed to open the database or list it

        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on any error.

        A write the database refuses raises ConstraintViolation with a message for the user; an
        SQLite file another connection kept locked past the busy timeout, DatabaseBusyError."""
        try:
            with self.session() as session, session.begin():
                yield session
        except sa.exc.IntegrityError as exc:
            raise ConstraintViolation.from_integrity_error(exc) from exc
        except sa.exc.OperationalError as exc:
            if _is_sqlite_busy(exc.orig):
                raise DatabaseBusyError(error_message(BUSY_MESSAGE)) from exc
            raise

    def dispose(self) -> None:
        self.engine.dispose()


def _is_sqlite_busy(error: BaseException | None) -> bool:
    """Whether ``error`` is SQLite's "database is locked" (SQLITE_BUSY and its variants)."""
    if not isinstance(error, sqlite3.OperationalError):
        return False
    code = int(getattr(error, "sqlite_errorcode", 0))
    return code & 0xFF == sqlite3.SQLITE_BUSY or "database is locked" in str(error)


# -- migrations ---------------------------------------------------------------------------


def _alembic_config(connection: sa.Connection | None = None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


# ``revision = "0002"`` and ``down_revision = "0001"`` (or None, or a tuple for a merge), with
# or without a type annotation, as Alembic writes them into each script.
_REVISION_LINE = re.compile(r"^(down_revision|revision)\b[^=\n]*=\s*(.+?)\s*$", re.MULTILINE)


@cache
def script_revisions(versions: Path = MIGRATIONS_DIR / "versions") -> dict[str, tuple[str, ...]]:
    """Each migration script's revision and the revisions it follows, read from the scripts'
    text (a millisecond; Alembic's own script directory takes 70 ms to import). A test checks
    that this agrees with Alembic."""
    revisions: dict[str, tuple[str, ...]] = {}
    for script in sorted(versions.glob("*.py")):
        found = dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        if "revision" not in found:
            continue
        revision = ast.literal_eval(found["revision"])
        down = ast.literal_eval(found.get("down_revision", "None"))
        if down is None:
            revisions[revision] = ()
        elif isinstance(down, str):
            revisions[revision] = (down,)
        else:  # a merge of several
            revisions[revision] = tuple(down)
    return revisions


def head_revision() -> str:
    """The newest revision: the one no other script follows."""
    revisions = script_revisions()
    followed = {down for downs in revisions.values() for down in downs}
    heads = [revision for revision in revisions if revision not in followed]
    if len(heads) != 1:
        raise DatabaseError(f"The migration scripts have {len(heads)} heads: {heads}")
    return heads[0]


def known_revisions() -> set[str]:
    return set(script_revisions())


def current_revision(connection: sa.Connection) -> str | None:
    if not sa.inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply migrations up to ``revision`` (tests use an early one to build old databases).

    On SQLite the whole upgrade is one transaction holding the write lock from its start (the
    driver would run each DDL statement on its own): a process killed half-way leaves the old
    schema, and a second instance creating the same new file at the same moment waits, then
    finds it migrated."""
    from alembic import command

    with engine.begin() as connection:
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        command.upgrade(_alembic_config(connection), revision)


def _has_user_tables(connection: sa.Connection) -> bool:
    return any(name != "alembic_version" for name in sa.inspect(connection).get_table_names())


def open_database(target: DatabaseTarget, *, seed_reference: bool = True) -> Database:
    """Open ``target``, migrate it to the current schema and fill reference data if missing."""
    engine = create_db_engine(target)
    try:
        with engine.connect() as connection:
            revision = current_revision(connection)
            has_data = revision is None and _has_user_tables(connection)
    except sa.exc.DatabaseError as exc:
        engine.dispose()
        raise DatabaseError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Cannot open the database {database}: {error}. Check that it is an SCODA "
                    "Desktop database and that the server is reachable.",
                ),
                database=target.display_name,
                error=str(exc.orig),
            )
        ) from exc
    head = head_revision()
    if revision != head:
        _migrate(target, engine, revision, head, has_data)
    database = Database(target, engine)
    if seed_reference:
        from scoda_desktop.data.reference import ensure_countries

        ensure_countries(database)
    return database


def _migrate(
    target: DatabaseTarget, engine: Engine, revision: str | None, head: str, has_data: bool
) -> None:
    """Bring the database at ``revision`` (None: empty) up to ``head``, backing an SQLite file
    up first; refuse a newer database or one that is not ours (disposing ``engine``)."""
    if revision is not None and revision not in known_revisions():
        engine.dispose()
        raise DatabaseTooNewError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The database {database} was written by a newer version of SCODA Desktop "
                    "(schema revision {revision}). Install the newer version to open it; this "
                    "version leaves it untouched.",
                ),
                database=target.display_name,
                revision=revision,
            )
        )
    if revision is None and has_data:
        engine.dispose()
        raise DatabaseError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{database} holds tables but is not an SCODA Desktop database. "
                    "Choose another file with --database.",
                ),
                database=target.display_name,
            )
        )
    if revision is not None and target.path is not None and target.path.exists():
        from scoda_desktop.data.backup import backup_now

        try:
            backup_now(target, reason=f"before-migration-from-{revision}")
        except BaseException:
            engine.dispose()
            raise
    log.info("migrating %s from %s to %s", target.display_name, revision, head)
    try:
        upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
