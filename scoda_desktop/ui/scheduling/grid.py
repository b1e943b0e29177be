"""The day grid: the office's day laid out like a world-clock planner.

Columns are the 24 hours of the office's day (Beijing time); each row is a zone the participants
join from, its cells showing the local time and coloured by what that hour is there (working,
the first or last working hour, a weekend or holiday of the participants' country, outside
working hours, night). A cell that is two things (Kathmandu's hours begin at a quarter past an
office hour) is painted in parts. The strip above the rows marks the times that suit everyone
and the host side's other meetings; the chosen slot is outlined across every row.

Colours come from the palette, tinted with three mid-tone accents that read on light and dark
backgrounds alike; everything is painted in logical pixels, so it stays sharp on HiDPI screens.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from scoda_desktop.domain.office import to_office_time
from scoda_desktop.services.day_plan import DayPlan, ZoneRow
from scoda_desktop.services.scheduling import NIGHT_ENDS, NIGHT_STARTS, ClockHour, HourKind
from scoda_desktop.ui.calendar_common import blend, is_dark
from scoda_desktop.ui.display import TranslatedLabels, office_zone_label
from scoda_desktop.ui.meeting_editor.clock_text import (
    city_text,
    short_date_text,
    short_weekday_text,
)
from scoda_desktop.ui.translations import QT_TRANSLATE_NOOP

HOURS = 24
MINUTES_PER_DAY = HOURS * 60

# The only colours not taken from the palette: mid-tones laid over the base colour.
HOUR_ACCENTS: dict[HourKind, QColor] = {
    HourKind.WORKING: QColor("#2e9b57"),
    HourKind.EDGE: QColor("#d4940a"),
    HourKind.DAY_OFF: QColor("#c94a4a"),
}
# What an hour is; read translated. The night's label has {start} and {end}: use kind_label().
HOUR_KIND_LABELS = TranslatedLabels(
    "HourKind",
    {
        HourKind.WORKING: QT_TRANSLATE_NOOP("HourKind", "Working hours"),
        HourKind.EDGE: QT_TRANSLATE_NOOP("HourKind", "First or last working hour"),
        HourKind.DAY_OFF: QT_TRANSLATE_NOOP("HourKind", "Weekend or holiday"),
        HourKind.OFF_HOURS: QT_TRANSLATE_NOOP("HourKind", "Outside working hours"),
        HourKind.NIGHT: QT_TRANSLATE_NOOP("HourKind", "Night ({start}–{end})"),
    },
)
# The strip above the rows and its legend entries (English sources, context "DayGrid").
SUITS_EVERYONE = QT_TRANSLATE_NOOP("DayGrid", "Suits everyone")
HOST_BUSY = QT_TRANSLATE_NOOP("DayGrid", "Host side busy")
MIN_LABEL_WIDTH, MAX_LABEL_WIDTH = 150, 210


def kind_label(kind: HourKind) -> str:
    """What an hour of ``kind`` is, in the interface's language: "Night (22:00–07:00)"."""
    return HOUR_KIND_LABELS[kind].format(start=f"{NIGHT_STARTS:%H:%M}", end=f"{NIGHT_ENDS:%H:%M}")


def strip_label(source: str) -> str:
    """``SUITS_EVERYONE`` or ``HOST_BUSY`` translated."""
    return QCoreApplication.translate("DayGrid", source)


def row_city(row: ZoneRow) -> str:
    """The city of the row's zone, in the interface's language."""
    return city_text(row.zone, row.city)


def kind_colour(kind: HourKind, palette: QPalette) -> QColor:
    """The fill of an hour of ``kind``: accents over the base colour; off hours in the base
    colour itself (a little lighter on a dark palette), night in a darker shade of it."""
    base = palette.color(QPalette.ColorRole.Base)
    accent, dark = HOUR_ACCENTS.get(kind), is_dark(palette)
    if accent is not None:
        return blend(base, accent, 0.45 if dark else 0.3)
    if kind is HourKind.OFF_HOURS:  # on a dark palette a little lighter, to stand off the night
        return blend(base, palette.color(QPalette.ColorRole.Text), 0.12) if dark else base
    return blend(base, palette.color(QPalette.ColorRole.Dark), 0.55)


def suits_colour(palette: QPalette) -> QColor:
    return blend(
        palette.color(QPalette.ColorRole.Base),
        HOUR_ACCENTS[HourKind.WORKING],
        0.8 if is_dark(palette) else 0.65,
    )


def hatch_brush(palette: QPalette) -> QBrush:
    """The diagonal lines laid over a day off and over busy time."""
    colour = QColor(palette.color(QPalette.ColorRole.Text))
    colour.setAlphaF(0.28)
    return QBrush(colour, Qt.BrushStyle.BDiagPattern)


def small_font(font: QFont) -> QFont:
    smaller = QFont(font)
    if font.pointSizeF() > 0:
        smaller.setPointSizeF(font.pointSizeF() * 0.85)
    else:
        smaller.setPixelSize(max(1, round(font.pixelSize() * 0.85)))
    return smaller


def local_date_text(moment: datetime) -> str:
    """``Tue 1 Dec`` (``12月1日周二``): a wall-clock date, in English whatever the OS locale."""
    return short_date_text(moment.date())


def local_midnight(hour: ClockHour) -> datetime | None:
    """The instant inside ``hour`` (or at its start) when the zone's date changes, if any."""
    zone = hour.local_start.tzinfo
    last = (hour.ends_at - timedelta(microseconds=1)).astimezone(zone)
    if hour.local_start.time() == time(0):
        return hour.starts_at
    if last.date() != hour.local_start.date():
        return datetime.combine(last.date(), time(0), zone)
    return None


@dataclass(frozen=True, slots=True)
class GridHit:
    """What lies under a point of the grid."""

    starts_at: datetime  # the start a click there picks (UTC, on the plan's step)
    row: ZoneRow | None = None
    hour: ClockHour | None = None


class DayGrid(QWidget):
    """Paints a :class:`DayPlan`. A click (or Left/Right) picks a start on the plan's step;
    the owner decides and calls :meth:`set_selection`."""

    start_chosen = Signal(object)  # an aware UTC datetime

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayGrid")
        self.setAccessibleName(self.tr("Day grid"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._plan: DayPlan | None = None
        self._selection: tuple[datetime, datetime] | None = None

    # -- content ---------------------------------------------------------------------------

    def plan(self) -> DayPlan | None:
        return self._plan

    def set_plan(self, plan: DayPlan | None) -> None:
        self._plan = plan
        self.setAccessibleDescription(self._summary())
        self.updateGeometry()
        self.update()

    def set_selection(self, starts_at: datetime | None, ends_at: datetime | None = None) -> None:
        """Outline the slot ``starts_at``–``ends_at`` (None: no slot)."""
        self._selection = None if starts_at is None or ends_at is None else (starts_at, ends_at)
        self.update()

    def selection(self) -> tuple[datetime, datetime] | None:
        return self._selection

    def row_zones(self) -> list[str]:
        return [row.zone for row in self._rows()]

    def _rows(self) -> tuple[ZoneRow, ...]:
        return self._plan.rows if self._plan is not None else ()

    def _summary(self) -> str:
        if self._plan is None:
            return ""
        zones = self.tr("; ").join(
            f"{row_city(row)} {row.offset_text()}" for row in self._plan.rows
        )
        return self.tr(
            "%n time(s) suit everyone. Zones: {zones}", "", len(self._plan.proposals)
        ).format(zones=zones)

    # -- geometry --------------------------------------------------------------------------

    def row_height(self) -> int:
        return 2 * self.fontMetrics().height() + 12

    def header_height(self) -> int:
        return self.fontMetrics().height() + 10

    def strip_height(self) -> int:
        return self.fontMetrics().height() + 10

    def rows_top(self) -> int:
        return self.header_height() + self.strip_height()

    def min_cell_width(self) -> int:
        return self.fontMetrics().horizontalAdvance("00") + 8

    def label_width(self) -> int:
        bold = QFont(self.font())
        bold.setBold(True)
        widest = QFontMetrics(bold).horizontalAdvance(strip_label(SUITS_EVERYONE))
        for row in self._rows():
            widest = max(widest, QFontMetrics(bold).horizontalAdvance(self._title(row)))
            widest = max(widest, self.fontMetrics().horizontalAdvance(self._subtitle(row)))
        return max(MIN_LABEL_WIDTH, min(widest + 20, MAX_LABEL_WIDTH))

    def sizeHint(self) -> QSize:
        width = self.label_width() + HOURS * (self.min_cell_width() + 6)
        return QSize(width, self.rows_top() + max(len(self._rows()), 1) * self.row_height() + 2)

    def minimumSizeHint(self) -> QSize:
        width = self.label_width() + HOURS * self.min_cell_width()
        return QSize(width, self.sizeHint().height())

    def _timeline(self) -> tuple[float, float]:
        """The left x of the office's midnight and the width of the 24 hours."""
        left = float(self.label_width())
        return left, max(self.width() - left - 1.0, float(HOURS))

    def x_of(self, moment: datetime) -> float:
        assert self._plan is not None
        left, width = self._timeline()
        minutes = (moment - self._plan.starts_at).total_seconds() / 60
        return left + max(0.0, min(minutes, MINUTES_PER_DAY)) * width / MINUTES_PER_DAY

    def row_rect(self, index: int) -> QRectF:
        top = self.rows_top() + index * self.row_height()
        return QRectF(0, top, self.width(), self.row_height())

    def cell_rect(self, row: int, hour: int) -> QRectF:
        """The tile of ``hour`` (0–23) in row ``row``, inside its gaps."""
        left, width = self._timeline()
        x0 = left + hour * width / HOURS
        x1 = left + (hour + 1) * width / HOURS
        band = self.row_rect(row)
        return QRectF(x0 + 1, band.top() + 2, x1 - x0 - 2, band.height() - 4)

    def point_at(self, moment: datetime, row: int = 0) -> QPointF:
        """A point inside row ``row`` at the instant ``moment``, a little after it (for clicks)."""
        _, width = self._timeline()
        return QPointF(
            self.x_of(moment) + width / MINUTES_PER_DAY * 2, self.row_rect(row).center().y()
        )

    def hit_at(self, pos: QPointF) -> GridHit | None:
        if self._plan is None:
            return None
        left, width = self._timeline()
        if not left <= pos.x() < left + width or pos.y() < self.header_height():
            return None
        minutes = (pos.x() - left) * MINUTES_PER_DAY / width
        step_minutes = self._plan.step.total_seconds() / 60
        starts_at = self._plan.starts_at + timedelta(
            minutes=int(minutes // step_minutes * step_minutes)
        )
        index = int((pos.y() - self.rows_top()) // self.row_height())
        if pos.y() < self.rows_top() or not 0 <= index < len(self._plan.rows):
            return GridHit(starts_at)
        row = self._plan.rows[index]
        return GridHit(starts_at, row, row.hours[min(int(minutes // 60), len(row.hours) - 1)])

    # -- painting --------------------------------------------------------------------------

    @staticmethod
    def _title(row: ZoneRow) -> str:
        return f"{row_city(row)}  {row.offset_text()}"

    def _subtitle(self, row: ZoneRow) -> str:
        return f"{row.zone} · {self.tr(', ').join(row.names())}"

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        painter.fillRect(event.rect(), palette.color(QPalette.ColorRole.Window))
        if self._plan is not None:
            self._paint_header(painter, palette)
            self._paint_strip(painter, palette)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            for index, row in enumerate(self._plan.rows):
                self._paint_row(painter, palette, index, row)
            self._paint_selection(painter, palette)
        painter.end()

    def _paint_header(self, painter: QPainter, palette: QPalette) -> None:
        left, width = self._timeline()
        height = self.header_height()
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRectF(8, 0, left - 12, height), align, office_zone_label())
        painter.setFont(self.font())
        selected = self._selected_hours()
        for hour in range(HOURS):
            cell = QRectF(left + hour * width / HOURS, 0, width / HOURS, height)
            if hour in selected:
                painter.setPen(palette.color(QPalette.ColorRole.Highlight))
                painter.setFont(bold)
            else:
                painter.setPen(palette.color(QPalette.ColorRole.WindowText))
                painter.setFont(self.font())
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, f"{hour:02d}")
        painter.setFont(self.font())

    def _selected_hours(self) -> set[int]:
        if self._plan is None or self._selection is None:
            return set()
        start, end = (to_office_time(moment) for moment in self._selection)
        day = self._plan.office_day
        first = start.hour if start.date() == day else 0
        last_moment = end - timedelta(microseconds=1)
        last = last_moment.hour if last_moment.date() == day else HOURS - 1
        if start.date() > day or last_moment.date() < day:
            return set()
        return set(range(first, last + 1))

    def _paint_strip(self, painter: QPainter, palette: QPalette) -> None:
        assert self._plan is not None
        left, width = self._timeline()
        top, height = self.header_height(), self.strip_height()
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRectF(8, top, left - 12, height), align, strip_label(SUITS_EVERYONE))
        lane = QRectF(left, top + 3, width, height - 6)
        painter.fillRect(
            lane,
            blend(
                palette.color(QPalette.ColorRole.Window),
                palette.color(QPalette.ColorRole.Mid),
                0.25,
            ),
        )
        colour = suits_colour(palette)
        for proposal in self._plan.proposals:
            x0, x1 = self.x_of(proposal.starts_at), self.x_of(proposal.ends_at)
            painter.fillRect(QRectF(x0, lane.top(), x1 - x0, lane.height()), colour)
        hatch = hatch_brush(palette)
        for busy in self._plan.busy:
            x0, x1 = self.x_of(busy.starts_at), self.x_of(busy.ends_at)
            if x1 > x0:
                busy_rect = QRectF(x0, lane.top(), x1 - x0, lane.height())
                painter.fillRect(busy_rect, kind_colour(HourKind.NIGHT, palette))
                painter.fillRect(busy_rect, hatch)

    def _paint_row(self, painter: QPainter, palette: QPalette, index: int, row: ZoneRow) -> None:
        band = self.row_rect(index)
        left, _ = self._timeline()
        text = palette.color(QPalette.ColorRole.Text)
        bold = QFont(self.font())
        bold.setBold(True)
        label = QRectF(8, band.top() + 5, left - 16, band.height() - 10)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        metrics = QFontMetrics(bold)
        top_align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        bottom_align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
        title = metrics.elidedText(
            self._title(row), Qt.TextElideMode.ElideRight, int(label.width())
        )
        painter.drawText(label, top_align, title)
        painter.setFont(self.font())
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        subtitle = self.fontMetrics().elidedText(
            self._subtitle(row), Qt.TextElideMode.ElideRight, int(label.width())
        )
        painter.drawText(label, bottom_align, subtitle)

        hatch = hatch_brush(palette)
        small = small_font(self.font())
        border = QColor(palette.color(QPalette.ColorRole.Mid))
        border.setAlphaF(0.6)
        for hour_index, hour in enumerate(row.hours):
            cell = self.cell_rect(index, hour_index)
            path = QPainterPath()
            path.addRoundedRect(cell, 3, 3)
            painter.save()
            painter.setClipPath(path)
            for part in hour.parts:
                x0 = max(self.x_of(part.starts_at), cell.left())
                x1 = min(self.x_of(part.ends_at), cell.right())
                part_rect = QRectF(x0, cell.top(), x1 - x0, cell.height())
                painter.fillRect(part_rect, kind_colour(part.kind, palette))
                if part.kind is HourKind.DAY_OFF:
                    painter.fillRect(part_rect, hatch)
            painter.restore()
            painter.setPen(QPen(border, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            self._paint_cell_text(painter, cell, hour, text, small)
            midnight = local_midnight(hour)
            if midnight is not None:
                separator = QColor(text)
                separator.setAlphaF(0.55)
                painter.setPen(QPen(separator, 2))
                x = self.x_of(midnight)
                painter.drawLine(QPointF(x, band.top() + 1), QPointF(x, band.bottom() - 1))

    def _paint_cell_text(
        self, painter: QPainter, cell: QRectF, hour: ClockHour, colour: QColor, small: QFont
    ) -> None:
        """The local hour ("08", then ":45" below it for a zone off the whole hour), or, in
        the hour where the zone's date changes, the new day ("Tue", "1"; "周二", "1日")."""
        local = hour.local_start
        if local_midnight(hour) is not None:
            new_day = (hour.ends_at - timedelta(microseconds=1)).astimezone(local.tzinfo)
            first = short_weekday_text(new_day.date())
            second = self.tr("{day}", "the day of the month under the weekday").format(
                day=new_day.day
            )
        else:
            first = f"{local.hour:02d}"
            second = f":{local.minute:02d}" if local.minute else ""
        half = cell.height() / 2
        painter.setPen(colour)
        painter.setFont(self.font())
        top = QRectF(cell.left(), cell.top() + 2, cell.width(), half - 2)
        painter.drawText(
            top,
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
            self.fontMetrics().elidedText(first, Qt.TextElideMode.ElideRight, int(cell.width())),
        )
        if second:
            painter.setFont(small)
            bottom = QRectF(cell.left(), cell.top() + half, cell.width(), half - 2)
            painter.drawText(
                bottom, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, second
            )
            painter.setFont(self.font())

    def _paint_selection(self, painter: QPainter, palette: QPalette) -> None:
        if self._plan is None or self._selection is None:
            return
        start, end = self._selection
        if end <= self._plan.starts_at or start >= self._plan.ends_at:
            return
        x0, x1 = self.x_of(start), self.x_of(end)
        top = self.header_height() + 1
        bottom = self.rows_top() + len(self._plan.rows) * self.row_height()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        fill = QColor(highlight)
        fill.setAlphaF(0.18)
        painter.setPen(QPen(highlight, 2))
        painter.setBrush(fill)
        painter.drawRoundedRect(
            QRectF(x0, top, max(x1 - x0, 2.0), bottom - top).adjusted(1, 1, -1, -1), 4, 4
        )

    # -- events ----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            hit = self.hit_at(event.position())
            if hit is not None:
                self.start_chosen.emit(hit.starts_at)
                return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
        step = moves.get(Qt.Key(event.key()))
        if step is None or self._plan is None or self._selection is None:
            super().keyPressEvent(event)
            return
        start = self._selection[0] + step * self._plan.step
        if self._plan.starts_at <= start < self._plan.ends_at:
            self.start_chosen.emit(start)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tooltip_at(self, pos: QPointF) -> str | None:
        """What the cell (or the strip) under ``pos`` is, as escaped rich text."""
        hit = self.hit_at(pos)
        if hit is None or self._plan is None:
            return None
        if hit.row is None or hit.hour is None:
            return self._strip_tooltip(hit.starts_at)
        lines = [f"<b>{escape(row_city(hit.row))}</b> ({escape(hit.row.zone)})"]
        for part in hit.hour.parts:
            start = part.starts_at.astimezone(hit.hour.local_start.tzinfo)
            end = part.ends_at.astimezone(hit.hour.local_start.tzinfo)
            office = to_office_time(part.starts_at)
            text = self.tr("{date} {start}–{end}: {kind} ({office} {zone})").format(
                date=local_date_text(start),
                start=f"{start:%H:%M}",
                end=f"{end:%H:%M}",
                kind=kind_label(part.kind),
                office=f"{office:%H:%M}",
                zone=office_zone_label(),
            )
            lines.append(escape(text))
        for day_off in hit.hour.days_off:
            lines.append(escape(f"{day_off.country_code}: {day_off.reason}"))
        lines.append(escape(self.tr(", ").join(hit.row.names())))
        return "<qt>" + "<br>".join(lines) + "</qt>"

    def _strip_tooltip(self, moment: datetime) -> str | None:
        assert self._plan is not None
        lines = [
            escape(
                self.tr("“{meeting}” keeps the host side busy").format(
                    meeting=busy.label or self.tr("Another meeting")
                )
            )
            for busy in self._plan.busy
            if busy.starts_at <= moment < busy.ends_at
        ]
        rank = self._plan.proposal_at(moment)
        if rank is not None:
            text = self.tr("Suggestion {number}: starts {time}").format(
                number=rank + 1, time=f"{to_office_time(moment):%H:%M}"
            )
            lines.append(escape(text))
        return "<qt>" + "<br>".join(lines) + "</qt>" if lines else None


class GridLegend(QWidget):
    """The colours of the grid, with what they mean, on one line that wraps if it must."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayGridLegend")
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _entries(self) -> list[tuple[str, HourKind | str]]:
        """Each entry's label and what its swatch shows: an hour's kind, or the strip's
        ``SUITS_EVERYONE`` or ``HOST_BUSY``."""
        kinds: list[tuple[str, HourKind | str]] = [(kind_label(k), k) for k in HOUR_KIND_LABELS]
        strip = [(strip_label(SUITS_EVERYONE), SUITS_EVERYONE), (strip_label(HOST_BUSY), HOST_BUSY)]
        return [*kinds, *strip]

    def _swatch(self) -> int:
        return self.fontMetrics().height() - 2

    def _layout(self, width: int) -> list[tuple[QRectF, str, HourKind | str]]:
        metrics = self.fontMetrics()
        swatch, gap, line = self._swatch(), 18, metrics.height() + 6
        x, y, placed = 0.0, 3.0, []
        for label, kind in self._entries():
            item = swatch + 6 + metrics.horizontalAdvance(label)
            if x > 0 and x + item > width:
                x, y = 0.0, y + line
            placed.append((QRectF(x, y, item, metrics.height()), label, kind))
            x += item + gap
        return placed

    def heightForWidth(self, width: int) -> int:
        placed = self._layout(width)
        return int(placed[-1][0].bottom()) + 4 if placed else 0

    def hasHeightForWidth(self) -> bool:
        return True

    def sizeHint(self) -> QSize:
        return QSize(600, self.heightForWidth(600))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.heightForWidth(max(self.width(), 200)))

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        swatch = self._swatch()
        hatch = hatch_brush(palette)
        for rect, label, kind in self._layout(self.width()):
            box = QRectF(rect.left(), rect.top() + 1, swatch, swatch)
            if isinstance(kind, HourKind):
                painter.fillRect(box, kind_colour(kind, palette))
            elif kind == SUITS_EVERYONE:
                painter.fillRect(box, suits_colour(palette))
            else:
                painter.fillRect(box, kind_colour(HourKind.NIGHT, palette))
            if kind is HourKind.DAY_OFF or kind == HOST_BUSY:
                painter.fillRect(box, hatch)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 0))
            painter.drawRect(box)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            text = QRectF(box.right() + 6, rect.top(), rect.width() - swatch - 6, rect.height())
            painter.drawText(
                text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label
            )
        painter.end()
