"""The single write path for the directory: validate, write, audit, refuse a stale write.

``DirectoryWriter`` writes people, organisations, posts and countries' facts inside a session
the caller holds (the service below, an import's ``apply`` and a merge use it, each in one
transaction). Every write is checked with ``validation`` first (``InvalidDraftError`` with
field-keyed problems), records one ``AuditEntry`` per row written (``services.audit``), and an
update names the version it read: ``UPDATE ... WHERE id = :id AND version = :read`` bumps the
version, and when no row matches, someone else saved or deleted the record meanwhile and
``StaleRecordError`` is raised with nothing written.

Many new rows at once (an import) go through ``insert_many``: each checked as above
(``checked_person``, ``checked_organisation``, ``checked_post``), then one INSERT of all the
rows and one of their audit entries (``audit.record_inserts``; Core executemany, no ORM
objects).

``service.DirectoryService`` wraps it for the GUI pages, one transaction per call.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from scoda_desktop.domain.enums import AuditAction
from scoda_desktop.domain.models import (
    AuditEntry,
    Country,
    Organisation,
    Person,
    Position,
    new_uid,
)
from scoda_desktop.domain.office import to_office_time
from scoda_desktop.domain.types import utcnow
from scoda_desktop.services import audit
from scoda_desktop.services.directory.records import (
    COUNTRY_FIELDS,
    ORGANISATION_FIELDS,
    PERSON_FIELDS,
    POST_FIELDS,
    CountryRecord,
    OrganisationRecord,
    PersonRecord,
    PostRecord,
    SavedRecord,
)
from scoda_desktop.services.directory.validation import (
    References,
    cleaned_organisation,
    cleaned_person,
    cleaned_post,
    load_references,
    validate_country,
    validate_organisation_record,
    validate_person_record,
    validate_post,
)
from scoda_desktop.services.meeting_drafts import InvalidDraftError, Problem, StaleRecordError
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, error_message, problem

__all__ = [
    "COUNTRIES",
    "ORGANISATIONS",
    "PEOPLE",
    "POSTS",
    "DirectoryWriter",
    "StaleDirectoryRecordError",
    "Table",
    "stale_error",
]

log = logging.getLogger(__name__)

_UIDS_PER_SELECT = 5000  # well under the bound parameters SQLite and PostgreSQL allow


@dataclass(frozen=True, slots=True)
class Table:
    """A directory table as the writer sees it."""

    table: sa.Table
    key: str  # the primary key column
    fields: tuple[str, ...]  # the columns a record edits
    noun: str  # "person", for messages

    @property
    def name(self) -> str:
        return self.table.name


PEOPLE = Table(Person.__table__, "id", PERSON_FIELDS, "person")
ORGANISATIONS = Table(Organisation.__table__, "id", ORGANISATION_FIELDS, "organisation")
POSTS = Table(Position.__table__, "id", POST_FIELDS, "post")
COUNTRIES = Table(Country.__table__, "code", COUNTRY_FIELDS, "country")


class StaleDirectoryRecordError(StaleRecordError):
    """A directory record was changed or deleted after it was read: nothing was written.

    ``headline`` says what happened without the advice that follows it, for a window that has
    done what the advice says (read the records again) itself."""

    def __init__(self, message: str, headline: str = "") -> None:
        super().__init__(message)
        self.headline = headline or message


def stale_error(
    session: Session, spec: Table, key: object, label: str
) -> StaleDirectoryRecordError:
    """Why an update or delete matched no row: the record is gone, or changed (by whom).
    ``label`` names the record: a name, or a ``wording.Phrase`` ("The post")."""
    column = spec.table.c[spec.key]
    if session.execute(sa.select(column).where(column == key)).first() is None:
        return StaleDirectoryRecordError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label} was deleted or merged after you opened it, so your change was not "
                    "saved. Refresh the list (F5).",
                ),
                label=label,
            ),
            error_message(
                QT_TRANSLATE_NOOP("Errors", "{label} was deleted or merged after you opened it."),
                label=label,
            ),
        )
    a = AuditEntry.__table__.c
    last = session.execute(
        sa.select(a.actor, a.at)
        .where(a.table_name == spec.name, a.record_id == str(key))
        .order_by(a.at.desc(), a.id.desc())
        .limit(1)
    ).first()
    if last is None:
        return StaleDirectoryRecordError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label} was changed after you opened it, so your change was not saved. "
                    "Open it again to see the current version, then make your change again.",
                ),
                label=label,
            ),
            error_message(
                QT_TRANSLATE_NOOP("Errors", "{label} was changed after you opened it."),
                label=label,
            ),
        )
    actor, at = last.actor, f"{to_office_time(last.at):%Y-%m-%d %H:%M}"
    return StaleDirectoryRecordError(
        error_message(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{label} was changed by {actor} at {time} after you opened it, so your change "
                "was not saved. Open it again to see the current version, then make your "
                "change again.",
            ),
            label=label,
            actor=actor,
            time=at,
        ),
        error_message(
            QT_TRANSLATE_NOOP(
                "Errors", "{label} was changed by {actor} at {time} after you opened it."
            ),
            label=label,
            actor=actor,
            time=at,
        ),
    )


class DirectoryWriter:
    """Writes directory records in ``session`` (the caller commits), auditing as ``actor``."""

    def __init__(self, session: Session, actor: str, refs: References | None = None) -> None:
        self.session = session
        self.actor = actor
        self.refs = refs if refs is not None else load_references(session)

    # -- rows ------------------------------------------------------------------------------

    def _audit(
        self, spec: Table, key: object, action: AuditAction, changes: Mapping[str, list[Any]]
    ) -> None:
        audit.record(
            self.session,
            actor=self.actor,
            table=spec.name,
            record_id=key,
            action=action,
            changes=changes,
        )

    def insert(self, spec: Table, values: Mapping[str, Any], uid: str | None = None) -> int:
        """Insert a row with ``values``; its id."""
        now = utcnow()
        extra: dict[str, Any] = {"version": 1, "updated_at": now}
        if "uid" in spec.table.c:
            extra |= {"uid": uid or new_uid(), "created_at": now}
        result = self.session.execute(sa.insert(spec.table).values(**values, **extra))
        key = result.inserted_primary_key[0]
        self._audit(spec, key, AuditAction.INSERT, audit.changes_between(None, values, values))
        return int(key)

    def insert_many(
        self, spec: Table, rows: Sequence[Mapping[str, Any]], uids: Sequence[str | None] = ()
    ) -> list[int]:
        """Insert ``rows`` (checked values, the same columns in each) with one statement and
        audit each with another; their ids, in the order given. ``uids`` (if given) name each
        row's uid, None for a new one. The ids are read back by uid: an INSERT ... RETURNING
        that must keep the order of the rows runs row by row on SQLite."""
        if not rows:
            return []
        if "uid" not in spec.table.c:
            raise ValueError(f"insert_many needs a table with uids, not {spec.name}")
        now = utcnow()
        extra: dict[str, Any] = {"version": 1, "updated_at": now, "created_at": now}
        values = [
            {**row, **extra, "uid": (uids[index] if uids else None) or new_uid()}
            for index, row in enumerate(rows)
        ]
        self.session.execute(sa.insert(spec.table), values)
        key, uid = spec.table.c[spec.key], spec.table.c.uid
        ids_by_uid: dict[str, int] = {}
        for start in range(0, len(values), _UIDS_PER_SELECT):
            chunk = [v["uid"] for v in values[start : start + _UIDS_PER_SELECT]]
            ids_by_uid.update(self.session.execute(sa.select(uid, key).where(uid.in_(chunk))).all())
        ids = [int(ids_by_uid[v["uid"]]) for v in values]
        audit.record_inserts(
            self.session,
            actor=self.actor,
            table=spec.name,
            rows=list(zip(ids, rows, strict=True)),
        )
        self._remember(spec, ids, rows)
        return ids

    def _remember(
        self, spec: Table, keys: Sequence[int], rows: Sequence[Mapping[str, Any]]
    ) -> None:
        """Let later checks in this writer see new people or organisations (or their changes)."""
        if spec is PEOPLE:
            self.refs.person_ids = self.refs.person_ids | set(keys)
        elif spec is ORGANISATIONS:
            for key, values in zip(keys, rows, strict=True):
                self.refs.organisation_added(
                    key,
                    OrganisationRecord(
                        name_en=values["name_en"],
                        country_code=values["country_code"],
                        parent_id=values["parent_id"],
                    ),
                )

    def update(
        self, spec: Table, key: object, read_version: int, values: Mapping[str, Any], label: str
    ) -> int:
        """Update the row read at ``read_version``; its new version. Nothing changed: the row
        is left alone and keeps its version."""
        t = spec.table.c
        current = (
            self.session.execute(
                sa.select(t.version, *(t[name] for name in values)).where(t[spec.key] == key)
            )
            .mappings()
            .one_or_none()
        )
        if current is None or current["version"] != read_version:
            raise stale_error(self.session, spec, key, label)
        changes = audit.changes_between(current, values, values)
        if not changes:
            return read_version
        result = self.session.execute(
            sa.update(spec.table)
            .where(t[spec.key] == key, t.version == read_version)
            .values(**values, version=read_version + 1, updated_at=utcnow())
        )
        if result.rowcount != 1:
            raise stale_error(self.session, spec, key, label)
        self._audit(spec, key, AuditAction.UPDATE, changes)
        return read_version + 1

    def delete(self, spec: Table, key: object, read_version: int | None, label: str) -> None:
        """Delete the row (at ``read_version`` if given), auditing its values."""
        t = spec.table.c
        current = (
            self.session.execute(
                sa.select(*(t[name] for name in spec.fields)).where(t[spec.key] == key)
            )
            .mappings()
            .one_or_none()
        )
        condition = t[spec.key] == key
        if read_version is not None:
            condition = sa.and_(condition, t.version == read_version)
        result = self.session.execute(sa.delete(spec.table).where(condition))
        if current is None or result.rowcount != 1:
            raise stale_error(self.session, spec, key, label)
        self._audit(
            spec,
            key,
            AuditAction.DELETE,
            audit.changes_between(current, None, spec.fields),
        )

    # -- records ---------------------------------------------------------------------------

    @staticmethod
    def _refuse(message: str, problems: Sequence[Problem]) -> None:
        if problems:
            raise InvalidDraftError(message, list(problems))

    def checked_person(self, record: PersonRecord) -> dict[str, Any]:
        """The values to write for the person, cleaned; ``InvalidDraftError`` if they break a
        rule."""
        record = cleaned_person(record)
        self._refuse(
            error_message(QT_TRANSLATE_NOOP("Errors", "The person cannot be saved as it is.")),
            validate_person_record(record, self.refs),
        )
        return {name: getattr(record, name) for name in PERSON_FIELDS}

    def checked_organisation(self, record: OrganisationRecord) -> dict[str, Any]:
        record = cleaned_organisation(record)
        self._refuse(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "The organisation cannot be saved as it is.")
            ),
            validate_organisation_record(record, self.refs),
        )
        return {name: getattr(record, name) for name in ORGANISATION_FIELDS}

    def checked_post(
        self, record: PostRecord, *, end_current_posts: bool = False
    ) -> dict[str, Any]:
        record = cleaned_post(record)
        problems = validate_post(record, self.refs)
        if end_current_posts and record.id is None and record.start_date is None:
            problems.append(
                problem(
                    "start_date",
                    QT_TRANSLATE_NOOP(
                        "Problems", "To end the current post, give the date the new post starts."
                    ),
                )
            )
        self._refuse(
            error_message(QT_TRANSLATE_NOOP("Errors", "The post cannot be saved as it is.")),
            problems,
        )
        return {name: getattr(record, name) for name in POST_FIELDS}

    def save_person(self, record: PersonRecord) -> SavedRecord:
        """Insert (no id) or update the person. ``InvalidDraftError``, ``StaleRecordError``."""
        record = cleaned_person(record)
        values = self.checked_person(record)
        label = record.name_en
        if record.id is None:
            person_id = self.insert(PEOPLE, values, record.uid)
            self._remember(PEOPLE, [person_id], [values])
            return SavedRecord("person", person_id, 1, label, created=True)
        version = self.update(PEOPLE, record.id, _version(record), values, label)
        return SavedRecord("person", record.id, version, label)

    def save_organisation(self, record: OrganisationRecord) -> SavedRecord:
        record = cleaned_organisation(record)
        values = self.checked_organisation(record)
        name = record.name_en
        if record.id is None:
            org_id = self.insert(ORGANISATIONS, values, record.uid)
            self._remember(ORGANISATIONS, [org_id], [values])
            return SavedRecord("organisation", org_id, 1, name, created=True)
        version = self.update(ORGANISATIONS, record.id, _version(record), values, name)
        self._remember(ORGANISATIONS, [record.id], [values])
        return SavedRecord("organisation", record.id, version, name)

    def save_post(self, record: PostRecord, *, end_current_posts: bool = False) -> SavedRecord:
        """Insert (no id) or update a post. ``end_current_posts`` (a new post only): the
        person's posts without an end date that started before the new one end the day before
        it starts, so the old post stays in the history, no longer current."""
        record = cleaned_post(record)
        values = self.checked_post(record, end_current_posts=end_current_posts)
        label = record.title_en or record.title_zh or "The post"
        if record.id is not None:
            named = _post_label(record.title_en or record.title_zh)
            version = self.update(POSTS, record.id, _version(record), values, named)
            return SavedRecord("position", record.id, version, label)
        if end_current_posts and record.start_date is not None:
            self.end_current_posts(record.person_id, record.start_date)
        post_id = self.insert(POSTS, values, record.uid)
        return SavedRecord("position", post_id, 1, label, created=True)

    def end_current_posts(self, person_id: int, new_start: date) -> list[int]:
        """End the person's open-ended posts that started before ``new_start`` on the day
        before it; the ids of the posts ended."""
        pos = Position.__table__.c
        rows = self.session.execute(
            sa.select(pos.id, pos.version, pos.title_en).where(
                pos.person_id == person_id,
                pos.end_date.is_(None),
                sa.or_(pos.start_date.is_(None), pos.start_date < new_start),
            )
        ).all()
        last_day = new_start - timedelta(days=1)
        for row in rows:
            self.update(
                POSTS, row.id, row.version, {"end_date": last_day}, _post_label(row.title_en)
            )
        return [row.id for row in rows]

    def save_country(self, record: CountryRecord) -> SavedRecord:
        self._refuse(
            error_message(QT_TRANSLATE_NOOP("Errors", "The country cannot be saved as it is.")),
            validate_country(record, self.refs),
        )
        values = {name: getattr(record, name) for name in COUNTRY_FIELDS}
        values["demonym"] = (values["demonym"] or "").strip() or None
        values["notes"] = (values["notes"] or "").strip() or None
        version = self.update(COUNTRIES, record.code, record.version, values, record.code)
        return SavedRecord("country", record.code, version, record.code)


def _post_label(title: str | None) -> str:
    """A post as a message names it: its title in quotes, else "The post"."""
    return f"“{title}”" if title else error_message(QT_TRANSLATE_NOOP("Errors", "The post"))


def _version(record: PersonRecord | OrganisationRecord | PostRecord) -> int:
    if record.version is None:
        raise ValueError("a record read from the database carries its version")
    return record.version
