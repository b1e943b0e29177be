"""What the directory's forms edit: a person, an organisation, a post, a country's facts.

Plain dataclasses, no database and no Qt. ``id`` is None for a record not saved yet;
``version`` is the version read, which a save names so that a concurrent change is not lost
(optimistic locking, as for meetings).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from scoda_desktop.domain.enums import (
    DiplomaticRank,
    HeadOfMissionClass,
    NameOrder,
    OrganisationKind,
    ScoStatus,
)
from scoda_desktop.domain.naming import first_reference

__all__ = [
    "COUNTRY_FIELDS",
    "ORGANISATION_FIELDS",
    "PERSON_FIELDS",
    "POST_FIELDS",
    "CountryRecord",
    "OrganisationRecord",
    "PersonRecord",
    "PostRecord",
    "SavedRecord",
]

PERSON_FIELDS = (
    "family_name",
    "given_name",
    "name_order",
    "first_reference",
    "second_reference",
    "salutation",
    "honorific",
    "name_zh",
    "alternative_spellings",
    "country_code",
    "email",
    "phone",
    "mobile",
    "address",
    "bio",
    "photo",
    "photo_mime",
    "notes",
)
ORGANISATION_FIELDS = (
    "name_en",
    "name_zh",
    "short_name_en",
    "kind",
    "country_code",
    "parent_id",
    "notes",
)
POST_FIELDS = (
    "person_id",
    "organisation_id",
    "title_en",
    "title_zh",
    "start_date",
    "end_date",
    "diplomatic_rank",
    "head_of_mission_class",
    "functions_since",
    "internal_rank",
)
# The facts about a country the office keeps up to date (names and zones come from CLDR and
# the tz database).
COUNTRY_FIELDS = ("demonym", "sco_status", "sco_checked_on", "belt_and_road", "notes")


@dataclass(slots=True)
class PersonRecord:
    """Every editable field of a person. A single name goes in ``family_name`` with
    ``name_order`` SINGLE; the explicit forms are kept as the embassy supplies them."""

    family_name: str
    given_name: str | None = None
    name_order: NameOrder = NameOrder.GIVEN_FIRST
    first_reference: str | None = None
    second_reference: str | None = None
    salutation: str | None = None
    honorific: str | None = None
    name_zh: str | None = None
    alternative_spellings: list[str] = field(default_factory=list)
    country_code: str | None = None
    email: str | None = None
    phone: str | None = None
    mobile: str | None = None
    address: str | None = None
    bio: str | None = None
    photo: bytes | None = None
    photo_mime: str | None = None
    notes: str | None = None
    id: int | None = None
    uid: str | None = None
    version: int | None = None

    @property
    def name_en(self) -> str:
        """The first-reference form: explicit if recorded, else the name in its order."""
        return first_reference(
            self.family_name, self.given_name, self.name_order, self.first_reference
        )


@dataclass(slots=True)
class OrganisationRecord:
    name_en: str
    name_zh: str | None = None
    short_name_en: str | None = None
    kind: OrganisationKind = OrganisationKind.OTHER
    country_code: str | None = None
    parent_id: int | None = None
    notes: str | None = None
    id: int | None = None
    uid: str | None = None
    version: int | None = None


@dataclass(slots=True)
class PostRecord:
    """A post a person holds or held (a Position row)."""

    person_id: int
    title_en: str = ""
    title_zh: str | None = None
    organisation_id: int | None = None
    start_date: date | None = None
    end_date: date | None = None
    diplomatic_rank: DiplomaticRank | None = None
    head_of_mission_class: HeadOfMissionClass | None = None
    functions_since: datetime | None = None  # aware instant
    internal_rank: int | None = None
    id: int | None = None
    uid: str | None = None
    version: int | None = None


@dataclass(slots=True)
class CountryRecord:
    code: str
    version: int
    demonym: str | None = None
    sco_status: ScoStatus = ScoStatus.NONE
    sco_checked_on: date | None = None
    belt_and_road: bool = False
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class SavedRecord:
    """What a view needs after a write: which record, at which version, under what name."""

    table: str
    id: int | str
    version: int
    label: str
    created: bool = False
