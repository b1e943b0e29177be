"""Two officers on one meeting, through two services on one database (SQLite and PostgreSQL):
the second save is refused, the conflict says what differs and who changed it, overwrite saves
over the version seen (audited, and refused again if a third save came in between), reload
takes theirs; the history lists who did what; the change stamp moves with every write."""

# The fixtures come from test_meeting_service; pytest passes them as arguments of the same name.
# ruff: noqa: F811

from __future__ import annotations

from dataclasses import replace

import pytest
import sqlalchemy as sa

from scoda_desktop.data.database import Database
from scoda_desktop.domain.enums import AuditAction, OutcomeKind, Rsvp
from scoda_desktop.domain.models import AuditEntry
from scoda_desktop.errors import ScodaError
from scoda_desktop.services import audit
from scoda_desktop.services.meeting_conflicts import ChangedBy, Difference, differences, rebase
from scoda_desktop.services.meeting_drafts import OutcomeDraft, StaleRecordError
from scoda_desktop.services.meeting_service import MeetingService
from scoda_desktop.settings import ACTOR_NAME, Preferences, save_preferences
from tests.services.test_meeting_service import (  # noqa: F401
    THEME,
    _draft,
    directory,
    service,
)


@pytest.fixture
def bob(database: Database) -> MeetingService:
    return MeetingService(database, actor="bob")


@pytest.fixture
def saved_id(service, directory) -> int:
    return service.save(_draft(service, directory)).id


def _edits(service: MeetingService, bob: MeetingService, meeting_id: int):
    """Alice and Bob open the meeting; Bob saves first."""
    base = service.load(meeting_id)
    mine = service.load(meeting_id)
    theirs = bob.load(meeting_id)
    theirs.venue_en = "Conference Room 3"
    theirs.notes = "Bring the flags"
    theirs.participants[1].rsvp = Rsvp.ACCEPTED
    theirs.outcomes.append(OutcomeDraft(OutcomeKind.FOLLOW_UP, text_en="Book the interpreter"))
    bob.save(theirs)
    mine.venue_en = "Service Centre, SCODA"  # both change the venue
    mine.interpretation = "consecutive"  # only Alice
    mine.notes = "Bring the flags"  # the same as Bob: no conflict there
    return base, mine


def test_the_second_save_is_refused_and_the_conflict_shows_each_difference(service, bob, saved_id):
    base, mine = _edits(service, bob, saved_id)
    with pytest.raises(StaleRecordError, match="was changed by bob"):
        service.save(mine)

    conflict = service.conflict(base, mine)

    assert conflict.theirs.version == 2 and conflict.theirs.venue_en == "Conference Room 3"
    assert conflict.last_change.startswith("bob at ")
    assert list(conflict.differences) == [
        Difference("Venue (English)", "Service Centre, SCODA", "Conference Room 3", ChangedBy.BOTH),
        Difference("Interpretation", "consecutive", "—", ChangedBy.YOU),
        Difference("Djauhari Oratmangun: Reply", "invited", "accepted", ChangedBy.THEM),
        Difference("Outcome “Book the interpreter”", "not listed", "listed", ChangedBy.THEM),
    ]


def test_overwrite_saves_mine_over_theirs_and_is_audited(database, service, bob, saved_id):
    base, mine = _edits(service, bob, saved_id)
    conflict = service.conflict(base, mine)

    saved = service.overwrite(mine, conflict.theirs)

    assert saved.version == 3
    current = service.load(saved_id)
    assert (current.venue_en, current.interpretation) == ("Service Centre, SCODA", "consecutive")
    assert [o.text_en for o in current.outcomes] == ["Send the list of chambers"]
    assert current.participants[1].rsvp == Rsvp.INVITED  # mine, over Bob's
    with database.session() as session:
        entries = session.execute(
            sa.select(
                AuditEntry.actor, AuditEntry.table_name, AuditEntry.action, AuditEntry.changes
            )
            .where(AuditEntry.actor == "alice")
            .order_by(AuditEntry.id.desc())
            .limit(3)
        ).all()
    # the overwrite is audited against what it replaced (Bob's version)
    meeting_update = next(e for e in entries if e.table_name == "meeting")
    assert meeting_update.changes["venue_en"] == ["Conference Room 3", "Service Centre, SCODA"]
    removed = next(e for e in entries if e.action == AuditAction.DELETE)
    assert removed.table_name == "outcome" and removed.changes["text_en"][0] == (
        "Book the interpreter"
    )


def test_overwrite_is_refused_again_if_a_third_save_came_in_between(service, bob, saved_id):
    base, mine = _edits(service, bob, saved_id)
    conflict = service.conflict(base, mine)
    again = bob.load(saved_id)
    again.venue_en = "Room 5"
    bob.save(again)

    with pytest.raises(StaleRecordError):
        service.overwrite(mine, conflict.theirs)
    assert service.load(saved_id).venue_en == "Room 5"
    # without the version seen, overwrite reads the current one (a forced save)
    assert service.overwrite(mine).version == 4


def test_reload_takes_theirs_and_then_saves(service, bob, saved_id):
    base, mine = _edits(service, bob, saved_id)
    theirs = service.conflict(base, mine).theirs
    theirs.interpretation = "simultaneous"
    assert service.save(theirs).version == 3
    assert service.load(saved_id).venue_en == "Conference Room 3"


def test_an_attendee_they_removed_comes_back_with_an_overwrite(service, bob, saved_id):
    mine = service.load(saved_id)
    theirs = bob.load(saved_id)
    removed = theirs.participants.pop()
    bob.save(theirs)
    mine.notes = "mine"

    conflict = service.conflict(mine, mine)
    assert Difference(removed.label, "attending", "not in the meeting", ChangedBy.THEM) in (
        conflict.differences
    )
    service.overwrite(mine, conflict.theirs)
    assert [p.person_id for p in service.load(saved_id).participants] == [
        p.person_id for p in mine.participants
    ]


def test_a_conflict_with_a_deleted_meeting_says_so(service, bob, saved_id):
    mine = service.load(saved_id)
    bob.delete(saved_id, version=1)
    with pytest.raises(ScodaError, match="no longer in the database"):
        service.conflict(mine, mine)


def test_differences_treat_empty_text_as_none_and_rebase_clears_missing_ids(service, saved_id):
    base = service.load(saved_id)
    mine = replace(base, notes="  ", outcomes=[replace(o) for o in base.outcomes])
    assert differences(base, mine, base) == []
    theirs = replace(base, version=7, outcomes=[])
    rebased = rebase(mine, theirs)
    assert rebased.version == 7
    assert [(o.id, o.uid) for o in rebased.outcomes] == [(None, None)]
    assert [p.id for p in rebased.participants] == [p.id for p in base.participants]


# -- who: the actor, and the history ---------------------------------------------------------


def test_the_actor_is_the_name_chosen_in_preferences_else_the_login(
    database, data_dir, monkeypatch, directory
):
    monkeypatch.setattr(audit.getpass, "getuser", lambda: "protocol.officer")
    officer = MeetingService(database)
    assert officer.actor == audit.current_actor() == "protocol.officer"
    save_preferences(Preferences().replace({ACTOR_NAME: "  Wang Fang  "}))
    assert officer.actor == "Wang Fang"  # read at each write: no restart needed
    saved = officer.save(_draft(officer, directory))
    with database.session() as session:
        actors = set(
            session.execute(
                sa.select(AuditEntry.actor).where(AuditEntry.record_id == str(saved.id))
            ).scalars()
        )
    assert actors == {"Wang Fang"}


def test_the_history_lists_who_changed_what_including_removed_rows(service, bob, saved_id):
    draft = bob.load(saved_id)
    draft.venue_en = "Conference Room 3"
    removed = draft.participants.pop()
    draft.outcomes[0].text_en = "Send the list of chambers by May"
    bob.save(draft)

    history = service.history(saved_id)

    newest = history[0]
    assert newest.actor == "bob"
    records = [(e.actor, e.record, e.action) for e in history]
    assert ("bob", f"Attendee {removed.label}", "removed") in records
    assert ("bob", "Meeting", "changed") in records
    assert ("bob", "Outcome “Send the list of chambers by May”", "changed") in records
    assert ("alice", "Meeting", "created") in records
    assert ("alice", f"Attendee {removed.label}", "added") in records
    change = next(e for e in history if e.record == "Meeting" and e.action == "changed")
    assert [c.text() for c in change.changes] == [
        "Venue (English): Service Center, SCODA → Conference Room 3"
    ]
    created = next(e for e in history if e.action == "created")
    assert "Starts: — → 2021-04-02 15:00 (Beijing time)" in [c.text() for c in created.changes]
    assert [e.at for e in history] == sorted((e.at for e in history), reverse=True)
    # one whole sentence per entry for the interface, reading as the pieces do in English
    assert all(e.summary == f"{e.record} {e.action}" for e in history)
    removal = next(e for e in history if e.action == "removed")
    assert (removal.summary.source, dict(removal.summary.values)) == (
        "Attendee {name} removed",
        {"name": removed.label},
    )


def test_the_history_of_another_meeting_is_not_mixed_in(service, directory, saved_id):
    other = service.save(_draft(service, directory, theme_en="Another meeting"))
    draft = service.load(other.id)
    draft.participants.pop()
    service.save(draft)
    assert all("Another" not in e.record for e in service.history(saved_id))
    assert len(service.history(saved_id)) == 1 + 2 + 1  # the meeting, 2 attendees, 1 outcome


def test_the_change_stamp_moves_with_every_write(database, service, bob, saved_id):
    before = service.change_stamp()
    assert bob.change_stamp() == before
    draft = bob.load(saved_id)
    draft.participants[0].rsvp = Rsvp.ACCEPTED
    bob.save(draft)
    after_save = service.change_stamp()
    assert after_save != before
    bob.delete(saved_id, version=2)
    assert service.change_stamp() not in (before, after_save)
