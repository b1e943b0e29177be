"""The import dialog on the demo data: a preview row by row with the problems at their lines,
Import disabled while any row is in error (nothing written), a good CSV and a vCard 3.0 file
imported, and files that cannot be read at all explained."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from scoda_desktop.domain.models import Organisation, Person, Position
from scoda_desktop.services.files import MAX_IMPORT_BYTES
from scoda_desktop.ui.directory import import_dialog as import_module
from scoda_desktop.ui.directory.import_dialog import ImportDialog
from scoda_desktop.ui.directory.import_rows import RowAction, count_rows, preview_rows

HEADER = "family_name,given_name,name_zh,country,email,organisation,title_en,post_start\n"
GOOD_CSV = HEADER + (
    "Karimov,Aziz,,UZ,aziz.karimov@example.com,Embassy of Uzbekistan in China,"
    "Second Secretary,2026-09-01\n"
    "Wang,Fang,王芳,CN,wang.fang@example.com,Qingdao Port Logistics Park,Manager,\n"
    '"Sultanova","Madina",,Kazakhstan,,,,\n'
)
MALFORMED_CSV = HEADER + (
    "Karimov,Aziz,,UZ,aziz.karimov@example.com,,,\n"
    "Nazarova,Dilnoza,,Atlantis,dilnoza@example,,,\n"  # line 3: two problems
    "Wang,Fang,王芳,CN,,,,\n"
    "Tokayev,Arman,,KZ,,,,,too many\n"  # line 5: more values than columns
)
VCARD_3 = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:Sultanova;Madina;;;\r\n"
    "FN:Madina Sultanova\r\n"
    "EMAIL;TYPE=INTERNET:madina.sultanova@example.com\r\n"
    "TITLE:Attaché\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:Zhao;Lei;;;\r\n"
    "FN:Zhao Lei\r\n"
    "NICKNAME:赵磊\r\n"
    "END:VCARD\r\n"
)


@pytest.fixture
def write_file(tmp_path):
    def write(name: str, text: str, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return path

    return write


@pytest.fixture
def make_dialog(qtbot, runner, service_factory, report_failure):
    def make(path: Path) -> ImportDialog:
        dialog = ImportDialog(runner, service_factory, report_failure, path)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.state_name != "reading", timeout=10_000)
        return dialog

    return make


def _people(database) -> dict[str, str | None]:
    t = Person.__table__.c
    with database.session() as session:
        rows = session.execute(sa.select(t.family_name, t.name_zh)).all()
    return {family: name_zh for family, name_zh in rows}


def _count(database, model) -> int:
    with database.session() as session:
        return session.execute(sa.select(sa.func.count()).select_from(model)).scalar_one()


def test_a_malformed_row_is_shown_at_its_line_and_blocks_the_import(
    qtbot, make_dialog, write_file, demo_database, failures
):
    before = _people(demo_database)
    dialog = make_dialog(write_file("people.csv", MALFORMED_CSV))
    assert dialog.state_name == "preview"
    rows = {row.number: row for row in dialog.visible_rows()}
    assert sorted(rows) == [2, 3, 4, 5]
    assert rows[2].action == RowAction.CREATE and rows[4].action == RowAction.CREATE
    assert rows[3].action == RowAction.ERROR and rows[3].name == "Dilnoza Nazarova"
    assert any(p.startswith("country: “Atlantis”") for p in rows[3].problems)
    assert any(p.startswith("email:") for p in rows[3].problems)
    assert rows[5].action == RowAction.ERROR and "9 values" in rows[5].problems[0]

    # The table shows the line number, the action and the problem; error rows are coloured.
    model = dialog.model
    line_3 = model.row_of((3, "line 3", "Dilnoza Nazarova"))
    assert line_3 is not None
    assert model.index(line_3, 0).data() == "3"
    assert model.index(line_3, 1).data() == "Error"
    assert "Atlantis" in model.index(line_3, 4).data()
    assert model.index(line_3, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    line_2 = model.row_of((2, "line 2", "Aziz Karimov"))
    assert model.index(line_2, 0).data(Qt.ItemDataRole.BackgroundRole) is None

    assert dialog.summary_label.text() == "People: 2 new, 2 rows with errors"
    assert not dialog.import_button.isEnabled()
    assert dialog.reason_label.text() == (
        "Fix the 2 rows with errors in the file and open it again: nothing has been written."
    )
    assert "line 5" in dialog.message_label.text()  # a line the reader could not make sense of
    assert "Line 3: Dilnoza Nazarova" in dialog.row_label.text()  # the first error is selected

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    dialog.apply()
    assert dialog.state_name == "preview"
    assert _people(demo_database) == before
    assert failures == []


def test_only_the_rows_with_errors_can_be_shown(make_dialog, write_file):
    dialog = make_dialog(write_file("people.csv", MALFORMED_CSV))
    assert dialog.only_errors.isVisibleTo(dialog)
    dialog.only_errors.setChecked(True)
    assert [row.number for row in dialog.visible_rows()] == [3, 5]
    dialog.only_errors.setChecked(False)
    assert len(dialog.visible_rows()) == 4


def test_a_good_csv_is_imported(qtbot, make_dialog, write_file, demo_database, failures):
    people_before = _count(demo_database, Person)
    dialog = make_dialog(write_file("people.csv", GOOD_CSV))
    assert dialog.summary_text() == "People: 3 new"
    assert dialog.import_button.isEnabled() and dialog.reason_label.text() == ""
    wang = next(row for row in dialog.visible_rows() if row.number == 3)
    assert "New organisation: Qingdao Port Logistics Park" in wang.details

    with qtbot.waitSignal(dialog.imported, timeout=10_000) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    result = imported.args[0]
    assert result.people_created == 3 and result.organisations_created == 1
    people = _people(demo_database)
    assert people["Wang"] == "王芳" and "Karimov" in people and "Sultanova" in people
    assert _count(demo_database, Person) == people_before + 3
    p, o = Position.__table__.c, Organisation.__table__.c
    with demo_database.session() as session:
        titles = set(session.execute(sa.select(p.title_en)).scalars())
        organisations = set(session.execute(sa.select(o.name_en)).scalars())
    assert {"Second Secretary", "Manager"} <= titles
    assert "Qingdao Port Logistics Park" in organisations
    assert dialog.state_name == "done"
    assert "People: 3 added, 0 updated." in dialog.message_label.text()
    assert dialog.close_button.text() == "Close" and not dialog.import_button.isVisible()
    assert failures == []


def test_a_vcard_3_file_is_imported(qtbot, make_dialog, write_file, demo_database):
    dialog = make_dialog(write_file("contacts.vcf", VCARD_3))
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "Card"
    assert [row.number for row in dialog.visible_rows()] == [1, 2]
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.apply()
    people = _people(demo_database)
    assert "Sultanova" in people and "Zhao" in people


def test_a_file_that_is_not_utf8_says_what_to_do(make_dialog, write_file, demo_database):
    before = _people(demo_database)
    dialog = make_dialog(write_file("gbk.csv", "family_name,name_zh\nWang,王芳\n", "gbk"))
    assert dialog.state_name == "unreadable"
    text = dialog.message_label.text()
    assert "is not UTF-8 text" in text and "CSV UTF-8" in text
    assert not dialog.table.isVisibleTo(dialog) and not dialog.import_button.isEnabled()
    assert "nothing has been written" in dialog.reason_label.text()
    assert _people(demo_database) == before


def test_a_file_without_known_columns_says_what_to_fix(make_dialog, write_file):
    dialog = make_dialog(write_file("table.csv", "Name;Telephone\nA;1\n"))
    assert dialog.state_name == "unreadable"
    text = dialog.message_label.text()
    assert "the first line must name the columns" in text
    assert "Fix the file and read it again" in text


def test_a_vcard_file_without_cards_says_what_to_fix(make_dialog, write_file):
    dialog = make_dialog(write_file("contacts.vcf", "Hello\nWorld\n"))
    assert dialog.state_name == "unreadable"
    assert "BEGIN:VCARD" in dialog.message_label.text()


def test_a_file_over_256_mb_is_refused_before_it_is_read(make_dialog, tmp_path, failures):
    path = tmp_path / "huge.csv"
    with path.open("wb") as file:
        file.truncate(MAX_IMPORT_BYTES + 1)  # sparse: takes no room on the disk
    dialog = make_dialog(path)
    assert dialog.state_name == "unreadable"
    assert "more than the 256 MB an import file may be" in dialog.message_label.text()
    assert failures == []


def test_reading_again_shows_the_fixed_file(qtbot, make_dialog, write_file):
    path = write_file("people.csv", MALFORMED_CSV)
    dialog = make_dialog(path)
    assert dialog.counts.errors == 2
    path.write_text(GOOD_CSV, encoding="utf-8")
    qtbot.mouseClick(dialog.reread_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.state_name == "preview", timeout=10_000)
    assert dialog.counts.errors == 0 and dialog.import_button.isEnabled()


def test_the_preview_model_passes_the_model_tester(qtmodeltester, make_dialog, write_file):
    dialog = make_dialog(write_file("people.csv", MALFORMED_CSV))
    assert dialog.model.rowCount() == 4
    qtmodeltester.check(dialog.model)
    dialog.only_errors.setChecked(True)
    qtmodeltester.check(dialog.proxy)


def test_rows_and_counts_from_a_preview(directory_service, write_file):
    preview = directory_service().preview_import(write_file("people.csv", MALFORMED_CSV))
    rows = preview_rows(preview)
    assert [row.where for row in rows] == ["line 2", "line 3", "line 4", "line 5"]
    assert [row.planned for row in rows] == [True, True, True, False]
    counts = count_rows(rows)
    assert (counts.new, counts.updates, counts.unchanged, counts.errors) == (2, 0, 0, 2)


def test_import_directory_asks_for_the_file_and_reports_the_import(
    qtbot, monkeypatch, runner, service_factory, report_failure, write_file, demo_database
):
    path = write_file("people.csv", GOOD_CSV)
    monkeypatch.setattr(import_module, "ask_import_path", lambda parent: path)
    parent = QWidget()
    qtbot.addWidget(parent)
    results = []
    dialog = import_module.import_directory(
        parent, runner, service_factory, report_failure, results.append
    )
    qtbot.waitUntil(lambda: dialog.state_name == "preview", timeout=10_000)
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.apply()
    assert [r.people_created for r in results] == [3]
    dialog.close()


def test_import_directory_closes_when_no_file_is_chosen(
    qtbot, monkeypatch, runner, service_factory, report_failure
):
    monkeypatch.setattr(import_module, "ask_import_path", lambda parent: None)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = import_module.import_directory(
        parent, runner, service_factory, report_failure, lambda _result: None
    )
    rejected = []
    dialog.rejected.connect(lambda: rejected.append(True))
    qtbot.waitUntil(lambda: bool(rejected))
