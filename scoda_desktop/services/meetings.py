"""Reading meetings for lists: plain rows fetched with column selects, never ORM objects."""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from operator import itemgetter
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.engine import Dialect

from scoda_desktop.domain.enums import (
    MeetingKind,
    MeetingStatus,
    OutcomeKind,
    OutcomeStatus,
    Side,
)
from scoda_desktop.domain.models import Country, Meeting, Outcome, Participation, Person
from scoda_desktop.domain.naming import first_reference, full_name
from scoda_desktop.domain.types import UTCDateTime

FOLLOW_UP_KINDS = (OutcomeKind.FOLLOW_UP, OutcomeKind.AGREEMENT, OutcomeKind.MOU)


@dataclass(frozen=True, slots=True)
class MeetingRow:
    id: int
    uid: str
    starts_at: datetime  # UTC
    ends_at: datetime  # UTC
    time_zone: str
    theme_en: str
    theme_zh: str | None
    kind: MeetingKind
    status: MeetingStatus
    venue_en: str | None
    counterparts: tuple[str, ...]  # guest-side names, as recorded at the meeting
    countries: tuple[str, ...]  # the guests' country names (English), without repeats
    open_follow_ups: int
    # Every name form of everyone at the meeting (as recorded and as in the directory: Chinese,
    # alternative spellings), the venue and the notes, one per line: what a filter searches.
    search_text: str = ""
    version: int = 1  # the version read: a write from the list names it (optimistic locking)
    # filter_text() case-folded, made by list_meetings (on the worker thread, not while the
    # user types); empty in a row made elsewhere.
    folded_filter_text: str = ""

    @property
    def theme(self) -> str:
        return self.theme_en or self.theme_zh or ""

    def filter_text(self) -> str:
        """What the list's filter matches words against: themes, counterparts, countries and
        ``search_text``, one per line."""
        return _filter_text(
            self.theme_en, self.theme_zh, self.counterparts, self.countries, self.search_text
        )

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "uid": self.uid,
            "starts_at": self.starts_at.isoformat(),
            "ends_at": self.ends_at.isoformat(),
            "time_zone": self.time_zone,
            "theme_en": self.theme_en,
            "theme_zh": self.theme_zh,
            "kind": self.kind.value,
            "status": self.status.value,
            "venue_en": self.venue_en,
            "counterparts": list(self.counterparts),
            "countries": list(self.countries),
            "open_follow_ups": self.open_follow_ups,
        }


def _filter_text(
    theme_en: str,
    theme_zh: str | None,
    counterparts: tuple[str, ...],
    countries: tuple[str, ...],
    search_text: str,
) -> str:
    return "\n".join((theme_en, theme_zh or "", *counterparts, *countries, search_text))


@contextmanager
def _garbage_collection_paused() -> Iterator[None]:
    """Cyclic garbage collection off meanwhile: the 100,000 tuples a large list is built from
    would otherwise set off collections that each scan every object of the process (a quarter
    of the time). Nothing built here is cyclic."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def list_meetings(session, *, limit: int | None = None) -> list[MeetingRow]:
    """Every meeting, newest first, with its guests, open follow-ups and the text a filter
    searches: four column selects (meetings; people; who was at which meeting; open follow-up
    counts).

    Written for 20,000 meetings and 100,000 participations: rows are fetched at once and
    unpacked (attribute access costs), enums and instants are converted in Python rather than
    by the column types, and participants come in the order of the index on their meeting
    (``order_override`` is rare: only the meetings that use it are sorted again)."""
    with _garbage_collection_paused():
        return _list_meetings(session, limit)


def _list_meetings(session, limit: int | None) -> list[MeetingRow]:
    m = Meeting.__table__.c
    query = sa.select(
        m.id,
        m.uid,
        _raw(m.starts_at),
        _raw(m.ends_at),
        m.time_zone,
        m.theme_en,
        m.theme_zh,
        _raw(m.kind),
        _raw(m.status),
        m.venue_en,
        m.venue_zh,
        m.notes,
        m.version,
    ).order_by(m.starts_at.desc(), m.id.desc())
    if limit is not None:
        query = query.limit(limit)
    meetings = _fetch_all(session, query)
    dialect = session.get_bind().dialect

    # Everyone in the directory once (their name forms, their default name, their country),
    # rather than joined into each of their participations.
    person, country = Person.__table__.c, Country.__table__.c
    # id: (their name forms, one per line; their name; their Chinese name; their country)
    people: dict[int, tuple[str, str, str | None, str | None]] = {}
    for (
        person_id,
        family,
        given,
        order,
        explicit,
        second,
        person_name_zh,
        alternatives,
        country_name,
    ) in _fetch_all(
        session,
        sa.select(
            person.id,
            person.family_name,
            person.given_name,
            _raw(person.name_order),
            person.first_reference,
            person.second_reference,
            person.name_zh,
            sa.cast(person.alternative_spellings, sa.Text),  # as text: decoded only if any
            country.name_en,
        ).outerjoin(Country.__table__, country.code == person.country_code),
    ):
        spellings = json.loads(alternatives) if alternatives and alternatives != "[]" else ()
        candidates = (full_name(family, given, order), explicit, second, person_name_zh)
        forms = "\n".join(dict.fromkeys([form for form in (*candidates, *spellings) if form]))
        name = first_reference(family, given, order, explicit)  # one of the forms
        people[person_id] = (forms, name, person_name_zh, country_name)

    p = Participation.__table__.c
    # meeting id: [(name, country, order key)] of its guests, in the order of their ids
    guests: dict[int, list[tuple[str, str | None, int]]] = {}
    reordered: set[int] = set()  # meetings where someone has an order_override
    names: dict[int, list[str]] = {}  # what each person at the meeting is called, for search_text
    # A person's names as recorded at a meeting and in the directory, as one text, when the
    # meeting recorded other forms than the directory's (made once for each).
    named: dict[tuple[int, str, str | None], str] = {}
    participations = sa.select(
        p.meeting_id, p.person_id, _raw(p.side), p.order_override, p.name_en, p.name_zh
    ).order_by(p.meeting_id, p.id)
    if limit is not None:  # only the meetings listed
        participations = participations.where(p.meeting_id.in_([row[0] for row in meetings]))
    guest = Side.GUEST.value
    current = None
    recorded: list[str] = []
    for meeting_id, person_id, side, override, name_en, name_zh in _fetch_all(
        session, participations
    ):  # unpacked: 100,000 rows, attribute access costs
        if meeting_id != current:  # the rows come by meeting
            current = meeting_id
            recorded = names[meeting_id] = []
        forms, default_name, default_zh, country_name = people[person_id]
        name = name_en or default_name
        if side == guest:
            if override is not None:
                reordered.add(meeting_id)
            entry = (name, country_name, UNORDERED if override is None else override)
            if meeting_id in guests:
                guests[meeting_id].append(entry)
            else:
                guests[meeting_id] = [entry]
        if name == default_name and (not name_zh or name_zh == default_zh):
            recorded.append(forms)  # recorded as the directory has it, as most are
        else:
            key = (person_id, name, name_zh)
            text = named.get(key)
            if text is None:
                text = named[key] = "\n".join(
                    dict.fromkeys([name, *([name_zh] if name_zh else ()), *forms.split("\n")])
                )
            recorded.append(text)
    for meeting_id in reordered:  # as the query would: by order_override, then by id
        guests[meeting_id].sort(key=itemgetter(2))  # a stable sort keeps the ids' order

    o = Outcome.__table__.c
    open_counts = dict(
        session.execute(
            sa.select(o.meeting_id, sa.func.count())
            .where(o.status == OutcomeStatus.OPEN, o.kind.in_(FOLLOW_UP_KINDS))
            .group_by(o.meeting_id)
        ).all()
    )
    kinds, statuses = {k.value: k for k in MeetingKind}, {s.value: s for s in MeetingStatus}
    # starts_at and ends_at are NOT NULL: an instant always comes back.
    instant = cast(Callable[[Any, Dialect], datetime], UTCDateTime().process_result_value)
    rows = []
    for (
        meeting_id,
        uid,
        starts_at,
        ends_at,
        time_zone,
        theme_en,
        theme_zh,
        kind,
        status,
        venue_en,
        venue_zh,
        notes,
        version,
    ) in meetings:
        meeting_guests = guests.get(meeting_id, ())
        counterparts = tuple([g[0] for g in meeting_guests])
        countries = tuple(dict.fromkeys([g[1] for g in meeting_guests if g[1]]))
        search_text = "\n".join(
            [*names.get(meeting_id, ()), venue_en or "", venue_zh or "", notes or ""]
        )
        rows.append(
            MeetingRow(
                id=meeting_id,
                uid=uid,
                starts_at=instant(starts_at, dialect),
                ends_at=instant(ends_at, dialect),
                time_zone=time_zone,
                theme_en=theme_en,
                theme_zh=theme_zh,
                kind=kinds[kind],
                status=statuses[status],
                venue_en=venue_en,
                counterparts=counterparts,
                countries=countries,
                open_follow_ups=open_counts.get(meeting_id, 0),
                search_text=search_text,
                version=version,
                folded_filter_text=_filter_text(
                    theme_en, theme_zh, counterparts, countries, search_text
                ).casefold(),
            )
        )
    return rows


UNORDERED = 1_000_000  # the order key of a participant without order_override


def _fetch_all(session, query: sa.Select[Any]) -> list[tuple[Any, ...]]:
    """The rows of ``query`` (its values rendered into the SQL) as the driver returns them,
    in the session's transaction. At 100,000 rows SQLAlchemy's result rows and processing cost
    as much again as the fetching; the columns that need converting are read ``_raw``."""
    connection = session.connection()
    sql = query.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True})
    cursor = connection.connection.cursor()
    try:
        cursor.execute(str(sql))
        return cursor.fetchall()
    finally:
        cursor.close()


def _raw(column: sa.ColumnElement[Any]) -> sa.ColumnElement[Any]:
    """``column`` as the driver returns it (text for enums; text on SQLite, a datetime on
    PostgreSQL, for instants), without the column type's per-value conversion."""
    return sa.type_coerce(column, sa.String).label(column.key)
