"""What the printed documents share: the language, who is there, when things happen on which
clock, and the "prepared on ... by ..." line. Qt-free, like every service."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlalchemy as sa
from sqlalchemy.orm import Session

from scoda_desktop.domain.enums import Attendance, ParticipationRole, Rsvp
from scoda_desktop.domain.models import Meeting, Participation
from scoda_desktop.domain.office import OFFICE_TIME_ZONE, office_today, office_zone
from scoda_desktop.errors import InputError
from scoda_desktop.services.documents.notes import find_test_call
from scoda_desktop.services.protocol import PlacedAttendee, ProtocolSettings, meeting_attendees
from scoda_desktop.services.templating import format_day
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, error_message

__all__ = [
    "LANGUAGES",
    "SUPPORT_ROLES",
    "Clocks",
    "Prepared",
    "check_language",
    "clock_span",
    "in_language",
    "load_meeting",
    "local",
    "meeting_clocks",
    "names",
    "page_label",
    "present_attendees",
]

LANGUAGES = ("en", "zh")
SUPPORT_ROLES = (ParticipationRole.INTERPRETER, ParticipationRole.STAFF)
_NOT_THERE = (Attendance.ABSENT, Attendance.EXCUSED)


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "No document language {language}: use one of en, zh."),
                language=repr(language),
            )
        )
    return language


def in_language(language: str, en: str | None, zh: str | None) -> str:
    """The text in ``language``, else in the other one, else ""."""
    first, second = (zh, en) if language == "zh" else (en, zh)
    return (first or "").strip() or (second or "").strip()


def local(instant: datetime, zone_name: str) -> datetime:
    """``instant`` on the clock of ``zone_name`` (the office's clock for an unknown zone)."""
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        zone = office_zone()
    return instant.astimezone(zone)


def clock_span(starts: datetime, ends: datetime) -> str:
    """ "15:00–16:00" (wall-clock times as given)."""
    return f"{starts:%H:%M}–{ends:%H:%M}"


def load_meeting(session: Session, meeting_id: int, *columns: sa.ColumnElement[Any]) -> Any:
    """The meeting's row with ``columns`` (and id, starts_at, ends_at, time_zone), or
    InputError naming the meetings command when there is none."""
    m = Meeting.__table__.c
    row = session.execute(
        sa.select(m.id, m.starts_at, m.ends_at, m.time_zone, *columns).where(m.id == meeting_id)
    ).first()
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
    return row


def present_attendees(
    session: Session, meeting_id: int, settings: ProtocolSettings | None = None
) -> list[PlacedAttendee]:
    """The meeting's participants in order of precedence, less those recorded absent or
    excused and, where attendance is not recorded yet, those who declined."""
    p = Participation.__table__.c
    there = {
        row.id: Attendance(row.attendance) not in _NOT_THERE
        if row.attendance is not None
        else Rsvp(row.rsvp) != Rsvp.DECLINED
        for row in session.execute(
            sa.select(p.id, p.attendance, p.rsvp).where(p.meeting_id == meeting_id)
        )
    }
    return [
        a
        for a in meeting_attendees(session, meeting_id, settings)
        if there.get(a.participation_id, True)
    ]


@dataclass(frozen=True, slots=True)
class Prepared:
    """Who prepared a document and on which day: the footer of every page."""

    by: str
    on: date

    @classmethod
    def now(cls, by: str | None = None) -> Prepared:
        """Today in the office, by ``by`` (default: the operating-system login)."""
        if by is None:
            from scoda_desktop.services.audit import default_actor

            by = default_actor()
        return cls(by=by, on=office_today())

    def footer(self, language: str) -> str:
        """ "Prepared on November 28, 2026 by hanxue" / "2026年11月28日由 hanxue 编制"."""
        day = format_day(self.on, language, year=True)
        if language == "zh":
            return f"{day}由 {self.by} 编制"
        return f"Prepared on {day} by {self.by}"


def page_label(language: str, page: int, pages: int) -> str:
    """ "Page 2 of 3" / "第2页，共3页"."""
    return f"第{page}页，共{pages}页" if language == "zh" else f"Page {page} of {pages}"


def names(attendees: Sequence[PlacedAttendee], language: str) -> list[str]:
    """Each attendee's name in ``language``: the Chinese name if recorded, else the English."""
    if language == "zh":
        return [a.name_zh or a.first_reference for a in attendees]
    return [a.first_reference for a in attendees]


@dataclass(frozen=True, slots=True)
class Clocks:
    """A meeting's times on the office's clock and on the clock of the zone it is arranged in
    (``local_*`` are "" when the two clocks agree), with its test call (see ``notes``)."""

    office_starts: datetime
    office_time: str  # "15:00–16:30"
    local_time: str
    test_call: str  # "14:30", office's clock
    local_test_call: str
    test_call_recorded: bool


def meeting_clocks(row: Any) -> Clocks:
    """``row`` has starts_at, ends_at (UTC), time_zone and notes."""
    starts, ends = local(row.starts_at, row.time_zone), local(row.ends_at, row.time_zone)
    office_starts, office_ends = (
        local(row.starts_at, OFFICE_TIME_ZONE),
        local(row.ends_at, OFFICE_TIME_ZONE),
    )
    test_call, recorded = find_test_call(row.notes, starts)
    differs = starts.utcoffset() != office_starts.utcoffset()
    return Clocks(
        office_starts=office_starts,
        office_time=clock_span(office_starts, office_ends),
        local_time=clock_span(starts, ends) if differs else "",
        test_call=f"{local(test_call, OFFICE_TIME_ZONE):%H:%M}",
        local_test_call=f"{test_call:%H:%M}" if differs else "",
        test_call_recorded=recorded,
    )
