"""The order of precedence: who comes first in every list, seating plan and name card.

Pure functions over plain dataclasses: no database, no Qt. The order, as the domain notes and
the Vienna Convention on Diplomatic Relations (1961) set it:

1. Anyone whose place was set by hand (``order_override``), by that number, before everyone else.
2. The host side, by internal rank (lower first; not recorded last), then by role.
3. Guests:
   a. heads of mission by class (Vienna Convention art. 14: a ambassadors, b envoys,
      c chargés d'affaires), within a class by the date and time they took up their functions
      (art. 16);
   b. chargés d'affaires ad interim (art. 19), by when they took charge;
   c. deputy heads of mission, among themselves as ``DeputyRanking`` says;
   d. the other diplomatic ranks (minister-counsellor down to attaché), by rank, then by when
      they took up the post;
   e. guests without a diplomatic rank (chambers of commerce, companies), by role, then by
      the kind of their organisation.
4. Ties: the name (case-insensitive), then ``key``. Keys are unique, so the order is total and
   does not depend on the order the participants come in.

A date or time that is not recorded ranks after every recorded one. Each placed participant
carries the reason for its place, for a tooltip.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum

from scoda_desktop.domain.enums import (
    DiplomaticRank,
    HeadOfMissionClass,
    OrganisationKind,
    ParticipationRole,
    Side,
)
from scoda_desktop.domain.office import office_zone, to_office_time

__all__ = [
    "DeputyRanking",
    "HeadOfMission",
    "Participant",
    "Placed",
    "PrecedenceSettings",
    "diplomatic_standing",
    "head_of_mission_class",
    "order_by_precedence",
    "sorted_by_precedence",
]


class DeputyRanking(StrEnum):
    """How deputy heads of different missions rank among themselves (host practice)."""

    BY_HEAD_OF_MISSION = "by_head_of_mission"  # as their heads of mission rank, when known
    BY_OWN_RANK_AND_DATE = "by_own_rank_and_date"  # by when they took up their own post


@dataclass(frozen=True, slots=True)
class PrecedenceSettings:
    deputy_ranking: DeputyRanking = field(
        default=DeputyRanking.BY_HEAD_OF_MISSION,
        metadata={"label": "Deputy heads of different missions rank"},
    )


@dataclass(frozen=True, slots=True)
class HeadOfMission:
    """Where a head of mission stands: class (art. 14) and when functions began (art. 16)."""

    hom_class: HeadOfMissionClass
    functions_since: datetime | None = None  # aware

    @property
    def sort_key(self) -> tuple[float, float]:
        """Class first, then when functions began (not recorded last): lower precedes."""
        return _CLASS_ORDER[self.hom_class], _moment(self.functions_since)


@dataclass(frozen=True, slots=True)
class Participant:
    """What precedence needs to know about one person at a meeting.

    ``key`` must be unique among the participants ordered together (the participation's id).
    Datetimes are aware instants."""

    key: int
    side: Side
    name: str  # the first reference: the first tie-break
    role: ParticipationRole = ParticipationRole.GUEST
    internal_rank: int | None = None  # host side: lower first
    diplomatic_rank: DiplomaticRank | None = None
    hom_class: HeadOfMissionClass | None = None  # set for heads of mission
    functions_since: datetime | None = None  # heads: art. 16; chargés a.i.: took charge
    post_since: date | None = None  # when the post began (the date of others' own precedence)
    mission: int | None = None  # the organisation (embassy) the diplomat belongs to
    mission_head: HeadOfMission | None = None  # the head of that mission on the day, if known
    organisation_kind: OrganisationKind | None = None
    order_override: int | None = None


@dataclass(frozen=True, slots=True)
class Placed:
    """A participant in its place (1 is first), with the reason for the place."""

    place: int
    participant: Participant
    explanation: str


# -- ranks and labels --------------------------------------------------------------------------

_CLASS_OF_RANK = {
    DiplomaticRank.AMBASSADOR: HeadOfMissionClass.AMBASSADOR,
    DiplomaticRank.ENVOY: HeadOfMissionClass.ENVOY,
    DiplomaticRank.CHARGE_D_AFFAIRES: HeadOfMissionClass.CHARGE_D_AFFAIRES,
}
_CLASS_ORDER = {hom_class: index for index, hom_class in enumerate(HeadOfMissionClass)}
_CLASS_LABEL = {
    HeadOfMissionClass.AMBASSADOR: "ambassador",
    HeadOfMissionClass.ENVOY: "envoy",
    HeadOfMissionClass.CHARGE_D_AFFAIRES: "chargé d'affaires",
}
_RANK_ORDER = {rank: index for index, rank in enumerate(DiplomaticRank)}
_RANK_LABEL = {
    DiplomaticRank.AMBASSADOR: "ambassador",
    DiplomaticRank.ENVOY: "envoy",
    DiplomaticRank.CHARGE_D_AFFAIRES: "chargé d'affaires",
    DiplomaticRank.CHARGE_D_AFFAIRES_AI: "chargé d'affaires a.i.",
    DiplomaticRank.DEPUTY_HEAD_OF_MISSION: "deputy head of mission",
    DiplomaticRank.MINISTER_COUNSELLOR: "minister-counsellor",
    DiplomaticRank.COUNSELLOR: "counsellor",
    DiplomaticRank.FIRST_SECRETARY: "first secretary",
    DiplomaticRank.SECOND_SECRETARY: "second secretary",
    DiplomaticRank.THIRD_SECRETARY: "third secretary",
    DiplomaticRank.ATTACHE: "attaché",
}
_ROLE_ORDER = {role: index for index, role in enumerate(ParticipationRole)}
_KIND_ORDER = {
    kind: index
    for index, kind in enumerate(
        (
            OrganisationKind.GOVERNMENT_BODY,
            OrganisationKind.PARTY_COMMITTEE,
            OrganisationKind.ADMINISTRATIVE_COMMITTEE,
            OrganisationKind.INTERNATIONAL_ORGANISATION,
            OrganisationKind.EMBASSY,
            OrganisationKind.CONSULATE,
            OrganisationKind.CHAMBER_OF_COMMERCE,
            OrganisationKind.COMPANY,
            OrganisationKind.OTHER,
        )
    )
}
_UNKNOWN = math.inf  # a rank, date or kind not recorded sorts after every recorded one

# Tiers: the groups of the order, in order.
_BY_HAND, _HOST, _HEAD, _CHARGE_AI, _DEPUTY, _OTHER_RANK, _NO_RANK = range(7)


def head_of_mission_class(
    hom_class: HeadOfMissionClass | None, rank: DiplomaticRank | None
) -> HeadOfMissionClass | None:
    """The class of a head of mission: as recorded, else implied by the rank (an ambassador is
    class a); None for anyone who is not a head of mission (a chargé a.i. is not, art. 19)."""
    return hom_class if hom_class is not None else _CLASS_OF_RANK.get(rank)  # type: ignore[arg-type]


def diplomatic_standing(hom_class: HeadOfMissionClass | None, rank: DiplomaticRank | None) -> float:
    """Lower is more senior: a head of mission by class (classes a, b, c stand as the first
    three diplomatic ranks), else the diplomatic rank; neither recorded comes last."""
    head_class = head_of_mission_class(hom_class, rank)
    if head_class is not None:
        return _CLASS_ORDER[head_class]
    return _UNKNOWN if rank is None else _RANK_ORDER[rank]


def _moment(instant: datetime | None) -> float:
    return _UNKNOWN if instant is None else instant.timestamp()


def _day_moment(day: date | None) -> float:
    """A post's start date as the start of that day in the office's zone."""
    return _UNKNOWN if day is None else datetime.combine(day, time(), office_zone()).timestamp()


def _office_date(instant: datetime) -> str:
    return to_office_time(instant).date().isoformat()


def _head_text(head: HeadOfMission) -> str:
    since = (
        f"took up functions {_office_date(head.functions_since)}"
        if head.functions_since is not None
        else "date of taking up functions not recorded"
    )
    return f"{_CLASS_LABEL[head.hom_class]} (class {head.hom_class.value}), {since}"


def _own_moment(p: Participant) -> float:
    """When the participant took up the post: functions_since, else the post's start date."""
    if p.functions_since is not None:
        return _moment(p.functions_since)
    return _day_moment(p.post_since)


def _own_text(p: Participant) -> str:
    if p.functions_since is not None:
        return f"took up the post {_office_date(p.functions_since)}"
    if p.post_since is not None:
        return f"took up the post {p.post_since.isoformat()}"
    return "date of taking up the post not recorded"


def _heads_present(participants: Iterable[Participant]) -> dict[int, HeadOfMission]:
    """Each mission's head among the guests, to rank deputies by (the senior one if several)."""
    heads: dict[int, HeadOfMission] = {}
    for p in participants:
        hom_class = head_of_mission_class(p.hom_class, p.diplomatic_rank)
        if p.side != Side.GUEST or p.mission is None or hom_class is None:
            continue
        head = HeadOfMission(hom_class, p.functions_since)
        known = heads.get(p.mission)
        if known is None or head.sort_key < known.sort_key:
            heads[p.mission] = head
    return heads


_Reason = Callable[[], str]  # the explanation, worded only when asked for
_DEPUTY_LABEL = "deputy head of mission, ranked after heads of mission"
_HEAD_UNKNOWN = "head of mission not known, so after deputies whose head is known"
_AS_THEIR_HEAD = "among deputies as their head of mission"


def _deputy_place(
    p: Participant, heads: Mapping[int, HeadOfMission], ranking: DeputyRanking
) -> tuple[tuple[float, ...], _Reason]:
    own = _own_moment(p)
    if ranking == DeputyRanking.BY_OWN_RANK_AND_DATE:
        return (own,), lambda: f"{_DEPUTY_LABEL}; among deputies by own date: {_own_text(p)}"
    head = p.mission_head or (heads.get(p.mission) if p.mission is not None else None)
    if head is None:
        values: tuple[float, ...] = (1, _UNKNOWN, _UNKNOWN, own)
        return values, lambda: f"{_DEPUTY_LABEL}; {_HEAD_UNKNOWN}"
    values = (0, *head.sort_key, own)
    return values, lambda: f"{_DEPUTY_LABEL}; {_AS_THEIR_HEAD}: {_head_text(head)}"


def _place(
    p: Participant, heads: Mapping[int, HeadOfMission], settings: PrecedenceSettings
) -> tuple[tuple[float, ...], _Reason]:
    """The participant's tier and sort values within it, and the reason for them."""
    if p.order_override is not None:
        override = p.order_override
        return (_BY_HAND, override), lambda: f"placed by hand (order {override})"
    if p.side == Side.HOST:
        rank = p.internal_rank
        values: tuple[float, ...] = (_HOST, _UNKNOWN if rank is None else rank, _ROLE_ORDER[p.role])
        return (
            values,
            lambda: f"host side, internal rank {'not recorded' if rank is None else rank}",
        )
    hom_class = head_of_mission_class(p.hom_class, p.diplomatic_rank)
    if hom_class is not None:
        head = HeadOfMission(hom_class, p.functions_since)
        return (_HEAD, *head.sort_key), lambda: _head_text(head)
    diplomatic_rank = p.diplomatic_rank
    if diplomatic_rank == DiplomaticRank.DEPUTY_HEAD_OF_MISSION:
        values, reason = _deputy_place(p, heads, settings.deputy_ranking)
        return (_DEPUTY, *values), reason
    if diplomatic_rank is not None:
        label = _RANK_LABEL[diplomatic_rank]
        if diplomatic_rank == DiplomaticRank.CHARGE_D_AFFAIRES_AI:
            values, after = (_CHARGE_AI, 0), "heads of mission"
        else:
            values, after = (
                (_OTHER_RANK, _RANK_ORDER[diplomatic_rank]),
                "heads of mission and deputies",
            )
        return (*values, _own_moment(p)), lambda: f"{label}, ranked after {after}; {_own_text(p)}"
    kind = p.organisation_kind
    values = (_NO_RANK, _ROLE_ORDER[p.role], _UNKNOWN if kind is None else _KIND_ORDER[kind])
    return values, lambda: _no_rank_text(kind)


def _no_rank_text(kind: OrganisationKind | None) -> str:
    kind_text = f" ({kind.value.replace('_', ' ')})" if kind is not None else ""
    return f"no diplomatic rank{kind_text}, ranked after diplomats"


def _padded(values: tuple[float, ...], width: int = 6) -> tuple[float, ...]:
    """Tiers have different numbers of sort values: pad so that every key compares."""
    return values + (0,) * (width - len(values))


def _ordered(
    participants: Iterable[Participant], settings: PrecedenceSettings | None
) -> list[tuple[Participant, _Reason]]:
    settings = settings or PrecedenceSettings()
    people = list(participants)
    heads = _heads_present(people)
    keyed = []
    for p in people:
        values, reason = _place(p, heads, settings)
        keyed.append(((_padded(values), p.name.casefold(), p.name, p.key), p, reason))
    keyed.sort(key=lambda item: item[0])
    return [(p, reason) for _, p, reason in keyed]


def order_by_precedence(
    participants: Iterable[Participant], settings: PrecedenceSettings | None = None
) -> list[Placed]:
    """The participants in order of precedence, each with its place and the reason for it.

    Deputies ranked by their head of mission use ``mission_head`` when given, else the head of
    their mission among the guests, else rank after the deputies whose head is known."""
    return [
        Placed(place, p, reason())
        for place, (p, reason) in enumerate(_ordered(participants, settings), start=1)
    ]


def sorted_by_precedence(
    participants: Iterable[Participant], settings: PrecedenceSettings | None = None
) -> list[Participant]:
    """The same order as ``order_by_precedence`` without the reasons, for long lists."""
    return [p for p, _ in _ordered(participants, settings)]
