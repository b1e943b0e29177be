"""The Templates page: a built-in template copied to the user's folder, edited with a live
preview for the demo's 2021 meeting; a broken template, an undefined name and a reach for
Python internals each show their line and message while the application keeps running; saved;
reset to the built-in."""

from __future__ import annotations

from html import escape

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMessageBox

from scoda_desktop.services.press.templates import template_text
from scoda_desktop.services.templating import user_template_dir
from scoda_desktop.ui.main_window import MainWindow
from scoda_desktop.ui.press.highlighter import COMMENT, EXPRESSION, STATEMENT, TEXT
from scoda_desktop.ui.press.templates_page import BUILTIN_NOTE, TemplatesPage
from tests.ui.press.conftest import CLOUD_THEME, TIMEOUT, focus, open_page

FILE = "press-release.en.txt"
CONTACT = "Press contact: press@scoda.example"


@pytest.fixture(autouse=True)
def no_unexpected_questions(monkeypatch):
    def unexpected(_parent, title, text, *_args):
        pytest.fail(f"unexpected question: {title}: {text}")

    monkeypatch.setattr(QMessageBox, "question", unexpected)


@pytest.fixture
def page(qtbot, demo_window: MainWindow, cloud: int) -> TemplatesPage:
    """The Templates page showing the English press release, previewed for the 2021 meeting."""
    open_page(qtbot, demo_window, "Templates")
    page = demo_window.templates_page
    page.select_template(FILE)
    page.meeting.setCurrentIndex(page.meeting.findData(cloud))
    qtbot.waitUntil(
        lambda: (
            page.editor.toPlainText() == template_text(FILE)
            and page.preview.toPlainText().startswith(CLOUD_THEME)
            and not page.preview_pending
        ),
        timeout=TIMEOUT,
    )
    return page


def show_text(qtbot, page: TemplatesPage, text: str) -> None:
    """Replace the editor's text, then wait for the preview of exactly that text."""
    with qtbot.waitSignal(page.preview_shown, timeout=TIMEOUT):
        page.editor.setPlainText(text)
    qtbot.waitUntil(lambda: not page.preview_pending, timeout=TIMEOUT)


def copy_to_my_templates(qtbot, page: TemplatesPage) -> None:
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not page.editor.isReadOnly() and not page.preview_pending, timeout=TIMEOUT
    )


def test_a_built_in_template_is_read_only_until_copied(qtbot, page):
    assert page.editor.isReadOnly()
    assert page.note.text() == BUILTIN_NOTE
    assert page.copy_button.isEnabled() and not page.reset_button.isEnabled()
    assert page.model.index(page.model.row_of(FILE), page.model.SOURCE).data() == "Built-in"
    assert "Liu Jianjun Holds Video Talks with Ambassadors" in page.preview.toPlainText()

    copy_to_my_templates(qtbot, page)
    copy = user_template_dir() / FILE
    assert copy.read_text(encoding="utf-8") == template_text(FILE, builtin=True)
    assert page.model.index(page.model.row_of(FILE), page.model.SOURCE).data() == "Your copy"
    assert page.note.text() == str(copy)
    assert page.reset_button.isEnabled() and not page.copy_button.isEnabled()


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("{{ meeting.theme }}\n\n{% if guests %}\n", 3, "Unexpected end of template. Jinja"),
        ("{{ meeting.theme }}\n{{ ambassador }}\n", 2, "'ambassador' is undefined"),
        (
            "{{ meeting.theme }}\n{{ ''.__class__.__mro__ }}\n",
            2,
            "refused by the sandbox: access to attribute '__class__' of 'str' object is unsafe.",
        ),
    ],
    ids=["syntax", "undefined", "sandbox"],
)
def test_a_failing_template_shows_its_line_and_message(
    qtbot, page, demo_window, monkeypatch, text, line, message
):
    copy_to_my_templates(qtbot, page)
    good_preview = page.preview.toPlainText()
    show_text(qtbot, page, text)
    assert page.problem_text().startswith(f'<a href="#line">Line {line}</a>: {escape(message)}')
    assert page.problem_line == line
    [marked] = page.editor.extraSelections()
    assert marked.cursor.blockNumber() == line - 1
    assert page.preview.toPlainText() == good_preview  # the last good preview stays, greyed
    assert demo_window.isVisible()

    page.go_to_problem()  # what clicking "Line n" does
    assert page.editor.textCursor().blockNumber() == line - 1

    show_text(qtbot, page, "{{ meeting.theme }} on {{ meeting.day }}\n")
    assert page.problem_text() == ""
    assert page.editor.extraSelections() == []
    assert page.preview.toPlainText() == f"{CLOUD_THEME} on April 2\n"
    # Closing the window then asks about the unsaved template: discard it.
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)


def test_edit_save_and_reset_to_the_built_in(qtbot, page, demo, cloud, monkeypatch):
    copy_to_my_templates(qtbot, page)
    page.editor.moveCursor(QTextCursor.MoveOperation.End)
    with qtbot.waitSignal(page.preview_shown, timeout=TIMEOUT):
        page.editor.insertPlainText(f"\n{CONTACT}\n")
    assert page.preview.toPlainText().endswith(f"attended the meeting.\n\n{CONTACT}\n")
    assert page.save_button.isEnabled()
    focus(qtbot, page.editor)
    qtbot.keyClick(page.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    copy = user_template_dir() / FILE
    qtbot.waitUntil(
        lambda: copy.read_text(encoding="utf-8").endswith(f"{CONTACT}\n"),
        timeout=TIMEOUT,
    )
    qtbot.waitUntil(lambda: not page.editor.document().isModified(), timeout=TIMEOUT)

    # New drafts use the user's copy.
    from scoda_desktop.services.press.store import PressReleaseStore

    assert PressReleaseStore(demo).render(cloud, "en").endswith(f"{CONTACT}\n")

    asked: list[str] = []

    def yes(_parent, title, _text, *_args):
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not copy.exists() and page.editor.isReadOnly(), timeout=TIMEOUT)
    assert asked == ["Reset to the built-in template?"]
    qtbot.waitUntil(lambda: page.editor.toPlainText() == template_text(FILE), timeout=TIMEOUT)
    assert page.model.index(page.model.row_of(FILE), page.model.SOURCE).data() == "Built-in"


def test_the_highlighter_follows_tags_across_lines(qtbot, page):
    page.editor.setPlainText("Text {{ a }}\n{# a comment\nstill #} {% if x\n%}done")
    blocks = [page.editor.document().findBlockByNumber(n) for n in range(4)]
    assert [block.userState() for block in blocks] == [TEXT, COMMENT, STATEMENT, TEXT]
    highlighter = page.highlighter

    def format_at(block_number: int, position: int) -> QTextCharFormat | None:
        spans = blocks[block_number].layout().formats()
        for span in spans:
            if span.start <= position < span.start + span.length:
                return QTextCharFormat(span.format)  # a copy: the range is a temporary
        return None

    assert format_at(0, 0) is None  # plain text
    assert format_at(0, 5) == highlighter.delimiter  # "{{"
    assert format_at(0, 8) == highlighter.formats[EXPRESSION]  # "a"
    assert format_at(2, 0) == highlighter.formats[COMMENT]  # "still", inside the comment
    assert format_at(2, 12) == highlighter.keyword  # "if"
    assert format_at(3, 2) is None  # "done", after the tag closed on this line
