"""Exporting the demo directory from the pages' commands: people as CSV for Excel (UTF-8 with
BOM, Chinese intact) and as vCard 4.0 and 3.0, organisations as CSV; the message says where the
file is and how many records it holds."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import sqlalchemy as sa

from scoda_desktop.domain.models import Organisation, Person
from scoda_desktop.errors import InputError
from scoda_desktop.ui.directory import export_actions
from scoda_desktop.ui.directory.export_actions import (
    CSV,
    PEOPLE_FORMATS,
    VCARD_3,
    VCARD_4,
    ExportFormat,
    resolve_format,
)


@pytest.fixture
def choose_file(monkeypatch):
    """``choose_file(path, format)``: what the save dialog answers (None: cancelled); the
    captions and formats it was asked with are recorded."""
    asked: list[tuple[str, tuple[ExportFormat, ...]]] = []

    def choose(path: Path | None, chosen: ExportFormat = CSV) -> list:
        def ask(parent, caption, suggested, formats):
            asked.append((caption, formats))
            return None if path is None else (path, chosen)

        monkeypatch.setattr(export_actions, "ask_export_path", ask)
        return asked

    return choose


@pytest.fixture
def export(qtbot, runner, service_factory, report_failure, failures):
    """``export(function)``: run an export command; once it has started ("Exporting to…"),
    wait for the message saying what was written, or for the failure reported."""

    def run(function) -> list[str]:
        messages: list[str] = []
        function(None, runner, service_factory, report_failure, messages.append)
        if messages:
            qtbot.waitUntil(lambda: len(messages) == 2 or bool(failures), timeout=10_000)
        return messages

    return run


def _count(database, model) -> int:
    with database.session() as session:
        return session.execute(sa.select(sa.func.count()).select_from(model)).scalar_one()


def test_people_as_csv_for_excel(tmp_path, choose_file, export, demo_database, failures):
    path = tmp_path / "people.csv"
    asked = choose_file(path, CSV)
    messages = export(export_actions.export_people)
    assert asked[0][1] == PEOPLE_FORMATS  # CSV, vCard 4.0 and 3.0 offered

    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    people = _count(demo_database, Person)
    assert len(rows) == people
    t = Person.__table__.c
    with demo_database.session() as session:
        chinese = set(session.execute(sa.select(t.name_zh).where(t.name_zh.is_not(None))).scalars())
    assert chinese and chinese <= {row["name_zh"] for row in rows}
    assert messages[-1] == f"Wrote {people} people to {path} (CSV, UTF-8 with BOM)."
    assert failures == []


@pytest.mark.parametrize("chosen", [VCARD_4, VCARD_3], ids=["4.0", "3.0"])
def test_people_as_vcard(tmp_path, choose_file, export, demo_database, chosen):
    path = tmp_path / "people.vcf"
    choose_file(path, chosen)
    messages = export(export_actions.export_people)
    text = path.read_text(encoding="utf-8")
    people = _count(demo_database, Person)
    assert text.count("BEGIN:VCARD") == people
    assert text.count(f"VERSION:{chosen.vcard_version}") == people
    assert "孟庆胜" in text
    assert messages[-1] == f"Wrote {people} people to {path} (vCard {chosen.vcard_version})."


def test_organisations_as_csv(tmp_path, choose_file, export, demo_database):
    path = tmp_path / "organisations.csv"
    asked = choose_file(path)
    messages = export(export_actions.export_organisations)
    assert asked[0][1] == (CSV,)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    organisations = _count(demo_database, Organisation)
    assert len(rows) == organisations and any(row["name_zh"] for row in rows)
    assert messages[-1].startswith(f"Wrote {organisations} organisations to {path}")


def test_cancelling_the_save_dialog_writes_nothing(tmp_path, choose_file, export):
    choose_file(None)
    assert export(export_actions.export_people) == []
    assert list(tmp_path.glob("*.csv")) == []


def test_a_folder_that_does_not_exist_is_reported(tmp_path, choose_file, export, failures):
    choose_file(tmp_path / "missing" / "people.csv")
    export(export_actions.export_people)
    assert len(failures) == 1
    title, exc, _details = failures[0]
    assert "Cannot export" in title and isinstance(exc, InputError)
    assert "does not exist" in str(exc)


def test_the_name_decides_the_format_else_the_filter_does():
    formats = PEOPLE_FORMATS
    assert resolve_format(Path("a/people"), VCARD_3, formats) == (Path("a/people.vcf"), VCARD_3)
    assert resolve_format(Path("people.VCF"), VCARD_3, formats) == (Path("people.VCF"), VCARD_3)
    assert resolve_format(Path("people.csv"), VCARD_4, formats) == (Path("people.csv"), CSV)
    assert resolve_format(Path("people.txt"), CSV, formats) == (Path("people.txt.csv"), CSV)
