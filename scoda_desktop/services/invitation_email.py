"""The invitation e-mail: a draft for the office's mail program, never sent by SCODA Desktop.

The text comes from the template ``email/invitation.<language>.txt`` (English ``en`` or
Chinese ``zh``; the user's copy in their template folder wins) rendered by the one sandboxed
templating environment. Its first line is ``Subject: …``; the body follows a blank line. The
context is described in :func:`template_context`.

The draft is an ``.eml`` file (RFC 5322, CRLF line ends) that mail programs open as a new,
unsent message:

- ``X-Unsent: 1`` makes Outlook (Windows) open it as a draft to edit and send;
- ``To`` holds every participant with a usable e-mail address (people without one are listed
  by :attr:`InvitationDraft.missing`, for the office to add by hand);
- no ``From``, ``Date`` or ``Message-ID``: the mail program adds those for the account that
  sends it;
- the body is ``text/plain; charset=utf-8``; the meeting's ``.ics``
  (:func:`invitations.meeting_calendar`) is attached as ``text/calendar`` with the same
  ``method`` parameter as its ``METHOD`` (REQUEST, or CANCEL for a cancelled meeting, as
  RFC 6047 requires).

Reading (:func:`load_invitation`) needs a session; rendering and building the message are pure.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlmodel import Session

from scoda_desktop.domain.enums import MeetingKind, MeetingStatus
from scoda_desktop.domain.models import Meeting, Participation, Person
from scoda_desktop.domain.naming import first_reference
from scoda_desktop.domain.office import OFFICE_TIME_ZONE, to_office_time
from scoda_desktop.errors import InputError
from scoda_desktop.services.day_plan import city_of, zone_order
from scoda_desktop.services.files import write_atomically
from scoda_desktop.services.invitations import (
    DEFAULT_ORGANIZER,
    Organizer,
    meeting_calendar,
    usable_email,
)
from scoda_desktop.services.templating import TemplateProblem, render
from scoda_desktop.services.timezones import default_join_zones, format_utc_offset
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, error_message, problem

if TYPE_CHECKING:
    from scoda_desktop.data.database import Database

LANGUAGES = ("en", "zh")
TEMPLATE = "email/invitation.{language}.txt"
ATTACHMENT_NAME = "invitation.ics"
SUBJECT_PREFIX = "Subject:"
# What a zone is called in the text: the office's zone by the name China gives its time.
OFFICE_TIME_NAMES = {"en": "Beijing time", "zh": "北京时间"}

_MEETING_COLUMNS = (
    "id",
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
)


@dataclass(frozen=True, slots=True)
class Invitee:
    """A participant as the invitation names them, and where they join from."""

    name_en: str
    name_zh: str | None
    email: str | None  # a usable address, or None
    zone: str

    def name(self, language: str) -> str:
        return (self.name_zh or self.name_en) if language == "zh" else self.name_en


@dataclass(frozen=True, slots=True)
class InvitationData:
    """Everything an invitation says, read once; rendering it in either language is pure."""

    meeting: dict[str, Any]  # the columns of _MEETING_COLUMNS
    invitees: tuple[Invitee, ...]
    calendar: bytes  # the .ics
    method: str  # the calendar's METHOD: REQUEST or CANCEL

    @property
    def meeting_id(self) -> int:
        return int(self.meeting["id"])


@dataclass(frozen=True, slots=True)
class InvitationDraft:
    """The rendered e-mail in one language."""

    language: str
    subject: str
    body: str
    recipients: tuple[tuple[str, str], ...]  # (name, address)
    missing: tuple[str, ...]  # participants without an e-mail address

    def preview(self) -> str:
        """The draft as a person reads it: To, Subject, then the body."""
        to = ", ".join(f"{name} <{address}>" for name, address in self.recipients)
        to = to or "(nobody with an e-mail address)"
        return f"To: {to}\nSubject: {self.subject}\n\n{self.body}"


# -- reading ------------------------------------------------------------------------------


def _invitees(session: Session, meeting_id: int, office_day: date) -> tuple[Invitee, ...]:
    """The participants in listing order, each in the zone recorded for the meeting, else
    their default zone on the meeting's day (as :func:`timezones.meeting_participant_zones`)."""
    p, person = Participation.__table__.c, Person.__table__.c
    rows = session.execute(
        sa.select(
            p.person_id,
            p.name_en,
            p.name_zh,
            p.join_zone,
            person.email,
            person.name_zh.label("person_name_zh"),
            person.family_name,
            person.given_name,
            person.name_order,
            person.first_reference,
        )
        .join(Person.__table__, person.id == p.person_id)
        .where(p.meeting_id == meeting_id)
        .order_by(sa.func.coalesce(p.order_override, 1_000_000), p.id)
    ).all()
    defaults = default_join_zones(
        session, [r.person_id for r in rows if not r.join_zone], office_day
    )
    return tuple(
        Invitee(
            name_en=row.name_en
            or first_reference(
                row.family_name, row.given_name, row.name_order, row.first_reference
            ),
            name_zh=row.name_zh or row.person_name_zh,
            email=usable_email(row.email),
            zone=row.join_zone or defaults[row.person_id].zone,
        )
        for row in rows
    )


def load_invitation(
    session: Session,
    meeting_id: int,
    *,
    organizer: Organizer = DEFAULT_ORGANIZER,
    now: datetime | None = None,
) -> InvitationData:
    """The meeting, its participants and its ``.ics``; InputError if there is no such
    meeting."""
    m = Meeting.__table__.c
    row = session.execute(
        sa.select(*(m[name] for name in _MEETING_COLUMNS)).where(m.id == meeting_id)
    ).one_or_none()
    if row is None:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "There is no meeting with id {number}."),
                number=meeting_id,
            )
        )
    meeting = dict(row._mapping)
    calendar = meeting_calendar(session, meeting_id, organizer=organizer, now=now)
    method = "CANCEL" if meeting["status"] == MeetingStatus.CANCELLED else "REQUEST"
    office_day = to_office_time(meeting["starts_at"]).date()
    return InvitationData(meeting, _invitees(session, meeting_id, office_day), calendar, method)


# -- rendering ----------------------------------------------------------------------------


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "No invitation template in {language}: use en or zh."),
                language=repr(language),
            )
        )


def place_name(zone: str, language: str) -> str:
    """ "Beijing time" / "北京时间" for the office's zone; else the zone's city, in Chinese
    from CLDR ("加德满都")."""
    if zone == OFFICE_TIME_ZONE:
        return OFFICE_TIME_NAMES[language]
    if language == "zh":
        from babel.dates import get_timezone_location

        return str(get_timezone_location(ZoneInfo(zone), "zh", return_city=True))
    return city_of(zone)


def clock_name(zone: str, language: str) -> str:
    """ "Beijing time", "Kathmandu time" / "北京时间", "加德满都时间": a zone's time, named."""
    place = place_name(zone, language)
    if zone == OFFICE_TIME_ZONE:
        return place
    return f"{place}时间" if language == "zh" else f"{place} time"


def long_date(day: date, language: str) -> str:
    """ "Fri, April 2, 2021" / "2021年4月2日周五", from CLDR."""
    from babel.dates import format_skeleton

    return str(format_skeleton("yMMMMEd", day, locale=language))


def template_context(
    data: InvitationData, language: str, organizer: Organizer = DEFAULT_ORGANIZER
) -> dict[str, Any]:
    """What the invitation templates see:

    - ``meeting``: ``theme`` (in the language, else the other), ``is_video`` (video or
      hybrid), ``venue``, ``platform``, ``join_url``, ``meeting_code``, ``passcode``,
      ``dial_in``, ``interpretation``, ``agenda`` (None when empty), ``cancelled``, and
      ``when``: the meeting's own time as in ``times``;
    - ``times``: one entry per zone the participants join from (the meeting's own zone
      included), the office's first then east to west, each with ``place`` ("Kathmandu"),
      ``clock`` ("Kathmandu time"), ``offset`` ("UTC+05:45"), ``date`` (local, with the
      weekday), ``start``, ``end`` ("15:00") and ``names`` (the participants there);
    - ``organizer``: ``name`` and ``email``; ``language``: "en" or "zh"."""
    meeting = data.meeting
    starts_at, ends_at = meeting["starts_at"], meeting["ends_at"]
    zones = zone_order(
        [meeting["time_zone"], *(i.zone for i in data.invitees)], to_office_time(starts_at).date()
    )

    def when(zone: str) -> dict[str, Any]:
        start, end = starts_at.astimezone(ZoneInfo(zone)), ends_at.astimezone(ZoneInfo(zone))
        offset = start.utcoffset()
        assert offset is not None
        return {
            "zone": zone,
            "place": place_name(zone, language),
            "clock": clock_name(zone, language),
            "offset": format_utc_offset(offset),
            "date": long_date(start.date(), language),
            "start": f"{start:%H:%M}",
            "end": f"{end:%H:%M}",
            "names": [i.name(language) for i in data.invitees if i.zone == zone],
        }

    themes = (meeting["theme_zh"], meeting["theme_en"])
    venues = (meeting["venue_zh"], meeting["venue_en"])
    if language != "zh":
        themes, venues = themes[::-1], venues[::-1]
    return {
        "language": language,
        "meeting": {
            "theme": next((t for t in themes if t), ""),
            "is_video": meeting["kind"] in (MeetingKind.VIDEO, MeetingKind.HYBRID),
            "venue": next((v for v in venues if v), None),
            "cancelled": meeting["status"] == MeetingStatus.CANCELLED,
            "when": when(meeting["time_zone"]),
            **{
                name: (meeting[name] or "").strip() or None
                for name in (
                    "platform",
                    "join_url",
                    "meeting_code",
                    "passcode",
                    "dial_in",
                    "interpretation",
                    "agenda",
                )
            },
        },
        "times": [when(zone) for zone in zones],
        "organizer": {"name": organizer.name, "email": organizer.email},
    }


def render_invitation(
    data: InvitationData, language: str, organizer: Organizer = DEFAULT_ORGANIZER
) -> InvitationDraft:
    """The e-mail in ``language`` ("en" or "zh"). TemplateProblem when the template fails or
    does not start with a ``Subject:`` line."""
    _check_language(language)
    name = TEMPLATE.format(language=language)
    text = render(name, template_context(data, language, organizer))
    first, _, body = text.partition("\n")
    if not first.startswith(SUBJECT_PREFIX):
        no_subject = problem(
            "template",
            QT_TRANSLATE_NOOP("Problems", "the first line must be “{prefix} …”"),
            prefix=SUBJECT_PREFIX,
        )
        raise TemplateProblem(name, no_subject, 1)
    subject = " ".join(first[len(SUBJECT_PREFIX) :].split())
    return InvitationDraft(
        language=language,
        subject=subject,
        body=body.strip("\n") + "\n",
        recipients=tuple((i.name(language), i.email) for i in data.invitees if i.email),
        missing=tuple(i.name(language) for i in data.invitees if not i.email),
    )


# -- the message --------------------------------------------------------------------------


def email_message(data: InvitationData, draft: InvitationDraft) -> EmailMessage:
    """The unsent message: headers, the text, and the ``.ics`` attached."""
    message = EmailMessage()
    message["X-Unsent"] = "1"
    if draft.recipients:
        message["To"] = ", ".join(formataddr(r) for r in draft.recipients)
    message["Subject"] = draft.subject
    message.set_content(draft.body, charset="utf-8")
    message.add_attachment(
        data.calendar,
        maintype="text",
        subtype="calendar",
        filename=ATTACHMENT_NAME,
        params={"method": data.method, "charset": "utf-8"},
    )
    return message


def eml_bytes(data: InvitationData, draft: InvitationDraft) -> bytes:
    """The ``.eml`` file's content, with CRLF line ends as RFC 5322 has them."""
    return email_message(data, draft).as_bytes(policy=SMTP)


def write_invitation_email(path: Path, data: InvitationData, draft: InvitationDraft) -> Path:
    """Write the ``.eml`` to ``path`` atomically; FileWriteError says what to fix."""
    write_atomically(path, eml_bytes(data, draft))
    return Path(path)


def export_invitation_email(
    database: Database,
    meeting_id: int,
    path: Path,
    language: str,
    *,
    organizer: Organizer = DEFAULT_ORGANIZER,
) -> InvitationDraft:
    """Read, render and write one meeting's invitation e-mail (the command line's path)."""
    _check_language(language)
    with database.session() as session:
        data = load_invitation(session, meeting_id, organizer=organizer)
    draft = render_invitation(data, language, organizer)
    write_invitation_email(path, data, draft)
    return draft
