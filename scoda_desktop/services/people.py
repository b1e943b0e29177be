"""Finding people to add to a meeting, and adding a person the directory does not know yet.

The search runs in the database with column selects, on SQLite and PostgreSQL alike: every word
typed must occur (case-insensitively) in one of the person's name forms: family or given name,
first or second reference, Chinese name, or a known alternative spelling. Alternative spellings
are kept as JSON, which stores letters outside ASCII as ``\\uXXXX`` escapes; the word is escaped
the same way before it is compared. Case is folded with the database's ``lower()``, which on
SQLite folds ASCII letters only: a word in another script is also looked for as typed and
capitalised ("эгамзод" finds "Эгамзод"), which covers names; Chinese has no case.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date

import sqlalchemy as sa
from sqlmodel import Session

from scoda_desktop.domain.enums import AuditAction
from scoda_desktop.domain.models import Country, Person, new_uid
from scoda_desktop.domain.naming import first_reference
from scoda_desktop.domain.office import office_today
from scoda_desktop.domain.types import utcnow
from scoda_desktop.services import audit
from scoda_desktop.services.attendee_order import precedence_facts
from scoda_desktop.services.meeting_drafts import (
    InvalidDraftError,
    PersonDraft,
    PersonMatch,
    validate_person,
)
from scoda_desktop.services.protocol.attendees import posts_by_person
from scoda_desktop.services.protocol.posts import Post
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, error_message

LIKE_ESCAPE = "!"
CANDIDATES = 200  # rows read before ranking; more than any completer shows
PERSON_FIELDS = ("family_name", "given_name", "name_order", "name_zh", "country_code")


def _like_pattern(text: str) -> str:
    for char in (LIKE_ESCAPE, "%", "_"):
        text = text.replace(char, LIKE_ESCAPE + char)
    return f"%{text}%"


def _spellings(word: str) -> set[str]:
    """The forms of ``word`` to look for. SQLite's ``lower()`` folds ASCII only,
    so a word with other letters is also looked for as typed and capitalised, as names are."""
    forms = {word.lower()}
    if not word.isascii():
        forms |= {word, word[:1].upper() + word[1:].lower()}
    return forms


def _word_condition(word: str) -> sa.ColumnElement[bool]:
    person = Person.__table__.c
    columns = (
        person.family_name,
        person.given_name,
        person.first_reference,
        person.second_reference,
        person.name_zh,
    )
    alternatives = sa.func.lower(sa.cast(person.alternative_spellings, sa.Text))
    conditions = []
    for form in _spellings(word):
        plain = _like_pattern(form.lower() if form.isascii() else form)
        conditions += [sa.func.lower(column).like(plain, escape=LIKE_ESCAPE) for column in columns]
        # The word as it appears inside JSON text (escapes lower-cased like the column).
        as_json = _like_pattern(json.dumps(form)[1:-1].lower())
        conditions.append(alternatives.like(as_json, escape=LIKE_ESCAPE))
    return sa.or_(*conditions)


def current_post(posts: Iterable[Post]) -> Post | None:
    """The post a person holds now: one without an end date (the latest started), else the one
    that ended last."""
    earliest = date.min
    return max(
        posts,
        key=lambda p: (p.end_date is None, p.end_date or earliest, p.start_date or earliest, p.id),
        default=None,
    )


def search_people(session: Session, text: str, limit: int = 20) -> list[PersonMatch]:
    """People whose name forms contain every word of ``text``; those with a name form that
    starts with ``text`` first, then alphabetically. Each with the titles of their current post."""
    words = text.split()
    if not words:
        return []
    person, country = Person.__table__.c, Country.__table__.c
    rows = session.execute(
        sa.select(
            person.id,
            person.family_name,
            person.given_name,
            person.name_order,
            person.first_reference,
            person.second_reference,
            person.name_zh,
            person.alternative_spellings,
            person.country_code,
            country.name_en,
        )
        .outerjoin(Country.__table__, country.code == person.country_code)
        .where(*(_word_condition(word) for word in words))
        .order_by(person.family_name, person.id)
        .limit(CANDIDATES)
    ).all()
    needle = " ".join(words).casefold()

    def name_of(row) -> str:
        return first_reference(row.family_name, row.given_name, row.name_order, row.first_reference)

    def rank(row) -> tuple[bool, str]:
        forms = [
            row.family_name,
            row.given_name,
            row.first_reference,
            row.second_reference,
            row.name_zh,
            first_reference(row.family_name, row.given_name, row.name_order),
            *(row.alternative_spellings or []),
        ]
        starts = any(form and form.casefold().startswith(needle) for form in forms)
        return (not starts, name_of(row).casefold())

    rows = sorted(rows, key=rank)[:limit]
    posts = posts_by_person(session, [row.id for row in rows])
    today = office_today()
    matches = []
    for row in rows:
        name = name_of(row)
        post = current_post(posts.get(row.id, ()))
        matches.append(
            PersonMatch(
                person_id=row.id,
                name_en=name,
                name_zh=row.name_zh,
                country_code=row.country_code,
                country=row.name_en,
                alternative_spellings=tuple(row.alternative_spellings or ()),
                position_id=post.id if post else None,
                title_en=(post.title_en or None) if post else None,
                title_zh=post.title_zh if post else None,
                precedence=precedence_facts(
                    row.id,
                    name,
                    posts.get(row.id, ()),
                    today,
                    attended_as=post.id if post else None,
                ),
            )
        )
    return matches


def country_names(session: Session) -> list[tuple[str, str]]:
    """(code, English name) of every country, by name: the choices for a person's country."""
    c = Country.__table__.c
    return [tuple(row) for row in session.execute(sa.select(c.code, c.name_en).order_by(c.name_en))]


def create_person(session: Session, draft: PersonDraft, *, actor: str) -> PersonMatch:
    """Add a person with the least the office needs (audited); the caller commits."""
    problems = validate_person(draft)
    if problems:
        raise InvalidDraftError(
            error_message(QT_TRANSLATE_NOOP("Errors", "The person cannot be saved as it is.")),
            problems,
        )
    values = {
        "family_name": draft.family_name.strip(),
        "given_name": (draft.given_name or "").strip() or None,
        "name_order": draft.name_order,
        "name_zh": (draft.name_zh or "").strip() or None,
        "country_code": draft.country_code or None,
    }
    now = utcnow()
    result = session.execute(
        sa.insert(Person.__table__).values(
            uid=new_uid(), alternative_spellings=[], created_at=now, updated_at=now, **values
        )
    )
    person_id = result.inserted_primary_key[0]
    audit.record(
        session,
        actor=actor,
        table="person",
        record_id=person_id,
        action=AuditAction.INSERT,
        changes=audit.changes_between(None, values, PERSON_FIELDS),
    )
    country = None
    if values["country_code"]:
        c = Country.__table__.c
        country = session.execute(
            sa.select(c.name_en).where(c.code == values["country_code"])
        ).scalar()
    return PersonMatch(
        person_id=person_id,
        name_en=first_reference(values["family_name"], values["given_name"], draft.name_order),
        name_zh=values["name_zh"],
        country_code=values["country_code"],
        country=country,
    )
