"""Has anyone changed the meetings since we last looked? A cheap fingerprint of the tables the
meeting list shows, read in one query, for a window that polls the shared database.

The fingerprint counts the rows of ``meeting``, ``outcome`` and ``participation`` and takes the
latest ``updated_at`` and the sum of ``version`` of each: an insert or delete changes a count,
and every update raises a version (the write paths bump it, and a meeting's version with any
change to its attendees or outcomes), so a change is seen even when the writer's clock is
behind ours and its ``updated_at`` is older than the newest one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from scoda_desktop.domain.types import UTCDateTime

if TYPE_CHECKING:
    from sqlmodel import Session

__all__ = ["ChangeStamp", "read_change_stamp"]

# The window reads the fingerprint right after start-up: the tables are named with SQLAlchemy
# Core's lightweight ``table()``, not the ORM's table classes (SQLModel, pydantic). A column
# renamed in ``domain.models`` fails the fingerprint's tests. The columns keep their types, so
# the stamp holds the values the table classes would give.
MEETING = sa.table(
    "meeting", sa.column("version", sa.Integer), sa.column("updated_at", UTCDateTime)
)
OUTCOME = sa.table(
    "outcome", sa.column("version", sa.Integer), sa.column("updated_at", UTCDateTime)
)
PARTICIPATION = sa.table("participation", sa.column("version", sa.Integer))


@dataclass(frozen=True, slots=True)
class ChangeStamp:
    """Equal stamps: nothing the meeting list shows has changed in between."""

    values: tuple[Any, ...]


def _aggregates(table: sa.TableClause) -> list[sa.ScalarSelect[Any]]:
    columns = [
        sa.func.count(),
        sa.func.coalesce(sa.func.sum(table.c.version), 0),
    ]
    if "updated_at" in table.c:
        columns.append(sa.func.max(table.c.updated_at))
    return [sa.select(column).select_from(table).scalar_subquery() for column in columns]


def read_change_stamp(bind: Session | sa.Connection) -> ChangeStamp:
    """The fingerprint of the meetings, their attendees and their outcomes, in one query
    (through a session or a connection)."""
    tables = (MEETING, OUTCOME, PARTICIPATION)
    row = bind.execute(sa.select(*(c for t in tables for c in _aggregates(t)))).one()
    return ChangeStamp(tuple(row))
