"""A meeting's history: every audit entry of the meeting, its attendees and its outcomes,
newest first: when (Beijing time), who, what, and each field's old and new value.

``show_meeting_history`` reads the entries on the task runner and opens the dialog (not modal)
when they arrive; the dialog itself only shows what it is given.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scoda_desktop.ui.display import office_time_text, phrase_text
from scoda_desktop.ui.text_table_model import TextTableModel
from scoda_desktop.ui.translations import QT_TRANSLATE_NOOP
from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:  # the services import SQLAlchemy: not before the window shows
    from scoda_desktop.services.meeting_history import FieldChange, HistoryEntry
    from scoda_desktop.services.meeting_service import MeetingService

__all__ = ["HistoryDialog", "show_meeting_history"]

log = logging.getLogger(__name__)

CONTEXT = "HistoryDialog"
WHEN, WHO, WHAT, CHANGES = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("HistoryDialog", "When"),
    QT_TRANSLATE_NOOP("HistoryDialog", "Who"),
    QT_TRANSLATE_NOOP("HistoryDialog", "What"),
    QT_TRANSLATE_NOOP("HistoryDialog", "Changes"),
)
DEFAULT_SIZE = (900, 520)


def _change_text(change: FieldChange) -> str:
    return QCoreApplication.translate("HistoryDialog", "{field}: {old} → {new}").format(
        field=phrase_text(change.field), old=phrase_text(change.old), new=phrase_text(change.new)
    )


def _rows(entries: list[HistoryEntry]) -> list[tuple[str, str, str, str]]:
    return [
        (
            office_time_text(entry.at),
            entry.actor,
            phrase_text(entry.summary),
            "\n".join(_change_text(change) for change in entry.changes),
        )
        for entry in entries
    ]


class HistoryDialog(QDialog):
    def __init__(self, theme: str, entries: list[HistoryEntry], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History: {theme}").format(theme=theme))
        self.resize(*DEFAULT_SIZE)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        summary = QLabel(
            self.tr(
                "%n change(s) recorded, the newest first (times in Beijing time).",
                "",
                len(entries),
            )
            if entries
            else self.tr("No change of this meeting is recorded.")
        )
        summary.setObjectName("historySummary")
        rows = _rows(entries)
        headers = [QCoreApplication.translate(CONTEXT, header) for header in HEADERS]
        self.model = TextTableModel(headers, [], self)
        self.model.set_rows(rows, tips=[row[CHANGES] for row in rows])
        self.table = QTableView(objectName="historyTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)  # lines break between fields only; a long one is elided
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (WHEN, WHO, WHAT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CHANGES, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()  # one line per field changed

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)


def show_meeting_history(
    parent: QWidget,
    runner: TaskRunner,
    service: MeetingService,
    meeting_id: int,
    theme: str,
    report_failure: Callable[[str, BaseException, str], None],
) -> None:
    """Read the history of meeting ``meeting_id`` off the GUI thread, then show it."""

    def show(entries: list[HistoryEntry]) -> None:
        dialog = HistoryDialog(theme, entries, parent)
        dialog.show()

    runner.submit(
        lambda: service.history(meeting_id),
        show,
        lambda exc, details: report_failure(
            QCoreApplication.translate("HistoryDialog", "Cannot read the history"), exc, details
        ),
        name="meeting history",
    )
