"""``check``: is the database sound, and is its schema the one this version expects?

Looks without changing anything: no migration, no reference data, no file created."""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa

from scoda_desktop.data import database as db
from scoda_desktop.data.target import DatabaseTarget
from scoda_desktop.domain.models import SQLModel
from scoda_desktop.errors import InputError
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, error_message


@dataclass
class HealthReport:
    lines: list[str] = field(default_factory=list)
    ok: bool = True

    def problem(self, text: str) -> None:
        self.ok = False
        self.lines.append(f"PROBLEM: {text}")

    def fine(self, text: str) -> None:
        self.lines.append(f"ok: {text}")


def check_database(target: DatabaseTarget) -> HealthReport:
    if target.path is not None and not target.path.is_file():
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "There is no database at {path}."),
                path=str(target.path),
            )
        )
    report = HealthReport([f"database: {target.display_name}"])
    engine = db.create_db_engine(target)
    try:
        with engine.connect() as connection:
            _check_schema(connection, report)
            if connection.dialect.name == "sqlite":
                _check_sqlite(connection, report)
            if report.ok:
                _count_rows(connection, report)
    except sa.exc.DatabaseError as exc:
        report.problem(f"cannot read the database: {exc.orig}")
    finally:
        engine.dispose()
    return report


def _check_schema(connection: sa.Connection, report: HealthReport) -> None:
    revision = db.current_revision(connection)
    head = db.head_revision()
    if revision is None:
        report.problem("not an SCODA Desktop database (no schema revision)")
    elif revision == head:
        report.fine(f"schema revision {revision} (current)")
    elif revision in db.known_revisions():
        report.fine(
            f"schema revision {revision}; this version uses {head}: "
            "it is backed up and migrated the next time it is opened"
        )
    else:
        report.problem(
            f"schema revision {revision} is from a newer SCODA Desktop (this one knows up to "
            f"{head}); use the newer version"
        )


def _check_sqlite(connection: sa.Connection, report: HealthReport) -> None:
    result = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
    if result == ["ok"]:
        report.fine("integrity check passed")
    else:
        for line in result:
            report.problem(f"integrity: {line}")
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
    if broken:
        for table, rowid, parent, _ in broken[:20]:
            report.problem(f"{table} row {rowid} refers to a missing {parent}")
    else:
        report.fine("every reference points to an existing record")


def _count_rows(connection: sa.Connection, report: HealthReport) -> None:
    existing = set(sa.inspect(connection).get_table_names())
    counts = []
    for table in SQLModel.metadata.sorted_tables:
        if table.name in existing:
            n = connection.execute(sa.select(sa.func.count()).select_from(table)).scalar()
            counts.append(f"{table.name} {n}")
    report.lines.append("rows: " + ", ".join(counts))
