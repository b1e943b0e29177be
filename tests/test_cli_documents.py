"""``briefing MEETING_ID``, ``cards MEETING_ID`` and ``runsheet DATE``: PDF files from the
command line, and their exit codes (0 written, 2 bad input)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from scoda_desktop.app import main
from scoda_desktop.data.database import open_database, resolve_target
from scoda_desktop.domain.models import Meeting
from scoda_desktop.services.demo import populate_demo

ROOT = Path(__file__).resolve().parents[1]
needs_poppler = pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="needs poppler-utils")


@pytest.fixture
def demo_file(tmp_path: Path) -> tuple[Path, int]:
    """The demo database (as on 28 November 2026) and the id of the 2 April 2021 meeting."""
    path = tmp_path / "demo.sqlite3"
    database = open_database(resolve_target(str(path)))
    try:
        populate_demo(database, today=date(2026, 11, 28))
        with database.session() as session:
            meeting_id = session.exec(
                select(Meeting.id).where(Meeting.theme_en == "Cloud Meeting for Common Development")
            ).one()
    finally:
        database.dispose()
    assert meeting_id is not None
    return path, meeting_id


@pytest.fixture
def cli(qapp, demo_file):  # a QApplication first: the commands then use it, as in the GUI
    def run(*args: str) -> int:
        try:
            return main(["--database", str(demo_file[0]), *args])
        except SystemExit as exc:  # argparse's own errors
            return int(exc.code or 0)

    return run


def pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(
        next(line.split()[1] for line in out.stdout.splitlines() if line.startswith("Pages"))
    )


@needs_poppler
def test_each_document_is_written(cli, demo_file, tmp_path, capsys):
    meeting = str(demo_file[1])
    brief, cards, sheet = tmp_path / "b.pdf", tmp_path / "c.pdf", tmp_path / "r.pdf"
    assert cli("briefing", meeting, "--lang", "zh", "--paper", "letter", "-o", str(brief)) == 0
    assert cli("cards", meeting, "-o", str(cards)) == 0
    assert cli("runsheet", "2021-04-02", "--lang", "en", "-o", str(sheet)) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"Wrote {brief} (2 pages)",
        f"Wrote {cards} (4 pages)",
        f"Wrote {sheet} (1 page)",
    ]
    assert (pages(brief), pages(cards), pages(sheet)) == (2, 4, 1)


def test_an_unknown_meeting_exits_2(cli, tmp_path, capsys):
    assert cli("briefing", "999", "-o", str(tmp_path / "b.pdf")) == 2
    assert "There is no meeting with id 999" in capsys.readouterr().err
    assert cli("cards", "999", "-o", str(tmp_path / "c.pdf")) == 2
    assert not (tmp_path / "b.pdf").exists() and not (tmp_path / "c.pdf").exists()


def test_bad_arguments_exit_2(cli, demo_file, tmp_path, capsys):
    meeting = str(demo_file[1])
    assert cli("runsheet", "2021-02-30", "-o", str(tmp_path / "r.pdf")) == 2
    assert cli("briefing", meeting, "--lang", "fr", "-o", str(tmp_path / "b.pdf")) == 2
    assert cli("briefing", meeting, "--paper", "a3", "-o", str(tmp_path / "b.pdf")) == 2
    assert cli("briefing", meeting, "-o", str(tmp_path / "missing" / "b.pdf")) == 2
    assert "The folder" in capsys.readouterr().err


@needs_poppler
def test_without_a_display_the_offscreen_platform_is_used(demo_file, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    out = tmp_path / "b.pdf"
    command = [sys.executable, str(ROOT / "main.py"), "--database", str(demo_file[0])]
    result = subprocess.run(
        [*command, "briefing", str(demo_file[1]), "-o", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert pages(out) == 2
