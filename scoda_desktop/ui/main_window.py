"""The main window: pages (Meetings, Calendar) beside a navigation list, the menus, the toolbar
and the status bar; the meeting editor opens from here.

Reads and writes run on the task runner. After any write (the editor's save, or a command from
the list) the window reads the meetings again and selects the one written.
"""

from __future__ import annotations

import logging
from datetime import datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QSettings, Qt, Signal, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QToolButton,
    QWidget,
)

from scoda_desktop import __version__
from scoda_desktop.domain.enums import MeetingStatus
from scoda_desktop.errors import ScodaError
from scoda_desktop.services.meeting_drafts import new_meeting_draft
from scoda_desktop.ui import error_dialog
from scoda_desktop.ui.calendar_view import CalendarView
from scoda_desktop.ui.change_watcher import DEFAULT_INTERVAL_MS, ChangeWatcher
from scoda_desktop.ui.display import count_text, office_time_text
from scoda_desktop.ui.followups import follow_up_pages
from scoda_desktop.ui.history_dialog import show_meeting_history
from scoda_desktop.ui.invitation_dialog import InvitationDialog
from scoda_desktop.ui.meeting_commands import MeetingCommands
from scoda_desktop.ui.meeting_editor import MeetingEditor
from scoda_desktop.ui.meetings_page import NO_MEETINGS, MeetingsPage
from scoda_desktop.ui.output_actions import OutputActions
from scoda_desktop.ui.preferences_dialog import edit_preferences
from scoda_desktop.ui.press import press_pages
from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from collections.abc import Callable

    from scoda_desktop.data.target import DatabaseTarget
    from scoda_desktop.services.meeting_detail import MeetingDetail
    from scoda_desktop.services.meeting_drafts import MeetingDraft
    from scoda_desktop.services.meeting_service import SavedMeeting
    from scoda_desktop.services.meetings import MeetingRow
    from scoda_desktop.ui.meeting_source import MeetingSource

__all__ = ["NO_MEETINGS", "MainWindow"]

log = logging.getLogger(__name__)

APP_TITLE = "SCODA Desktop"
DEFAULT_SIZE = (1240, 720)
STATUS_MESSAGE_MS = 15_000

# QSettings keys: window state only, never user preferences.
GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
SPLITTER_KEY = "main_window/splitter"
PAGE_KEY = "main_window/page"


def _icon(window: QWidget, theme_name: str, fallback: QStyle.StandardPixmap) -> QIcon:
    return QIcon.fromTheme(theme_name, window.style().standardIcon(fallback))


class MainWindow(QMainWindow):
    meetings_loaded = Signal(int)  # after the list is (re)filled: how many meetings
    editor_opened = Signal(object)  # the MeetingEditor, once shown

    def __init__(
        self,
        source: MeetingSource,
        *,
        settings: QSettings,
        log_path: Path | None,
        demo: bool = False,
        runner: TaskRunner | None = None,
        poll_interval_ms: int = DEFAULT_INTERVAL_MS,
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
        self._opening_editor = False
        self._select_after_load: int | None = None
        self.editor: MeetingEditor | None = None

        self.setObjectName("mainWindow")
        self.setWindowTitle(f"{APP_TITLE} — Demo database" if self._demo else APP_TITLE)
        self.resize(*DEFAULT_SIZE)

        self.commands = MeetingCommands(
            self._runner, source.meeting_service, self._report_failure, self
        )
        self.commands.done.connect(self._on_command_done)
        self.commands.duplicated.connect(self.open_editor)
        self.commands.undo_changed.connect(self._update_actions)
        self.commands.busy_changed.connect(self._update_actions)
        self.watcher = ChangeWatcher(self._runner, self._change_stamp, poll_interval_ms, self)
        self.watcher.changed.connect(self._on_changed_elsewhere)

        self._build_pages()
        self._build_actions()
        self.output = OutputActions(
            self,
            source,
            self._runner,
            self.selected_meeting,
            self._report_failure,
            reload=self.start_loading,
        )
        self.output.message.connect(self._show_message)
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._restore_window_state()
        self._update_actions()

    # -- building --------------------------------------------------------------------------

    def _build_pages(self) -> None:
        self.meetings_page = MeetingsPage()
        page = self.meetings_page
        # The list's parts, by the names the rest of the window (and its tests) use.
        self.model, self.proxy, self.table = page.model, page.proxy, page.table
        self.filter_edit, self.detail, self.splitter = page.filter_edit, page.detail, page.splitter
        page.selection_changed.connect(self._update_actions)
        page.selection_changed.connect(self._request_detail)
        page.filter_changed.connect(self._update_status)
        page.activated.connect(self.open_editor)

        self.calendar = CalendarView()
        self.calendar.meeting_activated.connect(self.open_editor)
        self.calendar.create_requested.connect(self.new_meeting)

        self.press_page, self.templates_page = press_pages(
            self._runner,
            self._source,
            selected_meeting=lambda: getattr(self.selected_meeting(), "id", None),
            report_failure=self._report_failure,
            show_message=self._show_message,
            meetings_loaded=self.meetings_loaded,
        )
        self.followups_page, self.reports_page = follow_up_pages(
            self._runner,
            self._source,
            open_meeting=self.open_editor,
            report_failure=self._report_failure,
            show_message=self._show_message,
            meetings_loaded=self.meetings_loaded,
        )

        self.pages = QStackedWidget(objectName="pages")
        self.navigation = QListWidget(objectName="navigation")
        for title, widget, icon in (
            ("Meetings", page, QStyle.StandardPixmap.SP_FileDialogListView),
            ("Calendar", self.calendar, QStyle.StandardPixmap.SP_FileDialogDetailedView),
            ("Press releases", self.press_page, QStyle.StandardPixmap.SP_FileDialogContentsView),
            ("Templates", self.templates_page, QStyle.StandardPixmap.SP_FileDialogInfoView),
            ("Follow-ups", self.followups_page, QStyle.StandardPixmap.SP_DialogApplyButton),
            ("Reports", self.reports_page, QStyle.StandardPixmap.SP_FileDialogDetailedView),
        ):
            self.pages.addWidget(widget)
            QListWidgetItem(self.style().standardIcon(icon), title, self.navigation)
        # As narrow as its longest entry: the list beside it needs the width.
        self.navigation.setFixedWidth(
            self.navigation.sizeHintForColumn(0) + 2 * self.navigation.frameWidth() + 8
        )
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        *,
        tip: str | None = None,
        icon: QIcon | None = None,
    ) -> QAction:
        action = QAction(icon or QIcon(), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        SP = QStyle.StandardPixmap
        self.quit_action = self._action("&Quit", self.close, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.new_action = self._action(
            "&New Meeting…",
            lambda: self.new_meeting(None),
            QKeySequence.StandardKey.New,
            tip="Arrange a new meeting (Ctrl+N)",
            icon=_icon(self, "document-new", SP.SP_FileIcon),
        )
        self.edit_action = self._action(
            "&Edit Meeting…",
            self._edit_selected,
            tip="Open the selected meeting in the editor (Enter or double-click)",
            icon=_icon(self, "document-edit", SP.SP_FileDialogContentsView),
        )
        self.duplicate_action = self._action(
            "D&uplicate Meeting",
            self._duplicate_selected,
            "Ctrl+D",
            tip="Copy the selected meeting and its attendees as a new draft, for a series",
            icon=_icon(self, "edit-copy", SP.SP_FileDialogNewFolder),
        )
        self.invitation_action = self._action(
            "&Invitation…",
            self._invite_selected,
            tip="The selected meeting's invitation e-mail and .ics, to save or open in the "
            "mail program",
        )
        self.postpone_action = self._action(
            "&Postpone Meeting",
            self._postpone_selected,
            tip="Mark the selected meeting postponed; its record is kept",
        )
        self.cancel_action = self._action(
            "&Cancel Meeting",
            self._cancel_selected,
            tip="Mark the selected meeting cancelled; its record is kept",
        )
        self.delete_action = self._action(
            "&Delete Meeting…",
            self._delete_selected,
            QKeySequence.StandardKey.Delete,
            tip="Delete the selected meeting (asks first; Ctrl+Z undoes it)",
            icon=_icon(self, "edit-delete", SP.SP_TrashIcon),
        )
        # Delete only from the list: in a text box the key deletes text.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.addAction(self.delete_action)
        self.undo_action = self._action(
            "&Undo",
            self.commands.undo,
            QKeySequence.StandardKey.Undo,
            icon=_icon(self, "edit-undo", SP.SP_ArrowBack),
        )
        self.refresh_action = self._action(
            "&Refresh",
            lambda: self.start_loading(),
            "F5",
            tip="Read the meetings again from the database (F5)",
            icon=_icon(self, "view-refresh", SP.SP_BrowserReload),
        )
        self.find_action = self._action(
            "&Filter Meetings", self.focus_filter, QKeySequence.StandardKey.Find
        )
        self.page_actions = [
            self._action(
                f"&{self.navigation.item(n).text()}",
                lambda _checked=False, n=n: self.navigation.setCurrentRow(n),
                f"Ctrl+{n + 1}",
            )
            for n in range(self.navigation.count())
        ]
        self.preferences_action = self._action(
            "&Preferences…", self.open_preferences, QKeySequence.StandardKey.Preferences
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.history_action = self._action(
            "&History…",
            self._show_history_of_selected,
            tip="Who changed the selected meeting, when, and what they changed",
        )
        self.about_action = self._action("&About SCODA Desktop", self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu("&File")
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.output.print_action)
        file_menu.addAction(self.output.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.output.backup_action)
        file_menu.addAction(self.output.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu_bar.addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        meeting_menu = menu_bar.addMenu("&Meeting")
        meeting_menu.addAction(self.edit_action)
        meeting_menu.addAction(self.duplicate_action)
        meeting_menu.addAction(self.invitation_action)
        meeting_menu.addAction(self.history_action)
        meeting_menu.addSeparator()
        meeting_menu.addAction(self.postpone_action)
        meeting_menu.addAction(self.cancel_action)
        meeting_menu.addSeparator()
        meeting_menu.addAction(self.delete_action)
        view_menu = menu_bar.addMenu("&View")
        for action in self.page_actions:
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        help_menu = menu_bar.addMenu("&Help")
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolBar")  # saveState needs a name
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_action, self.edit_action, self.duplicate_action):
            toolbar.addAction(action)
        toolbar.addAction(self.delete_action)
        toolbar.addSeparator()
        toolbar.addAction(self.refresh_action)

    def _build_status_bar(self) -> None:
        self.status_label = QLabel()
        self.status_label.setObjectName("statusText")
        self.statusBar().addWidget(self.status_label, 1)
        self.undo_button = QToolButton(objectName="undoButton")
        self.undo_button.setDefaultAction(self.undo_action)
        self.undo_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.statusBar().addPermanentWidget(self.undo_button)
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
        page = self._settings.value(PAGE_KEY)
        if isinstance(page, int | str) and str(page).isdigit():
            self.navigation.setCurrentRow(min(int(page), self.navigation.count() - 1))

    def _save_window_state(self) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(STATE_KEY, self.saveState())
        self._settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        self._settings.setValue(PAGE_KEY, self.navigation.currentRow())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.editor is not None and self.editor.isVisible() and not self.editor.close():
            event.ignore()  # the editor kept its unsaved changes
            return
        press = (self.press_page, self.templates_page)
        if not self._closing and not all(page.confirm_leave() for page in press):
            event.ignore()  # a press release or template kept its unsaved changes
            return
        if not self._closing:
            self._closing = True
            self._save_window_state()
            # A task still running holds the database: let it return before closing it.
            self.watcher.stop()
            self._runner.wait_for_done()
            self._source.close()
        super().closeEvent(event)

    # -- loading ---------------------------------------------------------------------------

    @property
    def database_name(self) -> str:
        return self._source.target.display_name

    def start_loading(self, select: int | None = None) -> None:
        """Open the database on first use, then (re)read the meetings, off the GUI thread;
        then select meeting ``select`` if given."""
        if select is not None:
            self._select_after_load = select
        if self._loading or self._closing:
            return
        self._loading = True
        self.refresh_action.setEnabled(False)
        verb = "Reading meetings from" if self._source.is_open else "Opening"
        self._set_status(f"{verb} {self.database_name}…")
        self._runner.submit(
            self.watcher.stamped(self._source.load),
            self._on_loaded,
            self._on_load_failed,
            name="load meetings",
        )

    def _on_loaded(self, rows: list[MeetingRow]) -> None:
        if self._closing:
            return
        self._loading = False
        select, self._select_after_load = self._select_after_load, None
        self.meetings_page.set_rows(rows, select)
        self.calendar.set_meetings(rows)
        self._update_status()
        self._update_actions()
        self.meetings_loaded.emit(len(rows))
        self.watcher.start()

    def _on_load_failed(self, exc: BaseException, details: str) -> None:
        if self._closing:
            return
        self._loading = False
        self._update_actions()
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

    def _report_failure(self, title: str, exc: BaseException, details: str) -> None:
        if not self._closing:
            error_dialog.report_failure(title, exc, details, self._log_path, self)

    # -- the editor ------------------------------------------------------------------------

    def new_meeting(self, starts_at: datetime | None = None) -> None:
        """Open the editor on a new meeting, at ``starts_at`` or tomorrow at 10:00."""
        self._open_editor_on(lambda: new_meeting_draft(starts_at))

    def open_editor(self, meeting_id: int) -> None:
        service = self._source.meeting_service
        self._open_editor_on(lambda: service().load(meeting_id))

    def _open_editor_on(self, make_draft: Callable[[], MeetingDraft]) -> None:
        """Read what the editor needs off the GUI thread, then show it (one at a time)."""
        if not self._source.is_open or self._opening_editor or self._closing:
            return
        if self.editor is not None and self.editor.isVisible():
            self.editor.raise_()
            self.editor.activateWindow()
            return
        self._opening_editor = True
        service = self._source.meeting_service()
        self._runner.submit(
            lambda: (make_draft(), service.countries()),
            self._show_editor,
            self._on_editor_failed,
            name="open meeting",
        )

    def _show_editor(self, loaded: tuple[MeetingDraft, list[tuple[str, str]]]) -> None:
        self._opening_editor = False
        if self._closing:
            return
        draft, countries = loaded
        editor = MeetingEditor(
            draft,
            service=self._source.meeting_service(),
            runner=self._runner,
            countries=countries,
            log_path=self._log_path,
            read=self._source.read,
            parent=self,
        )
        editor.saved.connect(self._on_meeting_saved)
        editor.finished.connect(lambda _result: self._forget_editor(editor))
        self.editor = editor
        editor.open()
        self.editor_opened.emit(editor)

    def _on_editor_failed(self, exc: BaseException, details: str) -> None:
        self._opening_editor = False
        self._report_failure("Cannot open the meeting", exc, details)

    def _forget_editor(self, editor: MeetingEditor) -> None:
        if self.editor is editor:
            self.editor = None
        editor.deleteLater()

    def _on_meeting_saved(self, saved: SavedMeeting) -> None:
        verb = "Created" if saved.created else "Saved"
        self._show_message(f"{verb} “{saved.theme}”.")
        self.start_loading(select=saved.id)

    # -- meeting commands ------------------------------------------------------------------

    def selected_meeting(self) -> MeetingRow | None:
        return self.meetings_page.selected_meeting()

    def select_meeting(self, meeting_id: int) -> bool:
        return self.meetings_page.select_meeting(meeting_id)

    def _edit_selected(self) -> None:
        meeting = self.selected_meeting()
        if meeting is not None:
            self.open_editor(meeting.id)

    def _duplicate_selected(self) -> None:
        meeting = self.selected_meeting()
        if meeting is not None:
            self.commands.duplicate(meeting)

    def _invite_selected(self) -> None:
        meeting = self.selected_meeting()
        if meeting is not None and self._source.is_open:
            InvitationDialog(
                meeting.id,
                meeting.theme,
                read=self._source.read,
                runner=self._runner,
                report_failure=self._report_failure,
                parent=self,
            ).open()

    def _postpone_selected(self) -> None:
        meeting = self.selected_meeting()
        if meeting is not None:
            self.commands.postpone(meeting)

    def _cancel_selected(self) -> None:
        meeting = self.selected_meeting()
        if meeting is not None:
            self.commands.cancel(meeting)

    def _delete_selected(self) -> None:
        meeting = self.selected_meeting()
        if meeting is None:
            return
        answer = QMessageBox.question(
            self,
            "Delete meeting?",
            f"Delete “{meeting.theme}” ({office_time_text(meeting.starts_at)}) with its "
            "attendees, outcomes and press releases?\n\nUndo (Ctrl+Z) brings it back until "
            "SCODA Desktop is closed.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.commands.delete(meeting)

    def _on_command_done(self, select: int | None, message: str) -> None:
        if message:
            self._show_message(message)
        self.start_loading(select=select)

    def _request_detail(self) -> None:
        """Fill the pane with the selected meeting's people in order and its outcomes, read
        off the GUI thread; the list row's summary shows meanwhile."""
        meeting = self.selected_meeting()
        if meeting is None or not self._source.is_open or self._closing:
            return
        meeting_id = meeting.id

        def show(detail: MeetingDetail) -> None:
            current = self.selected_meeting()
            if not self._closing and current is not None and current.id == detail.meeting_id:
                self.meetings_page.detail.show_meeting(current, detail)

        def failed(exc: BaseException, _details: str) -> None:  # the summary stays
            log.warning("could not read meeting %s for the detail pane: %s", meeting_id, exc)

        self._runner.submit(
            lambda: self._source.meeting_detail(meeting_id), show, failed, name="meeting detail"
        )

    def _update_actions(self, *_args: object) -> None:
        meeting = self.selected_meeting()
        ready = self._source.is_open and not self._closing
        idle = ready and not self.commands.busy
        self.new_action.setEnabled(ready)
        self.refresh_action.setEnabled(not self._loading and not self._closing)
        for action in (self.edit_action, self.duplicate_action, self.delete_action):
            action.setEnabled(idle and meeting is not None)
        self.invitation_action.setEnabled(ready and meeting is not None)
        self.history_action.setEnabled(ready and meeting is not None)
        self.output.update(ready)
        status = meeting.status if meeting is not None else None
        self.postpone_action.setEnabled(
            idle
            and status is not None
            and status not in (MeetingStatus.POSTPONED, MeetingStatus.CANCELLED)
        )
        self.cancel_action.setEnabled(
            idle and status is not None and status != MeetingStatus.CANCELLED
        )
        self.undo_action.setEnabled(idle and self.commands.can_undo)
        self.undo_action.setText("&Undo Delete" if self.commands.can_undo else "&Undo")
        self.undo_action.setToolTip(self.commands.undo_tip())
        self.undo_button.setVisible(self.commands.can_undo)

    # -- filter and status -----------------------------------------------------------------

    def focus_filter(self) -> None:
        self.navigation.setCurrentRow(0)
        self.meetings_page.focus_filter()

    def _update_status(self) -> None:
        if not self.meetings_page.loaded_once:
            return
        total, shown = self.meetings_page.counts()
        count = (
            count_text(total, "meeting")
            if shown == total
            else f"{shown} of {count_text(total, 'meeting')}"
        )
        self._set_status(f"{count} — {self.database_name}")

    def _set_status(self, text: str) -> None:
        self.status_label.setText(text)

    def _show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def status_text(self) -> str:
        return self.status_label.text()

    def status_message(self) -> str:
        return self.statusBar().currentMessage()

    # -- preferences, history, changes made elsewhere -------------------------------------

    def open_preferences(self) -> None:
        chosen = edit_preferences(self, in_use=self._source.target, switch_to=self.switch_database)
        if chosen is not None:
            self.watcher.set_interval(chosen.poll_interval_ms())

    def switch_database(self, target: DatabaseTarget) -> None:
        """Close the database in use and open ``target`` (chosen in Preferences)."""
        if self._loading or self.commands.busy or self.editor is not None:
            QMessageBox.information(
                self,
                "Not now",
                "Close the meeting editor and wait for the current task, then choose the "
                "database again in Preferences (or restart SCODA Desktop to open it).",
            )
            return
        self.watcher.stop()
        self._runner.wait_for_done()
        self._source.switch_to(target)
        self.commands.forget_deleted()  # they belong to the other database
        self.watcher.forget()
        self._demo = target.demo
        self.setWindowTitle(APP_TITLE)
        self.start_loading()

    def _show_history_of_selected(self) -> None:
        meeting = self.selected_meeting()
        if meeting is not None and self._source.is_open:
            service = self._source.meeting_service()
            show_meeting_history(
                self, self._runner, service, meeting.id, meeting.theme, self._report_failure
            )

    def _change_stamp(self) -> object | None:
        """Run by the watcher on the task runner: the meetings' fingerprint, or None."""
        return self._source.meeting_service().change_stamp() if self._source.is_open else None

    def _on_changed_elsewhere(self) -> None:
        if not self._closing:
            self._show_message("Updated with changes saved elsewhere.")
            self.start_loading()

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
