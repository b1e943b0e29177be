"""Run as a script by ``test_gui_thread.py``: use the Follow-ups page on a database the way a
person does after the window has opened it (on the task runner), and print as JSON which of
the data layer's modules the GUI thread imported itself, with what the page showed.

A finder at the head of ``sys.meta_path`` sees each module the first time it is imported, on
the thread that imports it (the import runs there and holds that thread for as long)."""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Callable
from datetime import datetime
from importlib.abc import MetaPathFinder
from importlib.machinery import ModuleSpec
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

# SQLAlchemy, SQLModel with pydantic, the table classes, and what imports them.
DATA_LAYER = (
    "sqlalchemy",
    "sqlmodel",
    "pydantic",
    "scoda_desktop.domain.models",
    "scoda_desktop.services.followups",
    "scoda_desktop.ui.followups.loading",
)
NOW = datetime(2026, 11, 28, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
TIMEOUT_MS = 30_000


class GuiThreadImports(MetaPathFinder):
    """Notes the data layer's modules first imported on the main (GUI) thread; finds nothing
    itself, so the usual finders import them."""

    def __init__(self) -> None:
        self.modules: list[str] = []

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> ModuleSpec | None:
        if threading.current_thread() is threading.main_thread() and any(
            name == top or name.startswith(f"{top}.") for top in DATA_LAYER
        ):
            self.modules.append(name)
        return None


def main(database_file: Path, export_file: Path) -> dict[str, Any]:
    imports = GuiThreadImports()
    sys.meta_path.insert(0, imports)

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from scoda_desktop.data.target import resolve_target
    from scoda_desktop.ui.followups import FollowUpsPage
    from scoda_desktop.ui.followups.note_dialog import NoteDialog
    from scoda_desktop.ui.meeting_source import MeetingSource
    from scoda_desktop.ui.workers import TaskRunner

    _app = QApplication([])
    failures: list[str] = []

    def wait_for(signal: Any, action: Callable[[], object]) -> list[Any]:
        """Do ``action``, then run the event loop until ``signal`` is sent; its arguments."""
        loop, received = QEventLoop(), []

        def got(*args: Any) -> None:
            received.extend(args)
            loop.quit()

        signal.connect(got)
        QTimer.singleShot(TIMEOUT_MS, loop.quit)
        action()
        if not received:  # else it was sent at once, before the loop ran
            loop.exec()
        signal.disconnect(got)
        if not received and not failures:
            failures.append(f"timed out waiting for {signal}")
        return received

    runner = TaskRunner()
    source = MeetingSource(resolve_target(str(database_file)))
    opening = QEventLoop()  # the window opens the database on the task runner
    runner.submit(
        source.load,
        lambda _rows: opening.quit(),
        lambda exc, _details: (failures.append(f"cannot open: {exc}"), opening.quit()),
    )
    opening.exec()

    page = FollowUpsPage(
        runner,
        source,
        lambda title, exc, _details: failures.append(f"{title}: {exc}"),
        open_meeting=lambda _id: None,
        clock=lambda: NOW,
        show_due_summary=True,
    )
    page.resize(1200, 600)
    page.show()

    def refresh_and_filter_at_once() -> None:
        page.refresh()
        page.status_combo.setCurrentIndex(1)  # "Open", chosen before the list has come back

    wait_for(page.loaded, refresh_and_filter_at_once)
    open_shown = page.proxy.rowCount()
    wait_for(page.filtered, lambda: page.overdue_check.setChecked(True))
    overdue_shown = page.proxy.rowCount()
    page.search_edit.setText("embassy")
    page.search_edit.clear()

    page.table.selectRow(0)
    owner_id = page.selected_row().owner_id
    dialog = wait_for(page.history.shown, lambda: page.history.open("person", owner_id))[0]
    dialog.close()

    NoteDialog.ask = classmethod(lambda *_args: "Sent by e-mail")  # type: ignore[method-assign]
    wait_for(page.loaded, page.done_button.click)  # written, then read again
    wait_for(page.message, lambda: page.export_to(export_file))
    runner.wait_for_done()
    source.close()
    return {
        "gui_thread_imports": imports.modules,
        "failures": [str(failure) for failure in failures],
        "open_shown": open_shown,
        "overdue_shown": overdue_shown,
        "banner": page.banner.isVisibleTo(page),
        "exported": export_file.exists(),
    }


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), Path(sys.argv[2]))), flush=True)
