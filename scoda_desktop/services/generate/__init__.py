"""Synthetic data at office scale: ``generate --meetings N --people M``.

Ten years of an active office up to ``until``, plus a quarter ahead: the host side's posts,
embassies, chambers of commerce and companies of partner countries, people who hold their posts
one after another (some promoted in post), and meetings on weekdays with about five
participants (names and titles recorded as they were that day) and about one and a half
outcomes each.

``build`` makes the rows (plain dicts, no database): ``directory`` the organisations, people
and posts, ``meetings`` the meetings, from the word lists in ``words``. ``write`` inserts them
with Core bulk inserts (``insert(table)`` with a list of dicts: one executemany a table), in
one transaction. The same seed, counts and ``until`` always give the same rows, uids included.
"""

from __future__ import annotations

import time as clock
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from scoda_desktop.domain.models import Meeting, Organisation, Person
from scoda_desktop.errors import InputError
from scoda_desktop.services.generate.directory import DirectoryBuilder
from scoda_desktop.services.generate.meetings import DAYS_AHEAD, MeetingBuilder
from scoda_desktop.services.generate.records import TABLES, Records
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, error_message

if TYPE_CHECKING:
    from scoda_desktop.data.database import Database

__all__ = [
    "MIN_PEOPLE",
    "TABLES",
    "GenerateSummary",
    "GeneratedData",
    "build",
    "generate",
    "write",
]

MIN_PEOPLE = 50  # the host side and one embassy over ten years


@dataclass
class GeneratedData:
    """Rows by table name, each a dict of every column, ids assigned from 1."""

    rows: dict[str, list[dict[str, Any]]]

    def count(self, table: str) -> int:
        return len(self.rows[table])


@dataclass(frozen=True)
class GenerateSummary:
    counts: dict[str, int]
    seed: int
    until: date
    build_seconds: float
    write_seconds: float

    def describe(self) -> str:
        c = self.counts
        return (
            f"Generated {c['meeting']} meetings up to {self.until} (and {DAYS_AHEAD} days "
            f"after), {c['person']} people with {c['position']} posts in "
            f"{c['organisation']} organisations, {c['participation']} participations and "
            f"{c['outcome']} outcomes (seed {self.seed}) in "
            f"{self.build_seconds + self.write_seconds:.1f} s "
            f"({self.write_seconds:.1f} s writing)."
        )


def build(meetings: int, people: int, *, seed: int, until: date) -> GeneratedData:
    """The rows of ``people`` people (at least MIN_PEOPLE) and ``meetings`` meetings; no
    database is touched."""
    if people < MIN_PEOPLE:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors", "--people must be at least {minimum}: the host side and an embassy."
                ),
                minimum=MIN_PEOPLE,
            )
        )
    if meetings < 0:
        raise InputError(
            error_message(QT_TRANSLATE_NOOP("Errors", "--meetings cannot be negative."))
        )
    records = Records(seed, until)
    directory = DirectoryBuilder(records, people).build()
    MeetingBuilder(records, directory).add(meetings)
    return GeneratedData(records.rows)


# -- writing -------------------------------------------------------------------------------


def write(database: Database, data: GeneratedData) -> None:
    """Insert every row in one transaction: one executemany a table, parents first. Ids are
    the generated ones; on PostgreSQL the id sequences are moved past them afterwards."""
    with database.engine.begin() as connection:
        for table in TABLES:
            rows = data.rows[table.name]
            if rows:
                connection.execute(sa.insert(table), rows)
        if connection.dialect.name == "postgresql":
            for table in TABLES:
                connection.execute(
                    sa.text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"(SELECT coalesce(max(id), 0) + 1 FROM {table.name}), false)"
                    )
                )


def _refuse_filled(database: Database) -> None:
    with database.engine.connect() as connection:
        for table in (Organisation.__table__, Person.__table__, Meeting.__table__):
            if connection.execute(sa.select(sa.func.count()).select_from(table)).scalar():
                raise InputError(
                    error_message(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{database} already holds records ({table}): generate fills an "
                            "empty database. Name a new file with --database.",
                        ),
                        database=database.target.display_name,
                        table=table.name,
                    )
                )


def generate(
    database: Database, *, meetings: int, people: int, seed: int, until: date
) -> GenerateSummary:
    """Fill the empty ``database`` with synthetic records; refuses one that holds any."""
    _refuse_filled(database)
    started = clock.perf_counter()
    data = build(meetings, people, seed=seed, until=until)
    built = clock.perf_counter()
    write(database, data)
    return GenerateSummary(
        counts={t.name: data.count(t.name) for t in TABLES},
        seed=seed,
        until=until,
        build_seconds=built - started,
        write_seconds=clock.perf_counter() - built,
    )
