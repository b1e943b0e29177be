"""How a person's name is written, from what is recorded. Explicit forms always win:
names are never split or reordered when the embassy supplied a form."""

from __future__ import annotations

from scoda_desktop.domain.enums import NameOrder


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
    return (
        explicit.strip()
        if explicit and explicit.strip()
        else full_name(family_name, given_name, name_order)
    )


def second_reference(family_name: str, explicit: str | None = None) -> str:
    """ "Liu" for Liu Jianjun, "Oratmangun" for Djauhari Oratmangun, the name for a single name."""
    return explicit.strip() if explicit and explicit.strip() else family_name.strip()
