"""Field values between the database and the document: encoding for export, decoding (with
the checks only a parsed value allows: real dates, years in range, base64) for import."""

from __future__ import annotations

import base64
import binascii
import re
from datetime import UTC, date, datetime
from functools import cache
from typing import Any, TypeVar

from scoda_desktop.domain.dates import EARLIEST_YEAR, LATEST_YEAR, year_problem
from scoda_desktop.services.interchange.kinds import DocumentField
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, Phrase, error_message

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
            raise ValueError(
                error_message(
                    QT_TRANSLATE_NOOP("Errors", "{value} is not a real date and time ({error})"),
                    value=repr(raw),
                    error=exc,
                )
            ) from None
        return _in_range(raw, instant).astimezone(UTC)
    if codec == "date":
        if not _DATE.match(raw):
            raise Unreadable
        try:
            day = date.fromisoformat(raw)
        except ValueError as exc:
            raise ValueError(
                error_message(
                    QT_TRANSLATE_NOOP("Errors", "{value} is not a real date ({error})"),
                    value=repr(raw),
                    error=exc,
                )
            ) from None
        return _in_range(raw, day)
    if codec == "bytes":
        try:
            return base64.b64decode(raw, validate=True)
        except binascii.Error as exc:
            raise ValueError(
                error_message(
                    QT_TRANSLATE_NOOP("Errors", "is not valid base64 ({error})"), error=exc
                )
            ) from None
    raise AssertionError(codec)  # pragma: no cover


def year_problem_message(value: date | datetime) -> Phrase | None:
    """Why the year of ``value`` is refused: ``dates.year_problem``'s sentence, translatable
    (the window shows it in the interface's language); None when the year is accepted."""
    if year_problem(value) is None:
        return None
    return error_message(
        QT_TRANSLATE_NOOP(
            "Errors",
            "the year {year} is outside the years SCODA Desktop accepts ({earliest} to {latest}): "
            "check the year",
        ),
        year=value.year,
        earliest=EARLIEST_YEAR,
        latest=LATEST_YEAR,
    )


def _in_range(raw: str, value: DateOrInstant) -> DateOrInstant:
    """``value`` if its year (as written, before any conversion to UTC) is one the application
    accepts; else ValueError naming it."""
    problem = year_problem_message(value)
    if problem is None:
        return value
    raise ValueError(
        error_message(
            QT_TRANSLATE_NOOP("Errors", "{value}: {problem}"), value=repr(raw), problem=problem
        )
    )


_INSTANT_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$"
_DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
_INSTANT = re.compile(_INSTANT_PATTERN)
_DATE = re.compile(_DATE_PATTERN)
# What a value that does not match a pattern of the schema must be: a sentence with the value.
PATTERN_HINTS = {
    _INSTANT_PATTERN: QT_TRANSLATE_NOOP(
        "Errors", "{value} must be an instant with its offset, like 2024-05-01T08:00:00Z"
    ),
    _DATE_PATTERN: QT_TRANSLATE_NOOP("Errors", "{value} must be a date like 2024-05-01"),
    r"^[A-Z]{2}$": QT_TRANSLATE_NOOP(
        "Errors", "{value} must be a two-letter ISO 3166 country code in capitals, like ID"
    ),
    r"^\S+$": QT_TRANSLATE_NOOP("Errors", "{value} must not contain spaces"),
    r"^[A-Za-z0-9+/]*={0,2}$": QT_TRANSLATE_NOOP("Errors", "{value} must be base64"),
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
