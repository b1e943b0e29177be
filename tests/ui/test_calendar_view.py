"""The calendar widget on its own: navigation, today, clicks and double-clicks through its own
geometry, placement by the office's time, and twenty thousand meetings."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt

from scoda_desktop.domain.enums import MeetingKind, MeetingStatus
from scoda_desktop.services.meetings import MeetingRow
from scoda_desktop.ui.calendar_common import MeetingIndex, entry_tooltip, week_title
from scoda_desktop.ui.calendar_view import CalendarView
from scoda_desktop.ui.calendar_week import side_by_side

TODAY = date(2026, 11, 25)  # a Wednesday
SHANGHAI = ZoneInfo("Asia/Shanghai")


def meeting(
    meeting_id: int,
    starts_at: datetime,
    *,
    minutes: int = 60,
    theme: str = "Cloud Meeting on Trade and Logistics",
    status: MeetingStatus = MeetingStatus.CONFIRMED,
) -> MeetingRow:
    return MeetingRow(
        id=meeting_id,
        uid=f"u{meeting_id}",
        starts_at=starts_at.astimezone(UTC),
        ends_at=(starts_at + timedelta(minutes=minutes)).astimezone(UTC),
        time_zone="Asia/Shanghai",
        theme_en=theme,
        theme_zh=None,
        kind=MeetingKind.VIDEO,
        status=status,
        venue_en=None,
        counterparts=("Djauhari Oratmangun",),
        countries=("Indonesia",),
        open_follow_ups=0,
    )


def office(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=SHANGHAI)


@pytest.fixture
def view(qtbot) -> CalendarView:
    widget = CalendarView(today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot, view: CalendarView, point: QPoint) -> None:
    qtbot.mouseClick(view.canvas(), Qt.MouseButton.LeftButton, pos=point)


def double_click(qtbot, view: CalendarView, point: QPoint) -> None:
    qtbot.mouseDClick(view.canvas(), Qt.MouseButton.LeftButton, pos=point)


# -- navigation ----------------------------------------------------------------------------


def test_month_view_opens_on_the_current_month_and_steps_by_months(qtbot, view):
    assert view.is_month_view()
    assert view.title() == "November 2026"
    assert view.title_label.text() == "November 2026"
    assert view.visible_range() == (date(2026, 10, 26), date(2026, 12, 6))  # Monday first

    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.title_label.text() == "December 2026"
    assert view.visible_range() == (date(2026, 11, 30), date(2027, 1, 10))

    view.go_previous()
    view.go_previous()
    assert view.title() == "October 2026"
    assert view.visible_range() == (date(2026, 9, 28), date(2026, 11, 8))

    qtbot.mouseClick(view.today_button, Qt.MouseButton.LeftButton)
    assert view.title() == "November 2026"


def test_week_view_steps_by_weeks_and_names_the_days_it_spans(qtbot, view):
    qtbot.mouseClick(view.week_button, Qt.MouseButton.LeftButton)
    assert not view.is_month_view()
    assert view.title_label.text() == "23–29 November 2026"
    assert view.visible_range() == (date(2026, 11, 23), date(2026, 11, 29))

    view.go_next()
    assert view.title() == "30 November – 6 December 2026"
    assert view.visible_range() == (date(2026, 11, 30), date(2026, 12, 6))

    view.go_to(date(2026, 12, 31))
    assert view.title() == "28 December 2026 – 3 January 2027"

    view.go_today()
    assert view.visible_range() == (date(2026, 11, 23), date(2026, 11, 29))
    qtbot.mouseClick(view.month_button, Qt.MouseButton.LeftButton)
    assert view.title() == "November 2026"


def test_keys_page_through_periods_and_come_back_to_today(qtbot, view):
    view.show_week()
    click(qtbot, view, view.slot_rect(TODAY, time(12, 0)).center())  # focus, as a person would
    assert view.hasFocus()
    qtbot.keyClick(view.canvas(), Qt.Key.Key_PageDown)
    assert view.visible_range()[0] == date(2026, 11, 30)
    qtbot.keyClick(view.canvas(), Qt.Key.Key_PageUp)
    qtbot.keyClick(view.canvas(), Qt.Key.Key_PageUp)
    assert view.visible_range()[0] == date(2026, 11, 16)
    qtbot.keyClick(view.canvas(), Qt.Key.Key_T)
    assert view.visible_range()[0] == date(2026, 11, 23)

    qtbot.keyClick(view, Qt.Key.Key_M)
    assert view.is_month_view()
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert view.title() == "October 2026"
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.title() == "November 2026"


def test_week_titles_across_months_and_years():
    assert week_title(date(2026, 11, 23)) == "23–29 November 2026"
    assert week_title(date(2026, 11, 30)) == "30 November – 6 December 2026"
    assert week_title(date(2026, 12, 28)) == "28 December 2026 – 3 January 2027"


# -- today ---------------------------------------------------------------------------------


def test_today_is_highlighted_in_both_views_and_only_when_shown(view):
    assert view.is_highlighted(TODAY)
    assert not view.is_highlighted(TODAY + timedelta(days=1))
    view.go_next()  # December's grid starts on 30 November
    assert not view.is_highlighted(TODAY)

    view.show_week()
    view.go_today()
    assert view.is_highlighted(TODAY)
    assert not view.is_highlighted(TODAY - timedelta(days=1))
    view.go_previous()
    assert not view.is_highlighted(TODAY)


def test_the_highlight_follows_the_clock_past_midnight(qtbot):
    clock = [TODAY]
    widget = CalendarView(today=lambda: clock[0])
    qtbot.addWidget(widget)
    widget.show()
    assert widget.is_highlighted(TODAY)
    clock[0] = TODAY + timedelta(days=1)
    assert widget.is_highlighted(TODAY + timedelta(days=1))
    assert not widget.is_highlighted(TODAY)


# -- clicks --------------------------------------------------------------------------------


@pytest.mark.parametrize("week", [False, True], ids=["month", "week"])
def test_clicking_a_meeting_activates_it(qtbot, view, week):
    view.set_meetings(
        [
            meeting(7, office(TODAY, 10)),
            meeting(8, office(TODAY, 15), theme="Rail & <Sea> Freight"),
        ]
    )
    if week:
        view.show_week()
    rect = view.meeting_rect(8)
    assert rect is not None
    with qtbot.waitSignal(view.meeting_activated, timeout=1000) as blocker:
        click(qtbot, view, rect.center())
    assert blocker.args == [8]


@pytest.mark.parametrize("week", [False, True], ids=["month", "week"])
def test_double_clicking_a_meeting_activates_it_once_and_creates_nothing(qtbot, view, week):
    view.set_meetings([meeting(7, office(TODAY, 10))])
    if week:
        view.show_week()
    activated: list[int] = []
    created: list[datetime] = []
    view.meeting_activated.connect(activated.append)
    view.create_requested.connect(created.append)
    point = view.meeting_rect(7).center()
    # What a person's double-click delivers: press, release, double-click, release.
    left = Qt.MouseButton.LeftButton
    qtbot.mousePress(view.canvas(), left, pos=point)
    qtbot.mouseRelease(view.canvas(), left, pos=point)
    qtbot.mouseDClick(view.canvas(), left, pos=point)
    qtbot.mouseRelease(view.canvas(), left, pos=point)
    assert activated == [7]
    assert created == []


def test_double_clicking_an_empty_day_in_the_month_creates_at_nine_office_time(qtbot, view):
    view.set_meetings([meeting(7, office(TODAY, 10))])
    day = date(2026, 11, 26)
    with qtbot.waitSignal(view.create_requested, timeout=1000) as blocker:
        double_click(qtbot, view, view.slot_rect(day).center())
    (when,) = blocker.args
    assert when == datetime(2026, 11, 26, 9, 0, tzinfo=SHANGHAI)
    assert when.tzinfo is not None and when.utcoffset() == timedelta(hours=8)
    assert when.astimezone(UTC) == datetime(2026, 11, 26, 1, 0, tzinfo=UTC)


def test_double_clicking_an_empty_half_hour_in_the_week_creates_there(qtbot, view):
    view.show_week()
    rect = view.slot_rect(date(2026, 11, 27), time(14, 40))  # the 14:30 slot
    with qtbot.waitSignal(view.create_requested, timeout=1000) as blocker:
        double_click(qtbot, view, rect.center())
    (when,) = blocker.args
    assert when == datetime(2026, 11, 27, 14, 30, tzinfo=SHANGHAI)
    assert str(when.tzinfo) == "Asia/Shanghai"
    # The slot below is the next half hour, on the same day.
    with qtbot.waitSignal(view.create_requested, timeout=1000) as blocker:
        double_click(qtbot, view, rect.center() + QPoint(0, rect.height()))
    assert blocker.args == [datetime(2026, 11, 27, 15, 0, tzinfo=SHANGHAI)]


def test_more_hides_what_does_not_fit_and_opens_that_week(qtbot, view):
    busy = date(2026, 11, 10)
    view.set_meetings([meeting(n, office(busy, 8) + timedelta(minutes=30 * n)) for n in range(12)])
    hidden = view.month_canvas.hidden_count(busy)
    assert 0 < hidden < 12
    assert view.meeting_rect(0) is not None
    assert view.meeting_rect(11) is None  # behind "+N more"

    more = view.month_canvas.more_rect(busy)
    assert more is not None and view.slot_rect(busy).contains(more)
    hit = view.month_canvas.hit_at(more.center())
    assert hit is not None and hit.more_day == busy and len(hit.hidden) == hidden
    click(qtbot, view, more.center())
    assert not view.is_month_view()
    assert view.visible_range() == (date(2026, 11, 9), date(2026, 11, 15))
    assert view.meeting_rect(11) is not None  # every meeting has a block in the week


# -- placement -----------------------------------------------------------------------------


def test_a_meeting_late_in_the_utc_evening_is_on_the_next_office_day(view):
    late = datetime(2026, 11, 24, 23, 30, tzinfo=UTC)  # 07:30 on the 25th in Qingdao
    view.set_meetings([meeting(9, late)])
    rect = view.meeting_rect(9)
    assert view.slot_rect(date(2026, 11, 25)).contains(rect)
    assert not view.slot_rect(date(2026, 11, 24)).intersects(rect)

    view.show_week()
    rect = view.meeting_rect(9)
    slot = view.slot_rect(date(2026, 11, 25), time(7, 30))
    assert rect.top() == slot.top() + 1
    assert slot.left() <= rect.left() and rect.right() <= slot.right()
    assert rect.height() == pytest.approx(2 * slot.height(), abs=3)  # one hour


def test_overlapping_meetings_stand_side_by_side_in_the_week(view):
    view.set_meetings(
        [
            meeting(1, office(TODAY, 9), minutes=120),
            meeting(2, office(TODAY, 10)),
            meeting(3, office(TODAY, 11)),  # starts as the others end: the whole width
            meeting(4, office(TODAY, 14)),
        ]
    )
    view.show_week()
    first, second, third, alone = (view.meeting_rect(n) for n in (1, 2, 3, 4))
    assert not first.intersects(second)
    assert second.left() > first.right()
    assert third.left() == first.left()
    assert third.width() == alone.width() > 1.8 * first.width()


def test_side_by_side_assigns_columns_per_group_of_overlaps():
    day = TODAY
    index = MeetingIndex(
        [
            meeting(1, office(day, 9), minutes=120),
            meeting(2, office(day, 10)),
            meeting(3, office(day, 11)),
            meeting(4, office(day, 14), minutes=0),  # drawn as half an hour
        ]
    )
    placed = {entry.id: rest for entry, *rest in side_by_side(index.on(day), day)}
    assert placed == {
        1: [540, 660, 0, 2],
        2: [600, 660, 1, 2],
        3: [660, 720, 0, 1],  # starts as the others end: a group of its own
        4: [840, 870, 0, 1],
    }


def test_a_meeting_past_midnight_is_listed_on_both_days_and_cut_at_midnight():
    index = MeetingIndex([meeting(1, office(TODAY, 23), minutes=120)])
    next_day = TODAY + timedelta(days=1)
    assert [e.id for e in index.on(TODAY)] == [1] == [e.id for e in index.on(next_day)]
    (entry,) = index.on(next_day)
    assert entry.label(TODAY) == "23:00 Cloud Meeting on Trade and Logistics"
    assert entry.label(next_day) == "… Cloud Meeting on Trade and Logistics"
    assert side_by_side(index.on(next_day), next_day)[0][1:3] == (0, 60)
    ending_at_midnight = MeetingIndex([meeting(2, office(TODAY, 23))])
    assert ending_at_midnight.on(next_day) == ()


def test_the_tooltip_says_what_when_and_with_whom_escaped():
    row = meeting(3, datetime(2026, 11, 25, 7, 0, tzinfo=UTC), theme="Rail & <Sea> Freight")
    entry = MeetingIndex([row]).get(3)
    tip = entry_tooltip(entry)
    assert "Rail &amp; &lt;Sea&gt; Freight" in tip
    assert "2026-11-25 15:00–16:00 Beijing time" in tip
    assert "Confirmed · Video" in tip
    assert "Djauhari Oratmangun" in tip


# -- scale ---------------------------------------------------------------------------------


def test_twenty_thousand_meetings_are_shown(view):
    start = datetime(2025, 1, 1, 0, 0, tzinfo=UTC)
    statuses = list(MeetingStatus)
    rows = [
        meeting(n, start + timedelta(minutes=67 * n), status=statuses[n % len(statuses)])
        for n in range(20_000)
    ]
    view.set_meetings(rows)
    view.grab()
    view.show_week()
    view.grab()

    last = rows[-1]
    last_day = last.starts_at.astimezone(SHANGHAI).date()
    view.go_to(last_day)
    assert view.meeting_rect(last.id) is not None
    view.show_month()
    assert view.month_canvas.hidden_count(last_day) > 0  # ~21 meetings a day: most are hidden


def test_painting_leaves_the_references_to_none_alone(view):
    view.set_meetings([meeting(n, office(TODAY, 8 + n)) for n in range(10)])
    view.grab()  # first paint: layout and font caches
    before = sys.getrefcount(None)
    view.grab()
    assert sys.getrefcount(None) >= before - 5
