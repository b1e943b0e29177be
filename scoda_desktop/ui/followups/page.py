"""The Follow-ups page: every follow-up, agreement and MoU across the meetings, filtered by
owner, country, status and due day, with overdue ones highlighted; closing, dropping and
reopening an item with a note; exporting the list shown.

The services are imported when first used (the window paints before the data layer loads).
The filters go to ``services.followups.list_follow_ups`` (which decides what "concerns a
country" and "overdue" mean); the proxy only sorts and narrows by the search text. Every read
and write runs on the task runner. On the first load of a start, the page can show the
"overdue / due this week" summary in a banner and tell the window through ``due_notice``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scoda_desktop.domain.enums import OutcomeStatus
from scoda_desktop.services.meeting_drafts import StaleRecordError
from scoda_desktop.services.tabular import export_table, table_format_for
from scoda_desktop.ui.followups.history_view import Clock, FailureReporter, HistoryOpener
from scoda_desktop.ui.followups.model import ROW_ROLE, SORT_ROLE, FollowUpTableModel
from scoda_desktop.ui.followups.note_dialog import NoteDialog
from scoda_desktop.ui.reports.save_dialog import ask_save_path
from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from scoda_desktop.data.database import Database
    from scoda_desktop.services.followups import FollowUpChange, FollowUpFilter, FollowUpRow
    from scoda_desktop.ui.followups.loading import FollowUpLoad
    from scoda_desktop.ui.meeting_source import MeetingSource

__all__ = ["FollowUpsPage"]

log = logging.getLogger(__name__)


ANY = "Any"
STATUS_CHOICES: tuple[tuple[str, tuple[OutcomeStatus, ...] | None], ...] = (
    ("Any status", None),
    ("Open", (OutcomeStatus.OPEN,)),
    ("Done", (OutcomeStatus.DONE,)),
    ("Dropped", (OutcomeStatus.DROPPED,)),
    ("Done or dropped", (OutcomeStatus.DONE, OutcomeStatus.DROPPED)),
)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class FollowUpsPage(QWidget):
    loaded = Signal(int)  # after the list is (re)filled: how many rows
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
        self._reload_queued = False
        self._busy = False
        self._select_after_load: int | None = None

        self.history = HistoryOpener(runner, source, report_failure, clock, self)
        self.model = FollowUpTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._build_banner())
        layout.addLayout(self._build_filters())
        layout.addWidget(self._build_table(), 1)
        layout.addLayout(self._build_buttons())
        self._update_buttons()

    # -- building --------------------------------------------------------------------------

    def _build_banner(self) -> QFrame:
        self.banner = QFrame(objectName="dueBanner")
        self.banner.setStyleSheet(
            "#dueBanner { background: #fff4d6; border: 1px solid #e0c070; border-radius: 4px; }"
        )
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(8, 4, 4, 4)
        self.banner_label = QLabel(objectName="dueBannerText")
        row.addWidget(self.banner_label, 1)
        show = QPushButton("Show overdue", objectName="showOverdueButton")
        show.clicked.connect(lambda: self.overdue_check.setChecked(True))
        row.addWidget(show)
        dismiss = QPushButton("Dismiss", objectName="dismissBannerButton")
        dismiss.clicked.connect(self.banner.hide)
        row.addWidget(dismiss)
        self.banner.hide()
        return self.banner

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.owner_combo = QComboBox(objectName="ownerFilter")
        self.owner_combo.addItem("Any owner", None)
        self.country_combo = QComboBox(objectName="countryFilter")
        self.country_combo.addItem("Any country", None)
        self.status_combo = QComboBox(objectName="statusFilter")
        for label, statuses in STATUS_CHOICES:
            self.status_combo.addItem(label, statuses)
        self.due_check = QCheckBox("Due from", objectName="dueRangeCheck")
        self.due_from = QDateEdit(objectName="dueFrom", calendarPopup=True)
        self.due_to = QDateEdit(objectName="dueTo", calendarPopup=True)
        today = date.today()
        self.due_from.setDate(_qdate(today.replace(day=1)))
        self.due_to.setDate(_qdate(today))
        for edit in (self.due_from, self.due_to):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.due_check.toggled.connect(self.due_from.setEnabled)
        self.due_check.toggled.connect(self.due_to.setEnabled)
        self.overdue_check = QCheckBox("Overdue only", objectName="overdueOnly")
        self.search_edit = QLineEdit(objectName="followUpSearch")
        self.search_edit.setPlaceholderText("Search…")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search)

        for widget in (self.owner_combo, self.country_combo, self.status_combo):
            widget.currentIndexChanged.connect(self.refresh)
        self.due_check.toggled.connect(self.refresh)
        self.due_from.dateChanged.connect(self._on_due_changed)
        self.due_to.dateChanged.connect(self._on_due_changed)
        self.overdue_check.toggled.connect(self.refresh)

        row.addWidget(self.owner_combo)
        row.addWidget(self.country_combo)
        row.addWidget(self.status_combo)
        row.addWidget(self.due_check)
        row.addWidget(self.due_from)
        row.addWidget(QLabel("to"))
        row.addWidget(self.due_to)
        row.addWidget(self.overdue_check)
        row.addWidget(self.search_edit, 1)
        return row

    def _build_table(self) -> QTableView:
        self.table = QTableView(objectName="followUpTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((90, 70, 80, 300, 170, 95, 240, 90, 90, 200)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        return self.table

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.done_button = QPushButton("Mark done…", objectName="markDoneButton")
        self.done_button.clicked.connect(self.mark_selected_done)
        self.drop_button = QPushButton("Drop…", objectName="dropButton")
        self.drop_button.clicked.connect(self.drop_selected)
        self.reopen_button = QPushButton("Reopen", objectName="reopenButton")
        self.reopen_button.clicked.connect(self.reopen_selected)
        self.open_button = QPushButton("Open meeting", objectName="openMeetingButton")
        self.open_button.clicked.connect(self.open_selected_meeting)
        self.history_button = QPushButton("History…", objectName="followUpHistoryButton")
        self.history_button.setToolTip(
            "Every meeting with the owner or a country of the selected item, and what came of it"
        )
        self.history_menu = QMenu(self.history_button)
        self.history_menu.aboutToShow.connect(self._fill_history_menu)
        self.history_button.setMenu(self.history_menu)
        self.export_button = QPushButton("Export…", objectName="exportFollowUpsButton")
        self.export_button.setToolTip("Save the list shown as CSV (for Excel) or XLSX")
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
        from scoda_desktop.services.followups import FollowUpFilter

        ranged = self.due_check.isChecked()
        return FollowUpFilter(
            owner_id=self.owner_combo.currentData(),
            country=self.country_combo.currentData(),
            statuses=self.status_combo.currentData(),
            due_from=self.due_from.date().toPython() if ranged else None,
            due_to=self.due_to.date().toPython() if ranged else None,
            overdue_only=self.overdue_check.isChecked(),
        )

    def refresh(self, *_args: object) -> None:
        """Read the list again with the current filters, off the GUI thread (once the window
        has opened the database); a request while reading is served after it."""
        if not self._source.is_open:
            return
        if self._loading:
            self._reload_queued = True
            return
        criteria = self.criteria()
        if criteria.due_from and criteria.due_to and criteria.due_to < criteria.due_from:
            self.count_label.setText("The due range ends before it starts")
            return
        from scoda_desktop.ui.followups.loading import load_follow_ups

        self._loading = True
        now, summary = self._clock(), self._summary_due
        source = self._source  # the task must not hold the widget: it may outlive it
        self._runner.submit(
            lambda: source.read(lambda s: load_follow_ups(s, criteria, now, summary)),
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
        self._fill_choices(self.owner_combo, loaded.owners)
        self._fill_choices(self.country_combo, loaded.countries)
        self.model.set_rows(loaded.rows)
        if keep is not None:
            self.select_follow_up(keep)
        self._update_count()
        self._update_buttons()
        if loaded.summary is not None:
            self._summary_due = False
            if loaded.summary.any:
                self.show_due_summary(loaded.summary.describe())
        self.loaded.emit(len(loaded.rows))

    def _on_load_failed(self, exc: BaseException, details: str) -> None:
        self._loading = False
        self._reload_queued = False
        self._report_failure("Cannot read the follow-ups", exc, details)

    def _fill_choices(self, combo: QComboBox, choices: list[tuple[Any, str]]) -> None:
        """Refill a filter's choices, keeping the one chosen (without reading again)."""
        chosen = combo.currentData()
        combo.blockSignals(True)
        try:
            while combo.count() > 1:
                combo.removeItem(1)
            for value, label in choices:
                combo.addItem(label, value)
            found = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(found, 0))
        finally:
            combo.blockSignals(False)

    def show_due_summary(self, text: str) -> None:
        """The banner at the top of the page, and ``due_notice`` for the status bar."""
        self.banner_label.setText(f"<b>{text}.</b>")
        self.banner.show()
        self.due_notice.emit(text)

    # -- selection -------------------------------------------------------------------------

    def selected_row(self) -> FollowUpRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

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
        return [self.proxy.index(n, 0).data(ROW_ROLE) for n in range(self.proxy.rowCount())]

    def _on_search(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_count()

    def _on_due_changed(self) -> None:
        if self.due_check.isChecked():
            self.refresh()

    def _on_double_click(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self._open_meeting(row.meeting_id)

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
            choices.append((f"With {row.owner_name or row.owner_name_zh}", "person", row.owner_id))
        codes = dict.fromkeys((*row.guest_countries, row.owner_country or ""))
        choices.extend((f"With {code}", "country", code) for code in codes if code)
        return choices

    def _fill_history_menu(self) -> None:
        self.history_menu.clear()
        for label, kind, key in self.history_choices():
            action = self.history_menu.addAction(label)
            action.triggered.connect(lambda _checked=False, k=kind, v=key: self.history.open(k, v))

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        overdue = sum(1 for row in self.visible_rows() if row.overdue)
        text = f"{shown} shown" if shown == total else f"{shown} of {total} shown"
        self.count_label.setText(f"{text}, {overdue} overdue" if overdue else text)

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
        self._close_selected("Mark done", "Done", OutcomeStatus.DONE)

    def drop_selected(self) -> None:
        self._close_selected("Drop", "Drop", OutcomeStatus.DROPPED)

    def _close_selected(self, title: str, action: str, status: OutcomeStatus) -> None:
        row = self.selected_row()
        if row is None:
            return
        note = NoteDialog.ask(self, title, f"{title}: “{row.text}”", action)
        if note is not None:
            self._write(row, status, note or None)

    def reopen_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._write(row, OutcomeStatus.OPEN, None)

    def _write(self, row: FollowUpRow, status: OutcomeStatus, note: str | None) -> None:
        """Give ``row`` the ``status`` through ``services.followups``, naming the version read."""
        from scoda_desktop.ui.followups.loading import change_status

        def work(database: Database) -> FollowUpChange:
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
        self.message.emit(f"Follow-up marked {change.status.value}.")
        self._select_after_load = change.outcome_id
        self.refresh()

    def _on_write_failed(self, exc: BaseException, details: str, outcome_id: int) -> None:
        self._busy = False
        self._update_buttons()
        self._report_failure("The follow-up was not changed", exc, details)
        if isinstance(exc, StaleRecordError):  # show what is in the database now
            self._select_after_load = outcome_id
            self.refresh()

    # -- export ----------------------------------------------------------------------------

    def ask_export(self) -> None:
        path = ask_save_path(self, "Export follow-ups", "follow-ups", ("csv", "xlsx"))
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Write the rows shown, in the order shown, to ``path`` (CSV or XLSX by its name)."""
        from scoda_desktop.services.followups import follow_up_table

        table = follow_up_table(self.visible_rows())
        table_format = table_format_for(path)
        self.export_button.setEnabled(False)
        self._runner.submit(
            lambda: export_table(table, path, table_format),
            lambda _none: self._on_exported(path),
            self._on_export_failed,
            name="export follow-ups",
        )

    def _on_exported(self, path: Path) -> None:
        self._update_buttons()
        self.message.emit(f"Saved {len(self.visible_rows())} follow-ups to {path}.")

    def _on_export_failed(self, exc: BaseException, details: str) -> None:
        self._update_buttons()
        self._report_failure("Cannot export the follow-ups", exc, details)
