"""The liaison list over the demo data, on SQLite and PostgreSQL, checked against hand-written
SQL."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from scoda_desktop.services.demo import populate_demo
from scoda_desktop.services.liaison import liaison_list, liaison_table

TODAY = date(2026, 11, 28)
SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 28, 10, 0, tzinfo=SHANGHAI)
EMBASSY_MEETINGS = (
    "FROM participation p JOIN meeting m ON m.id = p.meeting_id "
    "JOIN position po ON po.id = p.position_id "
    "JOIN organisation o ON o.id = po.organisation_id "
    "WHERE o.kind = 'embassy' AND m.status NOT IN ('cancelled', 'postponed')"
)
PRESENT = "(p.attendance IS NULL OR p.attendance NOT IN ('absent', 'excused'))"


@pytest.fixture
def demo(database):
    populate_demo(database, today=TODAY)
    return database


def _rows(database, sql: str) -> list[tuple]:
    with database.session() as session:
        return [tuple(row) for row in session.execute(sa.text(sql))]


def _instant(raw) -> datetime:
    instant = datetime.fromisoformat(raw) if isinstance(raw, str) else raw
    return instant if instant.tzinfo else instant.replace(tzinfo=UTC)


def test_liaison_list_equals_direct_queries_longest_without_contact_first(demo):
    rows = _rows(demo, f"SELECT o.id, m.starts_at {EMBASSY_MEETINGS} AND {PRESENT}")
    last: dict[int, date] = {}
    for org_id, raw in rows:
        if _instant(raw) < NOW:
            day = _instant(raw).astimezone(SHANGHAI).date()
            last[org_id] = max(last.get(org_id, date.min), day)
    with demo.session() as session:
        liaisons = liaison_list(session, NOW)
    assert {row.organisation_id: row.last_contact for row in liaisons} == last
    assert len(liaisons) >= 12
    days = [row.days_since_contact for row in liaisons]
    assert days == sorted(days, reverse=True)
    assert liaisons[0].name_en == "Embassy of Tajikistan in China"  # only the 2021 meeting
    assert all(row.days_since_contact == (TODAY - row.last_contact).days for row in liaisons)
    table = liaison_table(liaisons)
    assert len(table.rows) == len(liaisons) and table.rows[0][3] == date(2021, 4, 2)


def test_liaison_open_follow_ups_are_those_of_the_meetings_that_took_place(demo):
    held: dict[int, set[int]] = {}
    for org_id, meeting_id, raw in _rows(
        demo, f"SELECT o.id, m.id, m.starts_at {EMBASSY_MEETINGS}"
    ):
        if _instant(raw) < NOW:
            held.setdefault(org_id, set()).add(meeting_id)
    open_items = _rows(
        demo,
        "SELECT meeting_id FROM outcome "
        "WHERE kind IN ('follow_up', 'agreement', 'mou') AND status = 'open'",
    )
    with demo.session() as session:
        liaisons = liaison_list(session, NOW)
    expected = {
        org_id: sum(1 for (meeting_id,) in open_items if meeting_id in held[org_id])
        for org_id in (row.organisation_id for row in liaisons)
    }
    assert {row.organisation_id: row.open_follow_ups for row in liaisons} == expected
    assert any(row.open_follow_ups for row in liaisons)
