"""The scheduling assistant: working hours on every clock, holidays and weekends per country,
busy people, and the order of the proposals."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel import select

from scoda_desktop.domain.enums import MeetingStatus
from scoda_desktop.domain.models import Meeting, Person
from scoda_desktop.errors import InputError
from scoda_desktop.services.demo import populate_demo
from scoda_desktop.services.scheduling import (
    BusyInterval,
    Participant,
    Proposal,
    WorkingCalendars,
    WorkingHours,
    days_off,
    load_busy,
    load_participants,
    propose_slots,
)
from scoda_desktop.services.timezones import office_day_span

HOUR = timedelta(hours=1)
QINGDAO = Participant("Liu Jianjun", "Asia/Shanghai", "CN")
LONDON = Participant("London", "Europe/London", "GB")
MOSCOW = Participant("Moscow", "Europe/Moscow", "RU")
TEHRAN = Participant("Tehran", "Asia/Tehran", "IR")
KATHMANDU = Participant("Kathmandu", "Asia/Kathmandu", "NP")
RIYADH = Participant("Riyadh", "Asia/Riyadh", "SA")
DEMO_TODAY = date(2026, 11, 28)


def at(text: str) -> datetime:
    """An instant written in Qingdao time: "2026-10-23 16:00"."""
    return datetime.fromisoformat(text + "+08:00").astimezone(UTC)


def qingdao(proposal: Proposal) -> str:
    return proposal.starts_at.astimezone(ZoneInfo("Asia/Shanghai")).strftime("%Y-%m-%d %H:%M")


def days(proposals: list[Proposal]) -> set[date]:
    return {p.office_date for p in proposals}


def assert_inside_working_hours(proposals: list[Proposal], participants: list[Participant]):
    by_name = {p.name: p for p in participants}
    for proposal in proposals:
        for local in proposal.local:
            hours = by_name[local.name].hours
            assert local.starts.date() == local.ends.date()
            assert hours.start <= local.starts.time() and local.ends.time() <= hours.end, (
                f"{qingdao(proposal)} is {local.describe()} for {local.name}"
            )


# -- working hours ------------------------------------------------------------------------------


def test_every_proposal_is_inside_everyones_working_hours():
    participants = [QINGDAO, LONDON, TEHRAN]
    proposals = propose_slots(participants, HOUR, date(2026, 12, 1), date(2026, 12, 4))
    assert proposals
    assert_inside_working_hours(proposals, participants)


def test_a_slot_outside_working_hours_is_never_proposed_while_one_inside_exists():
    # Qingdao 09:00–18:00 and London 09:00–18:00 overlap for one hour in winter:
    # 17:00–18:00 in Qingdao is 09:00–10:00 in London. Nothing else may be proposed.
    proposals = propose_slots([QINGDAO, LONDON], HOUR, date(2026, 12, 1), date(2026, 12, 1))
    assert [qingdao(p) for p in proposals] == ["2026-12-01 17:00"]
    assert proposals[0].comfort == timedelta(0)


def test_per_person_working_hours():
    early_bird = Participant("Early", "Asia/Shanghai", "CN", WorkingHours(time(7), time(11)))
    proposals = propose_slots([early_bird], HOUR, date(2026, 12, 1), date(2026, 12, 1))
    assert [qingdao(p) for p in proposals] == [
        "2026-12-01 08:30",  # 90 minutes from either edge: the most comfortable
        "2026-12-01 08:00",
        "2026-12-01 09:00",
        "2026-12-01 07:30",
        "2026-12-01 09:30",
        "2026-12-01 07:00",
        "2026-12-01 10:00",
    ]


def test_working_hours_must_start_before_they_end():
    with pytest.raises(InputError, match="start before they end"):
        WorkingHours(time(18), time(9))


@settings(max_examples=40, deadline=None)
@given(
    zones=st.lists(
        st.sampled_from(
            [
                ("Asia/Shanghai", "CN"),
                ("Asia/Kathmandu", "NP"),
                ("Asia/Tehran", "IR"),
                ("Europe/London", "GB"),
                ("America/New_York", "US"),
                ("Europe/Moscow", "RU"),
                ("Asia/Jakarta", "ID"),
            ]
        ),
        min_size=1,
        max_size=4,
    ),
    start_hour=st.integers(min_value=6, max_value=11),
    length=st.integers(min_value=4, max_value=11),
    minutes=st.sampled_from([30, 45, 60, 90]),
    first=st.dates(min_value=date(2026, 1, 1), max_value=date(2027, 12, 20)),
)
def test_proposals_always_fit_every_clock(zones, start_hour, length, minutes, first):
    hours = WorkingHours(time(start_hour), time(start_hour + length))
    participants = [Participant(f"{z}-{i}", z, c, hours) for i, (z, c) in enumerate(zones)]
    proposals = propose_slots(
        participants,
        timedelta(minutes=minutes),
        first,
        first + timedelta(days=6),
        step=timedelta(minutes=15),
    )
    assert_inside_working_hours(proposals, participants)


# -- summer time and odd offsets ----------------------------------------------------------------


def test_the_slot_with_london_moves_when_british_summer_time_ends():
    # Before 25 October 2026 London is UTC+1: 16:00–17:00 in Qingdao is 09:00–10:00 there.
    friday = propose_slots([QINGDAO, LONDON], HOUR, date(2026, 10, 23), date(2026, 10, 23))
    # 16:30 is 30 minutes from an edge on both clocks; 16:00 and 17:00 touch one.
    assert [qingdao(p)[-5:] for p in friday] == ["16:30", "16:00", "17:00"]
    # From Monday London is UTC+0: only 17:00–18:00 in Qingdao is inside both days.
    monday = propose_slots([QINGDAO, LONDON], HOUR, date(2026, 10, 26), date(2026, 10, 26))
    assert [qingdao(p) for p in monday] == ["2026-10-26 17:00"]
    assert [t.describe() for t in monday[0].local] == [
        "17:00–18:00 (Asia/Shanghai, UTC+08:00)",
        "09:00–10:00 (Europe/London, UTC+00:00)",
    ]


def test_new_york_and_qingdao_share_no_working_hour():
    new_york = Participant("New York", "America/New_York", "US")
    assert propose_slots([QINGDAO, new_york], HOUR, date(2026, 12, 1), date(2026, 12, 4)) == []


def test_kathmandu_quarter_hours_need_a_fine_step():
    # Kathmandu opens at 09:00 = 11:15 in Qingdao. A 15-minute grid finds that start...
    fine = propose_slots(
        [QINGDAO, KATHMANDU], HOUR, date(2026, 12, 1), date(2026, 12, 1), step=timedelta(minutes=15)
    )
    assert min(p.starts_at for p in fine) == at("2026-12-01 11:15")
    # ...a 30-minute grid starts at 11:30, which is 09:15 in Kathmandu.
    coarse = propose_slots([QINGDAO, KATHMANDU], HOUR, date(2026, 12, 1), date(2026, 12, 1))
    assert min(p.starts_at for p in coarse) == at("2026-12-01 11:30")
    assert coarse[0].local[1].describe().endswith("(Asia/Kathmandu, UTC+05:45)")


def test_tehran_half_hour_offset():
    proposals = propose_slots([QINGDAO, TEHRAN], HOUR, date(2026, 12, 1), date(2026, 12, 1))
    # Tehran opens at 09:00 = 13:30 in Qingdao; Qingdao closes at 18:00.
    assert min(p.starts_at for p in proposals) == at("2026-12-01 13:30")
    assert max(p.ends_at for p in proposals) == at("2026-12-01 18:00")
    # 15:00–16:00 here is 10:30–11:30 in Tehran: 90 minutes from Tehran's 09:00, 2 hours
    # from 18:00 here. 15:30 is as comfortable (2 hours and 90 minutes); the earlier comes first.
    assert [qingdao(p)[-5:] for p in proposals[:2]] == ["15:00", "15:30"]
    assert proposals[0].comfort == proposals[1].comfort == timedelta(minutes=90)


# -- holidays and weekends ----------------------------------------------------------------------


def test_chinese_national_day_holidays_are_avoided():
    proposals = propose_slots([QINGDAO, MOSCOW], HOUR, date(2026, 9, 28), date(2026, 10, 9))
    national_day = {date(2026, 10, d) for d in range(1, 8)}
    assert not days(proposals) & national_day
    assert days(proposals) >= {date(2026, 9, 28), date(2026, 9, 30), date(2026, 10, 8)}


def test_a_russian_holiday_is_avoided():
    # 4 November, Unity Day, is a Wednesday in 2026; China works that day.
    proposals = propose_slots([QINGDAO, MOSCOW], HOUR, date(2026, 11, 2), date(2026, 11, 6))
    assert date(2026, 11, 4) not in days(proposals)
    assert days(proposals) == {date(2026, 11, d) for d in (2, 3, 5, 6)}


def test_days_off_name_the_holiday_and_the_country():
    off = days_off([QINGDAO, MOSCOW], date(2026, 11, 3), date(2026, 11, 4))
    assert [(d.day, d.country_code) for d in off] == [(date(2026, 11, 4), "RU")]
    assert "Unity" in off[0].reason


def test_the_weekend_of_iran_is_friday():
    # 4 December 2026 is a Friday, 5 December a Saturday.
    proposals = propose_slots([TEHRAN], HOUR, date(2026, 12, 3), date(2026, 12, 6))
    assert date(2026, 12, 4) not in days(proposals)
    assert date(2026, 12, 5) in days(proposals)
    assert holidays.country_holidays("IR").weekend == {4}  # what the rule above relies on


def test_the_weekend_of_saudi_arabia_is_friday_and_saturday():
    proposals = propose_slots([RIYADH], HOUR, date(2026, 12, 3), date(2026, 12, 7))
    assert days(proposals) == {date(2026, 12, 3), date(2026, 12, 6), date(2026, 12, 7)}


def test_a_weekend_day_china_works_instead_is_a_working_day():
    calendar = holidays.country_holidays("CN", years=2026)
    makeup = min(calendar.weekend_workdays)  # a Saturday or Sunday worked for a holiday
    proposals = propose_slots([QINGDAO], HOUR, makeup, makeup)
    assert days(proposals) == {makeup}


def test_weekends_and_holidays_are_of_each_participants_country():
    # Saturday 5 December: Iran works, China does not; Friday 4 December the other way round.
    assert propose_slots([QINGDAO, TEHRAN], HOUR, date(2026, 12, 4), date(2026, 12, 5)) == []


def test_a_country_without_a_holiday_calendar_works_monday_to_friday():
    # The library covers every ISO 3166 country today; a code it does not know stands in.
    calendars = WorkingCalendars(["ZZ", "CN"], [2026])
    assert calendars.without_calendar == ["ZZ"]
    assert calendars.is_working_day("ZZ", date(2026, 12, 4))  # Friday
    assert not calendars.is_working_day("ZZ", date(2026, 12, 5))
    assert not calendars.is_working_day(None, date(2026, 12, 6))
    assert calendars.reason_off("CN", date(2026, 10, 1)) == "National Day"


# -- busy people --------------------------------------------------------------------------------


def test_busy_intervals_are_avoided_and_touching_is_fine():
    busy = [BusyInterval(at("2026-12-01 10:00"), at("2026-12-01 11:00"), label="Other talks")]
    proposals = propose_slots([QINGDAO], HOUR, date(2026, 12, 1), date(2026, 12, 1), busy=busy)
    starts = {qingdao(p)[-5:] for p in proposals}
    assert not starts & {"09:30", "10:00", "10:30"}
    assert {"09:00", "11:00"} <= starts


def test_a_fully_busy_day_gives_nothing():
    busy = [BusyInterval(at("2026-12-01 00:00"), at("2026-12-02 00:00"))]
    assert propose_slots([QINGDAO], HOUR, date(2026, 12, 1), date(2026, 12, 1), busy=busy) == []


# -- order and limits ---------------------------------------------------------------------------


def test_earlier_days_first_and_within_a_day_the_most_comfortable_first():
    proposals = propose_slots([QINGDAO, TEHRAN], HOUR, date(2026, 12, 1), date(2026, 12, 3))
    keys = [(p.office_date, -p.comfort, p.starts_at) for p in proposals]
    assert keys == sorted(keys)
    assert proposals[0].office_date == date(2026, 12, 1)


def test_per_day_and_limit():
    proposals = propose_slots(
        [QINGDAO, TEHRAN], HOUR, date(2026, 12, 1), date(2026, 12, 10), per_day=2, limit=5
    )
    assert len(proposals) == 5
    assert [p.office_date.day for p in proposals] == [1, 1, 2, 2, 3]


def test_not_before_drops_earlier_slots_and_keeps_the_grid():
    proposals = propose_slots(
        [QINGDAO], HOUR, date(2026, 12, 1), date(2026, 12, 1), not_before=at("2026-12-01 13:10")
    )
    assert min(qingdao(p) for p in proposals) == "2026-12-01 13:30"


def test_proposal_json():
    (proposal,) = propose_slots([QINGDAO, LONDON], HOUR, date(2026, 12, 1), date(2026, 12, 1))
    assert proposal.as_json() == {
        "starts_at": "2026-12-01T09:00:00+00:00",
        "ends_at": "2026-12-01T10:00:00+00:00",
        "comfort_minutes": 0,
        "local": [
            {
                "name": "Liu Jianjun",
                "zone": "Asia/Shanghai",
                "starts": "2026-12-01T17:00:00+08:00",
                "ends": "2026-12-01T18:00:00+08:00",
                "date_differs": False,
            },
            {
                "name": "London",
                "zone": "Europe/London",
                "starts": "2026-12-01T09:00:00+00:00",
                "ends": "2026-12-01T10:00:00+00:00",
                "date_differs": False,
            },
        ],
    }


def test_a_bad_request_names_every_problem():
    with pytest.raises(InputError) as caught:
        propose_slots(
            [Participant("Tajik guest", "Asia/Dushambe", "TJ")],
            timedelta(0),
            date(2026, 12, 5),
            date(2026, 12, 1),
            step=timedelta(seconds=90),
        )
    problems = caught.value.problems
    assert len(problems) == 4
    assert any("Did you mean Asia/Dushanbe" in p for p in problems)
    assert any("duration" in p for p in problems)
    assert any("ends (2026-12-01) before it starts (2026-12-05)" in p for p in problems)


def test_no_participants_is_a_bad_request():
    with pytest.raises(InputError, match="at least one participant"):
        propose_slots([], HOUR, date(2026, 12, 1), date(2026, 12, 1))


# -- from the database --------------------------------------------------------------------------


@pytest.fixture
def demo(database):
    populate_demo(database, today=DEMO_TODAY)
    return database


def person_ids(session, *family_names: str) -> list[int]:
    rows = {p.family_name: p.id for p in session.exec(select(Person))}
    return [rows[name] for name in family_names]


def test_load_participants_places_people_in_their_default_zones(demo):
    with demo.session() as session:
        ids = person_ids(session, "Gao", "Hosseini", "Tokhtarov")
        participants = load_participants(session, ids, DEMO_TODAY)
    assert [(p.name, p.zone, p.country_code, p.person_id) for p in participants] == [
        ("Gao Peng", "Asia/Shanghai", "CN", ids[0]),
        ("Maryam Hosseini", "Asia/Tehran", "IR", ids[1]),
        ("Yerlan Tokhtarov", "Asia/Shanghai", "KZ", ids[2]),
    ]


def test_load_busy_reads_meetings_that_still_hold(demo):
    with demo.session() as session:
        (gao,) = person_ids(session, "Gao")
        start, stop = office_day_span(DEMO_TODAY - timedelta(days=90), DEMO_TODAY + timedelta(30))
        busy = load_busy(session, [gao], start, stop)
        statuses = {
            m.id: m.status
            for m in session.exec(
                select(Meeting).where(Meeting.id.in_([b.meeting_id for b in busy]))
            )
        }
        cancelled = session.exec(
            select(Meeting).where(Meeting.theme_en == "Petrochemical Products Trade")
        ).one()
    assert busy, "Gao Peng has demo meetings in the period"
    assert cancelled.status is MeetingStatus.CANCELLED
    assert cancelled.id not in statuses
    assert set(statuses.values()) <= {
        MeetingStatus.DRAFT,
        MeetingStatus.PROPOSED,
        MeetingStatus.CONFIRMED,
        MeetingStatus.HELD,
    }
    assert [b.starts_at for b in busy] == sorted(b.starts_at for b in busy)
    assert all(start < b.ends_at and b.starts_at < stop for b in busy)


def test_host_side_meetings_are_avoided_end_to_end(demo):
    theme = "SCO Ambassadors' Dialogue on Supply Chains"  # confirmed, 2 December 15:00
    with demo.session() as session:
        meeting = session.exec(select(Meeting).where(Meeting.theme_en == theme)).one()
        ids = person_ids(session, "Sun", "Dzhumabaev")
        day = meeting.starts_at.astimezone(ZoneInfo("Asia/Shanghai")).date()
        participants = load_participants(session, ids, day)
        busy = load_busy(session, ids, *office_day_span(day, day))
        moving = load_busy(session, ids, *office_day_span(day, day), exclude_meeting_id=meeting.id)
    assert [b.meeting_id for b in busy] == [meeting.id]
    assert moving == []
    proposals = propose_slots(participants, HOUR, day, day, busy=busy)
    assert proposals
    assert not any(
        p.starts_at < meeting.ends_at and meeting.starts_at < p.ends_at for p in proposals
    )
    free = propose_slots(participants, HOUR, day, day, busy=moving)
    assert any(p.starts_at == meeting.starts_at for p in free)
