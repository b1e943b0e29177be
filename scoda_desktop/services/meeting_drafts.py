"""What the meeting editor edits, and the rules a meeting must meet before it is saved.

Plain dataclasses and pure functions: no database, no Qt, no SQLAlchemy. The editor checks a
draft with ``validate_meeting`` as the user types; ``MeetingService.save`` checks it again before
writing, so a draft from anywhere else (a script, an import) meets the same rules.

A problem names the field it is about (``theme``, ``ends_at``, ``participants.2.join_zone``) so a
form can put the message beside that field; every message says what to do about it.
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

if TYPE_CHECKING:  # the protocol package reads the database: not imported with the editor
    from scoda_desktop.services.protocol.precedence import Participant

# Hours in which a participant can reasonably be asked to join, in the zone they join from.
WORKING_DAY = (time(8, 0), time(20, 0))
DEFAULT_DURATION = timedelta(hours=1)
HOST_COUNTRY = "CN"  # people from here default to the host side when added to a meeting

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


@dataclass(frozen=True, slots=True)
class Problem:
    """Something to fix (or, as a warning, to notice) about one field of a draft."""

    field: str
    message: str


class InvalidDraftError(InputError):
    """A draft breaks the rules; ``field_problems`` says where and what to do."""

    def __init__(self, what: str, problems: list[Problem]) -> None:
        super().__init__(
            f"{what} cannot be saved as it is.", [problem.message for problem in problems]
        )
        self.field_problems = problems


class MeetingInvalidError(InvalidDraftError):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("The meeting", problems)


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


def link_problem(url: str | None) -> str | None:
    """What is wrong with a join link, or None if it is empty or a full http(s) address."""
    text = (url or "").strip()
    if not text:
        return None
    example = "such as https://meeting.tencent.com/dm/123456789"
    if any(char.isspace() for char in text):
        return f"The join link cannot contain spaces: paste the whole address, {example}."
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        _ = parts.port  # raises ValueError for a port that is not a number
    except ValueError:
        return f"The join link is not a web address: paste it again, {example}."
    if not parts.scheme and "." in text.split("/")[0]:
        return f"Add https:// at the start of the join link: https://{text}."
    if parts.scheme.lower() not in ("http", "https"):
        return f"The join link must start with https:// (or http://), {example}."
    if not host or ("." not in host and host != "localhost"):
        return f"The join link needs a server name after https://, {example}."
    return None


def zone_problem(name: str | None, what: str) -> str | None:
    if _blank(name):
        return f"Choose the time zone {what}, such as {OFFICE_TIME_ZONE}."
    if not is_time_zone(name):
        return (
            f"“{name}” is not a known time zone: pick one from the list "
            f"(written like {OFFICE_TIME_ZONE} or Europe/Moscow)."
        )
    return None


def validate_meeting(draft: MeetingDraft) -> list[Problem]:
    """Everything that blocks saving ``draft``, in the order of the form; empty if it may be
    saved."""
    problems: list[Problem] = []
    if _blank(draft.theme_en) and _blank(draft.theme_zh):
        problems.append(Problem("theme", "Give the meeting a theme, in English or Chinese."))
    if draft.ends_at <= draft.starts_at:
        problems.append(
            Problem("ends_at", "The meeting must end after it starts: set a later end time.")
        )
    message = zone_problem(draft.time_zone, "the meeting is arranged in")
    if message:
        problems.append(Problem("time_zone", message))
    message = link_problem(draft.join_url)
    if message:
        problems.append(Problem("join_url", message))
    seen: set[int] = set()
    for index, participant in enumerate(draft.participants):
        if participant.person_id in seen:
            problems.append(
                Problem(
                    f"participants.{index}",
                    f"{participant.label} is listed twice: remove one of the rows.",
                )
            )
        seen.add(participant.person_id)
        if participant.join_zone is not None and not is_time_zone(participant.join_zone):
            problems.append(
                Problem(
                    f"participants.{index}.join_zone",
                    f"{participant.label}: “{participant.join_zone}” is not a known time zone; "
                    "pick one from the list or leave it empty.",
                )
            )
    for index, outcome in enumerate(draft.outcomes):
        if _blank(outcome.text_en) and _blank(outcome.text_zh):
            problems.append(
                Problem(
                    f"outcomes.{index}.text",
                    f"Outcome {index + 1} needs a text in English or Chinese: write one or "
                    "remove the outcome.",
                )
            )
    return problems


def validate_person(person: PersonDraft) -> list[Problem]:
    problems = []
    if _blank(person.family_name):
        problems.append(
            Problem("family_name", "Enter the family name (or the single name, for one name).")
        )
    if person.name_order == NameOrder.SINGLE and not _blank(person.given_name):
        problems.append(
            Problem(
                "given_name",
                "A person with a single name has no given name: put the whole name in the "
                "family name and leave the given name empty.",
            )
        )
    return problems


def working_hours_warnings(draft: MeetingDraft) -> list[Problem]:
    """Participants for whom the meeting falls outside 08:00–20:00 where they join from (their
    ``join_zone``, else the meeting's zone): one warning per zone, naming them."""
    if draft.ends_at <= draft.starts_at:
        return []
    names_by_zone: dict[str, list[str]] = {}
    for participant in draft.participants:
        zone = participant.join_zone or draft.time_zone
        if is_time_zone(zone):
            names_by_zone.setdefault(zone, []).append(participant.label)
    warnings = []
    for zone, names in names_by_zone.items():
        start = instant_to_wall_clock(draft.starts_at, zone)
        end = instant_to_wall_clock(draft.ends_at, zone)
        opens, closes = WORKING_DAY
        day_end = datetime.combine(start.date(), closes)
        if start.time() >= opens and end <= day_end:
            continue
        span = f"{start:%H:%M}–{end:%H:%M}"
        warnings.append(
            Problem(
                "working_hours",
                f"In {zone} the meeting runs {span}, outside {opens:%H:%M}–{closes:%H:%M}, "
                f"for {', '.join(names)}.",
            )
        )
    return warnings
