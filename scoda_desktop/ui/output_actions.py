"""File menu commands that write files: Print Documents… (Ctrl+P) for the selected meeting,
Export Database… (Ctrl+E) as interchange JSON, Back Up Database… and Restore From Backup…
(SQLite, with SQLite's backup API). Kept out of the main window, which only places them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

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
        reload: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window, self._source, self._runner = window, source, runner
        self._selected, self._report_failure, self._reload = selected, report_failure, reload
        self.print_action = QAction(self.tr("&Print Documents…"), window)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.setStatusTip(
            self.tr("Briefing sheet, day run-sheet or name cards for the selected meeting (Ctrl+P)")
        )
        self.print_action.triggered.connect(self.print_documents)
        self.export_action = QAction(self.tr("&Export Database…"), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setStatusTip(
            self.tr(
                "Write every record as an interchange JSON file, for a backup or another office"
            )
        )
        self.export_action.triggered.connect(self.export_database)
        self.backup_action = QAction(self.tr("&Back Up Database…"), window)
        self.backup_action.setStatusTip(self.tr("Copy the database to a file of your choice, now"))
        self.backup_action.triggered.connect(self.back_up_database)
        self.restore_action = QAction(self.tr("&Restore From Backup…"), window)
        self.restore_action.setStatusTip(
            self.tr("Replace the database with a backup; the current one is saved first")
        )
        self.restore_action.triggered.connect(self.restore_database)

    def update(self, ready: bool) -> None:
        self.print_action.setEnabled(ready and self._selected() is not None)
        self.export_action.setEnabled(ready)
        on_file = ready and self._source.target.is_sqlite  # a server is backed up with pg_dump
        self.backup_action.setEnabled(on_file)
        self.restore_action.setEnabled(on_file)

    def print_documents(self) -> None:
        from scoda_desktop.ui.documents_dialog import DocumentsDialog

        meeting = self._selected()
        if meeting is not None:
            DocumentsDialog.open_for_meeting(self._window, self._source, meeting.id)

    def export_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export Database"),
            "scoda-export.json",
            self.tr("Interchange JSON (*.json)"),
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        """Write the export off the GUI thread; the status bar says what was written."""
        from scoda_desktop.services.interchange import export_to_file

        self.message.emit(self.tr("Exporting to {path}…").format(path=path))
        self._runner.submit(
            lambda: self._source.run(lambda database: export_to_file(database, path)),
            lambda summary: self.message.emit(summary.describe()),
            lambda exc, details: self._report_failure(self.tr("Cannot export"), exc, details),
            name="export database",
        )

    def back_up_database(self) -> None:
        from datetime import date

        name, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Back Up Database"),
            f"scoda-backup-{date.today():%Y%m%d}.sqlite3",
            self.tr("SCODA Desktop database (*.sqlite3)"),
        )
        if name:
            self.back_up_to(Path(name))

    def back_up_to(self, path: Path) -> None:
        from scoda_desktop.data.backup import backup_now

        target = self._source.target
        self._runner.submit(
            lambda: backup_now(target, destination=path),
            lambda written: self.message.emit(self.tr("Backed up to {path}").format(path=written)),
            lambda exc, details: self._report_failure(self.tr("Cannot back up"), exc, details),
            name="back up",
        )

    def restore_database(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Restore From Backup"),
            "",
            self.tr("SCODA Desktop database (*.sqlite3);;All files (*)"),
        )
        if not name:
            return
        answer = QMessageBox.question(
            self._window,
            self.tr("Restore From Backup"),
            self.tr(
                "Replace the database with the backup {path}?\n\nThe current database is "
                "backed up first, so this can be undone by restoring that copy."
            ).format(path=name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_from(Path(name))

    def restore_from(self, path: Path) -> None:
        """Check and restore the backup off the GUI thread, then read the meetings again."""
        from scoda_desktop.data.restore import restore

        target = self._source.target

        def done(saved: Path | None) -> None:
            if saved:
                text = self.tr("Restored from {path}; the previous database was saved to {saved}")
            else:
                text = self.tr("Restored from {path}")
            self.message.emit(text.format(path=path, saved=saved))
            self._reload()

        self._runner.submit(
            lambda: restore(target, path),
            done,
            lambda exc, details: self._report_failure(self.tr("Cannot restore"), exc, details),
            name="restore",
        )
