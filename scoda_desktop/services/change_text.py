"""Field names and values as a person reads them, for the two places that show a change: the
history of a meeting (audit entries) and the conflict between two officers' edits.

Audit entries keep values JSON-friendly (instants as ISO text, enums by value); drafts hold
Python values. ``value_text`` reads both the same way: instants in Beijing time, empty as "—".
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from scoda_desktop.domain.office import to_office_time

EMPTY = "—"

FIELD_LABELS = {
    "theme_en": "Theme (English)",
    "theme_zh": "Theme (Chinese)",
    "kind": "Kind",
    "status": "Status",
    "starts_at": "Starts",
    "ends_at": "Ends",
    "time_zone": "Time zone",
    "venue_en": "Venue (English)",
    "venue_zh": "Venue (Chinese)",
    "platform": "Platform",
    "join_url": "Join link",
    "meeting_code": "Meeting ID",
    "passcode": "Passcode",
    "dial_in": "Dial-in",
    "interpretation": "Interpretation",
    "agenda": "Agenda",
    "objectives": "Objectives",
    "talking_points": "Talking points",
    "notes": "Notes",
    "side": "Side",
    "role": "Role",
    "name_en": "Name (English)",
    "name_zh": "Name (Chinese)",
    "title_en": "Title (English)",
    "title_zh": "Title (Chinese)",
    "join_zone": "Joins from",
    "rsvp": "Reply",
    "attendance": "Attendance",
    "order_override": "Place in the order",
    "text_en": "Text (English)",
    "text_zh": "Text (Chinese)",
    "due_date": "Due",
    "closed_on": "Closed on",
    "status_note": "Status note",
    "sort_order": "Position in the list",
    "version": "Version",
}

# Columns that hold a reference to another row: a number that means nothing to a reader (the
# record's label names the person or meeting instead).
REFERENCE_FIELDS = frozenset({"meeting_id", "person_id", "position_id", "owner_id"})


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name) or name.replace("_", " ").capitalize()


def _instant_text(instant: datetime) -> str:
    if instant.tzinfo is None:
        return f"{instant:%Y-%m-%d %H:%M}"
    return f"{to_office_time(instant):%Y-%m-%d %H:%M} (Beijing time)"


def value_text(name: str, value: Any) -> str:
    """``value`` of field ``name`` as one line of text (long text is cut to its first line)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return EMPTY
    if isinstance(value, datetime):
        return _instant_text(value)
    if isinstance(value, str) and name.endswith("_at"):
        try:
            return _instant_text(datetime.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(value_text(name, item) for item in value) or EMPTY
    if isinstance(value, str):
        return value.replace("_", " ") if name in {"kind", "status", "side", "role"} else value
    return str(value)
