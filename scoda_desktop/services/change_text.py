"""Field names and values as a person reads them, for the two places that show a change: the
history of a meeting (audit entries) and the conflict between two officers' edits.

Audit entries keep values JSON-friendly (instants as ISO text, enums by value); drafts hold
Python values. ``value_text`` reads both the same way: instants in Beijing time, empty as "—".

Labels and value words are English source strings marked with ``QT_TRANSLATE_NOOP`` in the
context ``ChangeText``; what these functions return are ``Phrase`` objects: the English text,
which the interface translates in that context (see ``wording``).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from scoda_desktop.domain.office import to_office_time
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, Phrase, phrase, verbatim, word

EMPTY = "—"

FIELD_LABELS = {
    "theme_en": QT_TRANSLATE_NOOP("ChangeText", "Theme (English)"),
    "theme_zh": QT_TRANSLATE_NOOP("ChangeText", "Theme (Chinese)"),
    "kind": QT_TRANSLATE_NOOP("ChangeText", "Kind"),
    "status": QT_TRANSLATE_NOOP("ChangeText", "Status"),
    "starts_at": QT_TRANSLATE_NOOP("ChangeText", "Starts"),
    "ends_at": QT_TRANSLATE_NOOP("ChangeText", "Ends"),
    "time_zone": QT_TRANSLATE_NOOP("ChangeText", "Time zone"),
    "venue_en": QT_TRANSLATE_NOOP("ChangeText", "Venue (English)"),
    "venue_zh": QT_TRANSLATE_NOOP("ChangeText", "Venue (Chinese)"),
    "platform": QT_TRANSLATE_NOOP("ChangeText", "Platform"),
    "join_url": QT_TRANSLATE_NOOP("ChangeText", "Join link"),
    "meeting_code": QT_TRANSLATE_NOOP("ChangeText", "Meeting ID"),
    "passcode": QT_TRANSLATE_NOOP("ChangeText", "Passcode"),
    "dial_in": QT_TRANSLATE_NOOP("ChangeText", "Dial-in"),
    "interpretation": QT_TRANSLATE_NOOP("ChangeText", "Interpretation"),
    "agenda": QT_TRANSLATE_NOOP("ChangeText", "Agenda"),
    "objectives": QT_TRANSLATE_NOOP("ChangeText", "Objectives"),
    "talking_points": QT_TRANSLATE_NOOP("ChangeText", "Talking points"),
    "notes": QT_TRANSLATE_NOOP("ChangeText", "Notes"),
    "side": QT_TRANSLATE_NOOP("ChangeText", "Side"),
    "role": QT_TRANSLATE_NOOP("ChangeText", "Role"),
    "name_en": QT_TRANSLATE_NOOP("ChangeText", "Name (English)"),
    "name_zh": QT_TRANSLATE_NOOP("ChangeText", "Name (Chinese)"),
    "title_en": QT_TRANSLATE_NOOP("ChangeText", "Title (English)"),
    "title_zh": QT_TRANSLATE_NOOP("ChangeText", "Title (Chinese)"),
    "join_zone": QT_TRANSLATE_NOOP("ChangeText", "Joins from"),
    "rsvp": QT_TRANSLATE_NOOP("ChangeText", "Reply"),
    "attendance": QT_TRANSLATE_NOOP("ChangeText", "Attendance"),
    "order_override": QT_TRANSLATE_NOOP("ChangeText", "Place in the order"),
    "text_en": QT_TRANSLATE_NOOP("ChangeText", "Text (English)"),
    "text_zh": QT_TRANSLATE_NOOP("ChangeText", "Text (Chinese)"),
    "due_date": QT_TRANSLATE_NOOP("ChangeText", "Due"),
    "closed_on": QT_TRANSLATE_NOOP("ChangeText", "Closed on"),
    "status_note": QT_TRANSLATE_NOOP("ChangeText", "Status note"),
    "sort_order": QT_TRANSLATE_NOOP("ChangeText", "Position in the list"),
    "version": QT_TRANSLATE_NOOP("ChangeText", "Version"),
}

# Enumerated values as a change reads them, by field (audit entries hold them by value). "host"
# and "guest" mean a side of the table and a role at it: marked once for each.
VALUE_WORDS: dict[str, dict[str, Phrase]] = {
    "kind": {
        "video": word(QT_TRANSLATE_NOOP("ChangeText", "video")),
        "in_person": word(QT_TRANSLATE_NOOP("ChangeText", "in person")),
        "hybrid": word(QT_TRANSLATE_NOOP("ChangeText", "hybrid")),
        "proposal": word(QT_TRANSLATE_NOOP("ChangeText", "proposal")),
        "agreement": word(QT_TRANSLATE_NOOP("ChangeText", "agreement")),
        "follow_up": word(QT_TRANSLATE_NOOP("ChangeText", "follow up")),
        "mou": word(QT_TRANSLATE_NOOP("ChangeText", "mou")),
        "remark": word(QT_TRANSLATE_NOOP("ChangeText", "remark")),
    },
    "status": {
        "draft": word(QT_TRANSLATE_NOOP("ChangeText", "draft")),
        "proposed": word(QT_TRANSLATE_NOOP("ChangeText", "proposed")),
        "confirmed": word(QT_TRANSLATE_NOOP("ChangeText", "confirmed")),
        "held": word(QT_TRANSLATE_NOOP("ChangeText", "held")),
        "postponed": word(QT_TRANSLATE_NOOP("ChangeText", "postponed")),
        "cancelled": word(QT_TRANSLATE_NOOP("ChangeText", "cancelled")),
        "open": word(QT_TRANSLATE_NOOP("ChangeText", "open")),
        "done": word(QT_TRANSLATE_NOOP("ChangeText", "done")),
        "dropped": word(QT_TRANSLATE_NOOP("ChangeText", "dropped")),
    },
    "side": {
        "host": word(QT_TRANSLATE_NOOP("ChangeText", "host", "side"), "side"),
        "guest": word(QT_TRANSLATE_NOOP("ChangeText", "guest", "side"), "side"),
    },
    "role": {
        "host": word(QT_TRANSLATE_NOOP("ChangeText", "host", "role"), "role"),
        "principal_guest": word(QT_TRANSLATE_NOOP("ChangeText", "principal guest")),
        "guest": word(QT_TRANSLATE_NOOP("ChangeText", "guest", "role"), "role"),
        "accompanying": word(QT_TRANSLATE_NOOP("ChangeText", "accompanying")),
        "attendee": word(QT_TRANSLATE_NOOP("ChangeText", "attendee")),
        "interpreter": word(QT_TRANSLATE_NOOP("ChangeText", "interpreter")),
        "staff": word(QT_TRANSLATE_NOOP("ChangeText", "staff")),
    },
    "rsvp": {
        "invited": word(QT_TRANSLATE_NOOP("ChangeText", "invited")),
        "accepted": word(QT_TRANSLATE_NOOP("ChangeText", "accepted")),
        "tentative": word(QT_TRANSLATE_NOOP("ChangeText", "tentative")),
        "declined": word(QT_TRANSLATE_NOOP("ChangeText", "declined")),
    },
    "attendance": {
        "present": word(QT_TRANSLATE_NOOP("ChangeText", "present")),
        "absent": word(QT_TRANSLATE_NOOP("ChangeText", "absent")),
        "excused": word(QT_TRANSLATE_NOOP("ChangeText", "excused")),
    },
}
# Fields whose unknown values read with spaces for underscores.
_SPACED_FIELDS = frozenset({"kind", "status", "side", "role"})
YES, NO = word(QT_TRANSLATE_NOOP("ChangeText", "yes")), word(QT_TRANSLATE_NOOP("ChangeText", "no"))

# Columns that hold a reference to another row: a number that means nothing to a reader (the
# record's label names the person or meeting instead).
REFERENCE_FIELDS = frozenset({"meeting_id", "person_id", "position_id", "owner_id"})


def field_label(name: str) -> Phrase:
    """The name of field ``name`` as a person reads it: "Venue (English)"."""
    label = FIELD_LABELS.get(name)
    return word(label) if label else verbatim(name.replace("_", " ").capitalize())


def _instant_text(instant: datetime) -> Phrase:
    if instant.tzinfo is None:
        return verbatim(f"{instant:%Y-%m-%d %H:%M}")
    return phrase(
        QT_TRANSLATE_NOOP("ChangeText", "{time} (Beijing time)"),
        time=f"{to_office_time(instant):%Y-%m-%d %H:%M}",
    )


def _word(name: str, value: str) -> Phrase:
    known = VALUE_WORDS.get(name, {}).get(value)
    if known is not None:
        return known
    return verbatim(value.replace("_", " ") if name in _SPACED_FIELDS else value)


def value_text(name: str, value: Any) -> Phrase:
    """``value`` of field ``name`` as one line of text (long text is cut to its first line)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return verbatim(EMPTY)
    if isinstance(value, datetime):
        return _instant_text(value)
    if isinstance(value, str) and name.endswith("_at"):
        try:
            return _instant_text(datetime.fromisoformat(value))
        except ValueError:
            return verbatim(value)
    if isinstance(value, date):
        return verbatim(value.isoformat())
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, list | tuple):
        return verbatim(", ".join(value_text(name, item) for item in value) or EMPTY)
    if isinstance(value, str):
        return _word(name, value)
    return verbatim(str(value))
