"""Reading the whole database as document values, for export and for planning an import."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from scoda_desktop.services.interchange.kinds import (
    ALL_KINDS,
    COUNTRIES,
    MEETINGS,
    ORGANISATIONS,
    PEOPLE,
    POSITIONS,
    PRESS_RELEASES,
)


@dataclass
class Snapshot:
    """Every record as document values (references as uids), and the ids behind the keys."""

    rows: dict[str, dict[Hashable, dict[str, Any]]]
    ids: dict[str, dict[Hashable, int]]


def read_database(session: Session) -> Snapshot:
    uid_by_id: dict[str, dict[int, str]] = {}
    for kind in (ORGANISATIONS, PEOPLE, POSITIONS, MEETINGS, PRESS_RELEASES):
        t = kind.table
        uid_by_id[kind.name] = dict(session.execute(sa.select(t.c.id, t.c.uid)).all())
    rows: dict[str, dict[Hashable, dict[str, Any]]] = {}
    ids: dict[str, dict[Hashable, int]] = {}
    for kind in ALL_KINDS:
        by_key: dict[Hashable, dict[str, Any]] = {}
        id_by_key: dict[Hashable, int] = {}
        for row in session.execute(sa.select(kind.table)).mappings():
            values = {}
            for f in kind.fields:
                value = row[f.column]
                if f.codec == "ref" and value is not None:
                    value = uid_by_id[f.ref][value]  # type: ignore[index]
                elif f.codec == "strings":
                    value = list(value or [])
                values[f.name] = value
            key = kind.key_of(values)
            by_key[key] = values
            if kind is not COUNTRIES:
                id_by_key[key] = row["id"]
        rows[kind.name] = by_key
        ids[kind.name] = id_by_key
    return Snapshot(rows, ids)
