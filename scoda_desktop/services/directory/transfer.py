"""Import and export of people and organisations: files in, a preview, then all or nothing.

Export: people as CSV (``.csv``) or vCard (``.vcf``, 3.0 or 4.0), organisations as CSV; written
atomically (a temporary file renamed over the target). Import: ``preview_file`` reads and
checks the whole file and plans every row without writing (``preview.plan_import``);
``apply_import`` writes a clean preview in one transaction through the directory's write path
(validation, audit, version checks) or, on any error, nothing: the new rows of each table with
one insert (``DirectoryWriter.insert_many``), the updated ones one by one.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from scoda_desktop.data.constraints import ConstraintViolation
from scoda_desktop.data.database import Database
from scoda_desktop.errors import InputError
from scoda_desktop.services import audit
from scoda_desktop.services.bulk import garbage_collection_paused
from scoda_desktop.services.directory.csv_format import (
    EXCEL_HINT,
    decode_text,
    read_csv,
    write_csv,
)
from scoda_desktop.services.directory.entries import (
    ORGANISATION_COLUMNS,
    PEOPLE_COLUMNS,
    ParsedFile,
    organisation_entries,
    people_entries,
)
from scoda_desktop.services.directory.import_plan import place_phrase, problem_phrase
from scoda_desktop.services.directory.preview import (
    Action,
    ImportPreview,
    PlannedOrganisation,
    PlannedPerson,
    plan_import,
)
from scoda_desktop.services.directory.vcard import VCARD_VERSIONS, read_vcards, write_vcards
from scoda_desktop.services.directory.writes import (
    ORGANISATIONS,
    PEOPLE,
    POSTS,
    DirectoryWriter,
)
from scoda_desktop.services.files import read_import_file, write_atomically
from scoda_desktop.services.meeting_drafts import InvalidDraftError, StaleRecordError
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, error_message

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
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "{path} is a folder; name the file to write."),
                path=path,
            )
        )
    if not path.parent.is_dir():
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist."),
                folder=path.parent,
            )
        )


def export_people(database: Database, path: Path, *, vcard_version: str = "4.0") -> ExportResult:
    """Every person to ``path``: vCards for a .vcf (or .vcard) file, else CSV."""
    path = Path(path)
    _check_target(path)
    if vcard_version not in VCARD_VERSIONS:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "vCard version {version}: choose 3.0 or 4.0."),
                version=vcard_version,
            )
        )
    with database.session() as session:
        entries = people_entries(session)
    if path.suffix.lower() in VCARD_SUFFIXES:
        text, kind = write_vcards(entries, vcard_version), f"vCard {vcard_version}"
    elif path.suffix.lower() == ".csv":
        text, kind = write_csv(entries, PEOPLE_COLUMNS), "CSV, UTF-8 with BOM"
    else:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors", "{file}: name a .csv or .vcf file (the format follows the name)."
                ),
                file=path.name,
            )
        )
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
        error_message(QT_TRANSLATE_NOOP("Errors", "Export the contacts again as vCard in UTF-8."))
        if is_vcard
        else EXCEL_HINT
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


def _levels(planned: list[PlannedOrganisation]) -> list[list[PlannedOrganisation]]:
    """The organisations (parents first) by how many new parents are above them: each level
    can be written once the one before it has its ids."""
    depth: dict[int, int] = {}
    levels: list[list[PlannedOrganisation]] = []
    for org in planned:
        level = 0 if org.parent is None else depth[id(org.parent)] + 1
        depth[id(org)] = level
        while len(levels) <= level:
            levels.append([])
        levels[level].append(org)
    return levels


class _Writing:
    """A preview written through a ``DirectoryWriter``: updates one by one (each names the
    version it read), the new rows of a table with one insert. ``where`` is the row being
    written, for messages."""

    def __init__(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.where = preview.source
        self.counts = _Counts()
        self.organisation_ids: dict[int, int] = {}  # id() of a planned organisation -> its id

    def write(self, writer: DirectoryWriter) -> None:
        self.writer = writer
        self.organisations()
        self.people()

    def organisation_id(self, planned: PlannedOrganisation | None) -> int | None:
        return None if planned is None else self.organisation_ids[id(planned)]

    def organisations(self) -> None:
        for level in _levels(self.preview.organisations):
            new: list[PlannedOrganisation] = []
            values: list[dict[str, Any]] = []
            for org in level:
                if org.action == Action.UNCHANGED:
                    continue
                self.where = org.where
                record = org.record
                if org.parent is not None:
                    record = replace(record, parent_id=self.organisation_id(org.parent))
                if record.id is None:
                    new.append(org)
                    values.append(self.writer.checked_organisation(record))
                else:
                    saved = self.writer.save_organisation(record)
                    self.organisation_ids[id(org)] = int(saved.id)
                    self.counts.organisations[1] += 1
            self.where = self.preview.source
            ids = self.writer.insert_many(ORGANISATIONS, values, [o.record.uid for o in new])
            for org, org_id in zip(new, ids, strict=True):
                self.organisation_ids[id(org)] = org_id
            self.counts.organisations[0] += len(ids)

    def people(self) -> None:
        new: list[PlannedPerson] = []
        values: list[dict[str, Any]] = []
        for person in self.preview.people:
            if not person.include or person.action == Action.UNCHANGED:
                continue
            self.where = person.where
            if person.record.id is None:
                new.append(person)
                values.append(self.writer.checked_person(person.record))
            else:
                saved = self.writer.save_person(person.record)
                self.counts.people[1] += 1
                self.post(person, int(saved.id))
        self.where = self.preview.source
        ids = self.writer.insert_many(PEOPLE, values, [p.record.uid for p in new])
        self.counts.people[0] += len(ids)
        posts: list[dict[str, Any]] = []
        for person, person_id in zip(new, ids, strict=True):
            post = person.post
            if post is None or post.action == Action.UNCHANGED:
                continue
            self.where = person.where
            record = replace(post.record, person_id=person_id)
            if post.organisation is not None:
                record.organisation_id = self.organisation_id(post.organisation)
            # A new person holds no post yet: there is none to end.
            posts.append(self.writer.checked_post(record, end_current_posts=post.end_current))
        self.where = self.preview.source
        self.counts.posts += len(self.writer.insert_many(POSTS, posts))

    def post(self, person: PlannedPerson, person_id: int) -> None:
        """The post of a person who was in the directory: a new one ends their current one."""
        post = person.post
        if post is None or post.action == Action.UNCHANGED:
            return
        record = replace(post.record, person_id=person_id)
        if post.organisation is not None:
            record.organisation_id = self.organisation_id(post.organisation)
        self.writer.save_post(record, end_current_posts=post.end_current)
        self.counts.posts += post.action == Action.CREATE


def _problems_of(exc: InvalidDraftError | ConstraintViolation) -> list[str]:
    """The problems of a refused row, each keeping its source for the window to translate."""
    found = getattr(exc, "field_problems", None)
    if found is None:
        return list(exc.problems)
    return [problem_phrase(problem) for problem in found]


def apply_import(
    database: Database, preview: ImportPreview, *, actor: str | None = None
) -> ImportResult:
    """Write the planned rows (those still ``include``d) in one transaction, or nothing.

    InputError if the preview has problems, or if a row fails when written (it names the row);
    StaleRecordError if a record to update changed since the preview."""
    if preview.problems:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "{file} has {count} problem(s); nothing was imported."),
                file=preview.source,
                count=len(preview.problems),
            ),
            [p.phrase() for p in preview.problems],
        )
    actor = actor or audit.current_actor()
    writing = _Writing(preview)
    try:
        with garbage_collection_paused(), database.transaction() as session:
            writing.write(DirectoryWriter(session, actor))
    except (InvalidDraftError, ConstraintViolation) as exc:
        message = exc.args[0] if exc.args else exc.__class__.__name__
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors", "{where} could not be written, so nothing was imported: {problem}"
                ),
                where=place_phrase(writing.where),
                problem=message,
            ),
            _problems_of(exc),
        ) from exc
    except StaleRecordError as exc:
        raise StaleRecordError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "{where}: {problem} Preview the file again."),
                where=place_phrase(writing.where),
                problem=exc.args[0] if exc.args else str(exc),
            )
        ) from exc
    counts = writing.counts
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
