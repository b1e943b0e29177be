"""``attendees MEETING_ID``: the meeting's people in order of precedence, as text or JSON."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from scoda_desktop.app import main
from scoda_desktop.data.database import open_database, resolve_target
from scoda_desktop.domain.models import Meeting
from scoda_desktop.services.demo import populate_demo

EXPECTED_LINES = [
    "Liu Jianjun, Member of the Standing Committee of CPC Qingdao Committee and "
    "Secretary of CPC Jiaozhou Committee",
    "Meng Qingsheng, Deputy Director of SCODA Administrative Committee",
    "Indonesian Ambassador to China Djauhari Oratmangun",
    "Deputy Ambassador of Tajikistan to China Muhammed Igormonzod",
]


@pytest.fixture
def demo_file(tmp_path: Path) -> tuple[Path, int]:
    """The demo database (as on 28 November 2026) and the id of the 2 April 2021 meeting."""
    path = tmp_path / "demo.sqlite3"
    database = open_database(resolve_target(str(path)))
    try:
        populate_demo(database, today=date(2026, 11, 28))
        with database.session() as session:
            meeting = session.exec(
                select(Meeting).where(Meeting.theme_en == "Cloud Meeting for Common Development")
            ).one()
    finally:
        database.dispose()
    assert meeting.id is not None
    return path, meeting.id


def run_cli(*args: str) -> int:
    try:
        return main(list(args))
    except SystemExit as exc:  # argparse's own errors
        return int(exc.code or 0)


def test_one_line_each_in_order_of_precedence(demo_file, capsys):
    path, meeting_id = demo_file
    assert run_cli("--database", str(path), "attendees", str(meeting_id)) == 0
    assert capsys.readouterr().out.splitlines() == EXPECTED_LINES


def test_json_objects_with_every_form_and_the_reason(demo_file, capsys):
    path, meeting_id = demo_file
    assert run_cli("--database", str(path), "attendees", str(meeting_id), "--json") == 0
    attendees = json.loads(capsys.readouterr().out)
    assert [a["styled_en"] for a in attendees] == EXPECTED_LINES
    liu, meng, ambassador, deputy = attendees
    assert liu == liu | {
        "place": 1,
        "side": "host",
        "role": "host",
        "first_reference": "Liu Jianjun",
        "second_reference": "Liu",
        "name_zh": "刘建军",
        "explanation": "host side, internal rank 5",
    }
    assert meng["title_after_name_en"] == EXPECTED_LINES[1]
    assert ambassador["title_before_name_en"] == EXPECTED_LINES[2]
    assert ambassador["styled_title_en"] == "Indonesian Ambassador to China"
    assert ambassador["explanation"] == "ambassador (class a), took up functions 2019-01-22"
    assert ambassador["salutation"] == "H.E. Mr Djauhari Oratmangun"
    assert deputy["side"] == "guest"
    assert deputy["title_zh"] == "塔吉克斯坦驻华副大使"
    expected_keys = {
        "place",
        "participation_id",
        "person_id",
        "side",
        "role",
        "first_reference",
        "second_reference",
        "salutation",
        "styled_title_en",
        "title_before_name_en",
        "title_after_name_en",
        "styled_en",
        "name_zh",
        "title_zh",
        "styled_zh",
        "country_en",
        "explanation",
    }
    assert all(set(a) == expected_keys for a in attendees)


def test_an_unknown_meeting_exits_2_with_the_reason(demo_file, capsys):
    path, _ = demo_file
    assert run_cli("--database", str(path), "attendees", "99999") == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "There is no meeting with id 99999" in captured.err


def test_a_meeting_id_that_is_not_a_number_exits_2(demo_file, capsys):
    path, _ = demo_file
    assert run_cli("--database", str(path), "attendees", "cloud") == 2
    assert "invalid int value" in capsys.readouterr().err
