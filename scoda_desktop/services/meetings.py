"""Reading meetings for lists: plain rows fetched with column selects, never ORM objects.

The window reads the list right after start-up, so this module imports neither the ORM nor
the table classes (SQLModel, pydantic: some 0.15 s): its queries name the tables and columns
with SQLAlchemy Core's lightweight ``table()`` and ``column()`` (untyped: values come back as
the driver returns them). A column renamed in ``domain.models`` fails the list's tests.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from operator import itemgetter
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from scoda_desktop.domain.enums import (
    MeetingKind,
    MeetingStatus,
    OutcomeKind,
    OutcomeStatus,
    Side,
)
from scoda_desktop.domain.naming import first_reference, full_name
from scoda_desktop.services.bulk import garbage_collection_paused
from scoda_desktop.services.meeting_rows import MeetingRow, filter_text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

FOLLOW_UP_KINDS = (OutcomeKind.FOLLOW_UP, OutcomeKind.AGREEMENT, OutcomeKind.MOU)


def _table(name: str, columns: str) -> sa.TableClause:
    """Table ``name`` with the (space-separated) ``columns`` the list reads, untyped."""
    return sa.table(name, *(sa.column(column) for column in columns.split()))


MEETING = _table(
    "meeting",
    "id uid starts_at ends_at time_zone theme_en theme_zh kind status venue_en venue_zh notes "
    "version",
)
PERSON = _table(
    "person",
    "id family_name given_name name_order first_reference second_reference name_zh "
    "alternative_spellings country_code",
)
COUNTRY = _table("country", "code name_en name_zh")
PARTICIPATION = _table(
    "participation", "id meeting_id person_id side order_override name_en name_zh"
)
OUTCOME = _table("outcome", "meeting_id status kind")


def list_meetings(bind: Session | sa.Connection, *, limit: int | None = None) -> list[MeetingRow]:
    """Every meeting, newest first, with its guests, open follow-ups and the text a filter
    searches: four column selects (meetings; people; who was at which meeting; open follow-up
    counts), on a session or a plain connection (the window's first read: no ORM needed).

    Written for 20,000 meetings and 100,000 participations: rows are fetched at once and
    unpacked (attribute access costs), enums and instants are converted in Python rather than
    by column types, and participants come in the order of the index on their meeting
    (``order_override`` is rare: only the meetings that use it are sorted again)."""
    connection = bind if isinstance(bind, sa.Connection) else bind.connection()
    with garbage_collection_paused():  # nothing built here is cyclic
        return _list_meetings(connection, limit)


def _list_meetings(connection: sa.Connection, limit: int | None) -> list[MeetingRow]:
    m = MEETING.c
    query = sa.select(*m).order_by(m.starts_at.desc(), m.id.desc())
    if limit is not None:
        query = query.limit(limit)
    meetings = _fetch_all(connection, query)

    # Everyone in the directory once (their name forms, their default name, their country),
    # rather than joined into each of their participations.
    person, country = PERSON.c, COUNTRY.c
    # id: (their name forms, one per line; their name; their Chinese name; their country, in
    # English and in Chinese)
    people: dict[int, tuple[str, str, str | None, tuple[str, str] | None]] = {}
    for (
        person_id,
        family,
        given,
        order,
        explicit,
        second,
        person_name_zh,
        alternatives,
        country_en,
        country_zh,
    ) in _fetch_all(
        connection,
        sa.select(
            person.id,
            person.family_name,
            person.given_name,
            person.name_order,
            person.first_reference,
            person.second_reference,
            person.name_zh,
            sa.cast(person.alternative_spellings, sa.Text),  # as text: decoded only if any
            country.name_en,
            country.name_zh,
        ).outerjoin(COUNTRY, country.code == person.country_code),
    ):
        spellings = json.loads(alternatives) if alternatives and alternatives != "[]" else ()
        candidates = (full_name(family, given, order), explicit, second, person_name_zh)
        forms = "\n".join(dict.fromkeys([form for form in (*candidates, *spellings) if form]))
        name = first_reference(family, given, order, explicit)  # one of the forms
        country_names = (country_en, country_zh or country_en) if country_en else None
        people[person_id] = (forms, name, person_name_zh, country_names)

    p = PARTICIPATION.c
    # meeting id: [(name, (country in English, in Chinese), order key)] of its guests, in the
    # order of their ids
    guests: dict[int, list[tuple[str, tuple[str, str] | None, int]]] = {}
    reordered: set[int] = set()  # meetings where someone has an order_override
    names: dict[int, list[str]] = {}  # what each person at the meeting is called, for search_text
    # A person's names as recorded at a meeting and in the directory, as one text, when the
    # meeting recorded other forms than the directory's (made once for each).
    named: dict[tuple[int, str, str | None], str] = {}
    participations = sa.select(
        p.meeting_id, p.person_id, p.side, p.order_override, p.name_en, p.name_zh
    ).order_by(p.meeting_id, p.id)
    if limit is not None:  # only the meetings listed
        participations = participations.where(p.meeting_id.in_([row[0] for row in meetings]))
    guest = Side.GUEST.value
    current = None
    recorded: list[str] = []
    for meeting_id, person_id, side, override, name_en, name_zh in _fetch_all(
        connection, participations
    ):  # unpacked: 100,000 rows, attribute access costs
        if meeting_id != current:  # the rows come by meeting
            current = meeting_id
            recorded = names[meeting_id] = []
        forms, default_name, default_zh, country_names = people[person_id]
        name = name_en or default_name
        if side == guest:
            if override is not None:
                reordered.add(meeting_id)
            entry = (name, country_names, UNORDERED if override is None else override)
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

    o = OUTCOME.c
    open_counts = dict(
        _fetch_all(
            connection,
            sa.select(o.meeting_id, sa.func.count())
            .where(
                o.status == OutcomeStatus.OPEN.value,
                o.kind.in_([kind.value for kind in FOLLOW_UP_KINDS]),
            )
            .group_by(o.meeting_id),
        )
    )
    kinds, statuses = {k.value: k for k in MeetingKind}, {s.value: s for s in MeetingStatus}
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
        both = tuple(dict.fromkeys([g[1] for g in meeting_guests if g[1]]))
        countries = tuple([pair[0] for pair in both])
        countries_zh = tuple([pair[1] for pair in both])
        search_text = "\n".join(
            [*names.get(meeting_id, ()), venue_en or "", venue_zh or "", notes or ""]
        )
        rows.append(
            MeetingRow(
                id=meeting_id,
                uid=uid,
                starts_at=_instant(starts_at),  # NOT NULL: an instant always comes back
                ends_at=_instant(ends_at),
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
                folded_filter_text=filter_text(
                    theme_en, theme_zh, counterparts, (*countries, *countries_zh), search_text
                ).casefold(),
                countries_zh=countries_zh,
            )
        )
    return rows


def _instant(value: str | datetime) -> datetime:
    """An instant as the driver returns it, as an aware UTC datetime (as ``UTCDateTime`` gives
    it): naive UTC text from SQLite, an aware datetime from PostgreSQL. Parsing the text with
    its offset appended costs a tenth of parsing it and setting the zone after."""
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value + "+00:00")
        except ValueError:  # text that carries its own offset
            value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


UNORDERED = 1_000_000  # the order key of a participant without order_override


def _fetch_all(connection: sa.Connection, query: sa.Select[Any]) -> list[tuple[Any, ...]]:
    """The rows of ``query`` (its values rendered into the SQL) as the driver returns them,
    in the connection's transaction. At 100,000 rows SQLAlchemy's result rows and processing
    cost as much again as the fetching; the columns are untyped, so values come back raw."""
    sql = query.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True})
    cursor = connection.connection.cursor()
    try:
        cursor.execute(str(sql))
        return cursor.fetchall()
    finally:
        cursor.close()
