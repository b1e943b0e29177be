"""Dates out of range in imported files: a clear message naming the item and the field, nothing
written, and never an OverflowError from converting year 1 or 9999 to UTC."""

from __future__ import annotations

from datetime import date, datetime

import pytest
import sqlalchemy as sa

from scoda_desktop.domain.dates import year_problem
from scoda_desktop.domain.models import Meeting
from scoda_desktop.errors import InputError
from scoda_desktop.services.interchange import FORMAT, import_document
from scoda_desktop.services.invitation_import import parse_invitations

ACCEPTED = "is outside the years SCODA Desktop accepts (1900 to 2199): check the year"


def _document(starts_at: str, ends_at: str, due_date: str = "2024-05-31") -> dict[str, object]:
    return {
        "format": FORMAT,
        "format_version": 1,
        "meetings": [
            {
                "uid": "talks",
                "theme_en": "Logistics",
                "starts_at": starts_at,
                "ends_at": ends_at,
                "time_zone": "Asia/Shanghai",
                "outcomes": [
                    {"uid": "step", "kind": "follow_up", "text_en": "Send", "due_date": due_date}
                ],
            }
        ],
    }


def _meetings(database) -> int:
    with database.session() as session:
        return session.execute(sa.select(sa.func.count()).select_from(Meeting)).scalar_one()


@pytest.mark.parametrize(
    ("starts_at", "ends_at", "due_date", "expected"),
    [
        (  # converting to UTC would overflow below year 1
            "0001-01-01T00:00:00+05:00",
            "2024-05-01T09:00:00Z",
            "2024-05-31",
            ["starts_at: '0001-01-01T00:00:00+05:00': the year 1 " + ACCEPTED],
        ),
        (  # ... and above year 9999
            "2024-05-01T08:00:00Z",
            "9999-12-31T23:00:00-05:00",
            "2024-05-31",
            ["ends_at: '9999-12-31T23:00:00-05:00': the year 9999 " + ACCEPTED],
        ),
        (
            "2024-05-01T08:00:00Z",
            "2024-05-01T09:00:00Z",
            "1066-10-14",
            ["outcomes[0] (uid step) due_date: '1066-10-14': the year 1066 " + ACCEPTED],
        ),
    ],
)
def test_interchange_dates_out_of_range_are_named_and_nothing_is_written(
    database, starts_at, ends_at, due_date, expected
):
    with pytest.raises(InputError) as raised:
        import_document(database, _document(starts_at, ends_at, due_date))
    assert raised.value.problems == [f"meetings[0] (uid talks) {e}" for e in expected]
    assert _meetings(database) == 0


def test_the_edges_of_the_accepted_years_import(database):
    import_document(database, _document("1900-01-01T00:00:00+14:00", "2199-12-31T23:59:59-12:00"))
    assert _meetings(database) == 1


def _ics(start: str, end: str) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Embassy//EN\r\nBEGIN:VEVENT\r\n"
        "UID:talks@embassy.example\r\nDTSTAMP:20240101T000000Z\r\n"
        f"DTSTART{start}\r\n{end}\r\nSUMMARY:Video talks\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("start", "end", "problem"),
    [
        (
            ";TZID=Asia/Jakarta:00010101T000000",
            "DTEND;TZID=Asia/Jakarta:00010101T010000",
            f"DTSTART: the year 1 {ACCEPTED}",
        ),
        (
            ";TZID=America/New_York:99991231T230000",
            "DTEND;TZID=America/New_York:99991231T233000",
            f"DTSTART: the year 9999 {ACCEPTED}",
        ),
        (":18991231T100000Z", "DTEND:20240101T110000Z", f"DTSTART: the year 1899 {ACCEPTED}"),
        (
            ":20240101T100000Z",
            "DURATION:P99999999D",
            "DURATION ends the meeting outside the years SCODA Desktop accepts (1900 to 2199): "
            "check the duration",
        ),
    ],
)
def test_invitation_dates_out_of_range_are_named(start, end, problem):
    with pytest.raises(InputError) as raised:
        parse_invitations(_ics(start, end), "talks.ics")
    assert str(raised.value).startswith("talks.ics cannot be imported; nothing was changed:")
    assert f"event 1 (UID talks@embassy.example): {problem}" in raised.value.problems


@pytest.mark.parametrize(
    ("value", "refused"),
    [
        (date(1899, 12, 31), True),
        (date(1900, 1, 1), False),
        (datetime(2199, 12, 31, 23, 59), False),
        (datetime(2200, 1, 1), True),
    ],
)
def test_the_accepted_years(value, refused):
    assert (year_problem(value) is not None) == refused
