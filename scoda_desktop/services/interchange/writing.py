"""Writing a checked import plan in one transaction, all or nothing, and what it changed."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from scoda_desktop.data.constraints import ConstraintViolation
from scoda_desktop.errors import InputError
from scoda_desktop.services.interchange.kinds import ALL_KINDS, COUNTRIES, ORGANISATIONS, Kind
from scoda_desktop.services.interchange.planning import Plan, plan_import
from scoda_desktop.services.interchange.validation import load_document
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, error_message

if TYPE_CHECKING:
    from scoda_desktop.data.database import Database

log = logging.getLogger(__package__)  # the package's logger: export and import log as one


@dataclass
class KindCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0

    def describe(self) -> str:
        parts = [
            f"{n} {word}"
            for n, word in (
                (self.created, "new"),
                (self.updated, "updated"),
                (self.unchanged, "unchanged"),
                (self.removed, "removed"),
            )
            if n
        ]
        return ", ".join(parts)


@dataclass(frozen=True)
class ImportSummary:
    source: str
    counts: dict[str, KindCounts]

    @property
    def changed(self) -> bool:
        return any(c.created or c.updated or c.removed for c in self.counts.values())

    def describe(self) -> str:
        parts = [
            f"{kind.replace('_', ' ')}: {c.describe()}"
            for kind, c in self.counts.items()
            if c.describe()
        ]
        return f"Imported {self.source}: " + ("; ".join(parts) if parts else "nothing to import")


class Writer:
    """Writes a checked plan with Core statements, in the order of ALL_KINDS."""

    def __init__(self, connection: sa.Connection, plan: Plan) -> None:
        self.connection = connection
        self.plan = plan
        self.ids = plan.ids  # grows as records are inserted
        self.counts = {k.name: KindCounts() for k in ALL_KINDS}

    def columns(
        self, kind: Kind, values: Mapping[str, Any], skip: Iterable[str] = ()
    ) -> dict[str, Any]:
        out = {}
        for f in kind.fields:
            value = values[f.name]
            if f.codec == "ref" and value is not None:
                value = None if f.name in skip else self.ids[f.ref][value]  # type: ignore[index]
            out[f.column] = value
        return out

    def write(self, kind: Kind, deferred: tuple[str, ...] = ()) -> None:
        table, counts = kind.table, self.counts[kind.name]
        if self.plan.removals.get(kind.name):
            self.connection.execute(
                sa.delete(table).where(table.c.id == sa.bindparam("_id")),
                [{"_id": i} for i in self.plan.removals[kind.name]],
            )
            counts.removed = len(self.plan.removals[kind.name])
        new, changed = [], []
        for item in self.plan.items[kind.name]:
            if item.current is None:
                new.append(item)
            elif item.values != item.current:
                if "updated_at" in kind.timestamps and "updated_at" not in item.given:
                    item.values["updated_at"] = self.plan.now
                changed.append(item)
            else:
                counts.unchanged += 1
        if new:
            self.connection.execute(
                sa.insert(table), [self.columns(kind, i.values, deferred) for i in new]
            )
            if "uid" in kind.key:
                self.ids[kind.name] = dict(
                    self.connection.execute(sa.select(table.c.uid, table.c.id)).all()
                )
        if changed:
            key_column = "code" if kind is COUNTRIES else "id"
            statement = sa.update(table).where(table.c[key_column] == sa.bindparam("_key"))
            if "version" in table.c:
                statement = statement.values(version=table.c.version + 1)
            rows = []
            for item in changed:
                cols = {
                    c: v
                    for c, v in self.columns(kind, item.values).items()
                    if c not in ("uid", "code")
                }
                key = item.values["code"] if kind is COUNTRIES else self.ids[kind.name][item.key]
                rows.append({**cols, "_key": key})
            self.connection.execute(statement, rows)
        for name in deferred:
            f = next(f for f in kind.fields if f.name == name)
            fixes = [
                {"_id": self.ids[kind.name][i.key], f.column: self.ids[f.ref][i.values[name]]}  # type: ignore[index]
                for i in new
                if i.values[name] is not None
            ]
            if fixes:
                self.connection.execute(
                    sa.update(table).where(table.c.id == sa.bindparam("_id")), fixes
                )
        counts.created, counts.updated = len(new), len(changed)


def _invalid(source: str, count: int) -> str:
    if count == 1:
        return error_message(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} is not a valid SCODA Desktop interchange file: 1 problem"
            ),
            file=source,
        )
    return error_message(
        QT_TRANSLATE_NOOP(
            "Errors", "{file} is not a valid SCODA Desktop interchange file: {count} problems"
        ),
        file=source,
        count=count,
    )


def _not_imported(source: str, reason: str) -> str:
    """The file could not be written: ``reason`` is the database's (or a ``ConstraintViolation``'s
    message)."""
    return error_message(
        QT_TRANSLATE_NOOP("Errors", "{file} could not be imported, nothing was written: {reason}"),
        file=source,
        reason=reason,
    )


def import_document(
    database: Database, document: Any, *, source: str = "document"
) -> ImportSummary:
    """Check ``document`` completely, then write all of it in one transaction, or nothing.

    InputError lists every problem found, each naming the item and the field."""
    try:
        with database.transaction() as session:
            problems, plan = plan_import(document, session)
            if problems or plan is None:
                raise InputError(_invalid(source, len(problems)), problems=problems)
            writer = Writer(session.connection(), plan)
            for kind in ALL_KINDS:
                writer.write(kind, deferred=("parent",) if kind is ORGANISATIONS else ())
    except ConstraintViolation as exc:  # a rule only the database checks, such as a name swap
        raise InputError(_not_imported(source, exc.args[0] if exc.args else str(exc))) from exc
    except (sa.exc.IntegrityError, sa.exc.DataError) as exc:
        raise InputError(_not_imported(source, str(exc.orig))) from exc
    summary = ImportSummary(source, writer.counts)
    log.info("%s", summary.describe())
    return summary


def import_file(database: Database, path: Path) -> ImportSummary:
    """Import an interchange file: see :func:`import_document`."""
    return import_document(database, load_document(Path(path)), source=str(path))
