"""The shape of an interchange document: its kinds of record, their fields and keys.

Each kind is one list of the document (or a list nested in an item of another) and one
table; its fields are named like their columns, except references, which name the kind
they point to and hold its key (a country's ISO code, anything else's ``uid``).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlmodel import SQLModel

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
from scoda_desktop.domain.types import UTCDateTime

FORMAT = "scoda-desktop-interchange"
FORMAT_VERSION = 1
SCHEMA_RESOURCE = ("schema", "interchange.schema.json")


@dataclass(frozen=True)
class DocumentField:
    name: str  # in the document
    column: str
    codec: str  # text, instant, date, bool, int, strings, bytes, enum, code, ref
    nullable: bool
    enum: type[StrEnum] | None = None
    ref: str | None = None  # the kind a "ref" (uid) or "code" field points to
    hidden: bool = False  # the enclosing item's key, implied by nesting


@dataclass(frozen=True)
class Kind:
    name: str  # the list's name in the document
    model: type[SQLModel]
    key: tuple[str, ...]  # field names making the key; the last one is shown in messages
    fields: tuple[DocumentField, ...]
    timestamps: tuple[str, ...] = ()

    @property
    def table(self) -> sa.Table:
        return self.model.__table__  # type: ignore[attr-defined, no-any-return]

    @property
    def shown(self) -> tuple[DocumentField, ...]:
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
) -> Kind:
    """A kind whose plain fields are named like their columns; ``refs`` maps a document field
    to (column, kind referred to); ``parent`` is the hidden (field, column, kind) of nesting."""
    table: sa.Table = model.__table__  # type: ignore[attr-defined]
    fields = []
    for column_name in columns.split():
        column = table.c[column_name]
        codec, enum = _codec(column)
        fields.append(DocumentField(column_name, column_name, codec, bool(column.nullable), enum))
    for field_name, (column_name, target) in refs.items():
        codec = "code" if target == "countries" else "ref"
        nullable = bool(table.c[column_name].nullable)
        fields.append(DocumentField(field_name, column_name, codec, nullable, ref=target))
    if parent is not None:
        field_name, column_name, target = parent
        fields.append(DocumentField(field_name, column_name, "ref", False, ref=target, hidden=True))
    stamps = tuple(s for s in ("created_at", "updated_at") if s in columns.split())
    return Kind(name, model, key, tuple(fields), stamps)


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
KIND_ORDER = {kind.name: i for i, kind in enumerate(ALL_KINDS)}
# A record of a kind, in messages ("no person with uid ...", "1 person").
SINGULAR = {
    "organisations": "organisation",
    "people": "person",
    "positions": "position",
    "meetings": "meeting",
}
