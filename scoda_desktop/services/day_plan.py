"""One day of the scheduling assistant, as the day grid shows it: a row for each zone the
participants join from with every hour of the office's day on that zone's clock, the slots that
suit everyone that day (:func:`scheduling.propose_slots`, ranked) and the meetings that keep the
host side busy.

Everything here is pure except :func:`read_day_plan`, which reads the participants' default
zones and the host side's other meetings from the database: run it off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session

from scoda_desktop.domain.enums import Side
from scoda_desktop.domain.office import OFFICE_TIME_ZONE
from scoda_desktop.services.meeting_drafts import ParticipantDraft
from scoda_desktop.services.scheduling import (
    DEFAULT_STEP,
    BusyInterval,
    ClockHour,
    DayOff,
    HourKind,
    Participant,
    Proposal,
    WorkingCalendars,
    clock_hours,
    load_busy,
    load_participants,
    propose_slots,
)
from scoda_desktop.services.timezones import format_utc_offset, office_day_span, validate_zone

# Kathmandu (UTC+05:45) opens at a quarter past an office hour: a half-hour grid would miss it.
FINE_STEP = timedelta(minutes=15)
# With nobody in the meeting yet, the grid shows the office's own day.
OFFICE_PARTICIPANT = Participant("Protocol office", OFFICE_TIME_ZONE, "CN")


@dataclass(frozen=True, slots=True)
class Attendee:
    """Someone in the meeting being arranged, as the editor holds them."""

    person_id: int
    name: str
    join_zone: str | None  # None: the zone they join from by default
    host_side: bool


def attendees_of(participants: Iterable[ParticipantDraft]) -> list[Attendee]:
    """The editor's attendees as the day plan needs them."""
    return [
        Attendee(p.person_id, p.label, p.join_zone or None, p.side == Side.HOST)
        for p in participants
    ]


def city_of(zone: str) -> str:
    """ "Asia/Kathmandu" -> "Kathmandu", "America/Argentina/Buenos_Aires" -> "Buenos Aires"."""
    return zone.rsplit("/", 1)[-1].replace("_", " ")


@dataclass(frozen=True, slots=True)
class ZoneRow:
    """The participants who join from one zone, and the office's day on their clock."""

    zone: str
    participants: tuple[Participant, ...]
    hours: tuple[ClockHour, ...]

    @property
    def city(self) -> str:
        return city_of(self.zone)

    @property
    def offsets(self) -> tuple[timedelta, ...]:
        """The zone's UTC offsets during the office's day, in order: two on a day its clocks
        change."""
        return tuple(dict.fromkeys(hour.utc_offset for hour in self.hours))

    def offset_text(self) -> str:
        """ "UTC+05:45"; "UTC+00:00 → UTC+01:00" on the day summer time starts."""
        return " → ".join(format_utc_offset(offset) for offset in self.offsets)

    def names(self) -> list[str]:
        return [p.name for p in self.participants]


@dataclass(frozen=True, slots=True)
class DayPlan:
    """What the day grid shows for one office day and meeting length."""

    office_day: date
    duration: timedelta
    step: timedelta  # proposals and clicks fall on this grid from the office's midnight
    rows: tuple[ZoneRow, ...]
    proposals: tuple[Proposal, ...]  # best first
    busy: tuple[BusyInterval, ...]
    not_before: datetime | None = None  # proposals start no earlier (now, when planning)

    @property
    def starts_at(self) -> datetime:
        return office_day_span(self.office_day, self.office_day)[0]

    @property
    def ends_at(self) -> datetime:
        return office_day_span(self.office_day, self.office_day)[1]

    @property
    def is_over(self) -> bool:
        """True when the whole day lies before ``not_before``: nothing can be proposed."""
        return self.not_before is not None and self.ends_at <= self.not_before

    def proposal_at(self, starts_at: datetime) -> int | None:
        """The rank (0 = best) of the proposal starting at ``starts_at``, if there is one."""
        return next((i for i, p in enumerate(self.proposals) if p.starts_at == starts_at), None)

    def unsuitable_rows(
        self, starts_at: datetime, ends_at: datetime
    ) -> list[tuple[ZoneRow, HourKind, tuple[DayOff, ...]]]:
        """The rows for which the span ``starts_at``–``ends_at`` is not (all) working time,
        each with the worst kind of hour the span touches there and the days off behind it.
        Only the part of the span inside the office's day is known here."""
        found: list[tuple[ZoneRow, HourKind, tuple[DayOff, ...]]] = []
        for row in self.rows:
            touched = [
                (part.kind, hour.days_off)
                for hour in row.hours
                for part in hour.parts
                if part.starts_at < ends_at and starts_at < part.ends_at
            ]
            kinds = [kind for kind, _ in touched]
            worst = max(kinds, key=list(HourKind).index, default=HourKind.WORKING)
            if worst not in (HourKind.WORKING, HourKind.EDGE):
                days_off = dict.fromkeys(d for kind, ds in touched if kind is worst for d in ds)
                found.append((row, worst, tuple(days_off)))
        return found

    def clashes(self, starts_at: datetime, ends_at: datetime) -> list[BusyInterval]:
        """The host side's other meetings that overlap the span."""
        return [b for b in self.busy if b.overlaps(starts_at, ends_at)]


def _noon_offset(zone: str, office_day: date) -> timedelta:
    start, _ = office_day_span(office_day, office_day)
    offset = (start + timedelta(hours=12)).astimezone(ZoneInfo(zone)).utcoffset()
    assert offset is not None
    return offset


def zone_order(zones: Iterable[str], office_day: date) -> list[str]:
    """Zones in the order a world-clock planner lists them here: the office's zone first, then
    east to west by their UTC offset at the office's noon, then by name."""
    return sorted(
        set(zones),
        key=lambda z: (z != OFFICE_TIME_ZONE, -_noon_offset(z, office_day), z),
    )


def zone_rows(
    participants: Sequence[Participant],
    office_day: date,
    *,
    calendars: WorkingCalendars | None = None,
) -> list[ZoneRow]:
    """One row per zone, in :func:`zone_order`. Zone names are checked first (InputError names
    the bad one)."""
    by_zone: dict[str, list[Participant]] = {}
    for participant in participants:
        by_zone.setdefault(validate_zone(participant.zone), []).append(participant)
    if calendars is None:
        calendars = WorkingCalendars(
            (p.country_code for p in participants),
            range(office_day.year - 1, office_day.year + 2),
        )
    return [
        ZoneRow(
            zone,
            tuple(by_zone[zone]),
            tuple(clock_hours(by_zone[zone], office_day, calendars=calendars)),
        )
        for zone in zone_order(by_zone, office_day)
    ]


def step_for(rows: Iterable[ZoneRow]) -> timedelta:
    """Half an hour, or a quarter when some zone's offset is not a whole half hour."""
    fine = any(offset % DEFAULT_STEP for row in rows for offset in row.offsets)
    return FINE_STEP if fine else DEFAULT_STEP


def plan_day(
    participants: Sequence[Participant],
    office_day: date,
    duration: timedelta,
    *,
    busy: Iterable[BusyInterval] = (),
    not_before: datetime | None = None,
) -> DayPlan:
    """The day grid's content for ``office_day``; pure. Without participants the office's own
    day is shown. InputError for a bad zone or duration."""
    people = list(participants) or [OFFICE_PARTICIPANT]
    rows = zone_rows(people, office_day)
    step = step_for(rows)
    busy_list = tuple(busy)
    proposals = propose_slots(
        people,
        duration,
        office_day,
        office_day,
        busy=busy_list,
        step=step,
        not_before=not_before,
    )
    return DayPlan(
        office_day=office_day,
        duration=duration,
        step=step,
        rows=tuple(rows),
        proposals=tuple(proposals),
        busy=busy_list,
        not_before=not_before,
    )


def read_day_plan(
    session: Session,
    attendees: Sequence[Attendee],
    office_day: date,
    duration: timedelta,
    *,
    exclude_meeting_id: int | None = None,
    now: datetime | None = None,
) -> DayPlan:
    """:func:`plan_day` for the editor's attendees: each in the zone the editor gives, else
    their default zone on ``office_day``; busy where the host side has another meeting (the
    meeting being moved, ``exclude_meeting_id``, aside). Slots before ``now`` (default: the
    current time) are not proposed."""
    given = {a.person_id: a for a in attendees}
    participants = [
        replace(
            p,
            name=given[p.person_id].name or p.name,
            zone=given[p.person_id].join_zone or p.zone,
        )
        for p in load_participants(session, list(given), office_day)
        if p.person_id is not None
    ]
    start, stop = office_day_span(office_day, office_day)
    busy = load_busy(
        session,
        [a.person_id for a in attendees if a.host_side],
        start,
        stop + duration,  # a slot that starts late in the day may run past midnight
        exclude_meeting_id=exclude_meeting_id,
    )
    return plan_day(
        participants,
        office_day,
        duration,
        busy=busy,
        not_before=now or datetime.now(UTC),
    )
