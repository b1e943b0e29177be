"""What each hour of the office's day is on a participant's clock (``clock_hours``), for the
day grid: working, the edges of the working day, off hours, night, days off.

Hours are cut, not rounded: where a zone's offset is not a whole hour from Qingdao's (Kathmandu,
Tehran) or its clocks change inside an hour, an office hour is split into parts at the exact
minute its kind changes, and the parts add up to the hour."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scoda_desktop.errors import InputError
from scoda_desktop.services.scheduling import (
    ClockHour,
    HourKind,
    Participant,
    WorkingHours,
    clock_hours,
    propose_slots,
)

W, E, D, OFF, N = (
    HourKind.WORKING,
    HourKind.EDGE,
    HourKind.DAY_OFF,
    HourKind.OFF_HOURS,
    HourKind.NIGHT,
)
TUESDAY = date(2026, 12, 1)


def parts(hour: ClockHour) -> list[tuple[HourKind, int]]:
    return [(part.kind, part.minutes) for part in hour.parts]


def local(hour: ClockHour) -> str:
    return hour.local_start.strftime("%a %H:%M %z")


def kinds_by_office_hour(hours: list[ClockHour]) -> dict[int, tuple[HourKind, ...]]:
    return {index: hour.kinds for index, hour in enumerate(hours)}


def test_qingdao_on_a_working_day():
    hours = clock_hours([Participant("Liu", "Asia/Shanghai", "CN")], TUESDAY)
    assert len(hours) == 24
    assert [h.kinds for h in hours] == [
        *[(N,)] * 7,  # 00–07
        *[(OFF,)] * 2,  # 07–09
        (E,),  # 09–10, the first working hour
        *[(W,)] * 7,  # 10–17
        (E,),  # 17–18, the last
        *[(OFF,)] * 4,  # 18–22
        *[(N,)] * 2,  # 22–24
    ]
    assert all(h.local_start == h.starts_at.astimezone(ZoneInfo("Asia/Shanghai")) for h in hours)
    assert hours[0].starts_at == datetime(2026, 11, 30, 16, 0, tzinfo=UTC)


def test_kathmandu_quarter_hours_are_cut_where_the_kind_changes():
    # UTC+05:45 is 2h15 behind Qingdao: the office's 11:00–12:00 is 08:45–09:45 there.
    hours = clock_hours([Participant("Gurung", "Asia/Kathmandu", "NP")], TUESDAY)
    assert local(hours[11]) == "Tue 08:45 +0545"
    assert parts(hours[11]) == [(OFF, 15), (E, 45)]
    assert parts(hours[12]) == [(E, 15), (W, 45)]
    assert parts(hours[19]) == [(W, 15), (E, 45)]  # 16:45–17:45
    assert parts(hours[20]) == [(E, 15), (OFF, 45)]  # 17:45–18:45
    assert parts(hours[9]) == [(N, 15), (OFF, 45)]  # 06:45–07:45: the night ends at 07:00
    # The working day is exactly 09:00–18:00 local: 11:15–20:15 in Qingdao.
    inside = [p for h in hours for p in h.parts if p.kind in (W, E)]
    assert inside[0].starts_at == datetime(2026, 12, 1, 3, 15, tzinfo=UTC)
    assert inside[-1].ends_at == datetime(2026, 12, 1, 12, 15, tzinfo=UTC)
    assert sum(p.minutes for p in inside) == 9 * 60


def test_tehran_half_hours_are_cut_at_the_half():
    # UTC+03:30, 4h30 behind Qingdao: the office's 13:00–14:00 is 08:30–09:30 there.
    hours = clock_hours([Participant("Hosseini", "Asia/Tehran", "IR")], TUESDAY)
    assert local(hours[13]) == "Tue 08:30 +0330"
    assert parts(hours[13]) == [(OFF, 30), (E, 30)]
    assert parts(hours[14]) == [(E, 30), (W, 30)]
    assert parts(hours[21]) == [(W, 30), (E, 30)]
    assert parts(hours[22]) == [(E, 30), (OFF, 30)]
    assert parts(hours[2]) == [(OFF, 30), (N, 30)]  # Monday 21:30–22:30


def test_every_hour_is_cut_into_parts_that_fill_it():
    for zone in ("Asia/Kathmandu", "Asia/Tehran", "Australia/Eucla", "America/St_Johns"):
        for hour in clock_hours([Participant("x", zone)], TUESDAY):
            assert hour.parts[0].starts_at == hour.starts_at
            assert hour.parts[-1].ends_at == hour.ends_at
            for before, after in zip(hour.parts, hour.parts[1:], strict=False):
                assert before.ends_at == after.starts_at
                assert before.kind is not after.kind  # equal neighbours are merged


def test_london_moves_one_office_hour_when_summer_time_starts():
    london = [Participant("London", "Europe/London", "GB")]
    # Friday 27 March 2026, UTC+0: 09:00 in London is 17:00 in Qingdao.
    friday = kinds_by_office_hour(clock_hours(london, date(2026, 3, 27)))
    assert friday[16] == (OFF,) and friday[17] == (E,) and friday[18] == (W,)
    # Monday 30 March, UTC+1: 09:00 in London is 16:00 in Qingdao.
    monday = kinds_by_office_hour(clock_hours(london, date(2026, 3, 30)))
    assert monday[15] == (OFF,) and monday[16] == (E,) and monday[17] == (W,)


def test_the_day_london_changes_its_clocks():
    # Sunday 29 March 2026: at 01:00 UTC (09:00 in Qingdao) London goes from 01:00 to 02:00.
    hours = clock_hours([Participant("London", "Europe/London", "GB")], date(2026, 3, 29))
    assert len(hours) == 24
    assert [local(h) for h in hours[7:11]] == [
        "Sat 23:00 +0000",
        "Sun 00:00 +0000",
        "Sun 02:00 +0100",  # 01:00 never shows on London's clocks that night
        "Sun 03:00 +0100",
    ]
    assert {h.utc_offset for h in hours} == {timedelta(0), timedelta(hours=1)}
    # A Sunday: its working hours are a day off (09:00 BST = 16:00 in Qingdao).
    assert hours[16].kinds == (D,)
    assert [d.reason for d in hours[16].days_off] == ["weekend"]
    assert hours[15].kinds == (OFF,)


def test_a_clock_change_inside_an_office_hour_cuts_it():
    # St John's (UTC-03:30) moves from 02:00 to 03:00 at 05:30 UTC on 8 March 2026: 13:30 in
    # Qingdao. With a working day from 03:00, the office's 13:00 hour is half night (01:30–
    # 02:00 local) and half working hours (03:00–03:30, a Sunday: a day off).
    early = Participant("Early", "America/St_Johns", None, WorkingHours(time(3), time(11)))
    hour = clock_hours([early], date(2026, 3, 8))[13]
    assert parts(hour) == [(N, 30), (D, 30)]
    assert hour.parts[1].starts_at == datetime(2026, 3, 8, 5, 30, tzinfo=UTC)


def test_a_holiday_of_one_participants_country_is_a_day_off_for_the_row():
    # 17 August 2026: Indonesia's Independence Day; China works.
    liu = Participant("Liu", "Asia/Shanghai", "CN")
    ambassador = Participant("Oratmangun", "Asia/Shanghai", "ID")
    alone = clock_hours([liu], date(2026, 8, 17))
    together = clock_hours([liu, ambassador], date(2026, 8, 17))
    assert alone[11].kinds == (W,)
    assert together[11].kinds == (D,)
    assert [(d.country_code, d.reason) for d in together[11].days_off] == [
        ("ID", "Independence Day")
    ]
    assert together[3].kinds == (N,)  # the night stays night on a holiday


def test_the_row_takes_the_narrowest_working_hours():
    early = Participant("Early", "Asia/Shanghai", "CN", WorkingHours(time(8), time(16)))
    late = Participant("Late", "Asia/Shanghai", "CN", WorkingHours(time(10), time(19)))
    hours = kinds_by_office_hour(clock_hours([early, late], TUESDAY))
    assert hours[8] == (OFF,)  # Late has not started
    assert hours[10] == (E,)  # Late's first hour
    assert hours[11] == (W,)
    assert hours[15] == (E,)  # Early's last hour
    assert hours[16] == (OFF,)  # Early has gone


def test_one_zone_at_a_time_and_a_real_one():
    with pytest.raises(ValueError, match="one zone"):
        clock_hours([Participant("a", "Asia/Shanghai"), Participant("b", "Asia/Tehran")], TUESDAY)
    with pytest.raises(InputError, match="Unknown time zone"):
        clock_hours([Participant("a", "Asia/Beijing")], TUESDAY)


@settings(max_examples=25, deadline=None)
@given(
    zone=st.sampled_from(
        [
            ("Asia/Kathmandu", "NP"),
            ("Asia/Tehran", "IR"),
            ("Europe/London", "GB"),
            ("Asia/Jakarta", "ID"),
            ("Europe/Moscow", "RU"),
        ]
    ),
    day=st.dates(min_value=date(2026, 1, 1), max_value=date(2027, 12, 31)),
)
def test_every_proposed_slot_lies_in_working_or_edge_parts(zone, day):
    participants = [Participant("Qingdao", "Asia/Shanghai", "CN"), Participant("x", *zone)]
    proposals = propose_slots(
        participants, timedelta(hours=1), day, day, step=timedelta(minutes=15)
    )
    good = [
        (part.starts_at, part.ends_at)
        for p in participants
        for hour in clock_hours([p], day)
        for part in hour.parts
        if part.kind in (W, E)
    ]
    for proposal in proposals:
        minute = proposal.starts_at
        while minute < proposal.ends_at:
            covering = sum(1 for start, end in good if start <= minute < end)
            assert covering == len(participants), minute
            minute += timedelta(minutes=15)
