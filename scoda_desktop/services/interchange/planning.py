"""Planning an import: decode every item of a document, merge it over the record it updates,
and check the rules the database enforces (references resolve, zones exist, end after
start, ...), before anything is written."""

from __future__ import annotations

import json
from collections.abc import Hashable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlmodel import Session

from scoda_desktop.domain.enums import NameOrder, OutcomeStatus
from scoda_desktop.domain.types import utcnow
from scoda_desktop.services.interchange.kinds import (
    ALL_KINDS,
    COUNTRIES,
    MEETINGS,
    NESTED,
    ORGANISATIONS,
    OUTCOMES,
    PARTICIPATIONS,
    PEOPLE,
    POSITIONS,
    PRESS_RELEASES,
    TOP_LEVEL,
    Kind,
)
from scoda_desktop.services.interchange.snapshot import read_database
from scoda_desktop.services.interchange.validation import item_label, schema_problems_in, sort_key
from scoda_desktop.services.interchange.values import Unreadable, decode, is_zone, show
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, error_message


@dataclass
class Item:
    """One record of the document, decoded and merged over the database's current values."""

    kind: Kind
    label: str
    path: tuple[str | int, ...]
    given: dict[str, Any]  # the fields the document gives, decoded
    bad: set[str]  # the fields the document gives that could not be decoded
    current: dict[str, Any] | None  # the record in the database, if it exists
    values: dict[str, Any] = field(default_factory=dict)  # what the record will be
    nested: dict[str, list[Item]] | None = None  # child lists given (None: not given)

    @property
    def key(self) -> Hashable:
        return self.kind.key_of(self.values)

    def ok(self, *names: str) -> bool:
        """All the named values are usable (present and well-formed) for a check."""
        return all(n in self.values and n not in self.bad for n in names)


@dataclass
class Plan:
    items: dict[str, list[Item]]
    removals: dict[str, list[int]]  # kind -> ids of nested records the document drops
    ids: dict[str, dict[Hashable, int]]  # kind -> key -> id of the records in the database
    now: datetime


# A reference to a record that is in neither the file nor the database, by the kind it names.
_NO_SUCH = {
    ORGANISATIONS.name: QT_TRANSLATE_NOOP(
        "Errors", "no organisation with uid {uid} in the file or the database"
    ),
    PEOPLE.name: QT_TRANSLATE_NOOP(
        "Errors", "no person with uid {uid} in the file or the database"
    ),
    POSITIONS.name: QT_TRANSLATE_NOOP(
        "Errors", "no position with uid {uid} in the file or the database"
    ),
    MEETINGS.name: QT_TRANSLATE_NOOP(
        "Errors", "no meeting with uid {uid} in the file or the database"
    ),
}


def _unknown_country(code: object) -> str:
    return error_message(
        QT_TRANSLATE_NOOP("Errors", "unknown country code {code}"), code=repr(code)
    )


class Planner:
    def __init__(self, session: Session, lenient: bool) -> None:
        self.snapshot = read_database(session)
        self.lenient = lenient  # the schema already failed: shape errors are reported
        self.problems: list[tuple[Any, str]] = []
        self.items: dict[str, list[Item]] = {k.name: [] for k in ALL_KINDS}
        self.seen: dict[str, dict[Hashable, Item]] = {k.name: {} for k in ALL_KINDS}
        self.file_keys: dict[str, set[Hashable]] = {}
        self.now = utcnow()
        self.defaults = {k.name: self._defaults(k) for k in ALL_KINDS}

    def _defaults(self, kind: Kind) -> dict[str, Any]:
        out = {}
        for f in kind.shown:
            info = kind.model.model_fields.get(f.column)
            if info is not None and not info.is_required():
                out[f.name] = info.get_default(call_default_factory=True)
        for stamp in kind.timestamps:
            out[stamp] = self.now
        return out

    def problem(self, item: Item, field_name: str, message: str) -> None:
        """Record ``message`` (a ``wording.Phrase``) about the field of ``item``."""
        placed = error_message(
            QT_TRANSLATE_NOOP("Errors", "{item} {field}: {problem}"),
            item=item.label,
            field=field_name,
            problem=message,
        )
        self.problems.append((sort_key([*item.path, field_name]), placed))

    def read(
        self, kind: Kind, raw_list: Any, path: tuple[str | int, ...], parent: dict[str, Any]
    ) -> list[Item] | None:
        if not isinstance(raw_list, list):
            return None
        items = []
        seen = self.seen[kind.name]  # keys are unique in the whole document (outcome uids too)
        for index, raw in enumerate(raw_list):
            if not isinstance(raw, dict):
                continue
            item = Item(kind, "", (*path, index), {}, set(), None)
            item.label = " ".join(
                [*(p for p in [parent.get("_label")] if p), item_label(kind.name, index, raw)]
            )
            for f in kind.shown:
                if f.name not in raw:
                    continue
                try:
                    item.given[f.name] = decode(f, raw[f.name])
                except ValueError as exc:
                    item.bad.add(f.name)
                    self.problem(item, f.name, exc.args[0] if len(exc.args) == 1 else str(exc))
                except Unreadable:
                    item.bad.add(f.name)
                    if not self.lenient:
                        self.problem(
                            item,
                            f.name,
                            error_message(
                                QT_TRANSLATE_NOOP("Errors", "invalid value {value}"),
                                value=json.dumps(raw[f.name])[:40],
                            ),
                        )
            for f in kind.fields:
                if f.hidden:
                    item.given[f.name] = parent["key"]
            if any(k not in item.given or k in item.bad for k in kind.key):
                continue  # no usable key: the schema has said why
            key = kind.key_of(item.given)
            if key in seen:
                shown = kind.key[-1]
                self.problem(
                    item,
                    shown,
                    error_message(
                        QT_TRANSLATE_NOOP("Errors", "duplicate {field} {value}, also at {other}"),
                        field=shown,
                        value=item.given[shown],
                        other=seen[key].label,
                    ),
                )
                continue
            seen[key] = item
            item.current = self.snapshot.rows[kind.name].get(key)
            base = item.current if item.current is not None else self.defaults[kind.name]
            item.values = {**base, **item.given}
            items.append(item)
            self.items[kind.name].append(item)
            children = NESTED.get(kind.name, ())
            if children:
                item.nested = {}
                for child in children:
                    if child.name in raw:
                        context = {"key": key, "_label": item.label}
                        read = self.read(child, raw[child.name], (*item.path, child.name), context)
                        if read is not None:
                            item.nested[child.name] = read
        return items

    # -- the checks ---------------------------------------------------------------------------

    def exists(self, kind_name: str, key: Hashable) -> bool:
        if kind_name not in self.file_keys:
            self.file_keys[kind_name] = {i.key for i in self.items[kind_name]}
        return key in self.snapshot.rows[kind_name] or key in self.file_keys[kind_name]

    def check_refs(self, item: Item) -> None:
        for f in item.kind.shown:
            if f.ref is None or not item.ok(f.name) or f.name not in item.given:
                continue
            value = item.values[f.name]
            if value is None:
                continue
            if f.codec == "code":
                if value not in self.snapshot.rows[COUNTRIES.name]:
                    self.problem(item, f.name, _unknown_country(value))
            elif not self.exists(f.ref, value):  # type: ignore[arg-type]
                self.problem(item, f.name, error_message(_NO_SUCH[f.ref], uid=value))  # type: ignore[index]

    def check_zone(self, item: Item, name: str) -> None:
        if item.ok(name) and item.values[name] is not None and not is_zone(item.values[name]):
            self.problem(
                item,
                name,
                error_message(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "unknown time zone {zone} (use an IANA name such as Asia/Shanghai)",
                    ),
                    zone=repr(item.values[name]),
                ),
            )

    def check_text(self, item: Item, names: tuple[str, ...], message: str) -> None:
        """``message`` (marked in "Errors") unless one of the fields ``names`` has text."""
        present = [n for n in names if n in item.values]
        if not present or not item.ok(*present):
            return
        if not any((item.values.get(n) or "").strip() for n in names):
            self.problem(item, names[0], error_message(message))

    def check(self) -> None:
        for item in self.items[COUNTRIES.name]:
            if item.current is None:
                self.problem(item, "code", _unknown_country(item.values["code"]))
            if item.ok("time_zones"):
                for zone in item.values["time_zones"]:
                    if not is_zone(zone):
                        self.problem(
                            item,
                            "time_zones",
                            error_message(
                                QT_TRANSLATE_NOOP("Errors", "unknown time zone {zone}"),
                                zone=repr(zone),
                            ),
                        )
            self.check_zone(item, "capital_zone")
        self.check_organisations()
        for item in self.items[PEOPLE.name]:
            self.check_refs(item)
            self.check_text(
                item,
                ("family_name",),
                QT_TRANSLATE_NOOP("Errors", "a person needs family_name, not blank"),
            )
            if (
                item.ok("name_order", "given_name")
                and item.values["name_order"] == NameOrder.SINGLE
                and (item.values["given_name"] or "")
            ):
                self.problem(
                    item,
                    "given_name",
                    error_message(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "must be empty when name_order is single "
                            "(the one name goes in family_name)",
                        )
                    ),
                )
        for item in self.items[POSITIONS.name]:
            self.check_refs(item)
            self.check_text(
                item,
                ("title_en", "title_zh"),
                QT_TRANSLATE_NOOP("Errors", "a position needs title_en or title_zh, not blank"),
            )
            if (
                item.ok("start_date", "end_date")
                and None not in (item.values["start_date"], item.values["end_date"])
                and item.values["end_date"] < item.values["start_date"]
            ):
                self.problem(
                    item,
                    "end_date",
                    error_message(
                        QT_TRANSLATE_NOOP("Errors", "must not be before start_date ({date})"),
                        date=show(item.values["start_date"]),
                    ),
                )
        for item in self.items[MEETINGS.name]:
            self.check_text(
                item,
                ("theme_en", "theme_zh"),
                QT_TRANSLATE_NOOP("Errors", "a meeting needs theme_en or theme_zh, not blank"),
            )
            self.check_zone(item, "time_zone")
            if (
                item.ok("starts_at", "ends_at")
                and item.values["ends_at"] <= item.values["starts_at"]
            ):
                self.problem(
                    item,
                    "ends_at",
                    error_message(
                        QT_TRANSLATE_NOOP("Errors", "must be after starts_at ({time})"),
                        time=show(item.values["starts_at"]),
                    ),
                )
        for item in self.items[PARTICIPATIONS.name]:
            self.check_refs(item)
            self.check_zone(item, "join_zone")
        for item in self.items[OUTCOMES.name]:
            self.check_refs(item)
            self.check_text(
                item,
                ("text_en", "text_zh"),
                QT_TRANSLATE_NOOP("Errors", "an outcome needs text_en or text_zh, not blank"),
            )
            if (
                item.ok("status", "closed_on")
                and item.values["status"] == OutcomeStatus.OPEN
                and item.values["closed_on"] is not None
            ):
                self.problem(
                    item,
                    "closed_on",
                    error_message(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "must be empty while status is open (set status to done or dropped)",
                        )
                    ),
                )
        for item in self.items[PRESS_RELEASES.name]:
            self.check_refs(item)

    def check_organisations(self) -> None:
        items = self.items[ORGANISATIONS.name]
        parents = {uid: v["parent"] for uid, v in self.snapshot.rows[ORGANISATIONS.name].items()}
        names = {
            uid: (v["name_en"], v["country"])
            for uid, v in self.snapshot.rows[ORGANISATIONS.name].items()
        }
        for item in items:
            parents[item.key] = item.values.get("parent") if item.ok("parent") else None
            names[item.key] = (item.values.get("name_en"), item.values.get("country"))
        owners: dict[tuple[Any, Any], list[Hashable]] = {}
        for uid, name in names.items():
            if name[1] is not None:
                owners.setdefault(name, []).append(uid)
        for item in items:
            self.check_refs(item)
            self.check_text(
                item,
                ("name_en",),
                QT_TRANSLATE_NOOP("Errors", "an organisation needs name_en, not blank"),
            )
            parent = item.values.get("parent") if item.ok("parent") else None
            if parent == item.key:
                self.problem(
                    item,
                    "parent",
                    error_message(
                        QT_TRANSLATE_NOOP("Errors", "an organisation cannot be its own parent")
                    ),
                )
            elif parent is not None:
                seen = {item.key}
                while parent is not None and parent not in seen:
                    seen.add(parent)
                    parent = parents.get(parent)
                if parent == item.key:
                    self.problem(
                        item,
                        "parent",
                        error_message(
                            QT_TRANSLATE_NOOP(
                                "Errors", "the chain of parents leads back to this organisation"
                            )
                        ),
                    )
            if item.ok("name_en", "country"):
                others = [u for u in owners.get(names[item.key], []) if u != item.key]
                if others:
                    self.problem(
                        item,
                        "name_en",
                        error_message(
                            QT_TRANSLATE_NOOP(
                                "Errors", "organisation {uid} in {country} has the same name"
                            ),
                            uid=others[0],
                            country=item.values["country"],
                        ),
                    )

    # -- what to write ------------------------------------------------------------------------

    def removals(self) -> dict[str, list[int]]:
        """Ids of the participations, outcomes and revisions that a given list leaves out."""
        out: dict[str, list[int]] = {}
        for parent_kind, kinds in NESTED.items():
            for kind in kinds:
                replaced = {
                    i.key
                    for i in self.items[parent_kind]
                    if i.nested is not None and kind.name in i.nested
                }
                kept = {i.key for i in self.items[kind.name]}
                parent_field = next(f.name for f in kind.fields if f.hidden)
                out[kind.name] = sorted(
                    self.snapshot.ids[kind.name][key]
                    for key, v in self.snapshot.rows[kind.name].items()
                    if v[parent_field] in replaced and key not in kept
                )
        return out


def plan_import(document: Any, session: Session) -> tuple[list[str], Plan | None]:
    """Every problem with ``document``, sorted in document order, or none and the plan to write."""
    schema_problems = schema_problems_in(document)
    if not isinstance(document, dict):
        return [message for _, message in schema_problems], None
    planner = Planner(session, lenient=bool(schema_problems))
    for kind in TOP_LEVEL:
        planner.read(kind, document.get(kind.name, []), (kind.name,), {})
    planner.check()
    problems = sorted([*schema_problems, *planner.problems], key=lambda p: p[0])
    if problems:
        return [message for _, message in problems], None
    return [], Plan(planner.items, planner.removals(), planner.snapshot.ids, planner.now)


def validate_document(document: Any, session: Session) -> list[str]:
    """Every problem that would stop ``document`` from being imported (empty if none)."""
    return plan_import(document, session)[0]
