"""Counterpart history: every meeting with a person, an organisation or a country, what came of
each, the follow-ups still open, and when the office was last in contact; and the list of
embassies the office liaises with, the longest without contact first.

Who counts as "with" the counterpart, from the participations:
- a person: the meetings they were a participant of, on either side;
- an organisation: the meetings of participants who attended *as a member of it* (the post
  recorded with their participation), so a diplomat's meetings before or after a posting do
  not count for the embassy; only the organisation itself, not its sub-organisations;
- a country: the meetings with a guest-side person of that nationality.

Contact is a meeting held (status "held") that started no later than ``now``, at which one of
the counterpart's people was not recorded absent or excused. Days are the office's calendar
days (Asia/Shanghai). Reads are column selects; nothing here writes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Session

from scoda_desktop.domain.enums import (
    Attendance,
    MeetingKind,
    MeetingStatus,
    OrganisationKind,
    OutcomeKind,
    OutcomeStatus,
    Side,
)
from scoda_desktop.domain.models import (
    Country,
    Meeting,
    Organisation,
    Outcome,
    Participation,
    Person,
    Position,
)
from scoda_desktop.domain.naming import first_reference
from scoda_desktop.domain.office import office_today, to_office_time
from scoda_desktop.domain.types import utcnow
from scoda_desktop.errors import InputError
from scoda_desktop.services.followups import (
    FOLLOW_UP_KINDS,
    FollowUpFilter,
    FollowUpRow,
    is_overdue,
    list_follow_ups,
)
from scoda_desktop.services.tabular import Table

__all__ = [
    "AttendeeAt",
    "CounterpartHistory",
    "Liaison",
    "OutcomeItem",
    "Subject",
    "TimelineEntry",
    "country_history",
    "liaison_list",
    "liaison_table",
    "organisation_history",
    "person_history",
    "timeline_table",
]

NOT_CONTACT = (Attendance.ABSENT, Attendance.EXCUSED)
NOT_TAKING_PLACE = (MeetingStatus.CANCELLED, MeetingStatus.POSTPONED)


@dataclass(frozen=True, slots=True)
class Subject:
    kind: str  # "person", "organisation" or "country"
    key: str  # the person's or organisation's id as text, or the ISO country code
    name_en: str
    name_zh: str | None


@dataclass(frozen=True, slots=True)
class AttendeeAt:
    """One of the counterpart's people at a meeting, as recorded for that meeting."""

    person_id: int
    name: str
    title: str | None
    attended: bool  # not recorded absent or excused


@dataclass(frozen=True, slots=True)
class OutcomeItem:
    id: int
    kind: OutcomeKind
    text_en: str | None
    text_zh: str | None
    owner_name: str | None
    due_date: date | None
    status: OutcomeStatus
    closed_on: date | None
    overdue: bool

    @property
    def text(self) -> str:
        return self.text_en or self.text_zh or ""


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    meeting_id: int
    starts_at: datetime  # UTC
    day: date  # the office's calendar day
    theme_en: str
    theme_zh: str | None
    kind: MeetingKind
    status: MeetingStatus
    attendees: tuple[AttendeeAt, ...]
    outcomes: tuple[OutcomeItem, ...]
    contact: bool  # counts as contact (see the module's docstring)

    @property
    def theme(self) -> str:
        return self.theme_en or self.theme_zh or ""


@dataclass(frozen=True, slots=True)
class CounterpartHistory:
    subject: Subject
    timeline: tuple[TimelineEntry, ...]  # newest first
    open_follow_ups: tuple[FollowUpRow, ...]  # earliest due first
    last_contact: date | None
    next_meeting: date | None  # the first meeting to come that is not cancelled or postponed
    today: date

    @property
    def days_since_contact(self) -> int | None:
        return None if self.last_contact is None else (self.today - self.last_contact).days


def _held(status: MeetingStatus | str, starts_at: datetime, now: datetime) -> bool:
    """The meeting took place by ``now``."""
    return status == MeetingStatus.HELD and starts_at <= now


def person_history(
    session: Session, person_id: int, *, now: datetime | None = None
) -> CounterpartHistory:
    """The history with one person; their open follow-ups include the items they own."""
    person = Person.__table__.c
    row = session.execute(
        sa.select(
            person.family_name,
            person.given_name,
            person.name_order,
            person.first_reference,
            person.name_zh,
        ).where(person.id == person_id)
    ).one_or_none()
    if row is None:
        raise InputError(f"There is no person with id {person_id}.")
    subject = Subject(
        "person",
        str(person_id),
        first_reference(row.family_name, row.given_name, row.name_order, row.first_reference),
        row.name_zh,
    )
    p = Participation.__table__.c
    return _history(session, subject, p.person_id == person_id, now, owner_id=person_id)


def organisation_history(
    session: Session, organisation_id: int, *, now: datetime | None = None
) -> CounterpartHistory:
    """The history with one organisation (its members attending in their post there)."""
    org = Organisation.__table__.c
    row = session.execute(
        sa.select(org.name_en, org.name_zh).where(org.id == organisation_id)
    ).one_or_none()
    if row is None:
        raise InputError(f"There is no organisation with id {organisation_id}.")
    subject = Subject("organisation", str(organisation_id), row.name_en, row.name_zh)
    return _history(session, subject, Position.__table__.c.organisation_id == organisation_id, now)


def country_history(
    session: Session, code: str, *, now: datetime | None = None
) -> CounterpartHistory:
    """The history with one country (its nationals on the guest side)."""
    code = code.strip().upper()
    c = Country.__table__.c
    row = session.execute(sa.select(c.name_en, c.name_zh).where(c.code == code)).one_or_none()
    if row is None:
        raise InputError(f"There is no country with the code {code!r}.")
    subject = Subject("country", code, row.name_en, row.name_zh)
    p, person = Participation.__table__.c, Person.__table__.c
    return _history(
        session, subject, sa.and_(p.side == Side.GUEST, person.country_code == code), now
    )


def _history(
    session: Session,
    subject: Subject,
    condition: sa.ColumnElement[bool],
    now: datetime | None,
    *,
    owner_id: int | None = None,
) -> CounterpartHistory:
    now = now or utcnow()
    today = office_today(now)
    p, person, position = Participation.__table__.c, Person.__table__.c, Position.__table__.c
    attendees: dict[int, list[AttendeeAt]] = defaultdict(list)
    for r in session.execute(
        sa.select(
            p.meeting_id,
            p.person_id,
            p.name_en,
            p.title_en,
            p.attendance,
            person.family_name,
            person.given_name,
            person.name_order,
            person.first_reference,
        )
        .join(Person.__table__, person.id == p.person_id)
        .outerjoin(Position.__table__, position.id == p.position_id)
        .where(condition)
        .order_by(p.meeting_id, p.id)
    ):
        name = r.name_en or first_reference(
            r.family_name, r.given_name, r.name_order, r.first_reference
        )
        attendees[r.meeting_id].append(
            AttendeeAt(r.person_id, name, r.title_en, r.attendance not in NOT_CONTACT)
        )
    meeting_ids = tuple(sorted(attendees))
    outcomes = _outcomes(session, meeting_ids, today)
    m = Meeting.__table__.c
    timeline = []
    for r in session.execute(
        sa.select(m.id, m.starts_at, m.theme_en, m.theme_zh, m.kind, m.status)
        .where(m.id.in_(meeting_ids))
        .order_by(m.starts_at.desc(), m.id.desc())
    ):
        present = tuple(attendees[r.id])
        status = MeetingStatus(r.status)
        timeline.append(
            TimelineEntry(
                meeting_id=r.id,
                starts_at=r.starts_at,
                day=to_office_time(r.starts_at).date(),
                theme_en=r.theme_en,
                theme_zh=r.theme_zh,
                kind=MeetingKind(r.kind),
                status=status,
                attendees=present,
                outcomes=tuple(outcomes.get(r.id, ())),
                contact=_held(status, r.starts_at, now) and any(a.attended for a in present),
            )
        )
    contacts = [entry.day for entry in timeline if entry.contact]
    upcoming = [
        entry.day
        for entry in timeline
        if entry.starts_at > now and entry.status not in NOT_TAKING_PLACE
    ]
    open_only = (OutcomeStatus.OPEN,)
    follow_ups = {
        row.id: row
        for row in list_follow_ups(
            session, FollowUpFilter(statuses=open_only, meeting_ids=meeting_ids), now=now
        )
    }
    if owner_id is not None:
        owned = FollowUpFilter(statuses=open_only, owner_id=owner_id)
        follow_ups.update((row.id, row) for row in list_follow_ups(session, owned, now=now))
    open_rows = sorted(
        follow_ups.values(),
        key=lambda row: (row.due_date is None, row.due_date, row.meeting_date, row.id),
    )
    return CounterpartHistory(
        subject=subject,
        timeline=tuple(timeline),
        open_follow_ups=tuple(open_rows),
        last_contact=max(contacts, default=None),
        next_meeting=min(upcoming, default=None),
        today=today,
    )


def _outcomes(
    session: Session, meeting_ids: Iterable[int], today: date
) -> dict[int, list[OutcomeItem]]:
    """Every outcome of the meetings, in the order recorded, by meeting id."""
    ids = tuple(meeting_ids)
    if not ids:
        return {}
    o, owner = Outcome.__table__.c, Person.__table__.c
    found: dict[int, list[OutcomeItem]] = defaultdict(list)
    for r in session.execute(
        sa.select(
            o.id,
            o.meeting_id,
            o.kind,
            o.text_en,
            o.text_zh,
            o.owner_id,
            o.due_date,
            o.status,
            o.closed_on,
            owner.family_name,
            owner.given_name,
            owner.name_order,
            owner.first_reference,
        )
        .outerjoin(Person.__table__, owner.id == o.owner_id)
        .where(o.meeting_id.in_(ids))
        .order_by(o.meeting_id, o.sort_order, o.id)
    ):
        status = OutcomeStatus(r.status)
        kind = OutcomeKind(r.kind)
        found[r.meeting_id].append(
            OutcomeItem(
                id=r.id,
                kind=kind,
                text_en=r.text_en,
                text_zh=r.text_zh,
                owner_name=None
                if r.owner_id is None
                else first_reference(r.family_name, r.given_name, r.name_order, r.first_reference),
                due_date=r.due_date,
                status=status,
                closed_on=r.closed_on,
                overdue=kind in FOLLOW_UP_KINDS and is_overdue(r.due_date, status, today),
            )
        )
    return found


def timeline_table(history: CounterpartHistory) -> Table:
    """The timeline as a plain table: one row per outcome (a meeting without any, one row)."""
    rows = []
    for entry in history.timeline:
        people = "; ".join(a.name for a in entry.attendees)
        for outcome in entry.outcomes or (None,):
            rows.append(
                (
                    entry.day,
                    entry.meeting_id,
                    entry.theme_en,
                    entry.theme_zh,
                    entry.status.value,
                    people,
                    None if outcome is None else outcome.kind.value,
                    None if outcome is None else outcome.text,
                    None if outcome is None else outcome.owner_name,
                    None if outcome is None else outcome.due_date,
                    None if outcome is None else outcome.status.value,
                    None if outcome is None else outcome.closed_on,
                )
            )
    return Table(
        title=f"History: {history.subject.name_en}",
        columns=(
            "Date",
            "Meeting ID",
            "Theme",
            "主题",
            "Meeting status",
            "Attendees",
            "Outcome kind",
            "Outcome",
            "Owner",
            "Due",
            "Outcome status",
            "Closed on",
        ),
        rows=tuple(rows),
    )


# -- the embassies the office liaises with -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class Liaison:
    organisation_id: int
    name_en: str
    name_zh: str | None
    country_code: str | None
    country_name_en: str | None
    last_contact: date
    days_since_contact: int
    meetings_held: int  # meetings counted as contact
    open_follow_ups: int  # open items of any meeting the embassy took part in
    next_meeting: date | None


def liaison_list(session: Session, now: datetime | None = None) -> list[Liaison]:
    """The embassies whose people attended at least one meeting held, the longest without
    contact first (then by name). Three column selects."""
    now = now or utcnow()
    today = office_today(now)
    p, m, position = Participation.__table__.c, Meeting.__table__.c, Position.__table__.c
    org, country = Organisation.__table__.c, Country.__table__.c
    names: dict[int, tuple[str, str | None, str | None, str | None]] = {}
    meetings: dict[int, set[int]] = defaultdict(set)
    contacts: dict[int, dict[int, date]] = defaultdict(dict)  # embassy -> meeting -> day
    upcoming: dict[int, list[date]] = defaultdict(list)
    for r in session.execute(
        sa.select(
            org.id,
            org.name_en,
            org.name_zh,
            org.country_code,
            country.name_en.label("country_name"),
            m.id.label("meeting_id"),
            m.starts_at,
            m.status,
            p.attendance,
        )
        .select_from(Participation.__table__)
        .join(Position.__table__, position.id == p.position_id)
        .join(Organisation.__table__, org.id == position.organisation_id)
        .join(Meeting.__table__, m.id == p.meeting_id)
        .outerjoin(Country.__table__, country.code == org.country_code)
        .where(org.kind == OrganisationKind.EMBASSY)
    ):
        names[r.id] = (r.name_en, r.name_zh, r.country_code, r.country_name)
        meetings[r.id].add(r.meeting_id)
        if _held(r.status, r.starts_at, now) and r.attendance not in NOT_CONTACT:
            contacts[r.id][r.meeting_id] = to_office_time(r.starts_at).date()
        elif r.starts_at > now and r.status not in NOT_TAKING_PLACE:
            upcoming[r.id].append(to_office_time(r.starts_at).date())
    o = Outcome.__table__.c
    all_meetings = sorted(set().union(*meetings.values())) if meetings else []
    open_per_meeting: dict[int, int] = dict(
        session.execute(
            sa.select(o.meeting_id, sa.func.count())
            .where(
                o.meeting_id.in_(all_meetings),
                o.status == OutcomeStatus.OPEN,
                o.kind.in_(FOLLOW_UP_KINDS),
            )
            .group_by(o.meeting_id)
        ).all()
    )
    found = []
    for org_id, days in contacts.items():
        name_en, name_zh, code, country_name = names[org_id]
        last = max(days.values())
        found.append(
            Liaison(
                organisation_id=org_id,
                name_en=name_en,
                name_zh=name_zh,
                country_code=code,
                country_name_en=country_name,
                last_contact=last,
                days_since_contact=(today - last).days,
                meetings_held=len(days),
                open_follow_ups=sum(open_per_meeting.get(mid, 0) for mid in meetings[org_id]),
                next_meeting=min(upcoming[org_id], default=None),
            )
        )
    found.sort(key=lambda row: (-row.days_since_contact, row.name_en))
    return found


def liaison_table(liaisons: Iterable[Liaison]) -> Table:
    return Table(
        title="Embassies",
        columns=(
            "Embassy",
            "使馆",
            "Country",
            "Last contact",
            "Days since",
            "Meetings held",
            "Open follow-ups",
            "Next meeting",
        ),
        rows=tuple(
            (
                row.name_en,
                row.name_zh,
                row.country_name_en or row.country_code,
                row.last_contact,
                row.days_since_contact,
                row.meetings_held,
                row.open_follow_ups,
                row.next_meeting,
            )
            for row in liaisons
        ),
    )
