"""An import's organisation rows planned: a known uid, else the same English name in the same
country, is an update; anything else is a new organisation. A parent named in the file is
found in the file or the directory (a new one is written first), and parents that go round in
a circle are a problem."""

from __future__ import annotations

from typing import Any

from scoda_desktop.domain.enums import OrganisationKind
from scoda_desktop.domain.models import Organisation
from scoda_desktop.services.directory.entries import parse_kind
from scoda_desktop.services.directory.folding import fold
from scoda_desktop.services.directory.import_plan import (
    Action,
    PlannedOrganisation,
    RowPlanner,
    existing_rows,
)
from scoda_desktop.services.directory.records import ORGANISATION_FIELDS, OrganisationRecord
from scoda_desktop.services.directory.validation import (
    cleaned_organisation,
    validate_organisation_record,
)
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP

__all__ = ["OrganisationPlanner"]


class OrganisationPlanner(RowPlanner):
    """Plans a file of organisations."""

    def plan(self) -> None:
        """Organisation rows: a known uid, else the same English name in the same country,
        is an update; anything else is a new organisation."""
        existing = existing_rows(self.session, Organisation, ORGANISATION_FIELDS, None)
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
                self.problem_of(
                    where,
                    "name_en",
                    QT_TRANSLATE_NOOP(
                        "Problems", "“{name}” is also on {where} for the same country"
                    ),
                    name=record.name_en,
                    where=self.planned_organisations[key].where,
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
            if in_directory or in_file:
                template = QT_TRANSLATE_NOOP(
                    "Problems",
                    "several organisations have the name “{parent}”: write the English name of "
                    "one organisation in the file or the directory",
                )
            else:
                template = QT_TRANSLATE_NOOP(
                    "Problems",
                    "no organisation has the name “{parent}”: write the English name of one "
                    "organisation in the file or the directory",
                )
            self.problem_of(planned.where, "parent", template, parent=parent)
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
                self.problem_of(
                    org.where,
                    "parent",
                    QT_TRANSLATE_NOOP(
                        "Problems",
                        "the parents named in the file go round in a circle: one of them must "
                        "have no parent in the file",
                    ),
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
