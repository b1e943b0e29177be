"""The history with a counterpart (a person, an organisation or a country) in a window: the last
contact, the open follow-ups and the timeline of meetings with what came of each
(``services.history``), readable in a QTextBrowser and exportable as a table.

``HistoryOpener`` reads the history on the task runner and shows the window; both the
Follow-ups page (an item's owner or countries) and the Reports page (an embassy of the liaison
list) open histories through it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from html import escape
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

from scoda_desktop.domain.enums import OutcomeStatus
from scoda_desktop.services.tabular import export_table
from scoda_desktop.ui.reports.save_dialog import ask_save_path, safe_file_name
from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from sqlmodel import Session

    from scoda_desktop.services.followups import FollowUpRow
    from scoda_desktop.services.history import CounterpartHistory, OutcomeItem, TimelineEntry
    from scoda_desktop.ui.meeting_source import MeetingSource

__all__ = ["CounterpartHistoryDialog", "HistoryOpener", "history_html"]

FailureReporter = Callable[[str, BaseException, str], None]  # title, exception, traceback
Clock = Callable[[], datetime | None]  # the time "now" means; None: the current time

SUBJECT_KINDS = ("person", "organisation", "country")
OVERDUE_STYLE = "color:#a3271b; font-weight:bold"


def _name(en: str, zh: str | None) -> str:
    return escape(f"{en} ({zh})" if zh else en)


def _status(status: OutcomeStatus, overdue: bool) -> str:
    if overdue:
        return f'<span style="{OVERDUE_STYLE}">overdue</span>'
    return escape(status.value)


def _open_item(row: FollowUpRow) -> str:
    due = f", due {row.due_date.isoformat()}" if row.due_date else ""
    owner = f" — {escape(row.owner_name)}" if row.owner_name else ""
    return (
        f"<li>{escape(row.text)}{owner}{escape(due)} ({_status(row.status, row.overdue)}) "
        f"<span style='color:#666'>from “{escape(row.meeting_theme)}”, "
        f"{row.meeting_date.isoformat()}</span></li>"
    )


def _outcome(item: OutcomeItem) -> str:
    from scoda_desktop.services.followups import FOLLOW_UP_KINDS

    parts = [escape(item.kind.value.replace("_", "-")), escape(item.text)]
    if item.owner_name:
        parts.append(f"owner {escape(item.owner_name)}")
    if item.due_date:
        parts.append(f"due {item.due_date.isoformat()}")
    if item.kind in FOLLOW_UP_KINDS:  # only these have a status that means something
        closed = f" {item.closed_on.isoformat()}" if item.closed_on else ""
        parts.append(_status(item.status, item.overdue) + escape(closed))
    return "<li>" + " · ".join(parts) + "</li>"


def _entry(entry: TimelineEntry, today: date) -> str:
    people = ", ".join(
        escape(a.name) if a.attended else f"<s>{escape(a.name)}</s>" for a in entry.attendees
    )
    outcomes = "".join(_outcome(item) for item in entry.outcomes)
    if entry.contact:
        marker = ""
    else:
        marker = " <i>(to come)</i>" if entry.day >= today else " <i>(no contact)</i>"
    return (
        f"<p><b>{entry.day.isoformat()}</b> {_name(entry.theme_en, entry.theme_zh)} "
        f"<span style='color:#666'>{escape(entry.kind.value.replace('_', ' '))}, "
        f"{escape(entry.status.value)}</span>{marker}"
        + (f"<br>With: {people}" if people else "")
        + "</p>"
        + (f"<ul>{outcomes}</ul>" if outcomes else "")
    )


def history_html(history: CounterpartHistory) -> str:
    """The history as HTML for a QTextBrowser: every text escaped."""
    subject = history.subject
    if history.last_contact is None:
        contact = "No contact yet"
    else:
        days = history.days_since_contact
        contact = f"Last contact {history.last_contact.isoformat()} ({days} days ago)"
    if history.next_meeting is not None:
        contact += f" · next meeting {history.next_meeting.isoformat()}"
    opened = history.open_follow_ups
    parts = [
        f"<h2>{_name(subject.name_en, subject.name_zh)}</h2>",
        f"<p>{escape(contact)}</p>",
        f"<h3>Open follow-ups ({len(opened)})</h3>",
        "<ul>" + "".join(_open_item(row) for row in opened) + "</ul>" if opened else "<p>None.</p>",
        f"<h3>Meetings ({len(history.timeline)}), newest first</h3>",
        *(_entry(entry, history.today) for entry in history.timeline),
    ]
    return "\n".join(parts)


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
        self.setWindowTitle(f"History: {history.subject.name_en}")
        self.browser = QTextBrowser(objectName="historyText")
        self.browser.setOpenLinks(False)
        self.browser.setHtml(history_html(history))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.export_button = QPushButton("Export…", objectName="exportHistoryButton")
        self.export_button.clicked.connect(self.ask_export)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 620)

    def ask_export(self) -> None:
        from scoda_desktop.services.history import timeline_table

        name = safe_file_name(f"history {self.history.subject.name_en}")
        path = ask_save_path(self, "Export history", name, ("csv", "xlsx"))
        if path is None:
            return
        table = timeline_table(self.history)
        kind = path.suffix.lstrip(".").lower()
        self._runner.submit(
            lambda: export_table(table, path, kind),
            lambda _none: None,
            lambda exc, details: self._report_failure("Cannot export the history", exc, details),
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

        self._runner.submit(
            lambda: source.read(read),
            self._show,
            lambda exc, details: self._report_failure("Cannot read the history", exc, details),
            name="counterpart history",
        )

    def _show(self, history: CounterpartHistory) -> None:
        dialog = CounterpartHistoryDialog(history, self._runner, self._report_failure, self._window)
        dialog.show()
        self.shown.emit(dialog)
