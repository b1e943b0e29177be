"""Follow-ups across meetings, on SQLite and PostgreSQL: what is listed, what is overdue at the
office's day boundary, the start-up summary, and closing, dropping and reopening an item."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from scoda_desktop.domain.enums import AuditAction, OutcomeKind, OutcomeStatus
from scoda_desktop.domain.models import AuditEntry, Meeting, Outcome, Person
from scoda_desktop.errors import InputError
from scoda_desktop.services.demo import populate_demo
from scoda_desktop.services.followups import (
    FollowUpFilter,
    check_filter,
    due_summary,
    follow_up_table,
    list_follow_ups,
    mark_done,
    mark_dropped,
    reopen,
)
from scoda_desktop.services.meeting_drafts import StaleRecordError
from scoda_desktop.services.meeting_service import MeetingService

TODAY = date(2026, 11, 28)
SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 28, 10, 0, tzinfo=SHANGHAI)
KINDS = ("follow_up", "agreement", "mou")


@pytest.fixture
def demo(database):
    populate_demo(database, today=TODAY)
    return database


def _scalar(database, sql: str, **params):
    with database.session() as session:
        return session.execute(sa.text(sql), params).scalar_one()


def _person_id(database, family_name: str) -> int:
    return _scalar(database, "SELECT id FROM person WHERE family_name = :f", f=family_name)


def _add_follow_up(database, due: date, text: str = "Send the boundary test") -> int:
    """An open follow-up due on ``due`` on the demo's Belarus meeting."""
    with database.transaction() as session:
        meeting_id = session.execute(
            sa.select(Meeting.__table__.c.id).where(
                Meeting.__table__.c.theme_en == "Belarusian Dairy: Cold-Chain Warehousing"
            )
        ).scalar_one()
        result = session.execute(
            sa.insert(Outcome.__table__).values(
                uid=f"boundary-{due.isoformat()}",
                meeting_id=meeting_id,
                kind=OutcomeKind.FOLLOW_UP,
                text_en=text,
                due_date=due,
                status=OutcomeStatus.OPEN,
                sort_order=9,
                version=1,
                created_at=NOW,
                updated_at=NOW,
            )
        )
        return result.inserted_primary_key[0]


# -- listing ----------------------------------------------------------------------------------


def test_lists_every_follow_up_agreement_and_mou_and_nothing_else(demo):
    with demo.session() as session:
        rows = list_follow_ups(session, now=NOW)
    expected = _scalar(
        demo, "SELECT count(*) FROM outcome WHERE kind IN ('follow_up', 'agreement', 'mou')"
    )
    assert len(rows) == expected > 20
    assert {row.kind.value for row in rows} == set(KINDS)
    due = [row.due_date for row in rows if row.due_date is not None]
    assert due == sorted(due)
    assert all(row.due_date is None for row in rows[len(due) :])  # undated last


def test_a_row_carries_its_meeting_owner_and_countries(demo):
    with demo.session() as session:
        rows = list_follow_ups(session, now=NOW)
    row = next(r for r in rows if r.text_en and r.text_en.startswith("Draft the programme"))
    assert row.meeting_theme_en == "Kazakhstan-SCODA Trade and Investment Dialogue"
    assert row.owner_name == "Gao Peng"
    assert row.owner_name_zh == "高鹏"
    assert row.owner_country == "CN"
    assert row.guest_countries == ("KZ",)
    assert row.due_date == TODAY - timedelta(days=45)
    assert row.status == OutcomeStatus.OPEN and row.overdue
    assert row.as_json()["due_date"] == row.due_date.isoformat()


def test_filters_by_owner_status_and_due_range(demo):
    han_xue = _person_id(demo, "Han")
    with demo.session() as session:
        owned = list_follow_ups(session, FollowUpFilter(owner_id=han_xue), now=NOW)
        done = list_follow_ups(session, FollowUpFilter(statuses=(OutcomeStatus.DONE,)), now=NOW)
        window = list_follow_ups(
            session,
            FollowUpFilter(due_from=date(2026, 11, 1), due_to=date(2026, 11, 30)),
            now=NOW,
        )
    assert owned and {row.owner_id for row in owned} == {han_xue}
    assert len(owned) == _scalar(
        demo,
        "SELECT count(*) FROM outcome WHERE owner_id = :o AND kind IN "
        "('follow_up', 'agreement', 'mou')",
        o=han_xue,
    )
    assert done and {row.status for row in done} == {OutcomeStatus.DONE}
    assert window and all(date(2026, 11, 1) <= row.due_date <= date(2026, 11, 30) for row in window)


def test_country_filter_takes_the_meetings_guests_and_the_owners_country(demo):
    with demo.session() as session:
        kazakh = list_follow_ups(session, FollowUpFilter(country="kz"), now=NOW)
        chinese_owned = list_follow_ups(session, FollowUpFilter(country="CN"), now=NOW)
        everything = list_follow_ups(session, now=NOW)
    assert kazakh and all("KZ" in row.guest_countries for row in kazakh)
    assert {row.id for row in kazakh} == {r.id for r in everything if "KZ" in r.guest_countries}
    assert {row.id for row in chinese_owned} == {
        r.id for r in everything if r.owner_country == "CN"
    }


def test_a_filter_naming_nobody_is_refused(demo):
    with demo.session() as session, pytest.raises(InputError) as caught:
        check_filter(session, FollowUpFilter(owner_id=999_999, country="XX"))
    assert "no person with id 999999" in str(caught.value)
    assert "no country with the code 'XX'" in str(caught.value)


# -- overdue at the office's day boundary ----------------------------------------------------


@pytest.mark.parametrize(
    ("now", "overdue"),
    [
        (datetime(2026, 11, 27, 23, 59, tzinfo=SHANGHAI), False),
        (datetime(2026, 11, 28, 0, 1, tzinfo=SHANGHAI), True),
        # The same instants in UTC: the UTC day is still the 27th at 00:01 in Qingdao.
        (datetime(2026, 11, 27, 15, 59, tzinfo=UTC), False),
        (datetime(2026, 11, 27, 16, 0, tzinfo=UTC), True),
        (datetime(2026, 11, 27, 16, 1, tzinfo=UTC), True),
        # A computer in New York or Moscow: the office's day decides, not the local one.
        (datetime(2026, 11, 27, 10, 59, tzinfo=ZoneInfo("America/New_York")), False),
        (datetime(2026, 11, 27, 11, 1, tzinfo=ZoneInfo("America/New_York")), True),
        (datetime(2026, 11, 27, 19, 1, tzinfo=ZoneInfo("Europe/Moscow")), True),
    ],
)
def test_overdue_from_the_office_midnight_after_the_due_day(demo, now, overdue):
    outcome_id = _add_follow_up(demo, date(2026, 11, 27))
    with demo.session() as session:
        row = next(r for r in list_follow_ups(session, now=now) if r.id == outcome_id)
        only_overdue = list_follow_ups(session, FollowUpFilter(overdue_only=True), now=now)
        summary = due_summary(session, now)
    assert row.overdue is overdue
    assert (outcome_id in {r.id for r in only_overdue}) is overdue
    assert all(r.overdue for r in only_overdue)
    assert (outcome_id in {r.id for r in summary.overdue}) is overdue
    assert (outcome_id in {r.id for r in summary.due_this_week}) is not overdue


def test_an_item_due_today_is_not_overdue_and_done_items_never_are(demo):
    outcome_id = _add_follow_up(demo, TODAY)
    with demo.session() as session:
        rows = {r.id: r for r in list_follow_ups(session, now=NOW)}
    assert rows[outcome_id].overdue is False
    assert not any(r.overdue for r in rows.values() if r.status != OutcomeStatus.OPEN)


def test_due_summary_counts_open_items_overdue_and_due_in_the_week_ahead(demo):
    _add_follow_up(demo, TODAY + timedelta(days=6), "Due on the last day of the week")
    _add_follow_up(demo, TODAY + timedelta(days=7), "Due the day after the week")
    with demo.session() as session:
        summary = due_summary(session, NOW)
    overdue = _scalar(
        demo,
        "SELECT count(*) FROM outcome WHERE kind IN ('follow_up', 'agreement', 'mou') "
        "AND status = 'open' AND due_date < :today",
        today=TODAY,
    )
    assert len(summary.overdue) == overdue == 4
    assert [r.text for r in summary.due_this_week] == ["Due on the last day of the week"]
    assert summary.any
    assert summary.describe() == "4 follow-ups overdue, 1 follow-up due this week"


def test_follow_up_table_has_one_row_per_item(demo):
    with demo.session() as session:
        rows = list_follow_ups(session, FollowUpFilter(overdue_only=True), now=NOW)
    table = follow_up_table(rows)
    assert len(table.rows) == len(rows) == 4
    assert all(len(row) == len(table.columns) for row in table.rows)
    assert {row[table.columns.index("Overdue")] for row in table.rows} == {"yes"}


# -- closing, dropping, reopening ---------------------------------------------------------------


def _read(database, outcome_id: int):
    o = Outcome.__table__.c
    with database.session() as session:
        return session.execute(
            sa.select(o.status, o.closed_on, o.status_note, o.version, o.meeting_id).where(
                o.id == outcome_id
            )
        ).one()


def _audit(database, table: str, record_id: int):
    a = AuditEntry.__table__.c
    with database.session() as session:
        return session.execute(
            sa.select(a.actor, a.action, a.changes)
            .where(a.table_name == table, a.record_id == str(record_id))
            .order_by(a.id)
        ).all()


def test_mark_done_writes_the_day_the_note_a_new_version_and_an_audit_entry(demo):
    outcome_id = _add_follow_up(demo, date(2026, 11, 27))
    before = _read(demo, outcome_id)
    meeting_version = _scalar(
        demo, "SELECT version FROM meeting WHERE id = :i", i=before.meeting_id
    )
    change = mark_done(
        demo,
        outcome_id,
        "  Sent by e-mail.  ",
        version=before.version,
        on=date(2026, 11, 28),
        actor="han.xue",
    )
    after = _read(demo, outcome_id)
    assert after.status == OutcomeStatus.DONE
    assert after.closed_on == date(2026, 11, 28)
    assert after.status_note == "Sent by e-mail."
    assert after.version == before.version + 1 == change.version
    assert change.closed_on == date(2026, 11, 28)
    assert change.meeting_version == meeting_version + 1
    entries = _audit(demo, "outcome", outcome_id)
    assert [(e.actor, e.action) for e in entries] == [("han.xue", AuditAction.UPDATE)]
    assert entries[0].changes == {
        "status": ["open", "done"],
        "closed_on": [None, "2026-11-28"],
        "status_note": [None, "Sent by e-mail."],
    }
    meeting_entries = _audit(demo, "meeting", before.meeting_id)
    assert meeting_entries[-1].changes == {"version": [meeting_version, meeting_version + 1]}


def test_mark_done_defaults_to_the_office_day_and_keeps_the_note(demo):
    outcome_id = _add_follow_up(demo, date(2026, 11, 27))
    with demo.transaction() as session:
        session.execute(
            sa.update(Outcome.__table__)
            .where(Outcome.__table__.c.id == outcome_id)
            .values(status_note="Waiting for the tariffs.")
        )
    mark_done(demo, outcome_id, None, version=1, actor="t")
    after = _read(demo, outcome_id)
    assert after.closed_on is not None and after.closed_on <= datetime.now(SHANGHAI).date()
    assert after.status_note == "Waiting for the tariffs."


def test_a_stale_version_is_refused_and_nothing_is_written(demo):
    outcome_id = _add_follow_up(demo, date(2026, 11, 27))
    mark_dropped(demo, outcome_id, "Not needed any more.", version=1, actor="a")
    with pytest.raises(StaleRecordError, match="changed after you read it"):
        mark_done(demo, outcome_id, "Done after all.", version=1, actor="b")
    after = _read(demo, outcome_id)
    assert (after.status, after.version, after.status_note) == (
        OutcomeStatus.DROPPED,
        2,
        "Not needed any more.",
    )
    assert [e.actor for e in _audit(demo, "outcome", outcome_id)] == ["a"]


def test_reopen_clears_the_closing_day(demo):
    outcome_id = _add_follow_up(demo, date(2026, 11, 27))
    mark_done(demo, outcome_id, "Sent.", version=1, on=date(2026, 11, 28), actor="a")
    change = reopen(demo, outcome_id, "The embassy asks again.", version=2, actor="a")
    after = _read(demo, outcome_id)
    assert (after.status, after.closed_on, after.version) == (OutcomeStatus.OPEN, None, 3)
    assert after.status_note == "The embassy asks again."
    assert change.status == OutcomeStatus.OPEN


def test_a_change_that_changes_nothing_or_a_missing_item_is_refused(demo):
    outcome_id = _add_follow_up(demo, date(2026, 11, 27))
    with pytest.raises(InputError, match="already open"):
        reopen(demo, outcome_id, version=1, actor="a")
    with pytest.raises(StaleRecordError, match="no longer in the database"):
        mark_done(demo, 999_999, version=1, actor="a")
    proposal = _scalar(demo, "SELECT min(id) FROM outcome WHERE kind = 'proposal'")
    with pytest.raises(InputError, match="not a follow-up"):
        mark_done(demo, proposal, version=1, actor="a")
    assert _read(demo, outcome_id).version == 1


def test_a_meeting_editor_opened_before_the_change_cannot_undo_it(demo):
    outcome_id = _add_follow_up(demo, date(2026, 11, 27))
    service = MeetingService(demo, actor="editor", today=lambda: TODAY)
    draft = service.load(_read(demo, outcome_id).meeting_id)
    mark_done(demo, outcome_id, "Sent.", version=1, actor="han.xue")
    with pytest.raises(StaleRecordError, match=r"changed by han\.xue"):
        service.save(draft)
    assert _read(demo, outcome_id).status == OutcomeStatus.DONE


def test_owner_names_come_from_the_directory(demo):
    with demo.session() as session:
        owners = {r.owner_id: r.owner_name for r in list_follow_ups(session, now=NOW) if r.owner_id}
        p = Person.__table__.c
        family = dict(session.execute(sa.select(p.id, p.family_name)).all())
    assert all(name.startswith(family[owner_id]) for owner_id, name in owners.items())
