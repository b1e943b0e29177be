"""Names and titles in the house style, on plain data: the forms of the 2021 release, single
names, family-first names, explicit forms, several posts, snapshots of past meetings."""

from __future__ import annotations

from datetime import date

import pytest

from scoda_desktop.domain import naming
from scoda_desktop.domain.enums import DiplomaticRank, HeadOfMissionClass, NameOrder, Side
from scoda_desktop.services.protocol import (
    HouseStyle,
    NameRecord,
    Post,
    Snapshot,
    TitlePosition,
    posts_held_on,
    senior_diplomatic_post,
    style_names,
)

LIU = NameRecord("Liu", "Jianjun", NameOrder.FAMILY_FIRST, honorific="Mr", name_zh="刘建军")
LIU_POSTS_EN = (
    "Member of the Standing Committee of CPC Qingdao Committee",
    "Secretary of CPC Jiaozhou Committee",
)
LIU_POSTS_ZH = ("青岛市委常委", "胶州市委书记")
ORATMANGUN = NameRecord(
    "Oratmangun",
    "Djauhari",
    NameOrder.GIVEN_FIRST,
    first_reference="Djauhari Oratmangun",
    second_reference="Oratmangun",
    salutation="H.E. Mr Djauhari Oratmangun",
    honorific="H.E.",
    name_zh="周浩黎",
)
IGORMONZOD = NameRecord(
    "Igormonzod",
    "Muhammed",
    first_reference="Muhammed Igormonzod",
    second_reference="Muhammed Igormonzod",
    honorific="Mr",
)


def test_the_host_of_the_release_with_both_posts_joined_by_and():
    styled = style_names(LIU, Side.HOST, titles_en=LIU_POSTS_EN, titles_zh=LIU_POSTS_ZH)
    assert styled.styled_en == (
        "Liu Jianjun, Member of the Standing Committee of CPC Qingdao Committee and "
        "Secretary of CPC Jiaozhou Committee"
    )
    assert styled.styled_en == styled.title_after_name_en
    assert (styled.first_reference, styled.second_reference) == ("Liu Jianjun", "Liu")
    assert styled.salutation == "Mr Liu Jianjun"
    assert (styled.name_zh, styled.title_zh) == ("刘建军", "青岛市委常委、胶州市委书记")
    assert styled.styled_zh == "青岛市委常委、胶州市委书记刘建军"


def test_the_guests_of_the_release_with_the_title_before_the_name():
    ambassador = style_names(
        ORATMANGUN,
        Side.GUEST,
        titles_en=["Indonesian Ambassador to China"],
        titles_zh=["印度尼西亚驻华大使"],
    )
    assert ambassador.styled_en == "Indonesian Ambassador to China Djauhari Oratmangun"
    assert ambassador.title_after_name_en == ("Djauhari Oratmangun, Indonesian Ambassador to China")
    assert ambassador.second_reference == "Oratmangun"
    assert ambassador.salutation == "H.E. Mr Djauhari Oratmangun"
    assert ambassador.styled_zh == "印度尼西亚驻华大使周浩黎"

    deputy = style_names(
        IGORMONZOD,
        Side.GUEST,
        titles_en=["Deputy Ambassador of Tajikistan to China"],
        titles_zh=["塔吉克斯坦驻华副大使"],
    )
    assert deputy.styled_en == "Deputy Ambassador of Tajikistan to China Muhammed Igormonzod"
    assert deputy.second_reference == "Muhammed Igormonzod"  # explicit: never split
    assert deputy.name_zh is None
    assert deputy.styled_zh == "塔吉克斯坦驻华副大使 Muhammed Igormonzod"


def test_a_single_name_is_the_first_and_second_reference():
    wiryanto = NameRecord("Wiryanto", None, NameOrder.SINGLE, honorific="Mr")
    styled = style_names(wiryanto, Side.GUEST, titles_en=["Commercial Attaché"])
    assert (styled.first_reference, styled.second_reference) == ("Wiryanto", "Wiryanto")
    assert styled.styled_en == "Commercial Attaché Wiryanto"
    assert styled.salutation == "Mr Wiryanto"


def test_family_first_names_are_never_inverted():
    for order, expected in [
        (NameOrder.FAMILY_FIRST, "Meng Qingsheng"),
        (NameOrder.GIVEN_FIRST, "Qingsheng Meng"),
    ]:
        styled = style_names(NameRecord("Meng", "Qingsheng", order), Side.HOST)
        assert styled.first_reference == expected
        assert styled.second_reference == "Meng"
        assert styled.styled_en == expected  # no title recorded: the name alone


def test_explicit_forms_win_over_the_recorded_parts():
    person = NameRecord(
        "Egamzod",
        "Muhammad",
        NameOrder.FAMILY_FIRST,
        first_reference="Muhammed Igormonzod",
        second_reference="Mr Igormonzod",
        salutation="Mr Muhammed Igormonzod",
        honorific="Dr",
    )
    styled = style_names(person, Side.GUEST)
    assert styled.first_reference == "Muhammed Igormonzod"
    assert styled.salutation == "Mr Muhammed Igormonzod"
    # "Mr Igormonzod" is not part of the first reference: the whole name is used, not a piece.
    assert styled.second_reference == "Muhammed Igormonzod"


def test_a_snapshot_of_a_past_meeting_beats_the_current_post_and_spelling():
    person = NameRecord(
        "Egamzod", "Muhammad", first_reference="Muhammad Egamzod", second_reference="Egamzod"
    )
    styled = style_names(
        person,
        Side.GUEST,
        titles_en=["Ambassador of Tajikistan to China"],  # today's post
        titles_zh=["塔吉克斯坦驻华大使"],
        snapshot=Snapshot(
            name_en="Muhammed Igormonzod",
            title_en="Deputy Ambassador of Tajikistan to China",
            title_zh="塔吉克斯坦驻华副大使",
        ),
    )
    assert styled.styled_en == "Deputy Ambassador of Tajikistan to China Muhammed Igormonzod"
    assert styled.title_zh == "塔吉克斯坦驻华副大使"
    assert styled.second_reference == "Muhammed Igormonzod"  # "Egamzod" is not in the record


def test_a_blank_snapshot_falls_back_to_the_posts():
    styled = style_names(
        LIU, Side.HOST, titles_en=LIU_POSTS_EN, snapshot=Snapshot(" ", "", "  ", None)
    )
    assert styled.first_reference == "Liu Jianjun"
    assert styled.title_en == " and ".join(LIU_POSTS_EN)
    assert styled.name_zh == "刘建军"


def test_the_house_style_picks_the_title_position_per_side():
    flipped = HouseStyle(host_title=TitlePosition.BEFORE, guest_title=TitlePosition.AFTER)
    host = style_names(LIU, Side.HOST, titles_en=LIU_POSTS_EN, style=flipped)
    assert host.styled_en == host.title_before_name_en
    assert host.styled_en.endswith("Secretary of CPC Jiaozhou Committee Liu Jianjun")
    guest = style_names(
        ORATMANGUN, Side.GUEST, titles_en=["Indonesian Ambassador to China"], style=flipped
    )
    assert guest.styled_en == "Djauhari Oratmangun, Indonesian Ambassador to China"


def test_a_title_with_a_comma_goes_after_the_name_unless_set_otherwise():
    title = ["Counsellor, Embassy of Uzbekistan in China"]
    person = NameRecord("Rakhimov", "Bakhodir")
    assert style_names(person, Side.GUEST, titles_en=title).styled_en == (
        "Bakhodir Rakhimov, Counsellor, Embassy of Uzbekistan in China"
    )
    literal = HouseStyle(comma_title_after_name=False)
    assert style_names(person, Side.GUEST, titles_en=title, style=literal).styled_en == (
        "Counsellor, Embassy of Uzbekistan in China Bakhodir Rakhimov"
    )


def test_the_separators_are_house_style():
    style = HouseStyle(posts_joined_with_en="; ", posts_joined_with_zh="，")
    styled = style_names(
        LIU, Side.HOST, titles_en=LIU_POSTS_EN, titles_zh=LIU_POSTS_ZH, style=style
    )
    assert styled.title_en == "; ".join(LIU_POSTS_EN)
    assert styled.title_zh == "青岛市委常委，胶州市委书记"


@pytest.mark.parametrize(
    ("titles", "expected"),
    [
        ([], ""),
        (["Director"], "Director"),
        (["Director", " ", None, "Director", "Secretary"], "Director and Secretary"),
        ([" Member ", "Secretary"], "Member and Secretary"),
    ],
)
def test_join_titles_leaves_out_blanks_and_repeats(titles, expected):
    assert naming.join_titles(titles) == expected


def test_naming_helpers_without_a_title_give_the_name():
    assert naming.title_before_name(None, "Wiryanto") == "Wiryanto"
    assert naming.title_after_name("Wiryanto", "  ") == "Wiryanto"
    assert naming.chinese_title_and_name(None, "刘建军") == "刘建军"
    assert naming.chinese_title_and_name("翻译", "Ömer Yıldız") == "翻译 Ömer Yıldız"
    assert naming.salutation("Liu Jianjun") == "Liu Jianjun"
    assert naming.salutation("Liu Jianjun", " ", " ") == "Liu Jianjun"


# -- posts held on a day -------------------------------------------------------------------------

DEPUTY = Post(
    1,
    "Deputy Director",
    start_date=date(2019, 1, 1),
    end_date=date(2023, 12, 31),
    internal_rank=30,
)
DIRECTOR = Post(2, "Director", start_date=date(2024, 1, 1), internal_rank=20)
SECRETARY = Post(3, "Secretary", internal_rank=10)  # dates not recorded


def test_posts_held_on_a_day_most_senior_first():
    assert posts_held_on([DEPUTY, DIRECTOR, SECRETARY], date(2021, 4, 2)) == [SECRETARY, DEPUTY]
    assert posts_held_on([DEPUTY, DIRECTOR, SECRETARY], date(2024, 1, 1)) == [SECRETARY, DIRECTOR]
    assert posts_held_on([DEPUTY], date(2023, 12, 31)) == [DEPUTY]
    assert posts_held_on([DEPUTY], date(2024, 1, 1)) == []


def test_the_post_a_participation_names_counts_whatever_its_dates():
    assert posts_held_on([DEPUTY, DIRECTOR], date(2025, 1, 1), attended_as=1) == [
        DIRECTOR,
        DEPUTY,
    ]


def test_the_senior_diplomatic_post():
    counsellor = Post(5, "Counsellor", diplomatic_rank=DiplomaticRank.COUNSELLOR)
    envoy = Post(6, "Envoy", hom_class=HeadOfMissionClass.ENVOY)
    assert senior_diplomatic_post([DIRECTOR, counsellor, envoy]) == envoy
    assert senior_diplomatic_post([DIRECTOR, counsellor]) == counsellor
    assert senior_diplomatic_post([DIRECTOR]) is None
