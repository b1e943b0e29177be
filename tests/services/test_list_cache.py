"""The meeting list's cache: what is written is read back as the list read it, and an edit
through any write path the list shows makes it stale."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from scoda_desktop.data.database import Database, open_database, resolve_target
from scoda_desktop.domain.enums import OutcomeStatus
from scoda_desktop.domain.models import Outcome
from scoda_desktop.services import list_cache
from scoda_desktop.services.changes import list_stamp
from scoda_desktop.services.directory import DirectoryService
from scoda_desktop.services.followups import mark_done
from scoda_desktop.services.generate import generate
from scoda_desktop.services.meeting_service import MeetingService
from scoda_desktop.services.meetings import FOLLOW_UP_KINDS, MeetingRow, list_meetings


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Database]:
    database = open_database(resolve_target(str(tmp_path / "office.sqlite3")))
    generate(database, meetings=30, people=60, seed=7, until=date(2026, 6, 30))
    yield database
    database.dispose()


def _path(database: Database) -> Path:
    path = database.target.path
    assert path is not None
    return path


def _read(database: Database) -> tuple[tuple, list[MeetingRow]]:
    """The fingerprint and the list, as the window reads them."""
    with database.engine.connect() as connection:
        stamp = list_stamp(connection.connection)
        return stamp, list_meetings(connection)


def _saved(database: Database, cache: Path) -> list[MeetingRow]:
    stamp, rows = _read(database)
    list_cache.save(cache, _path(database), stamp, rows)
    return rows


def test_the_cached_list_comes_back_as_read(office: Database, tmp_path: Path):
    cache = list_cache.cache_file(tmp_path / "cache", _path(office))
    rows = _saved(office, cache)

    stamp = list_cache.read_stamp_of_file(_path(office))  # as at start: no SQLAlchemy
    assert stamp == _read(office)[0]
    cached = list_cache.load(cache, _path(office), stamp)

    assert cached == rows and len(rows) == 30
    assert [row.starts_at for row in cached] == [row.starts_at for row in rows]  # aware, UTC
    assert all(row.starts_at.utcoffset() is not None for row in cached)
    assert {type(row.kind) for row in cached} == {type(rows[0].kind)}


def _rename_a_guest(database: Database) -> None:
    service = DirectoryService(database, actor="tester")
    with database.engine.connect() as connection:
        person_id = connection.execute(
            sa.text("SELECT person_id FROM participation WHERE side = 'guest' LIMIT 1")
        ).scalar_one()
    record = service.person(person_id).record
    service.save_person(replace(record, family_name="Renamedova"))


def _retitle_a_meeting(database: Database) -> None:
    service = MeetingService(database, actor="tester")
    with database.engine.connect() as connection:
        meeting_id = list_meetings(connection)[0].id
    draft = service.load(meeting_id)
    service.save(replace(draft, theme_en="A theme changed elsewhere"))


def _close_an_open_item(database: Database) -> None:
    with database.engine.connect() as connection:
        outcome_id, version = connection.execute(
            sa.select(Outcome.id, Outcome.version)
            .where(Outcome.status == OutcomeStatus.OPEN, Outcome.kind.in_(FOLLOW_UP_KINDS))
            .limit(1)
        ).one()
    mark_done(database, outcome_id, version=version, actor="tester")


def _delete_a_meeting(database: Database) -> None:
    with database.engine.connect() as connection:
        row = list_meetings(connection)[-1]
    MeetingService(database, actor="tester").delete(row.id, version=row.version)


EDITS: dict[str, Callable[[Database], None]] = {
    "a guest renamed in the directory": _rename_a_guest,
    "a meeting's theme changed": _retitle_a_meeting,
    "a follow-up closed": _close_an_open_item,
    "a meeting deleted": _delete_a_meeting,
}


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_an_edit_the_list_shows_makes_the_cache_stale(
    office: Database, tmp_path: Path, edit: Callable[[Database], None]
):
    cache = list_cache.cache_file(tmp_path / "cache", _path(office))
    before = _saved(office, cache)

    edit(office)

    stamp = list_cache.read_stamp_of_file(_path(office))
    assert stamp is not None
    assert list_cache.load(cache, _path(office), stamp) is None
    assert _read(office)[1] != before  # and the list did change


def test_a_damaged_or_foreign_cache_is_not_used(office: Database, tmp_path: Path):
    cache = list_cache.cache_file(tmp_path / "cache", _path(office))
    _saved(office, cache)
    stamp = list_cache.read_stamp_of_file(_path(office))
    data = cache.read_bytes()

    other = tmp_path / "other.sqlite3"
    assert list_cache.load(cache, other, stamp) is None  # another database's file
    for damaged in (data[: len(data) // 2], data[:-1], b"", b"not a cache" * 100):
        cache.write_bytes(damaged)
        assert list_cache.load(cache, _path(office), stamp) is None
    cache.unlink()
    assert list_cache.load(cache, _path(office), stamp) is None


def test_no_fingerprint_without_a_scoda_database(tmp_path: Path):
    assert list_cache.read_stamp_of_file(tmp_path / "missing.sqlite3") is None
    assert not (tmp_path / "missing.sqlite3").exists()  # read-only: nothing created
    (tmp_path / "text.sqlite3").write_text("not a database")
    assert list_cache.read_stamp_of_file(tmp_path / "text.sqlite3") is None
