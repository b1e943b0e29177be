"""Merging two records of one person: every meeting and outcome of both is kept.

In one transaction, auditing each row it touches:

- the removed person's participations move to the kept person; where both attended the same
  meeting, the kept person's participation stays and the other is deleted (its recorded name
  and title are kept as an alternative spelling only if they differ);
- outcomes owned by the removed person are given to the kept person;
- posts move to the kept person, so the titles of past meetings still find their post;
- every written form of the removed person's name (the name, an explicit first reference, the
  Chinese name, alternative spellings) becomes an alternative spelling of the kept one, unless
  the kept person is already recorded under that form (case aside);
- fields the kept person leaves empty (Chinese name, e-mail, phones, address, bio, photo, ...)
  take the removed person's values; a field both have keeps the kept person's value;
- the removed person is deleted; each meeting that gained or lost a participation gets a new
  version, so an editor still open on it cannot save over the merge.

Both people are named with the version the user saw (optimistic locking): if either changed
since, nothing is written and ``StaleRecordError`` says so.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from scoda_desktop.domain.enums import AuditAction
from scoda_desktop.domain.models import Meeting, Outcome, Participation, Person, Position
from scoda_desktop.domain.naming import first_reference, full_name
from scoda_desktop.errors import InputError
from scoda_desktop.services import audit
from scoda_desktop.services.directory.folding import spelling_key
from scoda_desktop.services.directory.listing import person_name_forms
from scoda_desktop.services.directory.records import PERSON_FIELDS
from scoda_desktop.services.directory.writes import (
    PEOPLE,
    POSTS,
    DirectoryWriter,
    Table,
    stale_error,
)
from scoda_desktop.services.meeting_drafts import PARTICIPATION_FIELDS
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, error_message

__all__ = ["MergeResult", "merge_people"]

log = logging.getLogger(__name__)

PARTICIPATIONS = Table(
    Participation.__table__, "id", ("meeting_id", *PARTICIPATION_FIELDS), "attendee"
)
OUTCOMES = Table(Outcome.__table__, "id", ("owner_id",), "outcome")
# Fields that are not filled from the removed person: names are united as spellings instead,
# and a photo comes with its type.
_NOT_FILLED = {"family_name", "given_name", "name_order", "alternative_spellings", "photo_mime"}


@dataclass(frozen=True, slots=True)
class MergeResult:
    kept_id: int
    removed_id: int
    version: int  # the kept person's new version
    participations_moved: int
    participations_dropped: int  # the same meeting attended by both: the kept one's stays
    outcomes_moved: int
    posts_moved: int
    spellings_added: tuple[str, ...]
    fields_filled: tuple[str, ...]

    def describe(self) -> str:
        return (
            f"Merged person {self.removed_id} into {self.kept_id}: "
            f"{self.participations_moved} meeting(s) moved "
            f"({self.participations_dropped} attended by both), {self.outcomes_moved} "
            f"outcome(s), {self.posts_moved} post(s); new spellings: "
            f"{', '.join(self.spellings_added) or 'none'}."
        )


def _person(session: Session, person_id: int) -> dict[str, Any] | None:
    t = Person.__table__.c
    row = (
        session.execute(
            sa.select(t.id, t.version, *(t[name] for name in PERSON_FIELDS)).where(
                t.id == person_id
            )
        )
        .mappings()
        .one_or_none()
    )
    return None if row is None else dict(row)


def _forms(person: dict[str, Any]) -> list[str]:
    """Every name form the person is recorded under (to recognise them by)."""
    return person_name_forms(
        person["family_name"],
        person["given_name"],
        person["name_order"],
        person["first_reference"],
        person["second_reference"],
        person["name_zh"],
        person["alternative_spellings"],
    )


def _written_forms(person: dict[str, Any]) -> list[str]:
    """The forms of the name as written somewhere: in its order, the explicit first reference,
    the Chinese name and the alternative spellings (not the reversed order nor the surname
    alone, which nobody wrote)."""
    forms = [
        full_name(person["family_name"], person["given_name"], person["name_order"]),
        person["first_reference"],
        person["name_zh"],
        *(person["alternative_spellings"] or []),
    ]
    return [form for form in forms if form]


def _label(person: dict[str, Any]) -> str:
    return first_reference(
        person["family_name"],
        person["given_name"],
        person["name_order"],
        person["first_reference"],
    )


def _move(
    writer: DirectoryWriter,
    spec: Table,
    column: str,
    ids: list[int],
    target: int,
    old: int,
) -> None:
    """Point ``column`` of the rows ``ids`` at ``target`` (a plain update, audited)."""
    if not ids:
        return
    t = spec.table.c
    values: dict[str, Any] = {column: target}
    if "version" in t:
        values["version"] = t.version + 1
    writer.session.execute(sa.update(spec.table).where(t.id.in_(ids)).values(**values))
    for row_id in ids:
        audit.record(
            writer.session,
            actor=writer.actor,
            table=spec.name,
            record_id=row_id,
            action=AuditAction.UPDATE,
            changes={column: [old, target]},
        )


def merge_people(
    session: Session,
    *,
    keep_id: int,
    keep_version: int,
    remove_id: int,
    remove_version: int,
    actor: str,
) -> MergeResult:
    """Merge ``remove_id`` into ``keep_id`` in ``session`` (the caller commits; see the module
    docstring). InputError for a person merged with themselves; StaleRecordError if either
    changed since it was read."""
    if keep_id == remove_id:
        raise InputError(
            error_message(QT_TRANSLATE_NOOP("Errors", "Choose two different people to merge."))
        )
    writer = DirectoryWriter(session, actor)
    kept, removed = _person(session, keep_id), _person(session, remove_id)
    for person_id, version, person in (
        (keep_id, keep_version, kept),
        (remove_id, remove_version, removed),
    ):
        if person is None or person["version"] != version:
            label = (
                _label(person)
                if person
                else error_message(QT_TRANSLATE_NOOP("Errors", "Person {number}"), number=person_id)
            )
            raise stale_error(session, PEOPLE, person_id, label)
    assert kept is not None and removed is not None

    p = Participation.__table__.c
    rows = session.execute(
        sa.select(p.id, p.meeting_id, p.person_id, p.name_en).where(
            p.person_id.in_([keep_id, remove_id])
        )
    ).all()
    kept_meetings = {r.meeting_id for r in rows if r.person_id == keep_id}
    theirs = [r for r in rows if r.person_id == remove_id]
    dropped = [r for r in theirs if r.meeting_id in kept_meetings]
    moved = [r for r in theirs if r.meeting_id not in kept_meetings]
    for row in dropped:
        the_attendee = error_message(QT_TRANSLATE_NOOP("Errors", "The attendee"))
        writer.delete(PARTICIPATIONS, row.id, None, the_attendee)
    _move(writer, PARTICIPATIONS, "person_id", [r.id for r in moved], keep_id, remove_id)

    o, pos = Outcome.__table__.c, Position.__table__.c
    outcomes = list(session.execute(sa.select(o.id).where(o.owner_id == remove_id)).scalars())
    _move(writer, OUTCOMES, "owner_id", outcomes, keep_id, remove_id)
    posts = list(session.execute(sa.select(pos.id).where(pos.person_id == remove_id)).scalars())
    _move(writer, POSTS, "person_id", posts, keep_id, remove_id)

    m = Meeting.__table__.c
    touched = sorted({r.meeting_id for r in theirs})
    if touched:
        session.execute(
            sa.update(Meeting.__table__).where(m.id.in_(touched)).values(version=m.version + 1)
        )

    values: dict[str, Any] = {}
    for name in PERSON_FIELDS:
        if name not in _NOT_FILLED and kept[name] in (None, "") and removed[name] not in (None, ""):
            values[name] = removed[name]
    filled = list(values)
    # Forms the kept person is recorded under (with what was just filled in) are not repeated.
    own = {spelling_key(form) for form in _forms({**kept, **values})}
    new_spellings = []
    for form in [*_written_forms(removed), *(r.name_en for r in dropped if r.name_en)]:
        if spelling_key(form) not in own:
            own.add(spelling_key(form))
            new_spellings.append(form)
    values["alternative_spellings"] = [*(kept["alternative_spellings"] or []), *new_spellings]
    if "photo" in values:
        values["photo_mime"] = removed["photo_mime"]
    writer.delete(PEOPLE, remove_id, remove_version, _label(removed))
    version = writer.update(PEOPLE, keep_id, keep_version, values, _label(kept))
    result = MergeResult(
        kept_id=keep_id,
        removed_id=remove_id,
        version=version,
        participations_moved=len(moved),
        participations_dropped=len(dropped),
        outcomes_moved=len(outcomes),
        posts_moved=len(posts),
        spellings_added=tuple(new_spellings),
        fields_filled=tuple(filled),
    )
    log.info("%s", result.describe())
    return result
