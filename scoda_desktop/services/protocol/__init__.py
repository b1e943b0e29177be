"""The protocol engine: order of precedence and names and titles in the house style.

Every list of people (documents, seating, name cards, the GUI) goes through it. The rules are
pure functions over plain dataclasses (``precedence``, ``styling``, ``posts``); ``attendees``
reads one meeting's participants from the database and applies them. Never imports Qt.
"""

from __future__ import annotations

from scoda_desktop.services.protocol.attendees import (
    PlacedAttendee,
    ProtocolSettings,
    meeting_attendees,
    posts_by_person,
)
from scoda_desktop.services.protocol.posts import (
    Post,
    participant_from_posts,
    posts_held_on,
    senior_diplomatic_post,
)
from scoda_desktop.services.protocol.precedence import (
    DeputyRanking,
    HeadOfMission,
    Participant,
    Placed,
    PrecedenceSettings,
    order_by_precedence,
)
from scoda_desktop.services.protocol.styling import (
    HouseStyle,
    NameRecord,
    Snapshot,
    StyledNames,
    TitlePosition,
    style_names,
)

__all__ = [
    "DeputyRanking",
    "HeadOfMission",
    "HouseStyle",
    "NameRecord",
    "Participant",
    "Placed",
    "PlacedAttendee",
    "Post",
    "PrecedenceSettings",
    "ProtocolSettings",
    "Snapshot",
    "StyledNames",
    "TitlePosition",
    "meeting_attendees",
    "order_by_precedence",
    "participant_from_posts",
    "posts_by_person",
    "posts_held_on",
    "senior_diplomatic_post",
    "style_names",
]
