"""Recording who changed what: one ``audit_entry`` row per record written, in the same
transaction as the write, with ``changes`` as field -> [old, new] in JSON-friendly values.

``record`` writes one entry; ``record_inserts`` the entries of many rows just inserted (an
import) with one statement."""

from __future__ import annotations

import getpass
import logging
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from enum import Enum
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from scoda_desktop.domain.enums import AuditAction
from scoda_desktop.domain.models import AuditEntry
from scoda_desktop.domain.types import utcnow
from scoda_desktop.settings import Preferences, load_preferences

log = logging.getLogger(__name__)

UNKNOWN_ACTOR = "unknown"
_BINARY = (bytes, bytearray, memoryview)


def default_actor() -> str:
    """The operating-system login of the person at the keyboard (``getpass.getuser``)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in the environment or passwd
        log.warning("cannot tell the login name; audit entries will say %r", UNKNOWN_ACTOR)
        return UNKNOWN_ACTOR


def current_actor(preferences: Preferences | None = None) -> str:
    """Who to name in audit entries: the name chosen in Preferences ("Your name in the
    history"), else the OS login. Every write path (meetings, directory, follow-ups) asks this
    when it is not given an actor; ``preferences`` defaults to the saved ones."""
    chosen = (preferences or load_preferences()).actor()
    return chosen or default_actor()


def jsonable(value: Any) -> Any:
    """A value as it is kept in ``changes``: enums by value, dates and instants as ISO text,
    binary data (a photo) as its size, not its bytes."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [jsonable(item) for item in value]
    if isinstance(value, _BINARY):
        return f"<{len(value)} bytes>"
    return value


def changes_between(
    old: Mapping[str, Any] | None, new: Mapping[str, Any] | None, fields: Iterable[str]
) -> dict[str, list[Any]]:
    """The fields whose value differs, as field -> [old, new]; a missing side reads as None
    (an insert has no old values, a delete no new ones)."""
    changes = {}
    for name in fields:
        before = None if old is None else old.get(name)
        after = None if new is None else new.get(name)
        if before != after:
            changes[name] = [jsonable(before), jsonable(after)]
    return changes


def inserted(values: Mapping[str, Any]) -> dict[str, list[Any]]:
    """The ``changes`` of a row inserted with ``values``: what
    ``changes_between(None, values, values)`` gives, quicker for the plain text most values
    are."""
    return {
        name: [None, value if type(value) is str else jsonable(value)]
        for name, value in values.items()
        if value is not None
    }


def _entry(
    at: datetime,
    actor: str,
    table: str,
    record_id: object,
    action: AuditAction,
    changes: dict[str, list[Any]],
) -> dict[str, Any]:
    return {
        "at": at,
        "actor": actor,
        "table_name": table,
        "record_id": str(record_id),
        "action": action,
        "changes": changes,
    }


def record(
    session: Session,
    *,
    actor: str,
    table: str,
    record_id: object,
    action: AuditAction,
    changes: Mapping[str, list[Any]],
) -> None:
    session.execute(
        sa.insert(AuditEntry.__table__).values(
            **_entry(utcnow(), actor, table, record_id, action, dict(changes))
        )
    )


def record_inserts(
    session: Session,
    *,
    actor: str,
    table: str,
    rows: Sequence[tuple[object, Mapping[str, Any]]],
) -> None:
    """Audit rows just inserted into ``table``, given as (record id, values inserted): one
    entry each (``inserted``), all written with one statement (Core executemany)."""
    if not rows:
        return
    now = utcnow()
    session.execute(
        sa.insert(AuditEntry.__table__),
        [
            _entry(now, actor, table, record_id, AuditAction.INSERT, inserted(values))
            for record_id, values in rows
        ],
    )
