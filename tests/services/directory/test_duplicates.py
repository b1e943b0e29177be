"""The duplicate warning on the demo directory: alternative spellings, transliteration variants
such as Igormonzod/Egamzod, a similar name at the same organisation; silence for others."""

from __future__ import annotations

from dataclasses import replace

import pytest

from scoda_desktop.domain.enums import NameOrder
from scoda_desktop.services.directory import Candidate, PersonRecord, possible_duplicates

from .helpers import organisation_id, person_id


def matches(database, candidate: Candidate):
    with database.session() as session:
        return possible_duplicates(session, candidate)


def test_muhammad_egamzod_is_the_demo_deputy_ambassador(demo):
    [match] = matches(demo, Candidate("Egamzod", "Muhammad", country_code="TJ"))
    assert match.person_id == person_id(demo, "Igormonzod")
    assert match.name_en == "Muhammed Igormonzod"
    assert match.score == 1.0
    assert "alternative spelling" in match.reason


def test_egamzod_resembles_igormonzod_without_the_recorded_spelling(service, demo):
    pid = person_id(demo, "Igormonzod")
    record = service.person(pid).record
    service.save_person(replace(record, alternative_spellings=[]))
    [match] = matches(demo, Candidate("Egamzod", "Muhammad", country_code="TJ"))
    assert match.person_id == pid
    assert 0.8 <= match.score < 1.0
    assert "transliteration" in match.reason and "Muhammed Igormonzod" in match.reason
    # A -zoda form of the surname, spelt with kh.
    [match] = matches(demo, Candidate("Igamzoda", "Mukhammad", country_code="TJ"))
    assert match.person_id == pid


def test_same_organisation_and_similar_name(demo):
    embassy = organisation_id(demo, "Embassy of Kazakhstan in China")
    candidate = Candidate("Zhaksylykova", "A.", country_code="KZ")
    assert matches(demo, candidate) == []  # an initial alone is not enough
    [match] = matches(demo, replace(candidate, organisation_ids=frozenset({embassy})))
    assert match.person_id == person_id(demo, "Zhaksylykova")
    assert "same organisation (Embassy of Kazakhstan in China)" in match.reason


@pytest.mark.parametrize(
    "candidate",
    [
        Candidate("Aliyev", "Muhammad", country_code="TJ"),
        Candidate("Petrov", "Ivan", country_code="RU"),
        Candidate("Lee", "Jianjun", country_code="CN"),  # "Lee" and "Liu" both reduce to "l"
        Candidate("Tokhtarova", "Aizhan", country_code="KZ"),  # one surname, another person
        Candidate("Wang", "Hai", NameOrder.FAMILY_FIRST, country_code="CN"),
        Candidate("Rakhimov", "Bakhodir", country_code="TJ"),  # the same name, another country
    ],
)
def test_no_warning_for_clearly_different_people(demo, candidate):
    embassy = organisation_id(demo, "Embassy of Kazakhstan in China")
    if candidate.family_name == "Tokhtarova":
        candidate = replace(candidate, organisation_ids=frozenset({embassy}))
    found = matches(demo, candidate)
    if candidate.family_name == "Rakhimov":  # same name: only the exact rules apply
        assert [m.reason for m in found] == ["the same name as Bakhodir Rakhimov"]
    else:
        assert found == []


def test_chinese_name_and_a_saved_person_is_not_their_own_duplicate(service, demo):
    [match] = service.possible_duplicates(PersonRecord(family_name="Lau", name_zh="刘建军"))
    assert match.reason == "the same Chinese name 刘建军"
    liu = service.person(person_id(demo, "Liu")).record
    assert service.possible_duplicates(liu) == []
