"""The attendees of a meeting being edited, in order of precedence by the protocol engine.

The editor's rows are drafts: some not saved yet, their side and role changed since they were
read. Each carries the facts the engine needs from the person's posts (``precedence``, built
here from ``Post`` rows); the side, role, name and any order set by hand come from the draft
itself, so the order follows every edit. Pure: no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from scoda_desktop.domain.enums import ParticipationRole, Side
from scoda_desktop.services.meeting_drafts import ParticipantDraft
from scoda_desktop.services.protocol.posts import Post, participant_from_posts, posts_held_on
from scoda_desktop.services.protocol.precedence import (
    Participant,
    PrecedenceSettings,
    sorted_by_precedence,
)

__all__ = ["order_participants", "precedence_facts"]


def precedence_facts(
    person_id: int,
    name: str,
    posts: Sequence[Post],
    day: date,
    *,
    attended_as: int | None = None,
) -> Participant:
    """What precedence needs to know of a person from the posts held on ``day`` (the post
    ``attended_as`` counts whatever its dates). Side and role are placeholders: the draft's
    own are used when ordering."""
    return participant_from_posts(
        person_id,
        Side.GUEST,
        name,
        posts_held_on(posts, day, attended_as),
        role=ParticipationRole.GUEST,
        attended_as=attended_as,
    )


def order_participants(
    participants: Sequence[ParticipantDraft], settings: PrecedenceSettings | None = None
) -> list[ParticipantDraft]:
    """The drafts in order of precedence (``services.protocol.precedence``)."""
    facts = [
        replace(
            draft.precedence or Participant(key=index, side=draft.side, name=draft.label),
            key=index,
            side=draft.side,
            role=draft.role,
            name=draft.label,
            order_override=draft.order_override,
        )
        for index, draft in enumerate(participants)
    ]
    return [participants[placed.key] for placed in sorted_by_precedence(facts, settings)]
