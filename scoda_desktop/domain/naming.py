"""How a person's name and titles are written, from what is recorded. Explicit forms always
win: names are never split or reordered when the embassy supplied a form, and titles are printed
with the capitalisation they were recorded with."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from scoda_desktop.domain.enums import NameOrder

POSTS_JOINED_WITH_EN = " and "  # "Member of ... Committee and Secretary of ... Committee"
POSTS_JOINED_WITH_ZH = "、"  # 青岛市委常委、胶州市委书记


def recorded(text: str | None) -> str | None:
    """The text without surrounding blanks; None when nothing (or only blanks) was recorded."""
    return text.strip() if text and text.strip() else None


def full_name(family_name: str, given_name: str | None, name_order: NameOrder | str) -> str:
    """The name in its natural order: "Liu Jianjun", "Djauhari Oratmangun", "Sukarno"."""
    given = (given_name or "").strip()
    family = family_name.strip()
    if not given or name_order == NameOrder.SINGLE:
        return family
    if name_order == NameOrder.FAMILY_FIRST:
        return f"{family} {given}"
    return f"{given} {family}"


def first_reference(
    family_name: str,
    given_name: str | None,
    name_order: NameOrder | str,
    explicit: str | None = None,
) -> str:
    """The name as first mentioned: the explicit form if recorded, else the full name."""
    return recorded(explicit) or full_name(family_name, given_name, name_order)


def second_reference(family_name: str, explicit: str | None = None) -> str:
    """ "Liu" for Liu Jianjun, "Oratmangun" for Djauhari Oratmangun, the name for a single name."""
    return recorded(explicit) or family_name.strip()


def salutation(name: str, honorific: str | None = None, explicit: str | None = None) -> str:
    """How to address the person: the explicit form ("H.E. Mr Djauhari Oratmangun"), else the
    honorific before the name ("Mr Liu Jianjun"), else the name alone."""
    if form := recorded(explicit):
        return form
    return f"{title} {name}" if (title := recorded(honorific)) else name


def join_titles(titles: Iterable[str | None], separator: str = POSTS_JOINED_WITH_EN) -> str:
    """Several posts as one title, in the order given, blanks and repeats left out:
    "Member of the Standing Committee of CPC Qingdao Committee and Secretary of CPC Jiaozhou
    Committee"."""
    kept = dict.fromkeys(recorded(title) for title in titles)
    return separator.join(title for title in kept if title)


def title_before_name(title: str | None, name: str) -> str:
    """ "Indonesian Ambassador to China Djauhari Oratmangun"; the name alone without a title."""
    return f"{shown} {name}" if (shown := recorded(title)) else name


def title_after_name(name: str, title: str | None) -> str:
    """ "Meng Qingsheng, Deputy Director of SCODA Administrative Committee"; the name alone
    without a title."""
    return f"{name}, {shown}" if (shown := recorded(title)) else name


def chinese_title_and_name(title_zh: str | None, name: str) -> str:
    """The Chinese form, title first and no space: 胶州市委书记刘建军. A name in Latin letters
    (no Chinese form recorded) is set off by a space: 塔吉克斯坦驻华副大使 Muhammed Igormonzod."""
    title = recorded(title_zh)
    if title is None:
        return name
    if name and unicodedata.east_asian_width(name[0]) in "WF":
        return f"{title}{name}"
    return f"{title} {name}"
