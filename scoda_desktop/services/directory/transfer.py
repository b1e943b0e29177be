"""Import and export of people and organisations: files in, a preview, then all or nothing.

Export: people as CSV (``.csv``) or vCard (``.vcf``, 3.0 or 4.0), organisations as CSV; written
atomically (a temporary file renamed over the target). Import: ``preview_file`` reads and
checks the whole file and plans every row without writing (``preview.plan_import``);
``apply_import`` writes a clean preview in one transaction through the directory's write path
(validation, audit, version checks) or, on any error, nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from scoda_desktop.data.constraints import ConstraintViolation
from scoda_desktop.data.database import Database
from scoda_desktop.errors import InputError
from scoda_desktop.services import audit
from scoda_desktop.services.directory.csv_format import decode_text, read_csv, write_csv
from scoda_desktop.services.directory.entries import (
    ORGANISATION_COLUMNS,
    PEOPLE_COLUMNS,
    ParsedFile,
    organisation_entries,
    people_entries,
)
from scoda_desktop.services.directory.preview import (
    Action,
    ImportPreview,
    PlannedOrganisation,
    plan_import,
)
from scoda_desktop.services.directory.vcard import VCARD_VERSIONS, read_vcards, write_vcards
from scoda_desktop.services.directory.writes import DirectoryWriter
from scoda_desktop.services.files import read_import_file, write_atomically
from scoda_desktop.services.meeting_drafts import InvalidDraftError, StaleRecordError

__all__ = [
    "ExportResult",
    "ImportResult",
    "apply_import",
    "export_organisations",
    "export_people",
    "parse_file",
    "preview_file",
]

log = logging.getLogger(__name__)

VCARD_SUFFIXES = (".vcf", ".vcard")


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    count: int
    what: str  # "people" or "organisations"
    format: str  # "CSV", "vCard 4.0"

    def describe(self) -> str:
        return f"Wrote {self.count} {self.what} to {self.path} ({self.format})."


def _check_target(path: Path) -> None:
    if path.is_dir():
        raise InputError(f"{path} is a folder; name the file to write.")
    if not path.parent.is_dir():
        raise InputError(f"The folder {path.parent} does not exist.")


def export_people(database: Database, path: Path, *, vcard_version: str = "4.0") -> ExportResult:
    """Every person to ``path``: vCards for a .vcf (or .vcard) file, else CSV."""
    path = Path(path)
    _check_target(path)
    if vcard_version not in VCARD_VERSIONS:
        raise InputError(f"vCard version {vcard_version}: choose 3.0 or 4.0.")
    with database.session() as session:
        entries = people_entries(session)
    if path.suffix.lower() in VCARD_SUFFIXES:
        text, kind = write_vcards(entries, vcard_version), f"vCard {vcard_version}"
    elif path.suffix.lower() == ".csv":
        text, kind = write_csv(entries, PEOPLE_COLUMNS), "CSV, UTF-8 with BOM"
    else:
        raise InputError(f"{path.name}: name a .csv or .vcf file (the format follows the name).")
    write_atomically(path, text)
    return ExportResult(path, len(entries), "people", kind)


def export_organisations(database: Database, path: Path) -> ExportResult:
    """Every organisation to the CSV file ``path``."""
    path = Path(path)
    _check_target(path)
    with database.session() as session:
        entries = organisation_entries(session)
    write_atomically(path, write_csv(entries, ORGANISATION_COLUMNS))
    return ExportResult(path, len(entries), "organisations", "CSV, UTF-8 with BOM")


def parse_file(path: Path) -> ParsedFile:
    """The entries of a CSV or vCard file (by its name, else by its first line), with the
    problems of the file itself. InputError if it cannot be read or decoded."""
    path = Path(path)
    data = read_import_file(path)
    is_vcard = path.suffix.lower() in VCARD_SUFFIXES
    hint = (
        "Export the contacts again as vCard in UTF-8."
        if is_vcard
        else "In Excel, use Save As and choose “CSV UTF-8 (Comma delimited)”."
    )
    text = decode_text(data, str(path), hint)
    if is_vcard or text.lstrip("\ufeff \r\n").upper().startswith("BEGIN:VCARD"):
        return read_vcards(text)
    return read_csv(text)


def preview_file(database: Database, path: Path, *, today: date | None = None) -> ImportPreview:
    """What importing ``path`` would do, row by row, and every problem; nothing written."""
    parsed = parse_file(path)
    with database.session() as session:
        return plan_import(session, parsed, str(path), today=today)


@dataclass(frozen=True, slots=True)
class ImportResult:
    source: str
    people_created: int
    people_updated: int
    organisations_created: int
    organisations_updated: int
    posts_added: int

    def describe(self) -> str:
        return (
            f"Imported {self.source}: {self.people_created} people created, "
            f"{self.people_updated} updated; {self.organisations_created} organisations "
            f"created, {self.organisations_updated} updated; {self.posts_added} posts added."
        )


@dataclass(slots=True)
class _Counts:
    people: list[int] = field(default_factory=lambda: [0, 0])  # created, updated
    organisations: list[int] = field(default_factory=lambda: [0, 0])
    posts: int = 0


def apply_import(
    database: Database, preview: ImportPreview, *, actor: str | None = None
) -> ImportResult:
    """Write the planned rows (those still ``include``d) in one transaction, or nothing.

    InputError if the preview has problems, or if a row fails when written (it names the row);
    StaleRecordError if a record to update changed since the preview."""
    if preview.problems:
        raise InputError(
            f"{preview.source} has {len(preview.problems)} problem(s); nothing was imported.",
            [p.describe() for p in preview.problems],
        )
    actor = actor or audit.current_actor()
    counts = _Counts()
    where = preview.source
    try:
        with database.transaction() as session:
            writer = DirectoryWriter(session, actor)
            ids: dict[int, int] = {}  # id() of a planned organisation -> its database id

            def org_id(planned: PlannedOrganisation | None) -> int | None:
                return None if planned is None else ids[id(planned)]

            for org in preview.organisations:
                where = org.where
                if org.action == Action.UNCHANGED:
                    continue
                record = org.record
                if org.parent is not None:
                    record = replace(record, parent_id=org_id(org.parent))
                saved = writer.save_organisation(record)
                ids[id(org)] = int(saved.id)
                counts.organisations[0 if saved.created else 1] += 1
            for person in preview.people:
                where = person.where
                if not person.include or person.action == Action.UNCHANGED:
                    continue
                saved = writer.save_person(person.record)
                counts.people[0 if saved.created else 1] += 1
                post = person.post
                if post is None or post.action == Action.UNCHANGED:
                    continue
                post_record = replace(post.record, person_id=int(saved.id))
                if post.organisation is not None:
                    post_record.organisation_id = org_id(post.organisation)
                writer.save_post(post_record, end_current_posts=post.end_current)
                counts.posts += post.action == Action.CREATE
    except (InvalidDraftError, ConstraintViolation) as exc:
        message = exc.args[0] if exc.args else exc.__class__.__name__
        raise InputError(
            f"{where} could not be written, so nothing was imported: {message}", exc.problems
        ) from exc
    except StaleRecordError as exc:
        raise StaleRecordError(f"{where}: {exc} Preview the file again.") from exc
    result = ImportResult(
        preview.source,
        counts.people[0],
        counts.people[1],
        counts.organisations[0],
        counts.organisations[1],
        counts.posts,
    )
    log.info("%s", result.describe())
    return result
