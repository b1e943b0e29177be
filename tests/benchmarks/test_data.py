"""Bulk reads and writes against raw sqlite3 doing the same work, and a 10,000-person CSV
import."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

import pytest

from scoda_desktop.data.database import Database, open_database
from scoda_desktop.data.target import resolve_target
from tests.benchmarks.conftest import (
    SEED,
    UNTIL,
    Figure,
    cached_database,
    judge,
    median,
    run_json,
    subprocess_env,
)

pytestmark = pytest.mark.benchmark

READS = 5
WRITES = 3
CSV_PEOPLE = 10_000
CSV_TIMEOUT_S = 60


def _timed(work) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def list_meetings_ms(database: Database, runs: int = READS) -> float:
    """Median time of ``list_meetings`` on ``database``, in ms."""
    from scoda_desktop.services.meetings import list_meetings

    def read() -> None:
        with database.session() as session:
            list_meetings(session)

    return median([_timed(read) for _ in range(runs)])


def _statements(database: Database) -> list[str]:
    """The SQL that ``list_meetings`` runs, as SQLite ran it (values in place)."""
    from scoda_desktop.services.meetings import list_meetings

    sent: list[str] = []
    with database.session() as session:
        driver = session.connection().connection.driver_connection
        driver.set_trace_callback(sent.append)
        try:
            list_meetings(session)
        finally:
            driver.set_trace_callback(None)
    return [s for s in sent if s.lstrip().upper().startswith("SELECT")]


def test_bulk_read_against_raw_sqlite(office: Database, office_file: Path) -> None:
    statements = _statements(office)
    connection = sqlite3.connect(office_file)

    def raw() -> None:
        for statement in statements:
            connection.execute(statement).fetchall()

    raw_ms = median([_timed(raw) for _ in range(READS)])
    connection.close()
    judge(
        Figure(
            "Bulk read: list_meetings (20,000 meetings)",
            list_meetings_ms(office),
            "ms",
            floor=raw_ms,
            floor_name="raw sqlite3, the same statements, fetchall",
            max_ratio=3,
            note="Beyond fetching, each of the 20,000 rows gets its guests, countries and a "
            "case-folded search text built from 100,000 participations.",
        )
    )


# -- writes -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def empty_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database with reference countries and nothing else, to copy."""
    path = tmp_path_factory.mktemp("empty") / "empty.sqlite3"
    database = open_database(resolve_target(str(path)))
    with database.engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    return path


@pytest.fixture
def fresh_copy(empty_file: Path, tmp_path: Path) -> Callable[[str], Path]:
    """Makes a copy of the empty database under the given file name."""

    def copy(name: str) -> Path:
        target = tmp_path / name
        shutil.copyfile(empty_file, target)
        return target

    return copy


def _stored(value: object) -> object:
    """A value as SQLAlchemy stores it in SQLite, converted by hand."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(" ", timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return json.dumps(value)
    return value


def _raw_insert(path: Path, rows: dict[str, list[dict[str, Any]]], tables: list[str]) -> None:
    """What a hand-written sqlite3 import would do: the same pragmas as the application,
    values converted, one executemany a table, one transaction."""
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in ("foreign_keys = ON", "journal_mode = WAL", "synchronous = NORMAL"):
        connection.execute(f"PRAGMA {pragma}")
    connection.execute("BEGIN")
    for table in tables:
        if not rows[table]:
            continue
        columns = list(rows[table][0])
        values = [tuple(_stored(row[c]) for c in columns) for row in rows[table]]
        marks = ", ".join("?" * len(columns))
        connection.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", values
        )
    connection.execute("COMMIT")
    connection.close()


def test_bulk_write_against_raw_sqlite(fresh_copy) -> None:
    from scoda_desktop.services.generate import TABLES, build, write

    data = build(20_000, 8_000, seed=SEED, until=UNTIL)
    tables = [t.name for t in TABLES]
    ours, raw = [], []
    for run in range(WRITES):
        database = open_database(resolve_target(str(fresh_copy(f"core-{run}.sqlite3"))))
        ours.append(_timed(lambda db=database: write(db, data)))
        database.dispose()
        path = fresh_copy(f"raw-{run}.sqlite3")
        raw.append(_timed(lambda p=path: _raw_insert(p, data.rows, tables)))
    rows = sum(len(r) for r in data.rows.values())
    judge(
        Figure(
            f"Bulk write: generate's Core inserts ({rows:,} rows)",
            median(ours),
            "ms",
            floor=median(raw),
            floor_name="raw sqlite3 executemany, same rows",
            max_ratio=3,
            note="SQLAlchemy converts each value through its column type (enums checked, "
            "instants to UTC text, JSON) before the driver's executemany.",
        )
    )


# -- the directory's CSV import ------------------------------------------------------------


def _csv_import_available() -> str | None:
    """Why the directory's CSV import cannot be measured, or None when it can."""
    try:
        from scoda_desktop.services.directory import apply_import, export_people, preview_file
    except ImportError as exc:
        return f"scoda_desktop.services.directory has no CSV import yet ({exc})"
    del apply_import, export_people, preview_file
    return None


@pytest.fixture(scope="module")
def people_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """10,000 people (with their current posts) exported by the directory as CSV."""
    from scoda_desktop.services.directory import export_people

    def make(path: Path) -> None:
        from scoda_desktop.services.generate import build, write

        database = open_database(resolve_target(str(path)))
        try:
            write(database, build(0, CSV_PEOPLE, seed=SEED, until=UNTIL))
        finally:
            database.dispose()

    source = cached_database(0, CSV_PEOPLE, make)
    path = tmp_path_factory.mktemp("csv") / "people.csv"
    database = open_database(resolve_target(str(source)))
    try:
        export_people(database, path)
    finally:
        database.dispose()
    return path


def _raw_people_import(csv_path: Path, database_path: Path) -> None:
    """The floor: read the CSV with the csv module and insert its people with executemany."""
    import uuid

    with csv_path.open(encoding="utf-8-sig", newline="") as file:
        entries = list(csv.DictReader(file))
    now = datetime.now().isoformat(" ")
    values = [
        (
            str(uuid.uuid4()),
            e["family_name"],
            e["given_name"] or None,
            e["name_order"] or "given_first",
            e["name_zh"] or None,
            json.dumps([s.strip() for s in e["alternative_spellings"].split(";") if s.strip()]),
            e["email"] or None,
            now,
            now,
        )
        for e in entries
    ]
    connection = sqlite3.connect(database_path, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("BEGIN")
    connection.executemany(
        "INSERT INTO person (uid, family_name, given_name, name_order, name_zh, "
        "alternative_spellings, email, version, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
        values,
    )
    connection.execute("COMMIT")
    connection.close()


def test_csv_import_of_10000_people(request: pytest.FixtureRequest, fresh_copy) -> None:
    reason = _csv_import_available()
    if reason is not None:
        judge(Figure("Import 10,000 people from CSV", None, "ms", note=reason))
    csv_path = request.getfixturevalue("people_csv")
    target = fresh_copy("import.sqlite3")
    note = (
        "Each row is planned (organisations matched; possible duplicates found through an "
        "index of the directory's names and the file's earlier rows) and validated; the new "
        "rows are then written a table at a time with Core executemany, their audit entries "
        "likewise, through the directory's write path."
    )
    try:  # in a subprocess, so that a very slow import can be stopped
        measured = run_json(
            ["-m", "tests.benchmarks.csv_import", str(csv_path), str(target)],
            subprocess_env(target.parent),
            timeout=CSV_TIMEOUT_S,
        )["ms"]
    except subprocess.TimeoutExpired:
        measured = CSV_TIMEOUT_S * 1000
        note = f"Stopped after {CSV_TIMEOUT_S} s (the figure is that lower bound). " + note
    floor_path = fresh_copy("raw-import.sqlite3")
    judge(
        Figure(
            "Import 10,000 people from CSV",
            measured,
            "ms",
            floor=_timed(lambda: _raw_people_import(csv_path, floor_path)),
            floor_name="csv module + raw executemany of the people",
            max_value=3000,
            note=note,
        )
    )
