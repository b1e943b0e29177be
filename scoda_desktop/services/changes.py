"""Has anything the meeting list shows changed since we last looked? A cheap fingerprint, read
in one query: for the window that polls a shared database, and for the list's cache
(``services.list_cache``), which is used only while the fingerprint is the one read with it.

It covers everything the list shows: the schema revision, and the row count, the sum of
``version`` and the latest ``updated_at`` of the meetings, their attendees and outcomes, and of
the people and countries whose names the list shows (participations have no ``updated_at``).
An insert or delete changes a count, and every update raises a version (the write paths bump
it, and a meeting's version with any change to its attendees or outcomes), so a change is seen
even when the writer's clock is behind ours and its ``updated_at`` is older than the newest one.

Plain SQL on a DB-API connection, the same on SQLite and PostgreSQL; values come back as the
driver gives them and are only compared. Importing this module imports no SQLAlchemy: the list's
cache reads the fingerprint through the standard library's sqlite3 before the data layer is
imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import sqlalchemy as sa
    from sqlalchemy.orm import Session

__all__ = ["ChangeStamp", "list_stamp", "read_change_stamp"]

_TABLES = ("meeting", "participation", "outcome", "person", "country")
_WITHOUT_UPDATED_AT = {"participation"}


def _aggregates(table: str) -> str:
    parts = [f"(SELECT count(*) FROM {table})", f"(SELECT coalesce(sum(version), 0) FROM {table})"]
    if table not in _WITHOUT_UPDATED_AT:
        parts.append(f"(SELECT max(updated_at) FROM {table})")
    return ", ".join(parts)


STAMP_SQL = "SELECT " + ", ".join(_aggregates(table) for table in _TABLES)
REVISION_SQL = "SELECT version_num FROM alembic_version"


class DbapiConnection(Protocol):
    def cursor(self) -> Any: ...


def list_stamp(connection: DbapiConnection) -> tuple[Any, ...]:
    """The fingerprint's values, on a DB-API connection (the standard library's sqlite3, or the
    one under an SQLAlchemy connection)."""
    cursor = connection.cursor()
    try:
        cursor.execute(REVISION_SQL)
        revisions = tuple(sorted(str(row[0]) for row in cursor.fetchall()))
        cursor.execute(STAMP_SQL)
        return (revisions, *cursor.fetchone())
    finally:
        cursor.close()


@dataclass(frozen=True, slots=True)
class ChangeStamp:
    """Equal stamps: nothing the meeting list shows has changed in between."""

    values: tuple[Any, ...]


def read_change_stamp(bind: Session | sa.Connection) -> ChangeStamp:
    """The fingerprint, through a session (in its transaction) or a connection."""
    import sqlalchemy as sa  # imported already by whoever holds ``bind``; not the ORM

    connection = bind if isinstance(bind, sa.Connection) else bind.connection()
    return ChangeStamp(list_stamp(connection.connection))
