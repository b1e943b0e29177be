"""The Follow-ups page's work on the task runner. This module imports the data layer (SQLModel,
pydantic, the table classes: a fifth of a second): the page imports it only inside the tasks it
runs there, never on the GUI thread.

What the page reads in one task: every follow-up, built into the list's lines (the page's
filters narrow them without reading again), the choices of its owner and country filters, how
many are overdue, and, on the first load of a start, the due summary (worked out from the same
rows, not read again)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from scoda_desktop.data.database import Database
from scoda_desktop.domain.enums import OutcomeStatus
from scoda_desktop.domain.office import office_today
from scoda_desktop.domain.types import utcnow
from scoda_desktop.services.bulk import garbage_collection_paused
from scoda_desktop.services.followups import (
    DueSummary,
    FollowUpChange,
    list_follow_ups,
    mark_done,
    mark_dropped,
    reopen,
    summarise_due,
)
from scoda_desktop.ui.followups.model import FollowUpLine, build_lines

__all__ = ["FollowUpLoad", "change_status", "load_follow_ups"]


@dataclass(frozen=True, slots=True)
class FollowUpLoad:
    lines: list[FollowUpLine]  # every follow-up, the earliest due first
    owners: list[tuple[int, str]]  # (person id, name), by name
    countries: list[tuple[str, str]]  # (ISO code, label), by code
    overdue: int  # how many of the lines are overdue
    summary: DueSummary | None  # only when asked for


def load_follow_ups(session: Session, now: datetime | None, with_summary: bool) -> FollowUpLoad:
    """Every follow-up as the list's lines, with the filters' choices. Runs on the runner."""
    with garbage_collection_paused():  # nothing built here is cyclic
        return _load(session, now, with_summary)


def _load(session: Session, now: datetime | None, with_summary: bool) -> FollowUpLoad:
    now = now or utcnow()  # one instant for the rows' overdue flags and the summary's today
    rows = list_follow_ups(session, now=now)
    owners = {
        row.owner_id: row.owner_name or row.owner_name_zh or f"#{row.owner_id}"
        for row in rows
        if row.owner_id is not None
    }
    codes = {code for row in rows for code in row.guest_countries}
    codes.update(row.owner_country for row in rows if row.owner_country)
    return FollowUpLoad(
        lines=build_lines(rows),
        owners=sorted(owners.items(), key=lambda item: item[1].casefold()),
        countries=[(code, code) for code in sorted(codes)],
        overdue=sum(1 for row in rows if row.overdue),
        summary=summarise_due(rows, office_today(now)) if with_summary else None,
    )


def change_status(
    database: Database, outcome_id: int, status: OutcomeStatus, note: str | None, *, version: int
) -> FollowUpChange:
    """Mark the item done or dropped (with ``note``), or reopen it; ``version`` as read."""
    if status == OutcomeStatus.DONE:
        return mark_done(database, outcome_id, note, version=version)
    if status == OutcomeStatus.DROPPED:
        return mark_dropped(database, outcome_id, note, version=version)
    return reopen(database, outcome_id, note, version=version)
