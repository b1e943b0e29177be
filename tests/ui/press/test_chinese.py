"""The press pages in Chinese: the list, the editor, the new-draft dialog, the comparison, the
Export menu and the Templates page read in Chinese, with dates as Chinese writes them; the
tables' labels follow the language."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox

from scoda_desktop.domain.enums import Language, PressReleaseStatus
from scoda_desktop.services.press.store import PressReleaseRow
from scoda_desktop.ui.main_window import MainWindow
from scoda_desktop.ui.press.models import (
    PressReleaseTableModel,
    RevisionTableModel,
    TemplateTableModel,
    approval_text,
)
from tests.ui.press.conftest import CLOUD_THEME, TIMEOUT

APPROVED = datetime(2026, 11, 28, 2, 30, tzinfo=UTC)  # 10:30 in Qingdao


@pytest.fixture(autouse=True)
def no_unexpected_questions(monkeypatch):
    def unexpected(_parent, title, text, *_args):
        pytest.fail(f"unexpected question: {title}: {text}")

    monkeypatch.setattr(QMessageBox, "question", unexpected)


@pytest.fixture
def chinese_window(qtbot, interface, make_window, sqlite_target, demo) -> MainWindow:
    """The main window built in Chinese on the demo database, its press pages loaded."""
    assert interface("zh") == "zh"
    window = make_window(sqlite_target)
    with qtbot.waitSignal(window.meetings_loaded, timeout=TIMEOUT):
        window.start_loading()
    qtbot.waitUntil(
        lambda: window.press_page.loaded_once and window.templates_page.loaded_once,
        timeout=TIMEOUT,
    )
    return window


def release(**changes) -> PressReleaseRow:
    values = {
        "id": 1,
        "meeting_id": 7,
        "meeting_theme": "Cloud Meeting",
        "meeting_starts_at": datetime(2021, 4, 2, 7, 0, tzinfo=UTC),
        "language": Language.CHINESE,
        "template": "news-brief",
        "status": PressReleaseStatus.APPROVED,
        "body": "标题\n\n正文",
        "author": "alice",
        "approved_by": "bob",
        "approved_at": APPROVED,
        "published_at": None,
        "version": 3,
        "created_at": APPROVED,
        "updated_at": APPROVED,
        "revisions": 2,
    }
    values.update(changes)
    return PressReleaseRow(**values)


def headers(model) -> list[str]:
    return [model.headerData(n, Qt.Orientation.Horizontal) for n in range(model.columnCount())]


def test_the_tables_read_in_chinese_and_in_english_again(interface):
    model = PressReleaseTableModel()
    model.set_rows([release()])

    def cell(column: int, role=Qt.ItemDataRole.DisplayRole):
        return model.index(0, column).data(role)

    interface("zh")
    assert headers(model) == ["会见", "语言", "状态", "更新时间"]
    assert headers(RevisionTableModel()) == ["稿次", "保存时间", "保存人"]
    assert headers(TemplateTableModel()) == ["模板", "语言", "来源"]
    assert cell(model.MEETING) == "2021年4月2日  Cloud Meeting"
    assert cell(model.LANGUAGE) == "中文"
    assert cell(model.STATUS) == "已审定"
    assert cell(model.UPDATED) == "2026年11月28日 10:30"
    assert (
        cell(model.STATUS, Qt.ItemDataRole.ToolTipRole) == "已由 bob 于 2026年11月28日 10:30 审定"
    )
    assert cell(model.UPDATED, Qt.ItemDataRole.ToolTipRole) == "第 2 稿；起草人：alice"
    published = release(status=PressReleaseStatus.PUBLISHED, published_at=APPROVED)
    assert approval_text(published) == (
        "已由 bob 于 2026年11月28日 10:30 审定；已于 2026年11月28日 10:30 发布"
    )

    interface("en")
    assert headers(model) == ["Meeting", "Language", "Status", "Updated"]
    assert cell(model.STATUS) == "Approved"
    assert cell(model.UPDATED, Qt.ItemDataRole.ToolTipRole) == "Revision 2; drafted by alice"


def test_the_press_pages_read_in_chinese(qtbot, chinese_window, cloud):
    window = chinese_window
    page = window.press_page
    editor = page.editor
    assert page.new_button.text() == "新建草稿(&N)…"
    assert page.delete_button.text() == "删除草稿(&D)…"
    assert page.count_label.text() == "共 0 篇新闻稿"
    assert editor.title.text() == "请选择一篇新闻稿，或为一次会见起草新稿。"
    assert [b.text() for b in (editor.save_button, editor.approve_button)] == [
        "保存(&S)",
        "审定(&A)",
    ]
    assert editor.reopen_button.text() == "退回草稿(&O)"
    assert editor.export_button.text() == "导出"
    assert "历次修改稿" in {label.text() for label in editor.findChildren(QLabel)}
    menu = [action.text() for action in editor.exporter.menu.actions() if action.text()]
    assert menu[0] == "Word 文档（DOCX）(&W)…" and menu[-1] == "复制到剪贴板(&C)"

    # The new-draft dialog, for the meeting selected on the Meetings page.
    assert window.select_meeting(cloud)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.new_draft_dialog is not None and page.new_draft_dialog.isVisible(),
        timeout=TIMEOUT,
    )
    dialog = page.new_draft_dialog
    assert dialog.windowTitle() == "起草新闻稿"
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"会见(&M)：", "语言(&L)：", "模板(&T)："} <= labels
    assert dialog.meeting.currentText() == f"2021年4月2日 15:00  {CLOUD_THEME}"
    assert [dialog.language.itemText(n) for n in range(dialog.language.count())] == [
        "英文",
        "中文",
    ]
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "起草"
    dialog.language.setCurrentIndex(dialog.language.findData(Language.ENGLISH))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.model.rowCount() == 1 and editor.release is not None and not page.tasks.busy,
        timeout=TIMEOUT,
    )
    assert window.status_message() == f"已为“{CLOUD_THEME}”起草英文新闻稿。"
    assert page.count_label.text() == "共 1 篇新闻稿"
    assert page.model.index(0, page.model.STATUS).data() == "草稿"
    assert page.model.index(0, page.model.MEETING).data() == f"2021年4月2日  {CLOUD_THEME}"
    assert editor.info.text().startswith(f"2021年4月2日 · {CLOUD_THEME} · 英文 · ")
    assert "草稿 · 第 1 稿 · 起草人：" in editor.info.text()
    # The document stays in the language it was drafted in: only the interface is Chinese.
    assert editor.text.toPlainText().startswith(CLOUD_THEME)

    # A second revision, compared with the first.
    editor.text.insertPlainText("新增一段。\n")
    editor.save()
    qtbot.waitUntil(
        lambda: editor.revisions.rowCount() == 2 and not page.tasks.busy, timeout=TIMEOUT
    )
    assert window.status_message() == "已保存为第 2 稿。"
    editor.select_revisions(1, 2)
    qtbot.mouseClick(editor.compare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.diff_dialog is not None and editor.diff_dialog.isVisible())
    diff = editor.diff_dialog
    assert diff.windowTitle() == f"第 1 稿与第 2 稿对比：{CLOUD_THEME}"
    assert diff.summary.text() == "第 1 稿 → 第 2 稿"
    assert [diff.tabs.tabText(n) for n in range(diff.tabs.count())] == ["并排对照", "统一差异格式"]
    assert diff.unified.toPlainText().startswith("--- 第 1 稿\n+++ 第 2 稿\n")
    assert "+新增一段。" in diff.unified.toPlainText()
    diff.close()

    # Templates: the built-in note, the source column, a template's problem on its line.
    templates = window.templates_page
    assert templates.copy_button.text() == "复制到我的模板(&C)"
    assert templates.model.index(0, templates.model.SOURCE).data() == "内置"
    qtbot.waitUntil(lambda: bool(templates.note.text()), timeout=TIMEOUT)
    assert templates.note.text() == "内置模板，只读：复制到“我的模板”后方可修改。"
