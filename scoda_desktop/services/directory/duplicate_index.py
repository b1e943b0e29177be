"""The duplicate warning's index: everyone in the directory, gathered once, to check many
candidates against (an import checks each row against the directory and the rows before it).

Every person's name forms are read once with column selects and indexed (``DuplicateFinder``):
by folded form, Chinese name, skeleton, given name and stem, organisation, and, for rule 5,
skeletons by country and word (every word must be alike, so an alike skeleton has a word alike
to one of the candidate's; ``likeness.SimilarTexts`` finds the alike words). A candidate is
compared with the people those keys lead to, not with everyone: each rule
(``duplicate_rules``) needs a key in common, so the matches are those of comparing with
everyone (``find_exhaustive``, which the tests compare it with). People with the same names,
spellings and country are compared once, and difflib only runs where the lengths and letters
two names share allow the ratio asked for (``likeness.Likeness``).
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Session

from scoda_desktop.domain.enums import NameOrder
from scoda_desktop.domain.models import Organisation, Person, Position
from scoda_desktop.services.directory.duplicate_rules import (
    SIMILAR_SKELETON,
    SIMILAR_WORD,
    Candidate,
    ComparedName,
    ComparedPerson,
    Match,
    alike_at_one_organisation,
    compared_name,
    same_person,
    shared_organisation_reason,
)
from scoda_desktop.services.directory.likeness import Likeness, SimilarTexts

__all__ = ["DuplicateFinder"]


class DuplicateFinder:
    """People to check candidates against, one after another (an import checks each row
    against the directory and the rows before it), indexed by the keys the rules need."""

    def __init__(self, organisation_names: dict[int, str] | None = None) -> None:
        self.organisation_names = organisation_names or {}
        self._people: list[ComparedPerson] = []
        self._names: dict[tuple[object, ...], ComparedName] = {}
        self._people_named: list[list[int]] = []  # by ComparedName.id: their places in _people
        self._by_form: dict[str, list[ComparedName]] = {}
        self._by_chinese: dict[str, list[ComparedName]] = {}
        self._by_skeleton: dict[str, list[ComparedName]] = {}
        self._by_given_stem: dict[tuple[str, str], list[ComparedName]] = {}
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
            finder._add(
                ComparedPerson(row.id, None, finder._name(candidate), worked_at.get(row.id, {}))
            )
        return finder

    def __len__(self) -> int:
        return len(self._people)

    # -- gathering -----------------------------------------------------------------------

    def _name(self, candidate: Candidate) -> ComparedName:
        naming = candidate.naming
        name = self._names.get(naming)
        if name is None:
            name = self._names[naming] = compared_name(candidate)
            name.id = len(self._people_named)
            self._people_named.append([])
        return name

    def _add(self, person: ComparedPerson) -> None:
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
        self._add(ComparedPerson(candidate.person_id, row, self._name(candidate), names))
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

    def _alike(self, new: ComparedName, key: str) -> list[str]:
        """The skeletons alike enough to ``key`` of ``new``'s skeletons, of the people rule 5
        compares ``new`` with: of the same country or none recorded (everyone if ``new`` has
        none)."""
        countries = list(self._countries) if new.country_code is None else [new.country_code, None]
        return [alike for country in countries for alike in self._alike_in(country, key)]

    def _names_sharing_a_key(self, new: ComparedName) -> set[int]:
        """The names that rules 1 to 5 may match ``new`` with (by their ids): each rule needs
        a form, Chinese name, skeleton, given name and stem, or an alike skeleton in common."""
        found: list[ComparedName] = []
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

    def _verdict(self, new: ComparedName, old: ComparedName) -> tuple[float, str] | None:
        key = (new.id, old.id)
        if key not in self._verdicts:
            self._verdicts[key] = same_person(new, old, self._likeness)
        return self._verdicts[key]

    def _alike_at_one_organisation(self, new: ComparedName, old: ComparedName) -> bool:
        key = (new.id, old.id)
        alike = self._alike_there.get(key)
        if alike is None:
            alike = self._alike_there[key] = alike_at_one_organisation(new, old, self._likeness)
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
                    reason = shared_organisation_reason(old, candidate.organisation_ids)
                    found.append((place, 0.7, reason))
        return self._matches(found)

    def find_exhaustive(self, candidate: Candidate, among_first: int | None = None) -> list[Match]:
        """What ``find`` returns, found by comparing the candidate with everyone, every ratio
        computed as written: the reference ``find``'s index must agree with (the tests)."""
        new = compared_name(candidate)
        found = []
        for place, old in enumerate(self._people[:among_first]):
            if self._is_candidate(place, candidate):
                continue
            verdict = same_person(new, old.name, None)
            if (
                verdict is None
                and candidate.organisation_ids & set(old.organisations)
                and alike_at_one_organisation(new, old.name, None)
            ):
                verdict = 0.7, shared_organisation_reason(old, candidate.organisation_ids)
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
