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

The plan's records and what both planners share are in ``import_plan`` (importable from here
too), the organisation rows' planning in ``organisation_plan``; the people's is here.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from sqlmodel import Session

from scoda_desktop.domain.models import Person
from scoda_desktop.domain.office import office_today
from scoda_desktop.services.bulk import garbage_collection_paused
from scoda_desktop.services.directory.duplicates import Candidate, DuplicateFinder
from scoda_desktop.services.directory.entries import Cells, ParsedFile, parse_name_order
from scoda_desktop.services.directory.folding import fold
from scoda_desktop.services.directory.import_plan import (
    Action,
    ImportPreview,
    PlannedOrganisation,
    PlannedPerson,
    PlannedPost,
    RowPlanner,
    RowProblem,
    existing_rows,
)
from scoda_desktop.services.directory.organisation_plan import OrganisationPlanner
from scoda_desktop.services.directory.posts import PostRow, posts_of
from scoda_desktop.services.directory.records import (
    PERSON_FIELDS,
    OrganisationRecord,
    PersonRecord,
    PostRecord,
)
from scoda_desktop.services.directory.validation import (
    cleaned_organisation,
    cleaned_person,
    cleaned_post,
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
    "plan_import",
]

POST_COLUMNS = ("organisation", "organisation_country", "title_en", "title_zh")


class PeoplePlanner(RowPlanner):
    """Plans a file of people: each person, their post and the organisations it names, and
    the possible duplicates of each new person."""

    def plan(self) -> None:
        entries = self.parsed.rows
        uids = {(c.get("uid") or "").strip() for _, c in entries} - {""}
        existing = existing_rows(self.session, Person, PERSON_FIELDS, uids)
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
    planners: dict[str, type[RowPlanner]] = {
        "people": PeoplePlanner,
        "organisations": OrganisationPlanner,
    }
    planner = planners.get(parsed.kind, RowPlanner)(
        session, parsed, source, today or office_today()
    )
    for number, column, message in ((p.number, p.column, p.message) for p in parsed.problems):
        planner.problem(planner.where(number), column, message)
    planner.plan()
    planner.preview.problems.sort(key=lambda p: (_number(p.where), p.column or ""))
    return planner.preview


def _number(where: str) -> int:
    digits = where.rsplit(" ", 1)[-1]
    return int(digits) if digits.isdigit() else 0
