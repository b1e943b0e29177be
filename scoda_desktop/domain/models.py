"""The tables of SCODA Desktop (SQLModel). Constraints live in the database, not only here.

Every editable record carries ``version`` (optimistic locking: a write names the version it
read) and ``uid``, a stable key used by the interchange format, calendar invitations and merges.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from scoda_desktop.domain.enums import (
    Attendance,
    AuditAction,
    DiplomaticRank,
    HeadOfMissionClass,
    Language,
    MeetingKind,
    MeetingStatus,
    NameOrder,
    OrganisationKind,
    OutcomeKind,
    OutcomeStatus,
    ParticipationRole,
    PressReleaseStatus,
    Rsvp,
    ScoStatus,
    Side,
)
from scoda_desktop.domain.types import UTCDateTime, enum_column_type, utcnow

# Stable constraint names, so that migrations can address them on SQLite and PostgreSQL alike.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uid() -> str:
    return str(uuid.uuid4())


class Country(SQLModel, table=True):
    __tablename__ = "country"
    __table_args__ = (
        sa.CheckConstraint("length(code) = 2 AND code = upper(code)", name="code_iso"),
    )

    code: str = Field(primary_key=True, max_length=2)  # ISO 3166-1 alpha-2
    name_en: str  # CLDR through babel
    name_zh: str
    demonym: str | None = None  # "Indonesian"
    time_zones: list[str] = Field(default_factory=list, sa_type=sa.JSON)  # tz database zone.tab
    capital_zone: str | None = None  # the zone of the capital, for people joining from home
    sco_status: ScoStatus = Field(
        default=ScoStatus.NONE, sa_type=enum_column_type(ScoStatus, "sco_status")
    )
    sco_checked_on: date | None = None
    belt_and_road: bool = False
    source: str | None = None  # where the curated facts come from
    notes: str | None = Field(default=None, sa_type=sa.Text)
    version: int = 1
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Organisation(SQLModel, table=True):
    __tablename__ = "organisation"
    __table_args__ = (
        sa.UniqueConstraint("name_en", "country_code"),
        sa.CheckConstraint("length(trim(name_en)) > 0", name="name_en_not_blank"),
        sa.CheckConstraint("parent_id IS NULL OR parent_id <> id", name="not_own_parent"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, unique=True, max_length=36)
    name_en: str
    name_zh: str | None = None
    short_name_en: str | None = None
    kind: OrganisationKind = Field(
        default=OrganisationKind.OTHER, sa_type=enum_column_type(OrganisationKind, "org_kind")
    )
    country_code: str | None = Field(
        default=None, foreign_key="country.code", index=True, ondelete="RESTRICT"
    )
    parent_id: int | None = Field(
        default=None, foreign_key="organisation.id", index=True, ondelete="SET NULL"
    )
    notes: str | None = Field(default=None, sa_type=sa.Text)
    version: int = 1
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Person(SQLModel, table=True):
    __tablename__ = "person"
    __table_args__ = (
        sa.CheckConstraint("length(trim(family_name)) > 0", name="family_name_not_blank"),
        sa.CheckConstraint(
            "name_order <> 'single' OR coalesce(given_name, '') = ''",
            name="single_name_has_no_given_name",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, unique=True, max_length=36)
    # A single name (many Indonesians) is kept in family_name with name_order "single".
    family_name: str = Field(index=True)
    given_name: str | None = None
    name_order: NameOrder = Field(
        default=NameOrder.GIVEN_FIRST, sa_type=enum_column_type(NameOrder, "name_order")
    )
    # Explicit forms as the embassy supplies them; empty means "derive from the name".
    first_reference: str | None = None  # "Djauhari Oratmangun"
    second_reference: str | None = None  # "Oratmangun"
    salutation: str | None = None  # "H.E. Mr Djauhari Oratmangun"
    name_zh: str | None = Field(default=None, index=True)  # 刘建军
    honorific: str | None = None  # Mr, Ms, Dr, H.E.
    alternative_spellings: list[str] = Field(default_factory=list, sa_type=sa.JSON)
    country_code: str | None = Field(
        default=None, foreign_key="country.code", index=True, ondelete="RESTRICT"
    )
    email: str | None = None
    phone: str | None = None
    mobile: str | None = None
    address: str | None = Field(default=None, sa_type=sa.Text)
    bio: str | None = Field(default=None, sa_type=sa.Text)
    photo: bytes | None = Field(default=None, sa_type=sa.LargeBinary)
    photo_mime: str | None = None
    notes: str | None = Field(default=None, sa_type=sa.Text)
    version: int = 1
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Position(SQLModel, table=True):
    """A post a person holds (or held) over a period: posts change, history must not."""

    __tablename__ = "position"
    __table_args__ = (
        sa.CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date",
            name="end_not_before_start",
        ),
        sa.CheckConstraint(
            "length(trim(title_en)) > 0 OR length(trim(coalesce(title_zh, ''))) > 0",
            name="has_title",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, unique=True, max_length=36)
    person_id: int = Field(foreign_key="person.id", index=True, ondelete="CASCADE")
    organisation_id: int | None = Field(
        default=None, foreign_key="organisation.id", index=True, ondelete="SET NULL"
    )
    title_en: str = ""  # "Ambassador of the Republic of Indonesia to China"
    title_zh: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    diplomatic_rank: DiplomaticRank | None = Field(
        default=None, sa_type=enum_column_type(DiplomaticRank, "diplomatic_rank")
    )
    head_of_mission_class: HeadOfMissionClass | None = Field(
        default=None, sa_type=enum_column_type(HeadOfMissionClass, "hom_class")
    )
    # Vienna Convention art. 13/16: when the head of mission took up functions (UTC).
    functions_since: datetime | None = Field(default=None, sa_type=UTCDateTime)
    internal_rank: int | None = None  # host-side officials: lower ranks first
    version: int = 1
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Meeting(SQLModel, table=True):
    __tablename__ = "meeting"
    __table_args__ = (
        sa.CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        sa.CheckConstraint(
            "length(trim(theme_en)) > 0 OR length(trim(coalesce(theme_zh, ''))) > 0",
            name="has_theme",
        ),
        sa.CheckConstraint("length(time_zone) > 0", name="has_time_zone"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, unique=True, max_length=36)
    theme_en: str = ""
    theme_zh: str | None = None
    kind: MeetingKind = Field(
        default=MeetingKind.VIDEO, sa_type=enum_column_type(MeetingKind, "meeting_kind")
    )
    status: MeetingStatus = Field(
        default=MeetingStatus.DRAFT,
        sa_type=enum_column_type(MeetingStatus, "meeting_status"),
        index=True,
    )
    starts_at: datetime = Field(sa_type=UTCDateTime, index=True)  # UTC instant
    ends_at: datetime = Field(sa_type=UTCDateTime)  # UTC instant
    time_zone: str = "Asia/Shanghai"  # IANA zone the meeting is arranged in
    venue_en: str | None = None
    venue_zh: str | None = None
    platform: str | None = None  # "Zoom", "Tencent Meeting", "Microsoft Teams"
    join_url: str | None = None
    meeting_code: str | None = None  # the platform's meeting ID
    passcode: str | None = None
    dial_in: str | None = None
    interpretation: str | None = None  # "consecutive, Chinese-English"
    agenda: str | None = Field(default=None, sa_type=sa.Text)
    objectives: str | None = Field(default=None, sa_type=sa.Text)
    talking_points: str | None = Field(default=None, sa_type=sa.Text)
    notes: str | None = Field(default=None, sa_type=sa.Text)
    version: int = 1
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Participation(SQLModel, table=True):
    """A person at a meeting, with their name and title *as they were then*."""

    __tablename__ = "participation"
    __table_args__ = (sa.UniqueConstraint("meeting_id", "person_id"),)

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True, ondelete="CASCADE")
    person_id: int = Field(foreign_key="person.id", index=True, ondelete="RESTRICT")
    position_id: int | None = Field(
        default=None, foreign_key="position.id", index=True, ondelete="SET NULL"
    )
    side: Side = Field(sa_type=enum_column_type(Side, "side"))
    role: ParticipationRole = Field(
        default=ParticipationRole.GUEST, sa_type=enum_column_type(ParticipationRole, "role")
    )
    # Snapshots: a later promotion or re-spelling must not rewrite a past meeting.
    name_en: str | None = None
    name_zh: str | None = None
    title_en: str | None = None
    title_zh: str | None = None
    join_zone: str | None = None  # IANA zone the person joins from
    rsvp: Rsvp = Field(default=Rsvp.INVITED, sa_type=enum_column_type(Rsvp, "rsvp"))
    attendance: Attendance | None = Field(
        default=None, sa_type=enum_column_type(Attendance, "attendance")
    )
    order_override: int | None = None
    version: int = 1


class Outcome(SQLModel, table=True):
    __tablename__ = "outcome"
    __table_args__ = (
        sa.CheckConstraint(
            "length(trim(coalesce(text_en, ''))) > 0 OR length(trim(coalesce(text_zh, ''))) > 0",
            name="has_text",
        ),
        sa.CheckConstraint("closed_on IS NULL OR status <> 'open'", name="open_outcome_not_closed"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, unique=True, max_length=36)
    meeting_id: int = Field(foreign_key="meeting.id", index=True, ondelete="CASCADE")
    kind: OutcomeKind = Field(sa_type=enum_column_type(OutcomeKind, "outcome_kind"))
    text_en: str | None = Field(default=None, sa_type=sa.Text)
    text_zh: str | None = Field(default=None, sa_type=sa.Text)
    owner_id: int | None = Field(
        default=None, foreign_key="person.id", index=True, ondelete="SET NULL"
    )
    due_date: date | None = Field(default=None, index=True)
    status: OutcomeStatus = Field(
        default=OutcomeStatus.OPEN,
        sa_type=enum_column_type(OutcomeStatus, "outcome_status"),
        index=True,
    )
    closed_on: date | None = None
    status_note: str | None = Field(default=None, sa_type=sa.Text)
    sort_order: int = 0
    version: int = 1
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class PressRelease(SQLModel, table=True):
    __tablename__ = "press_release"

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, unique=True, max_length=36)
    meeting_id: int = Field(foreign_key="meeting.id", index=True, ondelete="CASCADE")
    language: Language = Field(sa_type=enum_column_type(Language, "language"))
    template: str
    body: str = Field(default="", sa_type=sa.Text)
    status: PressReleaseStatus = Field(
        default=PressReleaseStatus.DRAFT,
        sa_type=enum_column_type(PressReleaseStatus, "press_status"),
    )
    author: str | None = None
    approved_by: str | None = None
    approved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    published_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    version: int = 1
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class PressReleaseRevision(SQLModel, table=True):
    """Each save of a press release's text, numbered from 1."""

    __tablename__ = "press_release_revision"
    __table_args__ = (
        sa.UniqueConstraint("press_release_id", "number"),
        sa.CheckConstraint("number >= 1", name="number_positive"),
    )

    id: int | None = Field(default=None, primary_key=True)
    press_release_id: int = Field(foreign_key="press_release.id", index=True, ondelete="CASCADE")
    number: int
    body: str = Field(sa_type=sa.Text)
    author: str | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class AuditEntry(SQLModel, table=True):
    """Who changed which record, when, and what changed (``changes``: field -> [old, new])."""

    __tablename__ = "audit_entry"
    __table_args__ = (sa.Index("ix_audit_entry_record", "table_name", "record_id"),)

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    actor: str
    table_name: str
    record_id: str  # the record's primary key as text (country codes are text)
    action: AuditAction = Field(sa_type=enum_column_type(AuditAction, "audit_action"))
    changes: dict[str, list[object]] = Field(default_factory=dict, sa_type=sa.JSON)
