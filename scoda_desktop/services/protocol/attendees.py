"""The people at one meeting, in order of precedence, with their names and titles styled.

Four column selects (meeting; participations with people and countries; the people's posts with
their organisations; the heads of the deputies' missions when needed), then the pure rules of
``precedence`` and ``styling``. The day that decides which posts a person held is the meeting's
date where it was arranged.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlalchemy as sa
from sqlalchemy.orm import Session

from scoda_desktop.domain.enums import (
    DiplomaticRank,
    HeadOfMissionClass,
    OrganisationKind,
    ParticipationRole,
    Side,
)
from scoda_desktop.domain.models import (
    Country,
    Meeting,
    Organisation,
    Participation,
    Person,
    Position,
)
from scoda_desktop.domain.office import office_zone
from scoda_desktop.errors import InputError
from scoda_desktop.services.protocol.posts import Post, participant_from_posts, posts_held_on
from scoda_desktop.services.protocol.precedence import (
    DeputyRanking,
    HeadOfMission,
    Participant,
    Placed,
    PrecedenceSettings,
    head_of_mission_class,
    order_by_precedence,
)
from scoda_desktop.services.protocol.styling import (
    HouseStyle,
    NameRecord,
    Snapshot,
    StyledNames,
    style_names,
)
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, error_message

__all__ = ["PlacedAttendee", "ProtocolSettings", "meeting_attendees"]

_E = TypeVar("_E", DiplomaticRank, HeadOfMissionClass, OrganisationKind)
_HEAD_RANKS = (DiplomaticRank.AMBASSADOR, DiplomaticRank.ENVOY, DiplomaticRank.CHARGE_D_AFFAIRES)


@dataclass(frozen=True, slots=True)
class ProtocolSettings:
    """The office's protocol settings: the order of precedence and the house style."""

    precedence: PrecedenceSettings = field(default_factory=PrecedenceSettings)
    style: HouseStyle = field(default_factory=HouseStyle)


@dataclass(frozen=True, slots=True)
class PlacedAttendee:
    """One participant in its place, with every form of name and title a document needs."""

    place: int  # 1 is first
    participation_id: int
    person_id: int
    side: Side
    role: ParticipationRole
    first_reference: str
    second_reference: str
    salutation: str
    styled_title_en: str
    title_before_name_en: str
    title_after_name_en: str
    styled_en: str  # name and title as the house style puts them for this side
    name_zh: str | None
    title_zh: str
    styled_zh: str
    country_en: str | None
    explanation: str  # why this place, for a tooltip

    def as_json(self) -> dict[str, object]:
        return {
            "place": self.place,
            "participation_id": self.participation_id,
            "person_id": self.person_id,
            "side": self.side.value,
            "role": self.role.value,
            "first_reference": self.first_reference,
            "second_reference": self.second_reference,
            "salutation": self.salutation,
            "styled_title_en": self.styled_title_en,
            "title_before_name_en": self.title_before_name_en,
            "title_after_name_en": self.title_after_name_en,
            "styled_en": self.styled_en,
            "name_zh": self.name_zh,
            "title_zh": self.title_zh,
            "styled_zh": self.styled_zh,
            "country_en": self.country_en,
            "explanation": self.explanation,
        }


def _meeting_day(session: Session, meeting_id: int) -> date:
    m = Meeting.__table__.c
    row = session.execute(sa.select(m.starts_at, m.time_zone).where(m.id == meeting_id)).first()
    if row is None:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "There is no meeting with id {number}. "
                    "The meetings command lists the meetings with their ids.",
                ),
                number=meeting_id,
            )
        )
    try:
        zone = ZoneInfo(row.time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = office_zone()
    return row.starts_at.astimezone(zone).date()


def posts_by_person(
    session: Session, person_ids: Iterable[int], *, on: date | None = None
) -> dict[int, list[Post]]:
    """Every post of each person (only those held on ``on`` when given), with the kind and
    country of its organisation: one column select. People without posts are left out."""
    ids = sorted(set(person_ids))
    if not ids:
        return {}
    pos, org = Position.__table__.c, Organisation.__table__.c
    query = (
        sa.select(
            pos.person_id,
            pos.id,
            pos.title_en,
            pos.title_zh,
            pos.start_date,
            pos.end_date,
            pos.internal_rank,
            pos.diplomatic_rank,
            pos.head_of_mission_class,
            pos.functions_since,
            pos.organisation_id,
            org.kind,
            org.country_code,
        )
        .outerjoin(Organisation.__table__, org.id == pos.organisation_id)
        .where(pos.person_id.in_(ids))
    )
    if on is not None:
        query = query.where(
            sa.or_(pos.start_date.is_(None), pos.start_date <= on),
            sa.or_(pos.end_date.is_(None), pos.end_date >= on),
        )
    posts: dict[int, list[Post]] = {}
    for row in session.execute(query):
        posts.setdefault(row.person_id, []).append(
            Post(
                id=row.id,
                title_en=row.title_en,
                title_zh=row.title_zh,
                start_date=row.start_date,
                end_date=row.end_date,
                internal_rank=row.internal_rank,
                diplomatic_rank=_enum(DiplomaticRank, row.diplomatic_rank),
                hom_class=_enum(HeadOfMissionClass, row.head_of_mission_class),
                functions_since=row.functions_since,
                organisation_id=row.organisation_id,
                organisation_kind=_enum(OrganisationKind, row.kind),
                organisation_country=row.country_code,
            )
        )
    return posts


def _enum(cls: type[_E], value: object) -> _E | None:
    """A column's value as its enum (None stays None)."""
    return None if value is None else cls(value)


def _mission_heads(session: Session, missions: set[int], day: date) -> dict[int, HeadOfMission]:
    """The head of each mission (organisation) on ``day`` as the directory records it."""
    if not missions:
        return {}
    pos = Position.__table__.c
    query = sa.select(
        pos.organisation_id, pos.head_of_mission_class, pos.diplomatic_rank, pos.functions_since
    ).where(
        pos.organisation_id.in_(sorted(missions)),
        sa.or_(pos.head_of_mission_class.is_not(None), pos.diplomatic_rank.in_(_HEAD_RANKS)),
        sa.or_(pos.start_date.is_(None), pos.start_date <= day),
        sa.or_(pos.end_date.is_(None), pos.end_date >= day),
    )
    heads: dict[int, HeadOfMission] = {}
    for mission, hom_class, rank, since in session.execute(query):
        head_class = head_of_mission_class(
            _enum(HeadOfMissionClass, hom_class), _enum(DiplomaticRank, rank)
        )
        assert head_class is not None  # the query asks for heads only
        head = HeadOfMission(head_class, since)
        known = heads.get(mission)
        if known is None or head.sort_key < known.sort_key:
            heads[mission] = head
    return heads


def _with_mission_heads(
    session: Session, participants: list[Participant], day: date
) -> list[Participant]:
    """The participants, each guest deputy given the head of its mission on ``day``."""
    missions = {
        p.mission
        for p in participants
        if p.side == Side.GUEST
        and p.mission is not None
        and p.diplomatic_rank == DiplomaticRank.DEPUTY_HEAD_OF_MISSION
    }
    heads = _mission_heads(session, missions, day)
    return [
        replace(p, mission_head=heads[p.mission])
        if p.mission in heads and p.mission_head is None
        else p
        for p in participants
    ]


def meeting_attendees(
    session: Session, meeting_id: int, settings: ProtocolSettings | None = None
) -> list[PlacedAttendee]:
    """The meeting's participants in order of precedence, names and titles as recorded for the
    meeting (the participation's snapshot), else from the posts held on the meeting's day.

    Raises InputError if there is no meeting ``meeting_id``."""
    settings = settings or ProtocolSettings()
    day = _meeting_day(session, meeting_id)
    p, person, country = Participation.__table__.c, Person.__table__.c, Country.__table__.c
    rows = session.execute(
        sa.select(
            p.id,
            p.person_id,
            p.position_id,
            p.side,
            p.role,
            p.order_override,
            p.name_en.label("snapshot_name_en"),
            p.name_zh.label("snapshot_name_zh"),
            p.title_en.label("snapshot_title_en"),
            p.title_zh.label("snapshot_title_zh"),
            person.family_name,
            person.given_name,
            person.name_order,
            person.first_reference,
            person.second_reference,
            person.salutation,
            person.honorific,
            person.name_zh,
            country.name_en.label("country_en"),
        )
        .join(Person.__table__, person.id == p.person_id)
        .outerjoin(Country.__table__, country.code == person.country_code)
        .where(p.meeting_id == meeting_id)
    ).all()
    posts = posts_by_person(session, {row.person_id for row in rows})

    participants: list[Participant] = []
    styled: dict[int, tuple[sa.Row[Any], StyledNames]] = {}
    for row in rows:
        side = Side(row.side)
        held = posts_held_on(posts.get(row.person_id, ()), day, row.position_id)
        names = _names(row, side, held, settings.style)
        styled[row.id] = (row, names)
        participants.append(
            participant_from_posts(
                row.id,
                side,
                names.first_reference,
                held,
                role=ParticipationRole(row.role),
                attended_as=row.position_id,
                order_override=row.order_override,
            )
        )
    if settings.precedence.deputy_ranking == DeputyRanking.BY_HEAD_OF_MISSION:
        participants = _with_mission_heads(session, participants, day)
    return [
        _placed(entry, *styled[entry.participant.key])
        for entry in order_by_precedence(participants, settings.precedence)
    ]


def _names(row: sa.Row[Any], side: Side, held: list[Post], style: HouseStyle) -> StyledNames:
    """The participant's names and titles: the snapshot, else the person and posts held."""
    return style_names(
        NameRecord(
            family_name=row.family_name,
            given_name=row.given_name,
            name_order=row.name_order,
            first_reference=row.first_reference,
            second_reference=row.second_reference,
            salutation=row.salutation,
            honorific=row.honorific,
            name_zh=row.name_zh,
        ),
        side,
        titles_en=[post.title_en for post in held],
        titles_zh=[post.title_zh for post in held],
        snapshot=Snapshot(
            row.snapshot_name_en,
            row.snapshot_name_zh,
            row.snapshot_title_en,
            row.snapshot_title_zh,
        ),
        style=style,
    )


def _placed(entry: Placed, row: sa.Row[Any], names: StyledNames) -> PlacedAttendee:
    return PlacedAttendee(
        place=entry.place,
        participation_id=row.id,
        person_id=row.person_id,
        side=entry.participant.side,
        role=entry.participant.role,
        first_reference=names.first_reference,
        second_reference=names.second_reference,
        salutation=names.salutation,
        styled_title_en=names.title_en,
        title_before_name_en=names.title_before_name_en,
        title_after_name_en=names.title_after_name_en,
        styled_en=names.styled_en,
        name_zh=names.name_zh,
        title_zh=names.title_zh,
        styled_zh=names.styled_zh,
        country_en=row.country_en,
        explanation=entry.explanation,
    )
