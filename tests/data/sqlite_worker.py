"""A second SCODA Desktop process for the crash and concurrency tests (not a test module).

    python -m tests.data.sqlite_worker edits DATABASE PREFIX COUNT [--wait-for-go]
        COUNT small transactions, each adding the meeting "PREFIX n" and setting the notes of
        the meeting "PREFIX counter" to n; prints n once each is committed. With --wait-for-go
        it prints "ready" after opening the database and waits for a line on stdin first.

    python -m tests.data.sqlite_worker create DATABASE
        Prints "ready", waits for a line on stdin, then opens (creates and migrates) the
        database without reference data, and prints "opened".

    python -m tests.data.sqlite_worker import DATABASE FILE [--stop]
        Imports the interchange FILE; prints "writing" when the first meeting row is about to
        be written, "writing outcomes" when the outcomes are (so many rows are written by then,
        none committed), and "committed" at the end. With --stop it waits at "writing outcomes"
        to be killed.

Every line is flushed at once: the parent reads them as they come.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from scoda_desktop.data.database import Database, open_database, resolve_target
from scoda_desktop.domain.models import Meeting

START = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)


def say(line: str) -> None:
    print(line, flush=True)


def edits(database: Database, prefix: str, count: int) -> None:
    with database.transaction() as session:
        if session.scalar(sa.select(Meeting.id).where(Meeting.theme_en == f"{prefix} counter")):
            raise SystemExit(f"{prefix} was used before")
        session.add(
            Meeting(theme_en=f"{prefix} counter", starts_at=START, ends_at=START + timedelta(1))
        )
    for n in range(count):
        with database.transaction() as session:
            begins = START + timedelta(hours=n)
            session.add(
                Meeting(theme_en=f"{prefix} {n}", starts_at=begins, ends_at=begins + timedelta(1))
            )
            session.execute(
                sa.update(Meeting).where(Meeting.theme_en == f"{prefix} counter").values(notes=n)
            )
        say(str(n))


def import_(database: Database, path: Path, stop: bool) -> None:
    from scoda_desktop.services.interchange import import_file

    said: set[str] = set()

    @sa.event.listens_for(database.engine, "before_cursor_execute")
    def announce(_conn, _cursor, statement: str, *_rest: object) -> None:
        for table, line in (("meeting", "writing"), ("outcome", "writing outcomes")):
            if statement.startswith(f"INSERT INTO {table} ") and line not in said:
                said.add(line)
                say(line)
                if stop and table == "outcome":
                    time.sleep(120)  # the parent kills this process here

    import_file(database, path)
    say("committed")


def main(argv: list[str]) -> None:
    command, database_path, *rest = argv
    target = resolve_target(database_path)
    if command == "create":
        say("ready")
        sys.stdin.readline()
        open_database(target, seed_reference=False).dispose()
        say("opened")
        return
    database = open_database(target)
    if command == "edits":
        prefix, count = rest[0], int(rest[1])
        if "--wait-for-go" in rest:
            say("ready")
            sys.stdin.readline()
        edits(database, prefix, count)
    elif command == "import":
        import_(database, Path(rest[0]), "--stop" in rest)
    else:
        raise SystemExit(f"unknown command {command}")
    database.dispose()


if __name__ == "__main__":
    main(sys.argv[1:])
