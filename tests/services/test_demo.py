"""The demo data: filled once, the 2021 meeting of the example release as recorded, two years of
meetings around ``today`` in several zones, follow-ups in every state, the same data each time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import delete, func, select

from scoda_desktop.data.database import open_database, resolve_target
from scoda_desktop.domain.enums import (
    Attendance,
    DiplomaticRank,
    HeadOfMissionClass,
    MeetingStatus,
    OrganisationKind,
    OutcomeKind,
    OutcomeStatus,
    ParticipationRole,
    Rsvp,
    Side,
)
from scoda_desktop.domain.models import (
    Meeting,
    Organisation,
    Outcome,
    Participation,
    Person,
    Position,
)
from scoda_desktop.services.demo import populate_demo

TODAY = date(2025, 3, 12)
CLOUD_THEME = "Cloud Meeting for Common Development"
TABLES = (Organisation, Person, Position, Meeting, Participation, Outcome)
UPCOMING = {MeetingStatus.CONFIRMED, MeetingStatus.PROPOSED, MeetingStatus.DRAFT}


@pytest.fixture
def demo(database):
    assert populate_demo(database, TODAY) is True
    return database


@pytest.fixture
def other_database(tmp_path) -> Iterator[object]:
    """A second fresh database (SQLite), to compare with the one under test."""
    db = open_database(resolve_target(str(tmp_path / "other.sqlite3")))
    yield db
    db.dispose()


def counts(database) -> dict[str, int]:
    with database.session() as session:
        return {
            model.__name__: session.exec(select(func.count()).select_from(model)).one()
            for model in TABLES
        }


def all_rows(database, model) -> list:
    with database.session() as session:
        return list(session.exec(select(model)).all())


def meetings_by_theme(database) -> dict[str, Meeting]:
    return {m.theme_en: m for m in all_rows(database, Meeting)}


def local(meeting: Meeting, zone: str | None = None) -> datetime:
    return meeting.starts_at.astimezone(ZoneInfo(zone or meeting.time_zone))


def signature(database) -> list[tuple]:
    """What must not change between two runs with the same ``today``."""
    meetings = sorted(
        (m.uid, m.theme_en, m.starts_at, m.ends_at, m.time_zone, m.status.value)
        for m in all_rows(database, Meeting)
    )
    outcomes = sorted(
        (o.uid, o.kind.value, o.text_en, o.due_date, o.status.value, o.closed_on)
        for o in all_rows(database, Outcome)
    )
    people = sorted((p.uid, p.family_name, p.given_name) for p in all_rows(database, Person))
    return [*meetings, *outcomes, *people]


def test_fills_an_empty_database_once(database):
    before = counts(database)
    assert before["Meeting"] == 0

    assert populate_demo(database, TODAY) is True
    filled = counts(database)
    assert all(filled[name] > before[name] for name in filled)

    assert populate_demo(database, TODAY) is False
    assert populate_demo(database, TODAY + timedelta(days=40)) is False
    assert counts(database) == filled


def test_a_database_with_a_meeting_of_its_own_is_left_alone(database):
    with database.transaction() as session:
        start = datetime(2024, 5, 6, 7, tzinfo=UTC)
        session.add(
            Meeting(theme_en="Our own", starts_at=start, ends_at=start + timedelta(hours=1))
        )
    before = counts(database)

    assert populate_demo(database, TODAY) is False
    assert counts(database) == before


def test_the_meeting_of_2_april_2021_as_recorded(demo):
    meeting = meetings_by_theme(demo)[CLOUD_THEME]
    assert meeting.starts_at == datetime(2021, 4, 2, 7, 0, tzinfo=UTC)  # 15:00 in Qingdao
    assert meeting.ends_at > meeting.starts_at
    assert meeting.time_zone == "Asia/Shanghai"
    assert meeting.status == MeetingStatus.HELD
    assert meeting.venue_en == "Service Center, SCODA"
    assert meeting.venue_zh == "上合示范区服务中心"

    with demo.session() as session:
        seats = {
            person.family_name: (participation, person)
            for participation, person in session.exec(
                select(Participation, Person)
                .join(Person, Person.id == Participation.person_id)
                .where(Participation.meeting_id == meeting.id)
            )
        }
        positions = {p.id: p for p in session.exec(select(Position)).all()}
        organisations = {o.id: o for o in session.exec(select(Organisation)).all()}
    assert set(seats) == {"Liu", "Oratmangun", "Igormonzod", "Meng"}

    expected = {
        "Liu": (
            Side.HOST,
            ParticipationRole.HOST,
            "Liu Jianjun",
            "Member of the Standing Committee of CPC Qingdao Committee and "
            "Secretary of CPC Jiaozhou Committee",
        ),
        "Oratmangun": (
            Side.GUEST,
            ParticipationRole.PRINCIPAL_GUEST,
            "Djauhari Oratmangun",
            "Indonesian Ambassador to China",
        ),
        "Igormonzod": (
            Side.GUEST,
            ParticipationRole.GUEST,
            "Muhammed Igormonzod",
            "Deputy Ambassador of Tajikistan to China",
        ),
        "Meng": (
            Side.HOST,
            ParticipationRole.ATTENDEE,
            "Meng Qingsheng",
            "Deputy Director of SCODA Administrative Committee",
        ),
    }
    for family, (side, role, name, title) in expected.items():
        participation, _person = seats[family]
        assert (participation.side, participation.role) == (side, role), family
        assert (participation.name_en, participation.title_en) == (name, title)
        assert participation.title_zh
        assert participation.rsvp == Rsvp.ACCEPTED
        assert participation.attendance == Attendance.PRESENT
        assert participation.join_zone == "Asia/Shanghai"
        assert positions[participation.position_id].title_en == title

    liu = seats["Liu"][1]
    assert (liu.name_zh, liu.name_order.value) == ("刘建军", "family_first")
    assert positions[seats["Liu"][0].position_id].internal_rank is not None
    assert seats["Meng"][1].name_zh == "孟庆胜"

    ambassador = positions[seats["Oratmangun"][0].position_id]
    assert ambassador.diplomatic_rank == DiplomaticRank.AMBASSADOR
    assert ambassador.head_of_mission_class == HeadOfMissionClass.AMBASSADOR
    assert ambassador.functions_since < meeting.starts_at
    embassy = organisations[ambassador.organisation_id]
    assert (embassy.name_en, embassy.kind, embassy.country_code) == (
        "Embassy of Indonesia in China",
        OrganisationKind.EMBASSY,
        "ID",
    )
    deputy_person = seats["Igormonzod"][1]
    deputy_post = positions[seats["Igormonzod"][0].position_id]
    assert deputy_post.diplomatic_rank == DiplomaticRank.DEPUTY_HEAD_OF_MISSION
    assert deputy_person.country_code == "TJ"
    assert deputy_person.alternative_spellings == ["Muhammad Egamzod"]

    outcomes = [o for o in all_rows(demo, Outcome) if o.meeting_id == meeting.id]
    kinds = {o.kind for o in outcomes}
    assert {OutcomeKind.PROPOSAL, OutcomeKind.AGREEMENT, OutcomeKind.FOLLOW_UP} <= kinds
    (follow_up,) = [o for o in outcomes if o.kind == OutcomeKind.FOLLOW_UP]
    assert "International Cooperation Hub for SCO Countries" in follow_up.text_en
    assert follow_up.owner_id == seats["Meng"][1].id
    assert follow_up.status == OutcomeStatus.DONE
    assert date(2021, 4, 2) < follow_up.closed_on <= follow_up.due_date


def test_two_years_of_meetings_up_to_three_weeks_ahead(demo):
    meetings = [m for m in all_rows(demo, Meeting) if m.theme_en != CLOUD_THEME]
    assert len(meetings) >= 20
    assert len(all_rows(demo, Meeting)) >= 21

    days = [local(m).date() for m in meetings]
    assert min(days) >= TODAY - timedelta(days=2 * 366)
    assert min(days) <= TODAY - timedelta(days=600)  # the span really is about two years
    assert max(days) <= TODAY + timedelta(days=23)
    assert all(day.weekday() < 5 for day in days)

    past = [m for m, day in zip(meetings, days, strict=True) if day < TODAY]
    upcoming = [m for m, day in zip(meetings, days, strict=True) if day > TODAY]
    assert {m.status for m in upcoming} == UPCOMING
    assert not {m.status for m in past} & UPCOMING
    assert [m.status for m in meetings].count(MeetingStatus.POSTPONED) == 1
    assert [m.status for m in meetings].count(MeetingStatus.CANCELLED) == 1
    assert sum(m.status == MeetingStatus.HELD for m in past) >= 18
    assert len({m.theme_en for m in meetings}) == len(meetings)
    assert any(m.platform and m.join_url and m.meeting_code for m in upcoming)
    assert all(m.join_url.startswith("https://example.com/") for m in meetings if m.join_url)
    assert {m.platform for m in meetings} >= {"Zoom", "Tencent Meeting", "Microsoft Teams"}
    assert any(m.talking_points and m.objectives and m.agenda for m in upcoming)


def test_meetings_and_participants_span_several_time_zones(demo):
    meetings = all_rows(demo, Meeting)
    participations = all_rows(demo, Participation)
    assert len({m.time_zone for m in meetings}) >= 6
    join_zones = {p.join_zone for p in participations}
    assert None not in join_zones
    assert {"Europe/Moscow", "Asia/Tashkent", "Asia/Kathmandu", "Asia/Tehran"} <= join_zones
    offsets = {ZoneInfo(zone).utcoffset(datetime(2025, 1, 15)) for zone in join_zones}
    assert len(offsets) >= 6  # whole, half and three-quarter hours apart

    for meeting in meetings:  # arranged in working hours both where they are set and in Qingdao
        assert 8 <= local(meeting).hour < 18, meeting.theme_en
        assert 8 <= local(meeting, "Asia/Shanghai").hour < 18, meeting.theme_en


def test_follow_ups_in_every_state(demo):
    follow_ups = [o for o in all_rows(demo, Outcome) if o.kind == OutcomeKind.FOLLOW_UP]
    assert all(o.owner_id is not None and o.due_date is not None for o in follow_ups)
    done = [o for o in follow_ups if o.status == OutcomeStatus.DONE]
    open_ = [o for o in follow_ups if o.status == OutcomeStatus.OPEN]
    dropped = [o for o in follow_ups if o.status == OutcomeStatus.DROPPED]

    assert len(done) >= 5
    assert all(o.closed_on is not None and o.closed_on <= TODAY for o in done + dropped)
    assert len(dropped) == 1
    assert sum(o.due_date > TODAY for o in open_) >= 2
    assert sum(o.due_date < TODAY for o in open_) >= 2
    assert all(o.closed_on is None for o in open_)
    kinds = {o.kind for o in all_rows(demo, Outcome)}
    assert kinds == set(OutcomeKind)


def test_title_snapshots_are_the_posts_held_at_the_time(demo):
    with demo.session() as session:
        rows = session.exec(
            select(Participation, Position, Meeting)
            .join(Position, Position.id == Participation.position_id)
            .join(Meeting, Meeting.id == Participation.meeting_id)
        ).all()
    assert len(rows) == len(all_rows(demo, Participation))

    titles_by_person: dict[int, set[str]] = {}
    for participation, position, meeting in rows:
        day = local(meeting).date()
        assert position.person_id == participation.person_id
        assert position.start_date is None or position.start_date <= day
        assert position.end_date is None or day <= position.end_date
        assert participation.title_en == position.title_en
        titles_by_person.setdefault(participation.person_id, set()).add(position.title_en)
    promoted = [person for person, titles in titles_by_person.items() if len(titles) > 1]
    assert len(promoted) >= 3

    host_side = [p for p, _, _ in rows if p.side == Side.HOST]
    assert all(p.name_zh for p in host_side)
    assert {p.role for p, _, _ in rows} >= {
        ParticipationRole.HOST,
        ParticipationRole.PRINCIPAL_GUEST,
        ParticipationRole.GUEST,
        ParticipationRole.ATTENDEE,
        ParticipationRole.INTERPRETER,
        ParticipationRole.STAFF,
    }


def test_same_today_gives_the_same_data(demo, other_database):
    assert populate_demo(other_database, TODAY) is True
    assert signature(other_database) == signature(demo)


def test_another_today_moves_the_relative_dates_only(demo, other_database):
    later = TODAY + timedelta(days=100)
    assert populate_demo(other_database, later) is True
    first = {m.uid: m for m in all_rows(demo, Meeting)}
    second = {m.uid: m for m in all_rows(other_database, Meeting)}
    assert first.keys() == second.keys()
    for uid, meeting in first.items():
        moved = local(second[uid]).date() - local(meeting).date()
        if meeting.theme_en == CLOUD_THEME:
            assert moved == timedelta(0)
        else:  # 100 days, give or take the move off a weekend
            assert timedelta(days=98) <= moved <= timedelta(days=102), meeting.theme_en


def test_refills_after_the_meetings_were_deleted_without_duplicating_people(demo):
    filled = counts(demo)
    with demo.transaction() as session:
        session.exec(delete(Meeting))
    assert counts(demo)["Participation"] == 0

    assert populate_demo(demo, TODAY) is True
    assert counts(demo) == filled


def test_today_defaults_to_the_office_date(database):
    assert populate_demo(database) is True
    now = datetime.now(UTC)
    starts = [m.starts_at for m in all_rows(database, Meeting)]
    assert any(now < start < now + timedelta(days=23) for start in starts)
    assert any(now - timedelta(days=30) < start < now for start in starts)
