"""The duplicate warning's index finds what comparing with everyone finds: every rule needs a
key in common (a form, the Chinese name, a skeleton, given name and stem, an alike skeleton, an
organisation), and the shortcuts that skip difflib only skip pairs that cannot be alike."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scoda_desktop.domain.enums import NameOrder
from scoda_desktop.services.directory.duplicates import Candidate, DuplicateFinder
from scoda_desktop.services.directory.folding import (
    Likeness,
    SimilarTexts,
    similarity,
    weakest_word,
)

# Names built from parts that make transliteration variants, shared words and changing
# surname endings common, as in the directory (and a few arbitrary ones).
GIVEN = [
    "Muhammad",
    "Muhammed",
    "Mukhammad",
    "Bahodir",
    "Bakhodir",
    "Erlan",
    "Yerlan",
    "Aizhan",
    "Aigerim",
    "A.",
    "Jianjun",
    "Talant",
    "Ivan",
]
STEMS = [
    "Egam",
    "Igamz",
    "Igormon",
    "Rahim",
    "Rakhim",
    "Jumaba",
    "Dzhumaba",
    "Tokhtar",
    "Li",
    "Wang",
]
ENDINGS = ["", "ov", "ova", "ev", "zoda", "zod", "zade"]
ORGANISATIONS = {
    1: "Embassy of Tajikistan in China",
    2: "Embassy of Kazakhstan in China",
    3: "SCODA",
}

arbitrary = st.text(alphabet="abdeghikmnorsuzy .", min_size=1, max_size=9).map(str.title)
given_names = st.one_of(st.sampled_from(GIVEN), st.sampled_from(GIVEN), arbitrary, st.none())
family_names = st.one_of(
    *[st.builds(str.__add__, st.sampled_from(STEMS), st.sampled_from(ENDINGS))] * 3, arbitrary
)
full_names = st.builds(lambda g, f: f"{g or ''} {f}".strip(), given_names, family_names)


@st.composite
def candidates(draw: st.DrawFn, person_id: int | None = None) -> Candidate:
    return Candidate(
        family_name=draw(family_names),
        given_name=draw(given_names),
        name_order=draw(st.sampled_from(NameOrder)),
        first_reference=draw(st.one_of(st.none(), full_names)),
        name_zh=draw(st.sampled_from([*[None] * 8, "刘建军", "伊戈尔蒙佐德", " "])),
        alternative_spellings=tuple(draw(st.lists(full_names, max_size=2))),
        country_code=draw(st.sampled_from([None, "TJ", "TJ", "TJ", "KZ", "CN"])),
        organisation_ids=frozenset(draw(st.sets(st.sampled_from(list(ORGANISATIONS)), max_size=2))),
        person_id=person_id,
    )


@settings(max_examples=150, deadline=None)
@given(
    directory=st.lists(candidates(), max_size=30),
    rows=st.lists(candidates(), min_size=1, max_size=15),
    data=st.data(),
)
def test_the_index_finds_what_comparing_with_everyone_finds(directory, rows, data):
    finder = DuplicateFinder(ORGANISATIONS)
    for person_id, candidate in enumerate(directory, start=1):
        finder.add(Candidate(**{**_fields(candidate), "person_id": person_id}))
    places = [finder.add(candidate, row) for row, candidate in enumerate(rows, start=2)]
    for place, candidate in zip(places, rows, strict=True):
        # As an import asks: the directory and the rows before this one.
        assert finder.find(candidate, among_first=place) == finder.find_exhaustive(
            candidate, among_first=place
        )
    # As the person form asks, for someone new or someone saved (not their own duplicate).
    typed = data.draw(candidates(person_id=data.draw(st.sampled_from([None, 1, 2]))))
    assert finder.find(typed) == finder.find_exhaustive(typed)


def _fields(candidate: Candidate) -> dict[str, object]:
    return {name: getattr(candidate, name) for name in Candidate.__dataclass_fields__}


def test_each_rule_is_found_through_the_index():
    """One match by each rule, found by ``find`` as by ``find_exhaustive``."""
    finder = DuplicateFinder(ORGANISATIONS)
    for person_id, candidate in enumerate(
        [
            Candidate("Igormonzod", "Muhammed", country_code="TJ"),
            Candidate("Oratmangun", "Djauhari", alternative_spellings=("D. Oratmangun",)),
            Candidate("Rahimov", "Bahodir", country_code="TJ"),
            Candidate("Egamov", "Erlan", country_code="TJ"),
            Candidate("Liu", "Jianjun", NameOrder.FAMILY_FIRST, name_zh="刘建军"),
            Candidate("Tokhtarova", "Aizhan", country_code="KZ", organisation_ids=frozenset({2})),
        ],
        start=1,
    ):
        finder.add(Candidate(**{**_fields(candidate), "person_id": person_id}))
    asked = {
        "recorded alternative spelling": Candidate("Oratmangun", "D."),
        "the same Chinese name": Candidate("Lau", name_zh="刘建军"),
        "transliterations of the same name": Candidate("Rakhimov", "Bakhodir"),
        "surname stem": Candidate("Egamzoda", "Erlan", country_code="TJ"),
        "may be another transliteration": Candidate("Egamzod", "Muhammad", country_code="TJ"),
        "same organisation": Candidate("Tokhtarova", "A.", organisation_ids=frozenset({2})),
    }
    for reason, candidate in asked.items():
        found = finder.find(candidate)
        assert found == finder.find_exhaustive(candidate)
        assert [reason in match.reason for match in found] == [True], (reason, found)


texts = st.text(alphabet="abcdms ", max_size=14)


@settings(max_examples=100, deadline=None)
@given(
    gathered=st.lists(texts, max_size=40),
    later=st.lists(texts, max_size=10),
    queries=st.lists(texts, min_size=1, max_size=12),
    threshold=st.sampled_from([0.3, 0.5, 0.6, 0.7, 0.8, 0.95, 1.0]),
)
def test_similar_texts_misses_none_that_reach_the_threshold(gathered, later, queries, threshold):
    index = SimilarTexts(threshold)
    for text in gathered:
        index.add(text)
    # The first queries count every text; later ones use the lists, built then.
    for query in [*queries, *queries[:1] * SimilarTexts.SCANS_BEFORE_LISTING]:
        found = index.similar(query)
        assert found <= set(gathered)
        for text in set(gathered):
            if max(similarity(query, text), similarity(text, query)) >= threshold:
                assert text in found, (query, text)
    for text in later:  # gathered after the lists were built
        index.add(text)
    for query in queries:
        found = index.similar(query)
        for text in set(gathered + later):
            if max(similarity(query, text), similarity(text, query)) >= threshold:
                assert text in found, (query, text)


words = st.text(alphabet="abdeghikmnorsuz .", max_size=16)


@settings(max_examples=300, deadline=None)
@given(
    pairs=st.lists(st.tuples(words, words), min_size=1, max_size=10),
    whole=st.sampled_from([0.5, 0.6, 0.7, 0.8]),
    each_word=st.sampled_from([0, 0.5, 0.6]),
)
def test_likeness_decides_as_difflib_does(pairs, whole, each_word):
    likeness = Likeness()
    for a, b in [*pairs, *pairs]:  # the second time from what it kept
        ratio = similarity(a, b)
        alike = ratio >= whole and (each_word <= 0 or weakest_word(a, b) >= each_word)
        assert likeness.reaches(a, b, whole, each_word) == (ratio if alike else 0.0)
