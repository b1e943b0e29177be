"""How meetings read on screen: labels for the enumerations and times in the office's zone."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

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
from scoda_desktop.domain.office import OFFICE_TIME_ZONE, to_office_time

OFFICE_ZONE_LABEL = "Beijing time"

KIND_LABELS: dict[MeetingKind, str] = {
    MeetingKind.VIDEO: "Video",
    MeetingKind.IN_PERSON: "In person",
    MeetingKind.HYBRID: "Hybrid",
}

STATUS_LABELS: dict[MeetingStatus, str] = {
    MeetingStatus.DRAFT: "Draft",
    MeetingStatus.PROPOSED: "Proposed",
    MeetingStatus.CONFIRMED: "Confirmed",
    MeetingStatus.HELD: "Held",
    MeetingStatus.POSTPONED: "Postponed",
    MeetingStatus.CANCELLED: "Cancelled",
}

SIDE_LABELS: dict[Side, str] = {Side.HOST: "Host side", Side.GUEST: "Guest side"}

ROLE_LABELS: dict[ParticipationRole, str] = {
    ParticipationRole.HOST: "Host",
    ParticipationRole.PRINCIPAL_GUEST: "Principal guest",
    ParticipationRole.GUEST: "Guest",
    ParticipationRole.ACCOMPANYING: "Accompanying",
    ParticipationRole.ATTENDEE: "Attendee",
    ParticipationRole.INTERPRETER: "Interpreter",
    ParticipationRole.STAFF: "Staff",
}

RSVP_LABELS: dict[Rsvp, str] = {
    Rsvp.INVITED: "Invited",
    Rsvp.ACCEPTED: "Accepted",
    Rsvp.TENTATIVE: "Tentative",
    Rsvp.DECLINED: "Declined",
}

ATTENDANCE_LABELS: dict[Attendance, str] = {
    Attendance.PRESENT: "Present",
    Attendance.ABSENT: "Absent",
    Attendance.EXCUSED: "Excused",
}

OUTCOME_KIND_LABELS: dict[OutcomeKind, str] = {
    OutcomeKind.PROPOSAL: "Proposal",
    OutcomeKind.AGREEMENT: "Agreement",
    OutcomeKind.FOLLOW_UP: "Follow-up",
    OutcomeKind.MOU: "MoU",
    OutcomeKind.REMARK: "Remark",
}

OUTCOME_STATUS_LABELS: dict[OutcomeStatus, str] = {
    OutcomeStatus.OPEN: "Open",
    OutcomeStatus.DONE: "Done",
    OutcomeStatus.DROPPED: "Dropped",
}

NAME_ORDER_LABELS: dict[NameOrder, str] = {
    NameOrder.GIVEN_FIRST: "Given name first (Djauhari Oratmangun)",
    NameOrder.FAMILY_FIRST: "Family name first (Liu Jianjun)",
    NameOrder.SINGLE: "Single name (Sukarno)",
}

# Statuses sort in the order a meeting moves through them, not alphabetically.
STATUS_ORDER: dict[MeetingStatus, int] = {status: i for i, status in enumerate(MeetingStatus)}

DATE_TIME_FORMAT = "%Y-%m-%d %H:%M"


def kind_label(kind: MeetingKind) -> str:
    return KIND_LABELS.get(kind, str(kind))


def status_label(status: MeetingStatus) -> str:
    return STATUS_LABELS.get(status, str(status))


@cache
def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def office_time_text(instant: datetime) -> str:
    """``2021-04-02 15:00``: the instant as the office's wall-clock time."""
    return to_office_time(instant).strftime(DATE_TIME_FORMAT)


def differs_from_office(zone_name: str) -> bool:
    """Whether clocks in ``zone_name`` may show another time than the office's."""
    return zone_name != OFFICE_TIME_ZONE


def span_text(
    starts_at: datetime, ends_at: datetime, zone_name: str, *, name_zone: bool = True
) -> str:
    """``2021-04-02 15:00–16:00 Asia/Shanghai``: the meeting's span in ``zone_name``, the end's
    date repeated only if it differs; without the zone's name when ``name_zone`` is false.

    An unknown zone name (a typing mistake in imported data) falls back to UTC, and says so."""
    zone = _zone(zone_name)
    start = starts_at.astimezone(zone) if zone is not None else starts_at
    end = ends_at.astimezone(zone) if zone is not None else ends_at
    end_format = "%H:%M" if end.date() == start.date() else DATE_TIME_FORMAT
    text = f"{start.strftime(DATE_TIME_FORMAT)}–{end.strftime(end_format)}"
    if zone is None:
        return f"{text} UTC ({zone_name} is not a known time zone)"
    return f"{text} {zone_name}" if name_zone else text


def count_text(count: int, singular: str, plural: str | None = None) -> str:
    return f"{count} {singular if count == 1 else (plural or singular + 's')}"
