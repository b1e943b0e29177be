"""Which database to open. Kept free of SQLAlchemy so the GUI can name it before heavy imports."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from scoda_desktop import paths

_SQLITE_PREFIX = re.compile(r"^sqlite(\+\w+)?:///")
_PASSWORD = re.compile(r"://([^:/@]+):[^@]*@")


@dataclass(frozen=True)
class DatabaseTarget:
    """An SQLAlchemy URL, and the file behind it for SQLite. Its repr, like ``display_name``,
    hides the password the URL may hold, so a target can be logged."""

    url: str = field(repr=False)
    path: Path | None = None
    demo: bool = False

    def __repr__(self) -> str:
        return f"DatabaseTarget({self.display_name!r}, demo={self.demo})"

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return str(self.path)
        return _PASSWORD.sub(r"://\1:***@", self.url)


def sqlite_target(path: Path, *, demo: bool = False) -> DatabaseTarget:
    return DatabaseTarget(f"sqlite:///{path}", path, demo=demo)


def resolve_target(
    database: str | None = None, *, demo: bool = False, preferred: str | None = None
) -> DatabaseTarget:
    """``--database`` (a file path or an SQLAlchemy URL), else ``SCODA_DATABASE``, else
    ``preferred`` (the database chosen in Preferences: ``settings.preferred_database()``), else
    the default file in the user's data folder; ``--demo`` picks the separate demo database."""
    if demo:
        return sqlite_target(paths.demo_database_path(), demo=True)
    spec = database or os.environ.get("SCODA_DATABASE") or preferred or ""
    if "://" in spec:
        match = _SQLITE_PREFIX.match(spec)
        if match and spec[match.end() :] not in ("", ":memory:"):
            return DatabaseTarget(spec, Path(spec[match.end() :]).resolve())
        return DatabaseTarget(spec)
    if not spec:
        return sqlite_target(paths.default_database_path())
    return sqlite_target(Path(spec).expanduser().resolve())
