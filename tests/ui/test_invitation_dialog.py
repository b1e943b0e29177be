"""Meeting > Invitation…: the text read over in English and Chinese, the .ics and the e-mail
draft saved where the person chooses, and the draft handed to the mail program."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from scoda_desktop.ui.invitation_dialog import DRAFTS_FOLDER, InvitationDialog
from scoda_desktop.ui.main_window import MainWindow
from tests.ui.conftest import CLOUD_THEME


def open_invitation(qtbot, window: MainWindow, meeting_id: int) -> InvitationDialog:
    assert window.select_meeting(meeting_id)
    assert window.invitation_action.isEnabled()
    window.invitation_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(InvitationDialog) is not None)
    dialog = window.findChild(InvitationDialog)
    assert isinstance(dialog, InvitationDialog)
    qtbot.waitUntil(lambda: dialog.draft() is not None, timeout=10_000)
    return dialog


@pytest.fixture
def dialog(qtbot, loaded_window, meetings) -> InvitationDialog:
    return open_invitation(qtbot, loaded_window, meetings[CLOUD_THEME])


def save_as(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(path), ""))


def test_the_text_in_both_languages(qtbot, dialog):
    text = dialog.preview.toPlainText()
    assert f"Subject: Invitation: {CLOUD_THEME} (Fri, April 2, 2021, 15:00 Beijing time)" in text
    assert "Beijing time (UTC+08:00): Fri, April 2, 2021, 15:00–16:00 (for Liu Jianjun)" in text
    assert "Jakarta (UTC+07:00): Fri, April 2, 2021, 14:00–15:00 (for Djauhari Oratmangun)" in text
    # Nobody in these tests has an e-mail address: the dialog says so.
    assert dialog.missing.isVisibleTo(dialog)
    assert dialog.missing.text().startswith("No e-mail address for Liu Jianjun, ")

    dialog.language.setCurrentIndex(dialog.language.findData("zh"))
    text = dialog.preview.toPlainText()
    assert "各位好：" in text
    assert "北京时间（UTC+08:00）：2021年4月2日周五 15:00–16:00" in text
    assert "雅加达（UTC+07:00）" in text


def test_save_the_ics_and_the_email_draft(qtbot, monkeypatch, dialog, tmp_path):
    save_as(monkeypatch, tmp_path / "cloud")  # no extension: the right one is added
    qtbot.mouseClick(dialog.save_eml, Qt.MouseButton.LeftButton)
    eml = tmp_path / "cloud.eml"
    qtbot.waitUntil(eml.exists)
    qtbot.waitUntil(lambda: dialog.status.text() == f"Saved {eml}")
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert message["To"] is None  # nobody has an address
    assert message["Subject"].startswith(f"Invitation: {CLOUD_THEME}")

    save_as(monkeypatch, tmp_path / "cloud.ics")
    dialog.save_ics.click()
    ics = tmp_path / "cloud.ics"
    qtbot.waitUntil(ics.exists)
    (event,) = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert str(event["SUMMARY"]) == CLOUD_THEME


def test_a_cancelled_choice_writes_nothing(qtbot, monkeypatch, dialog, tmp_path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: ("", ""))
    dialog.save_eml.click()
    dialog.save_ics.click()
    assert dialog.status.text() == ""
    assert list(tmp_path.glob("*.eml")) == []


def test_open_in_the_mail_program(qtbot, monkeypatch, dialog, data_dir):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog.open_mail.click()
    qtbot.waitUntil(lambda: bool(opened))
    path = Path(opened[0].toLocalFile())
    assert path.parent == data_dir / DRAFTS_FOLDER
    assert path.suffix == ".eml"
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert dialog.status.text().startswith("Opened in the mail program")


def test_no_mail_program_says_where_the_draft_is(qtbot, monkeypatch, dialog):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    dialog.open_mail.click()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("No mail program opened the draft"))
