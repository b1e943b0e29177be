"""Shared fixtures: every test gets its own data folder and a fresh database.

Data tests take the ``database`` fixture and run on SQLite always, and on PostgreSQL too when
``SCODA_TEST_POSTGRES_URL`` names a server (an admin URL allowed to create databases).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

POSTGRES_URL = os.environ.get("SCODA_TEST_POSTGRES_URL")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep each test's database, logs and backups in its own folder, never the user's."""
    data_dir = tmp_path / "userdata"
    monkeypatch.setenv("SCODA_DATA_DIR", str(data_dir))
    monkeypatch.delenv("SCODA_DATABASE", raising=False)
    return data_dir


@pytest.fixture
def data_dir(_isolated_data_dir: Path) -> Path:
    return _isolated_data_dir


@pytest.fixture
def sqlite_target(tmp_path: Path):
    from scoda_desktop.data.database import resolve_target

    return resolve_target(str(tmp_path / "test.sqlite3"))


@pytest.fixture
def postgres_target() -> Iterator[object]:
    """A brand-new PostgreSQL database for one test, dropped afterwards."""
    if not POSTGRES_URL:
        pytest.skip("SCODA_TEST_POSTGRES_URL is not set")
    import sqlalchemy as sa

    from scoda_desktop.data.database import DatabaseTarget

    name = f"scoda_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = sa.make_url(POSTGRES_URL).set(database=name)
    try:
        yield DatabaseTarget(url.render_as_string(hide_password=False))
    finally:
        try:
            _drop_database(admin, name)
        finally:
            admin.dispose()


def _drop_database(admin, name: str) -> None:
    """Drop a test database. An autovacuum worker may still be in it, and only a role with
    pg_signal_backend may end that one (.ci/run grants it): otherwise wait for it to leave."""
    import time

    import sqlalchemy as sa

    for attempt in range(20):
        try:
            with admin.connect() as connection:
                connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            return
        except sa.exc.DBAPIError:
            if attempt == 19:
                raise
            time.sleep(0.25)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_target(request: pytest.FixtureRequest):
    """The target of a fresh database: SQLite, then PostgreSQL when configured."""
    return request.getfixturevalue(f"{request.param}_target")


@pytest.fixture
def database(database_target) -> Iterator[object]:
    """An opened, migrated database with reference countries, on each configured backend."""
    from scoda_desktop.data.database import open_database

    db = open_database(database_target)
    yield db
    db.dispose()


@pytest.fixture
def sqlite_database(sqlite_target) -> Iterator[object]:
    """An opened SQLite database, for tests that need one backend only (the GUI)."""
    from scoda_desktop.data.database import open_database

    db = open_database(sqlite_target)
    yield db
    db.dispose()
