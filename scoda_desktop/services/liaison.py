"""The liaison list: the embassies the office has had contact with, the longest without contact
first, with the open items of the meetings with them and the next meeting to come. An embassy's
meetings are those of participants attending in a post there; contact, meetings that took place
and open items follow the rules of ``services.history``. Nothing here writes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Session

from scoda_desktop.domain.enums import OrganisationKind
from scoda_desktop.domain.models import (
    Country,
    Meeting,
    Organisation,
    Outcome,
    Participation,
    Position,
)
from scoda_desktop.domain.office import office_today, to_office_time
from scoda_desktop.domain.types import utcnow
from scoda_desktop.services.history import attended, is_upcoming, open_follow_up_sql, took_place
from scoda_desktop.services.tabular import Table

__all__ = ["Liaison", "liaison_list", "liaison_table"]


@dataclass(frozen=True, slots=True)
class Liaison:
    organisation_id: int
    name_en: str
    name_zh: str | None
    country_code: str | None
    country_name_en: str | None
    last_contact: date
    days_since_contact: int
    meetings_held: int  # meetings counted as contact
    open_follow_ups: int  # open items of the meetings with the embassy that took place
    next_meeting: date | None


def liaison_list(session: Session, now: datetime | None = None) -> list[Liaison]:
    """The embassies the office has had contact with, the longest without contact first (then by
    name), with the open items of the meetings with them that took place. Two column selects."""
    now = now or utcnow()
    today = office_today(now)
    p, m, position = Participation.__table__.c, Meeting.__table__.c, Position.__table__.c
    org, country = Organisation.__table__.c, Country.__table__.c
    names: dict[int, tuple[str, str | None, str | None, str | None]] = {}
    held: dict[int, set[int]] = defaultdict(set)  # embassy -> the meetings that took place
    contacts: dict[int, dict[int, date]] = defaultdict(dict)  # embassy -> meeting -> day
    upcoming: dict[int, list[date]] = defaultdict(list)
    for r in session.execute(
        sa.select(
            org.id,
            org.name_en,
            org.name_zh,
            org.country_code,
            country.name_en.label("country_name"),
            m.id.label("meeting_id"),
            m.starts_at,
            m.status,
            p.attendance,
        )
        .select_from(Participation.__table__)
        .join(Position.__table__, position.id == p.position_id)
        .join(Organisation.__table__, org.id == position.organisation_id)
        .join(Meeting.__table__, m.id == p.meeting_id)
        .outerjoin(Country.__table__, country.code == org.country_code)
        .where(org.kind == OrganisationKind.EMBASSY)
    ):
        names[r.id] = (r.name_en, r.name_zh, r.country_code, r.country_name)
        if took_place(r.status, r.starts_at, now):
            held[r.id].add(r.meeting_id)
            if attended(r.attendance):
                contacts[r.id][r.meeting_id] = to_office_time(r.starts_at).date()
        elif is_upcoming(r.status, r.starts_at, now):
            upcoming[r.id].append(to_office_time(r.starts_at).date())
    o = Outcome.__table__.c
    all_meetings = sorted(set().union(*held.values()))
    open_per_meeting: dict[int, int] = dict(
        session.execute(
            sa.select(o.meeting_id, sa.func.count())
            .where(o.meeting_id.in_(all_meetings), *open_follow_up_sql())
            .group_by(o.meeting_id)
        ).all()
    )
    found = []
    for org_id, days in contacts.items():
        name_en, name_zh, code, country_name = names[org_id]
        last = max(days.values())
        found.append(
            Liaison(
                organisation_id=org_id,
                name_en=name_en,
                name_zh=name_zh,
                country_code=code,
                country_name_en=country_name,
                last_contact=last,
                days_since_contact=(today - last).days,
                meetings_held=len(days),
                open_follow_ups=sum(open_per_meeting.get(mid, 0) for mid in held[org_id]),
                next_meeting=min(upcoming[org_id], default=None),
            )
        )
    found.sort(key=lambda row: (-row.days_since_contact, row.name_en))
    return found


def liaison_table(liaisons: Iterable[Liaison]) -> Table:
    """The liaison list as a plain table, one row per embassy."""
    return Table(
        title="Embassies",
        columns=(
            "Embassy",
            "使馆",
            "Country",
            "Last contact",
            "Days since",
            "Meetings held",
            "Open follow-ups",
            "Next meeting",
        ),
        rows=tuple(
            (
                row.name_en,
                row.name_zh,
                row.country_name_en or row.country_code,
                row.last_contact,
                row.days_since_contact,
                row.meetings_held,
                row.open_follow_ups,
                row.next_meeting,
            )
            for row in liaisons
        ),
    )
