"""The duplicate warning's rules: whether a person being added may be someone the directory
already has, and why.

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

A name is worked out once into what the rules compare (``ComparedName``: its forms folded,
skeletons, given name and stem). ``same_person`` (rules 1 to 5) and
``alike_at_one_organisation`` (rule 6) compare two of them, with the ratios of a ``Likeness``
(cheap where it can be) or, without one, every ratio computed as written.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from scoda_desktop.domain.enums import NameOrder
from scoda_desktop.domain.naming import first_reference
from scoda_desktop.services.directory.folding import (
    family_stem,
    fold,
    folded_skeleton,
    skeleton,
)
from scoda_desktop.services.directory.likeness import Likeness, similarity, weakest_word
from scoda_desktop.services.directory.listing import person_name_forms
from scoda_desktop.services.directory.records import PersonRecord
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, phrase

__all__ = [
    "Candidate",
    "ComparedName",
    "ComparedPerson",
    "Match",
    "alike_at_one_organisation",
    "compared_name",
    "same_person",
    "shared_organisation_reason",
]

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
    reason: str  # a ``wording.Phrase`` (context "ChangeText"): ``display.phrase_text`` shows it
    row: int | None = None  # the line or card number of an import row

    def describe(self) -> str:
        return f"{self.name_en}: {self.reason}"


@dataclass(slots=True)
class ComparedName:
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
class ComparedPerson:
    """Someone candidates are checked against: a person in the directory, or a new person of
    an import's ``row``."""

    person_id: int | None
    row: int | None
    name: ComparedName
    organisations: dict[int, str] = field(default_factory=dict)


def compared_name(candidate: Candidate) -> ComparedName:
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
    return ComparedName(
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


def same_person(
    new: ComparedName, old: ComparedName, likeness: Likeness | None
) -> tuple[float, str] | None:
    """Rules 1 to 5: the strongest reason to think ``new`` is ``old`` going by their names,
    with its score; None if none. Without ``likeness`` every ratio is computed as written."""
    for folded, form in new.forms.items():
        if folded in old.forms:
            recorded = old.forms[folded]
            if folded in old.spellings:
                return 1.0, phrase(
                    QT_TRANSLATE_NOOP(
                        "ChangeText", "“{spelling}” is a recorded alternative spelling of {name}"
                    ),
                    spelling=recorded,
                    name=old.name_en,
                )
            if folded in new.spellings:
                return 1.0, phrase(
                    QT_TRANSLATE_NOOP(
                        "ChangeText", "the alternative spelling “{spelling}” is {name}'s name"
                    ),
                    spelling=form,
                    name=old.name_en,
                )
            return 1.0, phrase(
                QT_TRANSLATE_NOOP("ChangeText", "the same name as {name}"), name=old.name_en
            )
    if new.name_zh and new.name_zh == old.name_zh:
        return 1.0, phrase(
            QT_TRANSLATE_NOOP("ChangeText", "the same Chinese name {name}"), name=old.name_zh
        )
    same_country = not (new.country_code and old.country_code) or (
        new.country_code == old.country_code
    )
    if not same_country:
        return None
    for key, form in new.skeletons.items():
        if key in old.skeletons:
            return 0.95, phrase(
                QT_TRANSLATE_NOOP(
                    "ChangeText", "“{form}” and “{other}” are transliterations of the same name"
                ),
                form=form,
                other=old.skeletons[key],
            )
    if min(len(new.given), len(new.stem)) >= 2 and (new.given, new.stem) == (
        old.given,
        old.stem,
    ):
        return 0.9, phrase(
            QT_TRANSLATE_NOOP(
                "ChangeText",
                "the same given name and surname stem as {name} (surnames change endings such "
                "as -ov and -zoda)",
            ),
            name=old.name_en,
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
                return round(0.6 + whole * 0.3, 2), phrase(
                    QT_TRANSLATE_NOOP(
                        "ChangeText",
                        "“{form}” may be another transliteration of “{other}” (likeness "
                        "{likeness})",
                    ),
                    form=form,
                    other=other,
                    likeness=f"{whole:.2f}",
                )
    return None


def alike_at_one_organisation(
    new: ComparedName, old: ComparedName, likeness: Likeness | None
) -> bool:
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


def shared_organisation_reason(old: ComparedPerson, organisation_ids: frozenset[int]) -> str:
    """Rule 6's reason (an organisation they share)."""
    shared = sorted(organisation_ids & set(old.organisations))
    return phrase(
        QT_TRANSLATE_NOOP("ChangeText", "a similar name at the same organisation ({name})"),
        name=old.organisations[shared[0]],
    )
