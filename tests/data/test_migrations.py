"""Migrations build every database, bring old ones forward with their data, refuse newer ones."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from scoda_desktop.data import database as db
from scoda_desktop.domain.models import SQLModel
from scoda_desktop.errors import DatabaseError, DatabaseTooNewError
from scoda_desktop.services.meetings import list_meetings

FIRST_REVISION = "0001"


def test_a_new_database_is_migrated_to_head_and_matches_the_models(database):
    with database.engine.connect() as connection:
        assert db.current_revision(connection) == db.head_revision()
        diff = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
        assert diff == []
        inspector = sa.inspect(connection)
        for table in SQLModel.metadata.sorted_tables:
            expected = {c.name for c in table.constraints if isinstance(c, sa.CheckConstraint)}
            actual = {c["name"] for c in inspector.get_check_constraints(table.name)}
            assert actual == expected, table.name


def test_a_new_database_has_every_country(database):
    with database.engine.connect() as connection:
        rows = dict(connection.execute(sa.text("SELECT code, name_zh FROM country")).all())
    assert len(rows) > 240
    assert rows["TJ"] == "塔吉克斯坦"


def _fill_first_revision(engine: sa.Engine) -> None:
    """Rows written as the first schema revision knew them, with plain SQL."""
    start = datetime(2021, 4, 2, 7, 0)
    with engine.begin() as connection:
        connection.execute(
            sa.text(
                "INSERT INTO country (code, name_en, name_zh, time_zones, sco_status,"
                " belt_and_road, version, updated_at)"
                " VALUES ('ID', 'Indonesia', '印度尼西亚', '[]', 'none', :t, 1, :now)"
            ),
            {"t": True, "now": start},
        )
        connection.execute(
            sa.text(
                "INSERT INTO person (uid, family_name, given_name, name_order,"
                " alternative_spellings, country_code, version, created_at, updated_at)"
                " VALUES ('p1', 'Oratmangun', 'Djauhari', 'given_first', '[]', 'ID', 1, :t, :t)"
            ),
            {"t": start},
        )
        connection.execute(
            sa.text(
                "INSERT INTO meeting (uid, theme_en, kind, status, starts_at, ends_at, time_zone,"
                " version, created_at, updated_at) VALUES ('m1', 'Cloud Meeting for Common"
                " Development', 'video', 'held', :s, :e, 'Asia/Shanghai', 1, :s, :s)"
            ),
            {"s": start, "e": start.replace(hour=8)},
        )
        connection.execute(
            sa.text(
                "INSERT INTO participation (meeting_id, person_id, side, role, rsvp, version)"
                " SELECT m.id, p.id, 'guest', 'principal_guest', 'accepted', 1"
                " FROM meeting m, person p"
            )
        )


def test_a_database_at_the_first_revision_keeps_its_data_when_migrated(database_target, data_dir):
    engine = db.create_db_engine(database_target)
    db.upgrade(engine, FIRST_REVISION)
    _fill_first_revision(engine)
    engine.dispose()

    opened = db.open_database(database_target)
    try:
        with opened.engine.connect() as connection:
            assert db.current_revision(connection) == db.head_revision()
            assert sa.inspect(connection).has_table("press_release")
        with opened.session() as session:
            (row,) = list_meetings(session)
        assert row.theme_en == "Cloud Meeting for Common Development"
        assert row.starts_at == datetime(2021, 4, 2, 7, 0, tzinfo=UTC)
        assert row.counterparts == ("Djauhari Oratmangun",)
        assert row.countries == ("Indonesia",)
    finally:
        opened.dispose()

    if database_target.is_sqlite:  # the old file was backed up before migrating
        (backup,) = (data_dir / "backups").glob("*before-migration-from-0001*.sqlite3")
        with sqlite3.connect(backup) as old:
            assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
            assert old.execute("SELECT theme_en FROM meeting").fetchone()[0].startswith("Cloud")


def test_a_database_from_a_newer_version_is_refused_untouched(sqlite_target):
    db.open_database(sqlite_target).dispose()
    with sqlite3.connect(sqlite_target.path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = sqlite_target.path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="newer version of SCODA Desktop"):
        db.open_database(sqlite_target)
    assert sqlite_target.path.read_bytes() == before


def test_a_foreign_sqlite_file_is_refused(sqlite_target):
    with sqlite3.connect(sqlite_target.path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(DatabaseError, match="not an SCODA Desktop database"):
        db.open_database(sqlite_target)


def test_a_file_that_is_not_a_database_is_refused_with_a_message(sqlite_target):
    sqlite_target.path.write_bytes(b"This is a letter, not a database.\n" * 100)
    with pytest.raises(DatabaseError, match="Cannot open the database"):
        db.open_database(sqlite_target)


def test_sqlite_runs_in_wal_mode_with_foreign_keys(sqlite_database):
    with sqlite_database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
