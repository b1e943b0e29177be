"""The rows being made, and the draws every part of the generator shares."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa

from scoda_desktop.domain.models import (
    Meeting,
    Organisation,
    Outcome,
    Participation,
    Person,
    Position,
)

YEARS = 10  # of records up to ``until``

# Tables in the order they are written (parents first).
TABLES: tuple[sa.Table, ...] = (
    Organisation.__table__,
    Person.__table__,
    Position.__table__,
    Meeting.__table__,
    Participation.__table__,
    Outcome.__table__,
)


class Records:
    """Rows by table name (dicts of every column, ids from 1) and the seeded random draws."""

    def __init__(self, seed: int, until: date) -> None:
        self.rng = random.Random(seed)
        self.until = until
        self.first_day = until - timedelta(days=round(365.25 * YEARS))
        self.rows: dict[str, list[dict[str, Any]]] = {t.name: [] for t in TABLES}

    def add(self, table: str, values: dict[str, Any]) -> int:
        """Append a row to ``table`` with the next id; the id."""
        rows = self.rows[table]
        values["id"] = len(rows) + 1
        rows.append(values)
        return values["id"]

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def years(self, span: tuple[float, float]) -> timedelta:
        return timedelta(days=round(365.25 * self.rng.uniform(*span)))

    def stamp(self, day: date, hour: int = 9) -> datetime:
        """An instant on ``day`` (for created_at and updated_at), never after ``until``."""
        return datetime.combine(min(day, self.until), time(hour), UTC)
