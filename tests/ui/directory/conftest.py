"""Shared fixtures for the directory pages and dialogs (People, Organisations, Countries).

``demo_database`` is a SQLite database on ``tmp_path`` holding the demo data as on
28 November 2026; ``runner`` is a TaskRunner drained at the end of the test;
``directory_service()`` builds a ``DirectoryService`` over the demo database (or another
database given), auditing as "tester" with that same "today". ``service_factory`` is the
zero-argument callable a page receives; ``failures`` collects what ``report_failure`` got.

Every test runs with the English catalogue of plural forms installed, as the application
installs it at start in English: counts read "1 person", "39 people" (``%n person(s)``).
``interface("zh")`` puts the interface in Chinese for one test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa

from scoda_desktop.services.demo import populate_demo
from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from scoda_desktop.data.database import Database
    from scoda_desktop.services.directory import DirectoryService

TODAY = date(2026, 11, 28)


@pytest.fixture
def demo_database(sqlite_database: Database) -> Database:
    """The demo directory and meetings (as on ``TODAY``) in a fresh SQLite database."""
    assert populate_demo(sqlite_database, today=TODAY) is True
    return sqlite_database


@pytest.fixture
def runner(qtbot) -> Iterator[TaskRunner]:
    """A TaskRunner for the widgets under test; waits for its tasks at the end."""
    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait_for_done()


@pytest.fixture
def directory_service(demo_database: Database) -> Callable[..., DirectoryService]:
    """``directory_service(database=None)``: a service over ``database`` (default: the demo)."""
    from scoda_desktop.services.directory import DirectoryService

    def make(database: Database | None = None) -> DirectoryService:
        return DirectoryService(
            database if database is not None else demo_database,
            actor="tester",
            today=lambda: TODAY,
        )

    return make


@pytest.fixture
def service_factory(directory_service) -> Callable[[], DirectoryService]:
    """What a page receives as ``service``: a callable giving a service on the demo data."""
    service = directory_service()
    return lambda: service


@pytest.fixture
def failures() -> list[tuple[str, BaseException, str]]:
    """What the widgets passed to ``report_failure`` (title, exception, traceback text)."""
    return []


@pytest.fixture
def report_failure(failures) -> Callable[[str, BaseException, str], None]:
    return lambda title, exc, details: failures.append((title, exc, details))


@pytest.fixture
def person_id(demo_database: Database) -> Callable[[str], int]:
    """``person_id(family_name)``: the id of the one demo person with that family name."""
    from scoda_desktop.domain.models import Person

    table = Person.__table__

    def find(family_name: str) -> int:
        with demo_database.session() as session:
            return session.execute(
                sa.select(table.c.id).where(table.c.family_name == family_name)
            ).scalar_one()

    return find


@pytest.fixture
def organisation_id(demo_database: Database) -> Callable[[str], int]:
    """``organisation_id(name_en)``: the id of the demo organisation with that English name."""
    from scoda_desktop.domain.models import Organisation

    table = Organisation.__table__

    def find(name_en: str) -> int:
        with demo_database.session() as session:
            return session.execute(
                sa.select(table.c.id).where(table.c.name_en == name_en)
            ).scalar_one()

    return find
