"""The order of precedence, on plain data: the rules by example, then properties (hypothesis)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from scoda_desktop.domain.enums import (
    DiplomaticRank,
    HeadOfMissionClass,
    OrganisationKind,
    ParticipationRole,
    Side,
)
from scoda_desktop.services.protocol import (
    DeputyRanking,
    HeadOfMission,
    Participant,
    PrecedenceSettings,
    order_by_precedence,
)
from scoda_desktop.services.protocol.precedence import (
    head_of_mission_class,
    sorted_by_precedence,
)

R, C = DiplomaticRank, HeadOfMissionClass
BY_HEAD = PrecedenceSettings(DeputyRanking.BY_HEAD_OF_MISSION)
BY_OWN = PrecedenceSettings(DeputyRanking.BY_OWN_RANK_AND_DATE)


def at(day: str, hour: int = 2) -> datetime:
    """An instant on ``day`` (02:00 UTC is 10:00 in Qingdao)."""
    return datetime.fromisoformat(day).replace(hour=hour, tzinfo=UTC)


def host(
    key: int, name: str, rank: int | None, role: ParticipationRole = ParticipationRole.HOST
) -> Participant:
    return Participant(key, Side.HOST, name, role=role, internal_rank=rank)


def guest(key: int, name: str, rank: DiplomaticRank | None = None, **kw) -> Participant:
    return Participant(key, Side.GUEST, name, diplomatic_rank=rank, **kw)


def ambassador(key: int, name: str, since: datetime | None, mission: int | None = None):
    return guest(
        key,
        name,
        R.AMBASSADOR,
        hom_class=C.AMBASSADOR,
        functions_since=since,
        **({"mission": mission} if mission is not None else {}),
    )


def names(participants) -> list[str]:
    return [getattr(p, "participant", p).name for p in participants]


# -- the rules by example ----------------------------------------------------------------------

RELEASE = [
    host(1, "Liu Jianjun", 5),
    host(4, "Meng Qingsheng", 30, role=ParticipationRole.ATTENDEE),
    ambassador(2, "Djauhari Oratmangun", at("2019-01-22"), mission=10),
    guest(3, "Muhammed Igormonzod", R.DEPUTY_HEAD_OF_MISSION, mission=11),
]


def test_the_meeting_of_the_release_whatever_the_input_order():
    expected = ["Liu Jianjun", "Meng Qingsheng", "Djauhari Oratmangun", "Muhammed Igormonzod"]
    assert names(order_by_precedence(RELEASE)) == expected
    assert names(order_by_precedence(reversed(RELEASE))) == expected
    placed = order_by_precedence(RELEASE)
    assert [p.place for p in placed] == [1, 2, 3, 4]
    assert [p.explanation for p in placed[:3]] == [
        "host side, internal rank 5",
        "host side, internal rank 30",
        "ambassador (class a), took up functions 2019-01-22",
    ]
    assert placed[3].explanation.startswith("deputy head of mission, ranked after heads of mission")


def test_heads_of_mission_by_class_then_by_when_they_took_up_functions():
    people = [
        guest(1, "Envoy early", R.ENVOY, functions_since=at("2010-01-01")),
        ambassador(2, "Ambassador late", at("2024-05-01")),
        ambassador(3, "Ambassador early", at("2019-01-22")),
        guest(4, "Chargé", R.CHARGE_D_AFFAIRES, functions_since=at("2005-01-01")),
        ambassador(5, "Ambassador same day, later hour", at("2019-01-22", hour=6)),
        ambassador(6, "Ambassador date unknown", None),
    ]
    placed = order_by_precedence(people)
    assert names(placed) == [
        "Ambassador early",
        "Ambassador same day, later hour",
        "Ambassador late",
        "Ambassador date unknown",
        "Envoy early",
        "Chargé",
    ]
    assert placed[3].explanation == (
        "ambassador (class a), date of taking up functions not recorded"
    )
    assert placed[4].explanation == "envoy (class b), took up functions 2010-01-01"
    assert placed[5].explanation == "chargé d'affaires (class c), took up functions 2005-01-01"


def test_recorded_class_wins_over_the_rank_and_an_interim_chargé_is_not_a_head():
    assert head_of_mission_class(None, R.AMBASSADOR) == C.AMBASSADOR
    assert head_of_mission_class(C.ENVOY, R.AMBASSADOR) == C.ENVOY
    assert head_of_mission_class(None, R.CHARGE_D_AFFAIRES_AI) is None
    assert head_of_mission_class(None, R.DEPUTY_HEAD_OF_MISSION) is None


def test_interim_chargés_then_deputies_then_other_ranks_then_non_diplomats():
    people = [
        guest(1, "Company", organisation_kind=OrganisationKind.COMPANY),
        guest(2, "Chamber", organisation_kind=OrganisationKind.CHAMBER_OF_COMMERCE),
        guest(3, "Attaché", R.ATTACHE),
        guest(4, "Counsellor", R.COUNSELLOR),
        guest(5, "Minister-counsellor", R.MINISTER_COUNSELLOR),
        guest(6, "First secretary", R.FIRST_SECRETARY),
        guest(7, "Deputy", R.DEPUTY_HEAD_OF_MISSION),
        guest(8, "Interim", R.CHARGE_D_AFFAIRES_AI, functions_since=at("2025-03-01")),
        guest(9, "Class c chargé", R.CHARGE_D_AFFAIRES),
    ]
    placed = order_by_precedence(people)
    assert names(placed) == [
        "Class c chargé",
        "Interim",
        "Deputy",
        "Minister-counsellor",
        "Counsellor",
        "First secretary",
        "Attaché",
        "Chamber",
        "Company",
    ]
    reasons = {p.participant.name: p.explanation for p in placed}
    assert reasons["Interim"] == (
        "chargé d'affaires a.i., ranked after heads of mission; took up the post 2025-03-01"
    )
    assert reasons["Counsellor"] == (
        "counsellor, ranked after heads of mission and deputies; "
        "date of taking up the post not recorded"
    )
    assert reasons["Company"] == "no diplomatic rank (company), ranked after diplomats"


def test_within_a_rank_the_earlier_post_first_then_the_name():
    people = [
        guest(1, "b Counsellor", R.COUNSELLOR, post_since=date(2022, 1, 1)),
        guest(2, "A Counsellor", R.COUNSELLOR, post_since=date(2022, 1, 1)),
        guest(3, "C Counsellor", R.COUNSELLOR, post_since=date(2020, 6, 1)),
        guest(4, "A Counsellor", R.COUNSELLOR, post_since=date(2022, 1, 1)),
    ]
    assert [p.participant.key for p in order_by_precedence(people)] == [3, 2, 4, 1]


def test_host_side_by_internal_rank_then_role_and_unranked_last():
    people = [
        host(1, "Unranked", None),
        host(2, "Interpreter", 10, role=ParticipationRole.INTERPRETER),
        host(3, "Secretary", 10),
        host(4, "Director", 20),
    ]
    placed = order_by_precedence(people)
    assert names(placed) == ["Secretary", "Interpreter", "Director", "Unranked"]
    assert placed[-1].explanation == "host side, internal rank not recorded"


def test_deputies_as_their_heads_of_mission_or_by_their_own_date():
    people = [
        ambassador(1, "Ambassador of mission 10", at("2018-01-01"), mission=10),
        guest(
            2,
            "Deputy of mission 20",
            R.DEPUTY_HEAD_OF_MISSION,
            mission=20,
            post_since=date(2015, 1, 1),
            mission_head=HeadOfMission(C.AMBASSADOR, at("2021-01-01")),
        ),
        guest(
            3,
            "Deputy of mission 10",
            R.DEPUTY_HEAD_OF_MISSION,
            mission=10,
            post_since=date(2023, 1, 1),
        ),
        guest(
            4,
            "Deputy, head unknown",
            R.DEPUTY_HEAD_OF_MISSION,
            mission=30,
            post_since=date(2010, 1, 1),
        ),
    ]
    by_head = order_by_precedence(people, BY_HEAD)
    assert names(by_head) == [
        "Ambassador of mission 10",
        "Deputy of mission 10",  # head present, took up functions 2018
        "Deputy of mission 20",  # head from the directory, 2021
        "Deputy, head unknown",
    ]
    assert by_head[1].explanation == (
        "deputy head of mission, ranked after heads of mission; among deputies as their head "
        "of mission: ambassador (class a), took up functions 2018-01-01"
    )
    assert by_head[3].explanation.endswith(
        "head of mission not known, so after deputies whose head is known"
    )

    by_own = order_by_precedence(people, BY_OWN)
    assert names(by_own) == [
        "Ambassador of mission 10",
        "Deputy, head unknown",  # 2010
        "Deputy of mission 20",  # 2015
        "Deputy of mission 10",  # 2023
    ]
    assert by_own[1].explanation.endswith("among deputies by own date: took up the post 2010-01-01")


def test_an_order_set_by_hand_wins():
    people = [*RELEASE, replace(RELEASE[3], order_override=1)]
    people = [p for p in people if not (p.key == 3 and p.order_override is None)]
    placed = order_by_precedence(people)
    assert names(placed)[0] == "Muhammed Igormonzod"
    assert placed[0].explanation == "placed by hand (order 1)"
    assert names(placed)[1:] == ["Liu Jianjun", "Meng Qingsheng", "Djauhari Oratmangun"]


def test_nobody_and_one_person():
    assert order_by_precedence([]) == []
    (only,) = order_by_precedence([guest(1, "Alone")])
    assert only.place == 1


# -- properties ----------------------------------------------------------------------------------

INSTANTS = st.sampled_from(
    [None, at("2018-03-01"), at("2019-01-22"), at("2019-01-22", hour=7), at("2023-09-30")]
)
DAYS = st.sampled_from([None, date(2017, 5, 1), date(2019, 1, 22), date(2024, 2, 29)])
NAMES = st.sampled_from(["Ali", "ali", "Liu Jianjun", "Ömer", "Wiryanto", "周浩黎", ""])
MISSIONS = st.sampled_from([None, 1, 2, 3])
HEADS = st.one_of(st.none(), st.builds(HeadOfMission, st.sampled_from(list(C)), INSTANTS))


@st.composite
def a_participant(draw, key: int) -> Participant:
    side = draw(st.sampled_from(list(Side)))
    common = {
        "key": key,
        "side": side,
        "name": draw(NAMES),
        "role": draw(st.sampled_from(list(ParticipationRole))),
        "order_override": draw(st.one_of(st.none(), st.none(), st.integers(1, 3))),
    }
    if side == Side.HOST:
        return Participant(**common, internal_rank=draw(st.one_of(st.none(), st.integers(1, 4))))
    rank = draw(st.one_of(st.none(), st.sampled_from(list(R))))
    return Participant(
        **common,
        diplomatic_rank=rank,
        hom_class=draw(st.one_of(st.none(), st.none(), st.sampled_from(list(C)))),
        functions_since=draw(INSTANTS),
        post_since=draw(DAYS),
        mission=draw(MISSIONS),
        mission_head=draw(HEADS),
        organisation_kind=draw(st.one_of(st.none(), st.sampled_from(list(OrganisationKind)))),
    )


@st.composite
def participant_lists(draw, overrides: bool = True) -> list[Participant]:
    count = draw(st.integers(0, 12))
    keys = draw(st.permutations(range(100, 100 + count)))
    people = [draw(a_participant(key)) for key in keys]
    if not overrides:
        people = [replace(p, order_override=None) for p in people]
    return people


SETTINGS = st.sampled_from([BY_HEAD, BY_OWN])


def is_head(p: Participant) -> bool:
    return (
        p.side == Side.GUEST and head_of_mission_class(p.hom_class, p.diplomatic_rank) is not None
    )


def is_deputy(p: Participant) -> bool:
    return (
        p.side == Side.GUEST
        and not is_head(p)
        and p.diplomatic_rank == R.DEPUTY_HEAD_OF_MISSION
        and p.order_override is None
    )


def keys(placed) -> list[int]:
    return [getattr(p, "participant", p).key for p in placed]


@given(participant_lists(), SETTINGS, st.randoms(use_true_random=False))
def test_total_deterministic_and_independent_of_input_order(people, setting, rnd):
    placed = order_by_precedence(people, setting)
    assert sorted(keys(placed)) == sorted(p.key for p in people)  # everyone, once
    assert [p.place for p in placed] == list(range(1, len(people) + 1))
    assert order_by_precedence(people, setting) == placed
    shuffled = list(people)
    rnd.shuffle(shuffled)
    assert order_by_precedence(shuffled, setting) == placed
    assert keys(sorted_by_precedence(shuffled, setting)) == keys(placed)
    assert all(p.explanation for p in placed)


@given(participant_lists(), SETTINGS, st.data())
def test_leaving_people_out_keeps_the_order_of_the_others(people, setting, data):
    """The order is one total order: any part of the list is in the same order alone.
    (Heads of mission are kept: deputies may be ranked by the head present.)"""
    kept = [p for p in people if is_head(p) or data.draw(st.booleans())]
    full = keys(order_by_precedence(people, setting))
    kept_keys = {p.key for p in kept}
    assert keys(order_by_precedence(kept, setting)) == [k for k in full if k in kept_keys]


@given(participant_lists(overrides=False), SETTINGS)
def test_host_side_always_before_guests(people, setting):
    sides = [p.participant.side for p in order_by_precedence(people, setting)]
    assert sides == sorted(sides, key=lambda side: side != Side.HOST)


@given(participant_lists(overrides=False), SETTINGS)
def test_a_head_of_mission_precedes_every_deputy_and_interim_chargé(people, setting):
    order = [p.participant for p in order_by_precedence(people, setting)]
    heads = [i for i, p in enumerate(order) if is_head(p)]
    after_heads = [
        i
        for i, p in enumerate(order)
        if p.side == Side.GUEST
        and not is_head(p)
        and p.diplomatic_rank in (R.DEPUTY_HEAD_OF_MISSION, R.CHARGE_D_AFFAIRES_AI)
    ]
    assert all(h < d for h in heads for d in after_heads)


@given(participant_lists(overrides=False), SETTINGS)
def test_within_a_class_the_earlier_head_first(people, setting):
    order = [p.participant for p in order_by_precedence(people, setting)]
    heads = [
        (i, head_of_mission_class(p.hom_class, p.diplomatic_rank), p.functions_since)
        for i, p in enumerate(order)
        if is_head(p)
    ]
    for i, class_i, since_i in heads:
        for j, class_j, since_j in heads:
            earlier = since_i is not None and (since_j is None or since_i < since_j)
            if class_i == class_j and earlier:
                assert i < j


@given(participant_lists())
def test_the_deputy_setting_moves_deputies_among_themselves_only(people):
    by_head = [p.participant for p in order_by_precedence(people, BY_HEAD)]
    by_own = [p.participant for p in order_by_precedence(people, BY_OWN)]
    assert [None if is_deputy(p) else p.key for p in by_head] == [
        None if is_deputy(p) else p.key for p in by_own
    ]


@given(participant_lists(), SETTINGS)
def test_an_order_set_by_hand_comes_first_by_its_number(people, setting):
    placed = [p.participant for p in order_by_precedence(people, setting)]
    by_hand = [p.order_override for p in placed if p.order_override is not None]
    assert [p.order_override for p in placed[: len(by_hand)]] == sorted(by_hand)


@settings(max_examples=25)
@given(participant_lists(overrides=False))
def test_the_release_meeting_stays_in_order_among_other_people(people):
    """Adding any hosts of lower rank and any non-diplomats keeps the release's four in order."""
    extra = [
        replace(p, internal_rank=(p.internal_rank or 0) + 30)
        if p.side == Side.HOST
        else replace(p, diplomatic_rank=None, hom_class=None)
        for p in people
    ]
    order = keys(order_by_precedence([*extra, *RELEASE]))
    assert [key for key in order if key < 100] == [1, 4, 2, 3]
