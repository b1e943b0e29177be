"""An import's preview: every row of a CSV or vCard file read, checked and planned, nothing
written.

Each entry becomes a planned record: a person or organisation to create, to update (its
``uid`` is in the directory; the file's values replace those of the columns or properties it
carries) or unchanged. A person's organisation is found by name in their country (or the
``organisation_country`` given); one the directory does not have is planned as a new
organisation. A post that differs from the person's current post is a new post, and when the
file gives its start date the current post ends the day before (history is kept); the same
post only has its dates updated. New people are compared with the directory and the file's
earlier rows (``duplicates``), and the matches are shown with the row.

Every problem is collected, each with its line (CSV) or card (vCard) and column, using the
same rules as the forms (``validation``). ``transfer.apply_import`` then writes all or nothing.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from scoda_desktop.domain.enums import OrganisationKind
from scoda_desktop.domain.models import Organisation, Person
from scoda_desktop.domain.office import office_today
from scoda_desktop.services.directory.duplicates import Candidate, DuplicateFinder, Match
from scoda_desktop.services.directory.entries import (
    Cells,
    CountryNames,
    ParsedFile,
    parse_date,
    parse_kind,
    parse_name_order,
)
from scoda_desktop.services.directory.folding import fold
from scoda_desktop.services.directory.posts import PostRow, posts_of
from scoda_desktop.services.directory.records import (
    ORGANISATION_FIELDS,
    PERSON_FIELDS,
    OrganisationRecord,
    PersonRecord,
    PostRecord,
)
from scoda_desktop.services.directory.validation import (
    References,
    cleaned_organisation,
    cleaned_person,
    cleaned_post,
    load_references,
    validate_organisation_record,
    validate_person_record,
    validate_post,
)

__all__ = [
    "Action",
    "ImportPreview",
    "PlannedOrganisation",
    "PlannedPerson",
    "PlannedPost",
    "RowProblem",
    "garbage_collection_paused",
    "plan_import",
]

POST_COLUMNS = ("organisation", "organisation_country", "title_en", "title_zh")
# A record's field -> the column that holds it, where the names differ.
_COLUMN_OF = {
    "country_code": "country",
    "parent_id": "parent",
    "start_date": "post_start",
    "end_date": "post_end",
    "organisation_id": "organisation",
}


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"


@dataclass(frozen=True, slots=True)
class RowProblem:
    where: str  # "line 5", "card 2"
    column: str | None
    message: str

    def describe(self) -> str:
        column = f", {self.column}" if self.column else ""
        return f"{self.where}{column}: {self.message}"


@dataclass(slots=True)
class PlannedOrganisation:
    where: str  # the row, or the person row that names it
    action: Action
    record: OrganisationRecord
    parent: PlannedOrganisation | None = None  # a parent this import creates


@dataclass(slots=True)
class PlannedPost:
    record: PostRecord  # person_id is filled in when the person is written
    organisation: PlannedOrganisation | None = None  # an organisation this import creates
    end_current: bool = False  # end the current post the day before this one starts
    action: Action = Action.CREATE


@dataclass(slots=True)
class PlannedPerson:
    where: str
    action: Action
    record: PersonRecord
    post: PlannedPost | None = None
    duplicates: tuple[Match, ...] = ()
    include: bool = True  # a preview screen may leave a row out

    def describe(self) -> str:
        post = ""
        if self.post and self.post.action != Action.UNCHANGED:
            post = f"; post “{self.post.record.title_en or self.post.record.title_zh}”"
        text = f"{self.where}: {self.action.value} {self.record.name_en}{post}"
        for match in self.duplicates:
            unit = self.where.split(" ", 1)[0]  # "line" or "card", as for this row
            where = f"{unit} {match.row}" if match.row else f"person {match.person_id}"
            text += f"\n    possible duplicate of {match.name_en} ({where}): {match.reason}"
        return text


@dataclass(slots=True)
class ImportPreview:
    source: str
    kind: str  # "people" or "organisations"
    organisations: list[PlannedOrganisation] = field(default_factory=list)
    people: list[PlannedPerson] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def count(self, action: Action) -> tuple[int, int]:
        """(people, organisations) planned with ``action``."""
        return (
            sum(1 for p in self.people if p.include and p.action == action),
            sum(1 for o in self.organisations if o.action == action),
        )

    def describe(self) -> str:
        """The preview as text: counts, each row to write, then the problems."""
        lines = [f"{self.source}: {_people(len(self.people))}, {_orgs(len(self.organisations))}."]
        for action in Action:
            people, orgs = self.count(action)
            lines.append(f"  {action.value}: {_people(people)}, {_orgs(orgs)}")
        lines += [
            f"{o.where}: {o.action.value} organisation {o.record.name_en}"
            for o in self.organisations
            if o.action != Action.UNCHANGED
        ]
        lines += [p.describe() for p in self.people if p.action != Action.UNCHANGED]
        if self.problems:
            lines.append(f"{len(self.problems)} problem(s); nothing can be imported:")
            lines += [f"  - {problem.describe()}" for problem in self.problems]
        return "\n".join(lines)


def _people(n: int) -> str:
    return "1 person" if n == 1 else f"{n} people"


def _orgs(n: int) -> str:
    return "1 organisation" if n == 1 else f"{n} organisations"


def _existing(
    session: Session, model: Any, fields: tuple[str, ...], uids: set[str] | None
) -> dict[Any, dict[str, Any]]:
    """Rows of ``model`` with ``uids`` (every row if None), by uid (by id if every row)."""
    t = model.__table__.c
    query = sa.select(t.id, t.uid, t.version, *(t[name] for name in fields))
    if uids is not None:
        if not uids:
            return {}
        query = query.where(t.uid.in_(sorted(uids)))
    rows = session.execute(query).mappings()
    return {row["uid" if uids is not None else "id"]: dict(row) for row in rows}


class _Planner:
    def __init__(self, session: Session, parsed: ParsedFile, source: str, today: date) -> None:
        self.session = session
        self.parsed = parsed
        self.today = today
        self.refs: References = load_references(session)
        self.countries = CountryNames(session)
        self.preview = ImportPreview(source=source, kind=parsed.kind)
        self.planned_organisations: dict[tuple[str, str | None], PlannedOrganisation] = {}
        self.uids: dict[str, str] = {}

    def where(self, number: int) -> str:
        return f"{self.parsed.unit} {number}"

    def problem(self, where: str, column: str | None, message: str) -> None:
        self.preview.problems.append(RowProblem(where, column, message))

    def problems(self, where: str, found: list[Any], skip: tuple[str, ...] = ()) -> bool:
        """Record ``validation`` problems under their columns; True if there were any."""
        kept = [p for p in found if p.field not in skip]
        for p in kept:
            self.problem(where, _COLUMN_OF.get(p.field, p.field), p.message)
        return bool(kept)

    def country(self, where: str, cells: Cells, column: str, default: str | None) -> str | None:
        if column not in cells:
            return default
        code, message = self.countries.code(cells[column])
        if message:
            self.problem(where, column, message)
        return code

    def date(self, where: str, cells: Cells, column: str) -> date | None:
        value, message = parse_date(cells.get(column, ""))
        if message:
            self.problem(where, column, message)
        return value

    def unique_uid(self, where: str, cells: Cells) -> str | None:
        uid = (cells.get("uid") or "").strip() or None
        if uid is not None:
            if uid in self.uids:
                self.problem(where, "uid", f"the uid {uid} is also on {self.uids[uid]}")
            self.uids.setdefault(uid, where)
        return uid

    # -- people --------------------------------------------------------------------------

    def people(self) -> None:
        entries = self.parsed.rows
        uids = {(c.get("uid") or "").strip() for _, c in entries} - {""}
        existing = _existing(self.session, Person, PERSON_FIELDS, uids)
        current: dict[int, PostRow] = {}
        if existing:
            ids = [row["id"] for row in existing.values()]
            for held in posts_of(self.session, ids, self.today):
                current.setdefault(held.person_id, held)  # latest first: the current post
        finder = DuplicateFinder.read(self.session)
        new_people: list[tuple[PlannedPerson, Candidate, int]] = []
        for number, cells in entries:
            where = self.where(number)
            uid = self.unique_uid(where, cells)
            old = existing.get(uid) if uid else None
            record = self.person_record(where, cells, old, uid)
            post = self.post(where, cells, record, current.get(old["id"]) if old else None)
            if old is None:
                action = Action.CREATE
            else:
                before = cleaned_person(PersonRecord(**{f: old[f] for f in PERSON_FIELDS}))
                changed = replace(record, id=None, uid=None, version=None) != before
                action = (
                    Action.UPDATE
                    if changed or (post and post.action != Action.UNCHANGED)
                    else Action.UNCHANGED
                )
            planned = PlannedPerson(where, action, record, post)
            self.preview.people.append(planned)
            if action == Action.CREATE:
                org_ids = [post.record.organisation_id] if post else []
                candidate = Candidate.from_record(record, org_ids)
                new_people.append((planned, candidate, finder.add(candidate, number)))
        # Every new person is gathered first, so that the index is built once; each is then
        # compared with the directory and the rows before it.
        for planned, candidate, place in new_people:
            planned.duplicates = tuple(finder.find(candidate, among_first=place))

    def person_record(
        self, where: str, cells: Cells, old: dict[str, Any] | None, uid: str | None
    ) -> PersonRecord:
        values: dict[str, Any] = {f: old[f] for f in PERSON_FIELDS} if old else {}
        for name in PERSON_FIELDS:
            if name in cells and name not in ("name_order", "country_code"):
                values[name] = cells[name]
        values["country_code"] = self.country(where, cells, "country", values.get("country_code"))
        if "name_order" in cells or old is None:
            order, message = parse_name_order(
                cells.get("name_order", ""), values.get("given_name") or "", values["country_code"]
            )
            if message:
                self.problem(where, "name_order", message)
            values["name_order"] = order
        values.setdefault("family_name", "")
        record = cleaned_person(
            PersonRecord(
                **values,
                id=old["id"] if old else None,
                uid=uid,
                version=old["version"] if old else None,
            )
        )
        self.problems(where, validate_person_record(record, self.refs))
        return record

    def organisation_for(
        self, where: str, name: str, country: str | None
    ) -> tuple[int | None, PlannedOrganisation | None]:
        """The organisation named ``name`` in ``country``: in the directory, planned already,
        or planned now as a new one."""
        key = (fold(name), country)
        if key in self.refs.organisation_names:
            return self.refs.organisation_names[key], None
        if key not in self.planned_organisations:
            record = cleaned_organisation(OrganisationRecord(name_en=name, country_code=country))
            planned = PlannedOrganisation(where, Action.CREATE, record)
            self.planned_organisations[key] = planned
            self.preview.organisations.append(planned)
        return None, self.planned_organisations[key]

    def post(
        self, where: str, cells: Cells, person: PersonRecord, current: PostRow | None
    ) -> PlannedPost | None:
        if not any((cells.get(c) or "").strip() for c in (*POST_COLUMNS, "post_start", "post_end")):
            return None
        country = self.country(where, cells, "organisation_country", None) or person.country_code
        org_id, new_org = None, None
        if name := (cells.get("organisation") or "").strip():
            org_id, new_org = self.organisation_for(where, name, country)
        record = cleaned_post(
            PostRecord(
                person_id=person.id or 0,
                title_en=cells.get("title_en", ""),
                title_zh=cells.get("title_zh"),
                organisation_id=org_id,
                start_date=self.date(where, cells, "post_start"),
                end_date=self.date(where, cells, "post_end"),
            )
        )
        if self.problems(where, validate_post(record, self.refs), skip=("person_id",)):
            return None
        same = (
            current is not None
            and new_org is None
            and current.organisation_id == org_id
            and fold(current.title_en) == fold(record.title_en)
            and fold(current.title_zh) == fold(record.title_zh)
        )
        if current is not None and same:
            start = record.start_date or current.start_date
            end = record.end_date or current.end_date
            unchanged = (start, end) == (current.start_date, current.end_date)
            return PlannedPost(
                replace(current.record(), start_date=start, end_date=end),
                action=Action.UNCHANGED if unchanged else Action.UPDATE,
            )
        return PlannedPost(record, new_org, end_current=record.start_date is not None)

    # -- organisations -------------------------------------------------------------------

    def organisations(self) -> None:
        """Organisation rows: a known uid, else the same English name in the same country,
        is an update; anything else is a new organisation."""
        existing = _existing(self.session, Organisation, ORGANISATION_FIELDS, None)
        by_uid = {row["uid"]: row for row in existing.values()}
        parents: list[tuple[PlannedOrganisation, str]] = []
        for number, cells in self.parsed.rows:
            where = self.where(number)
            uid = self.unique_uid(where, cells)
            old = by_uid.get(uid) if uid else None
            name = (cells.get("name_en") or (old or {}).get("name_en") or "").strip()
            country = self.country(where, cells, "country", (old or {}).get("country_code"))
            if old is None:
                old = existing.get(self.refs.organisation_names.get((fold(name), country), 0))
            values: dict[str, Any] = {f: old[f] for f in ORGANISATION_FIELDS} if old else {}
            for column in ("name_en", "name_zh", "short_name_en", "notes"):
                if column in cells:
                    values[column] = cells[column]
            values["country_code"] = country
            if "kind" in cells or old is None:
                kind, message = parse_kind(cells.get("kind", ""))
                if message:
                    self.problem(where, "kind", message)
                values["kind"] = kind
            values["kind"] = OrganisationKind(values["kind"])
            values.setdefault("name_en", "")
            record = cleaned_organisation(
                OrganisationRecord(
                    **values,
                    id=old["id"] if old else None,
                    uid=old["uid"] if old else uid,
                    version=old["version"] if old else None,
                )
            )
            self.problems(where, validate_organisation_record(record, self.refs), ("parent_id",))
            key = (fold(record.name_en), record.country_code)
            if key in self.planned_organisations:
                self.problem(
                    where,
                    "name_en",
                    f"“{record.name_en}” is also on {self.planned_organisations[key].where} "
                    "for the same country",
                )
            action = Action.CREATE if old is None else Action.UPDATE
            planned = PlannedOrganisation(where, action, record)
            self.planned_organisations[key] = planned
            self.preview.organisations.append(planned)
            if "parent" in cells:
                parents.append((planned, cells["parent"].strip()))
        for planned, parent in parents:
            self.link_parent(planned, parent)
        self.preview.organisations = self.parents_first(self.preview.organisations)
        for planned in self.preview.organisations:
            if planned.action == Action.UPDATE and planned.parent is None:
                old = existing[planned.record.id]  # type: ignore[index]
                if all(old[f] == getattr(planned.record, f) for f in ORGANISATION_FIELDS):
                    planned.action = Action.UNCHANGED

    def link_parent(self, planned: PlannedOrganisation, parent: str) -> None:
        record = planned.record
        if not parent:
            record.parent_id = None
            return
        folded = fold(parent)
        in_file = [
            p
            for (name, country), p in self.planned_organisations.items()
            if name == folded and country == record.country_code
        ] or [p for (name, _), p in self.planned_organisations.items() if name == folded]
        in_directory = [
            i
            for (name, country), i in self.refs.organisation_names.items()
            if name == folded and country == record.country_code
        ] or [i for (name, _), i in self.refs.organisation_names.items() if name == folded]
        if len(in_file) == 1 and in_file[0].action == Action.CREATE:
            planned.parent = in_file[0]
            record.parent_id = None
        elif len(in_file) == 1 and in_file[0].record.id is not None:
            record.parent_id = in_file[0].record.id
        elif len(in_directory) == 1:
            record.parent_id = in_directory[0]
        else:
            found = (
                "several organisations have" if in_directory or in_file else "no organisation has"
            )
            self.problem(
                planned.where,
                "parent",
                f"{found} the name “{parent}”: write the "
                "English name of one organisation in the file or the directory",
            )
            return
        if planned.parent is None and record.parent_id is not None:
            self.problems(
                planned.where,
                [
                    p
                    for p in validate_organisation_record(record, self.refs)
                    if p.field == "parent_id"
                ],
            )

    def parents_first(self, planned: list[PlannedOrganisation]) -> list[PlannedOrganisation]:
        ordered: list[PlannedOrganisation] = []
        state: dict[int, str] = {}

        def visit(org: PlannedOrganisation) -> None:
            if state.get(id(org)) == "done":
                return
            if state.get(id(org)) == "visiting":
                self.problem(
                    org.where,
                    "parent",
                    "the parents named in the file go round in a "
                    "circle: one of them must have no parent in the file",
                )
                return
            state[id(org)] = "visiting"
            if org.parent is not None:
                visit(org.parent)
            state[id(org)] = "done"
            ordered.append(org)

        for org in planned:
            visit(org)
        return ordered


@contextmanager
def garbage_collection_paused() -> Iterator[None]:
    """Cyclic garbage collection off meanwhile (as ``services.meetings.list_meetings`` does):
    an import of 10,000 people builds several hundred thousand small objects, which would set
    off full collections, each scanning every object of the process (a fifth of the time).
    Nothing built here is cyclic."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def plan_import(
    session: Session, parsed: ParsedFile, source: str, *, today: date | None = None
) -> ImportPreview:
    """Read, check and plan every entry of ``parsed`` against the directory; nothing is
    written. The preview lists every problem (``ok`` is False if there is any)."""
    with garbage_collection_paused():
        return _plan_import(session, parsed, source, today)


def _plan_import(
    session: Session, parsed: ParsedFile, source: str, today: date | None
) -> ImportPreview:
    planner = _Planner(session, parsed, source, today or office_today())
    for number, column, message in ((p.number, p.column, p.message) for p in parsed.problems):
        planner.problem(planner.where(number), column, message)
    if parsed.kind == "people":
        planner.people()
    elif parsed.kind == "organisations":
        planner.organisations()
    planner.preview.problems.sort(key=lambda p: (_number(p.where), p.column or ""))
    return planner.preview


def _number(where: str) -> int:
    digits = where.rsplit(" ", 1)[-1]
    return int(digits) if digits.isdigit() else 0
