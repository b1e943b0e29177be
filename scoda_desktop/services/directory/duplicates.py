"""The duplicate warning: people already in the directory who may be the one being added.

A warning, never a refusal: two people may share a name, and only the office can tell. Each
match says why, most certain first:

1. the same name (accents and case ignored), or a recorded alternative spelling of one is a
   name form of the other ("Muhammad Egamzod" is recorded for Muhammed Igormonzod);
2. the same Chinese name;
3. the same transliteration skeleton (``folding.skeleton``: "Bahodir Rahimov" and "Bakhodir
   Rakhimov");
4. the same given name and surname stem ("Egamov" and "Egamzoda": Tajik surnames moving to
   -zoda forms);
5. a similar skeleton and a similar spelling (difflib ratios at least ``SIMILAR_SKELETON`` and
   ``SIMILAR_SPELLING``, every word at least ``SIMILAR_WORD`` alike: "Muhammad Egamzod" and
   "Muhammed Igormonzod" have skeletons "mhmd gmzd" and "mhmd grmnzd", 0.9 alike);
6. the same organisation (a post there, now or before) and a name at least
   ``SIMILAR_AT_SAME_ORGANISATION`` alike, every word at least ``SIMILAR_WORD_THERE`` (an
   initial matches the word it begins: "A. Zhaksylykova" and "Aigerim Zhaksylykova").

Every word must be alike, not only the whole name: "Aizhan Tokhtarova" is not "Yerlan
Tokhtarov", however long the shared surname.

Rules 3 to 5 compare people of one country only when both countries are recorded, and need
skeletons of at least ``SHORTEST_SKELETON`` letters with no word reduced to a single letter:
short romanised syllables ("Li", "Liu", "Lei" all give "l") say too little. Every person's
name forms are read once with column selects and compared in Python.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlmodel import Session

from scoda_desktop.domain.enums import NameOrder
from scoda_desktop.domain.models import Organisation, Person, Position
from scoda_desktop.domain.naming import first_reference
from scoda_desktop.services.directory.folding import (
    family_stem,
    fold,
    similarity,
    skeleton,
)
from scoda_desktop.services.directory.listing import person_name_forms
from scoda_desktop.services.directory.records import PersonRecord

__all__ = ["Candidate", "DuplicateFinder", "Match", "possible_duplicates"]

SIMILAR_SKELETON = 0.8
SIMILAR_SPELLING = 0.6
SIMILAR_WORD = 0.6
SIMILAR_AT_SAME_ORGANISATION = 0.7
SIMILAR_WORD_THERE = 0.5
SHORTEST_SKELETON = 4


@dataclass(frozen=True, slots=True)
class Candidate:
    """The person about to be added (or imported), as far as names and posts go."""

    family_name: str
    given_name: str | None = None
    name_order: NameOrder = NameOrder.GIVEN_FIRST
    first_reference: str | None = None
    name_zh: str | None = None
    alternative_spellings: tuple[str, ...] = ()
    country_code: str | None = None
    organisation_ids: frozenset[int] = frozenset()
    person_id: int | None = None  # a saved person is not their own duplicate

    @classmethod
    def from_record(
        cls, record: PersonRecord, organisation_ids: Iterable[int | None] = ()
    ) -> Candidate:
        return cls(
            family_name=record.family_name,
            given_name=record.given_name,
            name_order=record.name_order,
            first_reference=record.first_reference,
            name_zh=record.name_zh,
            alternative_spellings=tuple(record.alternative_spellings),
            country_code=record.country_code,
            organisation_ids=frozenset(i for i in organisation_ids if i is not None),
            person_id=record.id,
        )

    @property
    def name_en(self) -> str:
        return first_reference(
            self.family_name, self.given_name, self.name_order, self.first_reference
        )


@dataclass(frozen=True, slots=True)
class Match:
    """Someone the candidate may be: a person in the directory, or (``row``) an earlier row
    of the same import."""

    person_id: int | None
    name_en: str
    name_zh: str | None
    country_code: str | None
    score: float  # 1.0 for the same name; lower for likeness
    reason: str
    row: int | None = None  # the line or card number of an import row

    def describe(self) -> str:
        return f"{self.name_en}: {self.reason}"


@dataclass(slots=True)
class _Known:
    person_id: int | None
    row: int | None
    name_en: str
    name_zh: str | None
    country_code: str | None
    spellings: frozenset[str]  # folded alternative spellings
    forms: dict[str, str]  # folded form -> the form as recorded
    skeletons: dict[str, str]  # order-free skeleton -> the form it came from
    given: str  # skeleton of the given name
    stem: str  # family_stem of the family name
    organisations: dict[int, str] = field(default_factory=dict)


def _known(
    person_id: int | None,
    row: int | None,
    candidate: Candidate,
    organisations: dict[int, str],
) -> _Known:
    forms = person_name_forms(
        candidate.family_name,
        candidate.given_name,
        candidate.name_order,
        candidate.first_reference,
        None,
        None,
        candidate.alternative_spellings,
    )
    skeletons: dict[str, str] = {}
    for form in forms:
        words = skeleton(form).split()
        # A word reduced to one letter ("Li", "Lei", "Liu": "l") tells names apart too poorly.
        if all(len(w) >= 2 for w in words) and sum(map(len, words)) >= SHORTEST_SKELETON:
            skeletons.setdefault(" ".join(sorted(words)), form)
    return _Known(
        person_id=person_id,
        row=row,
        name_en=candidate.name_en,
        name_zh=(candidate.name_zh or "").strip() or None,
        country_code=candidate.country_code,
        spellings=frozenset(fold(s) for s in candidate.alternative_spellings),
        forms={fold(form): form for form in forms},
        skeletons=skeletons,
        given=skeleton(candidate.given_name),
        stem=family_stem(candidate.family_name),
        organisations=organisations,
    )


def _weakest_word(a: str, b: str) -> float:
    """How alike the least alike word of the shorter name is to its best counterpart in the
    other: two names are alike only if each word is. An initial ("A.") matches a word it
    begins."""
    short, long_ = sorted((a.split(), b.split()), key=len)
    if not short:
        return 0.0

    def alike(x: str, y: str) -> float:
        letter = x.rstrip(".")
        if len(letter) == 1:
            return 1.0 if y.startswith(letter) else 0.0
        return similarity(x, y)

    return min(max(alike(x, y) for y in long_) for x in short)


def _likeness(a: str, b: str) -> tuple[float, float]:
    """(ratio of the whole strings, ``_weakest_word``)."""
    return similarity(a, b), _weakest_word(a, b)


def _compare(new: _Known, old: _Known) -> tuple[float, str] | None:
    """The strongest reason to think ``new`` is ``old``, with its score; None if none."""
    for folded, form in new.forms.items():
        if folded in old.forms:
            recorded = old.forms[folded]
            if folded in old.spellings:
                return 1.0, f"“{recorded}” is a recorded alternative spelling of {old.name_en}"
            if folded in new.spellings:
                return 1.0, f"the alternative spelling “{form}” is {old.name_en}'s name"
            return 1.0, f"the same name as {old.name_en}"
    if new.name_zh and new.name_zh == old.name_zh:
        return 1.0, f"the same Chinese name {old.name_zh}"
    same_country = not (new.country_code and old.country_code) or (
        new.country_code == old.country_code
    )
    if same_country:
        for key, form in new.skeletons.items():
            if key in old.skeletons:
                return 0.95, (
                    f"“{form}” and “{old.skeletons[key]}” are transliterations of the same name"
                )
        if min(len(new.given), len(new.stem)) >= 2 and (new.given, new.stem) == (
            old.given,
            old.stem,
        ):
            return 0.9, (
                f"the same given name and surname stem as {old.name_en} (surnames change "
                "endings such as -ov and -zoda)"
            )
        for a, form in new.skeletons.items():
            for b, other in old.skeletons.items():
                whole, weakest = _likeness(a, b)
                if (
                    whole >= SIMILAR_SKELETON
                    and weakest >= SIMILAR_WORD
                    and similarity(fold(form), fold(other)) >= SIMILAR_SPELLING
                ):
                    return round(0.6 + whole * 0.3, 2), (
                        f"“{form}” may be another transliteration of “{other}” "
                        f"(likeness {whole:.2f})"
                    )
    shared = sorted(set(new.organisations) & set(old.organisations))
    if shared:
        for a in new.forms:
            for b in old.forms:
                whole, weakest = _likeness(a, b)
                if whole >= SIMILAR_AT_SAME_ORGANISATION and weakest >= SIMILAR_WORD_THERE:
                    return 0.7, (
                        f"a similar name at the same organisation ({old.organisations[shared[0]]})"
                    )
    return None


class DuplicateFinder:
    """Everyone in the directory, read once, to check one candidate after another (an import
    checks each row against the directory and the rows before it)."""

    def __init__(self, session: Session) -> None:
        person, pos, org = Person.__table__.c, Position.__table__.c, Organisation.__table__.c
        worked_at: dict[int, dict[int, str]] = {}
        for person_id, org_id, org_name in session.execute(
            sa.select(pos.person_id, org.id, org.name_en).join(
                Organisation.__table__, org.id == pos.organisation_id
            )
        ):
            worked_at.setdefault(person_id, {})[org_id] = org_name
        self.organisation_names: dict[int, str] = dict(
            session.execute(sa.select(org.id, org.name_en)).all()
        )
        self._known = [
            _known(
                row.id,
                None,
                Candidate(
                    family_name=row.family_name,
                    given_name=row.given_name,
                    name_order=NameOrder(row.name_order),
                    first_reference=row.first_reference,
                    name_zh=row.name_zh,
                    alternative_spellings=tuple(row.alternative_spellings or ()),
                    country_code=row.country_code,
                ),
                worked_at.get(row.id, {}),
            )
            for row in session.execute(
                sa.select(
                    person.id,
                    person.family_name,
                    person.given_name,
                    person.name_order,
                    person.first_reference,
                    person.name_zh,
                    person.alternative_spellings,
                    person.country_code,
                )
            )
        ]

    def _as_known(self, candidate: Candidate, row: int | None = None) -> _Known:
        names = {
            i: self.organisation_names.get(i, f"organisation {i}")
            for i in candidate.organisation_ids
        }
        return _known(candidate.person_id, row, candidate, names)

    def find(self, candidate: Candidate) -> list[Match]:
        """The people ``candidate`` may be, most likely first."""
        new = self._as_known(candidate)
        matches = []
        for old in self._known:
            if old.person_id is not None and old.person_id == candidate.person_id:
                continue
            found = _compare(new, old)
            if found:
                matches.append(
                    Match(
                        person_id=old.person_id,
                        name_en=old.name_en,
                        name_zh=old.name_zh,
                        country_code=old.country_code,
                        score=found[0],
                        reason=found[1],
                        row=old.row,
                    )
                )
        return sorted(matches, key=lambda m: (-m.score, fold(m.name_en)))

    def add(self, candidate: Candidate, row: int) -> None:
        """Compare later candidates with this one too (a new person of an import's ``row``)."""
        self._known.append(self._as_known(candidate, row))


def possible_duplicates(session: Session, candidate: Candidate) -> list[Match]:
    """The people in the directory ``candidate`` may be, most likely first, each with the
    reason; empty when nobody resembles them."""
    return DuplicateFinder(session).find(candidate)
