"""The calendar's month view: six weeks of seven days, Monday first, each day listing its
meetings as ``15:00 Theme`` lines."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, time, timedelta

from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

from scoda_desktop.ui.calendar_common import (
    CalendarCanvas,
    CalendarEntry,
    Hit,
    MeetingIndex,
    blend,
    day_and_month_text,
    entry_font,
    is_dark,
    month_start,
    office_datetime,
    status_accent,
    week_start,
    weekday_abbreviation,
)

ROWS, COLUMNS = 6, 7
NEW_MEETING_TIME = time(9, 0)  # double-clicking a day offers a meeting at 09:00 office time
PADDING = 3


@dataclass(slots=True)
class _DayCell:
    day: date
    rect: QRect
    in_month: bool
    today: bool
    lines: list[tuple[QRect, CalendarEntry]] = field(default_factory=list)
    more_rect: QRect | None = None
    hidden: tuple[CalendarEntry, ...] = ()


class MonthCanvas(CalendarCanvas):
    """Paints one month. The layout (cells and the meeting lines that fit in them) is computed
    once per size, month, meeting list and day, and serves both painting and hit-testing."""

    def __init__(
        self, index: MeetingIndex, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(index, today, parent)
        self.setObjectName("calendarMonth")
        self.setAccessibleName(self.tr("Month calendar"))
        self._month = month_start(today())
        self._cells: list[_DayCell] | None = None
        self._laid_out_today: date | None = None

    # -- period ----------------------------------------------------------------------------

    def month(self) -> date:
        """The first of the month shown."""
        return self._month

    def set_month(self, day: date) -> None:
        self._month = month_start(day)
        self.invalidate()

    def visible_range(self) -> tuple[date, date]:
        first = week_start(self._month)
        return first, first + timedelta(days=ROWS * COLUMNS - 1)

    def invalidate(self) -> None:
        self._cells = None
        super().invalidate()

    # -- geometry --------------------------------------------------------------------------

    def header_height(self) -> int:
        return self.fontMetrics().height() + 8

    def _line_height(self) -> int:
        return self.fontMetrics().height() + 3

    def _layout(self) -> list[_DayCell]:
        today = self._today()
        if self._cells is not None and self._laid_out_today == today:
            return self._cells
        first, _ = self.visible_range()
        top = self.header_height()
        width, height = self.width(), max(self.height() - top, ROWS)
        line_height = self._line_height()
        number_height = self.fontMetrics().height() + 4
        cells = []
        for n in range(ROWS * COLUMNS):
            row, column = divmod(n, COLUMNS)
            x0, x1 = round(column * width / COLUMNS), round((column + 1) * width / COLUMNS)
            y0 = top + round(row * height / ROWS)
            y1 = top + round((row + 1) * height / ROWS)
            day = first + timedelta(days=n)
            cell = _DayCell(
                day=day,
                rect=QRect(x0, y0, x1 - x0, y1 - y0),
                in_month=day.month == self._month.month,
                today=day == today,
            )
            entries = self._index.on(day)
            lines_top = y0 + PADDING + number_height
            fitting = max(0, (y1 - PADDING - lines_top) // line_height)
            shown = len(entries) if len(entries) <= fitting else max(0, fitting - 1)
            line_width = x1 - x0 - 2 * PADDING - 1
            for i, entry in enumerate(entries[:shown]):
                rect = QRect(x0 + PADDING + 1, lines_top + i * line_height, line_width, 0)
                rect.setHeight(line_height - 1)
                cell.lines.append((rect, entry))
            if shown < len(entries) and fitting > 0:
                cell.more_rect = QRect(
                    x0 + PADDING + 1, lines_top + shown * line_height, line_width, line_height - 1
                )
                cell.hidden = tuple(entries[shown:])
            cells.append(cell)
        self._cells, self._laid_out_today = cells, today
        return cells

    def _cell_at(self, pos: QPoint) -> _DayCell | None:
        for cell in self._layout():
            if cell.rect.contains(pos):
                return cell
        return None

    def hit_at(self, pos: QPoint) -> Hit | None:
        cell = self._cell_at(pos)
        if cell is None:
            return None
        for rect, entry in cell.lines:
            if rect.contains(pos):
                return Hit(rect, entry=entry)
        if cell.more_rect is not None and cell.more_rect.contains(pos):
            return Hit(cell.more_rect, more_day=cell.day, hidden=cell.hidden)
        return Hit(cell.rect, slot=office_datetime(cell.day, NEW_MEETING_TIME))

    def meeting_rect(self, meeting_id: int) -> QRect | None:
        """Where the meeting's line is drawn on its first visible day; None when it is not in
        the month shown or hides behind "+N more"."""
        for cell in self._layout():
            for rect, entry in cell.lines:
                if entry.id == meeting_id:
                    return QRect(rect)
        return None

    def day_rect(self, day: date) -> QRect | None:
        for cell in self._layout():
            if cell.day == day:
                return QRect(cell.rect)
        return None

    def is_highlighted(self, day: date) -> bool:
        return any(cell.today and cell.day == day for cell in self._layout())

    def more_rect(self, day: date) -> QRect | None:
        """Where the day's "+N more" line is drawn, or None when all its meetings fit."""
        cell = next((c for c in self._layout() if c.day == day), None)
        return QRect(cell.more_rect) if cell is not None and cell.more_rect is not None else None

    def hidden_count(self, day: date) -> int:
        """How many of the day's meetings are behind its "+N more" line."""
        return next((len(c.hidden) for c in self._layout() if c.day == day), 0)

    # -- painting --------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._cells = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        cells = self._layout()
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        self._paint_header(painter, palette)
        for cell in cells:
            if cell.rect.intersects(event.rect()):
                self._paint_cell(painter, palette, cell)
        self._paint_grid(painter, palette, cells)
        painter.end()

    def _paint_header(self, painter: QPainter, palette: QPalette) -> None:
        height = self.header_height()
        painter.fillRect(0, 0, self.width(), height, palette.color(QPalette.ColorRole.Window))
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        for column in range(COLUMNS):
            name = weekday_abbreviation(column)
            x0 = round(column * self.width() / COLUMNS)
            x1 = round((column + 1) * self.width() / COLUMNS)
            painter.drawText(QRect(x0, 0, x1 - x0, height), Qt.AlignmentFlag.AlignCenter, name)

    def _paint_grid(self, painter: QPainter, palette: QPalette, cells: list[_DayCell]) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 0))
        top = self.header_height()
        painter.drawLine(0, top, self.width(), top)
        for cell in cells[:COLUMNS]:
            if cell.rect.left() > 0:
                painter.drawLine(cell.rect.left(), top, cell.rect.left(), self.height())
        for cell in cells[COLUMNS::COLUMNS]:
            painter.drawLine(0, cell.rect.top(), self.width(), cell.rect.top())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

    def _paint_cell(self, painter: QPainter, palette: QPalette, cell: _DayCell) -> None:
        base = palette.color(QPalette.ColorRole.Base)
        background = base if cell.in_month else palette.color(QPalette.ColorRole.Window)
        if cell.today:
            background = blend(background, palette.color(QPalette.ColorRole.Highlight), 0.14)
        painter.fillRect(cell.rect, background)
        painter.setOpacity(1.0 if cell.in_month else 0.6)
        self._paint_day_number(painter, palette, cell)
        dark = is_dark(palette)
        for rect, entry in cell.lines:
            self._paint_line(painter, palette, rect, entry, cell.day, background, dark)
        if cell.more_rect is not None:
            painter.setPen(palette.color(QPalette.ColorRole.Link))
            painter.setFont(self.font())
            painter.drawText(
                cell.more_rect.adjusted(6, 0, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.tr("+%n more", "meetings not shown in a day's cell", len(cell.hidden)),
            )
        painter.setOpacity(1.0)

    def _paint_day_number(self, painter: QPainter, palette: QPalette, cell: _DayCell) -> None:
        day = cell.day
        text = str(day.day) if day.day != 1 else day_and_month_text(day)
        metrics = self.fontMetrics()
        height = metrics.height() + 4
        width = max(height, metrics.horizontalAdvance(text) + 10)
        badge = QRect(cell.rect.left() + PADDING, cell.rect.top() + PADDING, width, height)
        font = QFont(self.font())
        if cell.today:
            font.setBold(True)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(QRectF(badge), height / 2, height / 2)
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        elif cell.in_month:
            painter.setPen(palette.color(QPalette.ColorRole.Text))
        else:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.setFont(font)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        painter.setFont(self.font())

    def _paint_line(
        self,
        painter: QPainter,
        palette: QPalette,
        rect: QRect,
        entry: CalendarEntry,
        day: date,
        background: QColor,
        dark: bool,
    ) -> None:
        accent = status_accent(entry.row.status)
        hovered = entry.id == self.hovered_id()
        painter.setPen(Qt.PenStyle.NoPen)
        if entry.cancelled:
            text_colour = palette.color(QPalette.ColorRole.PlaceholderText)
            if hovered:
                painter.setBrush(blend(background, text_colour, 0.15))
                painter.drawRoundedRect(QRectF(rect), 3, 3)
        else:
            text_colour = palette.color(QPalette.ColorRole.Text)
            amount = (0.34 if dark else 0.2) + (0.12 if hovered else 0.0)
            painter.setBrush(blend(background, accent, amount))
            painter.drawRoundedRect(QRectF(rect), 3, 3)
        painter.setBrush(accent)
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 3, rect.height()), 1.5, 1.5)
        font = entry_font(self.font(), entry)
        painter.setFont(font)
        painter.setPen(text_colour)
        text_rect = rect.adjusted(6, 0, -2, 0)
        label = painter.fontMetrics().elidedText(
            entry.label(day), Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label
        )
        painter.setFont(self.font())
