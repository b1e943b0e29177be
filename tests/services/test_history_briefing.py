"""The briefing's previous contacts are the counterpart histories of the history window, as they
stood at the meeting's start: the same last contact and the same open follow-ups for each
attendee, organisation and country."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa

from scoda_desktop.domain.enums import Attendance
from scoda_desktop.domain.models import Meeting, Organisation, Participation, Person
from scoda_desktop.services.demo import populate_demo
from scoda_desktop.services.documents import Prepared, briefing_context
from scoda_desktop.services.followups import is_overdue
from scoda_desktop.services.history import (
    CounterpartHistory,
    country_history,
    organisation_history,
    person_history,
)

TODAY = date(2026, 11, 28)
NOW = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)  # 10:00 in the office
CLOUD = "Cloud Meeting for Common Development"  # 2 April 2021, the demo's first meeting
SUPPLY = "SCO Ambassadors' Dialogue on Supply Chains"  # 2 December 2026, still to come


@pytest.fixture
def demo(database):
    populate_demo(database, today=TODAY)
    return database


def _meeting(database, theme: str) -> tuple[int, datetime]:
    m = Meeting.__table__.c
    with database.session() as session:
        meeting_id, starts_at = session.execute(
            sa.select(m.id, m.starts_at).where(m.theme_en == theme)
        ).one()
    return meeting_id, starts_at


def _brief(database, meeting_id: int, language: str = "en") -> dict:
    with database.session() as session:
        return briefing_context(
            session, meeting_id, language, prepared=Prepared("hanxue", TODAY), today=TODAY, now=NOW
        )


def _same(briefed, window: CounterpartHistory) -> None:
    """The brief's history of a counterpart says what the window says."""
    assert briefed.last_contact == window.last_contact
    assert briefed.total == len(window.contacts)
    assert [m.id for m in briefed.meetings] == [e.meeting_id for e in window.contacts][:5]
    assert [f.id for f in briefed.open_follow_ups] == [r.id for r in window.open_follow_ups]
    overdue = {r.id for r in window.open_follow_ups if is_overdue(r.due_date, r.status, TODAY)}
    assert {f.id for f in briefed.open_follow_ups if f.overdue} == overdue


@pytest.mark.parametrize("theme", [CLOUD, SUPPLY])
def test_each_attendees_last_contact_and_open_follow_ups_are_the_history_windows(demo, theme):
    meeting_id, starts_at = _meeting(demo, theme)
    as_of = min(NOW, starts_at)
    context = _brief(demo, meeting_id)
    assert context["counterparts"]
    with demo.session() as session:
        for counterpart in context["counterparts"]:
            window = person_history(session, counterpart.attendee.person_id, now=as_of)
            _same(counterpart.history, window)
        org = Organisation.__table__.c
        by_name = dict(session.execute(sa.select(org.name_en, org.id)).all())
        for profile in context["organisations"]:  # the brief names them (in English here)
            window = organisation_history(session, by_name[profile.name], now=as_of)
            _same(profile.history, window)
        for country in context["countries"]:
            _same(country.history, country_history(session, country.code, now=as_of))
    if theme == CLOUD:  # nothing before the first meeting
        assert all(c.history.last_contact is None for c in context["counterparts"])
        assert context["follow_ups"] == []
    else:
        assert any(c.history.open_follow_ups for c in context["counterparts"])
        listed = {f.id for f in context["follow_ups"]}
        assert listed == {
            f.id
            for h in [c.history for c in context["counterparts"]]
            + [o.history for o in context["organisations"]]
            + [c.history for c in context["countries"]]
            for f in h.open_follow_ups
        }


def test_a_meeting_the_attendee_missed_is_no_previous_contact_with_them(demo):
    """The rule the brief took from the window: a meeting counts as contact with a person only
    if they were not recorded absent or excused (the brief used to count every participation)."""
    supply, _starts = _meeting(demo, SUPPLY)
    dialogue, _starts = _meeting(demo, "Kazakhstan-SCODA Trade and Investment Dialogue")
    p, person = Participation.__table__.c, Person.__table__.c
    with demo.transaction() as session:
        tokhtarov = session.execute(
            sa.select(person.id).where(person.family_name == "Tokhtarov")
        ).scalar_one()
        session.execute(
            sa.update(Participation.__table__)
            .where(p.meeting_id == dialogue, p.person_id == tokhtarov)
            .values(attendance=Attendance.EXCUSED)
        )
    (counterpart,) = [
        c for c in _brief(demo, supply)["counterparts"] if c.attendee.person_id == tokhtarov
    ]
    assert counterpart.history.total == 1
    assert counterpart.history.last_contact < date(2026, 4, 3)
    # The dialogue's open items still concern him: the meeting with him took place.
    assert any(f.meeting.id == dialogue for f in counterpart.history.open_follow_ups)


def test_the_chinese_brief_names_owners_and_days_in_chinese(demo):
    supply, _starts = _meeting(demo, SUPPLY)
    follow_ups = _brief(demo, supply, "zh")["follow_ups"]
    overdue = follow_ups[0]
    assert overdue.owner == "高鹏"
    assert overdue.due == "2026年10月14日" and overdue.meeting.day == "2026年4月3日"
