"""Zone names, the zone a participant joins from, and a meeting's time on every clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import select

from scoda_desktop.domain.enums import OrganisationKind
from scoda_desktop.domain.models import Meeting, Participation, Person
from scoda_desktop.errors import InputError
from scoda_desktop.services.demo import populate_demo
from scoda_desktop.services.timezones import (
    ZonedParticipant,
    country_of_zone,
    default_join_zone,
    default_join_zones,
    format_utc_offset,
    local_times,
    meeting_participant_zones,
    meeting_times,
    office_day_span,
    validate_zone,
)

DEMO_TODAY = date(2026, 11, 28)
CAPITALS = {"CN": "Asia/Shanghai", "RU": "Europe/Moscow", "IR": "Asia/Tehran", "ID": None}


def at(text: str) -> datetime:
    """An instant written in Qingdao time: "2026-03-27 15:00"."""
    return datetime.fromisoformat(text + "+08:00").astimezone(UTC)


# -- zone names ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Asia/Kathmandu", "Asia/Katmandu", "Asia/Tehran", "UTC"])
def test_zone_names_of_the_tz_database_are_accepted_as_written(name):
    assert validate_zone(name) == name


def test_letter_case_is_corrected_to_the_databases_spelling():
    assert validate_zone("  asia/shanghai ") == "Asia/Shanghai"


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [
        ("Asia/Dushambe", "Asia/Dushanbe"),
        ("Asia/Kathmando", "Asia/Kathmandu"),
        ("Europe/Moskow", "Europe/Moscow"),
        ("Tehran", "Asia/Tehran"),
        ("Beijing", "Asia/Shanghai"),  # the zone bears another city's name
    ],
)
def test_a_typo_is_refused_with_close_matches(typed, suggested):
    with pytest.raises(InputError) as caught:
        validate_zone(typed)
    message = str(caught.value)
    assert f"Unknown time zone {typed!r}" in message
    assert f"Did you mean {suggested}" in message


def test_an_alias_is_suggested_as_the_zone_it_stands_for():
    with pytest.raises(InputError) as caught:
        validate_zone("Asia/Kathmando")
    assert "Asia/Katmandu" not in str(caught.value)


def test_no_zone_at_all_says_what_to_give():
    with pytest.raises(InputError, match="A time zone is needed"):
        validate_zone("  ")
    with pytest.raises(InputError, match="such as Asia/Shanghai"):
        validate_zone("Nowhere/Atlantis")


def test_country_of_a_zone_follows_aliases():
    assert country_of_zone("Asia/Shanghai") == "CN"
    assert country_of_zone("Asia/Katmandu") == "NP"
    assert country_of_zone("Europe/London") == "GB"
    assert country_of_zone("UTC") is None


# -- the zone a participant joins from ----------------------------------------------------------


@pytest.mark.parametrize(
    ("person", "org_country", "org_kind", "expected"),
    [
        ("ID", "ID", OrganisationKind.EMBASSY, "Asia/Shanghai"),  # embassy in Beijing
        ("IR", "IR", OrganisationKind.CONSULATE, "Asia/Shanghai"),
        ("CN", "CN", OrganisationKind.GOVERNMENT_BODY, "Asia/Shanghai"),
        ("RU", "CN", OrganisationKind.COMPANY, "Asia/Shanghai"),  # works for a Chinese firm
        ("RU", "RU", OrganisationKind.COMPANY, "Europe/Moscow"),  # joins from home
        ("IR", None, None, "Asia/Tehran"),
        (None, "RU", OrganisationKind.CHAMBER_OF_COMMERCE, "Europe/Moscow"),
        ("ID", "ID", OrganisationKind.COMPANY, "Asia/Shanghai"),  # no capital zone known
        (None, None, None, "Asia/Shanghai"),
    ],
)
def test_default_join_zone(person, org_country, org_kind, expected):
    zone = default_join_zone(
        person_country=person,
        organisation_country=org_country,
        organisation_kind=org_kind,
        capital_zones=CAPITALS,
    )
    assert zone == expected


def test_default_join_zones_from_the_directory(database):
    populate_demo(database, today=DEMO_TODAY)
    with database.session() as session:
        ids = {
            p.family_name: p.id
            for p in session.exec(
                select(Person).where(
                    Person.family_name.in_(["Tokhtarov", "Morozova", "Hosseini", "Liu"])
                )
            )
        }
        zones = default_join_zones(session, ids.values(), DEMO_TODAY)
    by_name = {ids_name: zones[person_id] for ids_name, person_id in ids.items()}
    assert by_name["Tokhtarov"].zone == "Asia/Shanghai"  # Ambassador of Kazakhstan, in Beijing
    assert by_name["Morozova"].zone == "Europe/Moscow"  # a Russian company, from Russia
    assert by_name["Hosseini"].zone == "Asia/Tehran"
    assert by_name["Liu"].zone == "Asia/Shanghai"
    assert by_name["Tokhtarov"].name == "Yerlan Tokhtarov"
    assert by_name["Liu"].name == "Liu Jianjun"
    assert by_name["Hosseini"].country_code == "IR"


def test_default_join_zones_refuses_an_unknown_person(database):
    with database.session() as session, pytest.raises(InputError, match="No person with id 999"):
        default_join_zones(session, [999], DEMO_TODAY)


# -- a meeting on every clock -------------------------------------------------------------------


def test_offsets_of_kathmandu_and_tehran():
    times = local_times(
        at("2026-12-07 15:00"),
        at("2026-12-07 16:00"),
        [ZonedParticipant("Nepal", "Asia/Kathmandu"), ZonedParticipant("Iran", "Asia/Tehran")],
    )
    assert [t.describe() for t in times] == [
        "12:45–13:45 (Asia/Kathmandu, UTC+05:45)",
        "10:30–11:30 (Asia/Tehran, UTC+03:30)",
    ]
    assert not any(t.date_differs for t in times)


@pytest.mark.parametrize(
    ("qingdao", "london", "offset"),
    [
        ("2026-03-27 15:00", "07:00", timedelta(hours=0)),  # Friday, GMT
        ("2026-03-30 15:00", "08:00", timedelta(hours=1)),  # Monday, BST since Sunday 29 March
        ("2026-10-23 15:00", "08:00", timedelta(hours=1)),
        ("2026-10-26 15:00", "07:00", timedelta(hours=0)),  # GMT again since 25 October
    ],
)
def test_the_same_qingdao_time_moves_in_london_with_summer_time(qingdao, london, offset):
    (time_there,) = local_times(
        at(qingdao), at(qingdao) + timedelta(hours=1), [ZonedParticipant("UK", "Europe/London")]
    )
    assert f"{time_there.starts:%H:%M}" == london
    assert time_there.utc_offset == offset


def test_the_date_is_shown_where_it_differs_from_qingdaos():
    meeting = Meeting(
        theme_en="Early call", starts_at=at("2026-03-09 09:00"), ends_at=at("2026-03-09 10:00")
    )
    new_york, qingdao = meeting_times(
        meeting,
        [
            ZonedParticipant("New York", "America/New_York"),
            ZonedParticipant("Host", "Asia/Shanghai"),
        ],
    )
    assert new_york.date_differs and not qingdao.date_differs
    # New York has been on summer time (UTC-4) since 8 March 2026.
    assert new_york.describe() == "Sun 8 Mar 21:00–22:00 (America/New_York, UTC-04:00)"
    assert qingdao.describe() == "09:00–10:00 (Asia/Shanghai, UTC+08:00)"


def test_format_utc_offset():
    assert format_utc_offset(timedelta(hours=5, minutes=45)) == "UTC+05:45"
    assert format_utc_offset(timedelta(hours=-3, minutes=-30)) == "UTC-03:30"
    assert format_utc_offset(timedelta(0)) == "UTC+00:00"


def test_local_times_refuses_naive_datetimes():
    with pytest.raises(ValueError, match="aware"):
        local_times(datetime(2026, 1, 1, 9), datetime(2026, 1, 1, 10), [])


def test_office_day_span_is_midnight_to_midnight_in_qingdao():
    start, stop = office_day_span(date(2026, 12, 1), date(2026, 12, 2))
    assert start == datetime(2026, 11, 30, 16, 0, tzinfo=UTC)
    assert stop == datetime(2026, 12, 2, 16, 0, tzinfo=UTC)


def test_meeting_participant_zones_use_the_recorded_zone_else_the_default(database):
    populate_demo(database, today=DEMO_TODAY)
    with database.transaction() as session:
        meeting = session.exec(
            select(Meeting).where(
                Meeting.theme_en == "Business Travel and Cultural Exchange with Nepal"
            )
        ).one()
        participations = session.exec(
            select(Participation).where(Participation.meeting_id == meeting.id)
        ).all()
        for participation in participations:
            if participation.join_zone == "Asia/Kathmandu":
                participation.join_zone = None  # falls back to the default of the directory
    with database.session() as session:
        zones = meeting_participant_zones(session, meeting.id)
        times = meeting_times(meeting, zones)
    assert [(z.name, z.zone) for z in zones] == [
        ("Chen Jing", "Asia/Shanghai"),
        ("Sunita Shrestha", "Asia/Shanghai"),  # counsellor at the embassy in Beijing
        ("Dipak Gurung", "Asia/Kathmandu"),  # a Nepalese association: Kathmandu by default
    ]
    assert times[2].describe() == "12:45–13:45 (Asia/Kathmandu, UTC+05:45)"


def test_meeting_participant_zones_of_a_missing_meeting(database):
    with database.session() as session, pytest.raises(InputError, match="no meeting with id 42"):
        meeting_participant_zones(session, 42)
