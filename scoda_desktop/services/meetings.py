"""Reading meetings for lists: plain rows fetched with column selects, never ORM objects."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from scoda_desktop.domain.enums import (
    MeetingKind,
    MeetingStatus,
    OutcomeKind,
    OutcomeStatus,
    Side,
)
from scoda_desktop.domain.models import Country, Meeting, Outcome, Participation, Person
from scoda_desktop.domain.naming import first_reference, full_name

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

    @property
    def theme(self) -> str:
        return self.theme_en or self.theme_zh or ""

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


def list_meetings(session, *, limit: int | None = None) -> list[MeetingRow]:
    """Every meeting, newest first, with its guests, open follow-ups and the text a filter
    searches: three column selects (meetings; everyone at them; open follow-up counts)."""
    m = Meeting.__table__.c
    query = sa.select(
        m.id,
        m.uid,
        m.starts_at,
        m.ends_at,
        m.time_zone,
        m.theme_en,
        m.theme_zh,
        m.kind,
        m.status,
        m.venue_en,
        m.venue_zh,
        m.notes,
        m.version,
    ).order_by(m.starts_at.desc(), m.id.desc())
    if limit is not None:
        query = query.limit(limit)
    meetings = session.execute(query).all()

    p, person, country = Participation.__table__.c, Person.__table__.c, Country.__table__.c
    guests: dict[int, list[tuple[str, str | None]]] = {}
    names: dict[int, list[str]] = {}  # name forms of everyone at the meeting, for search_text
    directory_forms: dict[int, str] = {}  # a person's forms in the directory, built once each
    people_query = (
        sa.select(
            p.meeting_id,
            p.person_id,
            p.side,
            p.name_en,
            p.name_zh,
            person.family_name,
            person.given_name,
            person.name_order,
            person.first_reference,
            person.second_reference,
            person.name_zh.label("person_name_zh"),
            # As text: decoded once per person below, not once per meeting they attended.
            sa.cast(person.alternative_spellings, sa.Text).label("alternatives"),
            country.name_en.label("country_en"),
        )
        .join(Person.__table__, person.id == p.person_id)
        .outerjoin(Country.__table__, country.code == person.country_code)
        .order_by(p.meeting_id, sa.func.coalesce(p.order_override, 1_000_000), p.id)
    )
    for (
        meeting_id,
        person_id,
        side,
        name_en,
        name_zh,
        family,
        given,
        order,
        explicit,
        second,
        person_name_zh,
        alternatives,
        country_name,
    ) in session.execute(people_query):  # unpacked: 80,000 rows, attribute access costs
        forms = directory_forms.get(person_id)
        if forms is None:
            spellings = json.loads(alternatives) if alternatives else []
            candidates = (full_name(family, given, order), explicit, second, person_name_zh)
            forms = "\n".join(form for form in (*candidates, *spellings) if form)
            directory_forms[person_id] = forms
        name = name_en or first_reference(family, given, order, explicit)
        if side == Side.GUEST:
            guests.setdefault(meeting_id, []).append((name, country_name))
        recorded = names.setdefault(meeting_id, [])
        recorded += (name, name_zh or "", forms)

    o = Outcome.__table__.c
    open_counts = dict(
        session.execute(
            sa.select(o.meeting_id, sa.func.count())
            .where(o.status == OutcomeStatus.OPEN, o.kind.in_(FOLLOW_UP_KINDS))
            .group_by(o.meeting_id)
        ).all()
    )
    rows = []
    for r in meetings:
        meeting_guests = guests.get(r.id, [])
        rows.append(
            MeetingRow(
                id=r.id,
                uid=r.uid,
                starts_at=r.starts_at,
                ends_at=r.ends_at,
                time_zone=r.time_zone,
                theme_en=r.theme_en,
                theme_zh=r.theme_zh,
                kind=MeetingKind(r.kind),
                status=MeetingStatus(r.status),
                venue_en=r.venue_en,
                counterparts=tuple(name for name, _ in meeting_guests),
                countries=tuple(dict.fromkeys(c for _, c in meeting_guests if c)),
                open_follow_ups=open_counts.get(r.id, 0),
                search_text="\n".join(
                    [*names.get(r.id, ()), r.venue_en or "", r.venue_zh or "", r.notes or ""]
                ),
                version=r.version,
            )
        )
    return rows
