"""Merging two records of one person keeps every meeting and outcome of both."""

from __future__ import annotations

from dataclasses import replace

import pytest
import sqlalchemy as sa

from scoda_desktop.domain.enums import AuditAction, OutcomeKind, ParticipationRole, Side
from scoda_desktop.domain.models import AuditEntry, Meeting, Outcome, Participation, Person
from scoda_desktop.errors import InputError
from scoda_desktop.services.directory import PersonRecord, PostRecord
from scoda_desktop.services.meeting_drafts import StaleRecordError

from .helpers import person_id


def counts(database, pid: int) -> tuple[int, int]:
    """(meetings attended, outcomes owned)."""
    p, o = Participation.__table__.c, Outcome.__table__.c
    with database.session() as session:
        return (
            session.execute(sa.select(sa.func.count()).where(p.person_id == pid)).scalar_one(),
            session.execute(sa.select(sa.func.count()).where(o.owner_id == pid)).scalar_one(),
        )


@pytest.fixture
def duplicate(service, demo):
    """A second record of the Tajik deputy ambassador, "Muhammad Egamzod", who attended two of
    the meetings: one the first record also attended, one he did not, and owns an outcome."""
    original = person_id(demo, "Igormonzod")
    saved = service.save_person(
        PersonRecord(
            family_name="Egamzod",
            given_name="Muhammad",
            country_code="TJ",
            name_zh="穆罕默德·埃加姆佐德",
            phone="+86 10 6532 2598",
            alternative_spellings=["M. Egamzod"],
        )
    )
    service.save_post(PostRecord(person_id=int(saved.id), title_en="Counsellor"))
    p, m = Participation.__table__.c, Meeting.__table__.c
    with demo.transaction() as session:
        shared = (
            session.execute(
                sa.select(p.meeting_id).where(p.person_id == original).order_by(p.meeting_id)
            )
            .scalars()
            .first()
        )
        other = (
            session.execute(
                sa.select(m.id)
                .where(m.id.not_in(sa.select(p.meeting_id).where(p.person_id == original)))
                .order_by(m.id)
            )
            .scalars()
            .first()
        )
        for meeting_id in (shared, other):
            session.execute(
                sa.insert(Participation.__table__).values(
                    meeting_id=meeting_id,
                    person_id=saved.id,
                    side=Side.GUEST,
                    role=ParticipationRole.GUEST,
                    name_en="Muhammad Egamzod",
                )
            )
        session.execute(
            sa.insert(Outcome.__table__).values(
                uid="00000000-0000-0000-0000-00000000e9a1",
                meeting_id=other,
                kind=OutcomeKind.FOLLOW_UP,
                text_en="Send the list of Tajik exporters.",
                owner_id=saved.id,
            )
        )
    return original, int(saved.id), shared, other


def test_merge_keeps_every_meeting_and_outcome_of_both(service, demo, duplicate):
    keep, remove, shared, other = duplicate
    kept_meetings, kept_outcomes = counts(demo, keep)
    removed_meetings, removed_outcomes = counts(demo, remove)
    assert (removed_meetings, removed_outcomes) == (2, 1)
    keep_record = service.person(keep).record
    remove_record = service.person(remove).record

    result = service.merge(
        keep_id=keep,
        keep_version=keep_record.version,
        remove_id=remove,
        remove_version=remove_record.version,
    )

    # The shared meeting keeps one participation (the kept person's), the other moves over.
    assert counts(demo, keep) == (
        kept_meetings + removed_meetings - 1,
        kept_outcomes + removed_outcomes,
    )
    assert (result.participations_moved, result.participations_dropped) == (1, 1)
    assert (result.outcomes_moved, result.posts_moved) == (1, 1)
    with demo.session() as session:
        assert session.get(Person, remove) is None
        p = Participation.__table__.c
        names = (
            session.execute(sa.select(p.name_en).where(p.meeting_id == shared, p.person_id == keep))
            .scalars()
            .all()
        )
    assert names == ["Muhammed Igormonzod"]  # the kept person's own record of the meeting

    detail = service.person(keep)
    assert {m.meeting_id for m in detail.meetings} >= {shared, other}
    assert "Counsellor" in [p.title_en for p in detail.posts]
    assert detail.record.alternative_spellings == ["Muhammad Egamzod", "M. Egamzod"]
    assert detail.record.name_zh == "穆罕默德·埃加姆佐德"  # empty fields filled
    assert detail.record.phone == "+86 10 6532 2598"
    assert detail.record.version == keep_record.version + 1
    assert set(result.fields_filled) == {"name_zh", "phone"}

    a = AuditEntry.__table__.c
    with demo.session() as session:
        audited = session.execute(sa.select(a.table_name, a.action)).all()
    assert ("person", AuditAction.DELETE) in audited
    assert ("participation", AuditAction.DELETE) in audited
    assert ("outcome", AuditAction.UPDATE) in audited


def test_a_stale_or_self_merge_writes_nothing(service, demo, duplicate):
    keep, remove, _, _ = duplicate
    keep_record = service.person(keep).record
    remove_record = service.person(remove).record
    service.save_person(replace(remove_record, notes="edited meanwhile"))
    before = counts(demo, remove)
    with pytest.raises(StaleRecordError):
        service.merge(
            keep_id=keep,
            keep_version=keep_record.version,
            remove_id=remove,
            remove_version=remove_record.version,
        )
    assert counts(demo, remove) == before
    with pytest.raises(InputError):
        service.merge(keep_id=keep, keep_version=1, remove_id=keep, remove_version=1)
