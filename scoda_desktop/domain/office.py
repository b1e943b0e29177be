"""Facts about the office itself that every part of the application shares."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

OFFICE_TIME_ZONE = "Asia/Shanghai"  # Qingdao; China keeps one zone and no summer time


def office_zone() -> ZoneInfo:
    return ZoneInfo(OFFICE_TIME_ZONE)


def to_office_time(instant: datetime) -> datetime:
    """An aware instant as the office's wall-clock time."""
    return instant.astimezone(office_zone())


def office_today(now: datetime | None = None) -> date:
    """The office's calendar day (what "overdue" and "today" mean)."""
    return (now or datetime.now(office_zone())).astimezone(office_zone()).date()
