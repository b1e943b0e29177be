"""Named reports: the figures the office's leaders ask for, each as a plain table (for the
screen, CSV and XLSX) with the data of a bar chart beside it.

What is counted:
- ``meetings-by-country``: meetings held (status "held") with at least one guest-side person of
  the country present (not recorded absent or excused); a meeting with guests of two countries
  counts once for each. A person's country is their nationality in the directory.
- ``meetings-by-host``: meetings held, per participant in the role "host" who was present.
- ``meetings-by-kind``: meetings held, per kind (video, in person, hybrid).
- ``follow-up-completion``: outcomes of kind follow-up, agreement and MoU, by the period of
  their meeting: how many are done, dropped, open and overdue; the completion rate (done out
  of all); the average days from the meeting to the day a done item was closed.

Periods are the office's calendar years or quarters (Asia/Shanghai): a meeting at 01:00 Beijing
time on 1 January belongs to the new year, though it is still 31 December in UTC. The queries
are plain column selects with the grouping done in Python, so they read the same on SQLite and
PostgreSQL (no dialect date functions); ``first_day`` and ``last_day`` limit the meetings to
those office days.
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Session

from scoda_desktop.domain.enums import (
    Attendance,
    MeetingKind,
    MeetingStatus,
    OutcomeStatus,
    ParticipationRole,
    Side,
)
from scoda_desktop.domain.models import Country, Meeting, Outcome, Participation, Person
from scoda_desktop.domain.naming import first_reference
from scoda_desktop.domain.office import office_today, to_office_time
from scoda_desktop.errors import InputError
from scoda_desktop.services.followups import FOLLOW_UP_KINDS, is_overdue
from scoda_desktop.services.tabular import Cell, Table
from scoda_desktop.services.timezones import office_day_span
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, error_message

__all__ = [
    "REPORTS",
    "Chart",
    "Period",
    "Report",
    "ReportScope",
    "Series",
    "build_report",
    "period_of",
    "periods_spanning",
    "report_html",
]

NOT_PRESENT = (Attendance.ABSENT, Attendance.EXCUSED)
TOTAL = "Total"

KIND_LABELS = {
    MeetingKind.VIDEO: ("Video", "视频"),
    MeetingKind.IN_PERSON: ("In person", "现场"),
    MeetingKind.HYBRID: ("Hybrid", "线上线下结合"),
}


class Period(StrEnum):
    YEAR = "year"
    QUARTER = "quarter"


def period_of(day: date, period: Period | str) -> str:
    """ "2026" or "2026 Q4": labels that sort in time order."""
    if Period(period) == Period.YEAR:
        return f"{day.year}"
    return f"{day.year} Q{(day.month - 1) // 3 + 1}"


def periods_spanning(days: Iterable[date], period: Period | str) -> tuple[str, ...]:
    """Every period from the one of the earliest day to the one of the latest, those without
    any day included: a year without meetings shows as a column of zeros, not as no column."""
    found = list(days)
    if not found:
        return ()
    first, last = min(found), max(found)
    if Period(period) == Period.YEAR:
        return tuple(str(year) for year in range(first.year, last.year + 1))
    quarters = range(
        first.year * 4 + (first.month - 1) // 3, last.year * 4 + (last.month - 1) // 3 + 1
    )
    return tuple(f"{q // 4} Q{q % 4 + 1}" for q in quarters)


@dataclass(frozen=True, slots=True)
class ReportScope:
    """Which meetings a report covers and how it groups them in time."""

    period: Period = Period.YEAR
    first_day: date | None = None  # office days, inclusive
    last_day: date | None = None
    now: datetime | None = None  # for "overdue"; default: the current time

    def where(self, starts_at: sa.ColumnElement[datetime]) -> list[sa.ColumnElement[bool]]:
        conditions = []
        if self.first_day is not None:
            conditions.append(starts_at >= office_day_span(self.first_day, self.first_day)[0])
        if self.last_day is not None:
            conditions.append(starts_at < office_day_span(self.last_day, self.last_day)[1])
        return conditions


@dataclass(frozen=True, slots=True)
class Series:
    name: str
    values: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class Chart:
    """A bar chart: one bar group per category, one bar per series (stacked if ``stacked``)."""

    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    value_label: str
    stacked: bool = False


@dataclass(frozen=True, slots=True)
class Report:
    name: str
    table: Table
    chart: Chart
    description: str  # what is counted, in a sentence, for the page and the PDF

    @property
    def title(self) -> str:
        return self.table.title


# -- counting meetings per key and period ------------------------------------------------------


def _count_table(
    title: str,
    label_columns: tuple[str, ...],
    labels: dict[Hashable, tuple[Cell, ...]],
    pairs: Iterable[tuple[Hashable, int, date]],
    period: Period,
) -> tuple[Table, Chart]:
    """A table of distinct meetings per key and period, with totals, the largest first, and a
    chart of the totals. ``pairs`` are (key, meeting id, office day); ``labels`` give each key's
    label cells (the first is its name on the chart)."""
    seen: dict[Hashable, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    days = set()
    for key, meeting_id, day in pairs:
        seen[key][period_of(day, period)].add(meeting_id)
        days.add(day)
    periods = periods_spanning(days, period)
    totals = {key: len(set().union(*by_period.values())) for key, by_period in seen.items()}
    keys = sorted(seen, key=lambda key: (-totals[key], str(labels[key][0])))
    rows = tuple(
        (
            *labels[key],
            *(len(seen[key].get(p, ())) for p in periods),
            totals[key],
        )
        for key in keys
    )
    table = Table(title=title, columns=(*label_columns, *periods, TOTAL), rows=rows)
    chart = Chart(
        title=title,
        categories=tuple(str(labels[key][0]) for key in keys),
        series=(Series("Meetings", tuple(float(totals[key]) for key in keys)),),
        value_label="Meetings",
    )
    return table, chart


def _held(scope: ReportScope) -> list[sa.ColumnElement[bool]]:
    m = Meeting.__table__.c
    return [m.status == MeetingStatus.HELD, *scope.where(m.starts_at)]


def _per_period_title(what: str, period: Period) -> str:
    return f"{what}, per {period.value}"


def meetings_by_country(session: Session, scope: ReportScope) -> Report:
    m, p, person = Meeting.__table__.c, Participation.__table__.c, Person.__table__.c
    country = Country.__table__.c
    rows = session.execute(
        sa.select(person.country_code, country.name_en, country.name_zh, m.id, m.starts_at)
        .select_from(Participation.__table__)
        .join(Meeting.__table__, m.id == p.meeting_id)
        .join(Person.__table__, person.id == p.person_id)
        .join(Country.__table__, country.code == person.country_code)
        .where(
            *_held(scope),
            p.side == Side.GUEST,
            sa.or_(p.attendance.is_(None), p.attendance.not_in(NOT_PRESENT)),
        )
    ).all()
    labels: dict[Hashable, tuple[Cell, ...]] = {
        r.country_code: (r.name_en, r.name_zh, r.country_code) for r in rows
    }
    table, chart = _count_table(
        _per_period_title("Meetings by country", scope.period),
        ("Country", "国家", "Code"),
        labels,
        ((r.country_code, r.id, to_office_time(r.starts_at).date()) for r in rows),
        scope.period,
    )
    return Report(
        "meetings-by-country",
        table,
        chart,
        "Meetings held with at least one guest of the country present; a meeting with guests "
        "of several countries counts once for each.",
    )


def meetings_by_host(session: Session, scope: ReportScope) -> Report:
    m, p, person = Meeting.__table__.c, Participation.__table__.c, Person.__table__.c
    rows = session.execute(
        sa.select(
            p.person_id,
            person.family_name,
            person.given_name,
            person.name_order,
            person.first_reference,
            person.name_zh,
            m.id,
            m.starts_at,
        )
        .select_from(Participation.__table__)
        .join(Meeting.__table__, m.id == p.meeting_id)
        .join(Person.__table__, person.id == p.person_id)
        .where(
            *_held(scope),
            p.role == ParticipationRole.HOST,
            sa.or_(p.attendance.is_(None), p.attendance.not_in(NOT_PRESENT)),
        )
    ).all()
    labels: dict[Hashable, tuple[Cell, ...]] = {
        r.person_id: (
            first_reference(r.family_name, r.given_name, r.name_order, r.first_reference),
            r.name_zh,
        )
        for r in rows
    }
    table, chart = _count_table(
        _per_period_title("Meetings by host official", scope.period),
        ("Host official", "主持领导"),
        labels,
        ((r.person_id, r.id, to_office_time(r.starts_at).date()) for r in rows),
        scope.period,
    )
    return Report(
        "meetings-by-host",
        table,
        chart,
        "Meetings held, per participant in the role of host who was present.",
    )


def meetings_by_kind(session: Session, scope: ReportScope) -> Report:
    m = Meeting.__table__.c
    rows = session.execute(sa.select(m.id, m.kind, m.starts_at).where(*_held(scope))).all()
    labels: dict[Hashable, tuple[Cell, ...]] = {
        MeetingKind(r.kind): KIND_LABELS[MeetingKind(r.kind)] for r in rows
    }
    table, chart = _count_table(
        _per_period_title("Meetings by kind", scope.period),
        ("Kind", "形式"),
        labels,
        ((MeetingKind(r.kind), r.id, to_office_time(r.starts_at).date()) for r in rows),
        scope.period,
    )
    return Report("meetings-by-kind", table, chart, "Meetings held, per kind.")


# -- follow-up completion ----------------------------------------------------------------------


@dataclass(slots=True)
class _Tally:
    total: int = 0
    done: int = 0
    dropped: int = 0
    open: int = 0
    overdue: int = 0
    days_to_close: int = 0  # summed over the done items that have a closing day
    closed_with_day: int = 0

    def add(self, status: OutcomeStatus, overdue: bool, days: int | None) -> None:
        self.total += 1
        self.done += status == OutcomeStatus.DONE
        self.dropped += status == OutcomeStatus.DROPPED
        self.open += status == OutcomeStatus.OPEN
        self.overdue += overdue
        if status == OutcomeStatus.DONE and days is not None:
            self.days_to_close += days
            self.closed_with_day += 1

    @property
    def rate(self) -> float | None:
        return None if not self.total else round(100 * self.done / self.total, 1)

    @property
    def average_days(self) -> float | None:
        if not self.closed_with_day:
            return None
        return round(self.days_to_close / self.closed_with_day, 1)

    def row(self, label: str) -> tuple[Cell, ...]:
        return (
            label,
            self.total,
            self.done,
            self.dropped,
            self.open,
            self.overdue,
            self.rate,
            self.average_days,
        )


def follow_up_completion(session: Session, scope: ReportScope) -> Report:
    o, m = Outcome.__table__.c, Meeting.__table__.c
    today = office_today(scope.now)
    tallies: dict[str, _Tally] = defaultdict(_Tally)
    total = _Tally()
    days = set()
    for r in session.execute(
        sa.select(o.status, o.due_date, o.closed_on, m.starts_at)
        .join(Meeting.__table__, m.id == o.meeting_id)
        .where(o.kind.in_(FOLLOW_UP_KINDS), *scope.where(m.starts_at))
    ):
        status = OutcomeStatus(r.status)
        day = to_office_time(r.starts_at).date()
        days.add(day)
        to_close = None if r.closed_on is None else (r.closed_on - day).days
        overdue = is_overdue(r.due_date, status, today)
        tallies[period_of(day, scope.period)].add(status, overdue, to_close)
        total.add(status, overdue, to_close)
    periods = periods_spanning(days, scope.period)
    title = _per_period_title("Follow-up completion", scope.period)
    table = Table(
        title=title,
        columns=(
            scope.period.value.capitalize(),
            "Follow-ups",
            "Done",
            "Dropped",
            "Open",
            "Overdue",
            "Completion rate (%)",
            "Average days to close (done)",
        ),
        rows=(*(tallies[p].row(p) for p in periods), total.row(TOTAL)),
    )
    chart = Chart(
        title=title,
        categories=tuple(periods),
        series=(
            Series("Done", tuple(float(tallies[p].done) for p in periods)),
            Series("Dropped", tuple(float(tallies[p].dropped) for p in periods)),
            Series("Open", tuple(float(tallies[p].open) for p in periods)),
        ),
        value_label="Follow-ups",
        stacked=True,
    )
    return Report(
        "follow-up-completion",
        table,
        chart,
        "Follow-ups, agreements and MoUs by the period of their meeting. Completion rate: done "
        "out of all. Days to close: from the meeting's day to the day a done item was closed.",
    )


# -- the catalogue -----------------------------------------------------------------------------

REPORTS: dict[str, Callable[[Session, ReportScope], Report]] = {
    "meetings-by-country": meetings_by_country,
    "meetings-by-host": meetings_by_host,
    "meetings-by-kind": meetings_by_kind,
    "follow-up-completion": follow_up_completion,
}


def build_report(
    session: Session,
    name: str,
    *,
    period: Period | str = Period.YEAR,
    first_day: date | None = None,
    last_day: date | None = None,
    now: datetime | None = None,
) -> Report:
    """The report called ``name`` (one of ``REPORTS``); InputError for another name."""
    build = REPORTS.get(name)
    if build is None:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors", "There is no report {name}. The reports are: {reports}."
                ),
                name=repr(name),
                reports=", ".join(REPORTS),
            )
        )
    if first_day is not None and last_day is not None and last_day < first_day:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors", "The last day {last} comes before the first day {first}."
                ),
                last=last_day.isoformat(),
                first=first_day.isoformat(),
            )
        )
    return build(session, ReportScope(Period(period), first_day, last_day, now))


# -- printing ----------------------------------------------------------------------------------


def _html_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.1f}"
    if isinstance(value, date):
        return value.isoformat()
    return html.escape(str(value))


def report_html(report: Report, chart_src: str | None = None, chart_width: int = 640) -> str:
    """The report as an HTML page for the printing shell: title, what is counted, the chart
    (``chart_src``: an image URL, a PNG data URI when printed) and the table; text escaped."""
    head = "".join(f"<th>{html.escape(name)}</th>" for name in report.table.columns)
    body = []
    for row in report.table.rows:
        cells = []
        for value in row:
            numeric = isinstance(value, int | float) and not isinstance(value, bool)
            align = ' align="right"' if numeric else ""
            cells.append(f"<td{align}>{_html_cell(value)}</td>")
        body.append(f"<tr>{''.join(cells)}</tr>")
    chart = (
        ""
        if chart_src is None or not report.chart.categories
        else f'<p><img src="{html.escape(chart_src)}" width="{chart_width}" '
        f'height="{chart_width // 2}"></p>'
    )
    return (
        f"<h1>{html.escape(report.title)}</h1>"
        f"<p>{html.escape(report.description)}</p>"
        f"{chart}"
        '<table border="1" cellspacing="0" cellpadding="3" width="100%">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )
