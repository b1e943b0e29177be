"""What the calendar's month and week views share: meetings indexed by the office's day, their
status colours, labels and tooltips, and the period titles.

Day, weekday and month names come from the default QLocale, which follows the interface's
language (``November 2026``, ``2026年11月``); the tooltips' words are translated in the context
``CalendarCanvas``."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QHelpEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from scoda_desktop.domain.enums import MeetingStatus
from scoda_desktop.domain.office import OFFICE_TIME_ZONE, office_zone, to_office_time
from scoda_desktop.ui.display import (
    differs_from_office,
    kind_label,
    month_text,
    office_zone_label,
    span_text,
    status_label,
)

if TYPE_CHECKING:  # the services import SQLAlchemy: not before the window shows
    from scoda_desktop.services.meetings import MeetingRow

# QLocale patterns of a week's first and last day and what goes between them, by what the two
# days share: the month, the year, or neither. English: "23–29 November 2026", "30 November –
# 6 December 2026"; Chinese: "2026年11月23日–29日", "2026年11月30日–12月6日".
_SAME_MONTH, _SAME_YEAR, _YEARS_APART = range(3)
_WEEK_PATTERNS = {
    QLocale.Language.English: {
        _SAME_MONTH: ("d", "–", "d MMMM yyyy"),
        _SAME_YEAR: ("d MMMM", " – ", "d MMMM yyyy"),
        _YEARS_APART: ("d MMMM yyyy", " – ", "d MMMM yyyy"),
    },
    QLocale.Language.Chinese: {
        _SAME_MONTH: ("yyyy年M月d日", "–", "d日"),
        _SAME_YEAR: ("yyyy年M月d日", "–", "M月d日"),
        _YEARS_APART: ("yyyy年M月d日", "–", "yyyy年M月d日"),
    },
}
# A day of the month with its month, as on the first of a month in the month view.
_DAY_AND_MONTH = {QLocale.Language.English: "d MMM", QLocale.Language.Chinese: "M月d日"}

# A meeting recorded as lasting longer than this is listed on its first days only: an end typed
# a year late must not put one meeting on every day of that year.
MAX_LISTED_DAYS = 31

# Status accents: the only colours not taken from the palette. Mid-tones that read on light
# and dark backgrounds alike.
STATUS_ACCENTS: dict[MeetingStatus, QColor] = {
    MeetingStatus.DRAFT: QColor("#8a9099"),
    MeetingStatus.PROPOSED: QColor("#d4940a"),
    MeetingStatus.CONFIRMED: QColor("#2f7de1"),
    MeetingStatus.HELD: QColor("#2e9b57"),
    MeetingStatus.POSTPONED: QColor("#9a5cc6"),
    MeetingStatus.CANCELLED: QColor("#c94a4a"),
}
NOW_LINE_COLOUR = QColor("#e0443e")


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """A meeting placed on the calendar: its row and its span in the office's wall-clock time."""

    row: MeetingRow
    start: datetime  # office time
    end: datetime  # office time, never before start

    @property
    def id(self) -> int:
        return self.row.id

    @property
    def cancelled(self) -> bool:
        return self.row.status == MeetingStatus.CANCELLED

    def label(self, day: date) -> str:
        """``15:00 Theme`` on the day it starts; ``… Theme`` on the days it runs on into."""
        prefix = self.start.strftime("%H:%M") if self.start.date() == day else "…"
        return f"{prefix} {self.row.theme}"


class MeetingIndex:
    """Meetings by office day, built once per ``set_meetings``; each day's list is sorted by
    start. A meeting that runs past midnight (office time) is listed on each day it touches."""

    def __init__(self, rows: Iterable[MeetingRow] = ()) -> None:
        self._by_day: dict[date, list[CalendarEntry]] = {}
        self._by_id: dict[int, CalendarEntry] = {}
        one_day = timedelta(days=1)
        for row in rows:
            start = to_office_time(row.starts_at)
            end = max(to_office_time(row.ends_at), start)
            entry = CalendarEntry(row, start, end)
            self._by_id[row.id] = entry
            day = start.date()
            # An end at midnight sharp belongs to the day before.
            last = (end - timedelta(microseconds=1)).date() if end > start else day
            last = min(last, day + timedelta(days=MAX_LISTED_DAYS - 1))
            while day <= last:
                self._by_day.setdefault(day, []).append(entry)
                day += one_day
        for entries in self._by_day.values():
            entries.sort(key=lambda e: (e.start, e.id))

    def __len__(self) -> int:
        return len(self._by_id)

    def on(self, day: date) -> Sequence[CalendarEntry]:
        """The meetings on ``day`` (office time), by start."""
        return self._by_day.get(day, ())

    def get(self, meeting_id: int) -> CalendarEntry | None:
        return self._by_id.get(meeting_id)


def office_datetime(day: date, at: time) -> datetime:
    """``day`` at the wall-clock time ``at`` in the office's zone, as an aware datetime."""
    return datetime.combine(day, at, tzinfo=office_zone())


def month_start(day: date) -> date:
    return day.replace(day=1)


def add_months(day: date, months: int) -> date:
    """The first of the month ``months`` after (or before) ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _language(locale: QLocale) -> QLocale.Language:
    """The locale's language if the calendar has patterns for it, else English."""
    language = locale.language()
    return language if language in _WEEK_PATTERNS else QLocale.Language.English


def month_title(day: date) -> str:
    """``November 2026``; ``2026年11月`` in Chinese."""
    return month_text(day.year, day.month)


def week_title(monday: date) -> str:
    """``23–29 November 2026``; ``30 November – 6 December 2026`` across months;
    ``28 December 2026 – 3 January 2027`` across years. In Chinese ``2026年11月23日–29日``,
    ``2026年11月30日–12月6日``, ``2026年12月28日–2027年1月3日``."""
    sunday = monday + timedelta(days=6)
    if monday.year != sunday.year:
        shared = _YEARS_APART
    elif monday.month != sunday.month:
        shared = _SAME_YEAR
    else:
        shared = _SAME_MONTH
    locale = QLocale()
    first, between, last = _WEEK_PATTERNS[_language(locale)][shared]
    return (
        f"{locale.toString(_qdate(monday), first)}{between}{locale.toString(_qdate(sunday), last)}"
    )


def weekday_abbreviation(column: int) -> str:
    """``Mon`` for column 0 (Monday) ... ``Sun``; ``周一`` ... ``周日`` in Chinese."""
    return QLocale().dayName(column + 1, QLocale.FormatType.ShortFormat)


def day_and_month_text(day: date) -> str:
    """``1 Nov``; ``11月1日`` in Chinese."""
    locale = QLocale()
    return locale.toString(_qdate(day), _DAY_AND_MONTH[_language(locale)])


def status_accent(status: MeetingStatus) -> QColor:
    return STATUS_ACCENTS.get(status, STATUS_ACCENTS[MeetingStatus.DRAFT])


def blend(base: QColor, accent: QColor, amount: float) -> QColor:
    """``accent`` laid over ``base`` at ``amount`` (0–1) opacity, as an opaque colour."""
    return QColor.fromRgbF(
        base.redF() + (accent.redF() - base.redF()) * amount,
        base.greenF() + (accent.greenF() - base.greenF()) * amount,
        base.blueF() + (accent.blueF() - base.blueF()) * amount,
    )


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def entry_font(base: QFont, entry: CalendarEntry) -> QFont:
    """The widget's font, struck through for a cancelled meeting."""
    if not entry.cancelled:
        return base
    font = QFont(base)
    font.setStrikeOut(True)
    return font


def entry_tooltip(entry: CalendarEntry) -> str:
    """Theme (both languages), time in the office's zone and the meeting's own, status, kind
    and counterparts, as escaped rich text (a theme may contain ``<``)."""
    row = entry.row
    lines = [f"<b>{escape(row.theme)}</b>"]
    if row.theme_zh and row.theme_zh != row.theme:
        lines.append(escape(row.theme_zh))
    office = span_text(row.starts_at, row.ends_at, OFFICE_TIME_ZONE, name_zone=False)
    in_office_zone = QCoreApplication.translate(
        "CalendarCanvas", "{span} {zone}", "a time span, then the name of its time zone"
    )
    lines.append(escape(in_office_zone.format(span=office, zone=office_zone_label())))
    if differs_from_office(row.time_zone):
        lines.append(escape(span_text(row.starts_at, row.ends_at, row.time_zone)))
    lines.append(escape(f"{status_label(row.status)} · {kind_label(row.kind)}"))
    if row.counterparts:
        separator = QCoreApplication.translate("CalendarCanvas", ", ", "between names")
        names = separator.join(row.counterparts)
        with_names = QCoreApplication.translate("CalendarCanvas", "With {names}")
        lines.append(escape(with_names.format(names=names)))
    return "<qt>" + "<br>".join(lines) + "</qt>"


def list_tooltip(entries: Sequence[CalendarEntry], day: date) -> str:
    """The meetings hidden behind ``+N more``, one label a line."""
    return "<qt>" + "<br>".join(escape(e.label(day)) for e in entries) + "</qt>"


@dataclass(frozen=True, slots=True)
class Hit:
    """What lies under a point of a calendar canvas."""

    rect: QRect  # the area the answer holds for (a meeting, a "+N more" line, a slot)
    entry: CalendarEntry | None = None  # a meeting drawn there
    more_day: date | None = None  # the "+N more" line of this day
    hidden: tuple[CalendarEntry, ...] = ()  # the meetings behind that line
    slot: datetime | None = None  # empty space: what double-clicking there creates (office time)


class CalendarCanvas(QWidget):
    """A painted period of the calendar. Subclasses lay out and paint; this class turns mouse
    events into signals through ``hit_at``: a click (press and release on the same meeting)
    activates it, a double-click on empty space asks to create a meeting there, a click on
    "+N more" asks to show that day."""

    meeting_activated = Signal(int)
    create_requested = Signal(object)  # an aware datetime in the office's zone
    day_requested = Signal(object)  # a date whose hidden meetings the person wants to see

    def __init__(
        self, index: MeetingIndex, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._index = index
        self._today = today
        self._pressed: Hit | None = None
        self._hover_id: int | None = None
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    # -- for the owner ---------------------------------------------------------------------

    def set_index(self, index: MeetingIndex) -> None:
        self._index = index
        self.invalidate()

    def invalidate(self) -> None:
        """Forget the cached layout (new period, meetings, size, font or day) and repaint."""
        self.update()

    # -- for subclasses --------------------------------------------------------------------

    def hit_at(self, pos: QPoint) -> Hit | None:
        raise NotImplementedError

    def hovered_id(self) -> int | None:
        return self._hover_id

    # -- events ----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = None
        if event.button() == Qt.MouseButton.LeftButton:
            hit = self.hit_at(event.position().toPoint())
            if hit is not None and (hit.entry is not None or hit.more_day is not None):
                self._pressed = hit
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, self._pressed = self._pressed, None
        if pressed is None or event.button() != Qt.MouseButton.LeftButton:
            return
        hit = self.hit_at(event.position().toPoint())
        if hit is None:
            return
        if pressed.entry is not None and hit.entry is not None and hit.entry.id == pressed.entry.id:
            self.meeting_activated.emit(hit.entry.id)
        elif pressed.more_day is not None and hit.more_day == pressed.more_day:
            self.day_requested.emit(hit.more_day)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        # The first click of the pair has already activated a meeting under the pointer; the
        # release that follows this event finds nothing pressed, so it does not do so again.
        self._pressed = None
        if event.button() != Qt.MouseButton.LeftButton:
            return
        hit = self.hit_at(event.position().toPoint())
        if hit is not None and hit.slot is not None:
            self.create_requested.emit(hit.slot)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self.hit_at(event.position().toPoint())
        hover = hit.entry.id if hit is not None and hit.entry is not None else None
        clickable = hover is not None or (hit is not None and hit.more_day is not None)
        if clickable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()
        if hover != self._hover_id:
            self._hover_id = hover
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hover_id is not None:
            self._hover_id = None
            self.update()
        super().leaveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.hit_at(event.pos())
            text = None
            if hit is not None and hit.entry is not None:
                text = entry_tooltip(hit.entry)
            elif hit is not None and hit.more_day is not None:
                text = list_tooltip(hit.hidden, hit.more_day)
            if text is None or hit is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), text, self, hit.rect)
            return True
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.invalidate()
        return super().event(event)
