"""SIGKILL at any moment, in the middle of a big import or of a burst of edits, leaves a database
that opens, passes ``PRAGMA integrity_check`` and holds every committed change; an import is all
or nothing."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from scoda_desktop.data.database import open_database, resolve_target
from scoda_desktop.services.demo import populate_demo
from scoda_desktop.services.interchange import dumps, export_document

COPIES = 100  # the demo's meetings, a hundred times over: an import of ~3,000 meetings


@dataclass(frozen=True)
class BigImport:
    database: Path  # the demo database, closed cleanly (no -wal)
    document: Path  # its people and organisations, and COPIES x its meetings under new uids
    meetings_before: int
    meetings_in_document: int


@pytest.fixture(scope="module")
def big_import(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BigImport]:
    folder = tmp_path_factory.mktemp("big-import")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SCODA_DATA_DIR", str(folder / "userdata"))
        database = open_database(resolve_target(str(folder / "demo.sqlite3")))
        populate_demo(database, today=date(2024, 5, 1))
        with database.session() as session:
            document = export_document(session)
        database.dispose()
    originals = document["meetings"]
    document["meetings"] = [
        dict(
            meeting,
            uid=str(uuid.uuid4()),
            outcomes=[dict(o, uid=str(uuid.uuid4())) for o in meeting["outcomes"]],
        )
        for _ in range(COPIES)
        for meeting in originals
    ]
    document["press_releases"] = []  # they belong to the original meetings
    path = folder / "big.json"
    path.write_text(dumps(document), encoding="utf-8")
    yield BigImport(folder / "demo.sqlite3", path, len(originals), len(document["meetings"]))


def fresh_copy(big_import: BigImport, tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite3"
    shutil.copyfile(big_import.database, path)
    return path


def reopen_and_check(path: Path) -> sqlite3.Connection:
    """Open the database as the application does (recovering the WAL), then check it."""
    open_database(resolve_target(str(path))).dispose()
    connection = sqlite3.connect(path)
    assert [row[0] for row in connection.execute("PRAGMA integrity_check")] == ["ok"]
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    return connection


def count_meetings(connection: sqlite3.Connection) -> int:
    return int(connection.execute("SELECT count(*) FROM meeting").fetchone()[0])


def test_sigkill_in_the_middle_of_an_import_leaves_nothing_of_it(
    big_import, tmp_path, start_worker
):
    path = fresh_copy(big_import, tmp_path)
    worker = start_worker("import", path, big_import.document, "--stop")
    worker.wait_for("writing outcomes")  # the meetings and participations are written by now
    wal = Path(f"{path}-wal")
    assert wal.stat().st_size > 0  # the uncommitted transaction has spilled into the WAL

    worker.kill()

    with closing(reopen_and_check(path)) as connection:
        assert count_meetings(connection) == big_import.meetings_before


@pytest.mark.parametrize("moment", ["writing", "writing outcomes", "committed"])
def test_sigkill_at_any_moment_of_an_import_is_all_or_nothing(
    big_import, tmp_path, start_worker, moment
):
    path = fresh_copy(big_import, tmp_path)
    worker = start_worker("import", path, big_import.document)
    worker.wait_for(moment)  # the process runs on while the line travels: the moment varies

    worker.kill()
    worker.finish()  # every line it printed before it died

    nothing = big_import.meetings_before
    everything = big_import.meetings_before + big_import.meetings_in_document
    with closing(reopen_and_check(path)) as connection:
        assert count_meetings(connection) in (
            (everything,) if "committed" in worker.lines else (nothing, everything)
        )


@pytest.mark.parametrize("edits_before_the_kill", [1, 40])
def test_sigkill_during_a_burst_of_edits_keeps_every_committed_one(
    sqlite_target, start_worker, edits_before_the_kill
):
    open_database(sqlite_target).dispose()
    worker = start_worker("edits", sqlite_target.path, "burst", 100_000)
    for _ in range(edits_before_the_kill):
        assert worker.next_line() is not None
    worker.kill()
    worker.finish()  # every line it printed before it died
    committed = {int(n) for n in worker.lines}

    with closing(reopen_and_check(sqlite_target.path)) as connection:
        rows = connection.execute("SELECT theme_en FROM meeting WHERE theme_en != 'burst counter'")
        present = {int(theme.removeprefix("burst ")) for (theme,) in rows}
        (counter,) = connection.execute(
            "SELECT notes FROM meeting WHERE theme_en = 'burst counter'"
        ).fetchone()
    assert committed <= present  # every edit reported as committed is there
    assert present == set(range(len(present)))  # and nothing but whole edits, in order
    assert int(counter) == max(present)  # each edit's two writes went together
