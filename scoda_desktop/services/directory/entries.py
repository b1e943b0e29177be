"""People and organisations as flat entries of text cells: what the CSV and vCard files carry.

An entry is a dict keyed by the column names of ``docs/directory-csv.md`` (``PEOPLE_COLUMNS``,
``ORGANISATION_COLUMNS``). Every value is text ("" for nothing), except
``alternative_spellings`` (a list of names) and, from vCards only, ``photo`` (bytes). A person's
entry carries their current post (see ``people.current_post``): organisation, titles and dates;
earlier posts stay in the database (the interchange JSON carries them all).

This module turns the database into entries (export) and the text of one cell into a value,
with a message saying what is wrong when it cannot (import).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from scoda_desktop.domain.enums import NameOrder, OrganisationKind
from scoda_desktop.domain.models import Country, Organisation, Person
from scoda_desktop.services.directory.folding import fold
from scoda_desktop.services.directory.records import PERSON_FIELDS
from scoda_desktop.services.people import current_post
from scoda_desktop.services.protocol import posts_by_person
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, problem_message

__all__ = [
    "FAMILY_FIRST_COUNTRIES",
    "ORGANISATION_COLUMNS",
    "PEOPLE_COLUMNS",
    "Cells",
    "CountryNames",
    "FileProblem",
    "ParsedFile",
    "organisation_entries",
    "parse_date",
    "parse_kind",
    "parse_name_order",
    "people_entries",
]

Cells = dict[str, Any]

PEOPLE_COLUMNS = (
    "uid",
    "family_name",
    "given_name",
    "name_order",
    "first_reference",
    "second_reference",
    "salutation",
    "honorific",
    "name_zh",
    "alternative_spellings",
    "country",
    "email",
    "phone",
    "mobile",
    "address",
    "organisation",
    "organisation_country",
    "title_en",
    "title_zh",
    "post_start",
    "post_end",
    "bio",
    "notes",
)
ORGANISATION_COLUMNS = (
    "uid",
    "name_en",
    "name_zh",
    "short_name_en",
    "kind",
    "country",
    "parent",
    "notes",
)
# Person cells named like their Person column (the rest: country, the post, the photo).
PLAIN_PERSON_COLUMNS = tuple(c for c in PEOPLE_COLUMNS if c in PERSON_FIELDS)
# Where an empty name order means family name first (CJK and Vietnamese custom); elsewhere it
# means given name first, or a single name when there is no given name.
FAMILY_FIRST_COUNTRIES = frozenset({"CN", "HK", "MO", "TW", "JP", "KR", "KP", "VN"})


@dataclass(frozen=True, slots=True)
class FileProblem:
    """Something wrong in a file: at a line (CSV) or card (vCard), in a column if known."""

    number: int
    column: str | None
    message: str


@dataclass(slots=True)
class ParsedFile:
    """What a CSV or vCard file holds: its kind ("people" or "organisations"; "" when it
    cannot tell), each entry with the number of the line (CSV) or card (vCard) it starts at,
    the columns of a CSV header, and the problems of the file itself."""

    kind: str
    unit: str  # "line" or "card"
    rows: list[tuple[int, Cells]] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)
    columns: tuple[str, ...] = ()


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(getattr(value, "value", value))


def people_entries(session: Session, person_ids: Iterable[int] | None = None) -> list[Cells]:
    """Every person (or those of ``person_ids``) as an entry, by name: column selects."""
    person, org = Person.__table__.c, Organisation.__table__.c
    query = sa.select(person.id, person.uid, *(person[name] for name in PERSON_FIELDS))
    if person_ids is not None:
        query = query.where(person.id.in_(sorted(set(person_ids))))
    rows = session.execute(query).all()
    posts = posts_by_person(session, (row.id for row in rows))
    current = {pid: current_post(person_posts) for pid, person_posts in posts.items()}
    organisations = {
        row.id: row
        for row in session.execute(sa.select(org.id, org.name_en, org.country_code)).all()
    }
    entries = []
    for row in rows:
        cells: Cells = {name: _text(getattr(row, name)) for name in PLAIN_PERSON_COLUMNS}
        cells["uid"] = row.uid
        cells["alternative_spellings"] = list(row.alternative_spellings or [])
        cells["country"] = row.country_code or ""
        post = current.get(row.id)
        where = organisations.get(post.organisation_id) if post and post.organisation_id else None
        cells |= {
            "organisation": where.name_en if where else "",
            "organisation_country": (where.country_code or "") if where else "",
            "title_en": post.title_en if post else "",
            "title_zh": _text(post.title_zh) if post else "",
            "post_start": _text(post.start_date) if post else "",
            "post_end": _text(post.end_date) if post else "",
            "photo": row.photo,
            "photo_mime": row.photo_mime or "",
        }
        entries.append(cells)
    return sorted(entries, key=lambda c: (fold(c["family_name"]), fold(c["given_name"]), c["uid"]))


def organisation_entries(session: Session) -> list[Cells]:
    """Every organisation as an entry (parent by English name), by English name."""
    org = Organisation.__table__.c
    rows = session.execute(
        sa.select(
            org.id,
            org.uid,
            org.name_en,
            org.name_zh,
            org.short_name_en,
            org.kind,
            org.country_code,
            org.parent_id,
            org.notes,
        )
    ).all()
    names = {row.id: row.name_en for row in rows}
    entries = [
        {
            "uid": row.uid,
            "name_en": row.name_en,
            "name_zh": _text(row.name_zh),
            "short_name_en": _text(row.short_name_en),
            "kind": _text(row.kind),
            "country": _text(row.country_code),
            "parent": names.get(row.parent_id, "") if row.parent_id else "",
            "notes": _text(row.notes),
        }
        for row in rows
    ]
    return sorted(entries, key=lambda c: (fold(c["name_en"]), c["country"], c["uid"]))


# -- reading cells ----------------------------------------------------------------------------


class CountryNames:
    """Countries by ISO code, English or Chinese name (any case, accents ignored)."""

    def __init__(self, session: Session) -> None:
        c = Country.__table__.c
        self._codes: dict[str, str] = {}
        for code, name_en, name_zh in session.execute(sa.select(c.code, c.name_en, c.name_zh)):
            for form in (code, name_en, name_zh):
                if form:
                    self._codes.setdefault(fold(form), code)

    def code(self, text: str) -> tuple[str | None, str | None]:
        """(ISO code, None), (None, None) for an empty cell, or (None, what is wrong)."""
        if not text.strip():
            return None, None
        found = self._codes.get(fold(text))
        if found:
            return found, None
        return None, problem_message(
            QT_TRANSLATE_NOOP(
                "Problems",
                "“{text}” is not a country code or name the directory knows: write the "
                "two-letter ISO 3166 code (TJ, ID, KZ) or the English name (Tajikistan)",
            ),
            text=text.strip(),
        )


_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_SLASHED_DATE = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")  # as Excel shows dates in China


def parse_date(text: str) -> tuple[date | None, str | None]:
    """(date, None) for 2024-05-01 or 2024/5/1, (None, None) if empty, else (None, why)."""
    text = text.strip()
    if not text:
        return None, None
    match = _ISO_DATE.match(text) or _SLASHED_DATE.match(text)
    if match:
        try:
            return date(*(int(part) for part in match.groups())), None
        except ValueError as exc:
            return None, problem_message(
                QT_TRANSLATE_NOOP("Problems", "“{text}” is not a real date ({reason})"),
                text=text,
                reason=str(exc),
            )
    return None, problem_message(
        QT_TRANSLATE_NOOP(
            "Problems", "“{text}” is not a date: write it as year-month-day, like 2024-05-01"
        ),
        text=text,
    )


def _not_one_of(text: str, choices: str) -> str:
    return problem_message(
        QT_TRANSLATE_NOOP("Problems", "“{text}” is not one of: {choices}"),
        text=text.strip(),
        choices=choices,
    )


def _enum_word(text: str) -> str:
    return fold(text).replace("-", "_").replace(" ", "_")


def parse_name_order(
    text: str, given_name: str, country_code: str | None
) -> tuple[NameOrder, str | None]:
    """The name order written (family_first, given_first, single; any case, spaces allowed),
    or the default for an empty cell: single without a given name, family first for
    ``FAMILY_FIRST_COUNTRIES``, given first elsewhere."""
    if text.strip():
        try:
            return NameOrder(_enum_word(text)), None
        except ValueError:
            choices = ", ".join(order.value for order in NameOrder)
            return NameOrder.GIVEN_FIRST, _not_one_of(text, choices)
    if not given_name.strip():
        return NameOrder.SINGLE, None
    if country_code in FAMILY_FIRST_COUNTRIES:
        return NameOrder.FAMILY_FIRST, None
    return NameOrder.GIVEN_FIRST, None


def parse_kind(text: str) -> tuple[OrganisationKind, str | None]:
    """The organisation kind written (embassy, company, ...), ``other`` if empty."""
    if not text.strip():
        return OrganisationKind.OTHER, None
    try:
        return OrganisationKind(_enum_word(text)), None
    except ValueError:
        choices = ", ".join(kind.value for kind in OrganisationKind)
        return OrganisationKind.OTHER, _not_one_of(text, choices)
