"""The command line as a person or a script uses it: output, files and exit codes."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from scoda_desktop.app import main
from scoda_desktop.data.database import open_database, resolve_target
from scoda_desktop.domain.enums import Side
from scoda_desktop.domain.models import Meeting, Participation, Person

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    """A database with one meeting with an Indonesian guest."""
    path = tmp_path / "office.sqlite3"
    database = open_database(resolve_target(str(path)))
    start = datetime(2021, 4, 2, 7, 0, tzinfo=UTC)
    with database.transaction() as session:
        guest = Person(family_name="Oratmangun", given_name="Djauhari", country_code="ID")
        meeting = Meeting(
            theme_en="Cloud Meeting for Common Development",
            starts_at=start,
            ends_at=start + timedelta(hours=1),
        )
        session.add_all([guest, meeting])
        session.flush()
        session.add(Participation(meeting_id=meeting.id, person_id=guest.id, side=Side.GUEST))
    database.dispose()
    return path


def run_cli(*args: str) -> int:
    try:
        return main(list(args))
    except SystemExit as exc:  # argparse's own errors
        return int(exc.code or 0)


def test_meetings_prints_a_table_in_the_office_zone(db_file, capsys):
    assert run_cli("--database", str(db_file), "meetings") == 0
    out = capsys.readouterr().out
    assert "2021-04-02 15:00" in out  # 07:00 UTC is 15:00 in Qingdao
    assert "Cloud Meeting for Common Development" in out
    assert "Djauhari Oratmangun" in out
    assert "1 meeting(s)" in out


def test_meetings_json_is_a_list_of_objects_with_an_id(db_file, capsys):
    assert run_cli("--database", str(db_file), "meetings", "--json") == 0
    (meeting,) = json.loads(capsys.readouterr().out)
    assert isinstance(meeting["id"], int)
    assert meeting["starts_at"] == "2021-04-02T07:00:00+00:00"
    assert meeting["countries"] == ["Indonesia"]


def test_database_from_the_environment(db_file, capsys, monkeypatch):
    monkeypatch.setenv("SCODA_DATABASE", str(db_file))
    assert run_cli("meetings", "--json") == 0
    assert len(json.loads(capsys.readouterr().out)) == 1


def test_check_reports_a_sound_database(db_file, capsys):
    assert run_cli("--database", str(db_file), "check") == 0
    out = capsys.readouterr().out
    assert "integrity check passed" in out
    assert "meeting 1" in out


def test_check_of_a_missing_file_is_bad_input_and_creates_nothing(tmp_path, capsys):
    missing = tmp_path / "nowhere.sqlite3"
    assert run_cli("--database", str(missing), "check") == 2
    assert "There is no database at" in capsys.readouterr().err
    assert not missing.exists()


def test_check_of_a_newer_database_fails(db_file, capsys):
    with sqlite3.connect(db_file) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    assert run_cli("--database", str(db_file), "check") == 1
    assert "newer SCODA Desktop" in capsys.readouterr().out


def test_opening_a_newer_database_is_an_error_with_the_reason(db_file, capsys):
    with sqlite3.connect(db_file) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    assert run_cli("--database", str(db_file), "meetings") == 1
    assert "newer version of SCODA Desktop" in capsys.readouterr().err


def test_bad_arguments_exit_with_2(capsys):
    assert run_cli("meetings", "--limit", "0") == 2
    assert run_cli("no-such-command") == 2
    assert "invalid choice" in capsys.readouterr().err


def test_the_default_database_lives_in_the_data_folder(data_dir, capsys):
    assert run_cli("meetings") == 0
    assert (data_dir / "scoda.sqlite3").is_file()
    assert "0 meeting(s)" in capsys.readouterr().out


def test_main_py_runs_as_a_script(db_file, data_dir):
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--database", str(db_file), "meetings", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["theme_en"] == "Cloud Meeting for Common Development"


def test_demo_export_import_export_round_trip(tmp_path, capsys):
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    fresh = tmp_path / "fresh.sqlite3"
    assert run_cli("--demo", "export", str(first)) == 0
    assert run_cli("--database", str(fresh), "import", str(first)) == 0
    assert run_cli("--database", str(fresh), "export", str(second)) == 0
    assert first.read_bytes() == second.read_bytes()
    document = json.loads(first.read_text(encoding="utf-8"))
    assert len(document["meetings"]) >= 21
    assert "Cloud Meeting for Common Development" in {m["theme_en"] for m in document["meetings"]}
    capsys.readouterr()
    assert run_cli("--database", str(fresh), "meetings", "--json") == 0
    assert len(json.loads(capsys.readouterr().out)) == len(document["meetings"])


def test_an_invalid_import_exits_2_naming_item_and_field_and_writes_nothing(
    db_file, tmp_path, capsys
):
    export = tmp_path / "export.json"
    assert run_cli("--database", str(db_file), "export", str(export)) == 0
    document = json.loads(export.read_text(encoding="utf-8"))
    new_meeting = dict(document["meetings"][0])
    new_meeting.update(
        uid="00000000-0000-4000-8000-000000000001",
        theme_en="A second meeting that must not be written",
        time_zone="Asia/Dushambe",
        ends_at="2020-01-01T00:00:00Z",
        participations=[],
        outcomes=[],
    )
    document["meetings"].append(new_meeting)
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(document), encoding="utf-8")
    capsys.readouterr()

    assert run_cli("--database", str(db_file), "import", str(broken)) == 2
    err = capsys.readouterr().err
    assert "meetings[1]" in err
    assert "time_zone" in err and "Asia/Dushambe" in err
    assert "ends_at" in err
    assert run_cli("--database", str(db_file), "meetings", "--json") == 0
    assert len(json.loads(capsys.readouterr().out)) == 1


def test_importing_a_missing_or_malformed_file_exits_2(db_file, tmp_path, capsys):
    assert run_cli("--database", str(db_file), "import", str(tmp_path / "missing.json")) == 2
    assert "missing.json" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "scoda-desktop-interchange",\n  "meetings": [,]}', encoding="utf-8")
    assert run_cli("--database", str(db_file), "import", str(bad)) == 2
    assert "line 2" in capsys.readouterr().err


def test_export_into_a_missing_folder_exits_2(db_file, tmp_path, capsys):
    assert run_cli("--database", str(db_file), "export", str(tmp_path / "no" / "x.json")) == 2
    assert "does not exist" in capsys.readouterr().err


def test_demo_works_with_subcommands_and_is_separate(data_dir, capsys):
    assert run_cli("--demo", "meetings", "--json") == 0
    assert len(json.loads(capsys.readouterr().out)) >= 21
    assert (data_dir / "demo.sqlite3").is_file()
    assert run_cli("meetings", "--json") == 0  # the user's own database is untouched
    assert json.loads(capsys.readouterr().out) == []
