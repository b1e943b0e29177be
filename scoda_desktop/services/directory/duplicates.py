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
short romanised syllables ("Li", "Liu", "Lei" all give "l") say too little.

Every person's name forms are read once with column selects and indexed (``DuplicateFinder``):
by folded form, Chinese name, skeleton, given name and stem, organisation, and, for rule 5,
skeletons by country and word (every word must be alike, so an alike skeleton has a word alike
to one of the candidate's; ``folding.SimilarTexts`` finds the alike words). A candidate is
compared with the people those keys lead to, not with everyone: each rule needs a key in
common, so the matches are those of comparing with everyone (``find_exhaustive``, which the
tests compare it with). People with the same names, spellings and country are compared once,
and difflib only runs where the lengths and letters two names share allow the ratio asked for
(``folding.Likeness``).
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
    Likeness,
    SimilarTexts,
    family_stem,
    fold,
    folded_skeleton,
    similarity,
    skeleton,
    weakest_word,
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

    @property
    def naming(self) -> tuple[object, ...]:
        """What the rules read of the candidate but the organisations: people who have the
        same are compared once."""
        return (
            self.family_name,
            self.given_name,
            NameOrder(self.name_order),
            self.first_reference,
            self.name_zh,
            self.alternative_spellings,
            self.country_code,
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
class _Name:
    """A name as the rules compare it (shared by the people who have the same)."""

    name_en: str
    folded_en: str
    name_zh: str | None
    country_code: str | None
    spellings: frozenset[str]  # folded alternative spellings
    forms: dict[str, str]  # folded form -> the form as recorded
    skeletons: dict[str, str]  # order-free skeleton -> the form it came from
    spelt: dict[str, str]  # order-free skeleton -> that form folded
    words: frozenset[tuple[str, ...]]  # each folded form's words, sorted
    given: str  # skeleton of the given name
    stem: str  # family_stem of the family name
    id: int = -1  # its place in the finder
    indexed: bool = False  # someone in the finder has it


@dataclass(frozen=True, slots=True)
class _Person:
    person_id: int | None
    row: int | None
    name: _Name
    organisations: dict[int, str] = field(default_factory=dict)


def _name(candidate: Candidate) -> _Name:
    forms = person_name_forms(
        candidate.family_name,
        candidate.given_name,
        candidate.name_order,
        candidate.first_reference,
        None,
        None,
        candidate.alternative_spellings,
    )
    folded_forms = [(form, fold(form)) for form in forms]
    skeletons: dict[str, str] = {}
    spelt: dict[str, str] = {}
    for form, folded in folded_forms:
        words = folded_skeleton(folded).split()
        # A word reduced to one letter ("Li", "Lei", "Liu": "l") tells names apart too poorly.
        if all(len(w) >= 2 for w in words) and sum(map(len, words)) >= SHORTEST_SKELETON:
            key = " ".join(sorted(words))
            skeletons.setdefault(key, form)
            spelt.setdefault(key, folded)
    name_en = candidate.name_en
    return _Name(
        name_en=name_en,
        folded_en=fold(name_en),
        name_zh=(candidate.name_zh or "").strip() or None,
        country_code=candidate.country_code,
        spellings=frozenset(fold(s) for s in candidate.alternative_spellings),
        forms={folded: form for form, folded in folded_forms},
        skeletons=skeletons,
        spelt=spelt,
        words=frozenset(tuple(sorted(folded.split())) for _, folded in folded_forms),
        given=skeleton(candidate.given_name),
        stem=family_stem(candidate.family_name),
    )


def _likeness(a: str, b: str) -> tuple[float, float]:
    """(ratio of the whole strings, ``folding.weakest_word``)."""
    return similarity(a, b), weakest_word(a, b)


def _same_person(new: _Name, old: _Name, likeness: Likeness | None) -> tuple[float, str] | None:
    """Rules 1 to 5: the strongest reason to think ``new`` is ``old`` going by their names,
    with its score; None if none. Without ``likeness`` every ratio is computed as written."""
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
    if not same_country:
        return None
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
            if likeness is None:
                whole, weakest = _likeness(a, b)
                alike = whole >= SIMILAR_SKELETON and weakest >= SIMILAR_WORD
                spelt_alike = similarity(fold(form), fold(other)) >= SIMILAR_SPELLING
            else:
                whole = likeness.reaches(a, b, SIMILAR_SKELETON, SIMILAR_WORD)
                alike = whole > 0
                spelt_alike = alike and (
                    likeness.reaches(new.spelt[a], old.spelt[b], SIMILAR_SPELLING, 0) > 0
                )
            if alike and spelt_alike:
                return round(0.6 + whole * 0.3, 2), (
                    f"“{form}” may be another transliteration of “{other}” (likeness {whole:.2f})"
                )
    return None


def _alike_at_one_organisation(new: _Name, old: _Name, likeness: Likeness | None) -> bool:
    """Rule 6, going by the names: alike enough for people who share an organisation."""
    if likeness is not None and not any(
        likeness.words_alike(a, b, SIMILAR_WORD_THERE) for a in new.words for b in old.words
    ):
        return False  # every word must be alike, whatever their order in each form
    for a in new.forms:
        for b in old.forms:
            if likeness is None:
                whole, weakest = _likeness(a, b)
                if whole >= SIMILAR_AT_SAME_ORGANISATION and weakest >= SIMILAR_WORD_THERE:
                    return True
            elif likeness.reaches(a, b, SIMILAR_AT_SAME_ORGANISATION, SIMILAR_WORD_THERE):
                return True
    return False


def _at_one_organisation(old: _Person, organisation_ids: frozenset[int]) -> str:
    """Rule 6's reason (an organisation they share)."""
    shared = sorted(organisation_ids & set(old.organisations))
    return f"a similar name at the same organisation ({old.organisations[shared[0]]})"


class DuplicateFinder:
    """People to check candidates against, one after another (an import checks each row
    against the directory and the rows before it), indexed by the keys the rules need."""

    def __init__(self, organisation_names: dict[int, str] | None = None) -> None:
        self.organisation_names = organisation_names or {}
        self._people: list[_Person] = []
        self._names: dict[tuple[object, ...], _Name] = {}
        self._people_named: list[list[int]] = []  # by _Name.id: their places in _people
        self._by_form: dict[str, list[_Name]] = {}
        self._by_chinese: dict[str, list[_Name]] = {}
        self._by_skeleton: dict[str, list[_Name]] = {}
        self._by_given_stem: dict[tuple[str, str], list[_Name]] = {}
        self._by_organisation: dict[int, list[int]] = {}
        # Rule 5 compares people of one country (or of none recorded) whose skeletons have
        # every word alike: skeletons by country and word, and the words alike to a word.
        self._skeletons_with: dict[tuple[str | None, str], list[str]] = {}
        self._countries: dict[str | None, set[str]] = {}  # country -> its skeletons
        self._word_count: dict[str, int] = {}  # skeleton -> its words
        self._words = SimilarTexts(SIMILAR_WORD)
        self._alike_words: dict[str, set[str]] = {}
        self._alike_skeletons: dict[tuple[str | None, str], list[str]] = {}
        self._likeness = Likeness()
        self._verdicts: dict[tuple[int, int], tuple[float, str] | None] = {}  # rules 1-5
        self._alike_there: dict[tuple[int, int], bool] = {}  # rule 6, by the names' ids

    @classmethod
    def read(cls, session: Session) -> DuplicateFinder:
        """Everyone in the directory, read with column selects."""
        person, pos, org = Person.__table__.c, Position.__table__.c, Organisation.__table__.c
        finder = cls(dict(session.execute(sa.select(org.id, org.name_en)).all()))
        worked_at: dict[int, dict[int, str]] = {}
        for person_id, org_id, org_name in session.execute(
            sa.select(pos.person_id, org.id, org.name_en).join(
                Organisation.__table__, org.id == pos.organisation_id
            )
        ):
            worked_at.setdefault(person_id, {})[org_id] = org_name
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
            ).order_by(person.id)
        ):
            candidate = Candidate(
                family_name=row.family_name,
                given_name=row.given_name,
                name_order=NameOrder(row.name_order),
                first_reference=row.first_reference,
                name_zh=row.name_zh,
                alternative_spellings=tuple(row.alternative_spellings or ()),
                country_code=row.country_code,
            )
            finder._add(_Person(row.id, None, finder._name(candidate), worked_at.get(row.id, {})))
        return finder

    def __len__(self) -> int:
        return len(self._people)

    # -- gathering -----------------------------------------------------------------------

    def _name(self, candidate: Candidate) -> _Name:
        naming = candidate.naming
        name = self._names.get(naming)
        if name is None:
            name = self._names[naming] = _name(candidate)
            name.id = len(self._people_named)
            self._people_named.append([])
        return name

    def _add(self, person: _Person) -> None:
        place = len(self._people)
        self._people.append(person)
        name = person.name
        self._people_named[name.id].append(place)
        for organisation_id in person.organisations:
            self._by_organisation.setdefault(organisation_id, []).append(place)
        if name.indexed:
            return
        name.indexed = True
        for folded in name.forms:
            self._by_form.setdefault(folded, []).append(name)
        if name.name_zh:
            self._by_chinese.setdefault(name.name_zh, []).append(name)
        for key in name.skeletons:
            self._by_skeleton.setdefault(key, []).append(name)
            skeletons = self._countries.setdefault(name.country_code, set())
            if key not in skeletons:
                skeletons.add(key)
                self._alike_skeletons.clear()  # a new skeleton may be alike to any
                words = key.split()
                self._word_count[key] = len(words)
                for word in set(words):
                    self._skeletons_with.setdefault((name.country_code, word), []).append(key)
                    if word not in self._words:
                        self._words.add(word)
                        self._alike_words.clear()
        if min(len(name.given), len(name.stem)) >= 2:
            self._by_given_stem.setdefault((name.given, name.stem), []).append(name)

    def add(self, candidate: Candidate, row: int | None = None) -> int:
        """Compare later candidates with this one too: a new person of an import's ``row``,
        or (no row) someone in the directory, ``candidate.person_id``. Its place, for
        ``find``'s ``among_first``."""
        names = {
            i: self.organisation_names.get(i, f"organisation {i}")
            for i in candidate.organisation_ids
        }
        self._add(_Person(candidate.person_id, row, self._name(candidate), names))
        return len(self._people) - 1

    # -- finding -------------------------------------------------------------------------

    def _words_alike(self, word: str) -> set[str]:
        """The skeleton words gathered that are ``SIMILAR_WORD`` alike to ``word`` (either
        way round)."""
        alike = self._alike_words.get(word)
        if alike is None:
            reaches = self._likeness.reaches
            alike = self._alike_words[word] = {
                other
                for other in self._words.similar(word)
                if reaches(word, other, SIMILAR_WORD, 0) or reaches(other, word, SIMILAR_WORD, 0)
            }
        return alike

    def _alike_in(self, country: str | None, key: str) -> list[str]:
        """The skeletons of people of ``country`` (None: no country recorded) alike enough
        to ``key`` for rule 5.

        Every word of the skeleton with fewer words must be alike to one of the other's. So a
        skeleton with as many words as ``key`` or more has a word alike to each of ``key``'s
        (looked up for the word with fewest), and one with fewer has a word alike to one of
        ``key``'s; only those are compared."""
        alike = self._alike_skeletons.get((country, key))
        if alike is not None:
            return alike
        words = key.split()
        with_alike_word = [
            {
                skeleton
                for other in self._words_alike(word)
                for skeleton in self._skeletons_with.get((country, other), ())
            }
            for word in words
        ]
        word_count = self._word_count
        candidates = min(with_alike_word, key=len) | {
            skeleton
            for found in with_alike_word
            for skeleton in found
            if word_count[skeleton] < len(words)
        }
        likeness = self._likeness
        alike = self._alike_skeletons[country, key] = [
            other
            for other in likeness.may_be_alike(key, candidates, SIMILAR_SKELETON)
            if likeness.reaches(key, other, SIMILAR_SKELETON, SIMILAR_WORD)
        ]
        return alike

    def _alike(self, new: _Name, key: str) -> list[str]:
        """The skeletons alike enough to ``key`` of ``new``'s skeletons, of the people rule 5
        compares ``new`` with: of the same country or none recorded (everyone if ``new`` has
        none)."""
        countries = list(self._countries) if new.country_code is None else [new.country_code, None]
        return [alike for country in countries for alike in self._alike_in(country, key)]

    def _names_sharing_a_key(self, new: _Name) -> set[int]:
        """The names that rules 1 to 5 may match ``new`` with (by their ids): each rule needs
        a form, Chinese name, skeleton, given name and stem, or an alike skeleton in common."""
        found: list[_Name] = []
        for folded in new.forms:
            found += self._by_form.get(folded, ())
        if new.name_zh:
            found += self._by_chinese.get(new.name_zh, ())
        for key in new.skeletons:
            found += self._by_skeleton.get(key, ())
            for alike in self._alike(new, key):
                found += self._by_skeleton.get(alike, ())
        if min(len(new.given), len(new.stem)) >= 2:
            found += self._by_given_stem.get((new.given, new.stem), ())
        return {name.id for name in found}

    def _verdict(self, new: _Name, old: _Name) -> tuple[float, str] | None:
        key = (new.id, old.id)
        if key not in self._verdicts:
            self._verdicts[key] = _same_person(new, old, self._likeness)
        return self._verdicts[key]

    def _alike_at_one_organisation(self, new: _Name, old: _Name) -> bool:
        key = (new.id, old.id)
        alike = self._alike_there.get(key)
        if alike is None:
            alike = self._alike_there[key] = _alike_at_one_organisation(new, old, self._likeness)
        return alike

    def find(self, candidate: Candidate, among_first: int | None = None) -> list[Match]:
        """The people ``candidate`` may be, most likely first; only the first ``among_first``
        people gathered if given."""
        new = self._name(candidate)
        limit = len(self._people) if among_first is None else among_first
        found: list[tuple[int, float, str]] = []  # (place, score, reason)
        matched: set[int] = set()
        for name_id in self._names_sharing_a_key(new):
            places = self._people_named[name_id]
            if not places or places[0] >= limit:
                continue
            verdict = self._verdict(new, self._people[places[0]].name)
            if verdict is None:
                continue
            for place in places:
                if place >= limit:
                    break
                if self._is_candidate(place, candidate):
                    continue
                matched.add(place)
                found.append((place, *verdict))
        for organisation_id in sorted(candidate.organisation_ids):
            for place in self._by_organisation.get(organisation_id, ()):
                if place >= limit:
                    break
                if place in matched or self._is_candidate(place, candidate):
                    continue
                # Not matched by name: rules 1 to 5 found nothing (their keys lead to every
                # name they can match), so rule 6 decides.
                matched.add(place)
                old = self._people[place]
                if self._alike_at_one_organisation(new, old.name):
                    reason = _at_one_organisation(old, candidate.organisation_ids)
                    found.append((place, 0.7, reason))
        return self._matches(found)

    def find_exhaustive(self, candidate: Candidate, among_first: int | None = None) -> list[Match]:
        """What ``find`` returns, found by comparing the candidate with everyone, every ratio
        computed as written: the reference ``find``'s index must agree with (the tests)."""
        new = _name(candidate)
        found = []
        for place, old in enumerate(self._people[:among_first]):
            if self._is_candidate(place, candidate):
                continue
            verdict = _same_person(new, old.name, None)
            if (
                verdict is None
                and candidate.organisation_ids & set(old.organisations)
                and _alike_at_one_organisation(new, old.name, None)
            ):
                verdict = 0.7, _at_one_organisation(old, candidate.organisation_ids)
            if verdict is not None:
                found.append((place, *verdict))
        return self._matches(found)

    def _is_candidate(self, place: int, candidate: Candidate) -> bool:
        """A saved person is not their own duplicate."""
        person_id = self._people[place].person_id
        return person_id is not None and person_id == candidate.person_id

    def _matches(self, found: list[tuple[int, float, str]]) -> list[Match]:
        """Most likely first; for equal scores, by name, then in the order gathered."""
        matches = []
        folded: dict[str, str] = {}
        for place, score, reason in sorted(found):
            old = self._people[place]
            folded[old.name.name_en] = old.name.folded_en
            matches.append(
                Match(
                    person_id=old.person_id,
                    name_en=old.name.name_en,
                    name_zh=old.name.name_zh,
                    country_code=old.name.country_code,
                    score=score,
                    reason=reason,
                    row=old.row,
                )
            )
        return sorted(matches, key=lambda m: (-m.score, folded[m.name_en]))


def possible_duplicates(session: Session, candidate: Candidate) -> list[Match]:
    """The people in the directory ``candidate`` may be, most likely first, each with the
    reason; empty when nobody resembles them."""
    return DuplicateFinder.read(session).find(candidate)
