"""The interchange format: the whole database as one JSON document, and back.

The document (``resources/schema/interchange.schema.json``, described in
``docs/interchange.md``) holds top-level lists of countries, organisations, people, positions,
meetings (each with its participations and outcomes) and press releases (each with its
revisions). Records refer to one another by stable keys: countries by ISO code, everything
else by ``uid``; integer ids and version counters never leave the database.

Export is deterministic: every list is sorted by its key and the JSON is written with sorted
keys, so export, import into an empty database and export again give the same bytes.

Import checks everything before it writes anything: JSON syntax, the JSON Schema, then the
rules the database enforces (references resolve, zones exist, end after start, ...). Every
problem names the item and the field. Then all records are written in one transaction.
A record whose key already exists is updated in place (the file wins; fields left out keep
their value), so importing the same file twice changes nothing.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import re
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import sqlalchemy as sa
from sqlmodel import Session, SQLModel

from scoda_desktop import paths
from scoda_desktop.data.constraints import ConstraintViolation
from scoda_desktop.domain.dates import year_problem
from scoda_desktop.domain.enums import NameOrder, OutcomeStatus
from scoda_desktop.domain.models import (
    Country,
    Meeting,
    Organisation,
    Outcome,
    Participation,
    Person,
    Position,
    PressRelease,
    PressReleaseRevision,
)
from scoda_desktop.domain.types import UTCDateTime, utcnow
from scoda_desktop.errors import InputError
from scoda_desktop.services.files import read_import_file, write_atomically

if TYPE_CHECKING:
    from scoda_desktop.data.database import Database

log = logging.getLogger(__name__)

DateOrInstant = TypeVar("DateOrInstant", date, datetime)

FORMAT = "scoda-desktop-interchange"
FORMAT_VERSION = 1
SCHEMA_RESOURCE = ("schema", "interchange.schema.json")

# -- the shape of the document --------------------------------------------------------------


@dataclass(frozen=True)
class _Field:
    name: str  # in the document
    column: str
    codec: str  # text, instant, date, bool, int, strings, bytes, enum, code, ref
    nullable: bool
    enum: type[StrEnum] | None = None
    ref: str | None = None  # the kind a "ref" (uid) or "code" field points to
    hidden: bool = False  # the enclosing item's key, implied by nesting


@dataclass(frozen=True)
class _Kind:
    name: str  # the list's name in the document
    model: type[SQLModel]
    key: tuple[str, ...]  # field names making the key; the last one is shown in messages
    fields: tuple[_Field, ...]
    timestamps: tuple[str, ...] = ()

    @property
    def table(self) -> sa.Table:
        return self.model.__table__  # type: ignore[attr-defined, no-any-return]

    @property
    def shown(self) -> tuple[_Field, ...]:
        return tuple(f for f in self.fields if not f.hidden)

    def key_of(self, values: Mapping[str, Any]) -> Hashable:
        return values[self.key[0]] if len(self.key) == 1 else tuple(values[k] for k in self.key)


def _codec(column: sa.Column[Any]) -> tuple[str, type[StrEnum] | None]:
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return "instant", None
    if isinstance(kind, sa.Enum):
        return "enum", kind.enum_class  # type: ignore[return-value]
    if isinstance(kind, sa.TypeDecorator):  # SQLModel's AutoString
        kind = kind.impl_instance
    checks: list[tuple[type[Any], str]] = [
        (sa.Boolean, "bool"),
        (sa.Date, "date"),
        (sa.Integer, "int"),
        (sa.JSON, "strings"),
        (sa.LargeBinary, "bytes"),
        (sa.String, "text"),
    ]
    for type_class, codec in checks:
        if isinstance(kind, type_class):
            return codec, None
    raise TypeError(f"no interchange codec for {column}")  # pragma: no cover


def _kind(
    name: str,
    model: type[SQLModel],
    columns: str,
    *,
    key: tuple[str, ...] = ("uid",),
    refs: Mapping[str, tuple[str, str]] = {},
    parent: tuple[str, str, str] | None = None,
) -> _Kind:
    """A kind whose plain fields are named like their columns; ``refs`` maps a document field
    to (column, kind referred to); ``parent`` is the hidden (field, column, kind) of nesting."""
    table: sa.Table = model.__table__  # type: ignore[attr-defined]
    fields = []
    for column_name in columns.split():
        column = table.c[column_name]
        codec, enum = _codec(column)
        fields.append(_Field(column_name, column_name, codec, bool(column.nullable), enum))
    for field_name, (column_name, target) in refs.items():
        codec = "code" if target == "countries" else "ref"
        nullable = bool(table.c[column_name].nullable)
        fields.append(_Field(field_name, column_name, codec, nullable, ref=target))
    if parent is not None:
        field_name, column_name, target = parent
        fields.append(_Field(field_name, column_name, "ref", False, ref=target, hidden=True))
    stamps = tuple(s for s in ("created_at", "updated_at") if s in columns.split())
    return _Kind(name, model, key, tuple(fields), stamps)


COUNTRIES = _kind(
    "countries",
    Country,
    "code name_en name_zh demonym time_zones capital_zone sco_status sco_checked_on "
    "belt_and_road source notes updated_at",
    key=("code",),
)
ORGANISATIONS = _kind(
    "organisations",
    Organisation,
    "uid name_en name_zh short_name_en kind notes created_at updated_at",
    refs={"country": ("country_code", "countries"), "parent": ("parent_id", "organisations")},
)
PEOPLE = _kind(
    "people",
    Person,
    "uid family_name given_name name_order first_reference second_reference salutation name_zh "
    "honorific alternative_spellings email phone mobile address bio photo photo_mime notes "
    "created_at updated_at",
    refs={"country": ("country_code", "countries")},
)
POSITIONS = _kind(
    "positions",
    Position,
    "uid title_en title_zh start_date end_date diplomatic_rank head_of_mission_class "
    "functions_since internal_rank created_at updated_at",
    refs={"person": ("person_id", "people"), "organisation": ("organisation_id", "organisations")},
)
MEETINGS = _kind(
    "meetings",
    Meeting,
    "uid theme_en theme_zh kind status starts_at ends_at time_zone venue_en venue_zh platform "
    "join_url meeting_code passcode dial_in interpretation agenda objectives talking_points "
    "notes created_at updated_at",
)
PARTICIPATIONS = _kind(
    "participations",
    Participation,
    "side role name_en name_zh title_en title_zh join_zone rsvp attendance order_override",
    key=("meeting", "person"),
    refs={"person": ("person_id", "people"), "position": ("position_id", "positions")},
    parent=("meeting", "meeting_id", "meetings"),
)
OUTCOMES = _kind(
    "outcomes",
    Outcome,
    "uid kind text_en text_zh due_date status closed_on status_note sort_order "
    "created_at updated_at",
    refs={"owner": ("owner_id", "people")},
    parent=("meeting", "meeting_id", "meetings"),
)
PRESS_RELEASES = _kind(
    "press_releases",
    PressRelease,
    "uid language template body status author approved_by approved_at published_at "
    "created_at updated_at",
    refs={"meeting": ("meeting_id", "meetings")},
)
REVISIONS = _kind(
    "revisions",
    PressReleaseRevision,
    "number body author created_at",
    key=("press_release", "number"),
    parent=("press_release", "press_release_id", "press_releases"),
)

TOP_LEVEL = (COUNTRIES, ORGANISATIONS, PEOPLE, POSITIONS, MEETINGS, PRESS_RELEASES)
NESTED = {MEETINGS.name: (PARTICIPATIONS, OUTCOMES), PRESS_RELEASES.name: (REVISIONS,)}
ALL_KINDS = (  # also the order of writing: what is referred to comes first
    COUNTRIES,
    ORGANISATIONS,
    PEOPLE,
    POSITIONS,
    MEETINGS,
    PARTICIPATIONS,
    OUTCOMES,
    PRESS_RELEASES,
    REVISIONS,
)
_KIND_ORDER = {kind.name: i for i, kind in enumerate(ALL_KINDS)}


# -- values: database <-> document -----------------------------------------------------------


def _encode(field_: _Field, value: Any) -> Any:
    if value is None:
        return None
    if field_.codec == "instant":
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if field_.codec == "date":
        return value.isoformat()
    if field_.codec == "enum":
        return value.value
    if field_.codec == "bytes":
        return base64.b64encode(value).decode("ascii")
    if field_.codec == "strings":
        return list(value)
    return value


class _Unreadable(Exception):
    """A value of the wrong shape: the JSON Schema has already said what is wrong with it."""


def _decode(field_: _Field, raw: Any) -> Any:
    """The value for the database, ValueError with a message, or _Unreadable."""
    if raw is None:
        if field_.nullable:
            return None
        raise _Unreadable
    codec = field_.codec
    if codec in ("text", "ref", "code"):
        if not isinstance(raw, str):
            raise _Unreadable
        return raw
    if codec == "bool":
        if not isinstance(raw, bool):
            raise _Unreadable
        return raw
    if codec == "int":
        if not isinstance(raw, int) or isinstance(raw, bool):
            raise _Unreadable
        return raw
    if codec == "strings":
        if not isinstance(raw, list) or not all(isinstance(s, str) for s in raw):
            raise _Unreadable
        return list(raw)
    if codec == "enum":
        assert field_.enum is not None
        try:
            return field_.enum(raw)
        except ValueError:
            raise _Unreadable from None
    if not isinstance(raw, str):
        raise _Unreadable
    if codec == "instant":
        if not _INSTANT.match(raw):
            raise _Unreadable
        try:
            instant = datetime.fromisoformat(raw)
        except ValueError as exc:
            raise ValueError(f"{raw!r} is not a real date and time ({exc})") from None
        return _in_range(raw, instant).astimezone(UTC)
    if codec == "date":
        if not _DATE.match(raw):
            raise _Unreadable
        try:
            day = date.fromisoformat(raw)
        except ValueError as exc:
            raise ValueError(f"{raw!r} is not a real date ({exc})") from None
        return _in_range(raw, day)
    if codec == "bytes":
        try:
            return base64.b64decode(raw, validate=True)
        except binascii.Error as exc:
            raise ValueError(f"is not valid base64 ({exc})") from None
    raise AssertionError(codec)  # pragma: no cover


def _in_range(raw: str, value: DateOrInstant) -> DateOrInstant:
    """``value`` if its year (as written, before any conversion to UTC) is one the application
    accepts; else ValueError naming it."""
    problem = year_problem(value)
    if problem:
        raise ValueError(f"{raw!r}: {problem}")
    return value


_INSTANT_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$"
_DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
_INSTANT = re.compile(_INSTANT_PATTERN)
_DATE = re.compile(_DATE_PATTERN)
_PATTERN_HINTS = {
    _INSTANT_PATTERN: "must be an instant with its offset, like 2024-05-01T08:00:00Z",
    _DATE_PATTERN: "must be a date like 2024-05-01",
    r"^[A-Z]{2}$": "must be a two-letter ISO 3166 country code in capitals, like ID",
    r"^\S+$": "must not contain spaces",
    r"^[A-Za-z0-9+/]*={0,2}$": "must be base64",
}


@cache
def _known_zones() -> frozenset[str]:
    from zoneinfo import available_timezones

    return frozenset(available_timezones() - {"localtime", "posixrules", "Factory"})


def _is_zone(name: str) -> bool:
    return name in _known_zones()


def _show(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# -- reading the database ---------------------------------------------------------------------


@dataclass
class _Snapshot:
    """Every record as document values (references as uids), and the ids behind the keys."""

    rows: dict[str, dict[Hashable, dict[str, Any]]]
    ids: dict[str, dict[Hashable, int]]


def _read_database(session: Session) -> _Snapshot:
    uid_by_id: dict[str, dict[int, str]] = {}
    for kind in (ORGANISATIONS, PEOPLE, POSITIONS, MEETINGS, PRESS_RELEASES):
        t = kind.table
        uid_by_id[kind.name] = dict(session.execute(sa.select(t.c.id, t.c.uid)).all())
    rows: dict[str, dict[Hashable, dict[str, Any]]] = {}
    ids: dict[str, dict[Hashable, int]] = {}
    for kind in ALL_KINDS:
        by_key: dict[Hashable, dict[str, Any]] = {}
        id_by_key: dict[Hashable, int] = {}
        for row in session.execute(sa.select(kind.table)).mappings():
            values = {}
            for f in kind.fields:
                value = row[f.column]
                if f.codec == "ref" and value is not None:
                    value = uid_by_id[f.ref][value]  # type: ignore[index]
                elif f.codec == "strings":
                    value = list(value or [])
                values[f.name] = value
            key = kind.key_of(values)
            by_key[key] = values
            if kind is not COUNTRIES:
                id_by_key[key] = row["id"]
        rows[kind.name] = by_key
        ids[kind.name] = id_by_key
    return _Snapshot(rows, ids)


# -- export -----------------------------------------------------------------------------------


def _encode_item(kind: _Kind, values: Mapping[str, Any]) -> dict[str, Any]:
    return {f.name: _encode(f, values[f.name]) for f in kind.shown}


def _document(snapshot: _Snapshot) -> dict[str, Any]:
    rows = snapshot.rows
    used = {
        v["country"]
        for kind in (ORGANISATIONS, PEOPLE)
        for v in rows[kind.name].values()
        if v["country"] is not None
    }

    def by_uid(kind: _Kind) -> list[dict[str, Any]]:
        return [_encode_item(kind, rows[kind.name][uid]) for uid in sorted(rows[kind.name])]

    participations: dict[str, list[dict[str, Any]]] = {}
    for v in rows[PARTICIPATIONS.name].values():
        participations.setdefault(v["meeting"], []).append(v)
    outcomes: dict[str, list[dict[str, Any]]] = {}
    for v in rows[OUTCOMES.name].values():
        outcomes.setdefault(v["meeting"], []).append(v)
    revisions: dict[str, list[dict[str, Any]]] = {}
    for v in rows[REVISIONS.name].values():
        revisions.setdefault(v["press_release"], []).append(v)

    meetings = []
    for m in sorted(rows[MEETINGS.name].values(), key=lambda v: (v["starts_at"], v["uid"])):
        item = _encode_item(MEETINGS, m)
        item["participations"] = [
            _encode_item(PARTICIPATIONS, v)
            for v in sorted(participations.get(m["uid"], []), key=lambda v: v["person"])
        ]
        item["outcomes"] = [
            _encode_item(OUTCOMES, v)
            for v in sorted(outcomes.get(m["uid"], []), key=lambda v: (v["sort_order"], v["uid"]))
        ]
        meetings.append(item)
    press_releases = []
    for p in sorted(rows[PRESS_RELEASES.name].values(), key=lambda v: v["uid"]):
        item = _encode_item(PRESS_RELEASES, p)
        item["revisions"] = [
            _encode_item(REVISIONS, v)
            for v in sorted(revisions.get(p["uid"], []), key=lambda v: v["number"])
        ]
        press_releases.append(item)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "countries": [_encode_item(COUNTRIES, rows[COUNTRIES.name][c]) for c in sorted(used)],
        "organisations": by_uid(ORGANISATIONS),
        "people": by_uid(PEOPLE),
        "positions": by_uid(POSITIONS),
        "meetings": meetings,
        "press_releases": press_releases,
    }


def export_document(session: Session) -> dict[str, Any]:
    """The whole database as an interchange document (plain JSON values)."""
    return _document(_read_database(session))


def dumps(document: Mapping[str, Any]) -> str:
    """The document's canonical text: the same document always gives the same bytes."""
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    counts: dict[str, int]

    def describe(self) -> str:
        parts = ", ".join(_noun(kind, n) for kind, n in self.counts.items())
        return f"Exported {parts} to {self.path}"


def _noun(kind_name: str, n: int) -> str:
    """ "1 meeting", "2 meetings", "1 person", "3 people"."""
    plural = kind_name.replace("_", " ")
    if n == 1:
        singular = _SINGULAR.get(kind_name) or plural.removesuffix("s")
        return f"1 {singular.replace('_', ' ')}"
    return f"{n} {plural}"


def _count(document: Mapping[str, Any]) -> dict[str, int]:
    counts = {kind.name: len(document.get(kind.name) or []) for kind in ALL_KINDS}
    for parent, kinds in NESTED.items():
        for kind in kinds:
            counts[kind.name] = sum(len(item.get(kind.name) or []) for item in document[parent])
    return counts


def export_to_file(database: Database, path: Path) -> ExportSummary:
    """Write the whole database to ``path`` (atomically) in the interchange format."""
    with database.session() as session:
        if database.dialect == "postgresql":  # one consistent snapshot for all the selects
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        document = export_document(session)
    write_atomically(Path(path), dumps(document))
    summary = ExportSummary(Path(path), _count(document))
    log.info("%s", summary.describe())
    return summary


# -- reading and checking a document ----------------------------------------------------------


def load_document(path: Path) -> dict[str, Any]:
    """The parsed JSON object of ``path``; InputError if it cannot be read, is not UTF-8, is not
    JSON (the message gives the line and column) or is not a JSON object."""
    path = Path(path)
    data = read_import_file(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path} is not a UTF-8 text file (byte {exc.start}: {exc.reason}). "
            "Save it as UTF-8 and import it again."
        ) from exc

    def refuse_constant(name: str) -> None:
        raise ValueError(f"{name} is not allowed in JSON")

    try:
        document = json.loads(text, parse_constant=refuse_constant)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{path} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}."
        ) from exc
    except ValueError as exc:
        raise InputError(f"{path} is not valid JSON: {exc}.") from exc
    if not isinstance(document, dict):
        raise InputError(
            f"{path} is not a SCODA Desktop interchange file: it holds a JSON "
            f"{type(document).__name__.replace('dict', 'object')}, not an object with "
            f'"format": "{FORMAT}".'
        )
    return document


@cache
def _schema_text() -> str:
    return paths.resource(*SCHEMA_RESOURCE).read_text(encoding="utf-8")


def schema() -> dict[str, Any]:
    """The JSON Schema of the format, as published in resources/schema."""
    return json.loads(_schema_text())  # type: ignore[no-any-return]


def _inline(node: Any, definitions: Mapping[str, Any]) -> Any:
    """The schema with its local ``$ref``s replaced by what they name (it has no cycles):
    resolving a reference for every field of every record is most of jsonschema's time."""
    if isinstance(node, list):
        return [_inline(n, definitions) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: _inline(v, definitions) for k, v in node.items() if k not in ("$ref", "$defs")}
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        out = {**_inline(definitions[ref.removeprefix("#/$defs/")], definitions), **out}
    return out


@cache
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    published = schema()
    return Draft202012Validator(_inline(published, published.get("$defs", {})))


_ITEM_LISTS = {k.name for k in ALL_KINDS}
_SINGULAR = {
    "organisations": "organisation",
    "people": "person",
    "positions": "position",
    "meetings": "meeting",
}


def _item_label(list_name: str, index: int, item: Any) -> str:
    label = f"{list_name}[{index}]"
    if not isinstance(item, dict):
        return label
    for key in ("uid", "code", "number", "person"):
        value = item.get(key)
        if isinstance(value, str | int) and not isinstance(value, bool):
            name = "uid" if key == "uid" else key
            return f"{label} ({name} {value})"
    return label


def _locate(document: Any, path: Iterable[str | int]) -> tuple[str, str]:
    """(the item, the rest of the path as a field) for an instance path in the document."""
    parts = list(path)
    labels: list[str] = []
    node = document
    i = 0
    while (
        i + 1 < len(parts)
        and isinstance(parts[i], str)
        and parts[i] in _ITEM_LISTS
        and isinstance(parts[i + 1], int)
        and isinstance(node, dict)
        and isinstance(node.get(parts[i]), list)
    ):
        list_name, index = str(parts[i]), int(parts[i + 1])
        node = node[list_name][index]
        labels.append(_item_label(list_name, index, node))
        i += 2
    rest = ""
    for part in parts[i:]:
        rest += f"[{part}]" if isinstance(part, int) else (f".{part}" if rest else part)
    return " ".join(labels), rest


def _sort_key(path: Iterable[str | int]) -> tuple[tuple[int, int, str], ...]:
    """Problems in document order: lists in the order of kinds, an item's own fields (by name)
    before its nested lists."""
    key = []
    for part in path:
        if isinstance(part, int):
            key.append((0, part, ""))
        else:
            key.append((1, 1 + _KIND_ORDER[part] if part in _KIND_ORDER else 0, part))
    return tuple(key)


_TYPE_WORDS = {
    "string": "a string",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "an object",
    "null": "null",
}


def _schema_messages(error: Any) -> list[tuple[str | None, str]]:
    """(extra field, message) pairs for one jsonschema error, in plain words."""
    validator, expected, instance = error.validator, error.validator_value, error.instance
    if validator == "required":
        match = re.match(r"^'(.*)' is a required property$", error.message)
        return [(match.group(1) if match else None, "is required")]
    if validator == "additionalProperties":
        known = set(error.schema.get("properties", {}))
        extra = sorted(k for k in instance if k not in known)
        return [(k, "unknown field") for k in extra]
    if validator == "type":
        words = [
            _TYPE_WORDS.get(t, t) for t in ([expected] if isinstance(expected, str) else expected)
        ]
        return [(None, f"must be {' or '.join(words)}, not {json.dumps(instance)[:40]}")]
    if validator == "enum":
        choices = ", ".join("null" if c is None else str(c) for c in expected)
        return [(None, f"{json.dumps(instance, ensure_ascii=False)} is not one of: {choices}")]
    if validator == "const":
        if error.absolute_path and list(error.absolute_path) == ["format_version"]:
            return [
                (
                    None,
                    f"this file is format version {instance}; this SCODA Desktop reads "
                    f"version {FORMAT_VERSION} (a newer version may read it)",
                )
            ]
        return [(None, f"must be {json.dumps(expected)}")]
    if validator == "pattern":
        return [(None, f"{json.dumps(instance, ensure_ascii=False)} {_PATTERN_HINTS[expected]}")]
    if validator == "minLength":
        return [(None, "must not be empty")]
    if validator == "maxLength":
        return [(None, f"must be at most {expected} characters")]
    if validator == "minimum":
        return [(None, f"must be at least {expected}")]
    if validator == "maximum":
        return [(None, f"must be at most {expected}")]
    return [(None, error.message)]


def _schema_problems(document: Any) -> list[tuple[Any, str]]:
    problems = []
    for error in _validator().iter_errors(document):
        path = list(error.absolute_path)
        for extra, message in _schema_messages(error):
            full = [*path, extra] if extra is not None else path
            item, where = _locate(document, full)
            prefix = " ".join(p for p in (item, where) if p)
            problems.append((_sort_key(full), f"{prefix}: {message}" if prefix else message))
    return problems


# -- planning an import -----------------------------------------------------------------------


@dataclass
class _Item:
    """One record of the document, decoded and merged over the database's current values."""

    kind: _Kind
    label: str
    path: tuple[str | int, ...]
    given: dict[str, Any]  # the fields the document gives, decoded
    bad: set[str]  # the fields the document gives that could not be decoded
    current: dict[str, Any] | None  # the record in the database, if it exists
    values: dict[str, Any] = field(default_factory=dict)  # what the record will be
    nested: dict[str, list[_Item]] | None = None  # child lists given (None: not given)

    @property
    def key(self) -> Hashable:
        return self.kind.key_of(self.values)

    def ok(self, *names: str) -> bool:
        """All the named values are usable (present and well-formed) for a check."""
        return all(n in self.values and n not in self.bad for n in names)


@dataclass
class _Plan:
    items: dict[str, list[_Item]]
    removals: dict[str, list[int]]  # kind -> ids of nested records the document drops
    ids: dict[str, dict[Hashable, int]]  # kind -> key -> id of the records in the database
    now: datetime


class _Planner:
    def __init__(self, session: Session, lenient: bool) -> None:
        self.snapshot = _read_database(session)
        self.lenient = lenient  # the schema already failed: shape errors are reported
        self.problems: list[tuple[Any, str]] = []
        self.items: dict[str, list[_Item]] = {k.name: [] for k in ALL_KINDS}
        self.seen: dict[str, dict[Hashable, _Item]] = {k.name: {} for k in ALL_KINDS}
        self.file_keys: dict[str, set[Hashable]] = {}
        self.now = utcnow()
        self.defaults = {k.name: self._defaults(k) for k in ALL_KINDS}

    def _defaults(self, kind: _Kind) -> dict[str, Any]:
        out = {}
        for f in kind.shown:
            info = kind.model.model_fields.get(f.column)
            if info is not None and not info.is_required():
                out[f.name] = info.get_default(call_default_factory=True)
        for stamp in kind.timestamps:
            out[stamp] = self.now
        return out

    def problem(self, item: _Item, field_name: str, message: str) -> None:
        self.problems.append(
            (_sort_key([*item.path, field_name]), f"{item.label} {field_name}: {message}")
        )

    def read(
        self, kind: _Kind, raw_list: Any, path: tuple[str | int, ...], parent: dict[str, Any]
    ) -> list[_Item] | None:
        if not isinstance(raw_list, list):
            return None
        items = []
        seen = self.seen[kind.name]  # keys are unique in the whole document (outcome uids too)
        for index, raw in enumerate(raw_list):
            if not isinstance(raw, dict):
                continue
            item = _Item(kind, "", (*path, index), {}, set(), None)
            item.label = " ".join(
                [*(p for p in [parent.get("_label")] if p), _item_label(kind.name, index, raw)]
            )
            for f in kind.shown:
                if f.name not in raw:
                    continue
                try:
                    item.given[f.name] = _decode(f, raw[f.name])
                except ValueError as exc:
                    item.bad.add(f.name)
                    self.problem(item, f.name, str(exc))
                except _Unreadable:
                    item.bad.add(f.name)
                    if not self.lenient:
                        self.problem(item, f.name, f"invalid value {json.dumps(raw[f.name])[:40]}")
            for f in kind.fields:
                if f.hidden:
                    item.given[f.name] = parent["key"]
            if any(k not in item.given or k in item.bad for k in kind.key):
                continue  # no usable key: the schema has said why
            key = kind.key_of(item.given)
            if key in seen:
                shown = kind.key[-1]
                self.problem(
                    item, shown, f"duplicate {shown} {item.given[shown]}, also at {seen[key].label}"
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

    def check_refs(self, item: _Item) -> None:
        for f in item.kind.shown:
            if f.ref is None or not item.ok(f.name) or f.name not in item.given:
                continue
            value = item.values[f.name]
            if value is None:
                continue
            if f.codec == "code":
                if value not in self.snapshot.rows[COUNTRIES.name]:
                    self.problem(item, f.name, f"unknown country code {value!r}")
            elif not self.exists(f.ref, value):  # type: ignore[arg-type]
                what = _SINGULAR[f.ref]  # type: ignore[index]
                self.problem(
                    item, f.name, f"no {what} with uid {value} in the file or the database"
                )

    def check_zone(self, item: _Item, name: str) -> None:
        if item.ok(name) and item.values[name] is not None and not _is_zone(item.values[name]):
            self.problem(
                item,
                name,
                f"unknown time zone {item.values[name]!r} (use an IANA name such as Asia/Shanghai)",
            )

    def check_text(self, item: _Item, names: tuple[str, ...], what: str) -> None:
        present = [n for n in names if n in item.values]
        if not present or not item.ok(*present):
            return
        if not any((item.values.get(n) or "").strip() for n in names):
            self.problem(item, names[0], f"{what} needs {' or '.join(names)}, not blank")

    def check(self) -> None:
        for item in self.items[COUNTRIES.name]:
            if item.current is None:
                self.problem(item, "code", f"unknown country code {item.values['code']!r}")
            if item.ok("time_zones"):
                for zone in item.values["time_zones"]:
                    if not _is_zone(zone):
                        self.problem(item, "time_zones", f"unknown time zone {zone!r}")
            self.check_zone(item, "capital_zone")
        self.check_organisations()
        for item in self.items[PEOPLE.name]:
            self.check_refs(item)
            self.check_text(item, ("family_name",), "a person")
            if (
                item.ok("name_order", "given_name")
                and item.values["name_order"] == NameOrder.SINGLE
                and (item.values["given_name"] or "")
            ):
                self.problem(
                    item,
                    "given_name",
                    "must be empty when name_order is single (the one name goes in family_name)",
                )
        for item in self.items[POSITIONS.name]:
            self.check_refs(item)
            self.check_text(item, ("title_en", "title_zh"), "a position")
            if (
                item.ok("start_date", "end_date")
                and None not in (item.values["start_date"], item.values["end_date"])
                and item.values["end_date"] < item.values["start_date"]
            ):
                self.problem(
                    item,
                    "end_date",
                    f"must not be before start_date ({_show(item.values['start_date'])})",
                )
        for item in self.items[MEETINGS.name]:
            self.check_text(item, ("theme_en", "theme_zh"), "a meeting")
            self.check_zone(item, "time_zone")
            if (
                item.ok("starts_at", "ends_at")
                and item.values["ends_at"] <= item.values["starts_at"]
            ):
                self.problem(
                    item, "ends_at", f"must be after starts_at ({_show(item.values['starts_at'])})"
                )
        for item in self.items[PARTICIPATIONS.name]:
            self.check_refs(item)
            self.check_zone(item, "join_zone")
        for item in self.items[OUTCOMES.name]:
            self.check_refs(item)
            self.check_text(item, ("text_en", "text_zh"), "an outcome")
            if (
                item.ok("status", "closed_on")
                and item.values["status"] == OutcomeStatus.OPEN
                and item.values["closed_on"] is not None
            ):
                self.problem(
                    item,
                    "closed_on",
                    "must be empty while status is open (set status to done or dropped)",
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
            self.check_text(item, ("name_en",), "an organisation")
            parent = item.values.get("parent") if item.ok("parent") else None
            if parent == item.key:
                self.problem(item, "parent", "an organisation cannot be its own parent")
            elif parent is not None:
                seen = {item.key}
                while parent is not None and parent not in seen:
                    seen.add(parent)
                    parent = parents.get(parent)
                if parent == item.key:
                    self.problem(
                        item, "parent", "the chain of parents leads back to this organisation"
                    )
            if item.ok("name_en", "country"):
                others = [u for u in owners.get(names[item.key], []) if u != item.key]
                if others:
                    self.problem(
                        item,
                        "name_en",
                        f"organisation {others[0]} in {item.values['country']} has the same name",
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


def _plan(document: Any, session: Session) -> tuple[list[str], _Plan | None]:
    schema_problems = _schema_problems(document)
    if not isinstance(document, dict):
        return [message for _, message in schema_problems], None
    planner = _Planner(session, lenient=bool(schema_problems))
    for kind in TOP_LEVEL:
        planner.read(kind, document.get(kind.name, []), (kind.name,), {})
    planner.check()
    problems = sorted([*schema_problems, *planner.problems], key=lambda p: p[0])
    if problems:
        return [message for _, message in problems], None
    return [], _Plan(planner.items, planner.removals(), planner.snapshot.ids, planner.now)


def validate_document(document: Any, session: Session) -> list[str]:
    """Every problem that would stop ``document`` from being imported (empty if none)."""
    return _plan(document, session)[0]


# -- writing ----------------------------------------------------------------------------------


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


class _Writer:
    """Writes a checked plan with Core statements, in the order of ALL_KINDS."""

    def __init__(self, connection: sa.Connection, plan: _Plan) -> None:
        self.connection = connection
        self.plan = plan
        self.ids = plan.ids  # grows as records are inserted
        self.counts = {k.name: KindCounts() for k in ALL_KINDS}

    def columns(
        self, kind: _Kind, values: Mapping[str, Any], skip: Iterable[str] = ()
    ) -> dict[str, Any]:
        out = {}
        for f in kind.fields:
            value = values[f.name]
            if f.codec == "ref" and value is not None:
                value = None if f.name in skip else self.ids[f.ref][value]  # type: ignore[index]
            out[f.column] = value
        return out

    def write(self, kind: _Kind, deferred: tuple[str, ...] = ()) -> None:
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


def import_document(
    database: Database, document: Any, *, source: str = "document"
) -> ImportSummary:
    """Check ``document`` completely, then write all of it in one transaction, or nothing.

    InputError lists every problem found, each naming the item and the field."""
    try:
        with database.transaction() as session:
            problems, plan = _plan(document, session)
            if problems or plan is None:
                count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
                raise InputError(
                    f"{source} is not a valid SCODA Desktop interchange file: {count}",
                    problems=problems,
                )
            writer = _Writer(session.connection(), plan)
            for kind in ALL_KINDS:
                writer.write(kind, deferred=("parent",) if kind is ORGANISATIONS else ())
    except ConstraintViolation as exc:  # a rule only the database checks, such as a name swap
        raise InputError(f"{source} could not be imported, nothing was written: {exc}") from exc
    except (sa.exc.IntegrityError, sa.exc.DataError) as exc:
        raise InputError(
            f"{source} could not be imported, nothing was written: {exc.orig}"
        ) from exc
    summary = ImportSummary(source, writer.counts)
    log.info("%s", summary.describe())
    return summary


def import_file(database: Database, path: Path) -> ImportSummary:
    """Import an interchange file: see :func:`import_document`."""
    return import_document(database, load_document(Path(path)), source=str(path))


__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "ExportSummary",
    "ImportSummary",
    "KindCounts",
    "dumps",
    "export_document",
    "export_to_file",
    "import_document",
    "import_file",
    "load_document",
    "schema",
    "validate_document",
]
