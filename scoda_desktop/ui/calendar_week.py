"""The calendar's week view: seven day columns of half-hour slots, meetings as blocks from their
start to their end in the office's time, overlapping meetings side by side."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from scoda_desktop.domain.office import office_zone
from scoda_desktop.ui.calendar_common import (
    NOW_LINE_COLOUR,
    CalendarCanvas,
    CalendarEntry,
    Hit,
    MeetingIndex,
    blend,
    entry_font,
    is_dark,
    office_datetime,
    status_accent,
    week_start,
    weekday_abbreviation,
)

DAYS = 7
MINUTES_PER_DAY = 24 * 60
SLOT_MINUTES = 30
WORKING_DAY = (7, 21)  # the hours that fill the view when it is tall enough; the rest scrolls
MIN_BLOCK_MINUTES = 30  # a shorter (or zero-length) meeting is drawn as tall as a slot
ZONE_CAPTION = "UTC+8"

_Block = tuple[QRect, CalendarEntry]


def _minutes(moment: datetime, day: date) -> int:
    """Minutes from ``day``'s midnight to ``moment`` (office time), clamped to that day."""
    if moment.date() < day:
        return 0
    if moment.date() > day:
        return MINUTES_PER_DAY
    return moment.hour * 60 + moment.minute


def side_by_side(
    entries: Sequence[CalendarEntry], day: date
) -> list[tuple[CalendarEntry, int, int, int, int]]:
    """Each meeting on ``day`` as (entry, start minute, end minute, column, columns): meetings
    that overlap (directly or through others) share the width in as few columns as fit.
    ``entries`` are sorted by start."""
    spans = []
    for entry in entries:
        start = min(_minutes(entry.start, day), MINUTES_PER_DAY - MIN_BLOCK_MINUTES)
        end = max(_minutes(entry.end, day), start + MIN_BLOCK_MINUTES)
        spans.append((entry, start, end))
    placed: list[tuple[CalendarEntry, int, int, int, int]] = []
    group: list[tuple[CalendarEntry, int, int, int]] = []
    column_ends: list[int] = []

    def close_group() -> None:
        placed.extend((e, s, t, c, len(column_ends)) for e, s, t, c in group)
        group.clear()
        column_ends.clear()

    for entry, start, end in spans:
        if group and start >= max(column_ends):
            close_group()
        column = next((i for i, last in enumerate(column_ends) if last <= start), None)
        if column is None:
            column = len(column_ends)
            column_ends.append(end)
        else:
            column_ends[column] = end
        group.append((entry, start, end, column))
    close_group()
    return placed


def wrap_lines(text: str, metrics: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """``text`` broken at spaces into at most ``max_lines`` lines of ``width`` pixels, the last
    one (and any word too long for a line) elided with "…" when it does not fit."""
    if max_lines <= 0 or width <= 0:
        return []
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < max_lines:
        if len(lines) == max_lines - 1:
            lines.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
            break
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        lines.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
    return lines


class WeekCanvas(CalendarCanvas):
    """Paints the 24 hours of one week, as tall as ``hour_height`` makes it; lives in a scroll
    area. Blocks are laid out once per size, week, meeting list and day."""

    def __init__(
        self, index: MeetingIndex, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(index, today, parent)
        self.setObjectName("calendarWeek")
        self.setAccessibleName(self.tr("Week calendar"))
        self._monday = week_start(today())
        self._hour_height = self.minimum_hour_height()
        self._blocks: list[list[_Block]] | None = None
        self._laid_out_today: date | None = None
        self.setFixedHeight(24 * self._hour_height)

    # -- period and size -------------------------------------------------------------------

    def monday(self) -> date:
        return self._monday

    def set_week(self, day: date) -> None:
        self._monday = week_start(day)
        self.invalidate()

    def days(self) -> list[date]:
        return [self._monday + timedelta(days=i) for i in range(DAYS)]

    def visible_range(self) -> tuple[date, date]:
        return self._monday, self._monday + timedelta(days=DAYS - 1)

    def minimum_hour_height(self) -> int:
        """Tall enough for half an hour to hold one line of text."""
        return 2 * (self.fontMetrics().height() + 4)

    def hour_height(self) -> int:
        return self._hour_height

    def set_hour_height(self, height: int) -> None:
        self._hour_height = max(height, self.minimum_hour_height())
        self.setFixedHeight(24 * self._hour_height)
        self.invalidate()

    def sizeHint(self) -> QSize:
        return QSize(700, 24 * self._hour_height)

    def invalidate(self) -> None:
        self._blocks = None
        super().invalidate()

    # -- geometry --------------------------------------------------------------------------

    def gutter_width(self) -> int:
        metrics = self.fontMetrics()
        return max(metrics.horizontalAdvance("00:00"), metrics.horizontalAdvance(ZONE_CAPTION)) + 14

    def column_span(self, column: int) -> tuple[int, int]:
        """The left and right x of a day's column (0 = Monday)."""
        gutter = self.gutter_width()
        width = max(self.width() - gutter, DAYS)
        return (
            gutter + round(column * width / DAYS),
            gutter + round((column + 1) * width / DAYS),
        )

    def y_of(self, minutes: int) -> int:
        return round(minutes * self._hour_height / 60)

    def _layout(self) -> list[list[_Block]]:
        today = self._today()
        if self._blocks is not None and self._laid_out_today == today:
            return self._blocks
        blocks: list[list[_Block]] = []
        for column, day in enumerate(self.days()):
            x0, x1 = self.column_span(column)
            inner = x1 - x0 - 6  # a margin on the right to double-click into a busy hour
            day_blocks = []
            for entry, start, end, slot, slots in side_by_side(self._index.on(day), day):
                left = x0 + 2 + round(slot * inner / slots)
                right = x0 + 2 + round((slot + 1) * inner / slots)
                top, bottom = self.y_of(start), self.y_of(end)
                day_blocks.append((QRect(left, top + 1, right - left - 1, bottom - top - 2), entry))
            blocks.append(day_blocks)
        self._blocks, self._laid_out_today = blocks, today
        return blocks

    def _column_at(self, x: int) -> int | None:
        for column in range(DAYS):
            x0, x1 = self.column_span(column)
            if x0 <= x < x1:
                return column
        return None

    def hit_at(self, pos: QPoint) -> Hit | None:
        column = self._column_at(pos.x())
        if column is None or not 0 <= pos.y() < self.height():
            return None
        for rect, entry in reversed(self._layout()[column]):
            if rect.contains(pos):
                return Hit(rect, entry=entry)
        minutes = int(pos.y() * 60 / self._hour_height) // SLOT_MINUTES * SLOT_MINUTES
        minutes = min(minutes, MINUTES_PER_DAY - SLOT_MINUTES)
        day = self._monday + timedelta(days=column)
        return Hit(
            self._slot_rect(column, minutes),
            slot=office_datetime(day, time(minutes // 60, minutes % 60)),
        )

    def _slot_rect(self, column: int, minutes: int) -> QRect:
        x0, x1 = self.column_span(column)
        top = self.y_of(minutes)
        return QRect(x0, top, x1 - x0, self.y_of(minutes + SLOT_MINUTES) - top)

    def slot_rect(self, day: date, at: time) -> QRect | None:
        """The half-hour slot of ``day`` that holds ``at``, or None outside the week."""
        column = (day - self._monday).days
        if not 0 <= column < DAYS:
            return None
        minutes = (at.hour * 60 + at.minute) // SLOT_MINUTES * SLOT_MINUTES
        return self._slot_rect(column, minutes)

    def meeting_rect(self, meeting_id: int) -> QRect | None:
        """The meeting's block on its first day in the week shown, or None."""
        for day_blocks in self._layout():
            for rect, entry in day_blocks:
                if entry.id == meeting_id:
                    return QRect(rect)
        return None

    def is_highlighted(self, day: date) -> bool:
        """Whether ``day``'s column is painted as today."""
        self._layout()
        first, last = self.visible_range()
        return day == self._laid_out_today and first <= day <= last

    # -- painting --------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._blocks = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        blocks = self._layout()
        today = self._laid_out_today
        palette = self.palette()
        painter = QPainter(self)
        exposed = event.rect()
        base = palette.color(QPalette.ColorRole.Base)
        quiet = blend(base, palette.color(QPalette.ColorRole.Window), 0.7)
        painter.fillRect(exposed, base)
        morning, evening = (self.y_of(hour * 60) for hour in WORKING_DAY)
        painter.fillRect(QRect(0, 0, self.width(), morning), quiet)
        painter.fillRect(QRect(0, evening, self.width(), self.height() - evening), quiet)
        painter.fillRect(
            QRect(0, 0, self.gutter_width(), self.height()),
            palette.color(QPalette.ColorRole.Window),
        )
        highlight = palette.color(QPalette.ColorRole.Highlight)
        for column, day in enumerate(self.days()):
            if day == today:
                x0, x1 = self.column_span(column)
                painter.fillRect(QRect(x0, 0, x1 - x0, morning), blend(quiet, highlight, 0.12))
                painter.fillRect(
                    QRect(x0, morning, x1 - x0, evening - morning), blend(base, highlight, 0.1)
                )
                painter.fillRect(
                    QRect(x0, evening, x1 - x0, self.height() - evening),
                    blend(quiet, highlight, 0.12),
                )
        self._paint_hours(painter, palette, exposed)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dark = is_dark(palette)
        for column, day_blocks in enumerate(blocks):
            background = base if self.days()[column] != today else blend(base, highlight, 0.1)
            for rect, entry in day_blocks:
                if rect.intersects(exposed):
                    self._paint_block(painter, palette, rect, entry, column, background, dark)
        self._paint_now(painter, today)
        painter.end()

    def _paint_hours(self, painter: QPainter, palette: QPalette, exposed: QRect) -> None:
        gutter = self.gutter_width()
        grid = palette.color(QPalette.ColorRole.Mid)
        half = QColor(grid)
        half.setAlphaF(0.35)
        metrics = self.fontMetrics()
        for hour in range(24):
            y = self.y_of(hour * 60)
            if y > exposed.bottom() or y + self._hour_height < exposed.top():
                continue
            painter.setPen(QPen(grid, 0))
            painter.drawLine(0 if hour else gutter, y, self.width(), y)
            painter.setPen(QPen(half, 0, Qt.PenStyle.DotLine))
            y_half = self.y_of(hour * 60 + 30)
            painter.drawLine(gutter, y_half, self.width(), y_half)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            label = QRect(0, y + 2, gutter - 8, metrics.height())
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
            painter.drawText(label, align, f"{hour:02}:00")
        painter.setPen(QPen(grid, 0))
        for column in range(DAYS):
            x0, _ = self.column_span(column)
            painter.drawLine(x0, 0, x0, self.height())

    def _paint_block(
        self,
        painter: QPainter,
        palette: QPalette,
        rect: QRect,
        entry: CalendarEntry,
        column: int,
        background: QColor,
        dark: bool,
    ) -> None:
        accent = status_accent(entry.row.status)
        hovered = entry.id == self.hovered_id()
        outline = QColor(accent) if hovered else QColor(Qt.GlobalColor.transparent)
        painter.setPen(QPen(outline, 1) if hovered else Qt.PenStyle.NoPen)
        if entry.cancelled:
            text_colour = palette.color(QPalette.ColorRole.PlaceholderText)
            painter.setBrush(blend(background, text_colour, 0.12))
        else:
            text_colour = palette.color(QPalette.ColorRole.Text)
            painter.setBrush(blend(background, accent, 0.32 if dark else 0.2))
        body = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.drawRoundedRect(body, 4, 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 3, rect.height()), 1.5, 1.5)

        painter.save()
        painter.setClipRect(rect.adjusted(5, 1, -2, -1))
        painter.setPen(text_colour)
        font = entry_font(self.font(), entry)
        text_rect = rect.adjusted(6, 2, -3, -2)
        metrics = self.fontMetrics()
        day = self._monday + timedelta(days=column)
        if text_rect.height() < 2 * metrics.height():
            painter.setFont(font)
            label = painter.fontMetrics().elidedText(
                entry.label(day), Qt.TextElideMode.ElideRight, text_rect.width()
            )
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label
            )
        else:
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            span = f"{entry.start:%H:%M}–{entry.end:%H:%M}"
            if painter.fontMetrics().horizontalAdvance(span) > text_rect.width():
                span = f"{entry.start:%H:%M}"
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, span
            )
            painter.setFont(font)
            line_height = painter.fontMetrics().height()
            room = (text_rect.height() - metrics.height()) // line_height
            for i, line in enumerate(
                wrap_lines(entry.row.theme, painter.fontMetrics(), text_rect.width(), room)
            ):
                painter.drawText(
                    text_rect.left(),
                    text_rect.top() + (i + 1) * line_height + painter.fontMetrics().ascent(),
                    line,
                )
        painter.restore()

    def _paint_now(self, painter: QPainter, today: date | None) -> None:
        now = datetime.now(office_zone())
        if today is None or now.date() != today:  # an injected clock: no line
            return
        column = (today - self._monday).days
        if not 0 <= column < DAYS:
            return
        x0, x1 = self.column_span(column)
        y = self.y_of(now.hour * 60 + now.minute)
        painter.setPen(QPen(NOW_LINE_COLOUR, 2))
        painter.drawLine(x0, y, x1, y)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(NOW_LINE_COLOUR)
        painter.drawEllipse(QPoint(x0, y), 4, 4)


class WeekHeader(QWidget):
    """The day names above the week's columns, aligned with the canvas below it."""

    def __init__(self, canvas: WeekCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._canvas = canvas
        self.setObjectName("calendarWeekHeader")
        self.setToolTip(self.tr("Times in Beijing time (Asia/Shanghai), the office's time zone"))

    def sizeHint(self) -> QSize:
        return QSize(self._canvas.sizeHint().width(), self.fontMetrics().height() + 14)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        gutter = self._canvas.gutter_width()
        metrics = self.fontMetrics()
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            QRect(0, 0, gutter - 4, self.height()), Qt.AlignmentFlag.AlignCenter, ZONE_CAPTION
        )
        day_label = self.tr("{weekday} {day}", "a weekday's name and the day of the month")
        for column, day in enumerate(self._canvas.days()):
            x0, x1 = self._canvas.column_span(column)
            text = day_label.format(weekday=weekday_abbreviation(column), day=day.day)
            cell = QRect(x0, 0, x1 - x0, self.height())
            if self._canvas.is_highlighted(day):
                width = metrics.horizontalAdvance(text) + 16
                pill = QRectF(cell.center().x() - width / 2, 4, width, self.height() - 8)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
                painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
                painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
                font = QFont(self.font())
                font.setBold(True)
                painter.setFont(font)
                painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, text)
                painter.setFont(self.font())
            else:
                painter.setPen(palette.color(QPalette.ColorRole.WindowText))
                painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, text)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 0))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        painter.end()


class _HoursScrollArea(QScrollArea):
    """Leaves every key to the calendar around it, which pages through weeks on Page Up /
    Page Down and scrolls the hours on Up / Down itself."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.ignore()


class WeekView(QWidget):
    """The header and the scrolled canvas. The hours 07:00–21:00 fill the height when it
    allows; the scroll position is kept as a time of day across resizes and weeks."""

    def __init__(
        self, index: MeetingIndex, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.canvas = WeekCanvas(index, today)
        self.header = WeekHeader(self.canvas)
        self.scroll = _HoursScrollArea()
        self.scroll.setObjectName("calendarWeekScroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.canvas)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll)

        self._top_minutes = WORKING_DAY[0] * 60
        self._adjusting = False
        bar = self.scroll.verticalScrollBar()
        bar.valueChanged.connect(self._on_scrolled)
        bar.rangeChanged.connect(self._apply_scroll)
        self.scroll.viewport().installEventFilter(self)

    def set_week(self, day: date) -> None:
        self.canvas.set_week(day)
        self.header.update()

    def invalidate(self) -> None:
        self.canvas.invalidate()
        self.header.update()

    def top_minutes(self) -> int:
        """The time of day (minutes after midnight) at the top of the visible part."""
        return self._top_minutes

    def scroll_to_minutes(self, minutes: int) -> None:
        self._top_minutes = max(0, min(minutes, MINUTES_PER_DAY))
        self._apply_scroll()

    def scroll_by_hours(self, hours: float) -> None:
        self.scroll_to_minutes(self._top_minutes + round(hours * 60))
        self._on_scrolled(self.scroll.verticalScrollBar().value())  # the value as clamped

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_hours()
        return super().eventFilter(watched, event)

    def _fit_hours(self) -> None:
        working_hours = WORKING_DAY[1] - WORKING_DAY[0]
        height = self.scroll.viewport().height() // working_hours
        if height != self.canvas.hour_height():
            self.canvas.set_hour_height(height)
        self._apply_scroll()
        self.header.update()

    def _apply_scroll(self, *_range: int) -> None:
        self._adjusting = True
        try:
            self.scroll.verticalScrollBar().setValue(self.canvas.y_of(self._top_minutes))
        finally:
            self._adjusting = False

    def _on_scrolled(self, value: int) -> None:
        if not self._adjusting:
            self._top_minutes = round(value * 60 / self.canvas.hour_height())
