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
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from scoda_desktop.domain.models import Meeting, Outcome, Participation

__all__ = ["ChangeStamp", "read_change_stamp"]


@dataclass(frozen=True, slots=True)
class ChangeStamp:
    """Equal stamps: nothing the meeting list shows has changed in between."""

    values: tuple[Any, ...]


def _aggregates(table: sa.Table) -> list[sa.ScalarSelect[Any]]:
    columns = [
        sa.func.count(),
        sa.func.coalesce(sa.func.sum(table.c.version), 0),
    ]
    if "updated_at" in table.c:
        columns.append(sa.func.max(table.c.updated_at))
    return [sa.select(column).select_from(table).scalar_subquery() for column in columns]


def read_change_stamp(session: Session) -> ChangeStamp:
    """The fingerprint of the meetings, their attendees and their outcomes, in one query."""
    tables = (Meeting.__table__, Outcome.__table__, Participation.__table__)
    row = session.execute(sa.select(*(c for t in tables for c in _aggregates(t)))).one()
    return ChangeStamp(tuple(row))
