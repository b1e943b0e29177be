"""A person's posts as plain data: which of them the person held on a given day, and what they
make of the person's precedence."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from scoda_desktop.domain.enums import (
    DiplomaticRank,
    HeadOfMissionClass,
    OrganisationKind,
    ParticipationRole,
    Side,
)
from scoda_desktop.services.protocol.precedence import Participant, diplomatic_standing

__all__ = ["Post", "participant_from_posts", "posts_held_on", "senior_diplomatic_post"]


@dataclass(frozen=True, slots=True)
class Post:
    """One Position row, with the kind of its organisation."""

    id: int
    title_en: str = ""
    title_zh: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    internal_rank: int | None = None
    diplomatic_rank: DiplomaticRank | None = None
    hom_class: HeadOfMissionClass | None = None
    functions_since: datetime | None = None
    organisation_id: int | None = None
    organisation_kind: OrganisationKind | None = None
    organisation_country: str | None = None  # ISO code of the organisation's country

    def held_on(self, day: date) -> bool:
        """True if the post began on or before ``day`` and had not ended before it; a date not
        recorded does not limit the post."""
        return (self.start_date is None or self.start_date <= day) and (
            self.end_date is None or day <= self.end_date
        )

    @property
    def standing(self) -> float:
        """Diplomatic standing, lower more senior (see ``diplomatic_standing``)."""
        return diplomatic_standing(self.hom_class, self.diplomatic_rank)

    @property
    def internal_order(self) -> float:
        """The internal rank, a rank not recorded after every recorded one."""
        return math.inf if self.internal_rank is None else self.internal_rank


def posts_held_on(posts: Iterable[Post], day: date, attended_as: int | None = None) -> list[Post]:
    """The posts held on ``day``, the most senior first: by internal rank, then diplomatic
    standing, then as recorded (by id).

    ``attended_as`` (the post a participation names) counts as held whatever its dates say:
    it is the post the person was recorded in at the meeting."""
    held = [post for post in posts if post.id == attended_as or post.held_on(day)]
    return sorted(held, key=lambda post: (post.internal_order, post.standing, post.id))


def senior_diplomatic_post(posts: Iterable[Post]) -> Post | None:
    """The post with the highest diplomatic standing (class, then rank); None if none has one."""
    ranked = [post for post in posts if post.standing < math.inf]
    return min(ranked, key=lambda post: (post.standing, post.id), default=None)


def participant_from_posts(
    key: int,
    side: Side,
    name: str,
    held: Sequence[Post],
    *,
    role: ParticipationRole = ParticipationRole.GUEST,
    attended_as: int | None = None,
    order_override: int | None = None,
) -> Participant:
    """What precedence needs, from the posts held (most senior first, as ``posts_held_on``
    gives them): the best internal rank, and the class, rank, dates and mission of the senior
    diplomatic post. The organisation's kind is that of the post attended as, if given."""
    senior = senior_diplomatic_post(held)
    attended = next((post for post in held if post.id == attended_as), None)
    kind_from = attended or senior or (held[0] if held else None)
    return Participant(
        key=key,
        side=side,
        name=name,
        role=role,
        internal_rank=held[0].internal_rank if held else None,
        diplomatic_rank=senior.diplomatic_rank if senior else None,
        hom_class=senior.hom_class if senior else None,
        functions_since=senior.functions_since if senior else None,
        post_since=senior.start_date if senior else None,
        mission=senior.organisation_id if senior else None,
        organisation_kind=kind_from.organisation_kind if kind_from else None,
        order_override=order_override,
    )
