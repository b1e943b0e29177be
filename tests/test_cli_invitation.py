"""``invitation MEETING_ID --lang en|zh -o FILE.eml``: the draft written, and the exit codes."""

from __future__ import annotations

import email
from datetime import date
from email import policy
from pathlib import Path

import pytest
from sqlmodel import select

from scoda_desktop.app import main
from scoda_desktop.data.database import open_database, resolve_target
from scoda_desktop.domain.models import Meeting
from scoda_desktop.services.demo import populate_demo

NEPAL = "Business Travel and Cultural Exchange with Nepal"


def run_cli(*args: str) -> int:
    try:
        return main(list(args))
    except SystemExit as exc:  # argparse's own errors
        return int(exc.code or 0)


@pytest.fixture
def demo_file(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "demo.sqlite3"
    database = open_database(resolve_target(str(path)))
    populate_demo(database, today=date(2026, 11, 28))
    with database.session() as session:
        meeting_id = session.exec(select(Meeting.id).where(Meeting.theme_en == NEPAL)).one()
    database.dispose()
    return path, meeting_id


@pytest.mark.parametrize(("language", "greeting"), [("en", "Dear colleagues,"), ("zh", "各位好：")])
def test_invitation_writes_the_draft(demo_file, tmp_path, capsys, language, greeting):
    database, meeting_id = demo_file
    out = tmp_path / f"nepal.{language}.eml"
    code = run_cli(
        "--database",
        str(database),
        "invitation",
        str(meeting_id),
        "--lang",
        language,
        "-o",
        str(out),
    )
    assert code == 0
    assert capsys.readouterr().out.strip() == (
        f"Wrote the invitation e-mail to {out} (3 recipients)"
    )
    message = email.message_from_bytes(out.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert greeting in next(message.iter_parts()).get_content()


def test_english_is_the_default(demo_file, tmp_path):
    database, meeting_id = demo_file
    out = tmp_path / "nepal.eml"
    assert run_cli("--database", str(database), "invitation", str(meeting_id), "-o", str(out)) == 0
    assert "Invitation:" in out.read_text("ascii")


def test_bad_input_exits_2_and_writes_nothing(demo_file, tmp_path, capsys):
    database, meeting_id = demo_file
    out = tmp_path / "x.eml"
    assert run_cli("--database", str(database), "invitation", "999", "-o", str(out)) == 2
    assert "no meeting with id 999" in capsys.readouterr().err
    missing_folder = tmp_path / "nowhere" / "x.eml"
    code = run_cli(
        "--database", str(database), "invitation", str(meeting_id), "-o", str(missing_folder)
    )
    assert code == 2
    assert "does not exist" in capsys.readouterr().err
    assert (
        run_cli(
            "--database",
            str(database),
            "invitation",
            str(meeting_id),
            "--lang",
            "fr",
            "-o",
            str(out),
        )
        == 2
    )
    assert run_cli("--database", str(database), "invitation", str(meeting_id)) == 2  # no -o
    assert not out.exists()
