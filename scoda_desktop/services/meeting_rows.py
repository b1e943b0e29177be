"""A meeting as the list shows it: the plain row that ``services.meetings`` reads and the list's
cache (``services.list_cache``) keeps. Imports neither SQLAlchemy nor Qt: the window shows cached
rows before the data layer is imported."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from scoda_desktop.domain.enums import MeetingKind, MeetingStatus


class MeetingRow(NamedTuple):
    """One meeting of the list. A named tuple rather than a dataclass: 20,000 are made at each
    read, and a tuple is made several times faster than a frozen dataclass."""

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
    # The guests' country names in Chinese (CLDR), in the order of ``countries``; empty in a
    # row made elsewhere (the interface then shows the English).
    countries_zh: tuple[str, ...] = ()

    @property
    def theme(self) -> str:
        return self.theme_en or self.theme_zh or ""

    def filter_text(self) -> str:
        """What the list's filter matches words against: themes, counterparts, countries (in
        English and Chinese) and ``search_text``, one per line."""
        return filter_text(
            self.theme_en,
            self.theme_zh,
            self.counterparts,
            (*self.countries, *self.countries_zh),
            self.search_text,
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


def filter_text(
    theme_en: str,
    theme_zh: str | None,
    counterparts: tuple[str, ...],
    countries: tuple[str, ...],
    search_text: str,
) -> str:
    return "\n".join((theme_en, theme_zh or "", *counterparts, *countries, search_text))
