"""The database itself refuses bad rows, on SQLite and PostgreSQL, with a message to act on."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from scoda_desktop.data.constraints import ConstraintViolation
from scoda_desktop.domain.enums import NameOrder, OutcomeKind, OutcomeStatus, Side
from scoda_desktop.domain.models import (
    Meeting,
    Organisation,
    Outcome,
    Participation,
    Person,
    Position,
)

START = datetime(2024, 5, 6, 7, 0, tzinfo=UTC)


def add(database, *rows):
    with database.transaction() as session:
        session.add_all(rows)
        session.flush()
        return [row.id for row in rows]


def meeting(**changes) -> Meeting:
    fields = {
        "theme_en": "Logistics talks",
        "starts_at": START,
        "ends_at": START + timedelta(hours=1),
    }
    fields.update(changes)
    return Meeting(**fields)


def count(database, model) -> int:
    from sqlmodel import func, select

    with database.session() as session:
        return session.exec(select(func.count()).select_from(model)).one()


def test_a_valid_meeting_is_stored_with_utc_instants(database):
    (meeting_id,) = add(database, meeting(time_zone="Asia/Jakarta"))
    with database.session() as session:
        stored = session.get(Meeting, meeting_id)
    assert stored.starts_at == START
    assert stored.starts_at.tzinfo is not None
    assert stored.time_zone == "Asia/Jakarta"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (meeting(ends_at=START), "must end after it starts"),
        (meeting(ends_at=START - timedelta(minutes=5)), "must end after it starts"),
        (meeting(theme_en="  ", theme_zh=None), "needs a theme"),
        (meeting(time_zone=""), "needs a time zone"),
        (Organisation(name_en=""), "needs an English name"),
        (Person(family_name=" "), "needs a family name"),
        (
            Person(family_name="Sukarno", given_name="X", name_order=NameOrder.SINGLE),
            "single name has no given name",
        ),
    ],
    ids=[
        "end-equals-start",
        "end-before-start",
        "no-theme",
        "no-zone",
        "org-name",
        "person",
        "single-name",
    ],
)
def test_check_constraints_refuse_bad_rows_with_a_clear_message(database, row, message):
    table = type(row)
    before = count(database, table)
    with pytest.raises(ConstraintViolation, match=message):
        add(database, row)
    assert count(database, table) == before


def test_a_post_cannot_end_before_it_starts(database):
    (person_id,) = add(database, Person(family_name="Liu", given_name="Jianjun"))
    bad = Position(
        person_id=person_id,
        title_en="Secretary",
        start_date=date(2021, 1, 1),
        end_date=date(2020, 1, 1),
    )
    with pytest.raises(ConstraintViolation, match="cannot end before it starts"):
        add(database, bad)


def test_unknown_country_is_refused(database):
    with pytest.raises(ConstraintViolation, match="refers to something that does not exist"):
        add(database, Organisation(name_en="Embassy of Atlantis", country_code="QQ"))


def test_organisation_names_are_unique_per_country(database):
    add(database, Organisation(name_en="Embassy of Indonesia in China", country_code="ID"))
    with pytest.raises(ConstraintViolation, match="already exists for this country"):
        add(database, Organisation(name_en="Embassy of Indonesia in China", country_code="ID"))
    # the same name elsewhere is a different organisation
    add(database, Organisation(name_en="Embassy of Indonesia in China", country_code="MY"))


def test_a_person_attends_a_meeting_once(database):
    person_id, meeting_id = add(database, Person(family_name="Meng"), meeting())
    add(database, Participation(meeting_id=meeting_id, person_id=person_id, side=Side.HOST))
    with pytest.raises(ConstraintViolation, match="already an attendee"):
        add(database, Participation(meeting_id=meeting_id, person_id=person_id, side=Side.HOST))


def test_an_open_outcome_has_no_closing_date(database):
    (meeting_id,) = add(database, meeting())
    bad = Outcome(
        meeting_id=meeting_id,
        kind=OutcomeKind.FOLLOW_UP,
        text_en="Send the list",
        status=OutcomeStatus.OPEN,
        closed_on=date(2024, 6, 1),
    )
    with pytest.raises(ConstraintViolation, match="open outcome has no closing date"):
        add(database, bad)


def test_enum_columns_refuse_unknown_values_in_raw_sql(database):
    """The CHECK constraints hold even for writes that bypass the Python enums."""
    import sqlalchemy as sa

    with pytest.raises(sa.exc.IntegrityError), database.engine.begin() as connection:
        connection.execute(
            sa.text(
                "INSERT INTO meeting (uid, theme_en, kind, status, starts_at, ends_at, time_zone,"
                " version, created_at, updated_at) VALUES ('u1', 'x', 'telepathy', 'draft',"
                " :s, :e, 'UTC', 1, :s, :s)"
            ),
            {
                "s": START.replace(tzinfo=None),
                "e": (START + timedelta(hours=1)).replace(tzinfo=None),
            },
        )


def test_deleting_a_meeting_removes_its_participations_and_outcomes(database):
    person_id, meeting_id = add(database, Person(family_name="Meng"), meeting())
    add(
        database,
        Participation(meeting_id=meeting_id, person_id=person_id, side=Side.HOST),
        Outcome(meeting_id=meeting_id, kind=OutcomeKind.REMARK, text_en="Noted"),
    )
    with database.transaction() as session:
        session.delete(session.get(Meeting, meeting_id))
    assert count(database, Participation) == 0
    assert count(database, Outcome) == 0
    assert count(database, Person) == 1


def test_a_person_with_meetings_cannot_be_deleted(database):
    person_id, meeting_id = add(database, Person(family_name="Meng"), meeting())
    add(database, Participation(meeting_id=meeting_id, person_id=person_id, side=Side.HOST))
    with pytest.raises(ConstraintViolation), database.transaction() as session:
        session.delete(session.get(Person, person_id))
    assert count(database, Person) == 1


def test_naive_datetimes_are_refused_before_reaching_the_database(database):
    with pytest.raises(Exception, match="naive datetime"):
        add(
            database, meeting(starts_at=datetime(2024, 5, 6, 7, 0), ends_at=datetime(2024, 5, 6, 8))
        )
