"""Names and titles in the house style, from what is recorded: pure functions, no database.

What a meeting recorded about a person (the snapshot on the participation) wins over what the
directory says today: people change posts and spellings, the record of a past meeting must not.
Explicit forms supplied by the embassy win over derived ones, and names are never split: the
rules of ``scoda_desktop.domain.naming`` apply throughout. Titles keep the capitalisation they
were recorded with (SCODA capitalises a title before and after the name alike).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from scoda_desktop.domain import naming
from scoda_desktop.domain.enums import NameOrder, Side

__all__ = [
    "HouseStyle",
    "NameRecord",
    "Snapshot",
    "StyledNames",
    "TitlePosition",
    "style_names",
]


class TitlePosition(StrEnum):
    BEFORE = "before"  # "Indonesian Ambassador to China Djauhari Oratmangun"
    AFTER = "after"  # "Meng Qingsheng, Deputy Director of SCODA Administrative Committee"


@dataclass(frozen=True, slots=True)
class HouseStyle:
    """How names and titles are put together. The defaults follow SCODA's releases."""

    host_title: TitlePosition = field(
        default=TitlePosition.AFTER, metadata={"label": "Host side: title before or after name"}
    )
    guest_title: TitlePosition = field(
        default=TitlePosition.BEFORE, metadata={"label": "Guests: title before or after name"}
    )
    comma_title_after_name: bool = field(
        default=True,
        metadata={"label": "A title with a comma (post, organisation) always after the name"},
    )
    posts_joined_with_en: str = field(
        default=naming.POSTS_JOINED_WITH_EN, metadata={"label": "Several posts joined with"}
    )
    posts_joined_with_zh: str = field(
        default=naming.POSTS_JOINED_WITH_ZH, metadata={"label": "Several posts joined with (中文)"}
    )

    def title_position(self, side: Side, title: str = "") -> TitlePosition:
        """Where the title goes for ``side``. "Counsellor, Embassy of Uzbekistan in China"
        cannot stand before a name, so a title with a comma goes after it (if so set)."""
        if self.comma_title_after_name and "," in title:
            return TitlePosition.AFTER
        return self.host_title if side == Side.HOST else self.guest_title


@dataclass(frozen=True, slots=True)
class NameRecord:
    """A person's name as the directory holds it (the Person row)."""

    family_name: str  # a single name (many Indonesians) is kept here
    given_name: str | None = None
    name_order: NameOrder = NameOrder.GIVEN_FIRST
    first_reference: str | None = None  # explicit forms, as the embassy supplies them
    second_reference: str | None = None
    salutation: str | None = None
    honorific: str | None = None
    name_zh: str | None = None


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The name and title a meeting recorded for the person (the Participation row)."""

    name_en: str | None = None
    name_zh: str | None = None
    title_en: str | None = None
    title_zh: str | None = None


@dataclass(frozen=True, slots=True)
class StyledNames:
    first_reference: str  # "Liu Jianjun"
    second_reference: str  # "Liu"
    salutation: str  # "H.E. Mr Djauhari Oratmangun"
    title_en: str  # every post, joined: "Member of ... and Secretary of ..."
    title_before_name_en: str  # "Indonesian Ambassador to China Djauhari Oratmangun"
    title_after_name_en: str  # "Meng Qingsheng, Deputy Director of SCODA ..."
    styled_en: str  # the one of the two the house style picks for the side
    name_zh: str | None  # 刘建军
    title_zh: str  # 胶州市委书记
    styled_zh: str  # 胶州市委书记刘建军


def style_names(
    person: NameRecord,
    side: Side,
    *,
    titles_en: Sequence[str] = (),
    titles_zh: Sequence[str | None] = (),
    snapshot: Snapshot | None = None,
    style: HouseStyle | None = None,
) -> StyledNames:
    """The person's names and titles, styled.

    ``titles_en`` and ``titles_zh`` are the posts held at the time, most senior first; they are
    used where the snapshot recorded no title. The snapshot's name is the first reference when
    recorded; the second reference is the explicit or family name, unless it does not occur in
    the recorded name (a later re-spelling), in which case the recorded name is used whole."""
    snapshot = snapshot or Snapshot()
    style = style or HouseStyle()
    first = naming.recorded(snapshot.name_en) or naming.first_reference(
        person.family_name, person.given_name, person.name_order, person.first_reference
    )
    second = naming.second_reference(person.family_name, person.second_reference)
    if f" {second} " not in f" {first} ":
        second = first
    title_en = naming.recorded(snapshot.title_en) or naming.join_titles(
        titles_en, style.posts_joined_with_en
    )
    title_zh = naming.recorded(snapshot.title_zh) or naming.join_titles(
        titles_zh, style.posts_joined_with_zh
    )
    name_zh = naming.recorded(snapshot.name_zh) or naming.recorded(person.name_zh)
    before = naming.title_before_name(title_en, first)
    after = naming.title_after_name(first, title_en)
    return StyledNames(
        first_reference=first,
        second_reference=second,
        salutation=naming.salutation(first, person.honorific, person.salutation),
        title_en=title_en,
        title_before_name_en=before,
        title_after_name_en=after,
        styled_en=before if style.title_position(side, title_en) == TitlePosition.BEFORE else after,
        name_zh=name_zh,
        title_zh=title_zh,
        styled_zh=naming.chinese_title_and_name(title_zh, name_zh or first),
    )
