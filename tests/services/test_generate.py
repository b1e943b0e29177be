"""``generate``: synthetic records at scale, in proportion, the same for the same seed, and a
database that passes ``check``."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from scoda_desktop.app import main
from scoda_desktop.data.database import open_database, resolve_target
from scoda_desktop.errors import InputError
from scoda_desktop.services.generate import MIN_PEOPLE, build, generate

UNTIL = date(2026, 6, 30)


def run_cli(*args: str) -> int:
    try:
        return main(list(args))
    except SystemExit as exc:  # argparse's own errors
        return int(exc.code or 0)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """300 meetings and 150 people, through the command line."""
    path = tmp_path_factory.mktemp("generated") / "office.sqlite3"
    code = run_cli(
        "--database", str(path), "generate", "--meetings", "300", "--people", "150",
        "--seed", "7", "--until", UNTIL.isoformat(),
    )  # fmt: skip
    assert code == 0
    return path


def _one(path: Path, sql: str) -> object:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchone()[0]
    finally:
        connection.close()


def test_the_counts_asked_for_and_the_office_proportions(generated: Path) -> None:
    count = lambda table: _one(generated, f"SELECT count(*) FROM {table}")  # noqa: E731
    assert count("meeting") == 300
    assert count("person") == 150
    assert 4.3 <= count("participation") / 300 <= 5.7  # about five people a meeting
    assert 1.1 <= count("outcome") / 300 <= 1.9  # about one and a half outcomes
    assert count("position") >= 150  # everyone holds a post; some were promoted in it
    assert _one(generated, "SELECT count(*) FROM organisation WHERE kind = 'embassy'") >= 3
    assert _one(generated, "SELECT count(DISTINCT time_zone) FROM meeting") >= 3
    assert _one(generated, "SELECT count(DISTINCT country_code) FROM person") >= 4


def test_the_records_look_like_an_offices(generated: Path) -> None:
    # Ten years up to --until, and a few meetings already arranged after it.
    span = _one(generated, "SELECT min(starts_at) || '|' || max(starts_at) FROM meeting")
    first, last = str(span).split("|")
    assert "2016-06-29" <= first[:10] < "2017-01-01"
    assert last[:10] > UNTIL.isoformat()
    assert _one(generated, "SELECT count(*) FROM meeting WHERE starts_at > '2026-07-01' "
                           "AND status = 'held'") == 0  # fmt: skip
    # Every participant held the recorded post on the day of the meeting.
    outside = _one(
        generated,
        "SELECT count(*) FROM participation p JOIN meeting m ON m.id = p.meeting_id "
        "JOIN position s ON s.id = p.position_id WHERE s.person_id <> p.person_id "
        "OR date(m.starts_at) < s.start_date "
        "OR (s.end_date IS NOT NULL AND date(m.starts_at, '-1 day') > s.end_date)",
    )
    assert outside == 0
    assert _one(generated, "SELECT count(*) FROM participation WHERE position_id IS NULL") == 0
    # Each meeting has its host and a principal guest.
    assert (
        _one(
            generated,
            "SELECT count(*) FROM meeting WHERE id NOT IN "
            "(SELECT meeting_id FROM participation WHERE role = 'principal_guest')",
        )
        == 0
    )
    assert _one(
        generated, "SELECT name_en FROM organisation WHERE kind = 'embassy' ORDER BY id LIMIT 1"
    ).startswith("Embassy of ")


def test_the_generated_database_passes_check(generated: Path, capsys) -> None:
    assert run_cli("--database", str(generated), "check") == 0
    out = capsys.readouterr().out
    assert "PROBLEM" not in out
    assert "meeting 300" in out


def test_the_same_seed_gives_the_same_records_and_another_seed_others() -> None:
    first = build(60, 60, seed=3, until=UNTIL).rows
    assert build(60, 60, seed=3, until=UNTIL).rows == first
    other = build(60, 60, seed=4, until=UNTIL).rows
    assert other["meeting"] != first["meeting"]
    assert other["person"] != first["person"]


def test_generate_refuses_a_database_with_records_and_too_few_people(tmp_path: Path) -> None:
    database = open_database(resolve_target(str(tmp_path / "office.sqlite3")))
    try:
        with pytest.raises(InputError, match="at least"):
            generate(database, meetings=5, people=MIN_PEOPLE - 1, seed=1, until=UNTIL)
        generate(database, meetings=5, people=MIN_PEOPLE, seed=1, until=UNTIL)
        with pytest.raises(InputError, match="already holds records"):
            generate(database, meetings=5, people=MIN_PEOPLE, seed=1, until=UNTIL)
    finally:
        database.dispose()


def test_the_command_prints_what_it_made_and_a_seed_to_repeat_it(tmp_path: Path, capsys):
    path = tmp_path / "office.sqlite3"
    assert run_cli("--database", str(path), "generate", "--meetings", "20", "--people", "60") == 0
    out = capsys.readouterr().out
    assert "Generated 20 meetings" in out and "60 people" in out
    assert "(seed " in out


def test_records_added_after_generating_get_new_ids(database) -> None:
    """On every backend: the generated ids are taken, so the next record gets a free one (on
    PostgreSQL the id sequences are moved past them)."""
    from datetime import UTC, datetime, timedelta

    from scoda_desktop.domain.models import Meeting, Person

    generate(database, meetings=20, people=MIN_PEOPLE, seed=2, until=UNTIL)
    start = datetime(2026, 7, 1, 2, 0, tzinfo=UTC)
    with database.transaction() as session:
        person = Person(family_name="Oratmangun", given_name="Djauhari", country_code="ID")
        meeting = Meeting(theme_en="After", starts_at=start, ends_at=start + timedelta(hours=1))
        session.add_all([person, meeting])
        session.flush()
        assert person.id == MIN_PEOPLE + 1
        assert meeting.id == 21
