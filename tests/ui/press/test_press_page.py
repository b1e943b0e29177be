"""The Press releases page as the press officer uses it: a draft generated for the demo's
2021 meeting, edited and saved twice, revisions compared and restored, approved (read-only,
who and when), published, reopened; exported to Word and read back; copied to the clipboard."""

from __future__ import annotations

import getpass
import subprocess
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from scoda_desktop.domain.enums import Language, PressReleaseStatus
from scoda_desktop.services.press.export import paragraphs
from scoda_desktop.services.press.store import PressReleaseStore
from scoda_desktop.ui.main_window import MainWindow
from scoda_desktop.ui.press import export_menu
from scoda_desktop.ui.press.page import PressPage
from tests.ui.press.conftest import (
    CLOUD_THEME,
    DEMO_TODAY,
    TIMEOUT,
    focus,
    open_page,
    release_rows,
    revision_bodies,
)

HEADLINE = f"{CLOUD_THEME}: Liu Jianjun Holds Video Talks with Ambassadors"
NEW_HEADLINE = "Liu Jianjun Meets the Ambassadors of Indonesia and Tajikistan"


@pytest.fixture(autouse=True)
def no_unexpected_questions(monkeypatch):
    def unexpected(_parent, title, text, *_args):
        pytest.fail(f"unexpected question: {title}: {text}")

    monkeypatch.setattr(QMessageBox, "question", unexpected)


def draft_for(qtbot, window: MainWindow, meeting: int, language: Language) -> PressPage:
    """Select the meeting on the Meetings page, then New Draft… on the Press releases page."""
    assert window.select_meeting(meeting)
    open_page(qtbot, window, "Press releases")
    page = window.press_page
    before = page.model.rowCount()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.new_draft_dialog is not None and page.new_draft_dialog.isVisible(),
        timeout=TIMEOUT,
    )
    dialog = page.new_draft_dialog
    assert dialog is not None
    assert dialog.meeting.currentData() == meeting  # the meeting selected on the Meetings page
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    assert dialog.template.currentData() == "press-release"
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(
        lambda: (
            page.model.rowCount() == before + 1
            and page.editor.release is not None
            and page.editor.release.language == language
            and not page.tasks.busy
        ),
        timeout=TIMEOUT,
    )
    return page


def wait_idle(qtbot, page: PressPage) -> None:
    qtbot.waitUntil(lambda: not page.tasks.busy, timeout=TIMEOUT)


def save(qtbot, page: PressPage, revisions: int) -> None:
    """Ctrl+S in the editor, then wait for the revision to be listed."""
    focus(qtbot, page.editor.text)
    qtbot.keyClick(page.editor.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: (
            page.editor.release is not None
            and page.editor.release.revisions == revisions
            and page.editor.revisions.rowCount() == revisions
            and not page.editor.is_dirty
        ),
        timeout=TIMEOUT,
    )
    wait_idle(qtbot, page)


def test_draft_edit_compare_restore_approve_publish_reopen(qtbot, demo_window, demo, cloud):
    page = draft_for(qtbot, demo_window, cloud, Language.ENGLISH)
    editor = page.editor
    generated = editor.text.toPlainText()
    assert paragraphs(generated)[0] == HEADLINE
    assert editor.title.text() == HEADLINE
    assert page.model.index(0, page.model.STATUS).data() == "Draft"
    [row] = release_rows(demo)
    assert row["author"] == getpass.getuser() and row["status"] == "draft"
    assert demo_window.status_message().startswith("Drafted the English press release")

    # First save: a paragraph added at the end.
    editor.text.moveCursor(QTextCursor.MoveOperation.End)
    editor.text.insertPlainText("\n\nThe two sides agreed to meet again in the autumn.\n")
    assert editor.is_dirty
    save(qtbot, page, revisions=2)
    # Second save: the headline rewritten.
    cursor = editor.text.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(NEW_HEADLINE)
    save(qtbot, page, revisions=3)
    revisions = revision_bodies(demo, row["id"])
    assert [number for number, _ in revisions] == [1, 2, 3]  # the generated text, two saves
    assert revisions[0][1] == generated
    assert revisions[2][1].startswith(NEW_HEADLINE)
    assert "meet again in the autumn" in revisions[1][1]
    assert demo_window.status_message() == "Saved revision 3."

    # Saving again with nothing changed makes no revision.
    focus(qtbot, editor.text)
    qtbot.keyClick(editor.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: demo_window.status_message() == "No changes to save.")
    assert len(revision_bodies(demo, row["id"])) == 3

    # Compare revisions 2 and 3: the headline changed.
    editor.select_revisions(2, 3)
    qtbot.mouseClick(editor.compare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.diff_dialog is not None and editor.diff_dialog.isVisible())
    dialog = editor.diff_dialog
    assert dialog is not None
    assert f"-{HEADLINE}" in dialog.unified.toPlainText()
    assert f"+{NEW_HEADLINE}" in dialog.unified.toPlainText()
    shown = dialog.side_by_side.toPlainText()
    assert HEADLINE in shown and NEW_HEADLINE in shown
    assert dialog.summary.text() == "Revision 2 → revision 3"
    dialog.close()

    # Restore the generated text: it becomes revision 4.
    editor.select_revisions(1)
    qtbot.mouseClick(editor.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.release is not None and editor.release.revisions == 4)
    wait_idle(qtbot, page)
    assert editor.text.toPlainText() == generated
    assert revision_bodies(demo, row["id"])[-1] == (4, generated)
    assert release_rows(demo)[0]["body"] == generated

    # Approve: read-only, who and when recorded and shown.
    qtbot.mouseClick(editor.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: editor.release is not None and editor.release.status == PressReleaseStatus.APPROVED
    )
    wait_idle(qtbot, page)
    [approved] = release_rows(demo)
    assert approved["approved_by"] == getpass.getuser()
    assert approved["approved_at"] is not None
    assert editor.text.isReadOnly()
    assert not editor.save_action.isEnabled() and not editor.restore_button.isEnabled()
    assert editor.state.isVisibleTo(editor)
    assert editor.state.text().startswith(f"Approved by {getpass.getuser()} on ")
    qtbot.keyClicks(editor.text, "typed")
    assert editor.text.toPlainText() == generated
    assert page.model.index(0, page.model.STATUS).data() == "Approved"

    # Publish, then reopen to correct it.
    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: release_rows(demo)[0]["status"] == "published")
    wait_idle(qtbot, page)
    assert release_rows(demo)[0]["published_at"] is not None
    assert "published on" in editor.state.text()
    qtbot.mouseClick(editor.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: release_rows(demo)[0]["status"] == "draft")
    wait_idle(qtbot, page)
    assert release_rows(demo)[0]["approved_by"] is None
    assert not editor.text.isReadOnly() and not editor.state.isVisibleTo(editor)


def test_approve_saves_the_typed_text_first(qtbot, demo_window, demo, cloud):
    page = draft_for(qtbot, demo_window, cloud, Language.ENGLISH)
    page.editor.text.moveCursor(QTextCursor.MoveOperation.End)
    page.editor.text.insertPlainText("Approved as typed.")
    qtbot.mouseClick(page.editor.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: release_rows(demo)[0]["status"] == "approved")
    wait_idle(qtbot, page)
    [row] = release_rows(demo)
    assert row["body"].endswith("Approved as typed.")
    assert len(revision_bodies(demo, row["id"])) == 2
    assert not page.editor.is_dirty


def test_export_docx_and_copy_to_the_clipboard(qtbot, demo_window, cloud, tmp_path, monkeypatch):
    page = draft_for(qtbot, demo_window, cloud, Language.ENGLISH)
    text = page.editor.text.toPlainText()
    target = tmp_path / "release.docx"
    asked: list[tuple[str, Path]] = []

    def ask(_parent, title, suggested, _filter):
        asked.append((title, suggested))
        return target

    monkeypatch.setattr(export_menu, "ask_save_path", ask)
    page.editor.exporter.actions["docx"].trigger()
    qtbot.waitUntil(lambda: target.exists() and not page.tasks.busy, timeout=TIMEOUT)
    assert asked[0][1].name == "2021-04-02 press-release en.docx"
    document = docx.Document(str(target))
    assert [p.text for p in document.paragraphs] == paragraphs(text)
    assert document.paragraphs[0].style.name == "Heading 1"
    assert demo_window.status_message() == "Exported release.docx."

    page.editor.exporter.copy_action.trigger()
    clipboard = QGuiApplication.clipboard()
    qtbot.waitUntil(lambda: clipboard.text() == text, timeout=TIMEOUT)
    assert f"<h1>{HEADLINE}</h1>" in clipboard.mimeData().html()


def test_the_bilingual_docx_pairs_the_chinese_and_english_drafts(
    qtbot, demo_window, cloud, tmp_path, monkeypatch
):
    page = draft_for(qtbot, demo_window, cloud, Language.ENGLISH)
    page.editor.exporter.update_actions()
    assert not page.editor.exporter.actions["bilingual"].isEnabled()  # no Chinese draft yet
    draft_for(qtbot, demo_window, cloud, Language.CHINESE)
    chinese = page.editor.text.toPlainText()
    assert "4月2日" in chinese
    page.select_release(next(r.id for r in page.model.rows() if r.language == Language.ENGLISH))
    english = page.editor.text.toPlainText()
    target = tmp_path / "bilingual.docx"
    monkeypatch.setattr(export_menu, "ask_save_path", lambda *_args: target)
    page.editor.exporter.update_actions()
    page.editor.exporter.actions["bilingual"].trigger()
    qtbot.waitUntil(lambda: target.exists() and not page.tasks.busy, timeout=TIMEOUT)
    [table] = docx.Document(str(target)).tables
    assert [row.cells[0].text for row in table.rows][: len(paragraphs(chinese))] == paragraphs(
        chinese
    )
    assert [row.cells[1].text for row in table.rows][: len(paragraphs(english))] == paragraphs(
        english
    )


def test_a_stale_save_is_refused_and_reported(qtbot, demo_window, demo, cloud, monkeypatch):
    page = draft_for(qtbot, demo_window, cloud, Language.ENGLISH)
    release = page.editor.release
    assert release is not None
    other = PressReleaseStore(demo, actor="colleague", today=lambda: DEMO_TODAY)
    other.save_text(release.id, "Their text.", version=release.version)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: warnings.append(text))
    page.editor.text.insertPlainText("Mine. ")
    focus(qtbot, page.editor.text)
    qtbot.keyClick(page.editor.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(warnings), timeout=TIMEOUT)
    assert "changed by colleague" in warnings[0]
    assert release_rows(demo)[0]["body"] == "Their text."
    assert page.editor.is_dirty  # the typed text is still there to copy
    # Closing the window asks about it: discard it.
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)


def test_choosing_another_release_asks_about_unsaved_text(
    qtbot, demo_window, demo, cloud, monkeypatch
):
    page = draft_for(qtbot, demo_window, cloud, Language.ENGLISH)
    draft_for(qtbot, demo_window, cloud, Language.CHINESE)
    chinese = page.editor.release
    assert chinese is not None
    page.editor.text.insertPlainText("未保存")
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Cancel)
    english_id = next(r.id for r in page.model.rows() if r.language == Language.ENGLISH)
    page.select_release(english_id)
    assert page.editor.release is chinese and page.selected_release().id == chinese.id
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Save)
    page.select_release(english_id)
    assert page.editor.release is not None and page.editor.release.id == english_id
    qtbot.waitUntil(lambda: len(revision_bodies(demo, chinese.id)) == 2, timeout=TIMEOUT)
    assert revision_bodies(demo, chinese.id)[-1][1].startswith("未保存")


@pytest.mark.parametrize("language", [Language.CHINESE, Language.ENGLISH], ids=["zh", "en"])
def test_the_pdf_copies_out_as_the_draft(
    qtbot, demo_window, cloud, tmp_path, monkeypatch, language
):
    page = draft_for(qtbot, demo_window, cloud, language)
    if not export_menu.pdf_available():  # no printing package: no PDF entry at all
        assert "pdf" not in page.editor.exporter.actions
        return
    text = page.editor.text.toPlainText()
    target = tmp_path / "release.pdf"
    monkeypatch.setattr(export_menu, "ask_save_path", lambda *_args: target)
    page.editor.exporter.actions["pdf"].trigger()
    qtbot.waitUntil(lambda: target.exists() and not page.tasks.busy, timeout=TIMEOUT)
    copied = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True).stdout
    assert "WenQuanYi" in fonts and "Noto" not in fonts

    def squeezed(value: str) -> str:  # lines wrap differently in the PDF
        return "".join(value.split())

    for paragraph in paragraphs(text):
        assert squeezed(paragraph) in squeezed(copied)
    if language == Language.CHINESE:
        assert "胶州" in copied and "4月2日" in copied


def test_closing_the_window_asks_about_unsaved_text(qtbot, demo_window, cloud, monkeypatch):
    page = draft_for(qtbot, demo_window, cloud, Language.ENGLISH)
    page.editor.text.insertPlainText("Not saved. ")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def answer(_parent, title, *_args):
        asked.append(title)
        return answers[len(asked) - 1]

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not demo_window.close()
    assert demo_window.isVisible()
    assert demo_window.close()
    assert asked == ["Save the press release?"] * 2
