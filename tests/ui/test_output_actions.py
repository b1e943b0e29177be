"""File > Print Documents… (Ctrl+P) and File > Export Database… (Ctrl+E) in the main window."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from sqlmodel import select

from tests.ui.conftest import CLOUD_THEME


def test_ctrl_p_opens_the_documents_dialog_for_the_selected_meeting(
    qtbot, loaded_window, meetings, monkeypatch
):
    from scoda_desktop.ui import documents_dialog

    opened = []
    monkeypatch.setattr(
        documents_dialog.DocumentsDialog,
        "open_for_meeting",
        classmethod(lambda cls, parent, source, meeting_id: opened.append(meeting_id)),
    )
    window = loaded_window
    window.table.clearSelection()
    assert not window.output.print_action.isEnabled()  # nothing selected, nothing to print

    window.select_meeting(meetings[CLOUD_THEME])
    assert window.output.print_action.isEnabled()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert opened == [meetings[CLOUD_THEME]]


def test_export_writes_every_meeting_off_the_gui_thread(qtbot, loaded_window, tmp_path):
    window = loaded_window
    path = tmp_path / "export.json"
    assert window.output.export_action.shortcut().toString() == "Ctrl+E"
    window.output.export_to(path)
    qtbot.waitUntil(lambda: "Exported" in window.statusBar().currentMessage(), timeout=10_000)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert CLOUD_THEME in {m["theme_en"] for m in document["meetings"]}
    assert len(document["meetings"]) == 3


def test_back_up_then_restore_from_the_window(qtbot, loaded_window, sqlite_database, tmp_path):
    import sqlite3

    from scoda_desktop.domain.models import Meeting

    window = loaded_window
    assert window.output.backup_action.isEnabled()
    backup = tmp_path / "copy.sqlite3"
    window.output.back_up_to(backup)
    qtbot.waitUntil(lambda: "Backed up to" in window.statusBar().currentMessage(), timeout=10_000)
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT count(*) FROM meeting").fetchone() == (3,)

    with sqlite_database.transaction() as session:  # a mistake made after the backup
        for meeting in session.exec(select(Meeting)).all():
            session.delete(meeting)
    with qtbot.waitSignal(window.meetings_loaded, timeout=10_000):
        window.start_loading()
    assert window.meetings_page.counts() == (0, 0)

    with qtbot.waitSignal(window.meetings_loaded, timeout=20_000):
        window.output.restore_from(backup)
    assert window.meetings_page.counts() == (3, 3)
    assert "the previous database was saved to" in window.statusBar().currentMessage()
