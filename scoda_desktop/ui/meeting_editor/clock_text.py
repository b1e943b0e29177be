"""Short dates, local times and city names as the editor and the day grid show them, in the
interface's language: ``Tue 1 Dec`` and ``Kathmandu`` in English, ``12月1日周二`` and ``加德满都``
in Chinese.

English is written with English names whatever the computer's locale (Qt sets the C library's
locale, so ``strftime("%a")`` would follow the OS); Chinese follows the default QLocale that
``translations.install_translations`` sets.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale

from scoda_desktop.ui.translations import CHINESE, interface_language

if TYPE_CHECKING:
    from scoda_desktop.services.timezones import LocalTime

ENGLISH_SHORT_DATE = "ddd d MMM"  # Tue 1 Dec
CHINESE_SHORT_DATE = "M月d日ddd"  # 12月1日周二
CHINESE_BABEL_LOCALE = "zh_CN"


def in_chinese() -> bool:
    return interface_language() == CHINESE


def _locale() -> QLocale:
    return QLocale() if in_chinese() else QLocale(QLocale.Language.English)


def short_date_text(day: date) -> str:
    """``Tue 1 Dec``; ``12月1日周二`` in Chinese: a date near the office's, without the year."""
    pattern = CHINESE_SHORT_DATE if in_chinese() else ENGLISH_SHORT_DATE
    return _locale().toString(QDate(day.year, day.month, day.day), pattern)


def short_weekday_text(day: date) -> str:
    """``Tue``; ``周二`` in Chinese."""
    return _locale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)


def clock_span_text(starts: datetime, ends: datetime, *, with_date: bool) -> str:
    """``14:00–15:00`` on the clock ``starts`` and ``ends`` are in; ``Tue 1 Dec 14:00–15:00``
    with the date."""
    span = f"{starts:%H:%M}–{ends:%H:%M}"
    return f"{short_date_text(starts.date())} {span}" if with_date else span


def local_time_text(local: LocalTime) -> str:
    """ "16:30–17:30 (Asia/Tehran, UTC+03:30)", with the local date when it is not the
    office's: "Wed 30 Sep 21:00–22:00 (America/New_York, UTC-04:00)"; Chinese parentheses and
    dates in Chinese."""
    from scoda_desktop.services.timezones import format_utc_offset

    span = clock_span_text(local.starts, local.ends, with_date=local.date_differs)
    offset = format_utc_offset(local.utc_offset)
    if in_chinese():
        return f"{span}（{local.zone}，{offset}）"
    return f"{span} ({local.zone}, {offset})"


@cache
def _chinese_city(zone: str) -> str | None:
    from babel.core import UnknownLocaleError
    from babel.dates import get_timezone_location

    try:
        return str(get_timezone_location(zone, locale=CHINESE_BABEL_LOCALE, return_city=True))
    except (LookupError, ValueError, UnknownLocaleError):
        return None


def city_text(zone: str, english: str) -> str:
    """The city a zone is named after, in the interface's language: ``english`` (the city part
    of the zone's name) in English, the city's Chinese name (from the Unicode CLDR, through
    babel) in Chinese when it is known."""
    if in_chinese():
        return _chinese_city(zone) or english
    return english
