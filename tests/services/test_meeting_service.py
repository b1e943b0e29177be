"""The single write path for meetings, on SQLite and PostgreSQL: what it writes, what it audits,
what it refuses (stale versions, invalid drafts), and how a delete is undone."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa

from scoda_desktop.data.database import Database
from scoda_desktop.domain.enums import (
    Attendance,
    AuditAction,
    DiplomaticRank,
    HeadOfMissionClass,
    Language,
    MeetingStatus,
    NameOrder,
    OutcomeKind,
    OutcomeStatus,
    ParticipationRole,
    Rsvp,
    Side,
)
from scoda_desktop.domain.models import (
    AuditEntry,
    Meeting,
    Outcome,
    Participation,
    Person,
    Position,
    PressRelease,
    PressReleaseRevision,
)
from scoda_desktop.services import audit
from scoda_desktop.services.meeting_drafts import (
    InvalidDraftError,
    MeetingDraft,
    MeetingInvalidError,
    OutcomeDraft,
    PersonDraft,
    StaleRecordError,
    participant_from,
)
from scoda_desktop.services.meeting_service import MeetingService

START = datetime(2021, 4, 2, 7, 0, tzinfo=UTC)  # 15:00 in Qingdao
THEME = "Cloud Meeting for Common Development"


@dataclass
class Directory:
    liu: int
    meng: int
    djauhari: int
    muhammed: int
    liu_post: int


def _person(session, **values) -> int:
    person = Person(**values)
    session.add(person)
    session.flush()
    assert person.id is not None
    return person.id


@pytest.fixture
def directory(database: Database) -> Directory:
    with database.transaction() as session:
        liu = _person(
            session,
            family_name="Liu",
            given_name="Jianjun",
            name_order=NameOrder.FAMILY_FIRST,
            name_zh="刘建军",
            country_code="CN",
        )
        meng = _person(
            session,
            family_name="Meng",
            given_name="Qingsheng",
            name_order=NameOrder.FAMILY_FIRST,
            name_zh="孟庆胜",
            country_code="CN",
        )
        djauhari = _person(
            session,
            family_name="Oratmangun",
            given_name="Djauhari",
            name_zh="周浩黎",
            country_code="ID",
        )
        muhammed = _person(
            session,
            family_name="Igormonzod",
            given_name="Muhammed",
            country_code="TJ",
            alternative_spellings=["Muhammad Egamzod", "Мухаммад Эгамзод"],
        )
        old_post = Position(
            person_id=liu,
            title_en="Mayor of Jiaozhou",
            start_date=date(2015, 1, 1),
            end_date=date(2020, 1, 1),
        )
        post = Position(
            person_id=liu,
            title_en="Secretary of CPC Jiaozhou Committee",
            title_zh="胶州市委书记",
            start_date=date(2020, 1, 2),
            internal_rank=5,
        )
        session.add_all(
            [
                old_post,
                post,
                Position(
                    person_id=djauhari,
                    title_en="Indonesian Ambassador to China",
                    diplomatic_rank=DiplomaticRank.AMBASSADOR,
                    head_of_mission_class=HeadOfMissionClass.AMBASSADOR,
                ),
                Position(
                    person_id=muhammed,
                    title_en="Deputy Ambassador of Tajikistan to China",
                    diplomatic_rank=DiplomaticRank.DEPUTY_HEAD_OF_MISSION,
                ),
            ]
        )
        session.flush()
        assert post.id is not None
        return Directory(liu, meng, djauhari, muhammed, post.id)


@pytest.fixture
def service(database: Database) -> MeetingService:
    return MeetingService(database, actor="alice", today=lambda: date(2021, 4, 3))


def _draft(service: MeetingService, directory: Directory, **changes) -> MeetingDraft:
    (liu,) = service.search_people("刘建军")
    (djauhari,) = service.search_people("Oratmangun")
    draft = MeetingDraft(
        starts_at=START,
        ends_at=START + timedelta(hours=1),
        theme_en=THEME,
        theme_zh="云端共谋发展会见",
        venue_en="Service Center, SCODA",
        join_url="https://example.com/tencent/123",
        participants=[participant_from(liu), participant_from(djauhari, join_zone="Asia/Jakarta")],
        outcomes=[OutcomeDraft(OutcomeKind.FOLLOW_UP, text_en="Send the list of chambers")],
    )
    return replace(draft, **changes)


def _audit(database: Database, table: str | None = None) -> list[AuditEntry]:
    with database.session() as session:
        query = sa.select(AuditEntry).order_by(AuditEntry.id)
        if table:
            query = query.where(AuditEntry.table_name == table)
        return list(session.exec(query).scalars())


def _one(database: Database, model, *where):
    with database.session() as session:
        return list(session.exec(sa.select(model).where(*where)).scalars())


# -- saving ----------------------------------------------------------------------------------


def test_a_new_meeting_is_written_with_snapshots_and_audited(database, service, directory):
    saved = service.save(_draft(service, directory))

    assert saved.created and saved.version == 1 and saved.theme == THEME
    (meeting,) = _one(database, Meeting, Meeting.id == saved.id)
    assert meeting.uid == saved.uid and meeting.version == 1
    assert meeting.starts_at == START and meeting.status == MeetingStatus.DRAFT
    participations = _one(database, Participation, Participation.meeting_id == saved.id)
    by_person = {p.person_id: p for p in participations}
    liu = by_person[directory.liu]
    assert (liu.side, liu.role) == (Side.HOST, ParticipationRole.ATTENDEE)
    assert liu.name_en == "Liu Jianjun" and liu.name_zh == "刘建军"
    # The current post (no end date), not the one he left.
    assert liu.title_en == "Secretary of CPC Jiaozhou Committee"
    assert liu.title_zh == "胶州市委书记" and liu.position_id == directory.liu_post
    guest = by_person[directory.djauhari]
    assert guest.side == Side.GUEST and guest.join_zone == "Asia/Jakarta"
    assert guest.title_en == "Indonesian Ambassador to China"
    (outcome,) = _one(database, Outcome, Outcome.meeting_id == saved.id)
    assert outcome.text_en == "Send the list of chambers" and outcome.uid

    entries = _audit(database)
    assert {(e.table_name, e.action) for e in entries} == {
        ("meeting", AuditAction.INSERT),
        ("participation", AuditAction.INSERT),
        ("outcome", AuditAction.INSERT),
    }
    assert all(e.actor == "alice" for e in entries)
    (meeting_entry,) = _audit(database, "meeting")
    assert meeting_entry.record_id == str(saved.id)
    assert meeting_entry.changes["theme_en"] == [None, THEME]
    assert meeting_entry.changes["starts_at"] == [None, "2021-04-02T07:00:00+00:00"]
    assert meeting_entry.changes["status"] == [None, "draft"]
    assert "notes" not in meeting_entry.changes  # empty stays out


def test_the_actor_is_the_os_login_unless_given(database, monkeypatch):
    monkeypatch.setattr(audit.getpass, "getuser", lambda: "protocol.officer")
    assert MeetingService(database).actor == "protocol.officer"
    assert MeetingService(database, actor="bob").actor == "bob"


def test_an_update_bumps_the_version_and_audits_only_what_changed(database, service, directory):
    saved = service.save(_draft(service, directory))
    draft = service.load(saved.id)
    assert draft.version == 1 and [p.label for p in draft.participants] == [
        "Liu Jianjun",
        "Djauhari Oratmangun",
    ]
    draft.venue_en = "Conference Room 3"
    draft.notes = "   "  # blank text is stored as nothing
    host = next(p for p in draft.participants if p.person_id == directory.liu)
    host.role = ParticipationRole.HOST
    host.title_en = "Secretary of CPC Jiaozhou Committee (edited)"
    draft.participants = [p for p in draft.participants if p.person_id != directory.djauhari]
    (muhammed,) = service.search_people("egamzod")
    draft.participants.append(participant_from(muhammed))
    draft.outcomes[0].status = OutcomeStatus.DONE

    updated = service.save(draft)

    assert updated.version == 2 and not updated.created
    reread = service.load(saved.id)
    assert reread.version == 2 and reread.venue_en == "Conference Room 3" and reread.notes is None
    assert {p.person_id for p in reread.participants} == {directory.liu, directory.muhammed}
    assert reread.outcomes[0].closed_on == date(2021, 4, 3)  # closed today
    (meeting_update,) = [e for e in _audit(database, "meeting") if e.action == AuditAction.UPDATE]
    assert meeting_update.changes == {"venue_en": ["Service Center, SCODA", "Conference Room 3"]}
    participation_actions = sorted(e.action for e in _audit(database, "participation"))
    assert participation_actions.count(AuditAction.DELETE) == 1
    assert participation_actions.count(AuditAction.UPDATE) == 1
    (outcome_update,) = [e for e in _audit(database, "outcome") if e.action == AuditAction.UPDATE]
    assert outcome_update.changes["status"] == ["open", "done"]
    assert outcome_update.changes["closed_on"] == [None, "2021-04-03"]


def test_removing_and_adding_back_the_same_person_in_one_save(service, directory):
    saved = service.save(_draft(service, directory))
    draft = service.load(saved.id)
    guest = next(p for p in draft.participants if p.person_id == directory.djauhari)
    draft.participants = [p for p in draft.participants if p is not guest]
    draft.participants.append(replace(guest, id=None, rsvp=Rsvp.ACCEPTED))
    service.save(draft)
    (again,) = [p for p in service.load(saved.id).participants if p.person_id == guest.person_id]
    assert again.rsvp == Rsvp.ACCEPTED


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"theme_en": "  ", "theme_zh": None}, "theme"),
        ({"ends_at": START - timedelta(minutes=30)}, "ends_at"),
        ({"time_zone": "Asia/Shangai"}, "time_zone"),
        ({"join_url": "meeting.tencent.com/dm/123"}, "join_url"),
    ],
)
def test_an_invalid_draft_is_refused_with_the_field_to_fix(
    database, service, directory, changes, field
):
    with pytest.raises(MeetingInvalidError) as refused:
        service.save(_draft(service, directory, **changes))
    assert [p.field for p in refused.value.field_problems] == [field]
    assert _one(database, Meeting) == [] and _audit(database) == []


# -- optimistic locking ----------------------------------------------------------------------


def test_the_second_of_two_concurrent_edits_is_refused(database, service, directory):
    saved = service.save(_draft(service, directory))
    other_office = MeetingService(database, actor="bob")
    mine, theirs = service.load(saved.id), other_office.load(saved.id)

    theirs.venue_en = "Conference Room 3"
    assert other_office.save(theirs).version == 2
    mine.notes = "Bring the flags"
    with pytest.raises(StaleRecordError) as refused:
        service.save(mine)

    message = str(refused.value)
    assert f"“{THEME}” was changed by bob" in message
    assert "Open the meeting again" in message
    current = service.load(saved.id)
    assert current.version == 2 and current.notes is None
    assert current.venue_en == "Conference Room 3"


def test_a_status_change_from_a_stale_list_is_refused(service, directory):
    saved = service.save(_draft(service, directory))
    service.save(service.load(saved.id))  # someone saves: version 2
    with pytest.raises(StaleRecordError, match=f"“{THEME}” was changed by alice"):
        service.cancel(saved.id, version=1)


def test_saving_a_meeting_deleted_meanwhile_says_so(service, directory):
    saved = service.save(_draft(service, directory))
    draft = service.load(saved.id)
    service.delete(saved.id, version=1)
    with pytest.raises(StaleRecordError, match="was deleted after you opened it"):
        service.save(draft)


# -- status, duplicate, delete ---------------------------------------------------------------


def test_postpone_and_cancel_keep_the_record(database, service, directory):
    saved = service.save(_draft(service, directory))
    assert service.postpone(saved.id, version=1).version == 2
    assert service.load(saved.id).status == MeetingStatus.POSTPONED
    cancelled = service.cancel(saved.id, version=2)
    draft = service.load(saved.id)
    assert (cancelled.version, draft.status) == (3, MeetingStatus.CANCELLED)
    assert draft.starts_at == START and len(draft.participants) == 2 and len(draft.outcomes) == 1
    statuses = [e.changes["status"] for e in _audit(database, "meeting")[1:]]
    assert statuses == [["draft", "postponed"], ["postponed", "cancelled"]]


def test_duplicate_makes_a_new_draft_with_the_same_attendees(service, directory):
    draft = _draft(service, directory, status=MeetingStatus.HELD)
    draft.participants[1].rsvp = Rsvp.ACCEPTED
    draft.participants[1].attendance = Attendance.PRESENT
    source = service.save(draft)

    copy = service.duplicate(source.id)

    assert copy.id != source.id and copy.uid != source.uid and copy.created
    duplicate = service.load(copy.id)
    assert duplicate.status == MeetingStatus.DRAFT and duplicate.theme_en == THEME
    assert [(p.person_id, p.title_en) for p in duplicate.participants] == [
        (p.person_id, p.title_en) for p in service.load(source.id).participants
    ]
    assert all(p.rsvp == Rsvp.INVITED and p.attendance is None for p in duplicate.participants)
    assert duplicate.outcomes == []


def _add_press_release(database: Database, meeting_id: int) -> None:
    with database.transaction() as session:
        release = PressRelease(meeting_id=meeting_id, language=Language.ENGLISH, template="en")
        session.add(release)
        session.flush()
        session.add(PressReleaseRevision(press_release_id=release.id, number=1, body="Draft"))


def _meeting_ids(database: Database, meeting_id: int) -> dict[str, list[int]]:
    with database.session() as session:
        return {
            model.__tablename__: sorted(
                session.exec(sa.select(model.id).where(model.meeting_id == meeting_id)).scalars()
            )
            for model in (Participation, Outcome, PressRelease)
        }


def test_delete_then_restore_brings_back_everything_with_the_same_ids(database, service, directory):
    saved = service.save(_draft(service, directory))
    _add_press_release(database, saved.id)
    before = _meeting_ids(database, saved.id)

    deleted = service.delete(saved.id, version=1)

    assert deleted.theme == THEME and _one(database, Meeting) == []
    assert _one(database, PressReleaseRevision) == []  # gone with the meeting
    (entry,) = [e for e in _audit(database, "meeting") if e.action == AuditAction.DELETE]
    assert entry.changes["theme_en"] == [THEME, None]

    restored = service.restore(deleted)

    assert (restored.id, restored.uid, restored.version) == (saved.id, saved.uid, 1)
    assert _meeting_ids(database, saved.id) == before
    assert [r.body for r in _one(database, PressReleaseRevision)] == ["Draft"]
    with pytest.raises(Exception, match="in the database already"):
        service.restore(deleted)


def test_restore_takes_new_ids_where_the_old_ones_were_taken(database, service, directory):
    saved = service.save(_draft(service, directory))
    deleted = service.delete(saved.id, version=1)
    with database.transaction() as session:  # another meeting got the same id meanwhile
        session.add(
            Meeting(
                id=saved.id, theme_en="Other", starts_at=START, ends_at=START + timedelta(hours=1)
            )
        )

    restored = service.restore(deleted)

    assert restored.id != saved.id and restored.uid == saved.uid
    draft = service.load(restored.id)
    assert draft.theme_en == THEME and len(draft.participants) == 2 and len(draft.outcomes) == 1


def test_delete_of_a_stale_version_is_refused(service, directory):
    saved = service.save(_draft(service, directory))
    service.postpone(saved.id, version=1)
    with pytest.raises(StaleRecordError):
        service.delete(saved.id, version=1)
    assert service.load(saved.id).status == MeetingStatus.POSTPONED


# -- people ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("liu", ["Liu Jianjun"]),
        ("JIANJUN", ["Liu Jianjun"]),
        ("jianjun liu", ["Liu Jianjun"]),
        ("刘建军", ["Liu Jianjun"]),
        ("周浩", ["Djauhari Oratmangun"]),
        ("egamzod", ["Muhammed Igormonzod"]),  # an alternative spelling
        ("Эгамзод", ["Muhammed Igormonzod"]),  # one outside ASCII, kept in JSON
        ("эгамзод", ["Muhammed Igormonzod"]),
        ("oratmangun djauhari", ["Djauhari Oratmangun"]),
        ("%", []),  # no wildcards
        ("   ", []),
    ],
)
def test_people_are_found_by_any_form_of_their_name(service, directory, typed, found):
    assert [match.name_en for match in service.search_people(typed)] == found


def test_matches_starting_with_the_text_come_first(service, directory):
    names = [m.name_en for m in service.search_people("m")]
    assert names[:2] == ["Meng Qingsheng", "Muhammed Igormonzod"]


def test_a_person_added_inline_is_audited_and_found(database, service, directory):
    match = service.create_person(
        PersonDraft(
            family_name="Sharipov", given_name="Rustam", name_zh="沙里波夫", country_code="TJ"
        )
    )
    assert match.name_en == "Rustam Sharipov" and match.country == "Tajikistan"
    assert [m.person_id for m in service.search_people("沙里波夫")] == [match.person_id]
    (entry,) = _audit(database, "person")
    assert entry.changes["family_name"] == [None, "Sharipov"]

    with pytest.raises(InvalidDraftError, match="The person cannot be saved") as refused:
        service.create_person(
            PersonDraft(family_name="Sukarno", given_name="X", name_order=NameOrder.SINGLE)
        )
    assert refused.value.field_problems[0].field == "given_name"


def test_attendees_are_put_in_order_of_precedence_by_the_protocol_engine(service, directory):
    (muhammed,) = service.search_people("Igormonzod")
    (djauhari,) = service.search_people("Oratmangun")
    (meng,) = service.search_people("Meng")
    added = [participant_from(m) for m in (muhammed, djauhari, meng)]
    # The host side first; then the ambassador before the deputy, though both are "guest".
    expected = ["Meng Qingsheng", "Djauhari Oratmangun", "Muhammed Igormonzod"]
    assert [p.label for p in service.order(added)] == expected

    saved = service.save(_draft(service, directory, participants=added))
    assert [p.label for p in service.order(service.load(saved.id).participants)] == expected


# -- warnings --------------------------------------------------------------------------------


def test_warnings_name_overlapping_meetings_of_the_host_side(service, directory):
    service.save(_draft(service, directory, theme_en="Trade talks"))
    cancelled = _draft(service, directory, theme_en="Called off", status=MeetingStatus.CANCELLED)
    service.save(cancelled)

    draft = _draft(service, directory, starts_at=START + timedelta(minutes=30))
    draft.ends_at = draft.starts_at + timedelta(hours=1)
    messages = [w.message for w in service.warnings(draft) if w.field == "overlap"]
    assert messages == [
        "Liu Jianjun is also in “Trade talks” on 2021-04-02 15:00–16:00 (Beijing time)."
    ]

    later = _draft(service, directory, starts_at=START + timedelta(hours=1))
    later.ends_at = later.starts_at + timedelta(hours=1)
    assert [w for w in service.warnings(later) if w.field == "overlap"] == []


def test_warnings_for_a_participant_outside_their_working_day(service, directory):
    # 15:00 in Qingdao is 14:00 in Jakarta; 23:00 in Qingdao is 22:00 there.
    draft = _draft(service, directory)
    assert service.warnings(draft) == []
    late = _draft(service, directory, starts_at=START + timedelta(hours=8))
    late.ends_at = late.starts_at + timedelta(hours=1)
    messages = [w.message for w in service.warnings(late)]
    assert messages == [
        "In Asia/Shanghai the meeting runs 23:00–00:00, outside 08:00–20:00, for Liu Jianjun.",
        "In Asia/Jakarta the meeting runs 22:00–23:00, outside 08:00–20:00, "
        "for Djauhari Oratmangun.",
    ]
