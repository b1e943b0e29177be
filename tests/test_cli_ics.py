"""The ``ics``, ``ics-import`` and ``slots`` commands as a person or a script uses them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import vobject
from icalendar import Calendar
from sqlmodel import func, select

from scoda_desktop.app import main
from scoda_desktop.data.database import open_database, resolve_target
from scoda_desktop.domain.models import Meeting, Person
from scoda_desktop.services.demo import populate_demo

DEMO_TODAY = date(2026, 11, 28)
NEPAL = "Business Travel and Cultural Exchange with Nepal"


def run_cli(*args: str) -> int:
    try:
        return main(list(args))
    except SystemExit as exc:  # argparse's own errors
        return int(exc.code or 0)


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    database = open_database(resolve_target(str(path)))
    populate_demo(database, today=DEMO_TODAY)
    database.dispose()
    return path


def query(path: Path, statement):
    database = open_database(resolve_target(str(path)))
    try:
        with database.session() as session:
            return session.exec(statement).all()
    finally:
        database.dispose()


def nepal_id(path: Path) -> int:
    (meeting_id,) = query(path, select(Meeting.id).where(Meeting.theme_en == NEPAL))
    return meeting_id


# -- ics ----------------------------------------------------------------------------------------


def test_ics_writes_one_meetings_invitation(demo_file, tmp_path, capsys):
    out = tmp_path / "nepal.ics"
    assert (
        run_cli("--database", str(demo_file), "ics", str(nepal_id(demo_file)), "-o", str(out)) == 0
    )
    assert capsys.readouterr().out.strip() == f"Wrote 1 meeting to {out}"
    data = out.read_bytes()
    (event,) = Calendar.from_ical(data).walk("VEVENT")
    assert str(event["SUMMARY"]) == NEPAL
    assert vobject.readOne(data.decode()).vevent.summary.value == NEPAL


def test_ics_writes_a_range_and_a_chosen_organizer(demo_file, tmp_path, capsys):
    out = tmp_path / "december.ics"
    code = run_cli(
        "--database",
        str(demo_file),
        "ics",
        "--from",
        "2026-12-01",
        "--to",
        "2026-12-31",
        "-o",
        str(out),
        "--organizer",
        "waiban@scoda.example.cn",
    )
    assert code == 0
    assert "Wrote 4 meetings" in capsys.readouterr().out
    calendar = Calendar.from_ical(out.read_bytes())
    assert len(calendar.walk("VEVENT")) == 4
    assert {str(e["ORGANIZER"]) for e in calendar.walk("VEVENT")} == {
        "mailto:waiban@scoda.example.cn"
    }


@pytest.mark.parametrize(
    "arguments",
    [
        ("ics", "-o", "x.ics"),  # neither a meeting nor a range
        ("ics", "3", "--from", "2026-12-01", "--to", "2026-12-31", "-o", "x.ics"),  # both
        ("ics", "--from", "2026-12-01", "-o", "x.ics"),  # half a range
    ],
)
def test_ics_needs_a_meeting_or_a_range(demo_file, tmp_path, capsys, monkeypatch, arguments):
    monkeypatch.chdir(tmp_path)
    assert run_cli("--database", str(demo_file), *arguments) == 2
    assert "Name one meeting (ics MEETING_ID -o FILE) or a range" in capsys.readouterr().err
    assert not (tmp_path / "x.ics").exists()


def test_ics_of_a_missing_meeting_or_folder_exits_2(demo_file, tmp_path, capsys):
    out = tmp_path / "x.ics"
    assert run_cli("--database", str(demo_file), "ics", "999", "-o", str(out)) == 2
    assert "There is no meeting with id 999" in capsys.readouterr().err
    nowhere = tmp_path / "no" / "such" / "x.ics"
    assert run_cli("--database", str(demo_file), "ics", "1", "-o", str(nowhere)) == 2
    assert "does not exist" in capsys.readouterr().err
    assert run_cli("--database", str(demo_file), "ics", "1", "-o", "x", "--organizer", "no") == 2
    assert "'no' is not an e-mail address" in capsys.readouterr().err


# -- ics-import ---------------------------------------------------------------------------------


def test_exported_meeting_imported_into_a_fresh_database(demo_file, tmp_path, capsys):
    out = tmp_path / "nepal.ics"
    assert (
        run_cli("--database", str(demo_file), "ics", str(nepal_id(demo_file)), "-o", str(out)) == 0
    )
    fresh = tmp_path / "fresh.sqlite3"
    assert run_cli("--database", str(fresh), "ics-import", str(out)) == 0
    printed = capsys.readouterr().out
    assert "1 meeting(s) created" in printed
    assert "Not in the directory, so not added to the meeting:" in printed
    assert "  - Dipak Gurung <gurung@example.com>" in printed
    assert "Run again with --create-people" in printed
    assert query(fresh, select(func.count()).select_from(Person)) == [0]

    assert run_cli("--database", str(fresh), "ics-import", str(out), "--create-people") == 0
    assert "New people: Chen Jing, Sunita Shrestha, Dipak Gurung." in capsys.readouterr().out
    (theme, zone) = query(fresh, select(Meeting.theme_en, Meeting.time_zone))[0]
    assert (theme, zone) == (NEPAL, "Asia/Kathmandu")


def test_a_malformed_file_exits_2_and_writes_nothing(demo_file, tmp_path, capsys):
    bad = tmp_path / "broken.ics"
    bad.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:2026")
    before = query(demo_file, select(func.count()).select_from(Meeting))
    assert run_cli("--database", str(demo_file), "ics-import", str(bad)) == 2
    err = capsys.readouterr().err
    assert f"error: {bad} is cut short: the END:VCALENDAR line is missing" in err
    assert query(demo_file, select(func.count()).select_from(Meeting)) == before

    fresh = tmp_path / "never.sqlite3"
    assert run_cli("--database", str(fresh), "ics-import", str(bad)) == 2
    assert not fresh.exists()  # the file is checked before any database is opened
    assert run_cli("--database", str(fresh), "ics-import", str(tmp_path / "missing.ics")) == 2
    assert "Cannot read" in capsys.readouterr().err


# -- slots --------------------------------------------------------------------------------------

FUTURE = ("--from", "2031-06-02", "--to", "2031-06-06")  # Monday to Friday, far from "now"


def test_slots_by_zone_prints_the_time_on_every_clock(capsys):
    code = run_cli(
        "slots",
        "--zone",
        "Asia/Shanghai",
        "--zone",
        "Asia/Kathmandu",
        "--duration",
        "60",
        *FUTURE,
        "--step",
        "15",
        "--limit",
        "2",
    )
    assert code == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("1. Mon 2031-06-02 ")
    assert "(Asia/Kathmandu, UTC+05:45)" in out
    assert out.count("Qingdao") == 2


def test_slots_json_and_holidays(capsys):
    # Monday 9 to Friday 13 June 2031: Russia Day is on Thursday 12 June.
    code = run_cli(
        "slots",
        "--zone",
        "Asia/Shanghai",
        "--zone",
        "Europe/Moscow",
        "--duration",
        "45",
        "--from",
        "2031-06-09",
        "--to",
        "2031-06-13",
        "--per-day",
        "1",
        "--json",
    )
    assert code == 0
    proposals = json.loads(capsys.readouterr().out)
    days = [p["local"][0]["starts"][:10] for p in proposals]
    assert "2031-06-12" not in days  # Russia Day
    assert len(days) == len(set(days)) == 4
    assert {p["local"][1]["zone"] for p in proposals} == {"Europe/Moscow"}


def test_slots_names_holidays_avoided(capsys):
    code = run_cli(
        "slots",
        "--zone",
        "Asia/Shanghai",
        "--duration",
        "60",
        "--from",
        "2031-10-01",
        "--to",
        "2031-10-08",
        "--limit",
        "1",
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "Holidays avoided:" in out
    lines = [line for line in out.splitlines() if "2031-10-01" in line and " CN " in line]
    assert lines and "National Day" in lines[0]


def test_slots_for_people_of_the_directory(demo_file, capsys):
    (gurung,) = query(demo_file, select(Person.id).where(Person.family_name == "Gurung"))
    (chen,) = query(demo_file, select(Person.id).where(Person.family_name == "Chen"))
    code = run_cli(
        "--database",
        str(demo_file),
        "slots",
        "--person",
        str(chen),
        "--person",
        str(gurung),
        "--duration",
        "60",
        *FUTURE,
        "--limit",
        "1",
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "Chen Jing" in out and "Dipak Gurung" in out
    assert "(Asia/Kathmandu, UTC+05:45)" in out


def test_slots_with_a_typo_in_a_zone_exits_2_with_a_suggestion(capsys):
    assert run_cli("slots", "--zone", "Asia/Dushambe", "--duration", "60", *FUTURE) == 2
    assert "Did you mean Asia/Dushanbe?" in capsys.readouterr().err


def test_slots_needs_participants_and_a_duration(capsys):
    assert run_cli("slots", "--duration", "60", *FUTURE) == 2
    assert "Name the participants" in capsys.readouterr().err
    assert run_cli("slots", "--zone", "UTC", "--duration", "0", *FUTURE) == 2
    assert run_cli("slots", "--zone", "UTC", "--duration", "30", "--from", "June", "--to", "x") == 2
    assert "is not a date like 2026-12-01" in capsys.readouterr().err


def test_slots_when_nothing_fits(capsys):
    code = run_cli(
        "slots",
        "--zone",
        "Asia/Shanghai",
        "--zone",
        "America/Los_Angeles",
        "--duration",
        "60",
        *FUTURE,
    )
    assert code == 0
    assert (
        "No time from 2031-06-02 to 2031-06-06 suits every participant" in capsys.readouterr().out
    )
