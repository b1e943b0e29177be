"""The run-sheet of a day and the name cards of a meeting: what staff work from on the day.

The run-sheet lists every meeting of one calendar day in Qingdao (cancelled and postponed ones
left out), earliest first: test call, start and end on the office's clock (and on the meeting's
own when it is arranged in another zone), the speakers in order of precedence, the link and the
interpretation. A name card is one per participant present, in the same order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from scoda_desktop.domain.enums import MeetingStatus, ParticipationRole
from scoda_desktop.domain.models import Meeting
from scoda_desktop.domain.office import OFFICE_TIME_ZONE
from scoda_desktop.services.documents.common import (
    SUPPORT_ROLES,
    Prepared,
    check_language,
    in_language,
    load_meeting,
    local,
    meeting_clocks,
    names,
    present_attendees,
)
from scoda_desktop.services.protocol import PlacedAttendee, ProtocolSettings
from scoda_desktop.services.templating import format_day
from scoda_desktop.services.timezones import office_day_span

__all__ = [
    "NameCard",
    "RunsheetMeeting",
    "Speaker",
    "meeting_office_day",
    "name_cards",
    "runsheet_context",
]

_NOT_HAPPENING = (MeetingStatus.CANCELLED, MeetingStatus.POSTPONED)


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    title: str
    side: str  # "host" or "guest"


@dataclass(frozen=True, slots=True)
class RunsheetMeeting:
    id: int
    theme: str
    status: str
    kind: str
    test_call: str  # "14:30" on the office's clock
    test_call_recorded: bool
    time: str  # "15:00–16:30" on the office's clock
    local_time: str  # "12:30–13:30" on the meeting's clock when not the office's, else ""
    time_zone: str
    venue: str | None
    platform: str | None
    join_url: str | None
    meeting_code: str | None
    passcode: str | None
    interpretation: str | None
    interpreters: list[str]
    speakers: list[Speaker]


@dataclass(frozen=True, slots=True)
class NameCard:
    """A table card: the Chinese name (None when none is recorded), the English name and the
    title in the chosen language."""

    name_zh: str | None
    name_en: str
    title: str
    side: str


def _title(attendee: PlacedAttendee, language: str) -> str:
    first, second = (
        (attendee.title_zh, attendee.styled_title_en)
        if language == "zh"
        else (attendee.styled_title_en, attendee.title_zh)
    )
    return first or second or ""


def meeting_office_day(session: Session, meeting_id: int) -> date:
    """The meeting's calendar day in Qingdao (its run-sheet's day)."""
    row = load_meeting(session, meeting_id)
    return local(row.starts_at, OFFICE_TIME_ZONE).date()


def _runsheet_meeting(
    session: Session, row: Any, language: str, settings: ProtocolSettings | None
) -> RunsheetMeeting:
    present = present_attendees(session, row.id, settings)
    clocks = meeting_clocks(row)
    return RunsheetMeeting(
        id=row.id,
        theme=in_language(language, row.theme_en, row.theme_zh),
        status=str(row.status),
        kind=str(row.kind),
        test_call=clocks.test_call,
        test_call_recorded=clocks.test_call_recorded,
        time=clocks.office_time,
        local_time=clocks.local_time,
        time_zone=row.time_zone,
        venue=in_language(language, row.venue_en, row.venue_zh) or None,
        platform=row.platform,
        join_url=row.join_url,
        meeting_code=row.meeting_code,
        passcode=row.passcode,
        interpretation=row.interpretation,
        interpreters=names(
            [a for a in present if a.role == ParticipationRole.INTERPRETER], language
        ),
        speakers=[
            Speaker(names([a], language)[0], _title(a, language), a.side.value)
            for a in present
            if a.role not in SUPPORT_ROLES
        ],
    )


def runsheet_context(
    session: Session,
    day: date,
    language: str,
    *,
    settings: ProtocolSettings | None = None,
    prepared: Prepared | None = None,
) -> dict[str, Any]:
    """The run-sheet templates' context: ``meetings`` of ``day`` (Qingdao), earliest first."""
    check_language(language)
    m = Meeting.__table__.c
    first, last = office_day_span(day, day)
    rows = session.execute(
        sa.select(
            m.id,
            m.starts_at,
            m.ends_at,
            m.time_zone,
            m.theme_en,
            m.theme_zh,
            m.status,
            m.kind,
            m.venue_en,
            m.venue_zh,
            m.platform,
            m.join_url,
            m.meeting_code,
            m.passcode,
            m.interpretation,
            m.notes,
        )
        .where(
            m.starts_at >= first,
            m.starts_at < last,
            m.status.not_in([s.value for s in _NOT_HAPPENING]),
        )
        .order_by(m.starts_at, m.id)
    ).all()
    day_text = format_day(day, language, year=True)
    return {
        "language": language,
        "title": f"会见日程表（{day_text}）" if language == "zh" else f"Run-sheet, {day_text}",
        "day": day,
        "day_text": day_text,
        "meetings": [_runsheet_meeting(session, row, language, settings) for row in rows],
        "prepared": prepared or Prepared.now(),
    }


def name_cards(
    session: Session,
    meeting_id: int,
    language: str,
    *,
    settings: ProtocolSettings | None = None,
) -> list[NameCard]:
    """One card for each participant present, in order of precedence (host side first)."""
    check_language(language)
    return [
        NameCard(
            name_zh=a.name_zh,
            name_en=a.first_reference,
            title=_title(a, language),
            side=a.side.value,
        )
        for a in present_attendees(session, meeting_id, settings)
    ]
