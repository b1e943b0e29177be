"""The Follow-ups page: every follow-up, agreement and MoU across the meetings, filtered by
owner, country, status and due day, with overdue ones highlighted; closing, dropping and
reopening an item with a note; exporting the list shown.

The page is built on the GUI thread right after the meeting list is first read, so it must not
hold that thread up: whatever needs the data layer (``loading``, ``services.followups``, which
import SQLModel and pydantic) is imported inside the tasks that run on the task runner, and the
GUI thread handles only what they bring back, plain data. A read brings back every item already
built into the list's lines (``model.build_lines``); the GUI thread only resets the model once,
and the lines it lets go of are freed a slice at a time between its events. The filters narrow
the list without reading again: the owner, country, status and due filters are the proxy's
predicate (``filtering.accepts``, the meaning ``services.followups`` gives them), the search box
its text filter, and the model sorts itself (``ui.row_table``). Writes run on the task runner
too. On the first load of a start, the page can show the "overdue / due this week" summary in
a banner and tell the window through ``due_notice``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scoda_desktop.domain.enums import OutcomeStatus
from scoda_desktop.services.meeting_drafts import StaleRecordError
from scoda_desktop.services.tabular import export_table, table_format_for
from scoda_desktop.ui.display import date_text
from scoda_desktop.ui.followups.due_banner import DueBanner
from scoda_desktop.ui.followups.filter_bar import FollowUpFilterBar
from scoda_desktop.ui.followups.filtering import accepts
from scoda_desktop.ui.followups.history_view import Clock, FailureReporter, HistoryOpener
from scoda_desktop.ui.followups.model import DAY_COLUMNS, DUE, FollowUpLine, follow_up_model
from scoda_desktop.ui.followups.note_dialog import NoteDialog
from scoda_desktop.ui.reports.save_dialog import ask_save_path
from scoda_desktop.ui.row_table import ROW_ROLE, RowFilterProxy, text_sort_key
from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from sqlmodel import Session

    from scoda_desktop.data.database import Database
    from scoda_desktop.services.followups import (
        FollowUpChange,
        FollowUpFilter,
        FollowUpRow,
    )
    from scoda_desktop.ui.followups.loading import FollowUpLoad
    from scoda_desktop.ui.meeting_source import MeetingSource

__all__ = ["ROW_ROLE", "FollowUpsPage"]

log = logging.getLogger(__name__)

Predicate = Callable[[FollowUpLine], bool]
COLUMN_WIDTHS = (90, 70, 80, 300, 170, 95, 240, 90, 90, 200)
WIDEST_DAY = date(2026, 12, 28)
RETIRE_SLICE = 1000  # lines freed at a time


class FollowUpsPage(QWidget):
    loaded = Signal(int)  # after a read has (re)filled the list: how many rows are shown
    filtered = Signal(int)  # after a filter or the search text narrowed it: how many shown
    message = Signal(str)  # a short status-bar message
    due_notice = Signal(str)  # the start-up summary, once, when there is anything due

    def __init__(
        self,
        runner: TaskRunner,
        source: MeetingSource,
        report_failure: FailureReporter,
        *,
        open_meeting: Callable[[int], None],
        clock: Clock = lambda: None,
        show_due_summary: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("followUpsPage")
        self._runner = runner
        self._source = source
        self._report_failure = report_failure
        self._open_meeting = open_meeting
        self._clock = clock
        self._summary_due = show_due_summary  # still to show, this start
        self._loading = False
        self._loaded = False  # a read has come back (the filters apply from then on)
        self._overdue = 0  # how many of the lines read are overdue
        self._reload_queued = False
        self._busy = False
        self._select_after_load: int | None = None
        self._criteria: FollowUpFilter | None = None  # what the predicate was made from
        self._predicate: Predicate | None = None
        self._retiring: list[list[FollowUpLine]] = []  # lines let go of, still to free
        self._retire_timer = QTimer(self, interval=0)  # a slice each pass of the event loop
        self._retire_timer.timeout.connect(self._free_a_slice)

        self.history = HistoryOpener(runner, source, report_failure, clock, self)
        self.model = follow_up_model(self)
        self.proxy = RowFilterProxy(text_sort_key, self)
        self.proxy.setSourceModel(self.model)

        self.filters = FollowUpFilterBar(self)
        self.filters.changed.connect(self._on_filters_changed)
        self.filters.search_changed.connect(self._on_search)
        # The filter widgets, as the page's own (tests and the window reach them here).
        self.owner_combo = self.filters.owner_combo
        self.country_combo = self.filters.country_combo
        self.status_combo = self.filters.status_combo
        self.due_check = self.filters.due_check
        self.due_from = self.filters.due_from
        self.due_to = self.filters.due_to
        self.overdue_check = self.filters.overdue_check
        self.search_edit = self.filters.search_edit

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.banner = DueBanner(self)
        self.banner.show_overdue.connect(lambda: self.overdue_check.setChecked(True))
        self.banner_label = self.banner.label
        layout.addWidget(self.banner)
        layout.addWidget(self.filters)
        layout.addWidget(self._build_table(), 1)
        layout.addLayout(self._build_buttons())
        self._update_buttons()

    # -- building --------------------------------------------------------------------------

    def _build_table(self) -> QTableView:
        self.table = QTableView(objectName="followUpTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # A day is wider in Chinese (2026年12月28日) than in English (2026-12-28).
        day_width = self.table.fontMetrics().horizontalAdvance(date_text(WIDEST_DAY)) + 16
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, max(width, day_width) if column in DAY_COLUMNS else width)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        return self.table

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.done_button = QPushButton(self.tr("Mark done…"), objectName="markDoneButton")
        self.done_button.clicked.connect(self.mark_selected_done)
        self.drop_button = QPushButton(self.tr("Drop…"), objectName="dropButton")
        self.drop_button.clicked.connect(self.drop_selected)
        self.reopen_button = QPushButton(self.tr("Reopen"), objectName="reopenButton")
        self.reopen_button.clicked.connect(self.reopen_selected)
        self.open_button = QPushButton(self.tr("Open meeting"), objectName="openMeetingButton")
        self.open_button.clicked.connect(self.open_selected_meeting)
        self.history_button = QPushButton(self.tr("History…"), objectName="followUpHistoryButton")
        self.history_button.setToolTip(
            self.tr(
                "Every meeting with the owner or a country of the selected item, and what came "
                "of it"
            )
        )
        self.history_menu = QMenu(self.history_button)
        self.history_menu.aboutToShow.connect(self._fill_history_menu)
        self.history_button.setMenu(self.history_menu)
        self.export_button = QPushButton(self.tr("Export…"), objectName="exportFollowUpsButton")
        self.export_button.setToolTip(self.tr("Save the list shown as CSV (for Excel) or XLSX"))
        self.export_button.clicked.connect(self.ask_export)
        self.count_label = QLabel(objectName="followUpCount")
        for button in (
            self.done_button,
            self.drop_button,
            self.reopen_button,
            self.open_button,
            self.history_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.count_label)
        row.addWidget(self.export_button)
        return row

    # -- reading ---------------------------------------------------------------------------

    def criteria(self) -> FollowUpFilter:
        """The filter the widgets describe."""
        return self.filters.criteria()

    def refresh(self, *_args: object) -> None:
        """Read every follow-up again, off the GUI thread (once the window has opened the
        database); a request while reading is served after it."""
        if not self._source.is_open:
            return
        if self._loading:
            self._reload_queued = True
            return
        self._loading = True
        now, summary = self._clock(), self._summary_due

        def read(session: Session) -> FollowUpLoad:
            from scoda_desktop.ui.followups.loading import load_follow_ups  # the data layer

            return load_follow_ups(session, now, summary)

        source = self._source  # the task must not hold the widget: it may outlive it
        self._runner.submit(
            lambda: source.read(read),
            self._on_loaded,
            self._on_load_failed,
            name="load follow-ups",
        )

    def _on_loaded(self, loaded: FollowUpLoad) -> None:
        self._loading = False
        if self._reload_queued:
            self._reload_queued = False
            self.refresh()
            return
        keep = self._select_after_load or getattr(self.selected_row(), "id", None)
        self._select_after_load = None
        self._loaded = True
        self._overdue = loaded.overdue
        self.filters.set_choices(loaded.owners, loaded.countries)
        self._apply_criteria()  # a choice may have gone with the items that offered it
        old_lines = self.model.rows()
        self.model.set_rows(loaded.lines)  # the one reset; the model keeps the column sorted
        self._retire(old_lines)
        if keep is not None:
            self.select_follow_up(keep)
        self._update_count()
        self._update_buttons()
        if loaded.summary is not None:
            self._summary_due = False
            if loaded.summary.any:
                self.show_due_summary(self.banner.describe(loaded.summary))
        self.loaded.emit(self.proxy.rowCount())

    def _retire(self, lines: list[FollowUpLine]) -> None:
        """Free the lines the model has let go of a slice at a time, between the events the GUI
        thread handles (the model put a new list in place; this one is ours to empty). Freeing
        tens of thousands at once would hold the GUI thread for some 20 ms; on the task runner
        it would hold the interpreter as long, and make the GUI thread wait for it at every
        call into Python while it paints the new list."""
        if lines:
            self._retiring.append(lines)
            self._retire_timer.start()

    def _free_a_slice(self) -> None:
        lines = self._retiring[-1]
        del lines[-RETIRE_SLICE:]  # about a millisecond
        if not lines:
            self._retiring.pop()
        if not self._retiring:
            self._retire_timer.stop()

    def _on_load_failed(self, exc: BaseException, details: str) -> None:
        self._loading = False
        self._reload_queued = False
        self._report_failure(self.tr("Cannot read the follow-ups"), exc, details)

    def show_due_summary(self, text: str) -> None:
        """The banner at the top of the page, and ``due_notice`` for the status bar."""
        self.banner.announce(text)
        self.due_notice.emit(text)

    # -- filtering -------------------------------------------------------------------------

    def _apply_criteria(self) -> None:
        """Make the proxy's predicate from the filter widgets, if they changed. Only once a
        read has come back: ``services.followups`` (the criteria's class) is imported by then,
        on the task runner, and before it there is nothing to filter."""
        if not self._loaded:
            return
        from scoda_desktop.services.followups import FollowUpFilter

        criteria = self.criteria()
        if criteria == self._criteria:
            return
        self._criteria = criteria
        if criteria == FollowUpFilter():
            self._predicate = None
        else:
            self._predicate = lambda line: accepts(criteria, line.row)
        self.proxy.set_predicate(self._predicate)

    def _on_filters_changed(self) -> None:
        self._apply_criteria()
        self._after_filtering()

    def _on_search(self, text: str) -> None:
        self.proxy.set_text(text)
        self._after_filtering()

    def _after_filtering(self) -> None:
        self._update_count()
        self._update_buttons()
        self.filtered.emit(self.proxy.rowCount())

    def _shown_lines(self) -> list[FollowUpLine]:
        """The lines the proxy shows, in the order shown (the proxy keeps the model's order):
        worked out from the model's rows, as the proxy decides, without asking it row by row."""
        words, keep = self.proxy.words, self._predicate
        return [
            line
            for line in self.model.rows()
            if (keep is None or keep(line)) and all(word in line.search for word in words)
        ]

    # -- selection -------------------------------------------------------------------------

    def selected_row(self) -> FollowUpRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE).row if rows else None

    def select_follow_up(self, outcome_id: int) -> bool:
        row = self.model.row_of(outcome_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def visible_rows(self) -> list[FollowUpRow]:
        """The rows shown, in the order shown."""
        return [line.row for line in self._shown_lines()]

    def _on_double_click(self, index: QModelIndex) -> None:
        line = index.data(ROW_ROLE)
        if line is not None:
            self._open_meeting(line.row.meeting_id)

    def open_selected_meeting(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._open_meeting(row.meeting_id)

    def history_choices(self) -> list[tuple[str, str, int | str]]:
        """What the History menu offers for the selected item: (label, kind, key)."""
        row = self.selected_row()
        if row is None:
            return []
        choices: list[tuple[str, str, int | str]] = []
        if row.owner_id is not None:
            name = row.owner_name or row.owner_name_zh
            choices.append((self.tr("With {name}").format(name=name), "person", row.owner_id))
        codes = dict.fromkeys((*row.guest_countries, row.owner_country or ""))
        with_code = self.tr("With {name}")
        choices.extend((with_code.format(name=code), "country", code) for code in codes if code)
        return choices

    def _fill_history_menu(self) -> None:
        self.history_menu.clear()
        for label, kind, key in self.history_choices():
            action = self.history_menu.addAction(label)
            action.triggered.connect(lambda _checked=False, k=kind, v=key: self.history.open(k, v))

    def _update_count(self) -> None:
        if self.filters.range_is_backwards():
            self.count_label.setText(
                self.tr("The due range ends before it starts: set its end on or after its start")
            )
            return
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if self._predicate is None and not self.proxy.words:
            overdue = self._overdue  # counted on the task runner
        else:
            overdue = sum(1 for line in self._shown_lines() if line.row.overdue)
        if shown == total:
            text = self.tr("{shown} shown").format(shown=shown)
        else:
            text = self.tr("{shown} of {total} shown").format(shown=shown, total=total)
        if overdue:
            text = self.tr("{shown}, {overdue} overdue").format(shown=text, overdue=overdue)
        self.count_label.setText(text)

    def _update_buttons(self, *_args: object) -> None:
        row = self.selected_row()
        idle = not self._busy
        is_open = row is not None and row.status == OutcomeStatus.OPEN
        self.done_button.setEnabled(idle and is_open)
        self.drop_button.setEnabled(idle and is_open)
        self.reopen_button.setEnabled(idle and row is not None and not is_open)
        self.open_button.setEnabled(row is not None)
        self.history_button.setEnabled(row is not None)
        self.export_button.setEnabled(idle)

    # -- writing ---------------------------------------------------------------------------

    def mark_selected_done(self) -> None:
        self._close_selected(self.tr("Mark done"), self.tr("Done"), OutcomeStatus.DONE)

    def drop_selected(self) -> None:
        self._close_selected(self.tr("Drop"), self.tr("Drop"), OutcomeStatus.DROPPED)

    def _close_selected(self, title: str, action: str, status: OutcomeStatus) -> None:
        row = self.selected_row()
        if row is None:
            return
        prompt = self.tr("{action}: “{text}”").format(action=title, text=row.text)
        note = NoteDialog.ask(self, title, prompt, action)
        if note is not None:
            self._write(row, status, note or None)

    def reopen_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._write(row, OutcomeStatus.OPEN, None)

    def _write(self, row: FollowUpRow, status: OutcomeStatus, note: str | None) -> None:
        """Give ``row`` the ``status`` through ``services.followups``, naming the version read."""

        def work(database: Database) -> FollowUpChange:
            from scoda_desktop.ui.followups.loading import change_status  # the data layer

            return change_status(database, row.id, status, note, version=row.version)

        self._busy = True
        source = self._source  # the task must not hold the widget
        self._update_buttons()
        self._runner.submit(
            lambda: source.run(work),
            self._on_written,
            lambda exc, details: self._on_write_failed(exc, details, row.id),
            name="change follow-up",
        )

    def _on_written(self, change: FollowUpChange) -> None:
        self._busy = False
        messages = {
            OutcomeStatus.DONE: self.tr("Follow-up marked done."),
            OutcomeStatus.DROPPED: self.tr("Follow-up dropped."),
            OutcomeStatus.OPEN: self.tr("Follow-up reopened."),
        }
        self.message.emit(messages[change.status])
        self._select_after_load = change.outcome_id
        self.refresh()

    def _on_write_failed(self, exc: BaseException, details: str, outcome_id: int) -> None:
        self._busy = False
        self._update_buttons()
        self._report_failure(self.tr("The follow-up was not changed"), exc, details)
        if isinstance(exc, StaleRecordError):  # show what is in the database now
            self._select_after_load = outcome_id
            self.refresh()

    # -- export ----------------------------------------------------------------------------

    def ask_export(self) -> None:
        path = ask_save_path(self, self.tr("Export follow-ups"), "follow-ups", ("csv", "xlsx"))
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Write the rows shown, in the order shown, to ``path`` (CSV or XLSX by its name)."""
        rows = self.visible_rows()
        table_format = table_format_for(path)

        def write() -> None:
            from scoda_desktop.services.followups import follow_up_table  # the data layer

            export_table(follow_up_table(rows), path, table_format)

        self.export_button.setEnabled(False)
        self._runner.submit(
            write,
            lambda _none: self._on_exported(path, len(rows)),
            self._on_export_failed,
            name="export follow-ups",
        )

    def _on_exported(self, path: Path, count: int) -> None:
        self._update_buttons()
        saved = self.tr("Saved %n follow-up(s) to {path}.", "", count)
        self.message.emit(saved.format(path=path))

    def _on_export_failed(self, exc: BaseException, details: str) -> None:
        self._update_buttons()
        self._report_failure(self.tr("Cannot export the follow-ups"), exc, details)
