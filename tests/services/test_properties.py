"""Property-based tests (hypothesis): the interchange round trip on generated people and
meetings, and the validators of time-zone names and join links, on inputs nobody thought of.

Each generated document is imported into its own fresh SQLite database (a copy of one migrated
template, so an example costs milliseconds, not a migration).
"""

from __future__ import annotations

import shutil
import string
import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import available_timezones

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.provisional import urls

from scoda_desktop.data.database import Database, open_database, resolve_target
from scoda_desktop.domain.dates import EARLIEST_YEAR, LATEST_YEAR
from scoda_desktop.domain.enums import NameOrder, OutcomeKind, OutcomeStatus, Side
from scoda_desktop.errors import InputError
from scoda_desktop.services.interchange import FORMAT, dumps, export_document, import_document
from scoda_desktop.services.meeting_drafts import link_problem, sorted_time_zones, zone_problem

# No .hypothesis folder in the checkout; no "explain" phase, whose imports warn (and warnings
# are errors here), turning a failing example into an internal error of pytest.
QUIET = settings(database=None, phases=[phase for phase in Phase if phase != Phase.explain])
EXAMPLES = settings(
    QUIET,
    max_examples=25,
    deadline=None,  # a database per example: timing varies with the machine
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Text as people type it in any script, without control characters or lone surrogates (JSON
# and PostgreSQL refuse those); not blank where the database requires a value.
TEXT = st.text(
    st.characters(exclude_categories=("Cs", "Cc"), exclude_characters="\x00"),
    min_size=1,
    max_size=24,
)
NAME = TEXT.filter(lambda text: text.strip() != "")
OPTIONAL_TEXT = st.none() | NAME
ZONES = st.sampled_from(sorted_time_zones())
OFFSETS = st.sampled_from(
    [UTC, timezone(timedelta(hours=5, minutes=45)), timezone(-timedelta(hours=5))]
)
INSTANTS = st.datetimes(
    min_value=datetime(EARLIEST_YEAR, 1, 2),
    max_value=datetime(LATEST_YEAR, 12, 30),
    timezones=OFFSETS,
)
DATES = st.dates(min_value=date(EARLIEST_YEAR, 1, 1), max_value=date(LATEST_YEAR, 12, 31))
UIDS = st.uuids().map(str)


@st.composite
def people(draw: st.DrawFn) -> list[dict[str, Any]]:
    found = []
    for uid in draw(st.lists(UIDS, min_size=1, max_size=4, unique=True)):
        order = draw(st.sampled_from(NameOrder)).value
        person = {
            "uid": uid,
            "family_name": draw(NAME),
            "given_name": None if order == NameOrder.SINGLE else draw(OPTIONAL_TEXT),
            "name_order": order,
            "name_zh": draw(OPTIONAL_TEXT),
            "alternative_spellings": draw(st.lists(NAME, max_size=3)),
        }
        found.append(person)
    return found


def _instant(value: datetime) -> str:
    return value.isoformat()


@st.composite
def meetings(draw: st.DrawFn, person_uids: list[str]) -> list[dict[str, Any]]:
    found = []
    for uid in draw(st.lists(UIDS, max_size=3, unique=True)):
        starts = draw(INSTANTS)
        ends = starts + draw(st.timedeltas(timedelta(minutes=1), timedelta(days=2)))
        attendees = draw(st.lists(st.sampled_from(person_uids), unique=True, max_size=4))
        outcomes = []
        for outcome_uid in draw(st.lists(UIDS, max_size=3, unique=True)):
            status = draw(st.sampled_from(OutcomeStatus)).value
            outcomes.append(
                {
                    "uid": outcome_uid,
                    "kind": draw(st.sampled_from(OutcomeKind)).value,
                    "text_en": draw(NAME),
                    "due_date": draw(st.none() | DATES.map(date.isoformat)),
                    "status": status,
                    "closed_on": None if status == OutcomeStatus.OPEN else draw(DATES).isoformat(),
                }
            )
        found.append(
            {
                "uid": uid,
                "theme_en": draw(NAME),
                "theme_zh": draw(OPTIONAL_TEXT),
                "starts_at": _instant(starts),
                "ends_at": _instant(ends),
                "time_zone": draw(ZONES),
                "venue_en": draw(OPTIONAL_TEXT),
                "notes": draw(OPTIONAL_TEXT),
                "participations": [
                    {
                        "person": person,
                        "side": draw(st.sampled_from(Side)).value,
                        "join_zone": draw(st.none() | ZONES),
                    }
                    for person in attendees
                ],
                "outcomes": outcomes,
            }
        )
    return found


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    generated = draw(people())
    return {
        "format": FORMAT,
        "format_version": 1,
        "people": generated,
        "meetings": draw(meetings([p["uid"] for p in generated])),
    }


@pytest.fixture
def fresh_database(tmp_path: Path):
    """A function that gives a new empty, migrated database each time it is called."""
    template = tmp_path / "template.sqlite3"
    open_database(resolve_target(str(template))).dispose()
    opened: list[Database] = []

    def make() -> Database:
        path = tmp_path / f"{uuid.uuid4().hex}.sqlite3"
        shutil.copyfile(template, path)
        database = open_database(resolve_target(str(path)))
        opened.append(database)
        return database

    yield make
    for database in opened:
        database.dispose()


def _export(database: Database) -> dict[str, Any]:
    with database.session() as session:
        return export_document(session)


def _same_instant(written: str, exported: str) -> bool:
    return datetime.fromisoformat(written) == datetime.fromisoformat(exported)


def _assert_holds(exported: dict[str, Any], written: dict[str, Any]) -> None:
    """Every value the generated item has is in the exported one (instants in UTC)."""
    for key, value in written.items():
        if key in ("participations", "outcomes"):
            by_key = {(item.get("person") or item.get("uid")): item for item in exported[key]}
            assert len(by_key) == len(value)
            for item in value:
                _assert_holds(by_key[item.get("person") or item.get("uid")], item)
        elif key in ("starts_at", "ends_at"):
            assert _same_instant(value, exported[key]), key
        else:
            assert exported[key] == value, key


@EXAMPLES
@given(document=documents())
def test_imported_people_and_meetings_export_as_written_and_round_trip(fresh_database, document):
    first = fresh_database()
    import_document(first, document)
    exported = _export(first)

    for list_name in ("people", "meetings"):
        by_uid = {item["uid"]: item for item in exported[list_name]}
        assert set(by_uid) == {item["uid"] for item in document[list_name]}
        for item in document[list_name]:
            _assert_holds(by_uid[item["uid"]], item)

    second = fresh_database()
    import_document(second, exported)
    assert dumps(_export(second)) == dumps(exported)  # the same bytes
    import_document(second, exported)  # and importing it again changes nothing
    assert dumps(_export(second)) == dumps(exported)


@EXAMPLES
@given(document=documents(), year=st.integers(1, 9999).filter(lambda y: not 1900 <= y <= 2199))
def test_a_year_out_of_range_anywhere_is_refused_with_a_message(fresh_database, document, year):
    if not document["meetings"]:
        return
    meeting = document["meetings"][0]
    meeting["starts_at"] = f"{year:04d}" + meeting["starts_at"][4:]
    database = fresh_database()
    with pytest.raises(InputError) as raised:
        import_document(database, document)
    assert any(
        f"starts_at: '{meeting['starts_at']}': the year {year} is outside" in problem
        for problem in raised.value.problems
    )
    assert _export(database)["meetings"] == []


# -- validators ------------------------------------------------------------------------------

KNOWN_ZONES = frozenset(available_timezones())


@QUIET
@given(name=st.one_of(ZONES, st.text(max_size=40)))
def test_a_zone_is_accepted_exactly_when_the_tz_database_knows_it(name):
    problem = zone_problem(name)
    if name in KNOWN_ZONES:
        assert problem is None
    else:
        assert problem is not None
        assert "Asia/Shanghai" in problem.message  # every message shows what a zone looks like


HOST_LABEL = st.text(string.ascii_lowercase + string.digits, min_size=1, max_size=12)


@QUIET
@given(url=urls())
def test_every_web_address_is_a_valid_join_link(url):
    assert link_problem(url) is None
    assert link_problem(f"  {url}  ") is None  # pasted with spaces around it


@QUIET
@given(
    host=HOST_LABEL,
    tld=st.sampled_from(["com", "cn", "org"]),
    path=st.text(string.ascii_letters, max_size=10),
)
def test_an_address_without_its_scheme_is_given_the_fix(host, tld, path):
    text = f"{host}.{tld}/{path}"
    problem = link_problem(text)
    assert problem is not None
    assert problem.message == f"Add https:// at the start of the join link: https://{text}."


@QUIET
@given(text=st.text(max_size=60))
def test_any_text_gets_an_answer_and_never_an_exception(text):
    problem = link_problem(text)
    if problem is not None:
        assert problem.message.startswith(("The join link", "Add https://"))
    if any(char.isspace() for char in text.strip()):
        assert problem is not None and "cannot contain spaces" in problem.message
