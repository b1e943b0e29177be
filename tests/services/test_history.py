"""Counterpart history over the demo data, on SQLite and PostgreSQL, checked against hand-written
SQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from scoda_desktop.domain.enums import Attendance, OutcomeKind, OutcomeStatus
from scoda_desktop.domain.models import Meeting, Outcome, Participation
from scoda_desktop.errors import InputError
from scoda_desktop.services.demo import populate_demo
from scoda_desktop.services.history import (
    country_history,
    organisation_history,
    people_histories,
    person_history,
    timeline_table,
)

TODAY = date(2026, 11, 28)
SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 28, 10, 0, tzinfo=SHANGHAI)
KINDS = "('follow_up', 'agreement', 'mou')"
PRESENT = "(p.attendance IS NULL OR p.attendance NOT IN ('absent', 'excused'))"
TAKING_PLACE = "m.status NOT IN ('cancelled', 'postponed')"  # and started before NOW


@pytest.fixture
def demo(database):
    populate_demo(database, today=TODAY)
    return database


def _rows(database, sql: str, **params) -> list[tuple]:
    with database.session() as session:
        return [tuple(row) for row in session.execute(sa.text(sql), params)]


def _instant(raw) -> datetime:
    instant = datetime.fromisoformat(raw) if isinstance(raw, str) else raw
    return instant if instant.tzinfo else instant.replace(tzinfo=UTC)


def _day(raw) -> date:
    return _instant(raw).astimezone(SHANGHAI).date()


def _id(database, sql: str, **params) -> int:
    return _rows(database, sql, **params)[0][0]


def _expected(database, where: str, **params):
    """(meeting ids, last contact, open follow-up ids) by direct queries; ``where`` selects the
    counterpart's participations (aliases p, pe, po). Contact: a meeting not cancelled or
    postponed, started before NOW, that one of them attended; open items: those of the meetings
    with them that took place."""
    joins = (
        "FROM participation p JOIN meeting m ON m.id = p.meeting_id "
        "JOIN person pe ON pe.id = p.person_id LEFT JOIN position po ON po.id = p.position_id "
    )
    rows = _rows(
        database,
        f"SELECT p.meeting_id, m.starts_at, {PRESENT} {joins} WHERE {where} AND {TAKING_PLACE}",
        **params,
    )
    took_place = {
        (mid, _instant(raw), bool(came)) for mid, raw, came in rows if _instant(raw) < NOW
    }
    meetings = {
        r[0] for r in _rows(database, f"SELECT p.meeting_id {joins} WHERE {where}", **params)
    }
    contacts = [_day(starts) for _mid, starts, came in took_place if came]
    held = {mid for mid, _starts, _came in took_place}
    open_items = {
        item_id
        for item_id, meeting_id in _rows(
            database,
            f"SELECT id, meeting_id FROM outcome WHERE kind IN {KINDS} AND status = 'open'",
        )
        if meeting_id in held
    }
    return meetings, max(contacts, default=None), open_items


def test_a_persons_history_equals_direct_queries(demo):
    person_id = _id(demo, "SELECT id FROM person WHERE family_name = 'Tokhtarov'")
    meetings, last, open_items = _expected(demo, "p.person_id = :i", i=person_id)
    with demo.session() as session:
        history = person_history(session, person_id, now=NOW)
    assert history.subject.name_en == "Yerlan Tokhtarov"
    assert {entry.meeting_id for entry in history.timeline} == meetings
    starts = [entry.starts_at for entry in history.timeline]
    assert starts == sorted(starts, reverse=True)
    assert history.last_contact == last == date(2026, 4, 3)
    assert history.days_since_contact == (TODAY - last).days
    assert {row.id for row in history.open_follow_ups} == open_items
    assert all(row.status == OutcomeStatus.OPEN for row in history.open_follow_ups)
    dialogue = next(e for e in history.timeline if e.theme_en.startswith("Kazakhstan-SCODA"))
    assert [a.title for a in dialogue.attendees] == ["Ambassador of Kazakhstan to China"]
    assert [o.kind.value for o in dialogue.outcomes] == ["agreement", "follow_up", "follow_up"]
    assert dialogue.outcomes[1].overdue and not dialogue.outcomes[2].overdue


def test_a_persons_open_follow_ups_include_those_they_own(demo):
    person_id = _id(demo, "SELECT id FROM person WHERE family_name = 'Gao'")
    owned = {
        r[0]
        for r in _rows(
            demo,
            "SELECT o.id, m.starts_at FROM outcome o JOIN meeting m ON m.id = o.meeting_id "
            f"WHERE o.kind IN {KINDS} AND o.status = 'open' AND o.owner_id = :i "
            f"AND {TAKING_PLACE}",
            i=person_id,
        )
        if _instant(r[1]) < NOW
    }
    _, _, of_meetings = _expected(demo, "p.person_id = :i", i=person_id)
    with demo.session() as session:
        history = person_history(session, person_id, now=NOW)
    assert owned and {row.id for row in history.open_follow_ups} == owned | of_meetings


def test_an_organisations_history_counts_members_attending_in_their_post(demo):
    org_id = _id(
        demo, "SELECT id FROM organisation WHERE name_en = 'Embassy of Kazakhstan in China'"
    )
    meetings, last, open_items = _expected(demo, "po.organisation_id = :o", o=org_id)
    with demo.session() as session:
        history = organisation_history(session, org_id, now=NOW)
    assert history.subject.name_zh == "哈萨克斯坦驻华大使馆"
    assert {entry.meeting_id for entry in history.timeline} == meetings
    assert history.last_contact == last
    assert {row.id for row in history.open_follow_ups} == open_items
    assert history.next_meeting == date(2026, 12, 2)


def test_a_countrys_history_counts_its_guests(demo):
    meetings, last, open_items = _expected(
        demo, "p.side = 'guest' AND pe.country_code = :c", c="KZ"
    )
    with demo.session() as session:
        history = country_history(session, "kz", now=NOW)
        with pytest.raises(InputError, match="no country"):
            country_history(session, "XX", now=NOW)
        with pytest.raises(InputError, match="no person"):
            person_history(session, 999_999, now=NOW)
    assert history.subject.key == "KZ"
    assert {entry.meeting_id for entry in history.timeline} == meetings
    assert len(meetings) >= 4
    assert history.last_contact == last
    assert {row.id for row in history.open_follow_ups} == open_items


def test_last_contact_is_a_meeting_held_by_now_that_someone_attended(demo):
    person_id = _id(demo, "SELECT id FROM person WHERE family_name = 'Tokhtarov'")
    with demo.session() as session:
        earlier = person_history(session, person_id, now=datetime(2026, 4, 1, tzinfo=UTC))
    assert earlier.last_contact is not None and earlier.last_contact < date(2026, 4, 3)
    latest = _rows(
        demo,
        "SELECT p.id FROM participation p JOIN meeting m ON m.id = p.meeting_id "
        "WHERE p.person_id = :i AND m.status = 'held' ORDER BY m.starts_at DESC",
        i=person_id,
    )[0][0]
    with demo.transaction() as session:
        session.execute(
            sa.update(Participation.__table__)
            .where(Participation.__table__.c.id == latest)
            .values(attendance=Attendance.ABSENT)
        )
    with demo.session() as session:
        absent = person_history(session, person_id, now=NOW)
    assert absent.last_contact is not None and absent.last_contact < date(2026, 4, 3)
    (dialogue,) = [entry for entry in absent.timeline if entry.day == date(2026, 4, 3)]
    assert not dialogue.contact


def test_timeline_table_has_a_row_per_outcome_or_meeting(demo):
    with demo.session() as session:
        history = country_history(session, "KZ", now=NOW)
    table = timeline_table(history)
    expected = sum(max(1, len(entry.outcomes)) for entry in history.timeline)
    assert len(table.rows) == expected
    assert all(len(row) == len(table.columns) for row in table.rows)


# -- the rules every view shares -----------------------------------------------------------


def _meeting(database, theme: str) -> tuple[int, datetime]:
    meeting_id, raw = _rows(
        database, "SELECT id, starts_at FROM meeting WHERE theme_en = :t", t=theme
    )[0]
    return meeting_id, _instant(raw)


def _set_status(database, meeting_id: int, status: str) -> None:
    with database.transaction() as session:
        session.execute(
            sa.update(Meeting.__table__)
            .where(Meeting.__table__.c.id == meeting_id)
            .values(status=status)
        )


def test_a_past_meeting_not_marked_held_counts_a_cancelled_one_does_not(demo):
    person_id = _id(demo, "SELECT id FROM person WHERE family_name = 'Tokhtarov'")
    dialogue, _starts = _meeting(demo, "Kazakhstan-SCODA Trade and Investment Dialogue")
    with demo.session() as session:
        held = person_history(session, person_id, now=NOW)
    of_dialogue = {row.id for row in held.open_follow_ups if row.meeting_id == dialogue}
    assert held.last_contact == date(2026, 4, 3) and of_dialogue

    _set_status(demo, dialogue, "confirmed")  # nobody marked it held afterwards
    with demo.session() as session:
        confirmed = person_history(session, person_id, now=NOW)
    assert confirmed.last_contact == date(2026, 4, 3)
    assert {row.id for row in confirmed.open_follow_ups} == {row.id for row in held.open_follow_ups}

    _set_status(demo, dialogue, "cancelled")
    with demo.session() as session:
        cancelled = person_history(session, person_id, now=NOW)
    assert cancelled.last_contact is not None and cancelled.last_contact < date(2026, 4, 3)
    assert not of_dialogue & {row.id for row in cancelled.open_follow_ups}
    assert dialogue in {entry.meeting_id for entry in cancelled.timeline}  # still listed


def test_the_items_of_a_meeting_still_to_come_are_not_open_follow_ups_yet(demo):
    person_id = _id(demo, "SELECT id FROM person WHERE family_name = 'Tokhtarov'")
    owner_id = _id(demo, "SELECT id FROM person WHERE family_name = 'Gao'")
    dialogue, starts = _meeting(demo, "SCO Ambassadors' Dialogue on Supply Chains")
    with demo.transaction() as session:
        item = Outcome(
            meeting_id=dialogue,
            kind=OutcomeKind.FOLLOW_UP,
            text_en="Prepared before the meeting.",
            owner_id=owner_id,
        )
        session.add(item)
        session.flush()
        item_id = item.id
    with demo.session() as session:
        before = person_history(session, person_id, now=NOW)
        owner_before = person_history(session, owner_id, now=NOW)
        after = person_history(session, person_id, now=starts + timedelta(hours=2))
        owner_after = person_history(session, owner_id, now=starts + timedelta(hours=2))
    (entry,) = [e for e in before.timeline if e.meeting_id == dialogue]
    assert [o.id for o in entry.outcomes] == [item_id] and not entry.contact
    assert before.next_meeting == entry.day
    assert item_id not in {row.id for row in before.open_follow_ups}
    assert item_id not in {row.id for row in owner_before.open_follow_ups}
    assert item_id in {row.id for row in after.open_follow_ups}
    assert item_id in {row.id for row in owner_after.open_follow_ups}


def test_many_histories_are_read_with_as_many_selects_as_one(demo):
    guests = [
        r[0]
        for r in _rows(demo, "SELECT DISTINCT person_id FROM participation WHERE side = 'guest'")
    ]
    assert len(guests) > 10
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    sa.event.listen(demo.engine, "before_cursor_execute", count)
    try:
        with demo.session() as session:
            one = people_histories(session, guests[:1], now=NOW)
            reads_for_one = len(statements)
            many = people_histories(session, guests, now=NOW)
            reads_for_many = len(statements) - reads_for_one
            singly = {g: person_history(session, g, now=NOW) for g in guests}
    finally:
        sa.event.remove(demo.engine, "before_cursor_execute", count)
    assert reads_for_many == reads_for_one
    assert set(one) == set(guests[:1]) and set(many) == set(guests)
    assert many == singly
