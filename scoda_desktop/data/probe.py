""" "Test connection": can this database be reached, and which schema revision does it hold?

Nothing is created, migrated or written: an SQLite file is opened read-only (and a missing one
is reported, not created); a PostgreSQL server gets a few seconds to answer. The answer is a
sentence for the Preferences dialog; a failure is a ``DatabaseError`` that says what to check.
Driver messages never carry the password; the target is shown by its ``display_name``.

Both are English text that carries its translatable source (``services.wording.error_message``,
marked in the context ``Errors``): the dialog shows them in the interface's language, the driver's
own words as they are.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from urllib.request import pathname2url

import sqlalchemy as sa

from scoda_desktop.data.database import (
    _has_user_tables,
    current_revision,
    head_revision,
    known_revisions,
)
from scoda_desktop.data.target import DatabaseTarget
from scoda_desktop.errors import DatabaseError, DatabaseTooNewError
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, Phrase, error_message

__all__ = ["CONNECT_TIMEOUT_S", "ConnectionCheck", "SchemaState", "check_connection"]

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 5


class SchemaState(StrEnum):
    CURRENT = "current"
    OLDER = "older"  # migrated (after a backup, for SQLite) when it is opened
    EMPTY = "empty"  # set up when it is opened
    NO_FILE = "no file"  # an SQLite file created when it is opened


@dataclass(frozen=True, slots=True)
class ConnectionCheck:
    state: SchemaState
    revision: str | None
    message: str  # an error_message Phrase: English, shown translated by the dialog


# (what the driver says, what to tell the person): the common ways a connection fails. The
# pattern's named groups fill the advice's placeholders.
_ADVICE: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"password authentication failed|authentication failed", re.I),
        QT_TRANSLATE_NOOP("Errors", "the server refused the user name or password: check both"),
    ),
    (
        re.compile(r"no password supplied", re.I),
        QT_TRANSLATE_NOOP(
            "Errors",
            "the server needs a password: enter it, or put it in your PostgreSQL password file",
        ),
    ),
    (
        re.compile(r'database "(?P<name>[^"]+)" does not exist', re.I),
        QT_TRANSLATE_NOOP(
            "Errors",
            "the server has no database named “{name}”: check the name, or ask the "
            "administrator to create it",
        ),
    ),
    (
        re.compile(r"Connection refused", re.I),
        QT_TRANSLATE_NOOP(
            "Errors",
            "no PostgreSQL server answers there: check the server name and port, and that the "
            "server is running",
        ),
    ),
    (
        re.compile(r"failed to resolve host|could not translate host name|Name or service", re.I),
        QT_TRANSLATE_NOOP("Errors", "the server name cannot be found: check it"),
    ),
    (
        re.compile(r"timeout expired|timed out", re.I),
        QT_TRANSLATE_NOOP(
            "Errors",
            "the server did not answer within {seconds} seconds: check the server name and "
            "that this computer can reach it",
        ),
    ),
)


def _explain(error: BaseException) -> str:
    """What to check, for a driver's ``error``: our advice where we know the failure, else the
    first line of the driver's own message."""
    text = str(getattr(error, "orig", None) or error)
    for pattern, advice in _ADVICE:
        found = pattern.search(text)
        if found:
            return error_message(advice, seconds=CONNECT_TIMEOUT_S, **found.groupdict())
    return text.strip().splitlines()[0] if text.strip() else type(error).__name__


def _engine(target: DatabaseTarget) -> sa.Engine:
    url = sa.make_url(target.url)
    if url.get_backend_name() == "sqlite":
        assert target.path is not None
        # read-only: testing must not create the file or turn on WAL
        uri = f"file:{pathname2url(str(target.path))}?mode=ro"
        return sa.create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True))
    try:
        return sa.create_engine(url, connect_args={"connect_timeout": CONNECT_TIMEOUT_S})
    except ModuleNotFoundError as exc:
        raise DatabaseError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The driver for {backend} is not installed ({module}). "
                    "Install SCODA Desktop with its 'postgres' extra.",
                ),
                backend=url.get_backend_name(),
                module=str(exc.name),
            )
        ) from exc


def check_connection(target: DatabaseTarget) -> ConnectionCheck:
    """Connect to ``target`` and read its schema revision; DatabaseError (or
    DatabaseTooNewError) with what to check if it cannot be used."""
    name = target.display_name
    if target.path is not None and not target.path.exists():
        return ConnectionCheck(SchemaState.NO_FILE, None, _no_file_yet(target.path, name))
    if target.path is None and target.is_sqlite:
        raise DatabaseError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors", "An in-memory database cannot be shared or tested: choose a file."
                )
            )
        )
    engine = _engine(target)
    try:
        with engine.connect() as connection:
            revision = current_revision(connection)
            has_data = _has_user_tables(connection)
    except (sa.exc.DBAPIError, sa.exc.ArgumentError) as exc:
        log.info("test connection to %s failed: %s", name, _explain(exc))
        raise DatabaseError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "Cannot connect to {database}: {reason}."),
                database=name,
                reason=_explain(exc),
            )
        ) from exc
    finally:
        engine.dispose()
    if revision is None:
        if has_data:
            raise DatabaseError(
                error_message(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{database} holds tables but is not an SCODA Desktop database."
                    ),
                    database=name,
                )
            )
        return ConnectionCheck(
            SchemaState.EMPTY,
            None,
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "OK: connected; the database is empty and SCODA Desktop will set it up when "
                    "it opens it.",
                )
            ),
        )
    if revision not in known_revisions():
        raise DatabaseTooNewError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Connected, but {database} was written by a newer version of SCODA Desktop "
                    "(schema revision {revision}): install the newer version to use it.",
                ),
                database=name,
                revision=revision,
            )
        )
    head = head_revision()
    if revision == head:
        return ConnectionCheck(
            SchemaState.CURRENT,
            revision,
            error_message(
                QT_TRANSLATE_NOOP("Errors", "OK, schema revision {revision}."), revision=revision
            ),
        )
    if target.is_sqlite:
        update = QT_TRANSLATE_NOOP(
            "Errors",
            "OK, schema revision {revision}: SCODA Desktop will update it to {head} after "
            "backing it up when it opens it.",
        )
    else:
        update = QT_TRANSLATE_NOOP(
            "Errors",
            "OK, schema revision {revision}: SCODA Desktop will update it to {head} when it "
            "opens it.",
        )
    return ConnectionCheck(
        SchemaState.OLDER, revision, error_message(update, revision=revision, head=head)
    )


def _no_file_yet(path: Path, name: str) -> Phrase:
    """The answer for an SQLite file that does not exist yet: it is created when opened."""
    folder = path.parent
    if folder.is_dir():
        return error_message(
            QT_TRANSLATE_NOOP(
                "Errors",
                "OK: there is no file yet; SCODA Desktop will create {database} in the existing "
                "folder when it opens it.",
            ),
            database=name,
        )
    return error_message(
        QT_TRANSLATE_NOOP(
            "Errors",
            "OK: there is no file yet; SCODA Desktop will create {database} and its folder "
            "{folder} when it opens it.",
        ),
        database=name,
        folder=str(folder),
    )
