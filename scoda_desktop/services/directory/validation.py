"""The rules a directory record must meet before it is written, as field-keyed problems.

Pure functions over the records and ``References`` (what the database holds that a record may
point at, read once with column selects by ``load_references``): a form checks a record as the
user types, the write path checks it again, and an import checks every row with the same
functions. Each problem names its field (``family_name``, ``country_code``, ``end_date``) and
says what to do.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

import sqlalchemy as sa
from sqlmodel import Session

from scoda_desktop.domain.models import Country, Organisation, Person
from scoda_desktop.services.directory.folding import fold, spelling_key
from scoda_desktop.services.directory.records import (
    CountryRecord,
    OrganisationRecord,
    PersonRecord,
    PostRecord,
)
from scoda_desktop.services.invitations import usable_email
from scoda_desktop.services.meeting_drafts import PersonDraft, Problem, validate_person
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, problem

__all__ = [
    "References",
    "cleaned_organisation",
    "cleaned_person",
    "cleaned_post",
    "load_references",
    "validate_country",
    "validate_organisation_record",
    "validate_person_record",
    "validate_post",
]

UID_MAX_LENGTH = 36


@dataclass(slots=True)
class References:
    """What a record may refer to: country codes, organisations (id -> parent id) and the
    organisations' (folded English name, country) -> id, for the one-name-per-country rule."""

    countries: frozenset[str] = frozenset()
    organisation_parents: dict[int, int | None] = field(default_factory=dict)
    organisation_names: dict[tuple[str, str | None], int] = field(default_factory=dict)
    person_ids: frozenset[int] = frozenset()

    def organisation_added(self, org_id: int, record: OrganisationRecord) -> None:
        """Take a just-planned organisation into account (imports create several)."""
        self.organisation_parents[org_id] = record.parent_id
        self.organisation_names[fold(record.name_en), record.country_code] = org_id


def load_references(session: Session) -> References:
    """The countries, organisations and people a record may point at: three column selects."""
    org = Organisation.__table__.c
    rows = session.execute(sa.select(org.id, org.parent_id, org.name_en, org.country_code)).all()
    return References(
        countries=frozenset(session.execute(sa.select(Country.__table__.c.code)).scalars()),
        organisation_parents={row.id: row.parent_id for row in rows},
        organisation_names={(fold(row.name_en), row.country_code): row.id for row in rows},
        person_ids=frozenset(session.execute(sa.select(Person.__table__.c.id)).scalars()),
    )


# -- cleaning: what is stored for what was typed ---------------------------------------------


def _text(value: str | None) -> str | None:
    text = (value or "").strip()
    return text or None


def _spellings(values: Iterable[str], own_forms: Iterable[str | None]) -> list[str]:
    """The spellings trimmed, blanks, repeats and the person's own name forms left out
    (compared by ``spelling_key``: case aside, a spelling without the accents is kept)."""
    seen = {spelling_key(form) for form in own_forms if form}
    kept = []
    for value in values:
        text = " ".join(value.split())
        if text and spelling_key(text) not in seen:
            seen.add(spelling_key(text))
            kept.append(text)
    return kept


def cleaned_person(record: PersonRecord) -> PersonRecord:
    """The record as stored: text trimmed, blanks as None, a country code in capitals."""
    family = (record.family_name or "").strip()
    given = _text(record.given_name)
    return replace(
        record,
        family_name=family,
        given_name=given,
        first_reference=_text(record.first_reference),
        second_reference=_text(record.second_reference),
        salutation=_text(record.salutation),
        honorific=_text(record.honorific),
        name_zh=_text(record.name_zh),
        alternative_spellings=_spellings(
            record.alternative_spellings, (record.name_en, record.first_reference)
        ),
        country_code=(_text(record.country_code) or "").upper() or None,
        email=_text(record.email),
        phone=_text(record.phone),
        mobile=_text(record.mobile),
        address=_text(record.address),
        bio=_text(record.bio),
        photo=record.photo or None,
        photo_mime=_text(record.photo_mime) if record.photo else None,
        notes=_text(record.notes),
        uid=_text(record.uid),
    )


def cleaned_organisation(record: OrganisationRecord) -> OrganisationRecord:
    return replace(
        record,
        name_en=(record.name_en or "").strip(),
        name_zh=_text(record.name_zh),
        short_name_en=_text(record.short_name_en),
        country_code=(_text(record.country_code) or "").upper() or None,
        notes=_text(record.notes),
        uid=_text(record.uid),
    )


def cleaned_post(record: PostRecord) -> PostRecord:
    return replace(
        record,
        title_en=(record.title_en or "").strip(),
        title_zh=_text(record.title_zh),
        uid=_text(record.uid),
    )


# -- rules -----------------------------------------------------------------------------------


def _country_problem(code: str | None, refs: References) -> Problem | None:
    if code is None or code in refs.countries:
        return None
    return problem(
        "country_code",
        QT_TRANSLATE_NOOP(
            "Problems",
            "“{code}” is not a country the directory knows: choose one from the list "
            "(a two-letter ISO 3166 code, such as TJ for Tajikistan).",
        ),
        code=code,
    )


def _uid_problem(uid: str | None) -> Problem | None:
    if uid is None or (len(uid) <= UID_MAX_LENGTH and not any(ch.isspace() for ch in uid)):
        return None
    return problem(
        "uid",
        QT_TRANSLATE_NOOP(
            "Problems", "The uid “{uid}” is not usable: at most {length} characters, no spaces."
        ),
        uid=uid,
        length=UID_MAX_LENGTH,
    )


def validate_person_record(record: PersonRecord, refs: References) -> list[Problem]:
    """Everything that blocks saving a (cleaned) person, in the order of the form."""
    problems = validate_person(
        PersonDraft(
            family_name=record.family_name,
            given_name=record.given_name,
            name_order=record.name_order,
        )
    )
    for found in (_country_problem(record.country_code, refs), _uid_problem(record.uid)):
        if found:
            problems.append(found)
    if record.email and usable_email(record.email) is None:
        problems.append(
            problem(
                "email",
                QT_TRANSLATE_NOOP(
                    "Problems",
                    "“{email}” is not an e-mail address: write it like name@example.com, "
                    "or leave it empty.",
                ),
                email=record.email,
            )
        )
    if record.photo and not (record.photo_mime or "").startswith("image/"):
        problems.append(
            problem(
                "photo",
                QT_TRANSLATE_NOOP(
                    "Problems", "The photo must be an image (JPEG or PNG): choose another file."
                ),
            )
        )
    return problems


def _parent_chain_reaches(refs: References, start: int | None, target: int) -> bool:
    seen: set[int] = set()
    current = start
    while current is not None and current not in seen:
        if current == target:
            return True
        seen.add(current)
        current = refs.organisation_parents.get(current)
    return False


def validate_organisation_record(record: OrganisationRecord, refs: References) -> list[Problem]:
    """Everything that blocks saving a (cleaned) organisation."""
    problems = []
    if not record.name_en:
        problems.append(
            problem(
                "name_en", QT_TRANSLATE_NOOP("Problems", "Enter the organisation's English name.")
            )
        )
    else:
        same = refs.organisation_names.get((fold(record.name_en), record.country_code))
        if same is not None and same != record.id:
            problems.append(
                problem(
                    "name_en",
                    QT_TRANSLATE_NOOP(
                        "Problems",
                        "“{name}” already exists for this country (organisation {number}): "
                        "open that one, or make the name more precise.",
                    ),
                    name=record.name_en,
                    number=same,
                )
            )
    for found in (_country_problem(record.country_code, refs), _uid_problem(record.uid)):
        if found:
            problems.append(found)
    if record.parent_id is not None:
        if record.parent_id not in refs.organisation_parents:
            problems.append(
                problem(
                    "parent_id",
                    QT_TRANSLATE_NOOP(
                        "Problems", "The parent organisation no longer exists: choose another."
                    ),
                )
            )
        elif record.id is not None and _parent_chain_reaches(refs, record.parent_id, record.id):
            problems.append(
                problem(
                    "parent_id",
                    QT_TRANSLATE_NOOP(
                        "Problems",
                        "An organisation cannot be inside itself: choose a parent that is not "
                        "this organisation or one of its parts.",
                    ),
                )
            )
    return problems


def validate_post(record: PostRecord, refs: References) -> list[Problem]:
    """Everything that blocks saving a (cleaned) post."""
    problems = []
    if refs.person_ids and record.person_id not in refs.person_ids:
        problems.append(
            problem(
                "person_id",
                QT_TRANSLATE_NOOP("Problems", "The person no longer exists: refresh the list."),
            )
        )
    if not record.title_en and not record.title_zh:
        problems.append(
            problem(
                "title_en",
                QT_TRANSLATE_NOOP("Problems", "Give the post a title, in English or Chinese."),
            )
        )
    if record.start_date and record.end_date and record.end_date < record.start_date:
        problems.append(
            problem(
                "end_date",
                QT_TRANSLATE_NOOP(
                    "Problems",
                    "The post cannot end ({end}) before it starts ({start}): "
                    "correct one of the dates.",
                ),
                end=record.end_date.isoformat(),
                start=record.start_date.isoformat(),
            )
        )
    if record.organisation_id is not None and (
        record.organisation_id not in refs.organisation_parents
    ):
        problems.append(
            problem(
                "organisation_id",
                QT_TRANSLATE_NOOP("Problems", "The organisation no longer exists: choose another."),
            )
        )
    if record.functions_since is not None and record.functions_since.tzinfo is None:
        problems.append(
            problem(
                "functions_since",
                QT_TRANSLATE_NOOP(
                    "Problems", "Give the time functions were taken up with its zone."
                ),
            )
        )
    if uid_problem := _uid_problem(record.uid):
        problems.append(uid_problem)
    return problems


def validate_country(record: CountryRecord, refs: References) -> list[Problem]:
    if record.code not in refs.countries:
        return [
            problem(
                "code",
                QT_TRANSLATE_NOOP("Problems", "There is no country {code} in the directory."),
                code=repr(record.code),
            )
        ]
    return []
