""" "Test connection" from Preferences: the schema revision, or what to check; nothing created,
migrated or written; the password never shown."""

from __future__ import annotations

import logging
import socket

import pytest
import sqlalchemy as sa

from scoda_desktop.data import database as db
from scoda_desktop.data.probe import SchemaState, check_connection
from scoda_desktop.data.target import DatabaseTarget, resolve_target
from scoda_desktop.errors import DatabaseError, DatabaseTooNewError


def test_an_up_to_date_database_reports_its_revision(database):
    check = check_connection(database.target)
    assert check.state == SchemaState.CURRENT
    assert check.message == f"OK, schema revision {db.head_revision()}."


def test_an_older_database_is_reported_and_left_as_it_is(database_target):
    engine = db.create_db_engine(database_target)
    db.upgrade(engine, "0001")
    engine.dispose()

    check = check_connection(database_target)

    assert (check.state, check.revision) == (SchemaState.OLDER, "0001")
    assert check.message.startswith("OK, schema revision 0001: SCODA Desktop will update it to")
    engine = sa.create_engine(database_target.url)
    with engine.connect() as connection:
        assert db.current_revision(connection) == "0001"
    engine.dispose()


def test_a_newer_database_is_refused(database):
    with database.engine.begin() as connection:
        connection.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(DatabaseTooNewError, match=r"newer version .*schema revision 9999"):
        check_connection(database.target)


def test_an_empty_server_database_will_be_set_up(postgres_target):
    check = check_connection(postgres_target)
    assert check.state == SchemaState.EMPTY
    assert "the database is empty" in check.message


def test_a_missing_sqlite_file_is_not_created(tmp_path):
    target = resolve_target(str(tmp_path / "new" / "office.sqlite3"))
    check = check_connection(target)
    assert check.state == SchemaState.NO_FILE
    assert "will create" in check.message
    assert not (tmp_path / "new").exists()


def test_a_file_that_is_not_a_database_is_explained(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("minutes of the meeting")
    with pytest.raises(DatabaseError, match=f"Cannot connect to {path}: file is not a database"):
        check_connection(resolve_target(str(path)))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_no_server_is_explained_without_the_password(caplog):
    caplog.set_level(logging.DEBUG)
    target = DatabaseTarget(f"postgresql+psycopg://officer:s3cret@127.0.0.1:{_free_port()}/scoda")
    with pytest.raises(DatabaseError) as raised:
        check_connection(target)
    message = str(raised.value)
    assert "no PostgreSQL server answers there: check the server name and port" in message
    assert "officer:***@127.0.0.1" in message
    assert "s3cret" not in message and "s3cret" not in caplog.text
    assert "s3cret" not in repr(target)


@pytest.mark.postgres
def test_a_wrong_password_is_explained(postgres_target):
    url = sa.make_url(postgres_target.url).set(password="not-the-password")
    with pytest.raises(DatabaseError, match="refused the user name or password: check both"):
        check_connection(DatabaseTarget(url.render_as_string(hide_password=False)))


@pytest.mark.postgres
def test_a_missing_server_database_is_named(postgres_target):
    url = sa.make_url(postgres_target.url).set(database="no_such_database")
    with pytest.raises(DatabaseError, match="has no database named “no_such_database”"):
        check_connection(DatabaseTarget(url.render_as_string(hide_password=False)))
