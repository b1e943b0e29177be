"""Counterpart history: every meeting with a person, an organisation or a country, what came of
each, the follow-ups still open, and when the office was last in contact. The history window,
the briefing's "previous contacts" and the liaison list (``services.liaison``) all follow the
rules set out here.

Who counts as "with" the counterpart, from the participations:
- a person: the meetings they were a participant of, on either side;
- an organisation: the meetings of participants who attended *as a member of it* (the post
  recorded with their participation), so a diplomat's meetings before or after a posting do
  not count for the embassy; only the organisation itself, not its sub-organisations;
- a country: the meetings with a guest-side person of that nationality.

The rules, all relative to ``now`` (an instant; default: the current time):
- a meeting *took place* when it is not cancelled or postponed and started before ``now`` (one
  still marked confirmed or proposed after its time is taken to have been held);
- *contact* is a meeting that took place at which one of the counterpart's people was not
  recorded absent or excused; the last contact is the latest such meeting's day;
- the *open follow-ups* are the open follow-ups, agreements and MoUs of the meetings with the
  counterpart that took place, and for a person also the open items they own (of meetings that
  took place); an item is overdue when it is due before the office's calendar day
  (``services.followups.is_overdue``).
Asking as of an earlier ``now`` gives the history as it stood then (the briefing asks as of its
meeting's start), except that each item's status is the one recorded today.

Days are the office's calendar days (Asia/Shanghai). The histories of many counterparts of one
kind are read together, with the same few column selects as one; nothing here writes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple, TypeVar

import sqlalchemy as sa
from sqlmodel import Session

from scoda_desktop.domain.enums import (
    Attendance,
    MeetingKind,
    MeetingStatus,
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
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, error_message

__all__ = [
    "AttendeeAt",
    "CounterpartHistory",
    "OutcomeItem",
    "Subject",
    "TimelineEntry",
    "attended",
    "country_histories",
    "country_history",
    "is_upcoming",
    "open_follow_up_sql",
    "organisation_histories",
    "organisation_history",
    "people_histories",
    "person_history",
    "timeline_table",
    "took_place",
]

K = TypeVar("K", bound=Hashable)

NOT_CONTACT = (Attendance.ABSENT, Attendance.EXCUSED)
NOT_TAKING_PLACE = (MeetingStatus.CANCELLED, MeetingStatus.POSTPONED)
_OPEN = (OutcomeStatus.OPEN,)


def took_place(status: MeetingStatus | str, starts_at: datetime, now: datetime) -> bool:
    """The meeting is not cancelled or postponed and started before ``now``."""
    return status not in NOT_TAKING_PLACE and starts_at < now


def is_upcoming(status: MeetingStatus | str, starts_at: datetime, now: datetime) -> bool:
    """The meeting is still to take place: not cancelled or postponed, starting at ``now`` or
    later."""
    return status not in NOT_TAKING_PLACE and starts_at >= now


def attended(attendance: Attendance | str | None) -> bool:
    """The participant was not recorded absent or excused."""
    return attendance not in NOT_CONTACT


def _took_place_sql(now: datetime) -> tuple[sa.ColumnElement[bool], ...]:
    """``took_place`` as conditions on the meeting table."""
    m = Meeting.__table__.c
    return (m.status.not_in(NOT_TAKING_PLACE), m.starts_at < now)


def open_follow_up_sql() -> tuple[sa.ColumnElement[bool], ...]:
    """Open follow-ups, agreements and MoUs, as conditions on the outcome table."""
    o = Outcome.__table__.c
    return (o.status.in_(_OPEN), o.kind.in_(FOLLOW_UP_KINDS))


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

    @property
    def contacts(self) -> tuple[TimelineEntry, ...]:
        """The meetings that count as contact, newest first."""
        return tuple(entry for entry in self.timeline if entry.contact)


def person_history(
    session: Session, person_id: int, *, now: datetime | None = None
) -> CounterpartHistory:
    """The history with one person; their open follow-ups include the items they own."""
    found = people_histories(session, [person_id], now=now)
    if person_id not in found:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "There is no person with id {number}."),
                number=person_id,
            )
        )
    return found[person_id]


def organisation_history(
    session: Session, organisation_id: int, *, now: datetime | None = None
) -> CounterpartHistory:
    """The history with one organisation (its members attending in their post there)."""
    found = organisation_histories(session, [organisation_id], now=now)
    if organisation_id not in found:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "There is no organisation with id {number}."),
                number=organisation_id,
            )
        )
    return found[organisation_id]


def country_history(
    session: Session, code: str, *, now: datetime | None = None
) -> CounterpartHistory:
    """The history with one country (its nationals on the guest side)."""
    code = code.strip().upper()
    found = country_histories(session, [code], now=now)
    if code not in found:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "There is no country with the code {code}."),
                code=repr(code),
            )
        )
    return found[code]


def people_histories(
    session: Session, person_ids: Iterable[int], *, now: datetime | None = None
) -> dict[int, CounterpartHistory]:
    """The history with each person, by id (ids the directory does not hold are left out)."""
    person = Person.__table__.c
    ids = sorted(set(person_ids))
    subjects = {
        r.id: Subject(
            "person",
            str(r.id),
            first_reference(r.family_name, r.given_name, r.name_order, r.first_reference),
            r.name_zh,
        )
        for r in session.execute(
            sa.select(
                person.id,
                person.family_name,
                person.given_name,
                person.name_order,
                person.first_reference,
                person.name_zh,
            ).where(person.id.in_(ids))
        )
    }
    key = Participation.__table__.c.person_id
    return _histories(session, subjects, key, now, owners=True)


def organisation_histories(
    session: Session, organisation_ids: Iterable[int], *, now: datetime | None = None
) -> dict[int, CounterpartHistory]:
    """The history with each organisation, by id (unknown ids are left out)."""
    org = Organisation.__table__.c
    ids = sorted(set(organisation_ids))
    subjects = {
        r.id: Subject("organisation", str(r.id), r.name_en, r.name_zh)
        for r in session.execute(sa.select(org.id, org.name_en, org.name_zh).where(org.id.in_(ids)))
    }
    return _histories(session, subjects, Position.__table__.c.organisation_id, now)


def country_histories(
    session: Session, codes: Iterable[str], *, now: datetime | None = None
) -> dict[str, CounterpartHistory]:
    """The history with each country, by ISO code in capitals (unknown codes are left out)."""
    c = Country.__table__.c
    wanted = sorted({code.strip().upper() for code in codes})
    subjects = {
        r.code: Subject("country", r.code, r.name_en, r.name_zh)
        for r in session.execute(sa.select(c.code, c.name_en, c.name_zh).where(c.code.in_(wanted)))
    }
    guest = Participation.__table__.c.side == Side.GUEST
    return _histories(session, subjects, Person.__table__.c.country_code, now, guest)


class _MeetingAt(NamedTuple):
    starts_at: datetime
    theme_en: str
    theme_zh: str | None
    kind: str
    status: str


def _histories(
    session: Session,
    subjects: dict[K, Subject],
    key: sa.ColumnElement[Any],
    now: datetime | None,
    *where: sa.ColumnElement[bool],
    owners: bool = False,
) -> dict[K, CounterpartHistory]:
    """The history of every subject, ``key`` naming the subject a participation belongs to
    (among those ``where`` keeps); ``owners``: the subjects are people whose own open items
    count too. Four column selects (five with owners), however many subjects."""
    if not subjects:
        return {}
    now = now or utcnow()
    today = office_today(now)
    meetings, attendees = _participations(session, key, list(subjects), where)
    outcomes = _outcomes(session, sorted(meetings), today)
    held = {  # per subject, the meetings with them that took place
        k: {m for m in by_meeting if took_place(meetings[m].status, meetings[m].starts_at, now)}
        for k, by_meeting in attendees.items()
    }
    owned: dict[Any, dict[int, int]] = (
        _owned_open_items(session, list(subjects), now) if owners else {}
    )
    wanted = set().union(*held.values(), *(items.values() for items in owned.values()))
    open_items = (
        list_follow_ups(
            session, FollowUpFilter(statuses=_OPEN, meeting_ids=tuple(sorted(wanted))), now=now
        )
        if wanted
        else []
    )
    found = {}
    for k, subject in subjects.items():
        timeline = _timeline(attendees.get(k, {}), meetings, outcomes, now)
        of_meetings, of_owner = held.get(k, set()), owned.get(k, {})
        rows = [r for r in open_items if r.meeting_id in of_meetings or r.id in of_owner]
        rows.sort(key=lambda row: (row.due_date is None, row.due_date, row.meeting_date, row.id))
        found[k] = CounterpartHistory(
            subject=subject,
            timeline=timeline,
            open_follow_ups=tuple(rows),
            last_contact=max((e.day for e in timeline if e.contact), default=None),
            next_meeting=min(
                (e.day for e in timeline if is_upcoming(e.status, e.starts_at, now)), default=None
            ),
            today=today,
        )
    return found


def _participations(
    session: Session,
    key: sa.ColumnElement[Any],
    keys: list[Any],
    where: tuple[sa.ColumnElement[bool], ...],
) -> tuple[dict[int, _MeetingAt], dict[Any, dict[int, list[AttendeeAt]]]]:
    """The meetings of the subjects' participations, and per subject and meeting their people
    there (as the meeting recorded them). One select."""
    p, person, position = Participation.__table__.c, Person.__table__.c, Position.__table__.c
    m = Meeting.__table__.c
    meetings: dict[int, _MeetingAt] = {}
    attendees: dict[Any, dict[int, list[AttendeeAt]]] = defaultdict(lambda: defaultdict(list))
    for r in session.execute(
        sa.select(
            key.label("subject_key"),
            p.meeting_id,
            p.person_id,
            p.name_en,
            p.title_en,
            p.attendance,
            person.family_name,
            person.given_name,
            person.name_order,
            person.first_reference,
            m.starts_at,
            m.theme_en,
            m.theme_zh,
            m.kind,
            m.status,
        )
        .select_from(Participation.__table__)
        .join(Person.__table__, person.id == p.person_id)
        .join(Meeting.__table__, m.id == p.meeting_id)
        .outerjoin(Position.__table__, position.id == p.position_id)
        .where(key.in_(keys), *where)
        .order_by(p.meeting_id, p.id)
    ):
        if r.meeting_id not in meetings:
            meetings[r.meeting_id] = _MeetingAt(
                r.starts_at, r.theme_en, r.theme_zh, r.kind, r.status
            )
        name = r.name_en or first_reference(
            r.family_name, r.given_name, r.name_order, r.first_reference
        )
        attendees[r.subject_key][r.meeting_id].append(
            AttendeeAt(r.person_id, name, r.title_en, attended(r.attendance))
        )
    return meetings, attendees


def _timeline(
    by_meeting: dict[int, list[AttendeeAt]],
    meetings: dict[int, _MeetingAt],
    outcomes: dict[int, list[OutcomeItem]],
    now: datetime,
) -> tuple[TimelineEntry, ...]:
    """The subject's meetings, newest first."""
    entries = []
    for meeting_id, people in by_meeting.items():
        meeting = meetings[meeting_id]
        status = MeetingStatus(meeting.status)
        present = tuple(people)
        entries.append(
            TimelineEntry(
                meeting_id=meeting_id,
                starts_at=meeting.starts_at,
                day=to_office_time(meeting.starts_at).date(),
                theme_en=meeting.theme_en,
                theme_zh=meeting.theme_zh,
                kind=MeetingKind(meeting.kind),
                status=status,
                attendees=present,
                outcomes=tuple(outcomes.get(meeting_id, ())),
                contact=took_place(status, meeting.starts_at, now)
                and any(a.attended for a in present),
            )
        )
    entries.sort(key=lambda e: (e.starts_at, e.meeting_id), reverse=True)
    return tuple(entries)


def _owned_open_items(
    session: Session, owner_ids: list[Any], now: datetime
) -> dict[int, dict[int, int]]:
    """Per owner, their open items of meetings that took place: outcome id -> meeting id."""
    o, m = Outcome.__table__.c, Meeting.__table__.c
    found: dict[int, dict[int, int]] = defaultdict(dict)
    for r in session.execute(
        sa.select(o.owner_id, o.id, o.meeting_id)
        .join(Meeting.__table__, m.id == o.meeting_id)
        .where(o.owner_id.in_(owner_ids), *open_follow_up_sql(), *_took_place_sql(now))
    ):
        found[r.owner_id][r.id] = r.meeting_id
    return found


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
