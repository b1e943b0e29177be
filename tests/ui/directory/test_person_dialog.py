"""The person dialog on the demo database: creating a person, the inline problems, the duplicate
warning, the photo, a stale save, and closing with unsaved changes."""

from __future__ import annotations

from dataclasses import replace

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QPushButton

from scoda_desktop.domain.models import Person
from scoda_desktop.ui.directory.person_dialog import PersonDialog
from scoda_desktop.ui.directory.stale_question import StaleChoice, StaleQuestion


@pytest.fixture(autouse=True)
def discard_questions(monkeypatch) -> list[str]:
    """The "discard changes?" questions asked, each answered Discard (a modal box would wait
    for a click, and qtbot closes the dialogs left open at the end of a test)."""
    asked: list[str] = []

    def answer(_cls, _parent, question: str) -> bool:
        asked.append(question)
        return True

    monkeypatch.setattr(PersonDialog, "ask_discard", classmethod(answer))
    return asked


def _dialog(qtbot, runner, service, report_failure, record=None, **kwargs) -> PersonDialog:
    dialog = PersonDialog(runner, service, report_failure, record, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    # The countries arrive from the task runner: until then the combo holds no choices.
    qtbot.waitUntil(lambda: dialog.form.country.count() > 200, timeout=10_000)
    return dialog


def _people(database, family_name: str) -> list[dict]:
    table = Person.__table__
    with database.session() as session:
        rows = session.execute(sa.select(table).where(table.c.family_name == family_name))
        return [dict(row._mapping) for row in rows]


def test_create_a_person_through_the_dialog(
    qtbot, runner, directory_service, report_failure, failures, demo_database
):
    dialog = _dialog(qtbot, runner, directory_service(), report_failure)
    form = dialog.form
    form.family_name.setText("Rahmonzoda")
    form.given_name.setText("Farrukh")
    form.name_zh.setText("法鲁赫")
    form.honorific.setText("Mr")
    form.alternative_spellings.setPlainText("Farukh Rakhmonzoda\nFarrukh Rahmonov")
    form.country.setEditText("Tajikistan 塔吉克斯坦 (TJ)")
    form.email.setText("f.rahmonzoda@example.com")
    form.bio.setPlainText("Counsellor since 2024.")
    assert dialog.save_button.isEnabled(), dialog.save_status.text()
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[0].created
    [row] = _people(demo_database, "Rahmonzoda")
    assert row["given_name"] == "Farrukh"
    assert row["name_zh"] == "法鲁赫"
    assert row["country_code"] == "TJ"
    assert row["alternative_spellings"] == ["Farukh Rakhmonzoda", "Farrukh Rahmonov"]
    assert row["email"] == "f.rahmonzoda@example.com"
    assert row["bio"] == "Counsellor since 2024."
    assert failures == []


def test_a_new_egamzod_is_warned_about_the_existing_igormonzod(
    qtbot, runner, directory_service, report_failure, demo_database, person_id
):
    dialog = _dialog(qtbot, runner, directory_service(), report_failure)
    dialog.form.family_name.setText("Egamzod")
    dialog.form.given_name.setText("Muhammad")
    dialog.form.country.setEditText("Tajikistan 塔吉克斯坦 (TJ)")
    qtbot.waitUntil(dialog.duplicates.isVisible, timeout=10_000)
    [match] = dialog.duplicates.matches
    assert match.person_id == person_id("Igormonzod")
    assert "Muhammed Igormonzod" in dialog.duplicates.text()
    assert "alternative spelling" in dialog.duplicates.text()  # why, not only who
    # A warning, not a refusal: Save stays enabled, and "Save anyway" saves.
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.duplicates.save_anyway_button, Qt.MouseButton.LeftButton)
    assert len(_people(demo_database, "Egamzod")) == 1
    assert len(_people(demo_database, "Igormonzod")) == 1


def test_egamzod_resembles_igormonzod_by_transliteration_too(
    qtbot, runner, directory_service, report_failure, person_id, discard_questions
):
    """Without the recorded spelling, the likeness of the names is reason enough; "Open that
    person" leaves the form (after asking) and names the person to show."""
    service = directory_service()
    igormonzod = service.person(person_id("Igormonzod")).record
    service.save_person(replace(igormonzod, alternative_spellings=[]))
    dialog = _dialog(qtbot, runner, service, report_failure)
    dialog.form.family_name.setText("Egamzod")
    dialog.form.given_name.setText("Muhammad")
    dialog.form.country.setEditText("Tajikistan 塔吉克斯坦 (TJ)")
    qtbot.waitUntil(dialog.duplicates.isVisible, timeout=10_000)
    assert "transliteration" in dialog.duplicates.text()
    open_button = dialog.duplicates.findChild(QPushButton, "openDuplicate0")
    with qtbot.waitSignal(dialog.open_person) as opened:
        qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [person_id("Igormonzod")]
    assert discard_questions, "what was typed is not dropped without asking"
    assert not dialog.isVisible()


def test_no_warning_for_a_name_like_nobody_else(qtbot, runner, directory_service, report_failure):
    dialog = _dialog(qtbot, runner, directory_service(), report_failure)
    with qtbot.waitSignal(dialog.duplicates_checked, timeout=10_000) as checked:
        dialog.form.family_name.setText("Karimova")
        dialog.form.given_name.setText("Dilnoza")
    assert checked.args == [0]
    assert not dialog.duplicates.isVisible()


def _png(path, width: int = 60, height: int = 80):
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    assert image.save(str(path), "PNG")
    return path


def test_a_photo_over_2_mb_is_refused_and_the_old_one_stays(
    qtbot, runner, directory_service, report_failure, tmp_path
):
    dialog = _dialog(qtbot, runner, directory_service(), report_failure)
    photo = dialog.form.photo
    with qtbot.waitSignal(photo.changed, timeout=10_000):
        photo.load_file(_png(tmp_path / "small.png"))
    kept = photo.photo()
    big = tmp_path / "big.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * (2 * 1024 * 1024))
    photo.load_file(big)
    qtbot.waitUntil(lambda: photo.problem.isVisibleTo(dialog), timeout=10_000)
    assert "big.png" in photo.problem.text() and "at most 2 MB" in photo.problem.text()
    assert photo.photo() == kept


def test_a_file_that_is_not_an_image_is_refused(
    qtbot, runner, directory_service, report_failure, tmp_path
):
    dialog = _dialog(qtbot, runner, directory_service(), report_failure)
    fake = tmp_path / "letter.jpg"
    fake.write_text("Dear colleagues,", encoding="utf-8")
    dialog.form.photo.load_file(fake)
    qtbot.waitUntil(lambda: dialog.form.photo.problem.isVisibleTo(dialog), timeout=10_000)
    assert "not a PNG or JPEG image" in dialog.form.photo.problem.text()
    assert dialog.form.photo.photo() == (None, None)


def test_a_photo_is_stored_with_its_type_and_can_be_removed(
    qtbot, runner, directory_service, report_failure, person_id, demo_database, tmp_path
):
    service = directory_service()
    record = service.person(person_id("Oratmangun")).record
    dialog = _dialog(qtbot, runner, service, report_failure, record)
    path = _png(tmp_path / "oratmangun.png")
    with qtbot.waitSignal(dialog.form.photo.changed, timeout=10_000):
        dialog.form.photo.load_file(path)
    assert not dialog.form.photo.preview.pixmap().isNull()
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    [row] = _people(demo_database, "Oratmangun")
    assert row["photo"] == path.read_bytes()
    assert row["photo_mime"] == "image/png"

    dialog = _dialog(qtbot, runner, service, report_failure, service.person(row["id"]).record)
    qtbot.mouseClick(dialog.form.photo.remove_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    [row] = _people(demo_database, "Oratmangun")
    assert row["photo"] is None and row["photo_mime"] is None


def test_problems_show_under_their_fields_and_disable_save(
    qtbot, runner, directory_service, report_failure
):
    dialog = _dialog(qtbot, runner, directory_service(), report_failure)
    form = dialog.form
    assert not dialog.save_button.isEnabled()  # a new person has no name yet
    assert "family name" in dialog.save_status.text()
    form.family_name.setText("Saidov")
    form.email.setText("saidov at example")
    assert not dialog.save_button.isEnabled()
    assert "not an e-mail address" in form.problem_labels["email"].text()
    assert not dialog.form.tabs.tabIcon(1).isNull()  # the Contact tab is marked
    form.email.setText("saidov@example.com")
    form.country.setEditText("Atlantis")
    assert "not in the list of countries" in form.problem_labels["country_code"].text()
    assert not dialog.save_button.isEnabled()
    form.country.setEditText("Uzbekistan 乌兹别克斯坦 (UZ)")
    assert dialog.save_button.isEnabled(), dialog.save_status.text()
    # A single name has no given name: the service's own rule, shown as typed.
    form.given_name.setText("Bekzod")
    form.name_order.setCurrentIndex(form.name_order.findData("single"))
    assert "single name" in form.problem_labels["given_name"].text()
    assert not dialog.save_button.isEnabled()


def test_the_service_check_runs_off_the_gui_thread_and_agrees(
    qtbot, runner, directory_service, report_failure
):
    dialog = _dialog(qtbot, runner, directory_service(), report_failure)
    dialog.form.family_name.setText("Saidov")
    dialog.form.email.setText("nobody")
    qtbot.waitUntil(lambda: dialog.database_check.asked > 0, timeout=10_000)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert [p.field for p in dialog.problems] == ["email"]


def test_a_stale_save_is_explained_and_nothing_typed_is_lost(
    qtbot, runner, directory_service, report_failure, person_id, demo_database, monkeypatch
):
    service = directory_service()
    record = service.person(person_id("Rakhimov")).record
    dialog = _dialog(qtbot, runner, service, report_failure, record)
    service.save_person(replace(record, phone="+998 71 000 00 00"))  # someone else, meanwhile
    dialog.form.mobile.setText("+998 90 123 45 67")
    answers = [StaleChoice.KEEP_EDITING, StaleChoice.OVERWRITE]
    explanations: list[str] = []

    def ask(_cls, _parent, _what, explanation):
        explanations.append(explanation)
        return answers.pop(0)

    monkeypatch.setattr(StaleQuestion, "ask", classmethod(ask))
    dialog.save()
    qtbot.waitUntil(lambda: bool(explanations), timeout=10_000)
    assert "was changed by tester" in explanations[0]
    qtbot.waitUntil(lambda: "Your changes are kept" in dialog.save_status.text())
    assert dialog.isVisible()
    assert dialog.form.mobile.text() == "+998 90 123 45 67"
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()  # now Overwrite
    [row] = _people(demo_database, "Rakhimov")
    assert row["mobile"] == "+998 90 123 45 67"
    assert row["phone"] is None  # the form's version won, as chosen


def test_closing_with_unsaved_changes_asks_first(
    qtbot, runner, directory_service, report_failure, person_id, discard_questions, monkeypatch
):
    service = directory_service()
    dialog = _dialog(
        qtbot, runner, service, report_failure, service.person(person_id("Liu")).record
    )
    dialog.reject()  # nothing changed: no question
    assert discard_questions == [] and not dialog.isVisible()

    dialog = _dialog(
        qtbot, runner, service, report_failure, service.person(person_id("Liu")).record
    )
    dialog.form.bio.setPlainText("Secretary of CPC Jiaozhou Committee since 2019.")
    monkeypatch.setattr(PersonDialog, "ask_discard", classmethod(lambda *_args: False))
    dialog.reject()
    assert dialog.isVisible()  # Cancel: the typing stays
    assert dialog.form.bio.toPlainText().startswith("Secretary")
