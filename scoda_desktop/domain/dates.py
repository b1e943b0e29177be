"""The span of dates SCODA Desktop accepts from outside (imported files, invitations).

A meeting, a post or a follow-up of the office falls well inside 1900–2199. A year outside it
in a file is a typing or conversion error (0001 for a missing date, 9999 for "never"), and at
the edges of Python's calendar turning such a time into UTC would overflow. Checking the year
as written, before any conversion, gives one clear message instead.
"""

from __future__ import annotations

from datetime import date, datetime

EARLIEST_YEAR = 1900
LATEST_YEAR = 2199
ACCEPTED_YEARS = f"{EARLIEST_YEAR} to {LATEST_YEAR}"


def year_problem(value: date | datetime) -> str | None:
    """Why ``value`` (a date, or a time in whatever zone it was written) is refused, or None."""
    if EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        return None
    return (
        f"the year {value.year} is outside the years SCODA Desktop accepts "
        f"({ACCEPTED_YEARS}): check the year"
    )
