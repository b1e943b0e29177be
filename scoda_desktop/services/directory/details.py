"""One person, organisation or country in full, for its page: column selects into plain rows.

A person: every field (as a ``PersonRecord`` to edit), the posts over time, the meetings
attended with the name and title recorded for each meeting (the snapshot, not today's), and the
outcomes they own. An organisation: its people now and in the past, its parts and the meetings
someone attended in one of its posts. A country: its facts, organisations, people and the
meetings with someone of that country.

Each also carries its open follow-ups and its last contact exactly as ``services.history`` (the
history window and the briefing) has them, read in the same session: the rules of who counts as
"with" a counterpart, what took place, what is contact and what is overdue live there only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Session

from scoda_desktop.domain.enums import (
    Attendance,
    MeetingStatus,
    OrganisationKind,
    OutcomeKind,
    OutcomeStatus,
    ParticipationRole,
    ScoStatus,
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
from scoda_desktop.domain.office import office_today
from scoda_desktop.errors import ScodaError
from scoda_desktop.services import history
from scoda_desktop.services.directory.listing import (
    OrganisationRow,
    PersonRow,
    list_organisations,
    list_people,
)
from scoda_desktop.services.directory.posts import PostRow, enum_or_none, posts_of
from scoda_desktop.services.directory.records import (
    ORGANISATION_FIELDS,
    PERSON_FIELDS,
    CountryRecord,
    OrganisationRecord,
    PersonRecord,
)
from scoda_desktop.services.followups import FollowUpRow
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, error_message

__all__ = [
    "AttendedMeeting",
    "CountryDetail",
    "LastContact",
    "MeetingSummary",
    "OrganisationDetail",
    "OrganisationMember",
    "OwnedOutcome",
    "PersonDetail",
    "country_detail",
    "organisation_detail",
    "person_detail",
]


def _gone(message: str, key: object) -> ScodaError:
    """The record ``key`` is no longer there: ``message`` (marked in the context "Errors")
    names it with ``{key}``."""
    return ScodaError(error_message(message, key=key))


@dataclass(frozen=True, slots=True)
class AttendedMeeting:
    meeting_id: int
    starts_at: datetime
    time_zone: str
    theme_en: str
    theme_zh: str | None
    status: MeetingStatus
    side: Side
    role: ParticipationRole
    attendance: Attendance | None
    name_en: str | None  # as recorded for the meeting
    name_zh: str | None
    title_en: str | None
    title_zh: str | None


@dataclass(frozen=True, slots=True)
class OwnedOutcome:
    id: int
    meeting_id: int
    meeting_theme_en: str
    meeting_theme_zh: str | None
    meeting_starts_at: datetime
    kind: OutcomeKind
    text_en: str | None
    text_zh: str | None
    due_date: date | None
    status: OutcomeStatus
    closed_on: date | None

    @property
    def meeting_theme(self) -> str:
        return self.meeting_theme_en or self.meeting_theme_zh or ""


@dataclass(frozen=True, slots=True)
class LastContact:
    """The latest meeting with the counterpart that counts as contact (``services.history``)."""

    day: date  # the office's calendar day: the history's ``last_contact``
    meeting_id: int
    starts_at: datetime  # UTC
    theme_en: str
    theme_zh: str | None

    @classmethod
    def of(cls, found: history.CounterpartHistory) -> LastContact | None:
        """The history's last contact and the meeting it was (None: no contact yet)."""
        if found.last_contact is None:
            return None
        entry = next(e for e in found.contacts if e.day == found.last_contact)
        return cls(
            found.last_contact, entry.meeting_id, entry.starts_at, entry.theme_en, entry.theme_zh
        )


@dataclass(frozen=True, slots=True)
class PersonDetail:
    record: PersonRecord
    country_en: str | None
    posts: tuple[PostRow, ...]  # latest first
    meetings: tuple[AttendedMeeting, ...]  # latest first
    outcomes: tuple[OwnedOutcome, ...]  # every outcome they own: open first, then by due date
    # The history's open follow-ups (of meetings with them, and the items they own), earliest
    # due first, and its last contact.
    open_follow_ups: tuple[FollowUpRow, ...]
    latest_contact: LastContact | None

    @property
    def current_posts(self) -> tuple[PostRow, ...]:
        return tuple(post for post in self.posts if post.current)


@dataclass(frozen=True, slots=True)
class OrganisationMember:
    person_id: int
    name_en: str
    name_zh: str | None
    post_id: int
    title_en: str
    title_zh: str | None
    start_date: date | None
    end_date: date | None


@dataclass(frozen=True, slots=True)
class MeetingSummary:
    id: int
    starts_at: datetime
    time_zone: str
    theme_en: str
    theme_zh: str | None
    status: MeetingStatus
    with_: tuple[str, ...]  # the names (as recorded) of the people that tie it to the page


@dataclass(frozen=True, slots=True)
class OrganisationDetail:
    record: OrganisationRecord
    country_en: str | None
    parent_en: str | None
    parts: tuple[tuple[int, str], ...]  # (id, English name) of the organisations inside it
    current_people: tuple[OrganisationMember, ...]
    past_people: tuple[OrganisationMember, ...]
    meetings: tuple[MeetingSummary, ...]  # latest first
    # The history's open follow-ups (earliest due first) and last contact.
    open_follow_ups: tuple[FollowUpRow, ...]
    latest_contact: LastContact | None


@dataclass(frozen=True, slots=True)
class CountryDetail:
    record: CountryRecord
    name_en: str
    name_zh: str
    time_zones: tuple[str, ...]
    capital_zone: str | None
    source: str | None
    organisations: tuple[OrganisationRow, ...]
    people: tuple[PersonRow, ...]
    meetings: tuple[MeetingSummary, ...]  # latest first
    # The history's open follow-ups (earliest due first) and last contact.
    open_follow_ups: tuple[FollowUpRow, ...]
    latest_contact: LastContact | None

    @property
    def last_contact(self) -> datetime | None:
        """When the last contact started (UTC), as ``CountryRow.last_contact``."""
        return None if self.latest_contact is None else self.latest_contact.starts_at


def person_detail(
    session: Session,
    person_id: int,
    *,
    today: date | None = None,
    now: datetime | None = None,
) -> PersonDetail:
    """The person with posts, meetings, outcomes and their history's open follow-ups and last
    contact as of ``now`` (default: the current time; ``today`` decides which posts are
    current). ScodaError if the person is gone."""
    person, country = Person.__table__.c, Country.__table__.c
    row = session.execute(
        sa.select(
            person.id,
            person.uid,
            person.version,
            *(person[name] for name in PERSON_FIELDS),
            country.name_en.label("country_en"),
        )
        .outerjoin(Country.__table__, country.code == person.country_code)
        .where(person.id == person_id)
    ).one_or_none()
    if row is None:
        raise _gone(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Person {key} is no longer in the directory: someone may have merged or "
                "deleted it. Refresh the list (F5).",
            ),
            person_id,
        )
    values = {name: getattr(row, name) for name in PERSON_FIELDS}
    values["alternative_spellings"] = list(values["alternative_spellings"] or [])
    record = PersonRecord(**values, id=row.id, uid=row.uid, version=row.version)

    m, p = Meeting.__table__.c, Participation.__table__.c
    attended = session.execute(
        sa.select(
            m.id,
            m.starts_at,
            m.time_zone,
            m.theme_en,
            m.theme_zh,
            m.status,
            p.side,
            p.role,
            p.attendance,
            p.name_en,
            p.name_zh,
            p.title_en,
            p.title_zh,
        )
        .join(Meeting.__table__, m.id == p.meeting_id)
        .where(p.person_id == person_id)
        .order_by(m.starts_at.desc(), m.id.desc())
    ).all()
    o = Outcome.__table__.c
    owned = session.execute(
        sa.select(
            o.id,
            o.meeting_id,
            m.theme_en,
            m.theme_zh,
            m.starts_at,
            o.kind,
            o.text_en,
            o.text_zh,
            o.due_date,
            o.status,
            o.closed_on,
        )
        .join(Meeting.__table__, m.id == o.meeting_id)
        .where(o.owner_id == person_id)
    ).all()
    outcomes = sorted(
        (
            OwnedOutcome(
                id=r.id,
                meeting_id=r.meeting_id,
                meeting_theme_en=r.theme_en,
                meeting_theme_zh=r.theme_zh,
                meeting_starts_at=r.starts_at,
                kind=OutcomeKind(r.kind),
                text_en=r.text_en,
                text_zh=r.text_zh,
                due_date=r.due_date,
                status=OutcomeStatus(r.status),
                closed_on=r.closed_on,
            )
            for r in owned
        ),
        key=lambda x: (x.status != OutcomeStatus.OPEN, x.due_date or date.max, x.id),
    )
    found = history.person_history(session, person_id, now=now)
    return PersonDetail(
        record=record,
        country_en=row.country_en,
        posts=tuple(posts_of(session, [person_id], today or office_today(now))),
        meetings=tuple(
            AttendedMeeting(
                meeting_id=r.id,
                starts_at=r.starts_at,
                time_zone=r.time_zone,
                theme_en=r.theme_en,
                theme_zh=r.theme_zh,
                status=MeetingStatus(r.status),
                side=Side(r.side),
                role=ParticipationRole(r.role),
                attendance=enum_or_none(Attendance, r.attendance),
                name_en=r.name_en,
                name_zh=r.name_zh,
                title_en=r.title_en,
                title_zh=r.title_zh,
            )
            for r in attended
        ),
        outcomes=tuple(outcomes),
        open_follow_ups=found.open_follow_ups,
        latest_contact=LastContact.of(found),
    )


def _meetings_where(session: Session, condition: sa.ColumnElement[bool]) -> list[MeetingSummary]:
    """Meetings with a participation meeting ``condition`` (over participation, person and
    position), latest first, each with the names of those participants as recorded."""
    m, p = Meeting.__table__.c, Participation.__table__.c
    person, pos = Person.__table__.c, Position.__table__.c
    rows = session.execute(
        sa.select(
            m.id,
            m.starts_at,
            m.time_zone,
            m.theme_en,
            m.theme_zh,
            m.status,
            p.name_en,
            person.family_name,
            person.given_name,
            person.name_order,
            person.first_reference,
        )
        .select_from(Participation.__table__)
        .join(Meeting.__table__, m.id == p.meeting_id)
        .join(Person.__table__, person.id == p.person_id)
        .outerjoin(Position.__table__, pos.id == p.position_id)
        .where(condition)
        .order_by(m.starts_at.desc(), m.id.desc(), p.id)
    ).all()
    meetings: dict[int, tuple[sa.Row, list[str]]] = {}  # type: ignore[type-arg]
    for r in rows:
        name = r.name_en or first_reference(
            r.family_name, r.given_name, r.name_order, r.first_reference
        )
        meetings.setdefault(r.id, (r, []))[1].append(name)
    return [
        MeetingSummary(
            id=r.id,
            starts_at=r.starts_at,
            time_zone=r.time_zone,
            theme_en=r.theme_en,
            theme_zh=r.theme_zh,
            status=MeetingStatus(r.status),
            with_=tuple(dict.fromkeys(names)),
        )
        for r, names in meetings.values()
    ]


def organisation_detail(
    session: Session,
    organisation_id: int,
    *,
    today: date | None = None,
    now: datetime | None = None,
) -> OrganisationDetail:
    """The organisation with its people (a post there ``today``, or only in the past), its
    parts, the meetings someone attended in one of its posts, and its history's open follow-ups
    and last contact as of ``now`` (default: the current time). ScodaError if it is gone."""
    today = today or office_today(now)
    org, country = Organisation.__table__.c, Country.__table__.c
    parent = Organisation.__table__.alias("parent")
    row = session.execute(
        sa.select(
            org.id,
            org.uid,
            org.version,
            *(org[name] for name in ORGANISATION_FIELDS),
            country.name_en.label("country_en"),
            parent.c.name_en.label("parent_en"),
        )
        .outerjoin(Country.__table__, country.code == org.country_code)
        .outerjoin(parent, parent.c.id == org.parent_id)
        .where(org.id == organisation_id)
    ).one_or_none()
    if row is None:
        raise _gone(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Organisation {key} is no longer in the directory: someone may have merged or "
                "deleted it. Refresh the list (F5).",
            ),
            organisation_id,
        )
    values = {name: getattr(row, name) for name in ORGANISATION_FIELDS}
    values["kind"] = OrganisationKind(values["kind"])
    parts = session.execute(
        sa.select(org.id, org.name_en).where(org.parent_id == organisation_id).order_by(org.name_en)
    ).all()

    pos, person = Position.__table__.c, Person.__table__.c
    members = session.execute(
        sa.select(
            pos.id,
            pos.person_id,
            pos.title_en,
            pos.title_zh,
            pos.start_date,
            pos.end_date,
            person.family_name,
            person.given_name,
            person.name_order,
            person.first_reference,
            person.name_zh,
        )
        .join(Person.__table__, person.id == pos.person_id)
        .where(pos.organisation_id == organisation_id)
        .order_by(pos.start_date.desc(), pos.id.desc())
    ).all()
    current: list[OrganisationMember] = []
    past: list[OrganisationMember] = []
    for r in members:
        member = OrganisationMember(
            person_id=r.person_id,
            name_en=first_reference(r.family_name, r.given_name, r.name_order, r.first_reference),
            name_zh=r.name_zh,
            post_id=r.id,
            title_en=r.title_en,
            title_zh=r.title_zh,
            start_date=r.start_date,
            end_date=r.end_date,
        )
        ended = r.end_date is not None and r.end_date < today
        (past if ended else current).append(member)
    found = history.organisation_history(session, organisation_id, now=now)
    return OrganisationDetail(
        record=OrganisationRecord(**values, id=row.id, uid=row.uid, version=row.version),
        country_en=row.country_en,
        parent_en=row.parent_en,
        parts=tuple((p.id, p.name_en) for p in parts),
        current_people=tuple(current),
        past_people=tuple(past),
        meetings=tuple(_meetings_where(session, pos.organisation_id == organisation_id)),
        open_follow_ups=found.open_follow_ups,
        latest_contact=LastContact.of(found),
    )


def country_detail(session: Session, code: str, *, now: datetime | None = None) -> CountryDetail:
    """The country's facts, its organisations and people in the directory, the meetings with
    someone of that country, and its history's open follow-ups and last contact as of ``now``
    (default: the current time). ScodaError if there is no such country."""
    c = Country.__table__.c
    row = session.execute(sa.select(Country.__table__).where(c.code == code)).one_or_none()
    if row is None:
        raise _gone(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Country {key} is no longer in the directory: someone may have merged or "
                "deleted it. Refresh the list (F5).",
            ),
            code,
        )
    person = Person.__table__.c
    found = history.country_history(session, code, now=now)
    return CountryDetail(
        record=CountryRecord(
            code=row.code,
            version=row.version,
            demonym=row.demonym,
            sco_status=ScoStatus(row.sco_status),
            sco_checked_on=row.sco_checked_on,
            belt_and_road=bool(row.belt_and_road),
            notes=row.notes,
        ),
        name_en=row.name_en,
        name_zh=row.name_zh,
        time_zones=tuple(row.time_zones or ()),
        capital_zone=row.capital_zone,
        source=row.source,
        organisations=tuple(r for r in list_organisations(session) if r.country_code == code),
        people=tuple(r for r in list_people(session) if r.country_code == code),
        meetings=tuple(_meetings_where(session, person.country_code == code)),
        open_follow_ups=found.open_follow_ups,
        latest_contact=LastContact.of(found),
    )
