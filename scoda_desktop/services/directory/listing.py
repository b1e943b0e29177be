"""The directory's lists: people, organisations and countries as plain rows.

Each list is a few column selects (never ORM objects) and a filter applied in Python over a
search key built per row (``folding.search_key``: every name form, accents and case folded). The
filter runs in Python rather than in SQL because SQLite's ``lower()`` folds ASCII letters only
and neither database strips accents without extensions; the directory of a protocol office
holds hundreds to a few thousand people, which a Python filter reads in milliseconds. The same
search key is kept on each row so that a view can filter again as the user types without
another query.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Session

from scoda_desktop.domain.enums import NameOrder, OrganisationKind, ScoStatus
from scoda_desktop.domain.models import (
    Country,
    Organisation,
    Person,
    Position,
)
from scoda_desktop.domain.naming import first_reference, full_name
from scoda_desktop.domain.office import office_today, to_office_time
from scoda_desktop.services import history
from scoda_desktop.services.directory.folding import fold, matches_all_words, search_key
from scoda_desktop.services.people import current_post
from scoda_desktop.services.protocol import posts_by_person

__all__ = [
    "CountryRow",
    "OrganisationRow",
    "PersonRow",
    "list_countries",
    "list_organisations",
    "list_people",
    "person_name_forms",
]

# A meeting counts as contact once it has taken place: held, or confirmed and in the past.


def person_name_forms(
    family_name: str,
    given_name: str | None,
    name_order: NameOrder | str,
    first_ref: str | None,
    second_ref: str | None,
    name_zh: str | None,
    alternative_spellings: Iterable[str] | None,
) -> list[str]:
    """Every recorded form of a person's name, whole: the name in its order and the other
    order, the explicit references, the Chinese name and the alternative spellings."""
    forms = [
        full_name(family_name, given_name, name_order),
        full_name(family_name, given_name, NameOrder.FAMILY_FIRST),
        full_name(family_name, given_name, NameOrder.GIVEN_FIRST),
        first_ref,
        second_ref,
        name_zh,
        *(alternative_spellings or ()),
    ]
    return [form for form in dict.fromkeys(forms) if form]


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: int
    uid: str
    version: int
    name_en: str  # first-reference form
    name_zh: str | None
    family_name: str
    given_name: str | None
    name_order: NameOrder
    alternative_spellings: tuple[str, ...]
    country_code: str | None
    country_en: str | None
    email: str | None
    post_id: int | None  # the current post (see ``people.current_post``)
    title_en: str | None
    title_zh: str | None
    organisation_id: int | None
    organisation_en: str | None
    search_key: str  # every name form, folded: what the filter searches

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "uid": self.uid,
            "name_en": self.name_en,
            "name_zh": self.name_zh,
            "family_name": self.family_name,
            "given_name": self.given_name,
            "name_order": self.name_order.value,
            "alternative_spellings": list(self.alternative_spellings),
            "country_code": self.country_code,
            "country_en": self.country_en,
            "email": self.email,
            "title_en": self.title_en,
            "title_zh": self.title_zh,
            "organisation_id": self.organisation_id,
            "organisation_en": self.organisation_en,
        }


@dataclass(frozen=True, slots=True)
class OrganisationRow:
    id: int
    uid: str
    version: int
    name_en: str
    name_zh: str | None
    short_name_en: str | None
    kind: OrganisationKind
    country_code: str | None
    country_en: str | None
    parent_id: int | None
    parent_en: str | None
    people_count: int  # people holding a post there today
    search_key: str


@dataclass(frozen=True, slots=True)
class CountryRow:
    code: str
    version: int
    name_en: str
    name_zh: str
    sco_status: ScoStatus
    belt_and_road: bool
    organisations: int
    people: int
    last_contact: datetime | None  # UTC start of the latest meeting that took place
    search_key: str

    @property
    def last_contact_day(self) -> date | None:
        """The day of the last contact in Qingdao."""
        return None if self.last_contact is None else to_office_time(self.last_contact).date()


def organisation_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    """English names of the organisations ``ids`` (None and repeats ignored)."""
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    org = Organisation.__table__.c
    return dict(session.execute(sa.select(org.id, org.name_en).where(org.id.in_(wanted))).all())


def list_people(session: Session, text: str = "") -> list[PersonRow]:
    """Everyone whose name forms contain every word of ``text`` (accents and case ignored),
    by first-reference name, each with their current post, organisation and country."""
    person, country = Person.__table__.c, Country.__table__.c
    rows = session.execute(
        sa.select(
            person.id,
            person.uid,
            person.version,
            person.family_name,
            person.given_name,
            person.name_order,
            person.first_reference,
            person.second_reference,
            person.name_zh,
            person.alternative_spellings,
            person.country_code,
            person.email,
            country.name_en.label("country_en"),
        ).outerjoin(Country.__table__, country.code == person.country_code)
    ).all()
    keyed = []
    for row in rows:
        key = search_key(
            person_name_forms(
                row.family_name,
                row.given_name,
                row.name_order,
                row.first_reference,
                row.second_reference,
                row.name_zh,
                row.alternative_spellings,
            )
        )
        if matches_all_words(key, text):
            keyed.append((row, key))
    posts = posts_by_person(session, (row.id for row, _ in keyed))
    current = {pid: current_post(person_posts) for pid, person_posts in posts.items()}
    orgs = organisation_names(session, (p.organisation_id for p in current.values() if p))
    result = []
    for row, key in keyed:
        post = current.get(row.id)
        result.append(
            PersonRow(
                id=row.id,
                uid=row.uid,
                version=row.version,
                name_en=first_reference(
                    row.family_name, row.given_name, row.name_order, row.first_reference
                ),
                name_zh=row.name_zh,
                family_name=row.family_name,
                given_name=row.given_name,
                name_order=NameOrder(row.name_order),
                alternative_spellings=tuple(row.alternative_spellings or ()),
                country_code=row.country_code,
                country_en=row.country_en,
                email=row.email,
                post_id=post.id if post else None,
                title_en=(post.title_en or None) if post else None,
                title_zh=post.title_zh if post else None,
                organisation_id=post.organisation_id if post else None,
                organisation_en=orgs.get(post.organisation_id)
                if post and post.organisation_id
                else None,
                search_key=key,
            )
        )
    return sorted(result, key=lambda r: (fold(r.name_en), r.id))


def current_people_counts(session: Session, today: date) -> dict[int, int]:
    """Organisation id -> how many people hold a post there on ``today``."""
    pos = Position.__table__.c
    query = (
        sa.select(pos.organisation_id, sa.func.count(sa.distinct(pos.person_id)))
        .where(
            pos.organisation_id.is_not(None),
            sa.or_(pos.start_date.is_(None), pos.start_date <= today),
            sa.or_(pos.end_date.is_(None), pos.end_date >= today),
        )
        .group_by(pos.organisation_id)
    )
    return dict(session.execute(query).all())


def list_organisations(
    session: Session, text: str = "", *, today: date | None = None
) -> list[OrganisationRow]:
    """Organisations whose English, Chinese or short name (or country) contains every word of
    ``text``, by English name, with their country, kind, parent and people today."""
    org, country = Organisation.__table__.c, Country.__table__.c
    rows = session.execute(
        sa.select(
            org.id,
            org.uid,
            org.version,
            org.name_en,
            org.name_zh,
            org.short_name_en,
            org.kind,
            org.country_code,
            org.parent_id,
            country.name_en.label("country_en"),
        ).outerjoin(Country.__table__, country.code == org.country_code)
    ).all()
    names = {row.id: row.name_en for row in rows}
    counts = current_people_counts(session, today or office_today())
    result = []
    for row in rows:
        key = search_key((row.name_en, row.name_zh, row.short_name_en, row.country_en))
        if not matches_all_words(key, text):
            continue
        result.append(
            OrganisationRow(
                id=row.id,
                uid=row.uid,
                version=row.version,
                name_en=row.name_en,
                name_zh=row.name_zh,
                short_name_en=row.short_name_en,
                kind=OrganisationKind(row.kind),
                country_code=row.country_code,
                country_en=row.country_en,
                parent_id=row.parent_id,
                parent_en=names.get(row.parent_id) if row.parent_id else None,
                people_count=counts.get(row.id, 0),
                search_key=key,
            )
        )
    return sorted(result, key=lambda r: (fold(r.name_en), r.id))


def list_countries(
    session: Session, text: str = "", *, in_use_only: bool = False, now: datetime | None = None
) -> list[CountryRow]:
    """Countries whose English or Chinese name or code contains every word of ``text``, by
    English name, with their SCO status, Belt and Road flag, how many organisations and people
    the directory has there and the last contact (as ``services.history`` counts contact, as
    of ``now``). ``in_use_only``: only countries with an organisation or a person."""
    c, org, person = Country.__table__.c, Organisation.__table__.c, Person.__table__.c
    org_counts: dict[str | None, int] = dict(
        session.execute(
            sa.select(org.country_code, sa.func.count()).group_by(org.country_code)
        ).all()
    )
    people_counts: dict[str | None, int] = dict(
        session.execute(
            sa.select(person.country_code, sa.func.count()).group_by(person.country_code)
        ).all()
    )
    rows = session.execute(
        sa.select(c.code, c.version, c.name_en, c.name_zh, c.sco_status, c.belt_and_road)
    ).all()
    kept = []
    for row in rows:
        orgs, people = org_counts.get(row.code, 0), people_counts.get(row.code, 0)
        if in_use_only and not (orgs or people):
            continue
        key = search_key((row.code, row.name_en, row.name_zh))
        if matches_all_words(key, text):
            kept.append((row, orgs, people, key))
    found = history.country_histories(session, [row.code for row, *_ in kept], now=now)
    result = []
    for row, orgs, people, key in kept:
        contacts = found[row.code].contacts if row.code in found else ()
        result.append(
            CountryRow(
                code=row.code,
                version=row.version,
                name_en=row.name_en,
                name_zh=row.name_zh,
                sco_status=ScoStatus(row.sco_status),
                belt_and_road=bool(row.belt_and_road),
                organisations=orgs,
                people=people,
                last_contact=contacts[0].starts_at if contacts else None,  # newest first
                search_key=key,
            )
        )
    return sorted(result, key=lambda r: (fold(r.name_en), r.code))
