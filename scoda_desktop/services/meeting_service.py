"""The single write path for meetings: validate, write, audit, and refuse a stale write.

Every change to a meeting, its attendees or its outcomes goes through ``MeetingService``. A
write is one transaction that also records an ``AuditEntry`` per record written (actor: the
one given, else the name chosen in Preferences, else the OS login; ``changes``: field ->
[old, new]; an attendee's or outcome's delete also names its ``meeting_id``, for ``history``).

Optimistic locking: a draft carries the meeting's ``version`` as it was read. The meeting row is
updated only ``WHERE id = :id AND version = :read_version`` and its version goes up by one; if
no row matches, someone else saved or deleted the meeting meanwhile and ``StaleRecordError``
is raised, naming the meeting, with nothing written. The meeting's version guards its attendees
and outcomes too: they are edited only with their meeting, and every save bumps it. After a
refusal, ``conflict`` says what differs from the version saved meanwhile, and ``overwrite``
saves the draft over that version (see ``meeting_conflicts``): never silently.

Deleting is real (the schema has no bin): ``delete`` returns a ``DeletedMeeting`` holding every
row the delete removed (the meeting, attendees, outcomes, press releases and their revisions),
and ``restore`` puts them back with the same uids, and the same ids where they are still free.

The service knows nothing of Qt. Each method returns what a view needs to refresh (the saved
meeting's id and new version); the window re-reads its list from that.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from scoda_desktop.data.database import Database
from scoda_desktop.domain.enums import AuditAction, MeetingStatus, OutcomeStatus, Rsvp, Side
from scoda_desktop.domain.models import (
    AuditEntry,
    Country,
    Meeting,
    Outcome,
    Participation,
    Person,
    PressRelease,
    PressReleaseRevision,
    new_uid,
)
from scoda_desktop.domain.naming import first_reference
from scoda_desktop.domain.office import office_today, to_office_time
from scoda_desktop.domain.types import utcnow
from scoda_desktop.errors import ScodaError
from scoda_desktop.services import audit, meeting_conflicts, people
from scoda_desktop.services.attendee_order import order_participants, precedence_facts
from scoda_desktop.services.changes import ChangeStamp, read_change_stamp
from scoda_desktop.services.meeting_conflicts import MeetingConflict
from scoda_desktop.services.meeting_drafts import (
    MEETING_FIELDS,
    OUTCOME_FIELDS,
    PARTICIPATION_FIELDS,
    MeetingDraft,
    MeetingInvalidError,
    OutcomeDraft,
    ParticipantDraft,
    PersonDraft,
    PersonMatch,
    Problem,
    StaleRecordError,
    instant_to_wall_clock,
    validate_meeting,
)
from scoda_desktop.services.meeting_history import HistoryEntry, meeting_history
from scoda_desktop.services.meeting_warnings import overlap_warning, working_hours_warnings
from scoda_desktop.services.protocol import posts_by_person
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, error_message, phrase

__all__ = [
    "DeletedMeeting",
    "MeetingInvalidError",
    "MeetingService",
    "SavedMeeting",
    "StaleRecordError",
]

log = logging.getLogger(__name__)

# Meetings that no longer hold anyone's time: ignored when looking for clashes.
NOT_TAKING_PLACE = (MeetingStatus.CANCELLED, MeetingStatus.POSTPONED)
REQUIRED_TEXT = frozenset({"theme_en"})  # kept as "" when blank; other text fields become NULL

# Tables a meeting's delete removes (by cascade), parents first, with the column pointing at
# the parent row: the order ``restore`` inserts them back in.
_MEETING_ROWS: tuple[tuple[sa.Table, str | None, sa.Table | None], ...] = (
    (Meeting.__table__, None, None),
    (Participation.__table__, "meeting_id", Meeting.__table__),
    (Outcome.__table__, "meeting_id", Meeting.__table__),
    (PressRelease.__table__, "meeting_id", Meeting.__table__),
    (PressReleaseRevision.__table__, "press_release_id", PressRelease.__table__),
)


@dataclass(frozen=True, slots=True)
class SavedMeeting:
    """What a view needs after a write: which meeting, at which version, under what name."""

    id: int
    uid: str
    version: int
    theme: str
    created: bool = False


@dataclass(frozen=True, slots=True)
class DeletedMeeting:
    """Everything a delete removed, as column values by table name, for ``restore``."""

    meeting_id: int
    uid: str
    theme: str
    rows: Mapping[str, tuple[dict[str, Any], ...]]


def _clean_text(name: str, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    text = value.strip()
    return text if text or name in REQUIRED_TEXT else None


def _theme_of(values: Mapping[str, Any]) -> str:
    return (values.get("theme_en") or "").strip() or (values.get("theme_zh") or "").strip()


def _meeting_number(meeting_id: int) -> str:
    """ "meeting 12": what names a meeting whose theme is not known, in an error's message."""
    return error_message(QT_TRANSLATE_NOOP("Errors", "meeting {number}"), number=meeting_id)


class MeetingService:
    """Reads and writes meetings on ``database``. Every call opens its own session, so calls
    may run on a worker thread (the window runs them one after another on its task runner)."""

    def __init__(
        self,
        database: Database,
        *,
        actor: str | None = None,
        today: Callable[[], date] = office_today,
    ) -> None:
        self._database = database
        self._actor = actor
        self._today = today

    @property
    def actor(self) -> str:
        """Who the audit entries name: the actor given, else ``audit.current_actor()`` (the
        name chosen in Preferences or the OS login), read at each write so that a name changed
        in Preferences applies to the next save."""
        return self._actor or audit.current_actor()

    # -- reading -------------------------------------------------------------------------

    def load(self, meeting_id: int) -> MeetingDraft:
        """The meeting with its attendees and outcomes, as a draft to edit: three column
        selects."""
        with self._database.session() as session:
            m = Meeting.__table__.c
            row = session.execute(
                sa.select(m.id, m.uid, m.version, *(m[name] for name in MEETING_FIELDS)).where(
                    m.id == meeting_id
                )
            ).one_or_none()
            if row is None:
                raise ScodaError(
                    error_message(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "Meeting {number} is no longer in the database: someone may have "
                            "deleted it. Refresh the list (F5).",
                        ),
                        number=meeting_id,
                    )
                )
            draft = MeetingDraft(
                **{name: getattr(row, name) for name in MEETING_FIELDS},
                id=row.id,
                uid=row.uid,
                version=row.version,
            )
            day = instant_to_wall_clock(draft.starts_at, draft.time_zone).date()
            draft.participants = self._read_participants(session, meeting_id, day)
            draft.outcomes = self._read_outcomes(session, meeting_id)
            return draft

    @staticmethod
    def _read_participants(session: Session, meeting_id: int, day: date) -> list[ParticipantDraft]:
        """The attendees with their snapshots, and what precedence needs from the posts they
        held on ``day`` (the meeting's date)."""
        p, person, country = Participation.__table__.c, Person.__table__.c, Country.__table__.c
        rows = session.execute(
            sa.select(
                p.id,
                *(p[name] for name in PARTICIPATION_FIELDS),
                person.family_name,
                person.given_name,
                person.name_order,
                person.first_reference,
                country.name_en.label("country"),
            )
            .join(Person.__table__, person.id == p.person_id)
            .outerjoin(Country.__table__, country.code == person.country_code)
            .where(p.meeting_id == meeting_id)
            .order_by(p.id)
        ).all()
        posts = posts_by_person(session, (row.person_id for row in rows))
        participants = []
        for row in rows:
            directory_name = first_reference(
                row.family_name, row.given_name, row.name_order, row.first_reference
            )
            participants.append(
                ParticipantDraft(
                    **{name: getattr(row, name) for name in PARTICIPATION_FIELDS},
                    id=row.id,
                    country=row.country,
                    directory_name=directory_name,
                    precedence=precedence_facts(
                        row.person_id,
                        row.name_en or directory_name,
                        posts.get(row.person_id, ()),
                        day,
                        attended_as=row.position_id,
                    ),
                )
            )
        return participants

    @staticmethod
    def _read_outcomes(session: Session, meeting_id: int) -> list[OutcomeDraft]:
        o, owner = Outcome.__table__.c, Person.__table__.c
        rows = session.execute(
            sa.select(
                o.id,
                o.uid,
                o.sort_order,
                *(o[name] for name in OUTCOME_FIELDS),
                owner.family_name,
                owner.given_name,
                owner.name_order,
                owner.first_reference,
            )
            .outerjoin(Person.__table__, owner.id == o.owner_id)
            .where(o.meeting_id == meeting_id)
            .order_by(o.sort_order, o.id)
        ).all()
        return [
            OutcomeDraft(
                **{name: getattr(row, name) for name in OUTCOME_FIELDS},
                id=row.id,
                uid=row.uid,
                sort_order=row.sort_order,
                owner_name=None
                if row.owner_id is None
                else first_reference(
                    row.family_name, row.given_name, row.name_order, row.first_reference
                ),
            )
            for row in rows
        ]

    @staticmethod
    def order(participants: list[ParticipantDraft]) -> list[ParticipantDraft]:
        """Attendees in order of precedence (the protocol engine, default settings). Pure."""
        return order_participants(participants)

    def search_people(self, text: str, limit: int = 20) -> list[PersonMatch]:
        """People to add as attendees, found by any form of their name (see ``people``)."""
        with self._database.session() as session:
            return people.search_people(session, text, limit)

    def countries(self) -> list[tuple[str, str]]:
        with self._database.session() as session:
            return people.country_names(session)

    def warnings(self, draft: MeetingDraft) -> list[Problem]:
        """What to notice before saving, without blocking it: participants asked to join
        outside their working day, and host-side people already in an overlapping meeting."""
        found = working_hours_warnings(draft)
        hosts = {p.person_id: p.label for p in draft.participants if p.side == Side.HOST}
        if not hosts or draft.ends_at <= draft.starts_at:
            return found
        m, p = Meeting.__table__.c, Participation.__table__.c
        query = (
            sa.select(p.person_id, m.theme_en, m.theme_zh, m.starts_at, m.ends_at)
            .join(Meeting.__table__, m.id == p.meeting_id)
            .where(
                p.person_id.in_(hosts),
                m.starts_at < draft.ends_at,
                m.ends_at > draft.starts_at,
                m.status.not_in(NOT_TAKING_PLACE),
            )
            .order_by(m.starts_at, m.id)
        )
        if draft.id is not None:
            query = query.where(m.id != draft.id)
        with self._database.session() as session:
            for row in session.execute(query):
                start, end = to_office_time(row.starts_at), to_office_time(row.ends_at)
                theme = (row.theme_en or "").strip() or (row.theme_zh or "").strip()
                found.append(overlap_warning(hosts[row.person_id], theme, start, end))
        return found

    # -- writing -------------------------------------------------------------------------

    def save(self, draft: MeetingDraft) -> SavedMeeting:
        """Insert the draft (no id) or update its meeting, then its attendees and outcomes to
        match it. Raises ``MeetingInvalidError`` with what to fix, or ``StaleRecordError``."""
        problems = validate_meeting(draft)
        if problems:
            raise MeetingInvalidError(problems)
        values = self._meeting_values(draft)
        with self._database.transaction() as session:
            if draft.id is None:
                saved = self._insert_meeting(session, values)
            else:
                if draft.version is None:
                    raise ValueError("a meeting read from the database carries its version")
                saved = self._update_meeting(session, draft.id, draft.version, values)
            self._sync_participants(session, saved.id, draft.participants)
            self._sync_outcomes(session, saved.id, draft.outcomes)
        log.info("saved meeting %s (version %s)", saved.id, saved.version)
        return saved

    def conflict(self, base: MeetingDraft, mine: MeetingDraft) -> MeetingConflict:
        """After ``save(mine)`` was refused as stale: the meeting as saved now, who saved it
        last, and where it differs from ``mine`` (``base``: the draft as the editor loaded it).
        ScodaError if the meeting has been deleted meanwhile."""
        if mine.id is None:
            raise ValueError("a new meeting cannot conflict with a saved one")
        theirs = self.load(mine.id)
        with self._database.session() as session:
            last = self._last_change(session, mine.id)
        found = tuple(meeting_conflicts.differences(base, mine, theirs))
        return MeetingConflict(theirs, last, found)

    def overwrite(self, mine: MeetingDraft, theirs: MeetingDraft | None = None) -> SavedMeeting:
        """Save ``mine`` over the version saved meanwhile: ``theirs`` as the officer saw it in
        the conflict (or, if not given, the current one, read now). An ordinary save after
        that: validated, and audited against the row it replaces. Raises StaleRecordError
        again if yet another save came after ``theirs``."""
        if mine.id is None:
            raise ValueError("only a saved meeting can be overwritten")
        current = theirs if theirs is not None else self.load(mine.id)
        log.info("overwriting meeting %s at version %s", mine.id, current.version)
        return self.save(meeting_conflicts.rebase(mine, current))

    def history(self, meeting_id: int) -> list[HistoryEntry]:
        """The audit entries of the meeting, its attendees and its outcomes, newest first."""
        with self._database.session() as session:
            return meeting_history(session, meeting_id)

    def change_stamp(self) -> ChangeStamp:
        """A fingerprint of the meetings: a different one means someone changed them."""
        with self._database.session() as session:
            return read_change_stamp(session)

    def set_status(self, meeting_id: int, status: MeetingStatus, *, version: int) -> SavedMeeting:
        """Postpone, cancel or otherwise move a meeting on; the record and its times stay."""
        with self._database.transaction() as session:
            return self._update_meeting(session, meeting_id, version, {"status": status})

    def postpone(self, meeting_id: int, *, version: int) -> SavedMeeting:
        return self.set_status(meeting_id, MeetingStatus.POSTPONED, version=version)

    def cancel(self, meeting_id: int, *, version: int) -> SavedMeeting:
        return self.set_status(meeting_id, MeetingStatus.CANCELLED, version=version)

    def duplicate(self, meeting_id: int) -> SavedMeeting:
        """A new draft meeting (new uid) with the same fields and attendees, for a series:
        replies and attendance start afresh, outcomes are not copied."""
        source = self.load(meeting_id)
        copy = replace(
            source,
            id=None,
            uid=None,
            version=None,
            status=MeetingStatus.DRAFT,
            participants=[
                replace(p, id=None, rsvp=Rsvp.INVITED, attendance=None) for p in source.participants
            ],
            outcomes=[],
        )
        return self.save(copy)

    def create_person(self, draft: PersonDraft) -> PersonMatch:
        with self._database.transaction() as session:
            return people.create_person(session, draft, actor=self.actor)

    def delete(self, meeting_id: int, *, version: int) -> DeletedMeeting:
        """Delete the meeting read at ``version`` and everything that belongs to it; return
        what was deleted, for ``restore``."""
        with self._database.transaction() as session:
            rows = self._meeting_rows(session, meeting_id)
            meetings = rows["meeting"]
            if not meetings:
                raise self._stale(session, meeting_id, _meeting_number(meeting_id))
            meeting = meetings[0]
            m = Meeting.__table__.c
            deleted = session.execute(
                sa.delete(Meeting.__table__).where(m.id == meeting_id, m.version == version)
            )
            if deleted.rowcount != 1:
                raise self._stale(session, meeting_id, _theme_of(meeting))
            self._audit_meeting(session, meeting_id, AuditAction.DELETE, meeting, None)
        log.info("deleted meeting %s", meeting_id)
        return DeletedMeeting(meeting_id, meeting["uid"], _theme_of(meeting), rows)

    def restore(self, deleted: DeletedMeeting) -> SavedMeeting:
        """Put a deleted meeting back: same uids; same ids unless they were taken since."""
        with self._database.transaction() as session:
            m = Meeting.__table__.c
            if session.execute(sa.select(m.id).where(m.uid == deleted.uid)).first():
                raise ScodaError(
                    error_message(
                        QT_TRANSLATE_NOOP(
                            "Errors", "“{theme}” is in the database already: nothing to undo."
                        ),
                        theme=deleted.theme,
                    )
                )
            new_ids: dict[str, dict[int, int]] = {}
            for table, parent_column, parent in _MEETING_ROWS:
                rows = deleted.rows.get(table.name, ())
                wanted = [row["id"] for row in rows]
                taken = set(
                    session.execute(sa.select(table.c.id).where(table.c.id.in_(wanted))).scalars()
                )
                ids = new_ids.setdefault(table.name, {})
                for row in rows:
                    values = dict(row)
                    if parent_column is not None and parent is not None:
                        values[parent_column] = new_ids[parent.name][values[parent_column]]
                    if values["id"] in taken:
                        del values["id"]
                    result = session.execute(sa.insert(table).values(values))
                    ids[row["id"]] = result.inserted_primary_key[0]
            meeting = deleted.rows["meeting"][0]
            meeting_id = new_ids["meeting"][meeting["id"]]
            self._audit_meeting(session, meeting_id, AuditAction.INSERT, None, meeting)
        log.info("restored meeting %s as %s", deleted.meeting_id, meeting_id)
        return SavedMeeting(meeting_id, meeting["uid"], meeting["version"], deleted.theme, True)

    # -- the meeting row -----------------------------------------------------------------

    @staticmethod
    def _meeting_values(draft: MeetingDraft) -> dict[str, Any]:
        values = {name: _clean_text(name, getattr(draft, name)) for name in MEETING_FIELDS}
        values["starts_at"] = draft.starts_at.astimezone(UTC)
        values["ends_at"] = draft.ends_at.astimezone(UTC)
        return values

    def _insert_meeting(self, session: Session, values: dict[str, Any]) -> SavedMeeting:
        uid, now = new_uid(), utcnow()
        result = session.execute(
            sa.insert(Meeting.__table__).values(
                uid=uid, version=1, created_at=now, updated_at=now, **values
            )
        )
        meeting_id = result.inserted_primary_key[0]
        self._audit_meeting(session, meeting_id, AuditAction.INSERT, None, values)
        return SavedMeeting(meeting_id, uid, 1, _theme_of(values), created=True)

    def _update_meeting(
        self, session: Session, meeting_id: int, read_version: int, values: dict[str, Any]
    ) -> SavedMeeting:
        """Update the meeting read at ``read_version`` with ``values`` and bump its version,
        whether or not the values differ (its attendees and outcomes may)."""
        m = Meeting.__table__.c
        columns = dict.fromkeys(["uid", "theme_en", "theme_zh", *values])
        current = session.execute(
            sa.select(*(m[name] for name in columns)).where(m.id == meeting_id)
        ).one_or_none()
        theme = _theme_of(values) or _theme_of(current._mapping if current else {})
        result = session.execute(
            sa.update(Meeting.__table__)
            .where(m.id == meeting_id, m.version == read_version)
            .values(**values, version=read_version + 1, updated_at=utcnow())
        )
        if current is None or result.rowcount != 1:
            raise self._stale(session, meeting_id, theme or _meeting_number(meeting_id))
        fields = tuple(values)
        if audit.changes_between(current._mapping, values, fields):
            self._audit_meeting(
                session, meeting_id, AuditAction.UPDATE, current._mapping, values, fields
            )
        return SavedMeeting(meeting_id, current.uid, read_version + 1, theme)

    @staticmethod
    def _last_change(session: Session, meeting_id: int) -> str:
        """Who saved the meeting last and when ("bob at 2024-05-01 10:12", Beijing time; a
        ``Phrase``), or ""."""
        a = AuditEntry.__table__.c
        last = session.execute(
            sa.select(a.actor, a.at)
            .where(a.table_name == "meeting", a.record_id == str(meeting_id))
            .order_by(a.at.desc(), a.id.desc())
            .limit(1)
        ).first()
        if last is None:
            return ""
        return phrase(
            QT_TRANSLATE_NOOP("ChangeText", "{actor} at {time}"),
            actor=last.actor,
            time=f"{to_office_time(last.at):%Y-%m-%d %H:%M}",
        )

    def _stale(self, session: Session, meeting_id: int, theme: str) -> StaleRecordError:
        m = Meeting.__table__.c
        exists = session.execute(sa.select(m.id).where(m.id == meeting_id)).first() is not None
        if not exists:
            return StaleRecordError(
                error_message(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "“{theme}” was deleted after you opened it, so your change was not "
                        "saved. Refresh the list (F5); to keep your work, create the meeting "
                        "again.",
                    ),
                    theme=theme,
                )
            )
        last = self._last_change(session, meeting_id)
        if last:
            return StaleRecordError(
                error_message(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "“{theme}” was changed by {who} after you opened it, so your change was "
                        "not saved. Open the meeting again to see the current version, then "
                        "make your change again.",
                    ),
                    theme=theme,
                    who=last,
                )
            )
        return StaleRecordError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{theme}” was changed after you opened it, so your change was not saved. "
                    "Open the meeting again to see the current version, then make your change "
                    "again.",
                ),
                theme=theme,
            )
        )

    # -- attendees and outcomes ----------------------------------------------------------

    def _sync_children(
        self,
        session: Session,
        table: sa.Table,
        meeting_id: int,
        fields: tuple[str, ...],
        wanted: list[tuple[int | None, dict[str, Any]]],
        stamps: Callable[[], dict[str, Any]] = dict,
        new_stamps: Callable[[], dict[str, Any]] = dict,
    ) -> None:
        """Make the meeting's rows of ``table`` match ``wanted`` (id or None, values): delete
        the rows not wanted, update those that differ (adding ``stamps()``), insert the new
        (adding ``new_stamps()``); audit each."""
        c = table.c
        existing = {
            row.id: row._mapping
            for row in session.execute(
                sa.select(c.id, *(c[name] for name in fields)).where(c.meeting_id == meeting_id)
            )
        }
        kept = {row_id for row_id, _ in wanted if row_id is not None}
        # Deletes first: a person removed and added again must not meet their old row.
        for row_id in existing.keys() - kept:
            session.execute(sa.delete(table).where(c.id == row_id))
            # The delete names the meeting: the row is gone, and its history needs the link.
            removed = {**existing[row_id], "meeting_id": meeting_id}
            self._audit(
                session, table, row_id, AuditAction.DELETE, removed, None, (*fields, "meeting_id")
            )
        for row_id, values in wanted:
            if row_id is None:
                continue
            if row_id not in existing:
                raise ValueError(f"{table.name} {row_id} is not part of meeting {meeting_id}")
            if audit.changes_between(existing[row_id], values, fields):
                session.execute(
                    sa.update(table)
                    .where(c.id == row_id)
                    .values(**values, **stamps(), version=c.version + 1)
                )
                self._audit(
                    session, table, row_id, AuditAction.UPDATE, existing[row_id], values, fields
                )
        for row_id, values in wanted:
            if row_id is None:
                result = session.execute(
                    sa.insert(table).values(meeting_id=meeting_id, **new_stamps(), **values)
                )
                new_id = result.inserted_primary_key[0]
                self._audit(session, table, new_id, AuditAction.INSERT, None, values, fields)

    def _audit_meeting(
        self,
        session: Session,
        meeting_id: int,
        action: AuditAction,
        old: Mapping[str, Any] | None,
        new: Mapping[str, Any] | None,
        fields: tuple[str, ...] = MEETING_FIELDS,
    ) -> None:
        """Audit a write of the meeting row itself (by default, of the fields a draft edits)."""
        self._audit(session, Meeting.__table__, meeting_id, action, old, new, fields)

    def _audit(
        self,
        session: Session,
        table: sa.Table,
        record_id: int,
        action: AuditAction,
        old: Mapping[str, Any] | None,
        new: Mapping[str, Any] | None,
        fields: tuple[str, ...],
    ) -> None:
        audit.record(
            session,
            actor=self.actor,
            table=table.name,
            record_id=record_id,
            action=action,
            changes=audit.changes_between(old, new, fields),
        )

    def _sync_participants(
        self, session: Session, meeting_id: int, participants: list[ParticipantDraft]
    ) -> None:
        wanted = [
            (p.id, {name: _clean_text(name, getattr(p, name)) for name in PARTICIPATION_FIELDS})
            for p in participants
        ]
        self._sync_children(
            session, Participation.__table__, meeting_id, PARTICIPATION_FIELDS, wanted
        )

    def _sync_outcomes(
        self, session: Session, meeting_id: int, outcomes: list[OutcomeDraft]
    ) -> None:
        today = self._today()
        wanted = []
        previous = -1
        for outcome in outcomes:
            values = {name: _clean_text(name, getattr(outcome, name)) for name in OUTCOME_FIELDS}
            # An open outcome has no closing day; a closed one gets today unless it has one.
            if outcome.status == OutcomeStatus.OPEN:
                values["closed_on"] = None
            elif values["closed_on"] is None:
                values["closed_on"] = today
            # Keep a stored position while the order holds; number the rest after it.
            kept = outcome.sort_order if outcome.id is not None else None
            previous = kept if kept is not None and kept >= previous else previous + 1
            values["sort_order"] = previous
            wanted.append((outcome.id, values))

        def touched() -> dict[str, Any]:
            return {"updated_at": utcnow()}

        def created() -> dict[str, Any]:
            now = utcnow()
            return {"uid": new_uid(), "created_at": now, "updated_at": now}

        self._sync_children(
            session,
            Outcome.__table__,
            meeting_id,
            (*OUTCOME_FIELDS, "sort_order"),
            wanted,
            touched,
            created,
        )

    # -- deleting ------------------------------------------------------------------------

    @staticmethod
    def _meeting_rows(session: Session, meeting_id: int) -> dict[str, tuple[dict[str, Any], ...]]:
        rows: dict[str, tuple[dict[str, Any], ...]] = {}
        for table, parent_column, parent in _MEETING_ROWS:
            if parent_column is None:
                where = table.c.id == meeting_id
            else:
                parent_ids = [row["id"] for row in rows[parent.name]] if parent is not None else []
                where = table.c[parent_column].in_(parent_ids)
            rows[table.name] = tuple(
                dict(row._mapping)
                for row in session.execute(sa.select(table).where(where).order_by(table.c.id))
            )
        return rows
