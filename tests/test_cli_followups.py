"""``followups`` and ``report``: output, files written and exit codes."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from scoda_desktop import cli
from scoda_desktop.app import main
from scoda_desktop.data.database import open_database, resolve_target
from scoda_desktop.domain.office import office_today
from scoda_desktop.services.demo import populate_demo
from scoda_desktop.services.followups import list_follow_ups
from scoda_desktop.services.reports import REPORTS, build_report


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    """A demo database anchored on the office's real today, as the commands read the clock."""
    path = tmp_path / "demo.sqlite3"
    database = open_database(resolve_target(str(path)))
    try:
        populate_demo(database, today=office_today())
    finally:
        database.dispose()
    return path


def run_cli(*args: str) -> int:
    try:
        return main(list(args))
    except SystemExit as exc:  # argparse's own errors
        return int(exc.code or 0)


def _service_rows(path: Path):
    database = open_database(resolve_target(str(path)))
    try:
        with database.session() as session:
            return list_follow_ups(session)
    finally:
        database.dispose()


def test_followups_json_lists_every_item_with_its_fields(demo_file, capsys):
    assert run_cli("--database", str(demo_file), "followups", "--json") == 0
    items = json.loads(capsys.readouterr().out)
    assert [item["id"] for item in items] == [row.id for row in _service_rows(demo_file)]
    assert {item["kind"] for item in items} == {"follow_up", "agreement", "mou"}
    first = items[0]
    assert {"meeting_id", "meeting_theme_en", "owner_name", "due_date", "overdue"} <= set(first)


def test_followups_overdue_owner_and_country(demo_file, capsys):
    assert run_cli("--database", str(demo_file), "followups", "--json", "--overdue") == 0
    overdue = json.loads(capsys.readouterr().out)
    assert len(overdue) == 4 and all(item["overdue"] for item in overdue)
    owner = overdue[0]["owner_id"]
    assert run_cli("--database", str(demo_file), "followups", "--json", "--owner", str(owner)) == 0
    assert {item["owner_id"] for item in json.loads(capsys.readouterr().out)} == {owner}
    assert run_cli("--database", str(demo_file), "followups", "--json", "--country", "by") == 0
    belarus = json.loads(capsys.readouterr().out)
    assert belarus and all("BY" in item["guest_countries"] for item in belarus)


def test_followups_table_marks_overdue_items(demo_file, capsys):
    assert run_cli("--database", str(demo_file), "followups", "--status", "open") == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == [
        "ID",
        "Due",
        "Status",
        "Owner",
        "Meeting",
        "Theme",
        "Text",
    ]
    assert out.count("OVERDUE") == 4
    assert out.rstrip().endswith("overdue") and "4 overdue" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--owner", "999999"), "no person with id 999999"),
        (("--country", "XX"), "no country with the code 'XX'"),
        (("--format", "csv"), "--format needs -o FILE"),
        (("-o", "list.txt"), "Cannot tell the format"),
    ],
)
def test_followups_bad_input_exits_2(demo_file, capsys, args, message):
    assert run_cli("--database", str(demo_file), "followups", *args) == 2
    assert message in capsys.readouterr().err


def test_followups_to_xlsx(demo_file, tmp_path, capsys):
    path = tmp_path / "followups.xlsx"
    assert run_cli("--database", str(demo_file), "followups", "--overdue", "-o", str(path)) == 0
    assert "4 follow-up(s)" in capsys.readouterr().out
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    assert len(rows) == 5 and rows[0][0] == "ID"


def test_report_csv_holds_the_reports_table(demo_file, tmp_path, capsys):
    path = tmp_path / "by-country.csv"
    args = ("--database", str(demo_file), "report", "meetings-by-country")
    assert run_cli(*args, "--format", "csv", "-o", str(path)) == 0
    assert f"Wrote {path}" in capsys.readouterr().out
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    database = open_database(resolve_target(str(demo_file)))
    try:
        with database.session() as session:
            report = build_report(session, "meetings-by-country")
    finally:
        database.dispose()
    assert rows[0] == list(report.table.columns)
    assert rows[1:] == [["" if v is None else str(v) for v in row] for row in report.table.rows]


@pytest.mark.parametrize("name", cli.REPORT_NAMES)
def test_every_report_to_xlsx_by_extension(demo_file, tmp_path, name):
    path = tmp_path / f"{name}.xlsx"
    args = ("--database", str(demo_file), "report", name, "--period", "quarter", "-o", str(path))
    assert run_cli(*args) == 0
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    assert len(rows) >= 2


def test_report_names_in_the_cli_are_the_services(demo_file):
    assert set(cli.REPORT_NAMES) == set(REPORTS)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("meetings-by-country", "-o", "missing/x.pdf"), "does not exist"),
        (("meetings-by-planet", "-o", "x.csv"), "There is no report 'meetings-by-planet'"),
        (("meetings-by-kind", "-o", "x.txt"), "Cannot tell the format"),
        (
            ("meetings-by-kind", "--from", "2026-02-01", "--to", "2026-01-01", "-o", "x.csv"),
            "comes before",
        ),
    ],
)
def test_report_bad_input_exits_2_and_writes_nothing(
    qapp, demo_file, tmp_path, capsys, args, message
):
    *rest, last = args
    target = tmp_path / last
    assert run_cli("--database", str(demo_file), "report", *rest, str(target)) == 2
    assert message in capsys.readouterr().err
    assert not target.exists()


def test_report_to_pdf_with_its_chart(qapp, demo_file, tmp_path, capsys):
    # a QApplication first (``qapp``): the command then uses it, as it would in the window
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "completion.pdf"
    args = ("--database", str(demo_file), "report", "follow-up-completion", "--format", "pdf")
    assert run_cli(*args, "-o", str(path)) == 0
    assert "page(s)" in capsys.readouterr().out
    text = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Completion rate (%)" in text
    # the chart is drawn as text and lines: its title (after the report's) and its legend
    assert text.count("Follow-up completion, per year") == 2
    assert "Done Dropped Open" in text
    images = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert images == []


def test_report_needs_an_output(demo_file, capsys):
    assert run_cli("--database", str(demo_file), "report", "meetings-by-kind") == 2
    assert "-o/--output" in capsys.readouterr().err
