"""The scheduling assistant: times that suit every participant of a video meeting.

A slot is proposed when, for every participant, it lies inside their working hours on their
own clock, on a working day of their country (public holidays and weekends from the
``holidays`` library, which also knows China's make-up working days and the Friday weekend of
Iran or Saudi Arabia), and when it overlaps none of the busy intervals given (the host-side
people's other meetings, read by :func:`load_busy`).

Proposals are ranked day by day, earliest day first; within a day the most comfortable slot
comes first: the one where the participant closest to the edge of their working day is
furthest from it. Equal comfort goes to the earlier start.

The search itself is a pure function over the plain dataclasses below; the two loaders that
read people and meetings from the database are separate. So is :func:`clock_hours`, which says
what each hour of an office day is on a zone's clock (working, edge, off hours, night or a day
off), for the day grid.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from scoda_desktop.domain.enums import MeetingStatus
from scoda_desktop.domain.models import Meeting, Participation
from scoda_desktop.domain.office import office_zone
from scoda_desktop.errors import InputError
from scoda_desktop.services.timezones import (
    LocalTime,
    default_join_zones,
    local_times,
    office_day_span,
    validate_zone,
)
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, error_message

DEFAULT_STEP = timedelta(minutes=30)
MAX_DAYS = 366  # a longer search is a typing mistake, not a plan
# Meetings that keep their participants busy: a postponed or cancelled one frees the time.
BUSY_STATUSES = (
    MeetingStatus.DRAFT,
    MeetingStatus.PROPOSED,
    MeetingStatus.CONFIRMED,
    MeetingStatus.HELD,
)
WEEKEND_WITHOUT_CALENDAR = frozenset({5, 6})  # Saturday and Sunday


@dataclass(frozen=True, slots=True)
class WorkingHours:
    """A working day on the participant's own clock (start before end, the same day)."""

    start: time = time(9, 0)
    end: time = time(18, 0)

    def __post_init__(self) -> None:
        if self.start >= self.end:
            raise InputError(
                error_message(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Working hours must start before they end (got {start}–{end})."
                    ),
                    start=f"{self.start:%H:%M}",
                    end=f"{self.end:%H:%M}",
                )
            )

    def __str__(self) -> str:
        return f"{self.start:%H:%M}–{self.end:%H:%M}"


DEFAULT_HOURS = WorkingHours()


@dataclass(frozen=True, slots=True)
class Participant:
    """Someone whose day the slot must fit."""

    name: str
    zone: str  # IANA zone they join from
    country_code: str | None = None  # whose holidays and weekend apply (None: Sat/Sun only)
    hours: WorkingHours = DEFAULT_HOURS
    person_id: int | None = None


@dataclass(frozen=True, slots=True)
class BusyInterval:
    """Time already taken (UTC instants), such as another meeting of the host side."""

    starts_at: datetime
    ends_at: datetime
    meeting_id: int | None = None
    label: str = ""

    def overlaps(self, starts_at: datetime, ends_at: datetime) -> bool:
        return starts_at < self.ends_at and self.starts_at < ends_at


@dataclass(frozen=True, slots=True)
class Proposal:
    """A slot that suits everyone, with its time on each participant's clock."""

    starts_at: datetime  # UTC
    ends_at: datetime  # UTC
    comfort: timedelta  # the smallest distance of any participant to an edge of their day
    local: tuple[LocalTime, ...] = field(default=())

    @property
    def office_date(self) -> date:
        return self.starts_at.astimezone(office_zone()).date()

    def as_json(self) -> dict[str, Any]:
        return {
            "starts_at": self.starts_at.isoformat(),
            "ends_at": self.ends_at.isoformat(),
            "comfort_minutes": int(self.comfort.total_seconds() // 60),
            "local": [
                {
                    "name": t.name,
                    "zone": t.zone,
                    "starts": t.starts.isoformat(),
                    "ends": t.ends.isoformat(),
                    "date_differs": t.date_differs,
                }
                for t in self.local
            ],
        }


@dataclass(frozen=True, slots=True)
class DayOff:
    """A day a participant's country does not work, and why."""

    day: date
    country_code: str
    reason: str  # the holiday's name, or "weekend"


# -- working days -----------------------------------------------------------------------------


class WorkingCalendars:
    """Working days per country, from the ``holidays`` library, for the years asked about.

    A country the library does not cover works Monday to Friday with no holidays; such
    countries are listed in ``without_calendar``."""

    def __init__(self, country_codes: Iterable[str | None], years: Iterable[int]) -> None:
        import holidays

        self._calendars: dict[str, Any] = {}
        self.without_calendar: list[str] = []
        year_list = sorted(set(years))
        for code in sorted({c for c in country_codes if c}):
            try:
                self._calendars[code] = holidays.country_holidays(code, years=year_list)
            except NotImplementedError:
                self.without_calendar.append(code)

    def is_working_day(self, country_code: str | None, day: date) -> bool:
        calendar = self._calendars.get(country_code or "")
        if calendar is None:
            return day.weekday() not in WEEKEND_WITHOUT_CALENDAR
        return bool(calendar.is_working_day(day))

    def reason_off(self, country_code: str | None, day: date) -> str | None:
        """Why ``day`` is not a working day in the country, or None if it is one."""
        if self.is_working_day(country_code, day):
            return None
        calendar = self._calendars.get(country_code or "")
        names = calendar.get_list(day) if calendar is not None else []
        return "; ".join(names) if names else "weekend"


def _years(first_day: date, last_day: date) -> range:
    # Participants west or east of Qingdao can be a calendar day apart at the range's ends.
    return range(first_day.year - 1 if first_day.month == 1 else first_day.year, last_day.year + 2)


def days_off(participants: Sequence[Participant], first_day: date, last_day: date) -> list[DayOff]:
    """The days from ``first_day`` to ``last_day`` that some participant's country does not
    work, each with the reason, in date order (one entry per country and day)."""
    calendars = WorkingCalendars(
        (p.country_code for p in participants), _years(first_day, last_day)
    )
    countries = sorted({p.country_code for p in participants if p.country_code})
    result = []
    day = first_day
    while day <= last_day:
        for code in countries:
            reason = calendars.reason_off(code, day)
            if reason:
                result.append(DayOff(day, code, reason))
        day += timedelta(days=1)
    return result


# -- the search -------------------------------------------------------------------------------


def _minutes(wall_clock: datetime | time) -> int:
    return wall_clock.hour * 60 + wall_clock.minute


def _check_request(
    participants: Sequence[Participant],
    duration: timedelta,
    first_day: date,
    last_day: date,
    step: timedelta,
) -> None:
    problems: list[str] = []
    if not participants:
        problems.append(error_message(QT_TRANSLATE_NOOP("Errors", "name at least one participant")))
    if duration <= timedelta(0):
        problems.append(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "the duration must be more than zero minutes")
            )
        )
    if step <= timedelta(0) or step % timedelta(minutes=1):
        problems.append(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors", "the step must be a whole number of minutes, more than zero"
                )
            )
        )
    if last_day < first_day:
        problems.append(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "the range ends ({last}) before it starts ({first})"),
                last=last_day.isoformat(),
                first=first_day.isoformat(),
            )
        )
    elif (last_day - first_day).days >= MAX_DAYS:
        problems.append(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "the range is longer than {days} days"),
                days=MAX_DAYS,
            )
        )
    for participant in participants:
        try:
            validate_zone(participant.zone)
        except InputError as exc:
            problems.append(
                error_message(
                    QT_TRANSLATE_NOOP("Errors", "{name}: {problem}"),
                    name=participant.name,
                    problem=exc.args[0],
                )
            )
    if problems:
        raise InputError(
            error_message(QT_TRANSLATE_NOOP("Errors", "Cannot look for meeting times:")), problems
        )


def _comfort(
    participant: Participant,
    zone: ZoneInfo,
    starts_at: datetime,
    ends_at: datetime,
    calendars: WorkingCalendars,
) -> int | None:
    """Minutes between the slot and the nearer edge of the participant's working day, or None
    when the slot is not inside it (outside the hours, across midnight, on a day off)."""
    local_start, local_end = starts_at.astimezone(zone), ends_at.astimezone(zone)
    if local_start.date() != local_end.date():
        return None
    if not calendars.is_working_day(participant.country_code, local_start.date()):
        return None
    day_start, day_end = _minutes(participant.hours.start), _minutes(participant.hours.end)
    start, end = _minutes(local_start), _minutes(local_end)
    if start < day_start or end > day_end:
        return None
    return min(start - day_start, day_end - end)


def propose_slots(
    participants: Sequence[Participant],
    duration: timedelta,
    first_day: date,
    last_day: date,
    *,
    busy: Iterable[BusyInterval] = (),
    step: timedelta = DEFAULT_STEP,
    not_before: datetime | None = None,
    per_day: int | None = None,
    limit: int | None = None,
) -> list[Proposal]:
    """Slots of ``duration`` starting on the office's days ``first_day`` to ``last_day``
    (inclusive, Qingdao dates), ranked as the module says.

    Starts fall on a grid of ``step`` from midnight in Qingdao. ``not_before`` (an aware
    instant, typically now) drops slots that start earlier. ``per_day`` keeps only the best
    few of each day; ``limit`` caps the whole list. InputError names every problem with the
    request."""
    _check_request(participants, duration, first_day, last_day, step)
    zones = [ZoneInfo(p.zone) for p in participants]
    busy_list = sorted(busy, key=lambda b: b.starts_at)
    calendars = WorkingCalendars(
        (p.country_code for p in participants), _years(first_day, last_day)
    )
    office = office_zone()
    start, stop = office_day_span(first_day, last_day)
    if not_before is not None and not_before > start:
        steps = -((start - not_before) // step)  # whole steps, rounded up
        start += steps * step

    found: list[tuple[date, int, datetime]] = []
    candidate = start
    while candidate < stop:
        ends = candidate + duration
        margins = [
            _comfort(p, zone, candidate, ends, calendars)
            for p, zone in zip(participants, zones, strict=True)
        ]
        if all(m is not None for m in margins) and not any(
            b.overlaps(candidate, ends) for b in busy_list
        ):
            comfort = min(m for m in margins if m is not None)
            found.append((candidate.astimezone(office).date(), comfort, candidate))
        candidate += step

    found.sort(key=lambda f: (f[0], -f[1], f[2]))
    proposals: list[Proposal] = []
    taken: dict[date, int] = {}
    for day, comfort, starts_at in found:
        if per_day is not None and taken.get(day, 0) >= per_day:
            continue
        taken[day] = taken.get(day, 0) + 1
        ends_at = starts_at + duration
        proposals.append(
            Proposal(
                starts_at=starts_at,
                ends_at=ends_at,
                comfort=timedelta(minutes=comfort),
                local=tuple(local_times(starts_at, ends_at, participants)),
            )
        )
        if limit is not None and len(proposals) >= limit:
            break
    return proposals


# -- an office day on a zone's clock ----------------------------------------------------------


class HourKind(StrEnum):
    """What a stretch of time is on a participant's clock, best first."""

    WORKING = "working"  # inside working hours, more than EDGE_WIDTH from either edge
    EDGE = "edge"  # the first or last EDGE_WIDTH of the working day: possible, not comfortable
    DAY_OFF = "day_off"  # working hours, but on a weekend or public holiday of the country
    OFF_HOURS = "off_hours"  # outside working hours, before the night
    NIGHT = "night"  # NIGHT_STARTS to NIGHT_ENDS


EDGE_WIDTH = timedelta(hours=1)
NIGHT_STARTS, NIGHT_ENDS = time(22, 0), time(7, 0)
_SEVERITY = {kind: rank for rank, kind in enumerate(HourKind)}
_ANY_DAY = date(2000, 1, 2)  # for time-of-day arithmetic that may cross midnight


@dataclass(frozen=True, slots=True)
class HourPart:
    """A stretch of an hour (UTC instants) that is of one kind on the clock."""

    starts_at: datetime
    ends_at: datetime
    kind: HourKind

    @property
    def minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)


@dataclass(frozen=True, slots=True)
class ClockHour:
    """One hour of the office's day as a zone's clock shows it.

    An hour is cut into parts where its kind changes: with Kathmandu at UTC+05:45 the office's
    11:00–12:00 is 08:45–09:45 there, a quarter of an hour off hours and three quarters the
    edge of the working day. ``days_off`` gives the reason for any DAY_OFF part."""

    starts_at: datetime  # UTC
    ends_at: datetime  # UTC
    local_start: datetime  # aware, in the zone
    parts: tuple[HourPart, ...]
    days_off: tuple[DayOff, ...] = ()

    @property
    def kinds(self) -> tuple[HourKind, ...]:
        return tuple(part.kind for part in self.parts)

    @property
    def utc_offset(self) -> timedelta:
        offset = self.local_start.utcoffset()
        assert offset is not None
        return offset


def _kind_at(
    participant: Participant, local: datetime, calendars: WorkingCalendars
) -> tuple[HourKind, DayOff | None]:
    """The kind of the wall-clock instant ``local`` for one participant, and the day off that
    made it DAY_OFF."""
    minute = _minutes(local)
    opens, closes = _minutes(participant.hours.start), _minutes(participant.hours.end)
    if opens <= minute < closes:
        reason = calendars.reason_off(participant.country_code, local.date())
        if reason is not None:
            return HourKind.DAY_OFF, DayOff(local.date(), participant.country_code or "", reason)
        edge = int(EDGE_WIDTH.total_seconds() // 60)
        near_edge = minute < opens + edge or minute >= closes - edge
        return (HourKind.EDGE if near_edge else HourKind.WORKING), None
    if minute >= _minutes(NIGHT_STARTS) or minute < _minutes(NIGHT_ENDS):
        return HourKind.NIGHT, None
    return HourKind.OFF_HOURS, None


def _wall_clock_marks(participants: Sequence[Participant]) -> set[time]:
    """The times of day at which some participant's kind can change."""
    marks = {time(0), NIGHT_STARTS, NIGHT_ENDS}
    for participant in participants:
        opens = datetime.combine(_ANY_DAY, participant.hours.start)
        closes = datetime.combine(_ANY_DAY, participant.hours.end)
        marks |= {(opens + EDGE_WIDTH).time(), (closes - EDGE_WIDTH).time()}
        marks |= {participant.hours.start, participant.hours.end}
    return marks


def _offset_change(zone: ZoneInfo, starts_at: datetime, ends_at: datetime) -> datetime | None:
    """The first minute in [starts_at, ends_at) with another UTC offset than ``starts_at``
    (a summer-time change inside the span), found by halving; None if there is none."""
    first = starts_at.astimezone(zone).utcoffset()
    if ends_at.astimezone(zone).utcoffset() == first:
        return None
    low, high = starts_at, ends_at  # offset(low) == first != offset(high)
    while high - low > timedelta(minutes=1):
        middle = low + (high - low) // 2
        if middle.astimezone(zone).utcoffset() == first:
            low = middle
        else:
            high = middle
    return high


def _cuts(
    zone: ZoneInfo, starts_at: datetime, ends_at: datetime, marks: set[time]
) -> list[datetime]:
    """The instants inside (starts_at, ends_at) where the wall clock in ``zone`` reaches one
    of ``marks`` (both readings of a time the clock shows twice) or jumps."""
    cuts = set()
    for day in {starts_at.astimezone(zone).date(), ends_at.astimezone(zone).date()}:
        for mark in marks:
            for fold in (0, 1):
                cuts.add(datetime.combine(day, mark, zone).replace(fold=fold).astimezone(UTC))
    jump = _offset_change(zone, starts_at, ends_at)
    if jump is not None:
        cuts.add(jump)
    return sorted(cut for cut in cuts if starts_at < cut < ends_at)


def clock_hours(
    participants: Sequence[Participant],
    office_day: date,
    *,
    calendars: WorkingCalendars | None = None,
) -> list[ClockHour]:
    """The hours of the office's day ``office_day`` (Qingdao midnight to midnight) on the clock
    of ``participants``, who all join from one zone. Pure: no database.

    Each hour is cut into parts at the instants its kind changes (half- and quarter-hour
    offsets, working hours that do not start on the hour, summer-time changes). Where the
    participants differ (their countries' holidays, their working hours) a part takes the
    worst of their kinds, in :class:`HourKind`'s order: a slot suits the row only if it suits
    everyone in it, as in :func:`propose_slots`. ``calendars`` may be shared between calls."""
    zones = {p.zone for p in participants}
    if len(zones) != 1:
        raise ValueError(f"clock_hours needs participants of one zone, got {sorted(zones)}")
    zone = ZoneInfo(validate_zone(zones.pop()))
    if calendars is None:
        calendars = WorkingCalendars(
            (p.country_code for p in participants), _years(office_day, office_day)
        )
    marks = _wall_clock_marks(participants)
    day_start, day_end = office_day_span(office_day, office_day)
    hours = []
    starts_at = day_start
    while starts_at < day_end:
        ends_at = min(starts_at + timedelta(hours=1), day_end)
        edges = [starts_at, *_cuts(zone, starts_at, ends_at, marks), ends_at]
        parts: list[HourPart] = []
        reasons: dict[tuple[date, str], DayOff] = {}
        for part_start, part_end in pairwise(edges):
            local = part_start.astimezone(zone)
            kinds = [_kind_at(p, local, calendars) for p in participants]
            kind = max((k for k, _ in kinds), key=_SEVERITY.__getitem__)
            for _, day_off in kinds:
                if kind is HourKind.DAY_OFF and day_off is not None:
                    reasons.setdefault((day_off.day, day_off.country_code), day_off)
            if parts and parts[-1].kind is kind:
                parts[-1] = HourPart(parts[-1].starts_at, part_end, kind)
            else:
                parts.append(HourPart(part_start, part_end, kind))
        hours.append(
            ClockHour(
                starts_at=starts_at,
                ends_at=ends_at,
                local_start=starts_at.astimezone(zone),
                parts=tuple(parts),
                days_off=tuple(reasons.values()),
            )
        )
        starts_at = ends_at
    return hours


# -- reading from the database ----------------------------------------------------------------


def load_participants(
    session, person_ids: Sequence[int], on: date, hours: WorkingHours = DEFAULT_HOURS
) -> list[Participant]:
    """People from the directory as participants, in the order given, each joining from their
    default zone on the day ``on`` (see :func:`timezones.default_join_zone`)."""
    zones = default_join_zones(session, person_ids, on)
    return [
        Participant(
            name=zones[person_id].name,
            zone=zones[person_id].zone,
            country_code=zones[person_id].country_code,
            hours=hours,
            person_id=person_id,
        )
        for person_id in dict.fromkeys(person_ids)
    ]


def load_busy(
    session,
    person_ids: Iterable[int],
    starts_at: datetime,
    ends_at: datetime,
    *,
    exclude_meeting_id: int | None = None,
) -> list[BusyInterval]:
    """The meetings between ``starts_at`` and ``ends_at`` that any of ``person_ids`` takes
    part in and that still hold (not postponed or cancelled), earliest first; one column
    select. ``exclude_meeting_id`` leaves out the meeting being moved."""
    ids = sorted(set(person_ids))
    if not ids:
        return []
    m, p = Meeting.__table__.c, Participation.__table__.c
    query = (
        sa.select(m.id, m.starts_at, m.ends_at, m.theme_en, m.theme_zh)
        .where(
            m.starts_at < ends_at,
            m.ends_at > starts_at,
            m.status.in_(BUSY_STATUSES),
            sa.exists().where(p.meeting_id == m.id, p.person_id.in_(ids)),
        )
        .order_by(m.starts_at, m.id)
    )
    if exclude_meeting_id is not None:
        query = query.where(m.id != exclude_meeting_id)
    return [
        BusyInterval(
            starts_at=row.starts_at,
            ends_at=row.ends_at,
            meeting_id=row.id,
            label=row.theme_en or row.theme_zh or "",
        )
        for row in session.execute(query)
    ]
