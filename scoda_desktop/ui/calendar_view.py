"""The calendar page's widget: a month or week of meetings placed by the office's local time,
with ‹ Today › navigation, a Month/Week toggle and the period's title above it.

Self-contained: the owner feeds it ``MeetingRow`` values with ``set_meetings`` and listens to
``meeting_activated`` (open that meeting) and ``create_requested`` (a new meeting then)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from scoda_desktop.domain.office import office_today
from scoda_desktop.ui.calendar_common import (
    CalendarCanvas,
    MeetingIndex,
    add_months,
    month_start,
    month_title,
    week_start,
    week_title,
)
from scoda_desktop.ui.calendar_month import MonthCanvas
from scoda_desktop.ui.calendar_week import WeekView

if TYPE_CHECKING:  # the services import SQLAlchemy: not before the window shows
    from scoda_desktop.services.meetings import MeetingRow

CLOCK_INTERVAL_MS = 60_000  # the current-time line moves, and "today" changes at midnight
DEFAULT_SLOT = time(9, 0)


class CalendarView(QWidget):
    """Month and week views of the meetings, by the office's wall-clock time (Asia/Shanghai).

    A click on a meeting emits ``meeting_activated`` with its id; a double-click on empty space
    emits ``create_requested`` with an aware datetime in the office's zone: the day at 09:00 in
    the month view, the half-hour slot clicked in the week view. Keys: Page Up / Page Down for
    the previous / next period, T or Home for today, M / W for month / week, Up / Down to
    scroll the week's hours."""

    meeting_activated = Signal(int)
    create_requested = Signal(object)

    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], date] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calendarView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._today = today or office_today
        self._index = MeetingIndex()
        self._anchor = self._today()  # a day inside the period shown
        self._month_mode = True
        self._seen_today = self._anchor

        self.month_canvas = MonthCanvas(self._index, self._today)
        self.week_view = WeekView(self._index, self._today)
        for canvas in (self.month_canvas, self.week_view.canvas):
            canvas.meeting_activated.connect(self.meeting_activated)
            canvas.create_requested.connect(self.create_requested)
            canvas.day_requested.connect(self._show_day)
            # A click on the calendar gives the keyboard to this widget, not the canvas or
            # the scroll area (which would take Page Up / Page Down for itself).
            canvas.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            canvas.setFocusProxy(self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.month_canvas)
        self.pages.addWidget(self.week_view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(self._build_header())
        layout.addWidget(self.pages, 1)

        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_INTERVAL_MS)
        self._clock.timeout.connect(self._on_clock)
        self._clock.start()
        self._refresh()

    def _build_header(self) -> QHBoxLayout:
        self.previous_button = self._button("‹", self.go_previous, "calendarPrevious")
        self.today_button = self._button(self.tr("Today"), self.go_today, "calendarToday")
        self.today_button.setToolTip(self.tr("Show today (T)"))
        self.next_button = self._button("›", self.go_next, "calendarNext")
        for button in (self.previous_button, self.next_button):
            button.setMinimumWidth(self.fontMetrics().height() * 2)
        self.title_label = QLabel()
        self.title_label.setObjectName("calendarTitle")
        font = QFont(self.font())
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.25)
        else:
            font.setPixelSize(round(font.pixelSize() * 1.25))
        self.title_label.setFont(font)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.month_button = self._button(self.tr("Month"), self.show_month, "calendarMonthButton")
        self.month_button.setToolTip(self.tr("Show a month (M)"))
        self.week_button = self._button(self.tr("Week"), self.show_week, "calendarWeekButton")
        self.week_button.setToolTip(self.tr("Show a week, hour by hour (W)"))
        self.mode_group = QButtonGroup(self)
        self.mode_group.setExclusive(True)
        for button in (self.month_button, self.week_button):
            button.setCheckable(True)
            self.mode_group.addButton(button)

        header = QHBoxLayout()
        header.setContentsMargins(6, 6, 6, 0)
        header.setSpacing(4)
        header.addWidget(self.previous_button)
        header.addWidget(self.today_button)
        header.addWidget(self.next_button)
        header.addSpacing(10)
        header.addWidget(self.title_label, 1)
        header.addWidget(self.month_button)
        header.addWidget(self.week_button)
        return header

    def _button(self, text: str, slot: Callable[[], None], name: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(slot)
        return button

    def sizeHint(self) -> QSize:
        return QSize(900, 640)

    # -- content ---------------------------------------------------------------------------

    def set_meetings(self, rows: list[MeetingRow]) -> None:
        """Replace the meetings shown: they are indexed by office day once, here."""
        self._index = MeetingIndex(rows)
        self.month_canvas.set_index(self._index)
        self.week_view.canvas.set_index(self._index)
        self.week_view.header.update()

    # -- navigation ------------------------------------------------------------------------

    def show_month(self) -> None:
        self._month_mode = True
        self._refresh()

    def show_week(self) -> None:
        self._month_mode = False
        self._refresh()

    def go_previous(self) -> None:
        self._step(-1)

    def go_next(self) -> None:
        self._step(1)

    def go_today(self) -> None:
        self.go_to(self._today())

    def go_to(self, day: date) -> None:
        """Show the month or week (whichever view is on) that holds ``day``."""
        self._anchor = day
        self._refresh()

    def _step(self, periods: int) -> None:
        if self._month_mode:
            first = add_months(self._anchor, periods)
            today = self._today()
            # Arriving at the current month keeps today as the day a switch to weeks shows.
            self._anchor = today if month_start(today) == first else first
        else:
            self._anchor += timedelta(weeks=periods)
        self._refresh()

    def _show_day(self, day: date) -> None:
        """ "+N more" clicked: the week of that day, where all its meetings are drawn."""
        self._anchor = day
        self.show_week()

    def _refresh(self) -> None:
        self.month_canvas.set_month(self._anchor)
        self.week_view.set_week(self._anchor)
        self.pages.setCurrentWidget(self.month_canvas if self._month_mode else self.week_view)
        self.month_button.setChecked(self._month_mode)
        self.week_button.setChecked(not self._month_mode)
        self.title_label.setText(self.title())
        if self._month_mode:
            previous, following = (
                self.tr("Previous month (Page Up)"),
                self.tr("Next month (Page Down)"),
            )
        else:
            previous, following = (
                self.tr("Previous week (Page Up)"),
                self.tr("Next week (Page Down)"),
            )
        self.previous_button.setToolTip(previous)
        self.next_button.setToolTip(following)

    def _on_clock(self) -> None:
        today = self._today()
        if today != self._seen_today:  # past midnight: another day is highlighted
            self._seen_today = today
            self.month_canvas.invalidate()
            self.week_view.invalidate()
        elif not self._month_mode:
            self.week_view.canvas.update()  # the current-time line

    # -- state, for the owner and for tests ------------------------------------------------

    def is_month_view(self) -> bool:
        return self._month_mode

    def title(self) -> str:
        """``November 2026`` or ``23–29 November 2026``: what the header shows."""
        if self._month_mode:
            return month_title(self._anchor)
        return week_title(week_start(self._anchor))

    def visible_range(self) -> tuple[date, date]:
        """The first and last day shown, inclusive: 42 days (six whole weeks around the month,
        Monday first) in the month view, Monday to Sunday in the week view."""
        if self._month_mode:
            return self.month_canvas.visible_range()
        return self.week_view.canvas.visible_range()

    def canvas(self) -> CalendarCanvas:
        """The widget that paints the period shown and takes its clicks; ``meeting_rect`` and
        ``slot_rect`` are in its coordinates."""
        return self.month_canvas if self._month_mode else self.week_view.canvas

    def meeting_rect(self, meeting_id: int) -> QRect | None:
        """Where the meeting is drawn on ``canvas()`` (its first day in view); None when it is
        outside the period or, in the month view, behind a day's "+N more"."""
        if self._month_mode:
            return self.month_canvas.meeting_rect(meeting_id)
        return self.week_view.canvas.meeting_rect(meeting_id)

    def slot_rect(self, day: date, at: time = DEFAULT_SLOT) -> QRect | None:
        """On ``canvas()``: the day's cell in the month view, the half-hour slot holding
        ``at`` in the week view; None when the day is not shown."""
        if self._month_mode:
            return self.month_canvas.day_rect(day)
        return self.week_view.canvas.slot_rect(day, at)

    def is_highlighted(self, day: date) -> bool:
        """Whether ``day`` is shown and painted as today."""
        if self._month_mode:
            return self.month_canvas.is_highlighted(day)
        return self.week_view.canvas.is_highlighted(day)

    # -- keyboard --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.NoModifier:
            super().keyPressEvent(event)
            return
        key = event.key()
        if key == Qt.Key.Key_PageUp:
            self.go_previous()
        elif key == Qt.Key.Key_PageDown:
            self.go_next()
        elif key in (Qt.Key.Key_T, Qt.Key.Key_Home):
            self.go_today()
        elif key == Qt.Key.Key_M:
            self.show_month()
        elif key == Qt.Key.Key_W:
            self.show_week()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not self._month_mode:
            self.week_view.scroll_by_hours(-1 if key == Qt.Key.Key_Up else 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()
