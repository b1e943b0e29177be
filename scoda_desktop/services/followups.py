"""Follow-ups: the promises meetings produce (outcomes of kind follow-up, agreement and MoU),
listed across all meetings, and closed or reopened one at a time.

"Overdue" is decided by the office's calendar day (Asia/Shanghai): an open item due on
2026-11-27 becomes overdue at 00:00 Beijing time on 2026-11-28, whatever the computer's zone.
Every function that needs the time takes ``now`` (an aware instant) so tests and the GUI can
pin it.

Reads are column selects returning plain rows. Writes (``mark_done``, ``mark_dropped``,
``reopen``) name the outcome's version as read: the row is updated only if that version is
still current (else ``StaleRecordError``, nothing written); the outcome's version goes up by
one, an ``AuditEntry`` records the change (actor: the one given, else
``audit.current_actor()``), and the meeting's version goes up too, with an entry saying so,
because the meeting editor saves a meeting's outcomes with it under the meeting's version: an
editor opened before the change must not silently put the old status back, and its "changed by"
message must name who changed it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from scoda_desktop.data.database import Database
from scoda_desktop.domain.enums import AuditAction, OutcomeKind, OutcomeStatus, Side
from scoda_desktop.domain.models import Country, Meeting, Outcome, Participation, Person
from scoda_desktop.domain.naming import first_reference
from scoda_desktop.domain.office import office_today, to_office_time
from scoda_desktop.domain.types import utcnow
from scoda_desktop.errors import InputError
from scoda_desktop.services import audit
from scoda_desktop.services.meeting_drafts import StaleRecordError
from scoda_desktop.services.meetings import FOLLOW_UP_KINDS
from scoda_desktop.services.tabular import Table

__all__ = [
    "FOLLOW_UP_KINDS",
    "DueSummary",
    "FollowUpChange",
    "FollowUpFilter",
    "FollowUpRow",
    "check_filter",
    "due_summary",
    "follow_up_table",
    "guest_countries",
    "is_overdue",
    "list_follow_ups",
    "mark_done",
    "mark_dropped",
    "reopen",
    "summarise_due",
]

log = logging.getLogger(__name__)

DUE_SOON_DAYS = 7  # "due this week": today and the six days after it


@dataclass(frozen=True, slots=True)
class FollowUpFilter:
    """What to list; every criterion left at None lets everything through.

    ``country`` (ISO code) keeps the items that concern the country: its people were guests at
    the meeting, or one of its people owns the item."""

    owner_id: int | None = None
    country: str | None = None
    statuses: tuple[OutcomeStatus, ...] | None = None
    due_from: date | None = None  # due on or after
    due_to: date | None = None  # due on or before
    overdue_only: bool = False
    meeting_ids: tuple[int, ...] | None = None


@dataclass(frozen=True, slots=True)
class FollowUpRow:
    id: int
    uid: str
    version: int  # as read: a write names it (optimistic locking)
    meeting_id: int
    meeting_theme_en: str
    meeting_theme_zh: str | None
    meeting_date: date  # the office's calendar day the meeting started on
    kind: OutcomeKind
    text_en: str | None
    text_zh: str | None
    owner_id: int | None
    owner_name: str | None  # first reference, as the directory has it now
    owner_name_zh: str | None
    owner_country: str | None  # ISO code
    guest_countries: tuple[str, ...]  # ISO codes of the meeting's guest side, without repeats
    due_date: date | None
    status: OutcomeStatus
    closed_on: date | None
    status_note: str | None
    overdue: bool

    @property
    def text(self) -> str:
        return self.text_en or self.text_zh or ""

    @property
    def meeting_theme(self) -> str:
        return self.meeting_theme_en or self.meeting_theme_zh or ""

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "uid": self.uid,
            "version": self.version,
            "meeting_id": self.meeting_id,
            "meeting_theme_en": self.meeting_theme_en,
            "meeting_theme_zh": self.meeting_theme_zh,
            "meeting_date": self.meeting_date.isoformat(),
            "kind": self.kind.value,
            "text_en": self.text_en,
            "text_zh": self.text_zh,
            "owner_id": self.owner_id,
            "owner_name": self.owner_name,
            "owner_name_zh": self.owner_name_zh,
            "owner_country": self.owner_country,
            "guest_countries": list(self.guest_countries),
            "due_date": None if self.due_date is None else self.due_date.isoformat(),
            "status": self.status.value,
            "closed_on": None if self.closed_on is None else self.closed_on.isoformat(),
            "status_note": self.status_note,
            "overdue": self.overdue,
        }


def is_overdue(due_date: date | None, status: OutcomeStatus | str, today: date) -> bool:
    """Open, with a due day before the office's ``today``."""
    return status == OutcomeStatus.OPEN and due_date is not None and due_date < today


def _country_condition(code: str) -> sa.ColumnElement[bool]:
    o, p, guest = Outcome.__table__.c, Participation.__table__.c, Person.__table__.alias("guest")
    owner = Person.__table__.c
    guests_from_country = (
        sa.select(p.meeting_id)
        .join(guest, guest.c.id == p.person_id)
        .where(p.side == Side.GUEST, guest.c.country_code == code)
    )
    return sa.or_(owner.country_code == code, o.meeting_id.in_(guests_from_country))


def check_filter(session: Session, criteria: FollowUpFilter) -> None:
    """InputError if the filter names a person or a country the database does not hold (a
    typing mistake would otherwise just list nothing)."""
    problems = []
    if criteria.owner_id is not None:
        person = Person.__table__.c
        if (
            session.execute(sa.select(person.id).where(person.id == criteria.owner_id)).first()
            is None
        ):
            problems.append(f"there is no person with id {criteria.owner_id}")
    if criteria.country is not None:
        country = Country.__table__.c
        code = criteria.country.upper()
        if session.execute(sa.select(country.code).where(country.code == code)).first() is None:
            problems.append(f"there is no country with the code {criteria.country!r}")
    if criteria.due_from and criteria.due_to and criteria.due_to < criteria.due_from:
        problems.append(f"the due range ends ({criteria.due_to}) before it starts")
    if problems:
        raise InputError("Cannot list the follow-ups:", problems)


def list_follow_ups(
    session: Session,
    criteria: FollowUpFilter | None = None,
    *,
    now: datetime | None = None,
) -> list[FollowUpRow]:
    """The follow-ups, agreements and MoUs that match ``criteria``: the earliest due first
    (those without a due day last), then by meeting day. Two column selects."""
    criteria = criteria or FollowUpFilter()
    today = office_today(now)
    o, m, owner = Outcome.__table__.c, Meeting.__table__.c, Person.__table__.c
    query = (
        sa.select(
            o.id,
            o.uid,
            o.version,
            o.meeting_id,
            o.kind,
            o.text_en,
            o.text_zh,
            o.owner_id,
            o.due_date,
            o.status,
            o.closed_on,
            o.status_note,
            m.theme_en,
            m.theme_zh,
            m.starts_at,
            owner.family_name,
            owner.given_name,
            owner.name_order,
            owner.first_reference,
            owner.name_zh,
            owner.country_code,
        )
        .join(Meeting.__table__, m.id == o.meeting_id)
        .outerjoin(Person.__table__, owner.id == o.owner_id)
        .where(o.kind.in_(FOLLOW_UP_KINDS))
    )
    if criteria.owner_id is not None:
        query = query.where(o.owner_id == criteria.owner_id)
    if criteria.country is not None:
        query = query.where(_country_condition(criteria.country.upper()))
    if criteria.statuses is not None:
        query = query.where(o.status.in_(criteria.statuses))
    if criteria.due_from is not None:
        query = query.where(o.due_date >= criteria.due_from)
    if criteria.due_to is not None:
        query = query.where(o.due_date <= criteria.due_to)
    if criteria.overdue_only:
        query = query.where(o.status == OutcomeStatus.OPEN, o.due_date < today)
    if criteria.meeting_ids is not None:
        query = query.where(o.meeting_id.in_(criteria.meeting_ids))
    found = session.execute(query).all()
    countries = guest_countries(session, {row.meeting_id for row in found})
    rows = []
    for r in found:
        status = OutcomeStatus(r.status)
        rows.append(
            FollowUpRow(
                id=r.id,
                uid=r.uid,
                version=r.version,
                meeting_id=r.meeting_id,
                meeting_theme_en=r.theme_en,
                meeting_theme_zh=r.theme_zh,
                meeting_date=to_office_time(r.starts_at).date(),
                kind=OutcomeKind(r.kind),
                text_en=r.text_en,
                text_zh=r.text_zh,
                owner_id=r.owner_id,
                owner_name=None
                if r.owner_id is None
                else first_reference(r.family_name, r.given_name, r.name_order, r.first_reference),
                owner_name_zh=r.name_zh,
                owner_country=r.country_code,
                guest_countries=countries.get(r.meeting_id, ()),
                due_date=r.due_date,
                status=status,
                closed_on=r.closed_on,
                status_note=r.status_note,
                overdue=is_overdue(r.due_date, status, today),
            )
        )
    rows.sort(key=lambda row: (row.due_date is None, row.due_date, row.meeting_date, row.id))
    return rows


def guest_countries(session: Session, meeting_ids: Iterable[int]) -> dict[int, tuple[str, ...]]:
    """The ISO codes of each meeting's guest-side people, in order of first appearance."""
    ids = sorted(set(meeting_ids))
    if not ids:
        return {}
    p, person = Participation.__table__.c, Person.__table__.c
    found: dict[int, dict[str, None]] = {}
    for meeting_id, code in session.execute(
        sa.select(p.meeting_id, person.country_code)
        .join(Person.__table__, person.id == p.person_id)
        .where(p.meeting_id.in_(ids), p.side == Side.GUEST, person.country_code.is_not(None))
        .order_by(p.meeting_id, p.id)
    ):
        found.setdefault(meeting_id, {})[code] = None
    # Meetings with the same guest countries share one tuple: a few hundred, not one each.
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}
    countries = {}
    for meeting_id, codes in found.items():
        ordered = tuple(codes)
        countries[meeting_id] = shared.setdefault(ordered, ordered)
    return countries


# -- the start-up summary ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DueSummary:
    """Open items overdue, and open items due from today to six days after (the week ahead)."""

    today: date
    overdue: tuple[FollowUpRow, ...]
    due_this_week: tuple[FollowUpRow, ...]

    @property
    def any(self) -> bool:
        return bool(self.overdue or self.due_this_week)

    def describe(self) -> str:
        """One line for the start-up notice: "2 follow-ups overdue, 3 due this week"."""
        parts = []
        if self.overdue:
            parts.append(f"{_count(len(self.overdue))} overdue")
        if self.due_this_week:
            parts.append(f"{_count(len(self.due_this_week))} due this week")
        return ", ".join(parts) if parts else "No follow-ups overdue or due this week"


def _count(n: int) -> str:
    return f"{n} follow-up{'' if n == 1 else 's'}"


def due_summary(session: Session, now: datetime | None = None) -> DueSummary:
    """What the start-up notice shows: open items overdue, and open items due this week."""
    today = office_today(now)
    rows = list_follow_ups(
        session,
        FollowUpFilter(statuses=(OutcomeStatus.OPEN,), due_to=_last_day_due_soon(today)),
        now=now,
    )
    return summarise_due(rows, today)


def summarise_due(rows: Iterable[FollowUpRow], today: date) -> DueSummary:
    """``due_summary`` of ``rows`` already read by ``list_follow_ups`` (with ``now`` on the
    office's ``today``): the open ones overdue, and the open ones due this week."""
    last = _last_day_due_soon(today)
    due = [
        row
        for row in rows
        if row.status == OutcomeStatus.OPEN and row.due_date is not None and row.due_date <= last
    ]
    return DueSummary(
        today=today,
        overdue=tuple(row for row in due if row.overdue),
        due_this_week=tuple(row for row in due if not row.overdue),
    )


def _last_day_due_soon(today: date) -> date:
    return today + timedelta(days=DUE_SOON_DAYS - 1)


# -- export --------------------------------------------------------------------------------


def follow_up_table(rows: Iterable[FollowUpRow], title: str = "Follow-ups") -> Table:
    """The list as a plain table, for CSV and XLSX."""
    columns = (
        "ID",
        "Meeting ID",
        "Meeting date",
        "Meeting theme",
        "会议主题",
        "Kind",
        "Text",
        "内容",
        "Owner",
        "负责人",
        "Owner's country",
        "Guest countries",
        "Due",
        "Status",
        "Overdue",
        "Closed on",
        "Note",
    )
    return Table(
        title=title,
        columns=columns,
        rows=tuple(
            (
                row.id,
                row.meeting_id,
                row.meeting_date,
                row.meeting_theme_en,
                row.meeting_theme_zh,
                row.kind.value,
                row.text_en,
                row.text_zh,
                row.owner_name,
                row.owner_name_zh,
                row.owner_country,
                ", ".join(row.guest_countries),
                row.due_date,
                row.status.value,
                "yes" if row.overdue else "",
                row.closed_on,
                row.status_note,
            )
            for row in rows
        ),
    )


# -- closing and reopening -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FollowUpChange:
    """What a view needs after a write: the item's new state and version, and its meeting's."""

    outcome_id: int
    meeting_id: int
    status: OutcomeStatus
    closed_on: date | None
    version: int
    meeting_version: int


_AUDITED = ("status", "closed_on", "status_note")


def mark_done(
    database: Database,
    outcome_id: int,
    note: str | None = None,
    *,
    version: int,
    on: date | None = None,
    actor: str | None = None,
) -> FollowUpChange:
    """Close the item as done on ``on`` (default: the office's today), with ``note`` if given
    (else the note stays as it was). ``version`` is the item's version as read."""
    return _set_status(database, outcome_id, OutcomeStatus.DONE, note, version, on, actor)


def mark_dropped(
    database: Database,
    outcome_id: int,
    note: str | None = None,
    *,
    version: int,
    on: date | None = None,
    actor: str | None = None,
) -> FollowUpChange:
    """Close the item as dropped (it will not be done); otherwise as ``mark_done``."""
    return _set_status(database, outcome_id, OutcomeStatus.DROPPED, note, version, on, actor)


def reopen(
    database: Database,
    outcome_id: int,
    note: str | None = None,
    *,
    version: int,
    actor: str | None = None,
) -> FollowUpChange:
    """Make a done or dropped item open again; its closing day is cleared."""
    return _set_status(database, outcome_id, OutcomeStatus.OPEN, note, version, None, actor)


def _set_status(
    database: Database,
    outcome_id: int,
    status: OutcomeStatus,
    note: str | None,
    read_version: int,
    on: date | None,
    actor: str | None,
) -> FollowUpChange:
    o, m = Outcome.__table__.c, Meeting.__table__.c
    with database.transaction() as session:
        current = session.execute(
            sa.select(
                o.meeting_id, o.kind, o.version, o.text_en, o.text_zh, *(o[f] for f in _AUDITED)
            ).where(o.id == outcome_id)
        ).one_or_none()
        if current is None:
            raise StaleRecordError(
                f"Follow-up {outcome_id} is no longer in the database: someone may have deleted "
                "it or its meeting. Refresh the list (F5)."
            )
        label = _label(current._mapping)
        if current.kind not in FOLLOW_UP_KINDS:
            raise InputError(
                f"“{label}” is a {OutcomeKind(current.kind).value}, not a follow-up, agreement "
                "or MoU: it has no status to change here."
            )
        if current.version != read_version:
            raise StaleRecordError(
                f"“{label}” was changed after you read it, so your change was not saved. "
                "Refresh the list (F5) to see its current state, then try again."
            )
        if current.status == status:
            raise InputError(f"“{label}” is already {status.value}.")
        values: dict[str, Any] = {
            "status": status,
            "closed_on": None if status == OutcomeStatus.OPEN else (on or office_today()),
            "status_note": (note or "").strip() or current.status_note,
        }
        now = utcnow()
        updated = session.execute(
            sa.update(Outcome.__table__)
            .where(o.id == outcome_id, o.version == read_version)
            .values(**values, version=read_version + 1, updated_at=now)
        )
        if updated.rowcount != 1:  # another writer got in between the read and the update
            raise StaleRecordError(
                f"“{label}” was changed after you read it, so your change was not saved. "
                "Refresh the list (F5) to see its current state, then try again."
            )
        session.execute(
            sa.update(Meeting.__table__)
            .where(m.id == current.meeting_id)
            .values(version=m.version + 1, updated_at=now)
        )
        meeting_version = session.execute(
            sa.select(m.version).where(m.id == current.meeting_id)
        ).scalar_one()
        who = actor or audit.current_actor()
        audit.record(
            session,
            actor=who,
            table=Outcome.__tablename__,
            record_id=outcome_id,
            action=AuditAction.UPDATE,
            changes=audit.changes_between(current._mapping, values, _AUDITED),
        )
        # The meeting's version moved: say so, so that a stale meeting editor names who did it.
        audit.record(
            session,
            actor=who,
            table=Meeting.__tablename__,
            record_id=current.meeting_id,
            action=AuditAction.UPDATE,
            changes={"version": [meeting_version - 1, meeting_version]},
        )
    log.info("follow-up %s is now %s (version %s)", outcome_id, status.value, read_version + 1)
    return FollowUpChange(
        outcome_id=outcome_id,
        meeting_id=current.meeting_id,
        status=status,
        closed_on=values["closed_on"],
        version=read_version + 1,
        meeting_version=meeting_version,
    )


def _label(values: Mapping[str, Any], limit: int = 60) -> str:
    text = (values.get("text_en") or values.get("text_zh") or "").strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"
