"""File > Print Documents… (Ctrl+P) for the selected meeting, and File > Export Database…
(Ctrl+E) as an interchange JSON file. Kept out of the main window, which only places them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QWidget

if TYPE_CHECKING:
    from scoda_desktop.services.meetings import MeetingRow
    from scoda_desktop.ui.meeting_source import MeetingSource
    from scoda_desktop.ui.workers import TaskRunner


class OutputActions(QObject):
    message = Signal(str)  # for the status bar

    def __init__(
        self,
        window: QWidget,
        source: MeetingSource,
        runner: TaskRunner,
        selected: Callable[[], MeetingRow | None],
        report_failure: Callable[[str, BaseException, str], None],
    ) -> None:
        super().__init__(window)
        self._window, self._source, self._runner = window, source, runner
        self._selected, self._report_failure = selected, report_failure
        self.print_action = QAction("&Print Documents…", window)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.setStatusTip(
            "Briefing sheet, day run-sheet or name cards for the selected meeting (Ctrl+P)"
        )
        self.print_action.triggered.connect(self.print_documents)
        self.export_action = QAction("&Export Database…", window)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setStatusTip(
            "Write every record as an interchange JSON file, for a backup or another office"
        )
        self.export_action.triggered.connect(self.export_database)

    def update(self, ready: bool) -> None:
        self.print_action.setEnabled(ready and self._selected() is not None)
        self.export_action.setEnabled(ready)

    def print_documents(self) -> None:
        from scoda_desktop.ui.documents_dialog import DocumentsDialog

        meeting = self._selected()
        if meeting is not None:
            DocumentsDialog.open_for_meeting(self._window, self._source, meeting.id)

    def export_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self._window, "Export Database", "scoda-export.json", "Interchange JSON (*.json)"
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        """Write the export off the GUI thread; the status bar says what was written."""
        from scoda_desktop.services.interchange import export_to_file

        self.message.emit(f"Exporting to {path}…")
        self._runner.submit(
            lambda: self._source.run(lambda database: export_to_file(database, path)),
            lambda summary: self.message.emit(summary.describe()),
            lambda exc, details: self._report_failure("Cannot export", exc, details),
            name="export database",
        )
