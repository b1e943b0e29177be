"""Previous contacts for the briefing: the counterpart histories of ``services.history`` (its
rules decide what took place, what is contact and which follow-ups are open), as they stood at
the briefed meeting's start, put in the brief's language.

A counterpart's previous meetings are the meetings with them that count as contact; their open
follow-ups are the history's; an item is overdue when it is due before the brief's ``today``."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TypeVar

from sqlalchemy.orm import Session

from scoda_desktop.services import history
from scoda_desktop.services.documents.common import in_language
from scoda_desktop.services.followups import FollowUpRow, is_overdue
from scoda_desktop.services.templating import format_day

__all__ = ["FollowUp", "History", "PastMeeting", "Previous"]

K = TypeVar("K", int, str)

SHOWN_MEETINGS = 5  # the most recent ones; the count says how many there were


@dataclass(frozen=True, slots=True)
class PastMeeting:
    id: int
    date: date  # the office's calendar day
    day: str  # "April 2, 2021" / "2021年4月2日"
    theme: str


@dataclass(frozen=True, slots=True)
class FollowUp:
    """An open follow-up (or agreement, or MoU) of an earlier meeting."""

    id: int  # the outcome's
    text: str
    kind: str
    owner: str | None
    due_date: date | None
    due: str  # formatted, "" when no date is set
    overdue: bool  # due before the brief's today
    meeting: PastMeeting


@dataclass(frozen=True, slots=True)
class History:
    """Earlier meetings (the most recent first, at most SHOWN_MEETINGS) and the open
    follow-ups; ``total`` counts the meetings."""

    meetings: list[PastMeeting] = field(default_factory=list)
    total: int = 0
    open_follow_ups: list[FollowUp] = field(default_factory=list)

    @property
    def last_contact(self) -> date | None:
        return self.meetings[0].date if self.meetings else None


class Previous:
    """The histories as of ``as_of`` (the briefed meeting's start, or now if that is earlier),
    in ``language``; ``today`` decides what is overdue. Each ``of_...`` reads every key of its
    kind together."""

    def __init__(self, session: Session, as_of: datetime, language: str, today: date) -> None:
        self._session = session
        self._as_of = as_of
        self._language = language
        self._today = today

    def of_people(self, person_ids: Collection[int]) -> dict[int, History]:
        return self._briefed(history.people_histories(self._session, person_ids, now=self._as_of))

    def of_organisations(self, organisation_ids: Collection[int]) -> dict[int, History]:
        """Meetings attended by anyone in a post of the organisation (as the meeting recorded)."""
        found = history.organisation_histories(self._session, organisation_ids, now=self._as_of)
        return self._briefed(found)

    def of_countries(self, country_codes: Collection[str]) -> dict[str, History]:
        """Meetings with a guest from the country."""
        found = history.country_histories(self._session, country_codes, now=self._as_of)
        return self._briefed(found)

    def _briefed(self, histories: dict[K, history.CounterpartHistory]) -> dict[K, History]:
        return {key: self._history(h) for key, h in histories.items()}

    def _history(self, counterpart: history.CounterpartHistory) -> History:
        contacts = counterpart.contacts
        return History(
            meetings=[
                self._past(e.meeting_id, e.day, e.theme_en, e.theme_zh)
                for e in contacts[:SHOWN_MEETINGS]
            ],
            total=len(contacts),
            open_follow_ups=[self._follow_up(row) for row in counterpart.open_follow_ups],
        )

    def _past(self, meeting_id: int, day: date, theme_en: str, theme_zh: str | None) -> PastMeeting:
        return PastMeeting(
            id=meeting_id,
            date=day,
            day=format_day(day, self._language, year=True),
            theme=in_language(self._language, theme_en, theme_zh),
        )

    def _follow_up(self, row: FollowUpRow) -> FollowUp:
        language = self._language
        return FollowUp(
            id=row.id,
            text=in_language(language, row.text_en, row.text_zh),
            kind=row.kind.value,
            owner=(language == "zh" and row.owner_name_zh) or row.owner_name,
            due_date=row.due_date,
            due=format_day(row.due_date, language, year=True) if row.due_date else "",
            overdue=is_overdue(row.due_date, row.status, self._today),
            meeting=self._past(
                row.meeting_id, row.meeting_date, row.meeting_theme_en, row.meeting_theme_zh
            ),
        )
