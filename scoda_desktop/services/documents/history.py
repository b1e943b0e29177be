"""Previous contacts: the meetings held before a given one with a person, an organisation or a
country, and the follow-ups of those meetings that are still open. Column selects only."""

from __future__ import annotations

from collections.abc import Collection, Hashable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from scoda_desktop.domain.enums import MeetingStatus, OutcomeStatus, Side
from scoda_desktop.domain.models import Meeting, Outcome, Participation, Person, Position
from scoda_desktop.domain.naming import first_reference
from scoda_desktop.services.documents.common import in_language, local
from scoda_desktop.services.meetings import FOLLOW_UP_KINDS
from scoda_desktop.services.templating import format_day

__all__ = ["FollowUp", "History", "PastMeeting", "Previous"]

K = TypeVar("K", bound=Hashable)

# Meetings that took place (or were confirmed and not marked held afterwards).
_TOOK_PLACE = (MeetingStatus.HELD, MeetingStatus.CONFIRMED)
SHOWN_MEETINGS = 5  # the most recent ones; the count says how many there were


@dataclass(frozen=True, slots=True)
class PastMeeting:
    id: int
    date: date  # in the meeting's zone
    day: str  # "April 2, 2021" / "2021年4月2日"
    theme: str


@dataclass(frozen=True, slots=True)
class FollowUp:
    """An open follow-up (or agreement, or MoU) of an earlier meeting."""

    text: str
    kind: str
    owner: str | None
    due_date: date | None
    due: str  # formatted, "" when no date is set
    overdue: bool  # due before the office's today
    meeting: PastMeeting


@dataclass(frozen=True, slots=True)
class History:
    """Earlier meetings (the most recent first, at most SHOWN_MEETINGS) and their open
    follow-ups; ``total`` counts them all."""

    meetings: list[PastMeeting] = field(default_factory=list)
    total: int = 0
    open_follow_ups: list[FollowUp] = field(default_factory=list)

    @property
    def last_contact(self) -> date | None:
        return self.meetings[0].date if self.meetings else None


class Previous:
    """The history of meetings before ``before`` (that one excluded), in ``language``."""

    def __init__(
        self, session: Session, meeting_id: int, before: datetime, language: str, today: date
    ) -> None:
        self._session = session
        self._meeting_id = meeting_id
        self._before = before
        self._language = language
        self._today = today

    def of_people(self, person_ids: Collection[int]) -> dict[int, History]:
        p = Participation.__table__.c
        return self._histories(p.person_id, person_ids, Participation.__table__)

    def of_organisations(self, organisation_ids: Collection[int]) -> dict[int, History]:
        """Meetings attended by anyone in a post of the organisation (as the meeting recorded)."""
        p, pos = Participation.__table__.c, Position.__table__.c
        joined = Participation.__table__.join(Position.__table__, pos.id == p.position_id)
        return self._histories(pos.organisation_id, organisation_ids, joined)

    def of_countries(self, country_codes: Collection[str]) -> dict[str, History]:
        """Meetings with a guest from the country."""
        p, person = Participation.__table__.c, Person.__table__.c
        joined = Participation.__table__.join(Person.__table__, person.id == p.person_id)
        return self._histories(
            person.country_code, country_codes, joined, p.side == Side.GUEST.value
        )

    def _histories(
        self,
        key: sa.ColumnElement[Any],
        keys: Collection[K],
        joined: sa.FromClause,
        *where: sa.ColumnElement[bool],
    ) -> dict[K, History]:
        if not keys:
            return {}
        m, p = Meeting.__table__.c, Participation.__table__.c
        rows = self._session.execute(
            sa.select(key.label("key"), m.id, m.starts_at, m.time_zone, m.theme_en, m.theme_zh)
            .distinct()
            .select_from(joined.join(Meeting.__table__, m.id == p.meeting_id))
            .where(
                key.in_(list(keys)),
                m.id != self._meeting_id,
                m.starts_at < self._before,
                m.status.in_([s.value for s in _TOOK_PLACE]),
                *where,
            )
            .order_by(m.starts_at.desc(), m.id.desc())
        ).all()
        meetings: dict[K, list[PastMeeting]] = {}
        for row in rows:
            meetings.setdefault(row.key, []).append(self._past(row))
        follow_ups = self._open_follow_ups({pm.id: pm for ms in meetings.values() for pm in ms})
        return {
            k: History(
                meetings=ms[:SHOWN_MEETINGS],
                total=len(ms),
                open_follow_ups=[f for pm in ms for f in follow_ups.get(pm.id, [])],
            )
            for k, ms in meetings.items()
        }

    def _past(self, row: Any) -> PastMeeting:
        day = local(row.starts_at, row.time_zone).date()
        return PastMeeting(
            id=row.id,
            date=day,
            day=format_day(day, self._language, year=True),
            theme=in_language(self._language, row.theme_en, row.theme_zh),
        )

    def _open_follow_ups(self, past: dict[int, PastMeeting]) -> dict[int, list[FollowUp]]:
        if not past:
            return {}
        o, person = Outcome.__table__.c, Person.__table__.c
        rows = self._session.execute(
            sa.select(
                o.meeting_id,
                o.kind,
                o.text_en,
                o.text_zh,
                o.due_date,
                person.family_name,
                person.given_name,
                person.name_order,
                person.first_reference,
                person.name_zh,
            )
            .outerjoin(Person.__table__, person.id == o.owner_id)
            .where(
                o.meeting_id.in_(list(past)),
                o.status == OutcomeStatus.OPEN.value,
                o.kind.in_([k.value for k in FOLLOW_UP_KINDS]),
            )
            .order_by(o.meeting_id, o.sort_order, o.id)
        ).all()
        found: dict[int, list[FollowUp]] = {}
        for row in rows:
            text = in_language(self._language, row.text_en, row.text_zh)
            if not text:
                continue
            owner = None
            if row.family_name is not None:
                owner = (self._language == "zh" and row.name_zh) or first_reference(
                    row.family_name, row.given_name, row.name_order, row.first_reference
                )
            found.setdefault(row.meeting_id, []).append(
                FollowUp(
                    text=text,
                    kind=str(row.kind),
                    owner=owner,
                    due_date=row.due_date,
                    due=format_day(row.due_date, self._language, year=True) if row.due_date else "",
                    overdue=row.due_date is not None and row.due_date < self._today,
                    meeting=past[row.meeting_id],
                )
            )
        return found
