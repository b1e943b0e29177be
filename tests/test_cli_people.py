"""``people``, ``people-import`` and ``people-export``: the directory from the command line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from scoda_desktop.app import main
from scoda_desktop.data.database import open_database, resolve_target
from scoda_desktop.domain.models import Person
from scoda_desktop.services.demo import populate_demo


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    database = open_database(resolve_target(str(path)))
    try:
        populate_demo(database, today=date(2026, 11, 28))
    finally:
        database.dispose()
    return path


def run_cli(*args: str) -> int:
    try:
        return main(list(args))
    except SystemExit as exc:  # argparse's own errors
        return int(exc.code or 0)


def people_count(path: Path) -> int:
    database = open_database(resolve_target(str(path)))
    try:
        with database.session() as session:
            return session.execute(sa.select(sa.func.count()).select_from(Person)).scalar_one()
    finally:
        database.dispose()


def test_people_lists_and_filters_by_any_name_form(demo_file, capsys):
    assert run_cli("--database", str(demo_file), "people", "--filter", "egamzod") == 0
    out = capsys.readouterr().out
    assert "Muhammed Igormonzod" in out and "Embassy of Tajikistan in China" in out
    assert out.rstrip().endswith("1 person(s)")
    assert run_cli("--database", str(demo_file), "people", "--json", "--filter", "刘建军") == 0
    [liu] = json.loads(capsys.readouterr().out)
    assert liu["name_en"] == "Liu Jianjun" and liu["name_zh"] == "刘建军"


def test_export_then_preview_then_apply(demo_file, tmp_path, capsys):
    csv_path, vcf_path = tmp_path / "people.csv", tmp_path / "people.vcf"
    assert run_cli("--database", str(demo_file), "people-export", str(csv_path)) == 0
    assert "Wrote 39 people" in capsys.readouterr().out
    assert (
        run_cli(
            "--database", str(demo_file), "people-export", str(vcf_path), "--vcard-version", "3.0"
        )
        == 0
    )
    assert vcf_path.read_bytes().startswith(b"BEGIN:VCARD\r\nVERSION:3.0\r\n")

    other = tmp_path / "other.sqlite3"
    assert run_cli("--database", str(other), "people-import", str(csv_path)) == 0
    out = capsys.readouterr().out
    assert "create: 39 people" in out and "Nothing was written" in out
    assert people_count(other) == 0
    assert run_cli("--database", str(other), "people-import", str(csv_path), "--apply") == 0
    assert "39 people created" in capsys.readouterr().out
    assert people_count(other) == 39


def test_a_file_with_problems_exits_2_and_writes_nothing(demo_file, tmp_path, capsys):
    path = tmp_path / "bad.csv"
    path.write_text("family_name,country\nKarimova,UZ\nTursunov,XX\n", encoding="utf-8")
    before = people_count(demo_file)
    assert run_cli("--database", str(demo_file), "people-import", str(path), "--apply") == 2
    out = capsys.readouterr().out
    assert "line 3, country:" in out
    assert people_count(demo_file) == before


def test_an_unreadable_file_is_refused_before_opening_the_database(tmp_path, capsys):
    path = tmp_path / "gbk.csv"
    path.write_bytes("family_name\n卡里莫娃\n".encode("gbk"))
    database = tmp_path / "never.sqlite3"
    assert run_cli("--database", str(database), "people-import", str(path)) == 2
    assert "not UTF-8" in capsys.readouterr().err
    assert not database.exists()


def test_export_refuses_an_unknown_extension(demo_file, tmp_path, capsys):
    assert run_cli("--database", str(demo_file), "people-export", str(tmp_path / "p.txt")) == 2
    assert ".csv or .vcf" in capsys.readouterr().err
