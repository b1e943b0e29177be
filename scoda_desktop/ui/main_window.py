"""The main window: the meeting list with a filter, and the selected meeting beside it."""

from __future__ import annotations

import logging
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import (
    QItemSelection,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    Signal,
    qVersion,
)
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scoda_desktop import __version__
from scoda_desktop.errors import ScodaError
from scoda_desktop.ui import error_dialog
from scoda_desktop.ui.display import count_text
from scoda_desktop.ui.meeting_detail import MeetingDetailView
from scoda_desktop.ui.meeting_table_model import (
    COUNTERPARTS,
    COUNTRIES,
    DATE,
    FILTER_ROLE,
    ROW_ROLE,
    SORT_ROLE,
    THEME,
    MeetingTableModel,
)
from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from scoda_desktop.services.meetings import MeetingRow
    from scoda_desktop.ui.meeting_source import MeetingSource

log = logging.getLogger(__name__)

APP_TITLE = "SCODA Desktop"
DEFAULT_SIZE = (1240, 720)
# Widest a column gets when fitted to its contents; Theme takes whatever width is left.
COLUMN_CAPS = {COUNTERPARTS: 200, COUNTRIES: 130}
DETAIL_WIDTH = 280
NO_MEETINGS = "No meetings are recorded in this database yet."

# QSettings keys: window state only, never user preferences.
GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
SPLITTER_KEY = "main_window/splitter"


class MainWindow(QMainWindow):
    meetings_loaded = Signal(int)  # after the list is (re)filled: how many meetings

    def __init__(
        self,
        source: MeetingSource,
        *,
        settings: QSettings,
        log_path: Path | None,
        demo: bool = False,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._settings = settings
        self._log_path = log_path
        self._demo = demo or source.target.demo
        self._runner = runner or TaskRunner(self)
        self._closing = False
        self._loading = False
        self._loaded_once = False
        self._columns_fitted = False

        self.setObjectName("mainWindow")
        self.setWindowTitle(f"{APP_TITLE} — Demo database" if self._demo else APP_TITLE)
        self.resize(*DEFAULT_SIZE)

        self.model = MeetingTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterRole(FILTER_ROLE)
        self.proxy.setFilterKeyColumn(DATE)  # FILTER_ROLE carries every searched field
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_central()
        self._build_status_bar()
        self._restore_window_state()

    # -- building --------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.quit_action = QAction("&Quit", self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        refresh_icon = QIcon.fromTheme(
            "view-refresh", self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload)
        )
        self.refresh_action = QAction(refresh_icon, "&Refresh", self)
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.refresh_action.setToolTip("Read the meetings again from the database (F5)")
        self.refresh_action.triggered.connect(self.start_loading)

        self.find_action = QAction("&Filter Meetings", self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self.focus_filter)

        self.about_action = QAction("&About SCODA Desktop", self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu("&File")
        file_menu.addAction(self.quit_action)
        view_menu = menu_bar.addMenu("&View")
        view_menu.addAction(self.refresh_action)
        view_menu.addAction(self.find_action)
        help_menu = menu_bar.addMenu("&Help")
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolBar")  # saveState needs a name
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.refresh_action)

    def _build_central(self) -> None:
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("meetingFilter")
        self.filter_edit.setPlaceholderText("Filter by theme, counterpart or country (Ctrl+F)")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)

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
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

        list_pane = QWidget()
        layout = QVBoxLayout(list_pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table)

        self.detail = MeetingDetailView()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(list_pane)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)  # the list grows with the window, not the pane
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([DEFAULT_SIZE[0] - DETAIL_WIDTH, DETAIL_WIDTH])

        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(6, 6, 6, 0)
        central_layout.addWidget(self.splitter)
        self.setCentralWidget(central)

    def _build_status_bar(self) -> None:
        self.status_label = QLabel()
        self.status_label.setObjectName("statusText")
        self.statusBar().addWidget(self.status_label, 1)
        if self._demo:
            hint = QLabel("Demo database")
            hint.setObjectName("demoHint")
            hint.setToolTip("Sample meetings to try SCODA Desktop with; not the office's data")
            self.statusBar().addPermanentWidget(hint)

    # -- window state ----------------------------------------------------------------------

    def _restore_window_state(self) -> None:
        geometry = self._settings.value(GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self._settings.value(STATE_KEY)
        if state is not None:
            self.restoreState(state)
        splitter = self._settings.value(SPLITTER_KEY)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def _save_window_state(self) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(STATE_KEY, self.saveState())
        self._settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing:
            self._closing = True
            self._save_window_state()
            # A load still running holds the database: let it return before closing it.
            self._runner.wait_for_done()
            self._source.close()
        super().closeEvent(event)

    # -- loading ---------------------------------------------------------------------------

    @property
    def database_name(self) -> str:
        return self._source.target.display_name

    def start_loading(self) -> None:
        """Open the database on first use, then (re)read the meetings, off the GUI thread."""
        if self._loading or self._closing:
            return
        self._loading = True
        self.refresh_action.setEnabled(False)
        verb = "Reading meetings from" if self._source.is_open else "Opening"
        self._set_status(f"{verb} {self.database_name}…")
        self._runner.submit(
            self._source.load, self._on_loaded, self._on_load_failed, name="load meetings"
        )

    def _on_loaded(self, rows: list[MeetingRow]) -> None:
        if self._closing:
            return
        self._loading = False
        self.refresh_action.setEnabled(True)
        selected = self.selected_meeting()
        self.model.set_rows(rows)
        self._loaded_once = True
        if rows and not self._columns_fitted:  # once: later widths are the user's
            self._columns_fitted = True
            self._fit_columns()
        if selected is not None:
            self.select_meeting(selected.id)
        self._on_selection_changed()
        self._update_status()
        self.meetings_loaded.emit(len(rows))

    def _on_load_failed(self, exc: BaseException, details: str) -> None:
        if self._closing:
            return
        self._loading = False
        self.refresh_action.setEnabled(True)
        opened = self._source.is_open
        verb = "read meetings from" if opened else "open"
        self._set_status(f"Could not {verb} {self.database_name}")
        if isinstance(exc, ScodaError):
            log.warning("could not %s %s: %s", verb, self.database_name, exc)
            title = "Cannot read the meetings" if opened else "Cannot open the database"
            QMessageBox.critical(self, title, str(exc))
        else:
            log.error("could not %s %s", verb, self.database_name, exc_info=exc)
            headline, message = error_dialog.describe(exc)
            error_dialog.show_error_dialog(headline, message, details, self._log_path, self)

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            if column == THEME:
                continue  # stretched over the width the others leave
            self.table.resizeColumnToContents(column)
            cap = COLUMN_CAPS.get(column)
            if cap is not None and header.sectionSize(column) > cap:
                header.resizeSection(column, cap)

    # -- filter, selection, status ---------------------------------------------------------

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _apply_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update_status()

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

    def _on_selection_changed(
        self,
        _selected: QItemSelection | None = None,
        _deselected: QItemSelection | None = None,
    ) -> None:
        meeting = self.selected_meeting()
        if meeting is None and self._loaded_once and self.model.rowCount() == 0:
            self.detail.show_message(NO_MEETINGS)
        else:
            self.detail.show_meeting(meeting)

    def _update_status(self) -> None:
        if not self._loaded_once:
            return
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        count = (
            count_text(total, "meeting")
            if shown == total
            else f"{shown} of {count_text(total, 'meeting')}"
        )
        self._set_status(f"{count} — {self.database_name}")

    def _set_status(self, text: str) -> None:
        self.status_label.setText(text)

    def status_text(self) -> str:
        return self.status_label.text()

    # -- about -----------------------------------------------------------------------------

    def about_text(self) -> str:
        log_path = escape(str(self._log_path)) if self._log_path else "not configured"
        return (
            f"<p><b>SCODA Desktop</b> {escape(__version__)}</p>"
            "<p>Meetings, protocol directory and press releases for the SCODA protocol "
            "office.</p>"
            f"<p>Database: {escape(self.database_name)}<br>"
            f"Log file: {log_path}<br>"
            f"Qt {escape(qVersion())}, PySide6 {escape(PySide6.__version__)}</p>"
        )

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle("About SCODA Desktop")
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self.about_text())
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()
