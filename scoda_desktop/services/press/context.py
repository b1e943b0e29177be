"""The template context of a press release: one meeting, in one language.

Everything a template may use is built here from three column selects (the meeting; its
participations' attendance; its outcomes) and the protocol engine's ``meeting_attendees``
(names and titles as the meeting recorded them, in order of precedence). The names are
documented in ``docs/templates.md``; keep the two in step.

Free text recorded in one language (agenda, talking points, notes, an outcome without a Chinese
text) is passed through as it is, marked for translation when it is not in the draft's language:
a draft never hides a missing translation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlalchemy as sa
from sqlalchemy.orm import Session

from scoda_desktop.domain.enums import (
    Attendance,
    MeetingKind,
    OutcomeKind,
    OutcomeStatus,
    ParticipationRole,
    Rsvp,
    Side,
)
from scoda_desktop.domain.models import Meeting, Outcome, Participation
from scoda_desktop.domain.office import office_today, office_zone
from scoda_desktop.errors import InputError
from scoda_desktop.services.press.text import paragraphs
from scoda_desktop.services.protocol import PlacedAttendee, ProtocolSettings, meeting_attendees
from scoda_desktop.services.templating import format_day, format_time, join_names
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, error_message

__all__ = [
    "LANGUAGES",
    "Attendee",
    "MeetingInfo",
    "OutcomeItem",
    "Outcomes",
    "Text",
    "press_context",
]

LANGUAGES = ("en", "zh")

_TO_TRANSLATE = {"en": "[to translate] ", "zh": "[待译] "}
_NOT_PRESENT = (Attendance.ABSENT, Attendance.EXCUSED)
_SUPPORT_ROLES = (ParticipationRole.INTERPRETER, ParticipationRole.STAFF)
# Titles by which a person is referred to the second time ("Ambassador Oratmangun"), most
# specific first; the first one found in the recorded English title is used.
_SHORT_TITLES = (
    "Chargé d'Affaires a.i.",
    "Chargé d'Affaires",
    "Deputy Ambassador",
    "Ambassador",
    "Minister-Counsellor",
    "Counsellor",
    "Consul General",
    "Consul",
    "First Secretary",
    "Second Secretary",
    "Third Secretary",
    "Attaché",
    "Deputy Director",
    "Director",
    "Vice Mayor",
    "Mayor",
    "Vice President",
    "President",
    "Vice Chairman",
    "Chairman",
    "Secretary",
)
_AMBASSADOR = re.compile(r"\bAmbassador\b")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LIST_MARK = re.compile(r"^\s*(?:[-*•·]|\d+[.)、]|[（(]\d+[)）])\s*")
_SPEAKER = re.compile(r"\s*[(（]([^()（）]+)[)）]\s*$")


def _written_in(text: str) -> str:
    return "zh" if _CJK.search(text) else "en"


@dataclass(frozen=True, slots=True)
class Text:
    """A piece of recorded text. Printed (``{{ item }}``) it carries a "[to translate]" /
    "[待译]" mark when it is not in the draft's language."""

    text: str
    language: str  # the language it is written in
    draft_language: str

    @property
    def needs_translation(self) -> bool:
        return self.language != self.draft_language

    def __str__(self) -> str:
        mark = _TO_TRANSLATE[self.draft_language] if self.needs_translation else ""
        return mark + self.text


@dataclass(frozen=True, slots=True)
class Attendee(PlacedAttendee):
    """One participant as the protocol engine places and styles them, plus the forms a release
    needs that the engine does not give (derived here, see ``docs/templates.md``)."""

    short_title_en: str  # "Ambassador", "Deputy Ambassador", "" when none is recognised
    referred_en: str  # second mention: "Ambassador Oratmangun", else the second reference
    present: bool  # not marked absent or excused, and did not decline

    @property
    def title_follows(self) -> bool:
        """True when ``styled_en`` puts the title after the name ("Meng Qingsheng, Deputy
        Director ..."): a sentence then needs a comma after it."""
        return bool(self.styled_title_en) and self.styled_en == self.title_after_name_en

    @property
    def chinese_name(self) -> str:
        """The Chinese name, else the English first reference (never split or transliterated)."""
        return self.name_zh or self.first_reference


@dataclass(frozen=True, slots=True)
class OutcomeItem:
    kind: OutcomeKind
    text: Text
    text_en: str | None
    text_zh: str | None
    status: OutcomeStatus
    due_date: date | None


@dataclass(frozen=True, slots=True)
class Outcomes:
    """The meeting's outcomes (in their recorded order) grouped by kind."""

    proposal: list[OutcomeItem] = field(default_factory=list)
    agreement: list[OutcomeItem] = field(default_factory=list)
    follow_up: list[OutcomeItem] = field(default_factory=list)
    mou: list[OutcomeItem] = field(default_factory=list)
    remark: list[OutcomeItem] = field(default_factory=list)
    all: list[OutcomeItem] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class MeetingInfo:
    id: int
    theme: str  # in the draft's language, else the other
    theme_en: str
    theme_zh: str | None
    kind: str  # "video", "in_person", "hybrid"
    is_video: bool  # video or hybrid: someone joined by video link
    noun_en: str  # "video meeting", "meeting"
    status: str
    starts_at: datetime  # wall-clock time in the meeting's zone
    ends_at: datetime
    time_zone: str
    date: date  # the meeting's day in its zone
    day: str  # "April 2" / "4月2日"
    day_with_year: str  # "April 2, 2021" / "2021年4月2日"
    time: str  # "15:00"
    venue: str | None  # in the draft's language, else the other
    venue_en: str | None
    venue_zh: str | None
    platform: str | None
    interpretation: str | None
    agenda: str | None
    objectives: str | None
    talking_points: str | None
    notes: str | None
    agenda_items: list[Text]  # the agenda's lines, list marks removed
    topics: list[Text]  # what the host introduced (see docs/templates.md)
    remarks: list[Text]  # the host's remarks: the notes' paragraphs, else the talking points


# -- the selects -----------------------------------------------------------------------------


def _load(session: Session, meeting_id: int) -> tuple[Any, dict[int, bool], list[Any]]:
    """The meeting's row, whether each participation was present, and its outcomes."""
    m = Meeting.__table__.c
    meeting = session.execute(
        sa.select(
            m.id,
            m.theme_en,
            m.theme_zh,
            m.kind,
            m.status,
            m.starts_at,
            m.ends_at,
            m.time_zone,
            m.venue_en,
            m.venue_zh,
            m.platform,
            m.interpretation,
            m.agenda,
            m.objectives,
            m.talking_points,
            m.notes,
        ).where(m.id == meeting_id)
    ).first()
    if meeting is None:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "There is no meeting with id {id}. "
                    "The meetings command lists the meetings with their ids.",
                ),
                id=meeting_id,
            )
        )
    p = Participation.__table__.c
    present = {
        row.id: Attendance(row.attendance) not in _NOT_PRESENT
        if row.attendance is not None
        else Rsvp(row.rsvp) != Rsvp.DECLINED
        for row in session.execute(
            sa.select(p.id, p.attendance, p.rsvp).where(p.meeting_id == meeting_id)
        )
    }
    o = Outcome.__table__.c
    outcomes = list(
        session.execute(
            sa.select(o.kind, o.text_en, o.text_zh, o.status, o.due_date)
            .where(o.meeting_id == meeting_id)
            .order_by(o.sort_order, o.id)
        )
    )
    return meeting, present, outcomes


# -- building the parts ----------------------------------------------------------------------


def _in_language(language: str, en: str | None, zh: str | None) -> str | None:
    first, second = (zh, en) if language == "zh" else (en, zh)
    return (first or "").strip() or (second or "").strip() or None


def _texts(values: Iterable[str], language: str) -> list[Text]:
    return [Text(v, _written_in(v), language) for v in values if v]


def _lines(text: str | None) -> list[str]:
    """A list's items: one a line, list marks ("1.", "-", "•") removed, blank lines dropped."""
    return [_LIST_MARK.sub("", line).strip() for line in (text or "").splitlines() if line.strip()]


def _topics(items: list[str], host: Attendee | None) -> list[str]:
    """The agenda items the host speaks to ("SCODA and the five centres (Secretary Liu)"), the
    speaker removed; when no item names the host, every item without a named speaker."""
    parsed = []
    for item in items:
        found = _SPEAKER.search(item)
        speaker = found.group(1) if found else None
        parsed.append((item[: found.start()] if found else item, speaker))
    if host is not None:
        names = {host.second_reference, host.first_reference, host.name_zh} - {None, ""}
        mine = [text for text, speaker in parsed if speaker and any(n in speaker for n in names)]
        if mine:
            return [t.rstrip(".;。；") for t in mine]
    return [text.rstrip(".;。；") for text, speaker in parsed if not speaker]


def _short_title(title: str) -> str:
    return next((t for t in _SHORT_TITLES if re.search(rf"\b{re.escape(t)}(?!\w)", title)), "")


def _attendee(placed: PlacedAttendee, present: bool) -> Attendee:
    short = _short_title(placed.styled_title_en)
    return Attendee(
        **{f.name: getattr(placed, f.name) for f in fields(PlacedAttendee)},
        short_title_en=short,
        referred_en=f"{short} {placed.second_reference}" if short else placed.second_reference,
        present=present,
    )


def _headline_guests(guests: list[Attendee], language: str) -> str:
    """Who the headline says the host met: "Ambassadors" / "Ambassador" when every guest is an
    (deputy) ambassador, else the one guest's name, else "Guests"; Chinese likewise."""
    if not guests:
        return ""
    envoys = all(_AMBASSADOR.search(g.styled_title_en) for g in guests)
    if language == "zh":
        if len(guests) == 1:
            return guests[0].styled_zh
        return "外国驻华使节" if envoys else "外宾"
    if envoys:
        return "Ambassadors" if len(guests) > 1 else "Ambassador"
    return guests[0].first_reference if len(guests) == 1 else "Guests"


def _local(instant: datetime, zone_name: str) -> datetime:
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        zone = office_zone()
    return instant.astimezone(zone)


def _meeting(row: Any, language: str, host: Attendee | None) -> MeetingInfo:
    starts, ends = _local(row.starts_at, row.time_zone), _local(row.ends_at, row.time_zone)
    kind = MeetingKind(row.kind)
    agenda_items = _lines(row.agenda)
    topics = _topics(agenda_items, host) or _lines(row.talking_points)
    remarks = [" ".join(p.split()) for p in paragraphs(row.notes)] or _lines(row.talking_points)
    return MeetingInfo(
        id=row.id,
        theme=_in_language(language, row.theme_en, row.theme_zh) or "",
        theme_en=row.theme_en,
        theme_zh=row.theme_zh,
        kind=kind.value,
        is_video=kind != MeetingKind.IN_PERSON,
        noun_en="video meeting" if kind == MeetingKind.VIDEO else "meeting",
        status=str(row.status),
        starts_at=starts,
        ends_at=ends,
        time_zone=row.time_zone,
        date=starts.date(),
        day=format_day(starts, language),
        day_with_year=format_day(starts, language, year=True),
        time=format_time(starts, language),
        venue=_in_language(language, row.venue_en, row.venue_zh),
        venue_en=row.venue_en,
        venue_zh=row.venue_zh,
        platform=row.platform,
        interpretation=row.interpretation,
        agenda=row.agenda,
        objectives=row.objectives,
        talking_points=row.talking_points,
        notes=row.notes,
        agenda_items=_texts(agenda_items, language),
        topics=_texts(topics, language),
        remarks=_texts(remarks, language),
    )


def _outcomes(rows: list[Any], language: str) -> Outcomes:
    grouped = Outcomes()
    for row in rows:
        text = _in_language(language, row.text_en, row.text_zh)
        if text is None:
            continue
        item = OutcomeItem(
            kind=OutcomeKind(row.kind),
            text=Text(text, _written_in(text), language),
            text_en=row.text_en,
            text_zh=row.text_zh,
            status=OutcomeStatus(row.status),
            due_date=row.due_date,
        )
        getattr(grouped, item.kind.value).append(item)
        grouped.all.append(item)
    return grouped


def _bound(language: str) -> dict[str, Callable[..., str]]:
    """The helpers, bound to the draft's language."""

    def join(items: Iterable[object]) -> str:
        """ "A, B and C" / "A、B和C"; items are printed (Text with its translation mark)."""
        return join_names([str(item) for item in items], language)

    def day(value: date | datetime, year: bool = False) -> str:
        return format_day(value, language, year=year)

    return {"join": join, "day": day}


def press_context(
    session: Session,
    meeting_id: int,
    language: str,
    *,
    settings: ProtocolSettings | None = None,
    published: date | None = None,
) -> dict[str, Any]:
    """The context documented in ``docs/templates.md`` for ``meeting_id`` in ``language``
    ("en" or "zh"). ``published`` (default: the office's today) is the release's date line.

    Raises InputError for an unknown meeting or language, or a meeting with no one present on
    the host side (a release needs its host)."""
    if language not in LANGUAGES:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors", "No press release language {language}: use one of en, zh."
                ),
                language=repr(language),
            )
        )
    row, present, outcome_rows = _load(session, meeting_id)
    everyone = [
        _attendee(placed, present.get(placed.participation_id, True))
        for placed in meeting_attendees(session, meeting_id, settings)
    ]
    attendees = [a for a in everyone if a.present]
    principals = [a for a in attendees if a.role not in _SUPPORT_ROLES]
    host_side = [a for a in principals if a.side == Side.HOST]
    host = next((a for a in host_side if a.role == ParticipationRole.HOST), None) or next(
        iter(host_side), None
    )
    if host is None:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Meeting {id} has no one present on the host side; "
                    "add the host before drafting a press release.",
                ),
                id=meeting_id,
            )
        )
    guests = [a for a in principals if a.side == Side.GUEST]
    published = published or office_today()
    return {
        "language": language,
        "meeting": _meeting(row, language, host),
        "host": host,
        "host_side": [a for a in host_side if a is not host],
        "guests": guests,
        "others": [a for a in attendees if a.role in _SUPPORT_ROLES],
        "attendees": attendees,
        "absent": [a for a in everyone if not a.present],
        "outcomes": _outcomes(outcome_rows, language),
        "headline_guests": _headline_guests(guests, language),
        "published": published,
        "published_day": format_day(published, language, year=True),
        **_bound(language),
    }
