"""Reading calendar invitations (``.ics``) into meetings: SCODA Desktop's own (see
:mod:`invitations` for the format) and those Outlook, Teams and other programs send.

:func:`read_invitations` parses and checks a file without touching the database: a file that is
not iCalendar, is cut short or lacks what a meeting needs is an InputError naming each problem.
:func:`import_invitations` then writes every event in one transaction, all or nothing.

- An event whose UID ends in ``@scoda-desktop`` is the meeting with that uid (created if this
  database lacks it, keeping its SEQUENCE as ``version - 1``); an older copy (lower SEQUENCE)
  leaves the meeting as it is. Any other UID (Outlook's, Teams') maps to a meeting uid derived
  from it with uuid5, so importing the same invitation again updates the same meeting; no
  column is needed for foreign UIDs.
- Another program's invitation changes only the fields it carries: theme, times and zone
  (Windows zone names such as "China Standard Time" are mapped to IANA), location, join link
  and platform, the description as agenda, and a meeting ID and passcode found in it.
- Attendees (and a foreign organizer) are matched to people by e-mail address, then by any
  recorded form or spelling of the name. Unknown attendees are returned as proposed new people
  and created only with ``create_unknown_people`` (the name kept whole, never split).
  Participants are never removed by an import. A new participant's side and role come from
  SCODA Desktop's own parameters, else from the person's country (China: host side) and ROLE.
- ``METHOD:REPLY`` only updates the replying attendees' RSVP; ``METHOD:CANCEL`` cancels.
- A meeting's version is raised only when something about it changed.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlmodel import Session, select

from scoda_desktop.domain.dates import EARLIEST_YEAR, LATEST_YEAR, year_problem
from scoda_desktop.domain.enums import (
    MeetingStatus,
    NameOrder,
    ParticipationRole,
    Rsvp,
    Side,
)
from scoda_desktop.domain.models import Meeting, Participation, Person
from scoda_desktop.domain.naming import first_reference, full_name
from scoda_desktop.domain.office import OFFICE_TIME_ZONE, to_office_time
from scoda_desktop.domain.types import utcnow
from scoda_desktop.errors import InputError
from scoda_desktop.services.files import read_import_file
from scoda_desktop.services.interchange.values import year_problem_message
from scoda_desktop.services.invitations import (
    DEFAULT_ORGANIZER,
    DETAIL_LABELS,
    PARTSTAT_OF,
    PLACEHOLDER_DOMAIN,
    STATUS_OF,
    Organizer,
    meeting_uid_for,
    usable_email,
)
from scoda_desktop.services.timezones import is_zone, senior_posts_on
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, error_message

if TYPE_CHECKING:
    from icalendar import Component

    from scoda_desktop.data.database import Database

log = logging.getLogger(__name__)

RSVP_OF = {value: key for key, value in PARTSTAT_OF.items()} | {"DELEGATED": Rsvp.DECLINED}
MEETING_STATUS_OF = {
    "TENTATIVE": MeetingStatus.PROPOSED,
    "CONFIRMED": MeetingStatus.CONFIRMED,
    "CANCELLED": MeetingStatus.CANCELLED,
}
_DETAIL_LINE = re.compile(rf"^({'|'.join(map(re.escape, DETAIL_LABELS))}):\s*(.+?)\s*$")
_PLATFORMS = {  # a join link's host -> platform name
    "teams.microsoft.com": "Microsoft Teams",
    "teams.live.com": "Microsoft Teams",
    "zoom.us": "Zoom",
    "meeting.tencent.com": "Tencent Meeting",
    "voovmeeting.com": "VooV Meeting",
    "meet.google.com": "Google Meet",
    "webex.com": "Webex",
}
_JOIN_URL_PROPERTIES = ("X-MICROSOFT-SKYPETEAMSMEETINGURL", "X-GOOGLE-CONFERENCE")
# What messages call a file read from memory, without a name.
THE_FILE = error_message(QT_TRANSLATE_NOOP("Errors", "the file"))


# -- reading an invitation --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class InvitedPerson:
    """An ATTENDEE (or a foreign ORGANIZER) as the file names them."""

    name: str | None
    email: str | None  # None for a placeholder or a non-mail address
    person_uid: str | None  # from a SCODA Desktop placeholder address
    rsvp: Rsvp
    ics_role: str  # REQ-PARTICIPANT, OPT-PARTICIPANT, NON-PARTICIPANT, CHAIR
    side: Side | None = None  # X-SCODA-SIDE
    role: ParticipationRole | None = None  # X-SCODA-ROLE
    zone: str | None = None  # X-SCODA-ZONE

    @property
    def label(self) -> str:
        return self.name or self.email or self.person_uid or "?"


@dataclass(frozen=True, slots=True)
class Invitation:
    """One VEVENT, checked and turned into meeting fields."""

    ics_uid: str
    meeting_uid: str
    native: bool  # made by SCODA Desktop (UID ends in @scoda-desktop)
    method: str  # REQUEST, CANCEL, REPLY, PUBLISH or "" (a plain calendar file)
    sequence: int
    ics_status: str  # TENTATIVE, CONFIRMED or CANCELLED (also for METHOD:CANCEL)
    fields: dict[str, Any]  # Meeting column -> value, only those the file sets
    attendees: tuple[InvitedPerson, ...]
    notes: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        theme = self.fields.get("theme_en") or self.fields.get("theme_zh") or ""
        return _label(theme, self.fields["starts_at"])


def _label(theme: str | None, starts_at: datetime) -> str:
    """How messages name an invitation: '"Theme" (2026-12-10 15:00 Qingdao)'."""
    return error_message(
        QT_TRANSLATE_NOOP("Errors", '"{theme}" ({time} Qingdao)'),
        theme=theme or "",
        time=f"{to_office_time(starts_at):%Y-%m-%d %H:%M}",
    )


def _text(component: Any, name: str) -> str | None:
    value = component.get(name)
    if isinstance(value, list):
        value = value[0] if value else None
    text = str(value).strip() if value is not None else ""
    return text or None


def _param(params: Any, name: str) -> str | None:
    value = params.get(name)
    if isinstance(value, list):
        value = value[0] if value else None
    return str(value).strip() if value else None


def _address(value: Any) -> tuple[str | None, str | None]:
    """(e-mail, person uid from a placeholder) of a cal-address."""
    text = str(value).strip()
    if text.lower().startswith("mailto:"):
        text = text[len("mailto:") :]
    email = usable_email(text)
    if email and email.lower().endswith("@" + PLACEHOLDER_DOMAIN):
        return None, email.rsplit("@", 1)[0]
    return email, None


def _enum(enum_cls: Any, value: str | None) -> Any:
    try:
        return enum_cls(value) if value else None
    except ValueError:
        return None


def _invited(value: Any, default_role: str) -> InvitedPerson:
    params = getattr(value, "params", {})
    email, person_uid = _address(value)
    zone = _param(params, "X-SCODA-ZONE")
    return InvitedPerson(
        name=_param(params, "CN"),
        email=email,
        person_uid=person_uid,
        rsvp=RSVP_OF.get((_param(params, "PARTSTAT") or "").upper(), Rsvp.INVITED),
        ics_role=(_param(params, "ROLE") or default_role).upper(),
        side=_enum(Side, _param(params, "X-SCODA-SIDE")),
        role=_enum(ParticipationRole, _param(params, "X-SCODA-ROLE")),
        zone=zone if zone and is_zone(zone) else None,
    )


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _instant(
    event: Component, name: str, problems: list[str]
) -> tuple[datetime | None, str | None]:
    """An aware instant for DTSTART/DTEND and the IANA zone it was given in (None for UTC or
    floating times, which are taken as Qingdao's)."""
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    prop = event.get(name)
    try:
        value = prop.dt
    except (AttributeError, ValueError) as exc:
        problems.append(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "{name} is not a date and time ({error})"),
                name=name,
                error=str(exc),
            )
        )
        return None, None
    if not isinstance(value, datetime):
        problems.append(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name} is a whole day ({day}); a meeting needs a start and end time"
                ),
                name=name,
                day=str(value),
            )
        )
        return None, None
    out_of_range = year_problem_message(value)  # before converting: year 1 or 9999 would overflow
    if out_of_range:
        problems.append(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "{name}: {problem}"), name=name, problem=out_of_range
            )
        )
        return None, None
    tzid = _param(prop.params, "TZID")
    zone = None
    if tzid:
        zone = tzid if is_zone(tzid) else WINDOWS_TO_OLSON.get(tzid)
        zone = zone if zone and is_zone(zone) else None
    if value.tzinfo is not None:  # UTC, or a zone the tz database or the file defines
        return value.astimezone(UTC), zone
    if tzid and zone is None:
        problems.append(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} is in the time zone {zone}, which neither the file (VTIMEZONE) nor "
                    "the tz database defines",
                ),
                name=name,
                zone=repr(tzid),
            )
        )
        return None, None
    # A zone icalendar did not attach (a Windows name without VTIMEZONE), or floating time,
    # which is read on the office's wall clock.
    return value.replace(tzinfo=ZoneInfo(zone or OFFICE_TIME_ZONE)).astimezone(UTC), zone


def _details(description: str | None, native: bool) -> dict[str, Any]:
    """Agenda and platform details from a description. In SCODA Desktop's own the trailing
    "Label: value" lines are the details (each field present, None when not given) and the
    rest is the agenda; in another program's the whole text is the agenda and only a meeting
    ID and passcode are picked out of it."""
    text = (description or "").replace("\r\n", "\n").strip()
    if native:
        details: dict[str, Any] = dict.fromkeys(DETAIL_LABELS.values())
        lines = text.split("\n")
        while lines and (match := _DETAIL_LINE.match(lines[-1])):
            details[DETAIL_LABELS[match.group(1)]] = match.group(2)
            lines.pop()
        details["agenda"] = "\n".join(lines).strip() or None
        return details
    details = {"agenda": text or None}
    for label in ("Meeting ID", "Passcode"):
        found = re.search(rf"{label}:\s*([^\n]+?)\s*$", text, re.MULTILINE | re.IGNORECASE)
        if found:
            details[DETAIL_LABELS[label]] = found.group(1)
    return details


def _platform(url: str | None) -> str | None:
    host = re.sub(r"^[a-z]+://", "", (url or "").lower()).split("/", 1)[0]
    for suffix, name in _PLATFORMS.items():
        if host == suffix or host.endswith("." + suffix):
            return name
    return None


def _invitation(
    event: Component, method: str, number: int, office_email: str, problems: list[str]
) -> Invitation | None:
    """The invitation of one VEVENT, or None with its problems added to ``problems``.
    Attendees with the office's own address (``office_email``) are left out."""
    here: list[str] = []
    uid = _text(event, "UID")
    if not uid:
        here.append(error_message(QT_TRANSLATE_NOOP("Errors", "it has no UID")))
    for name in ("RRULE", "RDATE", "RECURRENCE-ID"):
        if event.get(name) is not None:
            here.append(
                error_message(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "it is a recurring event ({name}); SCODA Desktop keeps single meetings: "
                        "export one occurrence from your calendar",
                    ),
                    name=name,
                )
            )
            break
    for prop_name, message in getattr(event, "errors", []):
        here.append(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "{name} cannot be read: {error}"),
                name=prop_name,
                error=message,
            )
        )
    starts_at = ends_at = zone = None
    if event.get("DTSTART") is None:
        here.append(error_message(QT_TRANSLATE_NOOP("Errors", "it has no start (DTSTART)")))
    else:
        starts_at, zone = _instant(event, "DTSTART", here)
    if event.get("DTEND") is not None:
        ends_at, _ = _instant(event, "DTEND", here)
    elif event.get("DURATION") is not None and starts_at is not None:
        try:
            ends_at = starts_at + event.get("DURATION").dt
            if year_problem(ends_at):
                raise OverflowError
        except (AttributeError, TypeError, ValueError) as exc:
            here.append(
                error_message(
                    QT_TRANSLATE_NOOP("Errors", "DURATION cannot be read ({error})"), error=str(exc)
                )
            )
        except OverflowError:
            ends_at = None
            here.append(
                error_message(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "DURATION ends the meeting outside the years SCODA Desktop accepts "
                        "({earliest} to {latest}): check the duration",
                    ),
                    earliest=EARLIEST_YEAR,
                    latest=LATEST_YEAR,
                )
            )
    elif starts_at is not None:
        here.append(error_message(QT_TRANSLATE_NOOP("Errors", "it has no end (DTEND or DURATION)")))
    if starts_at and ends_at and ends_at <= starts_at:
        here.append(error_message(QT_TRANSLATE_NOOP("Errors", "it ends before it starts")))
    summary = _text(event, "SUMMARY")
    theme_zh = _text(event, "X-SCODA-THEME-ZH")
    if not summary and not theme_zh and method != "REPLY":
        here.append(
            error_message(QT_TRANSLATE_NOOP("Errors", "it has no SUMMARY (the meeting's theme)"))
        )
    if here or uid is None or starts_at is None or ends_at is None:
        where = (
            error_message(
                QT_TRANSLATE_NOOP("Errors", "event {number} (UID {uid})"), number=number, uid=uid
            )
            if uid
            else error_message(QT_TRANSLATE_NOOP("Errors", "event {number}"), number=number)
        )
        problems += [
            error_message(
                QT_TRANSLATE_NOOP("Errors", "{name}: {problem}"), name=where, problem=problem
            )
            for problem in here
        ]
        return None

    meeting_uid, native = meeting_uid_for(uid)
    notes = []
    if zone is None:
        zone = OFFICE_TIME_ZONE
        tzid = _param(event["DTSTART"].params, "TZID")
        if tzid:
            notes.append(
                f"{_label(summary or theme_zh, starts_at)}: the time zone {tzid!r} is not an "
                "IANA zone; the meeting is kept in Qingdao time"
            )
    status_text = (_text(event, "STATUS") or "").upper()
    cancelled = method == "CANCEL" or status_text == "CANCELLED"
    details = _details(_text(event, "DESCRIPTION"), native)
    join_url = None
    for conference in _as_list(event.get("CONFERENCE")):
        join_url = join_url or str(conference).strip() or None
    join_url = join_url or _text(event, "URL")
    for name in _JOIN_URL_PROPERTIES:
        join_url = join_url or _text(event, name)
    fields: dict[str, Any] = details | {
        "theme_en": summary if summary and summary != theme_zh else "",
        "starts_at": starts_at,
        "ends_at": ends_at,
        "time_zone": zone,
        "venue_en": _text(event, "LOCATION"),
        "join_url": join_url or details.get("join_url"),
    }
    if native:
        fields["theme_zh"] = theme_zh
    else:  # another program's invitation changes only what it says
        fields["platform"] = _platform(fields["join_url"])
        fields = {key: value for key, value in fields.items() if value is not None}

    attendees = [_invited(a, "REQ-PARTICIPANT") for a in _as_list(event.get("ATTENDEE"))]
    if event.get("ORGANIZER") is not None and not native:  # an embassy's invitation
        invited = _invited(event["ORGANIZER"], "CHAIR")
        if invited.email and invited.email.casefold() not in {
            a.email.casefold() for a in attendees if a.email
        }:
            attendees.insert(0, invited)
    office = office_email.casefold()
    attendees = [a for a in attendees if (a.email or "").casefold() != office]
    sequence_value = event.get("SEQUENCE")
    try:
        sequence = int(sequence_value) if sequence_value is not None else 0
    except (TypeError, ValueError):
        sequence = 0
    return Invitation(
        ics_uid=uid,
        meeting_uid=meeting_uid,
        native=native,
        method=method,
        sequence=sequence,
        ics_status="CANCELLED" if cancelled else status_text or "CONFIRMED",
        fields=fields,
        attendees=tuple(attendees),
        notes=tuple(notes),
    )


def parse_invitations(
    data: bytes, source: str = THE_FILE, *, organizer: Organizer = DEFAULT_ORGANIZER
) -> list[Invitation]:
    """The events of an iCalendar text, checked; InputError names every problem."""
    from icalendar import Calendar

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file} is not UTF-8 text as iCalendar requires (byte {byte}: {reason}).",
                ),
                file=source,
                byte=exc.start,
                reason=exc.reason,
            )
        ) from exc
    if "BEGIN:VCALENDAR" not in text.upper():
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file} is not an iCalendar (.ics) file: it has no BEGIN:VCALENDAR line.",
                ),
                file=source,
            )
        )
    if "END:VCALENDAR" not in text.upper():
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file} is cut short: the END:VCALENDAR line is missing. Save or export the "
                    "invitation again.",
                ),
                file=source,
            )
        )
    try:
        calendars = Calendar.from_ical(text, multiple=True)
    except ValueError as exc:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "{file} is not a valid iCalendar file: {error}"),
                file=source,
                error=str(exc),
            )
        ) from exc
    problems: list[str] = []
    invitations = []
    number = 0
    for calendar in calendars:
        method = (_text(calendar, "METHOD") or "").upper()
        for event in calendar.walk("VEVENT"):
            number += 1
            invitation = _invitation(event, method, number, organizer.email, problems)
            if invitation is not None:
                invitations.append(invitation)
    if not problems and not invitations:
        problems.append(error_message(QT_TRANSLATE_NOOP("Errors", "it holds no event (VEVENT)")))
    if problems:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "{file} cannot be imported; nothing was changed:"),
                file=source,
            ),
            problems,
        )
    return invitations


def read_invitations(path: Path, *, organizer: Organizer = DEFAULT_ORGANIZER) -> list[Invitation]:
    """The checked events of the ``.ics`` file at ``path``; nothing is written."""
    path = Path(path)
    data = read_import_file(path)
    return parse_invitations(data, str(path), organizer=organizer)


# -- writing invitations into the database -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProposedPerson:
    """An attendee who is not in the directory, as the invitation names them."""

    name: str
    email: str | None
    meetings: tuple[str, ...]  # the invitations that name them

    def describe(self) -> str:
        return f"{self.name} <{self.email}>" if self.email else self.name


@dataclass
class ImportResult:
    path: Path | None
    created: list[int] = field(default_factory=list)  # meeting ids
    updated: list[int] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)
    people_created: list[str] = field(default_factory=list)
    proposed_people: list[ProposedPerson] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def meeting_ids(self) -> list[int]:
        return self.created + self.updated + self.unchanged

    def describe(self) -> str:
        lines = [
            f"Imported {self.path or 'the invitation'}: {len(self.created)} meeting(s) created, "
            f"{len(self.updated)} updated, {len(self.unchanged)} unchanged "
            f"(ids {', '.join(map(str, self.meeting_ids)) or 'none'})."
        ]
        if self.people_created:
            lines.append(f"New people: {', '.join(self.people_created)}.")
        if self.proposed_people:
            lines.append("Not in the directory, so not added to the meeting:")
            lines += [f"  - {p.describe()}" for p in self.proposed_people]
        lines += [f"Note: {note}" for note in self.notes]
        return "\n".join(lines)


def _folded(name: str | None) -> str:
    return " ".join((name or "").replace(",", " ").split()).casefold()


class _Directory:
    """Who is who, read once with a column select, to match attendees to people."""

    def __init__(self, session: Session) -> None:
        person = Person.__table__.c
        self.by_uid: dict[str, int] = {}
        self.by_email: dict[str, set[int]] = {}
        self.by_name: dict[str, set[int]] = {}
        rows = session.execute(
            sa.select(
                person.id,
                person.uid,
                person.email,
                person.family_name,
                person.given_name,
                person.name_order,
                person.first_reference,
                person.salutation,
                person.name_zh,
                person.alternative_spellings,
                person.country_code,
            )
        )
        self.country: dict[int, str | None] = {}
        for row in rows:
            names = [
                full_name(row.family_name, row.given_name, row.name_order),
                full_name(row.family_name, row.given_name, NameOrder.FAMILY_FIRST),
                row.first_reference,
                row.salutation,
                row.name_zh,
                *(row.alternative_spellings or []),
            ]
            self.add(row.id, row.uid, usable_email(row.email), names, row.country_code)

    def add(
        self,
        person_id: int,
        uid: str,
        email: str | None,
        names: Iterable[str | None],
        country: str | None,
    ) -> None:
        self.by_uid[uid] = person_id
        self.country[person_id] = country
        if email:
            self.by_email.setdefault(email.casefold(), set()).add(person_id)
        for name in names:
            if _folded(name):
                self.by_name.setdefault(_folded(name), set()).add(person_id)

    def match(self, invited: InvitedPerson) -> int | None:
        """The person meant, or None when nobody (or more than one) fits."""
        if invited.person_uid and invited.person_uid in self.by_uid:
            return self.by_uid[invited.person_uid]
        by_email = self.by_email.get((invited.email or "").casefold(), set())
        by_name = self.by_name.get(_folded(invited.name), set())
        if len(by_email) == 1:
            return next(iter(by_email))
        if len(by_email) > 1 and len(by_email & by_name) == 1:
            return next(iter(by_email & by_name))
        if not by_email and len(by_name) == 1:
            return next(iter(by_name))
        return None


def _side_and_role(invited: InvitedPerson, country: str | None) -> tuple[Side, ParticipationRole]:
    """Where a newly seated attendee sits: as SCODA Desktop recorded it, else guessed from the
    invitation (people of China on the host side)."""
    if invited.side and invited.role:
        return invited.side, invited.role
    side = Side.HOST if country == "CN" else Side.GUEST
    if side is Side.HOST:
        role = {
            "CHAIR": ParticipationRole.HOST,
            "NON-PARTICIPANT": ParticipationRole.STAFF,
        }.get(invited.ics_role, ParticipationRole.ATTENDEE)
    else:
        role = {
            "OPT-PARTICIPANT": ParticipationRole.ACCOMPANYING,
            "NON-PARTICIPANT": ParticipationRole.ACCOMPANYING,
        }.get(invited.ics_role, ParticipationRole.GUEST)
    return side, role


def _id(meeting: Meeting) -> int:
    assert meeting.id is not None, "a meeting is flushed before its id is used"
    return meeting.id


class _Importer:
    def __init__(
        self, session: Session, result: ImportResult, create_people: bool, source: str
    ) -> None:
        self.session = session
        self.result = result
        self.create_people = create_people
        self.source = source
        self.directory = _Directory(session)
        self.proposed: dict[str, tuple[str, str | None, list[str]]] = {}

    def person_for(self, invited: InvitedPerson, meeting_label: str) -> int | None:
        person_id = self.directory.match(invited)
        if person_id is not None:
            return person_id
        key = (invited.email or _folded(invited.name)).casefold()
        if not key:
            self.result.notes.append(f"{meeting_label}: an attendee without name or address")
            return None
        if not self.create_people:
            _, _, meetings = self.proposed.setdefault(key, (invited.label, invited.email, []))
            meetings.append(meeting_label)
            return None
        name = invited.name or (invited.email or "").split("@")[0]
        person = Person(
            family_name=name,
            first_reference=name,
            email=invited.email,
            notes=f"Added from the calendar invitation {self.source} on "
            f"{to_office_time(utcnow()):%Y-%m-%d}: check how the name divides, the "
            "country and the post.",
        )
        self.session.add(person)
        self.session.flush()
        assert person.id is not None
        self.directory.add(person.id, person.uid, invited.email, [name], None)
        self.result.people_created.append(invited.label)
        return person.id

    def seat(self, meeting: Meeting, invitation: Invitation) -> tuple[bool, bool]:
        """Add participants and update their answers: (someone added, an answer changed)."""
        meeting_id = _id(meeting)
        existing = {
            p.person_id: p
            for p in self.session.exec(
                select(Participation).where(Participation.meeting_id == meeting_id)
            )
        }
        added = answered = False
        day = to_office_time(meeting.starts_at).date()
        for invited in invitation.attendees:
            person_id = self.person_for(invited, invitation.label)
            if person_id is None:
                continue
            participation = existing.get(person_id)
            if participation is not None:
                changes: dict[str, Any] = {"rsvp": invited.rsvp}
                if invited.zone:
                    changes["join_zone"] = invited.zone
                if any(getattr(participation, k) != v for k, v in changes.items()):
                    for key, value in changes.items():
                        setattr(participation, key, value)
                    participation.version += 1
                    answered = True
                continue
            if invitation.method == "REPLY":
                self.result.notes.append(
                    f"{invitation.label}: a reply from {invited.label}, who is not a "
                    "participant, was ignored"
                )
                continue
            person = self.session.get(Person, person_id)
            assert person is not None
            held = senior_posts_on(self.session, [person_id], day).get(person_id)
            post = held.post if held else None
            side, role = _side_and_role(invited, self.directory.country.get(person_id))
            participation = Participation(
                meeting_id=meeting_id,
                person_id=person_id,
                position_id=post.id if post else None,
                side=side,
                role=role,
                name_en=first_reference(
                    person.family_name,
                    person.given_name,
                    person.name_order,
                    person.first_reference,
                ),
                name_zh=person.name_zh,
                title_en=post.title_en if post else None,
                title_zh=post.title_zh if post else None,
                join_zone=invited.zone,
                rsvp=invited.rsvp,
            )
            self.session.add(participation)
            existing[person_id] = participation
            added = True
        return added, answered

    def meeting_values(self, invitation: Invitation, meeting: Meeting | None) -> dict[str, Any]:
        values = dict(invitation.fields)
        current = STATUS_OF[meeting.status] if meeting is not None else None
        if invitation.ics_status != current:  # keep "held", "draft" ... while the file agrees
            values["status"] = MEETING_STATUS_OF.get(invitation.ics_status, MeetingStatus.CONFIRMED)
        return values

    def apply(self, invitation: Invitation) -> None:
        outcome, meeting_id = self._apply(invitation)
        {"created": self.result.created, "updated": self.result.updated}.get(
            outcome, self.result.unchanged
        ).append(meeting_id)

    def _apply(self, invitation: Invitation) -> tuple[str, int]:
        """Write one invitation: ("created" | "updated" | "unchanged", the meeting's id)."""
        session = self.session
        meeting = session.exec(select(Meeting).where(Meeting.uid == invitation.meeting_uid)).first()
        if invitation.method == "REPLY":
            if meeting is None:
                raise InputError(
                    error_message(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "The reply about {invitation} is for a meeting that is not in this "
                            "database; nothing was changed.",
                        ),
                        invitation=invitation.label,
                    )
                )
            _, answered = self.seat(meeting, invitation)
            return ("updated" if answered else "unchanged"), _id(meeting)
        values = self.meeting_values(invitation, meeting)
        # A SCODA Desktop file keeps its SEQUENCE: version = SEQUENCE + 1 (see the module).
        floor = invitation.sequence + 1 if invitation.native else 1
        if meeting is None:
            meeting = Meeting(uid=invitation.meeting_uid, version=floor, **values)
            session.add(meeting)
            session.flush()
            self.seat(meeting, invitation)
            return "created", _id(meeting)
        changed = {k: v for k, v in values.items() if getattr(meeting, k) != v}
        if invitation.native and floor < meeting.version:  # an older copy: leave the meeting
            if changed:
                self.result.notes.append(
                    f"{invitation.label}: the file is older than the meeting in the database "
                    f"(sequence {invitation.sequence}, the meeting is at "
                    f"{meeting.version - 1}); left as it is"
                )
            return "unchanged", _id(meeting)
        for key, value in changed.items():
            setattr(meeting, key, value)
        session.flush()
        added, answered = self.seat(meeting, invitation)
        if changed or added:
            meeting.version = max(meeting.version + 1, floor)
            meeting.updated_at = utcnow()
        return ("updated" if changed or added or answered else "unchanged"), _id(meeting)

    def finish(self) -> None:
        self.result.proposed_people = [
            ProposedPerson(name, email, tuple(dict.fromkeys(meetings)))
            for name, email, meetings in self.proposed.values()
        ]


def import_invitations(
    database: Database,
    invitations: Sequence[Invitation],
    *,
    create_unknown_people: bool = False,
    source: Path | None = None,
) -> ImportResult:
    """Write checked invitations (see :func:`read_invitations`) in one transaction."""
    result = ImportResult(source)
    for invitation in invitations:
        result.notes += invitation.notes
    with database.transaction() as session:
        importer = _Importer(session, result, create_unknown_people, str(source or "file"))
        for invitation in invitations:
            importer.apply(invitation)
        importer.finish()
    log.info("%s", result.describe())
    return result


def import_file(
    database: Database,
    path: Path,
    *,
    create_unknown_people: bool = False,
    organizer: Organizer = DEFAULT_ORGANIZER,
) -> ImportResult:
    """Read, check and import the ``.ics`` file at ``path``: all of it, or nothing."""
    invitations = read_invitations(path, organizer=organizer)
    return import_invitations(
        database, invitations, create_unknown_people=create_unknown_people, source=Path(path)
    )
