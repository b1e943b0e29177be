"""Calendar invitations (``.ics``, RFC 5545, built with icalendar): the format SCODA Desktop
writes, and meetings written in it. Reading invitations back is :mod:`invitation_import`.

One meeting is an iTIP message (RFC 5546): ``METHOD:REQUEST``, or ``METHOD:CANCEL`` once it is
cancelled, so that Outlook, Teams, Apple Calendar and Thunderbird offer to add, update or
remove it. A date range is a plain calendar file without ``METHOD`` (iTIP allows one UID per
message), each cancelled meeting marked ``STATUS:CANCELLED``.

- ``UID`` is ``<Meeting.uid>@scoda-desktop``: stable, so a later file updates the same event.
  ``SEQUENCE`` is ``Meeting.version - 1`` (the version counts edits), so it grows with each.
- ``DTSTART``/``DTEND`` carry ``TZID`` = the meeting's IANA zone, with its ``VTIMEZONE``
  generated from the tz database for the years concerned.
- ``ORGANIZER`` is the office (:class:`Organizer`, configurable). Each participant is an
  ``ATTENDEE`` with ``CN``, ``ROLE`` (hosts and principal guests required, other guests and
  attendees optional, interpreters and staff non-participants) and ``PARTSTAT`` from the RSVP.
- A person without an e-mail address gets ``mailto:<Person.uid>@people.scoda-desktop.invalid``
  and ``RSVP=FALSE``: RFC 5545 requires an address, ``.invalid`` (RFC 2606) can never be
  delivered to, and the uid finds the person again on import. Real addresses get ``RSVP=TRUE``.
- ``X-SCODA-SIDE``, ``X-SCODA-ROLE`` and ``X-SCODA-ZONE`` parameters on each attendee and an
  ``X-SCODA-THEME-ZH`` property keep what the standard has no place for; other programs ignore
  them (RFC 5545 3.8.8.2).
- ``LOCATION`` is the venue, ``URL`` and ``CONFERENCE`` (RFC 7986) the video link, and the
  ``DESCRIPTION`` the agenda followed by platform, link, meeting ID, passcode, dial-in and
  interpretation, one "Label: value" line each. Objectives, talking points and notes are the
  office's own and never leave in an invitation.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlmodel import Session

from scoda_desktop import __version__
from scoda_desktop.domain.enums import MeetingStatus, ParticipationRole, Rsvp, Side
from scoda_desktop.domain.models import Meeting, Participation, Person
from scoda_desktop.domain.naming import first_reference
from scoda_desktop.domain.types import utcnow
from scoda_desktop.errors import InputError
from scoda_desktop.services.files import write_atomically
from scoda_desktop.services.timezones import office_day_span, validate_zone
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, error_message

if TYPE_CHECKING:
    from icalendar import Calendar, Event

    from scoda_desktop.data.database import Database

log = logging.getLogger(__name__)

UID_DOMAIN = "scoda-desktop"
PLACEHOLDER_DOMAIN = "people.scoda-desktop.invalid"
PRODID = f"-//SCODA//SCODA Desktop {__version__}//EN"
# Meeting uids for invitations made elsewhere: uuid5 of their UID in this namespace.
FOREIGN_UID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, "ics-uid.scoda-desktop.invalid")


@dataclass(frozen=True, slots=True)
class Organizer:
    """Who sends the invitations: the office. Replies go to ``email``."""

    email: str = "protocol@scoda-desktop.invalid"
    name: str = "SCODA Protocol Office"


DEFAULT_ORGANIZER = Organizer()

ROLE_OF = {
    ParticipationRole.HOST: "REQ-PARTICIPANT",
    ParticipationRole.PRINCIPAL_GUEST: "REQ-PARTICIPANT",
    ParticipationRole.GUEST: "OPT-PARTICIPANT",
    ParticipationRole.ACCOMPANYING: "OPT-PARTICIPANT",
    ParticipationRole.ATTENDEE: "OPT-PARTICIPANT",
    ParticipationRole.INTERPRETER: "NON-PARTICIPANT",
    ParticipationRole.STAFF: "NON-PARTICIPANT",
}
PARTSTAT_OF = {
    Rsvp.INVITED: "NEEDS-ACTION",
    Rsvp.ACCEPTED: "ACCEPTED",
    Rsvp.TENTATIVE: "TENTATIVE",
    Rsvp.DECLINED: "DECLINED",
}
STATUS_OF = {
    MeetingStatus.DRAFT: "TENTATIVE",
    MeetingStatus.PROPOSED: "TENTATIVE",
    MeetingStatus.POSTPONED: "TENTATIVE",
    MeetingStatus.CONFIRMED: "CONFIRMED",
    MeetingStatus.HELD: "CONFIRMED",
    MeetingStatus.CANCELLED: "CANCELLED",
}
# The "Label: value" lines that follow the agenda in a description, and the meeting field each
# holds. Zoom and Teams invitations use the same words for the meeting ID and passcode.
DETAIL_LABELS = {
    "Platform": "platform",
    "Join": "join_url",
    "Meeting ID": "meeting_code",
    "Passcode": "passcode",
    "Dial-in": "dial_in",
    "Interpretation": "interpretation",
}


def ics_uid(meeting_uid: str) -> str:
    """The invitation UID of a meeting: stable for as long as the meeting exists."""
    return f"{meeting_uid}@{UID_DOMAIN}"


def meeting_uid_for(uid: str) -> tuple[str, bool]:
    """The meeting uid an invitation UID stands for, and whether the UID is SCODA Desktop's."""
    local, at, domain = uid.strip().rpartition("@")
    if at and domain == UID_DOMAIN:
        try:
            return str(uuid.UUID(local)), True
        except ValueError:
            pass
    return str(uuid.uuid5(FOREIGN_UID_NAMESPACE, uid.strip())), False


def placeholder_address(person_uid: str) -> str:
    return f"{person_uid}@{PLACEHOLDER_DOMAIN}"


def usable_email(text: str | None) -> str | None:
    """An address fit for ``mailto:`` (the first one if several are recorded), or None."""
    for candidate in re.split(r"[\s,;]+", (text or "").strip()):
        if re.fullmatch(r"[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]+", candidate):
            return candidate
    return None


# -- export -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    meetings: int

    def describe(self) -> str:
        noun = "meeting" if self.meetings == 1 else "meetings"
        return f"Wrote {self.meetings} {noun} to {self.path}"


_MEETING_COLUMNS = [
    "id",
    "uid",
    "theme_en",
    "theme_zh",
    "status",
    "starts_at",
    "ends_at",
    "time_zone",
    "venue_en",
    "platform",
    "join_url",
    "meeting_code",
    "passcode",
    "dial_in",
    "interpretation",
    "agenda",
    "version",
    "created_at",
    "updated_at",
]


def _meeting_rows(session: Session, *where: sa.ColumnElement[bool]) -> list[sa.Row[Any]]:
    m = Meeting.__table__.c
    query = sa.select(*(m[name] for name in _MEETING_COLUMNS)).where(*where)
    return list(session.execute(query.order_by(m.starts_at, m.id)))


def _attendee_rows(session: Session, meeting_ids: Sequence[int]) -> dict[int, list[sa.Row[Any]]]:
    p, person = Participation.__table__.c, Person.__table__.c
    query = (
        sa.select(
            p.meeting_id,
            p.side,
            p.role,
            p.rsvp,
            p.join_zone,
            p.name_en,
            person.uid.label("person_uid"),
            person.email,
            person.family_name,
            person.given_name,
            person.name_order,
            person.first_reference,
        )
        .join(Person.__table__, person.id == p.person_id)
        .where(p.meeting_id.in_(meeting_ids))
        .order_by(p.meeting_id, sa.func.coalesce(p.order_override, 1_000_000), p.id)
    )
    rows: dict[int, list[sa.Row[Any]]] = {}
    for row in session.execute(query):
        rows.setdefault(row.meeting_id, []).append(row)
    return rows


def describe_meeting(meeting: Any) -> str:
    """The invitation's description: the agenda, then one "Label: value" line per detail."""
    lines = [
        f"{label}: {value}"
        for label, name in DETAIL_LABELS.items()
        if (value := (getattr(meeting, name) or "").strip())
    ]
    agenda = (meeting.agenda or "").strip()
    return "\n\n".join(part for part in (agenda, "\n".join(lines)) if part)


def _attendee(row: sa.Row[Any]) -> Any:
    from icalendar import vCalAddress

    email = usable_email(row.email)
    address = vCalAddress(f"mailto:{email or placeholder_address(row.person_uid)}")
    role = ParticipationRole(row.role)
    address.params["CUTYPE"] = "INDIVIDUAL"
    address.params["CN"] = row.name_en or first_reference(
        row.family_name, row.given_name, row.name_order, row.first_reference
    )
    address.params["ROLE"] = ROLE_OF[role]
    address.params["PARTSTAT"] = PARTSTAT_OF[Rsvp(row.rsvp)]
    address.params["RSVP"] = "TRUE" if email else "FALSE"
    address.params["X-SCODA-SIDE"] = Side(row.side).value
    address.params["X-SCODA-ROLE"] = role.value
    if row.join_zone:
        address.params["X-SCODA-ZONE"] = row.join_zone
    return address


def _event(
    meeting: sa.Row[Any], attendees: Iterable[sa.Row[Any]], organizer: Organizer, now: datetime
) -> Event:
    from icalendar import Event, vCalAddress, vUri

    try:
        zone = ZoneInfo(validate_zone(meeting.time_zone))
    except InputError as exc:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "Meeting {number} cannot be exported: {reason}"),
                number=meeting.id,
                reason=exc.args[0],
            )
        ) from exc
    event = Event()
    event.add("uid", ics_uid(meeting.uid))
    event.add("dtstamp", now.astimezone(UTC))
    event.add("sequence", max(meeting.version - 1, 0))
    event.add("dtstart", meeting.starts_at.astimezone(zone))
    event.add("dtend", meeting.ends_at.astimezone(zone))
    event.add("created", meeting.created_at.astimezone(UTC))
    event.add("last-modified", meeting.updated_at.astimezone(UTC))
    event.add("summary", meeting.theme_en or meeting.theme_zh or "")
    if meeting.theme_zh:
        event.add("x-scoda-theme-zh", meeting.theme_zh)
    event.add("status", STATUS_OF[MeetingStatus(meeting.status)])
    event.add("transp", "OPAQUE")
    address = vCalAddress(f"mailto:{organizer.email}")
    address.params["CN"] = organizer.name
    event.add("organizer", address)
    for row in attendees:
        event.add("attendee", _attendee(row))
    if meeting.venue_en:
        event.add("location", meeting.venue_en)
    if meeting.join_url:
        event.add("url", vUri(meeting.join_url))
        parameters = {"VALUE": "URI", "FEATURE": "VIDEO"}
        if meeting.platform:
            parameters["LABEL"] = meeting.platform
        event.add("conference", vUri(meeting.join_url), parameters=parameters)
    description = describe_meeting(meeting)
    if description:
        event.add("description", description)
    return event


def build_calendar(
    session: Session,
    meetings: Sequence[sa.Row[Any]],
    *,
    method: str | None,
    organizer: Organizer = DEFAULT_ORGANIZER,
    now: datetime | None = None,
) -> Calendar:
    """A VCALENDAR with one VEVENT per meeting row and the VTIMEZONEs they use."""
    from icalendar import Calendar

    now = now or utcnow()
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if method:
        calendar.add("method", method)
    attendees = _attendee_rows(session, [m.id for m in meetings])
    for meeting in meetings:
        calendar.add_component(_event(meeting, attendees.get(meeting.id, []), organizer, now))
    years = [m.starts_at.year for m in meetings] or [now.year]
    calendar.add_missing_timezones(
        first_date=date(min(years) - 1, 1, 1), last_date=date(max(years) + 2, 1, 1)
    )
    return calendar


def meeting_calendar(
    session: Session,
    meeting_id: int,
    *,
    organizer: Organizer = DEFAULT_ORGANIZER,
    now: datetime | None = None,
) -> bytes:
    """One meeting as an invitation (REQUEST) or, once cancelled, a cancellation (CANCEL)."""
    rows = _meeting_rows(session, Meeting.__table__.c.id == meeting_id)
    if not rows:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "There is no meeting with id {number}."),
                number=meeting_id,
            )
        )
    method = "CANCEL" if rows[0].status == MeetingStatus.CANCELLED else "REQUEST"
    calendar = build_calendar(session, rows, method=method, organizer=organizer, now=now)
    return bytes(calendar.to_ical())


def range_calendar(
    session: Session,
    first_day: date,
    last_day: date,
    *,
    organizer: Organizer = DEFAULT_ORGANIZER,
    now: datetime | None = None,
) -> tuple[bytes, int]:
    """The meetings starting on the office's days ``first_day`` to ``last_day`` (inclusive) as
    one calendar file, and how many there are. InputError if there are none: an iCalendar
    object must hold at least one event."""
    if last_day < first_day:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "The range ends ({last}) before it starts ({first})."),
                last=last_day.isoformat(),
                first=first_day.isoformat(),
            )
        )
    start, stop = office_day_span(first_day, last_day)
    m = Meeting.__table__.c
    rows = _meeting_rows(session, m.starts_at >= start, m.starts_at < stop)
    if not rows:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors", "No meetings from {first} to {last}: nothing to write."
                ),
                first=first_day.isoformat(),
                last=last_day.isoformat(),
            )
        )
    calendar = build_calendar(session, rows, method=None, organizer=organizer, now=now)
    return bytes(calendar.to_ical()), len(rows)


def _write(path: Path, data: bytes) -> None:
    path = Path(path)
    if path.is_dir():
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "{path} is a folder; name the .ics file to write."),
                path=str(path),
            )
        )
    if not path.parent.is_dir():
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist."),
                folder=str(path.parent),
            )
        )
    write_atomically(path, data.decode("utf-8"))  # CRLF line ends pass through unchanged


def export_meeting(
    database: Database,
    meeting_id: int,
    path: Path,
    *,
    organizer: Organizer = DEFAULT_ORGANIZER,
) -> ExportResult:
    """Write one meeting's invitation to ``path`` (atomically)."""
    with database.session() as session:
        data = meeting_calendar(session, meeting_id, organizer=organizer)
    _write(path, data)
    return ExportResult(Path(path), 1)


def export_range(
    database: Database,
    first_day: date,
    last_day: date,
    path: Path,
    *,
    organizer: Organizer = DEFAULT_ORGANIZER,
) -> ExportResult:
    """Write the meetings of a range of days to ``path`` (atomically)."""
    with database.session() as session:
        data, count = range_calendar(session, first_day, last_day, organizer=organizer)
    _write(path, data)
    return ExportResult(Path(path), count)
