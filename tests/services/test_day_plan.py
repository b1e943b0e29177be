"""The day grid's content: a row per zone in a world-clock order, the offsets of the day, the
proposals of the day on the right grid of starts, and the plan read for the editor's
attendees."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import select

from scoda_desktop.domain.enums import Side
from scoda_desktop.domain.models import Meeting, Person
from scoda_desktop.errors import InputError
from scoda_desktop.services.day_plan import (
    FINE_STEP,
    OFFICE_PARTICIPANT,
    Attendee,
    attendees_of,
    city_of,
    plan_day,
    read_day_plan,
    zone_order,
)
from scoda_desktop.services.demo import populate_demo
from scoda_desktop.services.meeting_drafts import ParticipantDraft
from scoda_desktop.services.scheduling import DEFAULT_STEP, BusyInterval, HourKind, Participant

HOUR = timedelta(hours=1)
TUESDAY = date(2026, 12, 1)
LIU = Participant("Liu Jianjun", "Asia/Shanghai", "CN")
MENG = Participant("Meng Qingsheng", "Asia/Shanghai", "CN")
GURUNG = Participant("Dipak Gurung", "Asia/Kathmandu", "NP")
PETROV = Participant("Ivan Petrov", "Europe/Moscow", "RU")
LONDON = Participant("London", "Europe/London", "GB")
DEMO_TODAY = date(2026, 11, 28)


def at(text: str) -> datetime:
    """An instant written in Qingdao time."""
    return datetime.fromisoformat(text + "+08:00").astimezone(UTC)


def test_one_row_per_zone_the_office_first_then_east_to_west():
    plan = plan_day([PETROV, GURUNG, LIU, MENG], TUESDAY, HOUR)
    assert [row.zone for row in plan.rows] == ["Asia/Shanghai", "Asia/Kathmandu", "Europe/Moscow"]
    assert plan.rows[0].names() == ["Liu Jianjun", "Meng Qingsheng"]
    assert [row.offset_text() for row in plan.rows] == ["UTC+08:00", "UTC+05:45", "UTC+03:00"]
    assert [row.city for row in plan.rows] == ["Shanghai", "Kathmandu", "Moscow"]
    assert all(len(row.hours) == 24 for row in plan.rows)
    assert zone_order(["Europe/London", "Asia/Tokyo"], TUESDAY) == ["Asia/Tokyo", "Europe/London"]
    assert city_of("America/Argentina/Buenos_Aires") == "Buenos Aires"


def test_a_zone_changing_its_clocks_that_day_shows_both_offsets():
    plan = plan_day([LIU, LONDON], date(2026, 3, 29), HOUR)
    assert plan.rows[1].offset_text() == "UTC+00:00 → UTC+01:00"


def test_proposals_are_those_of_propose_slots_on_a_quarter_hour_grid_for_kathmandu():
    with_nepal = plan_day([LIU, GURUNG], TUESDAY, HOUR)
    assert with_nepal.step == FINE_STEP
    assert min(p.starts_at for p in with_nepal.proposals) == at("2026-12-01 11:15")
    assert plan_day([LIU, PETROV], TUESDAY, HOUR).step == DEFAULT_STEP


def test_the_chosen_span_is_judged_on_every_clock():
    busy = BusyInterval(at("2026-12-01 15:00"), at("2026-12-01 16:00"), 7, "Rail freight")
    plan = plan_day([LIU, GURUNG], TUESDAY, HOUR, busy=[busy])
    assert plan.proposal_at(at("2026-12-01 15:00")) is None  # the host side is busy
    rank = plan.proposal_at(plan.proposals[0].starts_at)
    assert rank == 0
    # 10:00 in Qingdao is 07:45 in Kathmandu: outside working hours there.
    ((row, kind, days_off),) = plan.unsuitable_rows(at("2026-12-01 10:00"), at("2026-12-01 11:00"))
    assert (row.zone, kind, days_off) == ("Asia/Kathmandu", HourKind.OFF_HOURS, ())
    assert plan.clashes(at("2026-12-01 15:30"), at("2026-12-01 16:30")) == [busy]
    assert plan.unsuitable_rows(at("2026-12-01 14:00"), at("2026-12-01 15:00")) == []


def test_a_past_day_proposes_nothing_and_says_so():
    plan = plan_day([LIU], TUESDAY, HOUR, not_before=at("2026-12-02 09:00"))
    assert plan.proposals == () and plan.is_over
    assert not plan_day([LIU], TUESDAY, HOUR, not_before=at("2026-12-01 12:00")).is_over


def test_without_attendees_the_office_day_is_shown():
    plan = plan_day([], TUESDAY, HOUR)
    assert [row.participants for row in plan.rows] == [(OFFICE_PARTICIPANT,)]
    assert plan.proposals


def test_a_bad_zone_is_named():
    with pytest.raises(InputError, match="Asia/Beijing"):
        plan_day([Participant("x", "Asia/Beijing")], TUESDAY, HOUR)


def test_attendees_of_the_editor():
    drafts = [
        ParticipantDraft(person_id=1, side=Side.HOST, name_en="Liu Jianjun"),
        ParticipantDraft(person_id=2, side=Side.GUEST, name_zh="周浩黎", join_zone="Asia/Jakarta"),
    ]
    assert attendees_of(drafts) == [
        Attendee(1, "Liu Jianjun", None, True),
        Attendee(2, "周浩黎", "Asia/Jakarta", False),
    ]


@pytest.fixture
def demo(database):
    populate_demo(database, today=DEMO_TODAY)
    return database


def test_read_day_plan_uses_the_editors_zones_and_the_host_sides_meetings(demo):
    theme = "SCO Ambassadors' Dialogue on Supply Chains"  # confirmed, 2 December 15:00
    with demo.session() as session:
        meeting = session.exec(select(Meeting).where(Meeting.theme_en == theme)).one()
        people = {p.family_name: p.id for p in session.exec(select(Person))}
        attendees = [
            Attendee(people["Sun"], "Sun", None, True),
            Attendee(people["Dzhumabaev"], "Dzhumabaev", "Asia/Bishkek", False),
        ]
        day = date(2026, 12, 2)
        now = at("2026-11-30 09:00")
        plan = read_day_plan(session, attendees, day, HOUR, now=now)
        moving = read_day_plan(
            session, attendees, day, HOUR, exclude_meeting_id=meeting.id, now=now
        )
    assert [row.zone for row in plan.rows] == ["Asia/Shanghai", "Asia/Bishkek"]
    assert [b.meeting_id for b in plan.busy] == [meeting.id]
    assert plan.proposal_at(meeting.starts_at) is None
    assert moving.busy == () and moving.proposal_at(meeting.starts_at) is not None
