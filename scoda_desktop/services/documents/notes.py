"""Reading what the meeting record holds as free text: the talking points ("To Ambassador
Tokhtarov: ...") and the labelled lines of the notes that the schema has no column for.

The notes may hold, one a line, in English or Chinese:

- ``Raise: <what the other side may raise>`` (also "They may raise:", "对方可能提出：") and, on
  the next line, ``Response: <our response>`` ("Our response:", "我方回应：");
- ``Press line: <the line for the press>`` ("新闻口径：", "口径：");
- the test call, anywhere in a line: "Test call 14:30" or "Test call one hour before the
  start" ("测试 14:30", "提前30分钟测试"). Without one the test call is 30 minutes before the
  start. A clock time is on the clock of the zone the meeting is arranged in.

Every other line of the notes is kept as a note. Pure functions, no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

__all__ = [
    "DEFAULT_TEST_CALL_LEAD",
    "MeetingNotes",
    "Point",
    "Raised",
    "find_test_call",
    "list_items",
    "parse_notes",
    "parse_talking_points",
]

DEFAULT_TEST_CALL_LEAD = timedelta(minutes=30)

_LIST_MARK = re.compile(r"^\s*(?:[-*•·]|\d+[.)、]|[（(]\d+[)）])\s*")
_ADDRESSED = re.compile(r"^(?:To|致|对)\s*(?P<who>[^:：]{1,80}?)\s*[:：]\s*(?P<text>.+)$", re.I)
_LABEL = re.compile(
    r"^(?P<label>they may raise|may raise|raise|our response|response|press line"
    r"|对方可能提出|可能提出|我方回应|回应|新闻口径|口径)\s*[:：]\s*(?P<text>.*)$",
    re.I,
)
_KIND = {
    "they may raise": "raise",
    "may raise": "raise",
    "raise": "raise",
    "对方可能提出": "raise",
    "可能提出": "raise",
    "our response": "response",
    "response": "response",
    "我方回应": "response",
    "回应": "response",
    "press line": "press",
    "新闻口径": "press",
    "口径": "press",
}
_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "half an": 0.5, "half": 0.5}
_AMOUNT = r"(?P<amount>\d+(?:\.\d+)?|half an|an|a|one|two|three|half)"
_UNIT = r"(?P<unit>hours?|hrs?|h|minutes?|mins?|小时|分钟)"
_TEST_CALL_CLOCK = re.compile(
    r"(?:test[- ]call|测试|调试)[^.;。；\n\d]{0,20}(?P<clock>\d{1,2}[:：]\d{2})", re.I
)
_TEST_CALL_LEADS = (
    re.compile(rf"test[- ]call[^.;\n]{{0,20}}?{_AMOUNT}\s*{_UNIT}\s+before", re.I),
    re.compile(rf"提前\s*{_AMOUNT}\s*{_UNIT}\s*(?:测试|调试)"),
)


@dataclass(frozen=True, slots=True)
class Point:
    """A point to make, and to whom as written ("Ambassador Tokhtarov"); None if to no one."""

    text: str
    addressee: str | None = None


@dataclass(frozen=True, slots=True)
class Raised:
    """Something the other side may raise, and our response when recorded."""

    topic: str
    response: str | None = None


@dataclass(frozen=True, slots=True)
class MeetingNotes:
    raised: list[Raised] = field(default_factory=list)
    press_line: list[str] = field(default_factory=list)
    other: list[str] = field(default_factory=list)  # the lines with no label


def list_items(text: str | None) -> list[str]:
    """A list's items: one a line, list marks ("1.", "-", "•") removed, blank lines dropped."""
    return [_LIST_MARK.sub("", line).strip() for line in (text or "").splitlines() if line.strip()]


def parse_talking_points(text: str | None) -> list[Point]:
    """One point a line (list marks removed); "To <someone>: <point>" names the addressee."""
    points = []
    for item in list_items(text):
        found = _ADDRESSED.match(item)
        if found:
            text = found["text"].strip()
            points.append(Point(text[:1].upper() + text[1:], found["who"].strip()))
        else:
            points.append(Point(item))
    return points


def parse_notes(text: str | None) -> MeetingNotes:
    """The labelled lines of the notes (see the module's docstring) and the rest."""
    notes = MeetingNotes()
    for item in list_items(text):
        found = _LABEL.match(item)
        kind = _KIND[found["label"].lower()] if found else None
        body = found["text"].strip() if found else item
        if kind == "raise":
            notes.raised.append(Raised(body))
        elif kind == "response" and notes.raised and notes.raised[-1].response is None:
            notes.raised[-1] = Raised(notes.raised[-1].topic, body)
        elif kind == "press":
            notes.press_line.append(body)
        else:  # no label, or a response to nothing: kept where it can be seen
            notes.other.append(item)
    return notes


def _lead(amount: str, unit: str) -> timedelta:
    word = _WORDS.get(amount.lower())
    number = float(amount) if word is None else word
    hours = unit.lower().startswith("h") or unit == "小时"
    return timedelta(hours=number) if hours else timedelta(minutes=number)


def find_test_call(notes: str | None, starts: datetime) -> tuple[datetime, bool]:
    """The test call's time on the clock of ``starts`` (the start in the meeting's zone), and
    whether the notes recorded it (else it is 30 minutes before the start)."""
    text = notes or ""
    clock = _TEST_CALL_CLOCK.search(text)
    if clock:
        hour, minute = (int(n) for n in re.split("[:：]", clock["clock"]))
        if hour < 24 and minute < 60:
            return datetime.combine(starts.date(), time(hour, minute), starts.tzinfo), True
    for pattern in _TEST_CALL_LEADS:
        lead = pattern.search(text)
        if lead:
            return starts - _lead(lead["amount"], lead["unit"]), True
    return starts - DEFAULT_TEST_CALL_LEAD, False
