"""A meeting's history: the audit entries of the meeting, its attendees and its outcomes, newest
first, as text to show (when, who, what, and each field's old and new value).

Which attendee and outcome entries belong to the meeting: those of the rows it has now, and
those of rows removed from it, whose delete entry names the meeting (``meeting_id`` in its
changes, recorded since this history exists; removals recorded before cannot be traced and are
left out). A row id that SQLite reuses after a delete starts a new life: only the entries of
lives spent in this meeting are shown.

The words are English source strings marked in the context ``ChangeText``: each entry's
``summary`` ("Attendee Djauhari Oratmangun added") is one whole sentence, and the field names and
values of its changes are ``Phrase`` objects, which the interface translates (see ``wording``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from scoda_desktop.domain.enums import AuditAction
from scoda_desktop.domain.models import AuditEntry, Meeting, Outcome, Participation, Person
from scoda_desktop.domain.naming import first_reference
from scoda_desktop.services.change_text import REFERENCE_FIELDS, field_label, value_text
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, Phrase, phrase, word

__all__ = ["FieldChange", "HistoryEntry", "meeting_history"]

_CHILD_TABLES = (Participation.__table__, Outcome.__table__)
CREATED, CHANGED, DELETED = (
    word(QT_TRANSLATE_NOOP("ChangeText", "created")),
    word(QT_TRANSLATE_NOOP("ChangeText", "changed")),
    word(QT_TRANSLATE_NOOP("ChangeText", "deleted")),
)
ADDED, REMOVED = (
    word(QT_TRANSLATE_NOOP("ChangeText", "added")),
    word(QT_TRANSLATE_NOOP("ChangeText", "removed")),
)
_VERBS = {
    "meeting": {AuditAction.INSERT: CREATED, AuditAction.UPDATE: CHANGED},
    "participation": {AuditAction.INSERT: ADDED, AuditAction.DELETE: REMOVED},
    "outcome": {AuditAction.INSERT: ADDED, AuditAction.DELETE: REMOVED},
}
_DEFAULT_VERBS = {
    AuditAction.INSERT: CREATED,
    AuditAction.UPDATE: CHANGED,
    AuditAction.DELETE: DELETED,
}
# What happened to a record, as one sentence: {name} is an attendee's name, {text} the start of
# an outcome's text. Reads like "<record> <verb>" in English.
_SUMMARIES = {
    ("meeting", AuditAction.INSERT): QT_TRANSLATE_NOOP("ChangeText", "Meeting created"),
    ("meeting", AuditAction.UPDATE): QT_TRANSLATE_NOOP("ChangeText", "Meeting changed"),
    ("meeting", AuditAction.DELETE): QT_TRANSLATE_NOOP("ChangeText", "Meeting deleted"),
    ("participation", AuditAction.INSERT): QT_TRANSLATE_NOOP("ChangeText", "Attendee {name} added"),
    ("participation", AuditAction.UPDATE): QT_TRANSLATE_NOOP(
        "ChangeText", "Attendee {name} changed"
    ),
    ("participation", AuditAction.DELETE): QT_TRANSLATE_NOOP(
        "ChangeText", "Attendee {name} removed"
    ),
    ("outcome", AuditAction.INSERT): QT_TRANSLATE_NOOP("ChangeText", "Outcome “{text}” added"),
    ("outcome", AuditAction.UPDATE): QT_TRANSLATE_NOOP("ChangeText", "Outcome “{text}” changed"),
    ("outcome", AuditAction.DELETE): QT_TRANSLATE_NOOP("ChangeText", "Outcome “{text}” removed"),
}
# The record alone, in English (the summary is what the interface shows).
_RECORDS = {"meeting": "Meeting", "participation": "Attendee {name}", "outcome": "Outcome “{text}”"}
OUTCOME_LABEL_LENGTH = 40  # an outcome is named by the start of its text


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: Phrase  # as a person reads it: "Venue (English)"
    old: Phrase
    new: Phrase

    def text(self) -> str:
        return f"{self.field}: {self.old} → {self.new}"


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: datetime  # UTC
    actor: str
    record: str  # "Meeting", "Attendee Djauhari Oratmangun", "Outcome “Send the list”"
    action: Phrase  # "created", "changed", "added", "removed", "deleted"
    changes: tuple[FieldChange, ...]
    # The record and the action as one sentence: "Attendee Djauhari Oratmangun added".
    summary: Phrase


@dataclass(frozen=True, slots=True)
class _Entry:
    id: int
    at: datetime
    actor: str
    table: str
    record_id: str
    action: AuditAction
    changes: Mapping[str, list[Any]]


def _entries(session: Session, where: sa.ColumnElement[bool]) -> list[_Entry]:
    a = AuditEntry.__table__.c
    rows = session.execute(
        sa.select(a.id, a.at, a.actor, a.table_name, a.record_id, a.action, a.changes).where(where)
    )
    return [
        _Entry(r.id, r.at, r.actor, r.table_name, r.record_id, AuditAction(r.action), r.changes)
        for r in rows
    ]


def _lives_in_meeting(entries: list[_Entry], meeting_id: int, current: bool) -> list[_Entry]:
    """The entries of one child row (oldest first) from its lives spent in this meeting: each
    life ends with a delete; the open one at the end is this meeting's if the row is now."""
    kept: list[_Entry] = []
    life: list[_Entry] = []
    for entry in entries:
        life.append(entry)
        if entry.action == AuditAction.DELETE:
            if (entry.changes.get("meeting_id") or [None])[0] == meeting_id:
                kept += life
            life = []
    if current:
        kept += life
    return kept


def _child_entries(session: Session, meeting_id: int) -> list[_Entry]:
    a = AuditEntry.__table__.c
    wanted: dict[str, set[str]] = {}
    current: dict[str, set[str]] = {}
    for table in _CHILD_TABLES:
        ids = session.execute(sa.select(table.c.id).where(table.c.meeting_id == meeting_id))
        current[table.name] = {str(row_id) for row_id in ids.scalars()}
        removed = session.execute(
            sa.select(a.record_id).where(
                a.table_name == table.name,
                a.action == AuditAction.DELETE,
                a.changes[("meeting_id", 0)].as_integer() == meeting_id,
            )
        )
        wanted[table.name] = current[table.name] | set(removed.scalars())
    found = _entries(
        session,
        sa.or_(
            *(
                sa.and_(a.table_name == name, a.record_id.in_(ids))
                for name, ids in wanted.items()
                if ids
            ),
            sa.false(),
        ),
    )
    by_row: dict[tuple[str, str], list[_Entry]] = defaultdict(list)
    for entry in sorted(found, key=lambda e: e.id):
        by_row[(entry.table, entry.record_id)].append(entry)
    return [
        entry
        for (name, record_id), entries in by_row.items()
        for entry in _lives_in_meeting(entries, meeting_id, record_id in current[name])
    ]


def _value(entries: Iterable[_Entry], name: str) -> Any:
    """The latest value of field ``name`` any of ``entries`` mentions (new, else old)."""
    value = None
    for entry in entries:
        old, new = entry.changes.get(name, [None, None])
        value = new if new is not None else old if old is not None else value
    return value


def _labels(session: Session, entries: list[_Entry]) -> dict[tuple[str, str], dict[str, str]]:
    """What names each child row in a summary: the attendee's ``name``, the start of the
    outcome's ``text`` (as now, else as last recorded in its entries)."""
    by_row: dict[tuple[str, str], list[_Entry]] = defaultdict(list)
    for entry in entries:
        by_row[(entry.table, entry.record_id)].append(entry)
    p, o, person = Participation.__table__.c, Outcome.__table__.c, Person.__table__.c
    ids = {key[1] for key in by_row}
    now: dict[tuple[str, str], Mapping[str, Any]] = {}
    for row in session.execute(
        sa.select(p.id, p.person_id, p.name_en, p.name_zh).where(p.id.in_(_ints(ids)))
    ):
        now[("participation", str(row.id))] = row._mapping
    for row in session.execute(sa.select(o.id, o.text_en, o.text_zh).where(o.id.in_(_ints(ids)))):
        now[("outcome", str(row.id))] = row._mapping

    def field(key: tuple[str, str], name: str) -> Any:
        current = now.get(key)
        if current is not None and current.get(name) is not None:
            return current[name]
        return _value(by_row[key], name)

    person_ids = {field(key, "person_id") for key in by_row if key[0] == "participation"}
    names = {
        row.id: first_reference(row.family_name, row.given_name, row.name_order)
        for row in session.execute(
            sa.select(person.id, person.family_name, person.given_name, person.name_order).where(
                person.id.in_([i for i in person_ids if isinstance(i, int)])
            )
        )
    }
    labels: dict[tuple[str, str], dict[str, str]] = {}
    for key in by_row:
        if key[0] == "participation":
            name = (
                field(key, "name_en")
                or field(key, "name_zh")
                or names.get(field(key, "person_id"))
                or phrase(
                    QT_TRANSLATE_NOOP("ChangeText", "person {number}"),
                    number=field(key, "person_id"),
                )
            )
            labels[key] = {"name": name}
        else:
            text = (field(key, "text_en") or field(key, "text_zh") or "").strip()
            if len(text) > OUTCOME_LABEL_LENGTH:
                text = text[: OUTCOME_LABEL_LENGTH - 1] + "…"
            labels[key] = {"text": text}
    return labels


def _ints(values: Iterable[str]) -> list[int]:
    return [int(value) for value in values if value.isdigit()]


def meeting_history(session: Session, meeting_id: int) -> list[HistoryEntry]:
    """Every audit entry of meeting ``meeting_id`` and of its attendees and outcomes, newest
    first."""
    a = AuditEntry.__table__.c
    own = _entries(
        session,
        sa.and_(a.table_name == Meeting.__tablename__, a.record_id == str(meeting_id)),
    )
    children = _child_entries(session, meeting_id)
    labels = _labels(session, children)
    shown = []
    for entry in sorted([*own, *children], key=lambda e: (e.at, e.id), reverse=True):
        verbs = _VERBS.get(entry.table, _DEFAULT_VERBS)
        changes = tuple(
            FieldChange(field_label(name), value_text(name, old), value_text(name, new))
            for name, (old, new) in entry.changes.items()
            if name not in REFERENCE_FIELDS
        )
        names = labels.get((entry.table, entry.record_id), {})
        shown.append(
            HistoryEntry(
                at=entry.at,
                actor=entry.actor,
                record=_RECORDS[entry.table].format(**names),
                action=verbs.get(entry.action, _DEFAULT_VERBS[entry.action]),
                changes=changes,
                summary=phrase(_SUMMARIES[entry.table, entry.action], **names),
            )
        )
    return shown
