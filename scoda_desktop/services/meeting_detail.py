"""What the pane beside the meeting list shows of one meeting: who, in order of precedence,
and what came of it. Column selects; the protocol engine puts the people in order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlmodel import Session

from scoda_desktop.domain.enums import OutcomeKind, OutcomeStatus
from scoda_desktop.domain.models import Meeting, Outcome, Person
from scoda_desktop.domain.naming import first_reference
from scoda_desktop.services.protocol import PlacedAttendee, meeting_attendees
from scoda_desktop.services.timezones import local_times, meeting_participant_zones


@dataclass(frozen=True, slots=True)
class OutcomeLine:
    kind: OutcomeKind
    text: str  # English, else Chinese
    owner: str | None
    due_date: date | None
    status: OutcomeStatus


@dataclass(frozen=True, slots=True)
class ZoneClock:
    """The meeting on one zone's clock, and who joins from that zone."""

    time: str  # "16:30–17:30 (Asia/Tehran, UTC+03:30)", with the date when it differs
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MeetingDetail:
    meeting_id: int
    attendees: list[PlacedAttendee]
    outcomes: list[OutcomeLine]
    clocks: list[ZoneClock]  # one per zone participants join from, in listing order


def load_meeting_detail(session: Session, meeting_id: int) -> MeetingDetail:
    """The meeting's attendees in precedence order and its outcomes in recorded order.

    An unknown meeting raises InputError (from the protocol engine)."""
    attendees = meeting_attendees(session, meeting_id)
    o, p = Outcome.__table__.c, Person.__table__.c
    rows = session.execute(
        sa.select(
            o.kind,
            o.text_en,
            o.text_zh,
            o.due_date,
            o.status,
            p.family_name,
            p.given_name,
            p.name_order,
            p.first_reference,
        )
        .outerjoin(Person.__table__, p.id == o.owner_id)
        .where(o.meeting_id == meeting_id)
        .order_by(o.sort_order, o.id)
    ).all()
    outcomes = [
        OutcomeLine(
            kind=OutcomeKind(r.kind),
            text=(r.text_en or r.text_zh or "").strip(),
            owner=first_reference(r.family_name, r.given_name, r.name_order, r.first_reference)
            if r.family_name
            else None,
            due_date=r.due_date,
            status=OutcomeStatus(r.status),
        )
        for r in rows
    ]
    return MeetingDetail(meeting_id, attendees, outcomes, _clocks(session, meeting_id))


def _clocks(session: Session, meeting_id: int) -> list[ZoneClock]:
    m = Meeting.__table__.c
    starts_at, ends_at = session.execute(
        sa.select(m.starts_at, m.ends_at).where(m.id == meeting_id)
    ).one()
    by_zone: dict[str, tuple[str, list[str]]] = {}
    for local in local_times(starts_at, ends_at, meeting_participant_zones(session, meeting_id)):
        by_zone.setdefault(local.zone, (local.describe(), []))[1].append(local.name)
    return [ZoneClock(time, tuple(names)) for time, names in by_zone.values()]
