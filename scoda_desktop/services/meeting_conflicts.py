"""Two officers edited the same meeting: what differs between the two versions, and how to save
one over the other without losing the fact that it happened.

Three drafts take part: the one the editor loaded (``base``), the officer's own (``mine``) and
the meeting as it is saved now (``theirs``). ``differences`` lists each field, attendee and
outcome where ``mine`` and ``theirs`` differ, saying who changed it since ``base`` (you, they,
or both); fields on which they agree are left out. Empty text and no text count as the same.

``rebase`` puts ``mine`` on top of ``theirs`` for an overwrite: ``mine`` with the version of
``theirs``, so that the optimistic lock accepts it, and with the ids of attendees and outcomes
``theirs`` no longer has cleared, so that they are inserted again rather than looked for. The
save that follows is an ordinary one: validated and audited against the current row.

Pure functions over drafts: no database, no Qt. The texts of a difference are ``Phrase``
objects (English, marked in the context ``ChangeText``), which the interface translates.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from scoda_desktop.services.change_text import field_label, value_text
from scoda_desktop.services.meeting_drafts import (
    MEETING_FIELDS,
    OUTCOME_FIELDS,
    PARTICIPATION_FIELDS,
    MeetingDraft,
    OutcomeDraft,
)
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, Phrase, phrase, verbatim, word

__all__ = ["ChangedBy", "Difference", "MeetingConflict", "differences", "rebase"]

ATTENDING, NOT_THERE = (
    word(QT_TRANSLATE_NOOP("ChangeText", "attending")),
    word(QT_TRANSLATE_NOOP("ChangeText", "not in the meeting")),
)
PRESENT, ABSENT = (
    word(QT_TRANSLATE_NOOP("ChangeText", "listed")),
    word(QT_TRANSLATE_NOOP("ChangeText", "not listed")),
)
OUTCOME_LABEL_LENGTH = 40  # an outcome is named by the start of its text
_ROW_FIELD = QT_TRANSLATE_NOOP("ChangeText", "{row}: {field}")  # "Djauhari Oratmangun: Reply"


class ChangedBy(StrEnum):
    YOU = "you"
    THEM = "them"
    BOTH = "both"


@dataclass(frozen=True, slots=True)
class Difference:
    """One place where your draft and the saved meeting differ, as text to show (each a
    ``Phrase`` when ``differences`` made it)."""

    what: str  # "Venue (English)", "Djauhari Oratmangun: Title (English)", "Outcome “…”"
    yours: str
    theirs: str
    changed_by: ChangedBy


@dataclass(frozen=True, slots=True)
class MeetingConflict:
    """Why a save was refused and what to decide: the meeting as saved now (``theirs``, with
    the version an overwrite must name), who saved it last, and what differs."""

    theirs: MeetingDraft
    last_change: str  # "bob at 2024-05-01 10:12" (a Phrase), or "" if the history does not say
    differences: tuple[Difference, ...]


def _normal(value: Any) -> Any:
    """Text as the service stores it: stripped, and None when empty."""
    if isinstance(value, str):
        return value.strip() or None
    return value


def _who(base: Any, mine: Any, theirs: Any) -> ChangedBy:
    if mine != base and theirs != base:
        return ChangedBy.BOTH
    return ChangedBy.YOU if mine != base else ChangedBy.THEM


def _field_differences(
    row: Phrase | None, fields: Iterable[str], base: Any, mine: Any, theirs: Any
) -> list[Difference]:
    """The fields that differ, named alone (the meeting's) or after ``row`` (an attendee's or
    an outcome's)."""
    found = []
    for name in fields:
        values = [
            None if record is None else _normal(getattr(record, name))
            for record in (base, mine, theirs)
        ]
        was, yours, current = values
        if yours == current:
            continue
        label = field_label(name)
        what = label if row is None else phrase(_ROW_FIELD, row=row, field=label)
        found.append(
            Difference(
                what,
                value_text(name, yours),
                value_text(name, current),
                _who(was, yours, current),
            )
        )
    return found


def _row_differences(
    rows: tuple[list[Any], list[Any], list[Any]],
    key: Callable[[Any], Hashable | None],
    label: Callable[[Any], Phrase],
    fields: tuple[str, ...],
    there: tuple[Phrase, Phrase],
) -> list[Difference]:
    """Attendees or outcomes matched by ``key`` (None: added in this draft, matching nothing):
    one difference for each row only one side has, then the fields of rows both have."""
    base, mine, theirs = ({key(row): row for row in side if key(row) is not None} for side in rows)
    present, absent = there
    found = []
    for row in rows[1]:
        if key(row) is None:  # added by you, not saved yet
            found.append(Difference(label(row), present, absent, ChangedBy.YOU))
    for row_key, row in mine.items():
        if row_key not in theirs:  # they removed it, or you added it
            who = ChangedBy.THEM if row_key in base else ChangedBy.YOU
            found.append(Difference(label(row), present, absent, who))
    for row_key, row in theirs.items():
        if row_key not in mine:  # you removed it, or they added it
            who = ChangedBy.YOU if row_key in base else ChangedBy.THEM
            found.append(Difference(label(row), absent, present, who))
    for row_key, row in mine.items():
        if row_key in theirs:
            found += _field_differences(label(row), fields, base.get(row_key), row, theirs[row_key])
    return found


def _outcome_label(outcome: OutcomeDraft) -> Phrase:
    text = (outcome.text_en or outcome.text_zh or "").strip()
    if len(text) > OUTCOME_LABEL_LENGTH:
        text = text[: OUTCOME_LABEL_LENGTH - 1] + "…"
    return phrase(QT_TRANSLATE_NOOP("ChangeText", "Outcome “{text}”"), text=text)


def differences(base: MeetingDraft, mine: MeetingDraft, theirs: MeetingDraft) -> list[Difference]:
    """Where ``mine`` and ``theirs`` differ, meeting fields first, then attendees (matched by
    person), then outcomes (matched by id)."""
    found = _field_differences(None, MEETING_FIELDS, base, mine, theirs)
    found += _row_differences(
        (base.participants, mine.participants, theirs.participants),
        lambda p: p.person_id,
        lambda p: verbatim(p.label),
        tuple(name for name in PARTICIPATION_FIELDS if name != "person_id"),
        (ATTENDING, NOT_THERE),
    )
    found += _row_differences(
        (base.outcomes, mine.outcomes, theirs.outcomes),
        lambda o: o.id,
        _outcome_label,
        OUTCOME_FIELDS,
        (PRESENT, ABSENT),
    )
    return found


def rebase(mine: MeetingDraft, theirs: MeetingDraft) -> MeetingDraft:
    """``mine`` to be saved over ``theirs``: their version, and new rows for the attendees and
    outcomes they removed (an attendee they added and you did not have is removed)."""
    their_participations = {p.id for p in theirs.participants}
    their_outcomes = {o.id for o in theirs.outcomes}
    return replace(
        mine,
        version=theirs.version,
        participants=[
            p if p.id in their_participations else replace(p, id=None) for p in mine.participants
        ],
        outcomes=[
            o if o.id in their_outcomes else replace(o, id=None, uid=None, sort_order=None)
            for o in mine.outcomes
        ],
    )
