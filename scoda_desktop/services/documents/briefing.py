"""The briefing sheet's context: one meeting, in one language, in the order of the classic
standard brief (``shared/domain.md``): objectives, points to make, what the other side may
raise and our response, the press line; then each counterpart's bio and photo, their
organisations and countries with previous contacts and open follow-ups; then logistics.

The schema has no columns for what the other side may raise, the press line or the test call:
they are read from labelled lines of the meeting's notes (``notes.py``). Names and titles come
from the protocol engine, as the meeting recorded them, in order of precedence.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from babel.dates import format_date
from sqlalchemy.orm import Session

from scoda_desktop.domain.enums import ParticipationRole, ScoStatus, Side
from scoda_desktop.domain.models import Country, Meeting, Organisation, Participation, Person
from scoda_desktop.domain.models import Position as PositionRow
from scoda_desktop.domain.office import OFFICE_TIME_ZONE, office_today
from scoda_desktop.domain.types import utcnow
from scoda_desktop.services.documents.common import (
    SUPPORT_ROLES,
    Prepared,
    check_language,
    clock_span,
    in_language,
    load_meeting,
    meeting_clocks,
    names,
    present_attendees,
)
from scoda_desktop.services.documents.history import FollowUp, History, Previous
from scoda_desktop.services.documents.notes import (
    Point,
    list_items,
    parse_notes,
    parse_talking_points,
)
from scoda_desktop.services.protocol import PlacedAttendee, ProtocolSettings
from scoda_desktop.services.templating import format_day
from scoda_desktop.services.timezones import (
    ZonedParticipant,
    format_utc_offset,
    meeting_participant_zones,
    meeting_times,
)

__all__ = [
    "BriefPoint",
    "Counterpart",
    "CountryProfile",
    "Logistics",
    "OrganisationProfile",
    "ZoneTime",
    "briefing_context",
]

_SCO_STATUS = {
    "en": {
        ScoStatus.MEMBER: "Member",
        ScoStatus.OBSERVER: "Observer",
        ScoStatus.DIALOGUE_PARTNER: "Dialogue partner",
        ScoStatus.NONE: "Not a member, observer or dialogue partner",
    },
    "zh": {
        ScoStatus.MEMBER: "成员国",
        ScoStatus.OBSERVER: "观察员国",
        ScoStatus.DIALOGUE_PARTNER: "对话伙伴",
        ScoStatus.NONE: "非成员国、观察员国或对话伙伴",
    },
}
_IMAGE_SIGNATURES = ((b"\x89PNG", "image/png"), (b"\xff\xd8", "image/jpeg"), (b"GIF8", "image/gif"))


@dataclass(frozen=True, slots=True)
class BriefPoint:
    """A point to make; ``to`` is the addressee as written, ``attendee`` the participant it
    names (None when the line names no one, or no one at the meeting)."""

    text: str
    to: str | None
    attendee: PlacedAttendee | None


@dataclass(frozen=True, slots=True)
class Counterpart:
    attendee: PlacedAttendee
    name: str  # in the brief's language
    organisation: str | None  # of the post they attend in
    bio: str | None
    photo: str | None  # a data: URI, for <img src>
    history: History


@dataclass(frozen=True, slots=True)
class OrganisationProfile:
    name: str
    people: list[str]  # the counterparts from it at this meeting
    history: History


@dataclass(frozen=True, slots=True)
class CountryProfile:
    code: str
    name: str
    sco_status: str  # "member", "observer", "dialogue_partner", "none"
    sco_label: str  # in the brief's language
    sco_checked_on: str  # formatted, "" when never checked
    belt_and_road: bool
    notes: str | None
    history: History


@dataclass(frozen=True, slots=True)
class ZoneTime:
    """The meeting on one clock, and who joins on that clock."""

    zone: str
    utc_offset: str  # "UTC+05:00"
    span: str  # "12:00–13:00"
    day: str  # the date on that clock when it is not the office's, else ""
    names: list[str]


@dataclass(frozen=True, slots=True)
class Logistics:
    kind: str
    venue: str | None
    platform: str | None
    join_url: str | None
    meeting_code: str | None
    passcode: str | None
    dial_in: str | None
    interpretation: str | None
    interpreters: list[str]
    record: list[str]  # who takes the record: participants with the role "staff"
    test_call: str  # "14:30" in the office's zone
    test_call_local: str  # the same in the meeting's zone when it differs, else ""
    test_call_recorded: bool  # False: the default, 30 minutes before the start
    times: list[ZoneTime]
    notes: list[str] = field(default_factory=list)


def _with_role(
    attendees: Sequence[PlacedAttendee], role: ParticipationRole
) -> list[PlacedAttendee]:
    return [a for a in attendees if a.role == role]


def _organisation_id(organisations: dict[int, Any], guest: PlacedAttendee) -> int | None:
    org = organisations.get(guest.participation_id)
    return org.organisation_id if org else None


def _distinct_follow_ups(histories: Sequence[History]) -> list[FollowUp]:
    """The open follow-ups of all ``histories``, each once: overdue first, then by due date
    (none last), then by meeting."""
    found = {f.id: f for h in histories for f in h.open_follow_ups}
    return sorted(
        found.values(),
        key=lambda f: (not f.overdue, f.due_date or date.max, f.meeting.date, f.text),
    )


def _photo_uri(photo: bytes | None, mime: str | None) -> str | None:
    if not photo:
        return None
    if not mime:
        mime = next((m for sig, m in _IMAGE_SIGNATURES if photo.startswith(sig)), None)
        if mime is None:
            return None
    return f"data:{mime};base64,{base64.b64encode(photo).decode('ascii')}"


def _addressed(points: Sequence[Point], attendees: Sequence[PlacedAttendee]) -> list[BriefPoint]:
    """Each point with the participant its addressee names (guests tried first)."""
    candidates = sorted(attendees, key=lambda a: a.side != Side.GUEST)
    result = []
    for point in points:
        found = None
        if point.addressee:
            found = next(
                (
                    a
                    for a in candidates
                    for form in (a.second_reference, a.first_reference, a.name_zh)
                    if form and form in point.addressee
                ),
                None,
            )
        result.append(BriefPoint(point.text, point.addressee, found))
    return result


def _zone_times(
    session: Session, row: Any, present: Sequence[PlacedAttendee], language: str
) -> list[ZoneTime]:
    """The meeting on the clock of everyone present, one line a zone, east first; the office's
    zone and the meeting's own are always shown."""
    by_name = {a.first_reference: a for a in present}
    zones: dict[str, list[PlacedAttendee]] = {OFFICE_TIME_ZONE: [], row.time_zone: []}
    for participant in meeting_participant_zones(session, row.id):
        attendee = by_name.get(participant.name)
        if attendee is not None:
            zones.setdefault(participant.zone, []).append(attendee)
    clocks = meeting_times(row, [ZonedParticipant(zone, zone) for zone in zones])
    clocks.sort(key=lambda c: -c.utc_offset)
    return [
        ZoneTime(
            zone=clock.zone,
            utc_offset=format_utc_offset(clock.utc_offset),
            span=clock_span(clock.starts, clock.ends),
            day=format_day(clock.starts, language) if clock.date_differs else "",
            names=names(sorted(zones[clock.zone], key=lambda a: a.place), language),
        )
        for clock in clocks
    ]


def _guest_details(
    session: Session, guests: Sequence[PlacedAttendee]
) -> tuple[dict[int, Any], dict[int, Any]]:
    """Per person: bio, photo and country code; per participation: the organisation of the
    post attended in (id and names)."""
    person = Person.__table__.c
    people = {
        row.id: row
        for row in session.execute(
            sa.select(
                person.id, person.bio, person.photo, person.photo_mime, person.country_code
            ).where(person.id.in_([g.person_id for g in guests]))
        )
    }
    p, pos, org = Participation.__table__.c, PositionRow.__table__.c, Organisation.__table__.c
    organisations = {
        row.id: row
        for row in session.execute(
            sa.select(p.id, org.id.label("organisation_id"), org.name_en, org.name_zh)
            .join(PositionRow.__table__, pos.id == p.position_id)
            .join(Organisation.__table__, org.id == pos.organisation_id)
            .where(p.id.in_([g.participation_id for g in guests]))
        )
    }
    return people, organisations


def _countries(
    session: Session, codes: Sequence[str], histories: dict[str, History], language: str
) -> list[CountryProfile]:
    c = Country.__table__.c
    rows = {
        row.code: row
        for row in session.execute(
            sa.select(
                c.code,
                c.name_en,
                c.name_zh,
                c.sco_status,
                c.sco_checked_on,
                c.belt_and_road,
                c.notes,
            ).where(c.code.in_(list(codes)))
        )
    }
    profiles = []
    for code in codes:
        row = rows.get(code)
        if row is None:
            continue
        status = ScoStatus(row.sco_status)
        profiles.append(
            CountryProfile(
                code=code,
                name=in_language(language, row.name_en, row.name_zh),
                sco_status=status.value,
                sco_label=_SCO_STATUS[language][status],
                sco_checked_on=format_day(row.sco_checked_on, language, year=True)
                if row.sco_checked_on
                else "",
                belt_and_road=bool(row.belt_and_road),
                notes=row.notes,
                history=histories.get(code, History()),
            )
        )
    return profiles


def briefing_context(
    session: Session,
    meeting_id: int,
    language: str,
    *,
    settings: ProtocolSettings | None = None,
    prepared: Prepared | None = None,
    today: date | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Everything the briefing templates use, for ``meeting_id`` in ``language`` ("en",
    "zh"). The previous contacts are the counterparts' histories (``services.history``) as of
    the meeting's start, or as of ``now`` (default: the current time) if that is earlier;
    ``today`` (default: the office's day at ``now``) decides which follow-ups are overdue.

    Raises InputError for an unknown meeting or language."""
    check_language(language)
    m = Meeting.__table__.c
    row = load_meeting(
        session,
        meeting_id,
        *(m.theme_en, m.theme_zh, m.kind, m.status, m.venue_en, m.venue_zh, m.platform),
        *(m.join_url, m.meeting_code, m.passcode, m.dial_in, m.interpretation),
        *(m.agenda, m.objectives, m.talking_points, m.notes),
    )
    now = now or utcnow()
    today = today or office_today(now)
    present = present_attendees(session, meeting_id, settings)
    principals = [a for a in present if a.role not in SUPPORT_ROLES]
    host_side = [a for a in principals if a.side == Side.HOST]
    guests = [a for a in principals if a.side == Side.GUEST]

    people, organisations = _guest_details(session, guests)
    previous = Previous(session, min(now, row.starts_at), language, today)
    person_history = previous.of_people([g.person_id for g in guests])
    org_ids = list(dict.fromkeys(o.organisation_id for o in organisations.values()))
    org_history = previous.of_organisations(org_ids)
    codes = list(dict.fromkeys(people[g.person_id].country_code for g in guests))
    codes = [code for code in codes if code]
    country_history = previous.of_countries(codes)

    counterparts = []
    for guest in guests:
        person, org = people[guest.person_id], organisations.get(guest.participation_id)
        counterparts.append(
            Counterpart(
                attendee=guest,
                name=names([guest], language)[0],
                organisation=in_language(language, org.name_en, org.name_zh) if org else None,
                bio=(person.bio or "").strip() or None,
                photo=_photo_uri(person.photo, person.photo_mime),
                history=person_history.get(guest.person_id, History()),
            )
        )
    org_profiles = []
    for org_id in org_ids:
        members = [g for g in guests if _organisation_id(organisations, g) == org_id]
        org = organisations[members[0].participation_id]
        org_profiles.append(
            OrganisationProfile(
                name=in_language(language, org.name_en, org.name_zh),
                people=names(members, language),
                history=org_history.get(org_id, History()),
            )
        )

    clocks = meeting_clocks(row)
    notes = parse_notes(row.notes)
    logistics = Logistics(
        kind=str(row.kind),
        venue=in_language(language, row.venue_en, row.venue_zh) or None,
        platform=row.platform,
        join_url=row.join_url,
        meeting_code=row.meeting_code,
        passcode=row.passcode,
        dial_in=row.dial_in,
        interpretation=row.interpretation,
        interpreters=names(_with_role(present, ParticipationRole.INTERPRETER), language),
        record=names(_with_role(present, ParticipationRole.STAFF), language),
        test_call=clocks.test_call,
        test_call_local=clocks.local_test_call,
        test_call_recorded=clocks.test_call_recorded,
        times=_zone_times(session, row, present, language),
        notes=notes.other,
    )
    countries = _countries(session, codes, country_history, language)
    histories = [c.history for c in counterparts] + [o.history for o in org_profiles]
    follow_ups = _distinct_follow_ups(histories + [c.history for c in countries])
    return {
        "language": language,
        "title": in_language(language, row.theme_en, row.theme_zh),
        "meeting": {
            "id": row.id,
            "theme": in_language(language, row.theme_en, row.theme_zh),
            "theme_en": row.theme_en,
            "theme_zh": row.theme_zh,
            "status": str(row.status),
            "kind": str(row.kind),
            "date": clocks.office_starts.date(),
            "day": format_date(clocks.office_starts.date(), "full", locale=language),
            "office_time": clocks.office_time,
            "local_time": clocks.local_time,
            "time_zone": row.time_zone,
            "agenda": list_items(row.agenda),
        },
        "objectives": list_items(row.objectives),
        "points": _addressed(parse_talking_points(row.talking_points), guests or principals),
        "raised": notes.raised,
        "press_line": notes.press_line,
        "host": host_side[0] if host_side else None,
        "host_side": host_side,
        "guests": guests,
        "counterparts": counterparts,
        "organisations": org_profiles,
        "countries": countries,
        "follow_ups": follow_ups,
        "logistics": logistics,
        "prepared": prepared or Prepared.now(),
    }
