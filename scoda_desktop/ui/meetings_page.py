"""The Meetings page: the filter bar, the meeting list, and the selected meeting beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scoda_desktop.ui.display import country_names
from scoda_desktop.ui.meeting_detail import MeetingDetailView
from scoda_desktop.ui.meeting_filter import MeetingFilter, MeetingFilterBar, MeetingFilterProxy
from scoda_desktop.ui.meeting_table_model import (
    COUNTERPARTS,
    COUNTRIES,
    DATE,
    ROW_ROLE,
    SORT_ROLE,
    THEME,
    MeetingTableModel,
)

if TYPE_CHECKING:
    from scoda_desktop.services.meetings import MeetingRow

DEFAULT_WIDTH = 1240
DETAIL_WIDTH = 260
# Widest a column gets when fitted to its contents; Theme takes whatever width is left.
COLUMN_CAPS = {COUNTERPARTS: 180, COUNTRIES: 120}
FIT_ROWS = 100
# The English source; shown translated.
NO_MEETINGS = QT_TRANSLATE_NOOP("MeetingsPage", "No meetings are recorded in this database yet.")


class MeetingsPage(QWidget):
    selection_changed = Signal()
    activated = Signal(int)  # a meeting opened with Enter or a double-click
    filter_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loaded_once = False
        self._columns_fitted = False

        self.model = MeetingTableModel(self)
        self.proxy = MeetingFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)

        self.filter_bar = MeetingFilterBar()
        self.filter_edit = self.filter_bar.text
        self.filter_bar.changed.connect(self._apply_filter)

        self.table = QTableView()
        self.table.setObjectName("meetingTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        header.setSectionResizeMode(THEME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        # Fitting a column measures this many rows (Qt's default, 1000, costs 0.1 s of calls
        # into the model when 20,000 meetings arrive): the newest ones are representative.
        header.setResizeContentsPrecision(FIT_ROWS)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(self._activate)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self._activate)

        list_pane = QWidget()
        layout = QVBoxLayout(list_pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table)

        self.detail = MeetingDetailView()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(list_pane)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)  # the list grows with the window, not the pane
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([DEFAULT_WIDTH - DETAIL_WIDTH, DETAIL_WIDTH])

        page_layout = QVBoxLayout(self)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.splitter)

    # -- content ---------------------------------------------------------------------------

    def set_rows(self, rows: list[MeetingRow], select: int | None = None) -> None:
        """Show ``rows``, keeping the selection (or selecting meeting ``select``)."""
        selected = self.selected_meeting()
        self.model.set_rows(rows)
        names = {  # English (what the filter compares) -> as the interface names it
            name: shown
            for row in rows
            for name, shown in zip(row.countries, country_names(row), strict=True)
        }
        self.filter_bar.set_countries(sorted(names.items(), key=lambda pair: pair[1]))
        self.loaded_once = True
        if rows and not self._columns_fitted:  # once: later widths are the user's
            self._columns_fitted = True
            self._fit_columns()
        wanted = select if select is not None else (selected.id if selected else None)
        if wanted is not None:
            self.select_meeting(wanted)
        self._on_selection_changed()

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            if column == THEME:
                continue  # stretched over the width the others leave
            self.table.resizeColumnToContents(column)
            cap = COLUMN_CAPS.get(column)
            if cap is not None and header.sectionSize(column) > cap:
                header.resizeSection(column, cap)

    # -- filter and selection --------------------------------------------------------------

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _apply_filter(self, criteria: MeetingFilter) -> None:
        shown = self.selected_meeting()
        self.proxy.set_criteria(criteria)
        # The proxy re-maps its rows in one layout change, which drops a selected row it no
        # longer shows without announcing a selection change: the pane must not keep it.
        if self.selected_meeting() is not shown:
            self._on_selection_changed()
        self.filter_changed.emit()

    def counts(self) -> tuple[int, int]:
        """(meetings listed, meetings the filter shows)."""
        return self.model.rowCount(), self.proxy.rowCount()

    def count_text(self) -> str:
        """How many meetings the list shows: "3 meetings"; "1 of 3 meetings" when filtered."""
        total, shown = self.counts()
        if shown == total:
            return self.tr("%n meeting(s)", "", total)
        return self.tr("{shown} of %n meeting(s)", "", total).format(shown=shown)

    def selected_meeting(self) -> MeetingRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select_meeting(self, meeting_id: int) -> bool:
        source_row = self.model.row_of(meeting_id)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():  # filtered out
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _activate(self, index: QModelIndex | None = None) -> None:
        meeting = index.data(ROW_ROLE) if index is not None else self.selected_meeting()
        if meeting is not None:
            self.activated.emit(meeting.id)

    def _on_selection_changed(
        self,
        _selected: QItemSelection | None = None,
        _deselected: QItemSelection | None = None,
    ) -> None:
        meeting = self.selected_meeting()
        if meeting is None and self.loaded_once and self.model.rowCount() == 0:
            self.detail.show_message(self.tr(NO_MEETINGS))
        else:
            self.detail.show_meeting(meeting)
        self.selection_changed.emit()
