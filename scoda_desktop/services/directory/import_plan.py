"""An import's plan: the records it would write, each with its action (create, update or
unchanged), the problems found, and the ``RowPlanner`` that the people and organisation
planners share (their rows' places, problems, countries, dates and uids).

A row's problem keeps its English ``message`` and, for the window, the source marked in the
context "Problems" and its values (``RowProblem.problem``, shown by ``display.problem_text``).
A value named ``where`` is a place in the file ("line 5"), which the window translates too.

``preview.plan_import`` makes the plan; its names can be imported from ``preview`` too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from scoda_desktop.services.directory.duplicate_rules import Match
from scoda_desktop.services.directory.entries import Cells, CountryNames, ParsedFile, parse_date
from scoda_desktop.services.directory.records import (
    OrganisationRecord,
    PersonRecord,
    PostRecord,
)
from scoda_desktop.services.directory.validation import References, load_references
from scoda_desktop.services.wording import (
    QT_TRANSLATE_NOOP,
    Phrase,
    Problem,
    Values,
    error_message,
    problem,
)

__all__ = [
    "Action",
    "ImportPreview",
    "PlannedOrganisation",
    "PlannedPerson",
    "PlannedPost",
    "RowPlanner",
    "RowProblem",
    "existing_rows",
    "place_phrase",
    "problem_phrase",
]

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
    message: str  # English
    template: str = ""  # the source of ``message``, marked in the context "Problems"
    values: Values = ()

    @property
    def problem(self) -> Problem:
        """The problem of the column, for ``display.problem_text`` to translate."""
        return Problem(self.column or "", self.message, self.template, self.values)

    def describe(self) -> str:
        column = f", {self.column}" if self.column else ""
        return f"{self.where}{column}: {self.message}"

    def phrase(self) -> str:
        """``describe()``'s text as a ``wording.Phrase`` the window translates (an error's
        problem)."""
        if self.column:
            return error_message(
                QT_TRANSLATE_NOOP("Errors", "{where}, {column}: {problem}"),
                where=place_phrase(self.where),
                column=self.column,
                problem=problem_phrase(self.problem),
            )
        return error_message(
            QT_TRANSLATE_NOOP("Errors", "{where}: {problem}"),
            where=place_phrase(self.where),
            problem=problem_phrase(self.problem),
        )


def place_phrase(where: str) -> str:
    """A place in a file as the planner names it ("line 5", "card 2") as a ``wording.Phrase``
    the window translates; anything else (the file's name) as it is."""
    unit, _space, number = where.partition(" ")
    if number.isdigit() and unit == "line":
        return error_message(QT_TRANSLATE_NOOP("Errors", "line {n}"), n=number)
    if number.isdigit() and unit == "card":
        return error_message(QT_TRANSLATE_NOOP("Errors", "card {n}"), n=number)
    return where


def problem_phrase(found: Problem) -> str:
    """What ``found`` says, as a ``wording.Phrase`` in the context "Problems" (the places in
    the file it names too), for an error's list of problems; its English alone if it has no
    source."""
    if not found.template:
        return found.message
    values = tuple(
        (name, place_phrase(value) if name == "where" else value) for name, value in found.values
    )
    return Phrase(found.template, values, context="Problems")


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


def existing_rows(
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


class RowPlanner:
    """Plans the rows of ``parsed`` into ``preview``; a file of no known kind has none (only
    the problems found reading it). ``plan`` is the people's or the organisations'."""

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
        """Record ``message`` about ``column`` of the row at ``where``; a ``wording.Phrase``
        (the file readers' messages) keeps its source and values for the window."""
        template = getattr(message, "source", "")
        values: Values = getattr(message, "values", ()) if template else ()
        self.preview.problems.append(RowProblem(where, column, str(message), template, values))

    def problem_of(
        self, where: str, column: str | None, template: str, /, **values: object
    ) -> None:
        """Record the problem ``template`` (marked ``QT_TRANSLATE_NOOP("Problems", ...)``)
        states about ``column`` once ``values`` fill it."""
        found = problem(column or "", template, **values)
        self.preview.problems.append(
            RowProblem(where, column, found.message, found.template, found.values)
        )

    def problems(self, where: str, found: list[Problem], skip: tuple[str, ...] = ()) -> bool:
        """Record ``validation`` problems under their columns; True if there were any."""
        kept = [p for p in found if p.field not in skip]
        for p in kept:
            column = _COLUMN_OF.get(p.field, p.field)
            self.preview.problems.append(RowProblem(where, column, p.message, p.template, p.values))
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
                self.problem_of(
                    where,
                    "uid",
                    QT_TRANSLATE_NOOP("Problems", "the uid {uid} is also on {where}"),
                    uid=uid,
                    where=self.uids[uid],
                )
            self.uids.setdefault(uid, where)
        return uid

    def plan(self) -> None:
        """Plan every row of the file (none here: see the subclasses)."""
