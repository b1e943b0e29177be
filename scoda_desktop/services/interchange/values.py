"""Field values between the database and the document: encoding for export, decoding (with
the checks only a parsed value allows: real dates, years in range, base64) for import."""

from __future__ import annotations

import base64
import binascii
import re
from datetime import UTC, date, datetime
from functools import cache
from typing import Any, TypeVar

from scoda_desktop.domain.dates import year_problem
from scoda_desktop.services.interchange.kinds import DocumentField

DateOrInstant = TypeVar("DateOrInstant", date, datetime)


def encode(field_: DocumentField, value: Any) -> Any:
    if value is None:
        return None
    if field_.codec == "instant":
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if field_.codec == "date":
        return value.isoformat()
    if field_.codec == "enum":
        return value.value
    if field_.codec == "bytes":
        return base64.b64encode(value).decode("ascii")
    if field_.codec == "strings":
        return list(value)
    return value


class Unreadable(Exception):
    """A value of the wrong shape: the JSON Schema has already said what is wrong with it."""


def decode(field_: DocumentField, raw: Any) -> Any:
    """The value for the database, ValueError with a message, or Unreadable."""
    if raw is None:
        if field_.nullable:
            return None
        raise Unreadable
    codec = field_.codec
    if codec in ("text", "ref", "code"):
        if not isinstance(raw, str):
            raise Unreadable
        return raw
    if codec == "bool":
        if not isinstance(raw, bool):
            raise Unreadable
        return raw
    if codec == "int":
        if not isinstance(raw, int) or isinstance(raw, bool):
            raise Unreadable
        return raw
    if codec == "strings":
        if not isinstance(raw, list) or not all(isinstance(s, str) for s in raw):
            raise Unreadable
        return list(raw)
    if codec == "enum":
        assert field_.enum is not None
        try:
            return field_.enum(raw)
        except ValueError:
            raise Unreadable from None
    if not isinstance(raw, str):
        raise Unreadable
    if codec == "instant":
        if not _INSTANT.match(raw):
            raise Unreadable
        try:
            instant = datetime.fromisoformat(raw)
        except ValueError as exc:
            raise ValueError(f"{raw!r} is not a real date and time ({exc})") from None
        return _in_range(raw, instant).astimezone(UTC)
    if codec == "date":
        if not _DATE.match(raw):
            raise Unreadable
        try:
            day = date.fromisoformat(raw)
        except ValueError as exc:
            raise ValueError(f"{raw!r} is not a real date ({exc})") from None
        return _in_range(raw, day)
    if codec == "bytes":
        try:
            return base64.b64decode(raw, validate=True)
        except binascii.Error as exc:
            raise ValueError(f"is not valid base64 ({exc})") from None
    raise AssertionError(codec)  # pragma: no cover


def _in_range(raw: str, value: DateOrInstant) -> DateOrInstant:
    """``value`` if its year (as written, before any conversion to UTC) is one the application
    accepts; else ValueError naming it."""
    problem = year_problem(value)
    if problem:
        raise ValueError(f"{raw!r}: {problem}")
    return value


_INSTANT_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$"
_DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
_INSTANT = re.compile(_INSTANT_PATTERN)
_DATE = re.compile(_DATE_PATTERN)
PATTERN_HINTS = {
    _INSTANT_PATTERN: "must be an instant with its offset, like 2024-05-01T08:00:00Z",
    _DATE_PATTERN: "must be a date like 2024-05-01",
    r"^[A-Z]{2}$": "must be a two-letter ISO 3166 country code in capitals, like ID",
    r"^\S+$": "must not contain spaces",
    r"^[A-Za-z0-9+/]*={0,2}$": "must be base64",
}


@cache
def _known_zones() -> frozenset[str]:
    from zoneinfo import available_timezones

    return frozenset(available_timezones() - {"localtime", "posixrules", "Factory"})


def is_zone(name: str) -> bool:
    return name in _known_zones()


def show(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
