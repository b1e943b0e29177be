"""The history with a counterpart (a person, an organisation or a country) in a window: the last
contact, the open follow-ups and the timeline of meetings with what came of each
(``services.history``), readable in a QTextBrowser and exportable as a table.

``HistoryOpener`` reads the history on the task runner and shows the window; both the
Follow-ups page (an item's owner or countries) and the Reports page (an embassy of the liaison
list) open histories through it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from scoda_desktop.services.tabular import export_table
from scoda_desktop.ui.followups.history_html import history_html
from scoda_desktop.ui.reports.save_dialog import ask_save_path, safe_file_name
from scoda_desktop.ui.translations import CHINESE, interface_language
from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from sqlmodel import Session

    from scoda_desktop.services.history import CounterpartHistory
    from scoda_desktop.ui.meeting_source import MeetingSource

__all__ = ["CounterpartHistoryDialog", "HistoryOpener", "history_html"]

FailureReporter = Callable[[str, BaseException, str], None]  # title, exception, traceback
Clock = Callable[[], datetime | None]  # the time "now" means; None: the current time

SUBJECT_KINDS = ("person", "organisation", "country")


class CounterpartHistoryDialog(QDialog):
    """A window beside the main one (not modal) showing one history."""

    def __init__(
        self,
        history: CounterpartHistory,
        runner: TaskRunner,
        report_failure: FailureReporter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("counterpartHistory")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.history = history
        self._runner = runner
        self._report_failure = report_failure
        subject = history.subject
        name = subject.name_zh if subject.name_zh and interface_language() == CHINESE else None
        self.setWindowTitle(self.tr("History: {name}").format(name=name or subject.name_en))
        self.browser = QTextBrowser(objectName="historyText")
        self.browser.setOpenLinks(False)
        self.browser.setHtml(history_html(history))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.export_button = QPushButton(self.tr("Export…"), objectName="exportHistoryButton")
        self.export_button.clicked.connect(self.ask_export)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 620)

    def ask_export(self) -> None:
        from scoda_desktop.services.history import timeline_table

        name = safe_file_name(f"history {self.history.subject.name_en}")
        path = ask_save_path(self, self.tr("Export history"), name, ("csv", "xlsx"))
        if path is None:
            return
        table = timeline_table(self.history)
        kind = path.suffix.lstrip(".").lower()
        failed = self.tr("Cannot export the history")
        self._runner.submit(
            lambda: export_table(table, path, kind),
            lambda _none: None,
            lambda exc, details: self._report_failure(failed, exc, details),
            name="export history",
        )


class HistoryOpener(QObject):
    """Reads a counterpart's history off the GUI thread, then shows it in its own window."""

    shown = Signal(object)  # the CounterpartHistoryDialog

    def __init__(
        self,
        runner: TaskRunner,
        source: MeetingSource,
        report_failure: FailureReporter,
        clock: Clock,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._source = source
        self._report_failure = report_failure
        self._clock = clock
        self._window = parent

    def open(self, kind: str, key: int | str) -> None:
        """Show the history of the person or organisation with id ``key``, or of the country
        with the ISO code ``key``."""
        if kind not in SUBJECT_KINDS:
            raise ValueError(f"no history of a {kind!r}")
        if not self._source.is_open:
            return
        now = self._clock()
        source = self._source  # the task must not hold the widget: it may outlive it

        def read(session: Session) -> CounterpartHistory:
            from scoda_desktop.services import history

            if kind == "person":
                return history.person_history(session, int(key), now=now)
            if kind == "organisation":
                return history.organisation_history(session, int(key), now=now)
            return history.country_history(session, str(key), now=now)

        failed = self.tr("Cannot read the history")
        self._runner.submit(
            lambda: source.read(read),
            self._show,
            lambda exc, details: self._report_failure(failed, exc, details),
            name="counterpart history",
        )

    def _show(self, history: CounterpartHistory) -> None:
        dialog = CounterpartHistoryDialog(history, self._runner, self._report_failure, self._window)
        dialog.show()
        self.shown.emit(dialog)
