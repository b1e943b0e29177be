""" "Test connection": can this database be reached, and which schema revision does it hold?

Nothing is created, migrated or written: an SQLite file is opened read-only (and a missing one
is reported, not created); a PostgreSQL server gets a few seconds to answer. The answer is a
sentence for the Preferences dialog; a failure is a ``DatabaseError`` that says what to check.
Driver messages never carry the password; the target is shown by its ``display_name``.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
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
    message: str


# (what the driver says, what to tell the person): the common ways a connection fails
_ADVICE: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"password authentication failed|authentication failed", re.I),
        "the server refused the user name or password: check both",
    ),
    (
        re.compile(r"no password supplied", re.I),
        "the server needs a password: enter it, or put it in your PostgreSQL password file",
    ),
    (
        re.compile(r'database "([^"]+)" does not exist', re.I),
        "the server has no database named “{0}”: check the name, or ask the administrator to "
        "create it",
    ),
    (
        re.compile(r"Connection refused", re.I),
        "no PostgreSQL server answers there: check the server name and port, and that the "
        "server is running",
    ),
    (
        re.compile(r"failed to resolve host|could not translate host name|Name or service", re.I),
        "the server name cannot be found: check it",
    ),
    (
        re.compile(r"timeout expired|timed out", re.I),
        f"the server did not answer within {CONNECT_TIMEOUT_S} seconds: check the server name "
        "and that this computer can reach it",
    ),
)


def _explain(error: BaseException) -> str:
    text = str(getattr(error, "orig", None) or error)
    for pattern, advice in _ADVICE:
        found = pattern.search(text)
        if found:
            return advice.format(*found.groups())
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
            f"The driver for {url.get_backend_name()} is not installed ({exc.name}). "
            "Install SCODA Desktop with its 'postgres' extra."
        ) from exc


def check_connection(target: DatabaseTarget) -> ConnectionCheck:
    """Connect to ``target`` and read its schema revision; DatabaseError (or
    DatabaseTooNewError) with what to check if it cannot be used."""
    name = target.display_name
    if target.path is not None and not target.path.exists():
        folder = target.path.parent
        where = "in the existing folder" if folder.is_dir() else f"and its folder {folder}"
        return ConnectionCheck(
            SchemaState.NO_FILE,
            None,
            f"OK: there is no file yet; SCODA Desktop will create {name} {where} when it opens it.",
        )
    if target.path is None and target.is_sqlite:
        raise DatabaseError("An in-memory database cannot be shared or tested: choose a file.")
    engine = _engine(target)
    try:
        with engine.connect() as connection:
            revision = current_revision(connection)
            has_data = _has_user_tables(connection)
    except (sa.exc.DBAPIError, sa.exc.ArgumentError) as exc:
        log.info("test connection to %s failed: %s", name, _explain(exc))
        raise DatabaseError(f"Cannot connect to {name}: {_explain(exc)}.") from exc
    finally:
        engine.dispose()
    if revision is None:
        if has_data:
            raise DatabaseError(f"{name} holds tables but is not an SCODA Desktop database.")
        return ConnectionCheck(
            SchemaState.EMPTY,
            None,
            "OK: connected; the database is empty and SCODA Desktop will set it up when it "
            "opens it.",
        )
    if revision not in known_revisions():
        raise DatabaseTooNewError(
            f"Connected, but {name} was written by a newer version of SCODA Desktop (schema "
            f"revision {revision}): install the newer version to use it."
        )
    head = head_revision()
    if revision == head:
        return ConnectionCheck(SchemaState.CURRENT, revision, f"OK, schema revision {revision}.")
    backup = " after backing it up" if target.is_sqlite else ""
    return ConnectionCheck(
        SchemaState.OLDER,
        revision,
        f"OK, schema revision {revision}: SCODA Desktop will update it to {head}{backup} when "
        "it opens it.",
    )
