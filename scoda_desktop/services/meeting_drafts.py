"""What the meeting editor edits, and the rules a meeting must meet before it is saved.

Plain dataclasses and pure functions: no database, no Qt, no SQLAlchemy. The editor checks a
draft with ``validate_meeting`` as the user types; ``MeetingService.save`` checks it again before
writing, so a draft from anywhere else (a script, an import) meets the same rules.

A problem names the field it is about (``theme``, ``ends_at``, ``participants.2.join_zone``) so a
form can put the message beside that field; every message says what to do about it. Problems
come from ``wording.problem``: the English message, and its source and values for the window
to show it in the interface's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, available_timezones

from scoda_desktop.domain.enums import (
    Attendance,
    MeetingKind,
    MeetingStatus,
    NameOrder,
    OutcomeKind,
    OutcomeStatus,
    ParticipationRole,
    Rsvp,
    Side,
)
from scoda_desktop.domain.office import OFFICE_TIME_ZONE
from scoda_desktop.errors import InputError, ScodaError
from scoda_desktop.services.wording import (
    QT_TRANSLATE_NOOP,
    Problem,
    error_message,
    problem,
)

if TYPE_CHECKING:  # the protocol package reads the database: not imported with the editor
    from scoda_desktop.services.protocol.precedence import Participant

DEFAULT_DURATION = timedelta(hours=1)
HOST_COUNTRY = "CN"  # people from here default to the host side when added to a meeting
LINK_EXAMPLE = "https://meeting.tencent.com/dm/123456789"  # what a join link looks like

MEETING_FIELDS = (
    "theme_en",
    "theme_zh",
    "kind",
    "status",
    "starts_at",
    "ends_at",
    "time_zone",
    "venue_en",
    "venue_zh",
    "platform",
    "join_url",
    "meeting_code",
    "passcode",
    "dial_in",
    "interpretation",
    "agenda",
    "objectives",
    "talking_points",
    "notes",
)
PARTICIPATION_FIELDS = (
    "person_id",
    "position_id",
    "side",
    "role",
    "name_en",
    "name_zh",
    "title_en",
    "title_zh",
    "join_zone",
    "rsvp",
    "attendance",
    "order_override",
)
OUTCOME_FIELDS = (
    "kind",
    "text_en",
    "text_zh",
    "owner_id",
    "due_date",
    "status",
    "closed_on",
    "status_note",
)


class InvalidDraftError(InputError):
    """A draft breaks the rules; ``field_problems`` says where and what to do. ``message`` says
    which record cannot be saved, a whole sentence made with ``error_message`` (the record's
    name reads differently in Chinese)."""

    def __init__(self, message: str, problems: list[Problem]) -> None:
        super().__init__(message, [problem.message for problem in problems])
        self.field_problems = problems


class MeetingInvalidError(InvalidDraftError):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(
            error_message(QT_TRANSLATE_NOOP("Errors", "The meeting cannot be saved as it is.")),
            problems,
        )


class StaleRecordError(ScodaError):
    """Someone else saved (or deleted) the record after it was read: the write was refused."""


@dataclass(slots=True)
class ParticipantDraft:
    """A person at the meeting, with the name and title recorded for this meeting."""

    person_id: int
    side: Side
    role: ParticipationRole = ParticipationRole.GUEST
    name_en: str | None = None
    name_zh: str | None = None
    title_en: str | None = None
    title_zh: str | None = None
    position_id: int | None = None
    join_zone: str | None = None
    rsvp: Rsvp = Rsvp.INVITED
    attendance: Attendance | None = None
    order_override: int | None = None
    id: int | None = None  # the participation's id once saved
    # Read along for showing and ordering the list; not stored on the participation.
    country: str | None = None
    directory_name: str | None = None  # the name in the directory, if none was recorded
    # What the order of precedence needs from the person's posts (side and role come from
    # the fields above): see ``attendee_order``. None: nothing recorded.
    precedence: Participant | None = None

    @property
    def label(self) -> str:
        return self.name_en or self.name_zh or self.directory_name or f"person {self.person_id}"


@dataclass(slots=True)
class OutcomeDraft:
    kind: OutcomeKind
    text_en: str | None = None
    text_zh: str | None = None
    owner_id: int | None = None
    due_date: date | None = None
    status: OutcomeStatus = OutcomeStatus.OPEN
    closed_on: date | None = None
    status_note: str | None = None
    id: int | None = None
    uid: str | None = None
    sort_order: int | None = None  # as stored; the save keeps it while the order holds
    owner_name: str | None = None  # read along for showing; not stored on the outcome


@dataclass(slots=True)
class MeetingDraft:
    """Every field of a meeting, its attendees and its outcomes, as the editor holds them.

    ``starts_at`` and ``ends_at`` are aware instants; ``version`` is the version read (None for a
    meeting not saved yet), which the save names so that a concurrent change is not lost."""

    starts_at: datetime
    ends_at: datetime
    time_zone: str = OFFICE_TIME_ZONE
    theme_en: str = ""
    theme_zh: str | None = None
    kind: MeetingKind = MeetingKind.VIDEO
    status: MeetingStatus = MeetingStatus.DRAFT
    venue_en: str | None = None
    venue_zh: str | None = None
    platform: str | None = None
    join_url: str | None = None
    meeting_code: str | None = None
    passcode: str | None = None
    dial_in: str | None = None
    interpretation: str | None = None
    agenda: str | None = None
    objectives: str | None = None
    talking_points: str | None = None
    notes: str | None = None
    participants: list[ParticipantDraft] = field(default_factory=list)
    outcomes: list[OutcomeDraft] = field(default_factory=list)
    id: int | None = None
    uid: str | None = None
    version: int | None = None

    @property
    def theme(self) -> str:
        return (self.theme_en or "").strip() or (self.theme_zh or "").strip()


@dataclass(slots=True)
class PersonDraft:
    """The least the office needs to add a person while arranging a meeting."""

    family_name: str
    given_name: str | None = None
    name_order: NameOrder = NameOrder.GIVEN_FIRST
    name_zh: str | None = None
    country_code: str | None = None


@dataclass(frozen=True, slots=True)
class PersonMatch:
    """A person found by name, with the post to snapshot if they are added to a meeting."""

    person_id: int
    name_en: str  # first-reference form
    name_zh: str | None
    country_code: str | None
    country: str | None  # English name
    alternative_spellings: tuple[str, ...] = ()
    position_id: int | None = None
    title_en: str | None = None
    title_zh: str | None = None
    precedence: Participant | None = None  # from the post the titles come from

    @property
    def label(self) -> str:
        """``Djauhari Oratmangun · 周浩黎 · Indonesia``: what the completer lists."""
        return " · ".join(part for part in (self.name_en, self.name_zh, self.country) if part)


# -- time zones ------------------------------------------------------------------------------


@cache
def known_time_zones() -> frozenset[str]:
    """The IANA zone names of the tz database (the ``tzdata`` package on Windows)."""
    return frozenset(available_timezones())


@cache
def sorted_time_zones() -> tuple[str, ...]:
    return tuple(sorted(known_time_zones()))


def is_time_zone(name: str | None) -> bool:
    return bool(name) and name in known_time_zones()


def wall_clock_to_instant(wall_clock: datetime, zone_name: str) -> datetime:
    """A naive wall-clock time in ``zone_name`` as an aware UTC instant (UTC if unknown)."""
    zone = ZoneInfo(zone_name) if is_time_zone(zone_name) else UTC
    return wall_clock.replace(tzinfo=zone).astimezone(UTC)


def instant_to_wall_clock(instant: datetime, zone_name: str) -> datetime:
    """An aware instant as the naive wall-clock time in ``zone_name`` (UTC if unknown)."""
    zone = ZoneInfo(zone_name) if is_time_zone(zone_name) else UTC
    return instant.astimezone(zone).replace(tzinfo=None)


# -- drafts ----------------------------------------------------------------------------------


def new_meeting_draft(
    starts_at: datetime | None = None, *, now: datetime | None = None
) -> MeetingDraft:
    """A draft meeting of an hour in the office's zone: at ``starts_at``, or tomorrow at 10:00."""
    if starts_at is None:
        office = ZoneInfo(OFFICE_TIME_ZONE)
        tomorrow = (now or datetime.now(UTC)).astimezone(office).date() + timedelta(days=1)
        starts_at = datetime.combine(tomorrow, time(10, 0), office)
    starts_at = starts_at.astimezone(UTC)
    return MeetingDraft(starts_at=starts_at, ends_at=starts_at + DEFAULT_DURATION)


def participant_from(match: PersonMatch, *, join_zone: str | None = None) -> ParticipantDraft:
    """A new attendee from a found person: the name and the current post's titles copied in
    (editable afterwards), on the host side if the person is from the host country."""
    host = match.country_code == HOST_COUNTRY
    return ParticipantDraft(
        person_id=match.person_id,
        side=Side.HOST if host else Side.GUEST,
        role=ParticipationRole.ATTENDEE if host else ParticipationRole.GUEST,
        name_en=match.name_en,
        name_zh=match.name_zh,
        title_en=match.title_en,
        title_zh=match.title_zh,
        position_id=match.position_id,
        join_zone=join_zone,
        country=match.country,
        precedence=match.precedence,
    )


# -- validation ------------------------------------------------------------------------------


def _blank(text: str | None) -> bool:
    return not (text or "").strip()


def link_problem(url: str | None) -> Problem | None:
    """What is wrong with a join link, or None if it is empty or a full http(s) address."""
    text = (url or "").strip()
    if not text:
        return None
    if any(char.isspace() for char in text):
        return problem(
            "join_url",
            QT_TRANSLATE_NOOP(
                "Problems",
                "The join link cannot contain spaces: paste the whole address, such as {example}.",
            ),
            example=LINK_EXAMPLE,
        )
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        _ = parts.port  # raises ValueError for a port that is not a number
    except ValueError:
        return problem(
            "join_url",
            QT_TRANSLATE_NOOP(
                "Problems", "The join link is not a web address: paste it again, such as {example}."
            ),
            example=LINK_EXAMPLE,
        )
    if not parts.scheme and "." in text.split("/")[0]:
        return problem(
            "join_url",
            QT_TRANSLATE_NOOP(
                "Problems", "Add https:// at the start of the join link: https://{link}."
            ),
            link=text,
        )
    if parts.scheme.lower() not in ("http", "https"):
        return problem(
            "join_url",
            QT_TRANSLATE_NOOP(
                "Problems",
                "The join link must start with https:// (or http://), such as {example}.",
            ),
            example=LINK_EXAMPLE,
        )
    if not host or ("." not in host and host != "localhost"):
        return problem(
            "join_url",
            QT_TRANSLATE_NOOP(
                "Problems", "The join link needs a server name after https://, such as {example}."
            ),
            example=LINK_EXAMPLE,
        )
    return None


def zone_problem(name: str | None) -> Problem | None:
    """What is wrong with the zone a meeting is arranged in, or None if the tz database knows
    it."""
    if _blank(name):
        return problem(
            "time_zone",
            QT_TRANSLATE_NOOP(
                "Problems", "Choose the time zone the meeting is arranged in, such as {example}."
            ),
            example=OFFICE_TIME_ZONE,
        )
    if not is_time_zone(name):
        return problem(
            "time_zone",
            QT_TRANSLATE_NOOP(
                "Problems",
                "“{zone}” is not a known time zone: pick one from the list "
                "(written like {example} or Europe/Moscow).",
            ),
            zone=name,
            example=OFFICE_TIME_ZONE,
        )
    return None


def validate_meeting(draft: MeetingDraft) -> list[Problem]:
    """Everything that blocks saving ``draft``, in the order of the form; empty if it may be
    saved."""
    problems: list[Problem] = []
    if _blank(draft.theme_en) and _blank(draft.theme_zh):
        problems.append(
            problem(
                "theme",
                QT_TRANSLATE_NOOP("Problems", "Give the meeting a theme, in English or Chinese."),
            )
        )
    if draft.ends_at <= draft.starts_at:
        problems.append(
            problem(
                "ends_at",
                QT_TRANSLATE_NOOP(
                    "Problems", "The meeting must end after it starts: set a later end time."
                ),
            )
        )
    for found in (zone_problem(draft.time_zone), link_problem(draft.join_url)):
        if found:
            problems.append(found)
    seen: set[int] = set()
    for index, participant in enumerate(draft.participants):
        if participant.person_id in seen:
            problems.append(
                problem(
                    f"participants.{index}",
                    QT_TRANSLATE_NOOP(
                        "Problems", "{name} is listed twice: remove one of the rows."
                    ),
                    name=participant.label,
                )
            )
        seen.add(participant.person_id)
        if participant.join_zone is not None and not is_time_zone(participant.join_zone):
            problems.append(
                problem(
                    f"participants.{index}.join_zone",
                    QT_TRANSLATE_NOOP(
                        "Problems",
                        "{name}: “{zone}” is not a known time zone; "
                        "pick one from the list or leave it empty.",
                    ),
                    name=participant.label,
                    zone=participant.join_zone,
                )
            )
    for index, outcome in enumerate(draft.outcomes):
        if _blank(outcome.text_en) and _blank(outcome.text_zh):
            problems.append(
                problem(
                    f"outcomes.{index}.text",
                    QT_TRANSLATE_NOOP(
                        "Problems",
                        "Outcome {number} needs a text in English or Chinese: write one or "
                        "remove the outcome.",
                    ),
                    number=index + 1,
                )
            )
    return problems


def validate_person(person: PersonDraft) -> list[Problem]:
    problems = []
    if _blank(person.family_name):
        problems.append(
            problem(
                "family_name",
                QT_TRANSLATE_NOOP(
                    "Problems", "Enter the family name (or the single name, for one name)."
                ),
            )
        )
    if person.name_order == NameOrder.SINGLE and not _blank(person.given_name):
        problems.append(
            problem(
                "given_name",
                QT_TRANSLATE_NOOP(
                    "Problems",
                    "A person with a single name has no given name: put the whole name in the "
                    "family name and leave the given name empty.",
                ),
            )
        )
    return problems
