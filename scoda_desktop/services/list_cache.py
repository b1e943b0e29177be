"""The meeting list as last read, kept in a file so that the next start shows it at once.

Reading 20,000 meetings with their guests and search text takes about a third of a second after
SQLAlchemy is imported (another seventh). At start the window instead reads this file (a tenth
of that) if the database's fingerprint still matches the one read with the rows; the database is
then opened and read as always, and its rows replace the cached ones where they differ.

The fingerprint is the change watcher's (``services.changes``): it covers everything the list
shows. It is read in plain SQL, through the standard library's sqlite3 at start (no SQLAlchemy)
and through the open connection before each read.

Only SQLite files are cached; the file is the user's own (their cache folder), written whole
under a temporary name and then renamed (``services.files``), and anything unexpected in it
only means it is not used. Imports neither SQLAlchemy nor Qt.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import sqlite3
import sys
from collections.abc import Iterator, Sequence
from contextlib import closing
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from scoda_desktop import __version__
from scoda_desktop.domain.enums import MeetingKind, MeetingStatus
from scoda_desktop.services.bulk import garbage_collection_paused
from scoda_desktop.services.changes import list_stamp
from scoda_desktop.services.files import write_atomically
from scoda_desktop.services.meeting_rows import MeetingRow

log = logging.getLogger(__name__)

# Raised when what is written changes shape; with it, the application's version and the
# modules that make the rows (``_code_stamp``), an older file is not read.
FORMAT = 1
CHUNK = 2000  # rows written with one call of marshal


def read_stamp_of_file(database: Path) -> tuple[Any, ...] | None:
    """``list_stamp`` of an SQLite file, opened read-only with the standard library; None when
    it cannot be read (missing, locked past the timeout, not a SCODA database yet)."""
    try:
        uri = f"{database.as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=1)) as connection:
            return list_stamp(connection)
    except (sqlite3.Error, OSError, ValueError) as exc:
        log.debug("no list fingerprint of %s: %s", database, exc)
        return None


def cache_file(cache_dir: Path, database: Path) -> Path:
    """Where the list of ``database`` is cached: one file for each database path."""
    key = hashlib.sha256(str(database.resolve()).encode()).hexdigest()[:24]
    return cache_dir / "meeting-list" / f"{key}.bin"


def _header(database: Path, stamp: tuple[Any, ...]) -> tuple[Any, ...]:
    return (FORMAT, __version__, _code_stamp(), str(database.resolve()), stamp)


@cache
def _code_stamp() -> tuple[Any, ...]:
    """Python's version, and the size and time of the modules that make the rows: a list cached
    by other code (a checkout edited since, without a new version number) is not read."""
    here = Path(__file__).parent
    files = [here / name for name in ("meetings.py", "meeting_rows.py", "list_cache.py")]
    stats = []
    for file in files:
        try:
            stat = file.stat()
        except OSError:  # packaged without its sources
            stats.append(None)
        else:
            stats.append((stat.st_size, stat.st_mtime_ns))
    return (sys.version_info[:3], marshal.version, *stats)


def save(path: Path, database: Path, stamp: tuple[Any, ...], rows: Sequence[MeetingRow]) -> None:
    """Write ``rows`` with the fingerprint read before them (replacing what was there, whole or
    not at all: ``FileWriteError`` when it cannot be written).

    Marshalled in chunks of ``CHUNK`` rows: one call of ``marshal.dumps`` holds the interpreter
    for as long as it runs, and the GUI thread needs it to paint the list meanwhile."""
    parts = [_part(_header(database, stamp))]
    for start in range(0, len(rows), CHUNK):
        parts.append(_part([_fields(row) for row in rows[start : start + CHUNK]]))
    parts.append(_part(None))  # the end: a file cut short is not taken for a short list
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, b"".join(parts))


def _part(value: object) -> bytes:
    """``value`` marshalled, after its length (8 bytes, little-endian)."""
    data = marshal.dumps(value)
    return len(data).to_bytes(8, "little") + data


def _parts(data: bytes) -> Iterator[Any]:
    """What ``_part`` made, one after another in ``data`` (EOFError if it is cut short)."""
    view, at = memoryview(data), 0
    while at < len(view):
        size = int.from_bytes(view[at : at + 8], "little")
        at += 8
        if size <= 0 or at + size > len(view):
            raise EOFError("the file is cut short")
        yield marshal.loads(view[at : at + size])
        at += size


def _fields(row: MeetingRow) -> tuple[Any, ...]:
    """The row in values marshal writes: instants as POSIX seconds, enums as their values."""
    return (
        *row[:2],
        row.starts_at.timestamp(),
        row.ends_at.timestamp(),
        *row[4:7],
        row.kind.value,
        row.status.value,
        *row[9:],
    )


def load(path: Path, database: Path, stamp: tuple[Any, ...]) -> list[MeetingRow] | None:
    """The rows cached for ``database`` if they were read at fingerprint ``stamp``, else None
    (no file, another fingerprint, version or format, or a damaged file)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        with garbage_collection_paused():  # some 100,000 tuples and strings, nothing cyclic
            parts = _parts(data)
            if next(parts, None) != _header(database, stamp):  # None: an empty file
                return None
            rows: list[MeetingRow] = []
            for chunk in parts:
                if chunk is None:
                    return rows
                rows += _rows(chunk)
            raise EOFError("the file ends before its end mark")
    except (ValueError, TypeError, EOFError, KeyError) as exc:
        log.warning("the cached meeting list %s is damaged and not used: %s", path, exc)
        return None


def _rows(body: list[tuple[Any, ...]]) -> list[MeetingRow]:
    """The rows ``_fields`` wrote: instants and enums made again, the rest as it was."""
    kinds = {kind.value: kind for kind in MeetingKind}
    statuses = {status.value: status for status in MeetingStatus}
    instant = datetime.fromtimestamp
    return [
        MeetingRow(
            *f[:2],
            instant(f[2], UTC),
            instant(f[3], UTC),
            *f[4:7],
            kinds[f[7]],
            statuses[f[8]],
            *f[9:],
        )
        for f in body
    ]
