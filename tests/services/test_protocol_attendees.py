"""A meeting's attendees read from the database, in order and styled (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import select

from scoda_desktop.domain.enums import (
    DiplomaticRank,
    HeadOfMissionClass,
    NameOrder,
    ParticipationRole,
    Side,
)
from scoda_desktop.domain.models import (
    Meeting,
    Organisation,
    Participation,
    Person,
    Position,
)
from scoda_desktop.errors import InputError
from scoda_desktop.services.demo import populate_demo
from scoda_desktop.services.protocol import (
    DeputyRanking,
    PrecedenceSettings,
    ProtocolSettings,
    meeting_attendees,
)

CLOUD_THEME = "Cloud Meeting for Common Development"
LIU_EN = (
    "Liu Jianjun, Member of the Standing Committee of CPC Qingdao Committee and "
    "Secretary of CPC Jiaozhou Committee"
)
# The lead and the closing line of the release of 16 April 2021.
RELEASE_LEAD = (
    f"{LIU_EN}, talked with Indonesian Ambassador to China Djauhari Oratmangun and "
    "Deputy Ambassador of Tajikistan to China Muhammed Igormonzod via video link"
)
RELEASE_CLOSING = "Meng Qingsheng, Deputy Director of SCODA Administrative Committee, attended"


def test_the_meeting_of_2_april_2021_as_the_release_lists_it(database):
    assert populate_demo(database, today=date(2026, 11, 28)) is True
    with database.session() as session:
        meeting = session.exec(select(Meeting).where(Meeting.theme_en == CLOUD_THEME)).one()
        attendees = meeting_attendees(session, meeting.id)

    assert [a.first_reference for a in attendees] == [
        "Liu Jianjun",
        "Meng Qingsheng",
        "Djauhari Oratmangun",
        "Muhammed Igormonzod",
    ]
    liu, meng, ambassador, deputy = attendees
    assert [a.side for a in attendees] == [Side.HOST, Side.HOST, Side.GUEST, Side.GUEST]
    assert [a.place for a in attendees] == [1, 2, 3, 4]
    assert liu.styled_en == LIU_EN
    assert " and " in liu.styled_title_en
    assert ambassador.styled_en == "Indonesian Ambassador to China Djauhari Oratmangun"
    assert deputy.styled_en == "Deputy Ambassador of Tajikistan to China Muhammed Igormonzod"
    assert meng.title_after_name_en == (
        "Meng Qingsheng, Deputy Director of SCODA Administrative Committee"
    )

    lead = (
        f"{liu.styled_en}, talked with {ambassador.title_before_name_en} and "
        f"{deputy.title_before_name_en} via video link"
    )
    assert lead == RELEASE_LEAD
    assert f"{meng.title_after_name_en}, attended" == RELEASE_CLOSING
    # "Liu agrees with the proposals ... made by Ambassador Oratmangun and Deputy Ambassador
    # Muhammed Igormonzod"
    assert (liu.second_reference, ambassador.second_reference) == ("Liu", "Oratmangun")
    assert deputy.second_reference == "Muhammed Igormonzod"

    assert liu.role == ParticipationRole.HOST
    assert ambassador.salutation == "H.E. Mr Djauhari Oratmangun"
    assert (liu.name_zh, meng.name_zh) == ("刘建军", "孟庆胜")
    assert liu.styled_zh.endswith("胶州市委书记刘建军")
    assert ambassador.country_en == "Indonesia"
    assert [a.explanation for a in attendees[:3]] == [
        "host side, internal rank 5",
        "host side, internal rank 30",
        "ambassador (class a), took up functions 2019-01-22",
    ]
    assert deputy.explanation.startswith("deputy head of mission, ranked after heads of mission")


def test_an_unknown_meeting_is_bad_input(database):
    with database.session() as session, pytest.raises(InputError, match="no meeting with id 999"):
        meeting_attendees(session, 999)


# -- a small office of our own -------------------------------------------------------------------

MEETING_DAY = datetime(2021, 4, 2, 7, 0, tzinfo=UTC)


def _add(session, *rows):
    session.add_all(rows)
    session.flush()
    return rows if len(rows) > 1 else rows[0]


def _meeting(session) -> Meeting:
    return _add(
        session,
        Meeting(theme_en="Talks", starts_at=MEETING_DAY, ends_at=MEETING_DAY + timedelta(hours=1)),
    )


def test_several_posts_held_on_the_day_are_joined_when_no_title_was_recorded(database):
    with database.transaction() as session:
        committee, city = _add(
            session,
            Organisation(name_en="CPC Qingdao Committee", country_code="CN"),
            Organisation(name_en="CPC Jiaozhou Committee", country_code="CN"),
        )
        liu = _add(
            session,
            Person(
                family_name="Liu",
                given_name="Jianjun",
                name_order=NameOrder.FAMILY_FIRST,
                name_zh="刘建军",
            ),
        )
        _add(
            session,
            Position(
                person_id=liu.id,
                organisation_id=city.id,
                title_en="Secretary of CPC Jiaozhou Committee",
                title_zh="胶州市委书记",
                internal_rank=6,
            ),
            Position(
                person_id=liu.id,
                organisation_id=committee.id,
                title_en="Member of the Standing Committee of CPC Qingdao Committee",
                title_zh="青岛市委常委",
                internal_rank=5,
            ),
            Position(  # a later post: not the title of a meeting in 2021
                person_id=liu.id,
                title_en="Mayor",
                start_date=date(2023, 1, 1),
                internal_rank=1,
            ),
        )
        meeting = _meeting(session)
        _add(session, Participation(meeting_id=meeting.id, person_id=liu.id, side=Side.HOST))
        meeting_id = meeting.id

    with database.session() as session:
        (liu_then,) = meeting_attendees(session, meeting_id)
    assert liu_then.styled_en == LIU_EN
    assert liu_then.styled_zh == "青岛市委常委、胶州市委书记刘建军"
    assert liu_then.explanation == "host side, internal rank 5"


def test_the_snapshot_of_a_past_meeting_beats_a_later_promotion(database):
    with database.transaction() as session:
        person = _add(
            session,
            Person(family_name="Wang", given_name="Haiyan", name_order=NameOrder.FAMILY_FIRST),
        )
        old, _new = _add(
            session,
            Position(
                person_id=person.id,
                title_en="Deputy Director",
                end_date=date(2022, 1, 1),
                internal_rank=30,
            ),
            Position(
                person_id=person.id,
                title_en="Director",
                start_date=date(2022, 1, 2),
                internal_rank=20,
            ),
        )
        first, second = _meeting(session), _meeting(session)
        _add(
            session,
            Participation(
                meeting_id=first.id,
                person_id=person.id,
                side=Side.HOST,
                position_id=old.id,
                name_en="Wang Haiyan",
                title_en="Deputy Director of SCODA Administrative Committee",
            ),
            Participation(meeting_id=second.id, person_id=person.id, side=Side.HOST),
        )
        ids = first.id, second.id

    with database.session() as session:
        (recorded,) = meeting_attendees(session, ids[0])
        (derived,) = meeting_attendees(session, ids[1])
    assert recorded.styled_en == "Wang Haiyan, Deputy Director of SCODA Administrative Committee"
    assert derived.styled_en == "Wang Haiyan, Deputy Director"  # held on the day, not today's
    assert derived.explanation == "host side, internal rank 30"


def test_deputies_rank_by_their_heads_of_mission_from_the_directory(database):
    """Neither ambassador attends: the directory says whose head took up functions first."""
    with database.transaction() as session:
        kazakh, kyrgyz = _add(
            session,
            Organisation(name_en="Embassy of Kazakhstan in China", country_code="KZ"),
            Organisation(name_en="Embassy of Kyrgyzstan in China", country_code="KG"),
        )
        people = _add(
            session,
            Person(family_name="Tokhtarov", given_name="Yerlan", country_code="KZ"),
            Person(family_name="Dzhumabaev", given_name="Talant", country_code="KG"),
            Person(family_name="Abenov", given_name="Serik", country_code="KZ"),
            Person(family_name="Asanov", given_name="Bolot", country_code="KG"),
            Person(family_name="Successor", given_name="Kyrgyz", country_code="KG"),
        )
        kz_head, kg_head, kz_deputy, kg_deputy, kg_successor = (p.id for p in people)
        ambassador = {
            "diplomatic_rank": DiplomaticRank.AMBASSADOR,
            "head_of_mission_class": HeadOfMissionClass.AMBASSADOR,
        }
        deputy = {"diplomatic_rank": DiplomaticRank.DEPUTY_HEAD_OF_MISSION}
        _add(
            session,
            Position(
                person_id=kz_head,
                organisation_id=kazakh.id,
                title_en="Ambassador",
                functions_since=datetime(2020, 3, 1, 2, tzinfo=UTC),
                **ambassador,
            ),
            Position(
                person_id=kg_head,
                organisation_id=kyrgyz.id,
                title_en="Ambassador",
                functions_since=datetime(2019, 3, 1, 2, tzinfo=UTC),
                **ambassador,
            ),
            Position(  # the Kyrgyz ambassador's successor: not yet in post in 2021
                person_id=kg_successor,
                organisation_id=kyrgyz.id,
                title_en="Ambassador",
                start_date=date(2024, 1, 1),
                functions_since=datetime(2024, 1, 9, tzinfo=UTC),
                **ambassador,
            ),
            Position(
                person_id=kz_deputy,
                organisation_id=kazakh.id,
                title_en="Deputy Head",
                start_date=date(2018, 1, 1),
                end_date=date(2023, 12, 31),
                **deputy,
            ),
            Position(
                person_id=kg_deputy,
                organisation_id=kyrgyz.id,
                title_en="Deputy Head",
                start_date=date(2020, 6, 1),
                **deputy,
            ),
        )
        meeting = _meeting(session)
        _add(
            session,
            *(
                Participation(meeting_id=meeting.id, person_id=person_id, side=Side.GUEST)
                for person_id in (kz_deputy, kg_deputy)
            ),
        )
        meeting_id = meeting.id

    def order(ranking: DeputyRanking) -> list[str]:
        settings = ProtocolSettings(precedence=PrecedenceSettings(ranking))
        with database.session() as session:
            return [a.first_reference for a in meeting_attendees(session, meeting_id, settings)]

    # The Kyrgyz ambassador took up functions in 2019, the Kazakh one in 2020.
    assert order(DeputyRanking.BY_HEAD_OF_MISSION) == ["Bolot Asanov", "Serik Abenov"]
    # The Kazakh deputy took up the post in 2018, the Kyrgyz one in 2020.
    assert order(DeputyRanking.BY_OWN_RANK_AND_DATE) == ["Serik Abenov", "Bolot Asanov"]
    with database.session() as session:
        first = meeting_attendees(session, meeting_id)[0]
    assert first.explanation.endswith("ambassador (class a), took up functions 2019-03-01")
    assert first.styled_en == "Deputy Head Bolot Asanov"


def test_an_order_set_by_hand_and_a_meeting_without_people(database):
    with database.transaction() as session:
        first, second = _add(
            session,
            Person(family_name="Wiryanto", name_order=NameOrder.SINGLE, country_code="ID"),
            Person(family_name="Omarov", given_name="Daniyar", country_code="KZ"),
        )
        meeting, empty = _meeting(session), _meeting(session)
        _add(
            session,
            Participation(meeting_id=meeting.id, person_id=first.id, side=Side.GUEST),
            Participation(
                meeting_id=meeting.id, person_id=second.id, side=Side.GUEST, order_override=1
            ),
        )
        ids = meeting.id, empty.id
    with database.session() as session:
        attendees = meeting_attendees(session, ids[0])
        assert meeting_attendees(session, ids[1]) == []
    assert [a.first_reference for a in attendees] == ["Daniyar Omarov", "Wiryanto"]
    assert attendees[0].explanation == "placed by hand (order 1)"
    assert attendees[1].styled_en == "Wiryanto"  # no post: the name alone
    assert attendees[1].as_json()["side"] == "guest"
