"""Each report's figures equal direct queries over the demo data, on SQLite and PostgreSQL.

The expected figures come from hand-written SQL (counts in the database where no date is
involved; the years and quarters from the raw instants converted here with zoneinfo), not from
the report code."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from scoda_desktop.domain.enums import MeetingKind, MeetingStatus
from scoda_desktop.domain.models import Meeting
from scoda_desktop.errors import InputError
from scoda_desktop.services.demo import populate_demo
from scoda_desktop.services.reports import REPORTS, Period, build_report, periods_spanning

TODAY = date(2026, 11, 28)
SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 28, 10, 0, tzinfo=SHANGHAI)
PRESENT = "(p.attendance IS NULL OR p.attendance NOT IN ('absent', 'excused'))"
KINDS = "('follow_up', 'agreement', 'mou')"


@pytest.fixture
def demo(database):
    populate_demo(database, today=TODAY)
    return database


def _rows(database, sql: str, **params) -> list[tuple]:
    with database.session() as session:
        return [tuple(row) for row in session.execute(sa.text(sql), params)]


def _office_day(raw) -> date:
    """A raw ``starts_at`` (text on SQLite, a datetime on PostgreSQL) as a day in Qingdao."""
    instant = datetime.fromisoformat(raw) if isinstance(raw, str) else raw
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=UTC)
    return instant.astimezone(SHANGHAI).date()


def _date(raw) -> date:
    """A raw DATE column: text on SQLite, a date on PostgreSQL."""
    return date.fromisoformat(raw) if isinstance(raw, str) else raw


def _quarter(day: date) -> str:
    return f"{day.year} Q{(day.month - 1) // 3 + 1}"


def _by(report, key_column: str) -> dict[object, dict[str, object]]:
    columns = report.table.columns
    index = columns.index(key_column)
    return {row[index]: dict(zip(columns, row, strict=True)) for row in report.table.rows}


def _per_period(pairs, period) -> dict[object, Counter]:
    """(key, meeting id, raw start) -> key -> period label -> distinct meetings."""
    seen = defaultdict(set)
    for key, meeting_id, raw in pairs:
        day = _office_day(raw)
        label = str(day.year) if period == "year" else _quarter(day)
        seen[key].add((label, meeting_id))
    return {key: Counter(label for label, _ in found) for key, found in seen.items()}


def _assert_counts(report, key_column, totals, per_period) -> None:
    """Totals per key, and every period column (zero where the query found nothing)."""
    rows = _by(report, key_column)
    assert {key: row["Total"] for key, row in rows.items()} == totals
    period_columns = [c for c in report.table.columns if c[:1].isdigit()]
    for key, row in rows.items():
        assert {c: row[c] for c in period_columns} == {
            c: per_period[key].get(c, 0) for c in period_columns
        }
        assert sum(per_period[key].values()) == totals[key]


# -- meetings by country, host and kind ---------------------------------------------------------


@pytest.mark.parametrize("period", ["year", "quarter"])
def test_meetings_by_country_equal_a_direct_count(demo, period):
    totals = dict(
        _rows(
            demo,
            "SELECT pe.country_code, count(DISTINCT m.id) FROM meeting m "
            "JOIN participation p ON p.meeting_id = m.id JOIN person pe ON pe.id = p.person_id "
            f"WHERE m.status = 'held' AND p.side = 'guest' AND {PRESENT} "
            "AND pe.country_code IS NOT NULL GROUP BY pe.country_code",
        )
    )
    pairs = _rows(
        demo,
        "SELECT DISTINCT pe.country_code, m.id, m.starts_at FROM meeting m "
        "JOIN participation p ON p.meeting_id = m.id JOIN person pe ON pe.id = p.person_id "
        f"WHERE m.status = 'held' AND p.side = 'guest' AND {PRESENT} "
        "AND pe.country_code IS NOT NULL",
    )
    with demo.session() as session:
        report = build_report(session, "meetings-by-country", period=period, now=NOW)
    assert len(totals) >= 10
    _assert_counts(report, "Code", totals, _per_period(pairs, period))
    assert report.chart.categories[0] == report.table.rows[0][0]
    assert report.chart.series[0].values == tuple(float(row[-1]) for row in report.table.rows)
    assert list(report.chart.series[0].values) == sorted(
        report.chart.series[0].values, reverse=True
    )


def test_meetings_by_host_equal_a_direct_count(demo):
    names = dict(_rows(demo, "SELECT id, name_zh FROM person"))
    totals = {
        names[person_id]: n
        for person_id, n in _rows(
            demo,
            "SELECT p.person_id, count(DISTINCT m.id) FROM meeting m "
            "JOIN participation p ON p.meeting_id = m.id "
            f"WHERE m.status = 'held' AND p.role = 'host' AND {PRESENT} GROUP BY p.person_id",
        )
    }
    pairs = [
        (names[person_id], meeting_id, raw)
        for person_id, meeting_id, raw in _rows(
            demo,
            "SELECT p.person_id, m.id, m.starts_at FROM meeting m "
            "JOIN participation p ON p.meeting_id = m.id "
            f"WHERE m.status = 'held' AND p.role = 'host' AND {PRESENT}",
        )
    ]
    with demo.session() as session:
        report = build_report(session, "meetings-by-host", now=NOW)
    _assert_counts(report, "主持领导", totals, _per_period(pairs, "year"))
    assert _by(report, "主持领导")["刘建军"]["2021"] == 1


def test_meetings_by_kind_equal_a_direct_count(demo):
    totals = {
        MeetingKind(kind): n
        for kind, n in _rows(
            demo, "SELECT kind, count(*) FROM meeting WHERE status = 'held' GROUP BY kind"
        )
    }
    pairs = [
        (MeetingKind(kind), meeting_id, raw)
        for kind, meeting_id, raw in _rows(
            demo, "SELECT kind, id, starts_at FROM meeting WHERE status = 'held'"
        )
    ]
    with demo.session() as session:
        report = build_report(session, "meetings-by-kind", period=Period.QUARTER, now=NOW)
    labels = {"Video": MeetingKind.VIDEO, "In person": MeetingKind.IN_PERSON}
    labels["Hybrid"] = MeetingKind.HYBRID
    rows = {labels[row[0]]: row for row in report.table.rows}
    assert {kind: row[-1] for kind, row in rows.items()} == totals
    per_period = _per_period(pairs, "quarter")
    for kind, counts in per_period.items():
        for label, n in counts.items():
            assert rows[kind][report.table.columns.index(label)] == n


def test_years_and_quarters_without_meetings_are_shown_as_zeros(demo):
    with demo.session() as session:
        report = build_report(session, "meetings-by-kind", now=NOW)
    years = [c for c in report.table.columns if c[:1].isdigit()]
    assert years == ["2021", "2022", "2023", "2024", "2025", "2026"]
    assert all(row[report.table.columns.index("2022")] == 0 for row in report.table.rows)
    assert periods_spanning([date(2025, 12, 31), date(2026, 2, 1)], "quarter") == (
        "2025 Q4",
        "2026 Q1",
    )


def test_a_meeting_just_after_midnight_in_qingdao_counts_in_the_new_year(demo):
    # 00:30 on 1 January in Qingdao is still 31 December in UTC.
    starts = datetime(2027, 1, 1, 0, 30, tzinfo=SHANGHAI)
    with demo.transaction() as session:
        session.execute(
            sa.insert(Meeting.__table__).values(
                uid="new-year",
                theme_en="New Year call",
                kind=MeetingKind.IN_PERSON,
                status=MeetingStatus.HELD,
                starts_at=starts,
                ends_at=starts + timedelta(hours=1),
                time_zone="Asia/Shanghai",
                version=1,
                created_at=starts,
                updated_at=starts,
            )
        )
    with demo.session() as session:
        yearly = build_report(session, "meetings-by-kind", now=NOW)
        quarterly = build_report(session, "meetings-by-kind", period="quarter", now=NOW)
        only_2027 = build_report(
            session, "meetings-by-kind", first_day=date(2027, 1, 1), last_day=date(2027, 1, 1)
        )
        only_2026 = build_report(
            session, "meetings-by-kind", first_day=date(2026, 12, 31), last_day=date(2026, 12, 31)
        )
    in_person = _by(yearly, "Kind")["In person"]
    assert in_person["2027"] == 1 and "2026" in in_person
    assert _by(quarterly, "Kind")["In person"]["2027 Q1"] == 1
    assert only_2027.table.rows == (("In person", "现场", 1, 1),)
    assert only_2026.table.rows == ()


# -- follow-up completion --------------------------------------------------------------------


def test_follow_up_completion_equals_a_direct_count(demo):
    counts = dict(
        _rows(demo, f"SELECT status, count(*) FROM outcome WHERE kind IN {KINDS} GROUP BY status")
    )
    (overdue,) = _rows(
        demo,
        f"SELECT count(*) FROM outcome WHERE kind IN {KINDS} "
        "AND status = 'open' AND due_date < :today",
        today=TODAY,
    )[0]
    closings = _rows(
        demo,
        "SELECT o.closed_on, m.starts_at FROM outcome o JOIN meeting m ON m.id = o.meeting_id "
        f"WHERE o.kind IN {KINDS} AND o.status = 'done' AND o.closed_on IS NOT NULL",
    )
    days = [(_date(closed) - _office_day(raw)).days for closed, raw in closings]
    with demo.session() as session:
        report = build_report(session, "follow-up-completion", now=NOW)
    total = _by(report, "Year")["Total"]
    all_items = sum(counts.values())
    assert total["Follow-ups"] == all_items
    assert total["Done"] == counts["done"]
    assert total["Dropped"] == counts.get("dropped", 0)
    assert total["Open"] == counts["open"]
    assert total["Overdue"] == overdue == 4
    assert total["Completion rate (%)"] == round(100 * counts["done"] / all_items, 1)
    assert total["Average days to close (done)"] == round(sum(days) / len(days), 1)


def test_follow_up_completion_per_year_adds_up(demo):
    per_year = Counter(
        _office_day(raw).year
        for (raw,) in _rows(
            demo,
            "SELECT m.starts_at FROM outcome o JOIN meeting m ON m.id = o.meeting_id "
            f"WHERE o.kind IN {KINDS}",
        )
    )
    with demo.session() as session:
        report = build_report(session, "follow-up-completion", now=NOW)
    rows = _by(report, "Year")
    for year, n in per_year.items():
        assert rows[str(year)]["Follow-ups"] == n
    assert rows["2022"]["Follow-ups"] == 0 and rows["2022"]["Completion rate (%)"] is None
    years = [label for label in rows if label != "Total"]
    for column in ("Follow-ups", "Done", "Dropped", "Open", "Overdue"):
        assert sum(rows[y][column] for y in years) == rows["Total"][column]
    chart = report.chart
    assert chart.stacked and chart.categories == tuple(years)
    assert [s.name for s in chart.series] == ["Done", "Dropped", "Open"]


def test_every_report_builds_on_an_empty_database(database):
    with database.session() as session:
        for name in REPORTS:
            report = build_report(session, name, now=NOW)
            assert report.name == name
            assert report.table.columns and report.description
    assert report.table.rows == (("Total", 0, 0, 0, 0, 0, None, None),)


def test_an_unknown_report_or_a_reversed_range_is_refused(database):
    with database.session() as session:
        with pytest.raises(InputError, match="meetings-by-country"):
            build_report(session, "meetings-by-planet")
        with pytest.raises(InputError, match="comes before"):
            build_report(
                session,
                "meetings-by-kind",
                first_day=date(2026, 2, 1),
                last_day=date(2026, 1, 1),
            )
