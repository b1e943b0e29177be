"""The main window: pages (Meetings, Calendar, ...) beside a navigation list, the menus, the
toolbar and the status bar; the meeting editor opens from here.

The pages are built when first shown (``pages``); the actions, menus and toolbar are built by
``WindowActions`` (``window_actions``). Reads and writes run on the task runner. After any write
(the editor's save, or a command from the list) the window reads the meetings again and selects
the one written.

Texts are translated with ``self.tr`` (context ``MainWindow``); the page titles are marked in
``pages`` in the same context.
"""

from __future__ import annotations

import logging
from datetime import datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QSettings, Qt, Signal, qVersion
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QToolButton, QWidget

from scoda_desktop import __version__
from scoda_desktop.errors import ScodaError
from scoda_desktop.ui import error_dialog
from scoda_desktop.ui.change_watcher import DEFAULT_INTERVAL_MS, ChangeWatcher
from scoda_desktop.ui.display import error_text, office_time_text
from scoda_desktop.ui.meeting_commands import MeetingCommands
from scoda_desktop.ui.meetings_page import NO_MEETINGS, MeetingsPage
from scoda_desktop.ui.output_actions import OutputActions
from scoda_desktop.ui.pages import PageContext, PageStack
from scoda_desktop.ui.window_actions import WindowActions
from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from collections.abc import Callable

    from scoda_desktop.data.target import DatabaseTarget
    from scoda_desktop.services.meeting_detail import MeetingDetail
    from scoda_desktop.services.meeting_drafts import MeetingDraft
    from scoda_desktop.services.meeting_service import SavedMeeting
    from scoda_desktop.services.meetings import MeetingRow
    from scoda_desktop.ui.meeting_editor import MeetingEditor
    from scoda_desktop.ui.meeting_source import MeetingSource

__all__ = ["NO_MEETINGS", "MainWindow"]

log = logging.getLogger(__name__)

APP_TITLE = "SCODA Desktop"  # the product's name, the same in every language
DEFAULT_SIZE = (1240, 720)
STATUS_MESSAGE_MS = 15_000

# QSettings keys: window state only, never user preferences.
GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
SPLITTER_KEY = "main_window/splitter"
PAGE_KEY = "main_window/page"  # the key of the page shown (pages.PAGES)


class MainWindow(WindowActions):
    meetings_loaded = Signal(int)  # after the list is (re)filled: how many meetings
    # At start, the list as last read shown from its cache, before the database is read:
    # how many meetings (meetings_loaded follows once it has been read).
    cached_list_shown = Signal(int)
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
        self._rows_from_cache: list[MeetingRow] | None = None  # shown until the database is read
        self.editor: MeetingEditor | None = None

        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("SCODA Desktop — Demo database") if self._demo else APP_TITLE)
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
        context = PageContext(
            runner=self._runner,
            source=self._source,
            report_failure=self._report_failure,
            show_message=self._show_message,
            open_meeting=self.open_editor,
            new_meeting=self.new_meeting,
            selected_meeting_id=lambda: getattr(self.selected_meeting(), "id", None),
            show_page=self._show_page,
            reload=self.start_loading,
            window=self,
        )
        self.page_stack = PageStack(context, parent=self)
        self.navigation, self.pages = self.page_stack.navigation, self.page_stack.stack
        # The Meetings page is the window's own: built now, whichever page is shown.
        page = self.page_stack.page("meetings_page")
        assert isinstance(page, MeetingsPage)
        self.meetings_page = page
        # The list's parts, by the names the rest of the window (and its tests) use.
        self.model, self.proxy, self.table = page.model, page.proxy, page.table
        self.filter_edit, self.detail, self.splitter = page.filter_edit, page.detail, page.splitter
        page.selection_changed.connect(self._update_actions)
        page.selection_changed.connect(self._request_detail)
        page.filter_changed.connect(self._update_status)
        page.activated.connect(self.open_editor)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

    def __getattr__(self, name: str) -> QWidget:
        """A page by its key in ``pages.PAGES`` (``window.calendar``, ``window.press_page``,
        ...), built on first use."""
        stack = self.__dict__.get("page_stack")
        if stack is None or not stack.has(name):
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        return stack.page(name)

    def _build_status_bar(self) -> None:
        self.status_label = QLabel()
        self.status_label.setObjectName("statusText")
        self.statusBar().addWidget(self.status_label, 1)
        self.undo_button = QToolButton(objectName="undoButton")
        self.undo_button.setDefaultAction(self.undo_action)
        self.undo_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.statusBar().addPermanentWidget(self.undo_button)
        if self._demo:
            hint = QLabel(self.tr("Demo database"))
            hint.setObjectName("demoHint")
            hint.setToolTip(
                self.tr("Sample meetings to try SCODA Desktop with; not the office's data")
            )
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
        if isinstance(page, str) and self.page_stack.has(page):
            self.page_stack.show(page)  # only this page is built before the window shows
        else:
            self.page_stack.show("meetings_page")

    def _save_window_state(self) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(STATE_KEY, self.saveState())
        self._settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        self._settings.setValue(PAGE_KEY, self.page_stack.current_key())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.editor is not None and self.editor.isVisible() and not self.editor.close():
            event.ignore()  # the editor kept its unsaved changes
            return
        if not self._closing and not self.page_stack.confirm_leave():
            event.ignore()  # a page (a press release, a template) kept its unsaved changes
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
        if self._source.is_open:
            status = self.tr("Reading meetings from {database}…")
        else:
            status = self.tr("Opening {database}…")
        self._set_status(status.format(database=self.database_name))
        if not self._source.is_open and self._source.caches_list:
            self._runner.submit(
                self._source.cached_rows,
                self._on_cached_rows,
                self._on_cache_failed,
                name="read the cached meeting list",
            )
        else:
            self._read_meetings()

    def _read_meetings(self) -> None:
        source, watcher = self._source, self.watcher

        def open_then_list() -> list[MeetingRow]:
            rows = source.load()
            watcher.set_baseline(source.last_read_stamp)  # read right before the rows
            return rows

        self._runner.submit(
            open_then_list, self._on_loaded, self._on_load_failed, name="load meetings"
        )

    def _on_cached_rows(self, rows: list[MeetingRow] | None) -> None:
        """Show the list as last read (if it was cached and nothing has changed since), then
        open and read the database; actions that need the database wait for it."""
        if self._closing:
            return
        if rows is not None:
            self._rows_from_cache = rows
            self.meetings_page.set_rows(rows, self._select_after_load)
            self.cached_list_shown.emit(len(rows))
        self._read_meetings()

    def _on_cache_failed(self, exc: BaseException, details: str) -> None:
        log.warning("could not read the cached meeting list: %s\n%s", exc, details)
        if not self._closing:
            self._read_meetings()

    def _on_loaded(self, rows: list[MeetingRow]) -> None:
        if self._closing:
            return
        self._loading = False
        select, self._select_after_load = self._select_after_load, None
        shown, self._rows_from_cache = self._rows_from_cache, None
        if rows is not shown:  # load() hands back the cached list while the database matches it
            self.meetings_page.set_rows(rows, select)
        else:
            if select is not None:
                self.meetings_page.select_meeting(select)
            self._request_detail()  # a meeting selected meanwhile: its detail needed the database
        self.page_stack.meetings_loaded(rows)  # the other pages built so far
        self._update_status()
        self._update_actions()
        self.meetings_loaded.emit(len(rows))
        self.watcher.start()
        self._runner.submit(
            self._source.save_list,
            lambda _none: None,
            self._on_save_list_failed,
            name="cache the meeting list",
        )

    def _on_save_list_failed(self, exc: BaseException, details: str) -> None:
        log.warning("could not cache the meeting list: %s\n%s", exc, details)

    def _on_load_failed(self, exc: BaseException, details: str) -> None:
        if self._closing:
            return
        self._loading = False
        if self._rows_from_cache is not None:  # not vouched for by a database that opens
            self._rows_from_cache = None
            self.meetings_page.set_rows([])
        self._update_actions()
        opened = self._source.is_open
        verb = "read meetings from" if opened else "open"  # for the log
        if opened:
            status = self.tr("Could not read meetings from {database}")
        else:
            status = self.tr("Could not open {database}")
        self._set_status(status.format(database=self.database_name))
        if isinstance(exc, ScodaError):
            log.warning("could not %s %s: %s", verb, self.database_name, exc)
            if opened:
                title = self.tr("Cannot read the meetings")
            else:
                title = self.tr("Cannot open the database")
            QMessageBox.critical(self, title, error_text(exc))
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
        from scoda_desktop.services.meeting_drafts import new_meeting_draft

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
        from scoda_desktop.ui.meeting_editor import MeetingEditor

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
        self._report_failure(self.tr("Cannot open the meeting"), exc, details)

    def _forget_editor(self, editor: MeetingEditor) -> None:
        if self.editor is editor:
            self.editor = None
        editor.deleteLater()

    def _on_meeting_saved(self, saved: SavedMeeting) -> None:
        message = self.tr("Created “{theme}”.") if saved.created else self.tr("Saved “{theme}”.")
        self._show_message(message.format(theme=saved.theme))
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
            from scoda_desktop.ui.invitation_dialog import InvitationDialog

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
            self.tr("Delete meeting?"),
            self.tr(
                "Delete “{theme}” ({time}) with its attendees, outcomes and press releases?"
                "\n\nUndo (Ctrl+Z) brings it back until SCODA Desktop is closed."
            ).format(theme=meeting.theme, time=office_time_text(meeting.starts_at)),
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

    # -- filter and status -----------------------------------------------------------------

    def _show_page(self, key: str) -> QWidget:
        self.page_stack.show(key)
        return self.page_stack.page(key)

    def focus_filter(self) -> None:
        """Ctrl+F: the filter of the page shown, if it has one; else the meeting list's."""
        key = self.page_stack.current_key()
        page = self.page_stack.page(key) if key is not None else None
        focus = getattr(page, "focus_filter", None)
        if focus is None:
            self.page_stack.show("meetings_page")
            focus = self.meetings_page.focus_filter
        focus()

    def _update_status(self) -> None:
        if not self.meetings_page.loaded_once:
            return
        self._set_status(f"{self.meetings_page.count_text()} — {self.database_name}")

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
        from scoda_desktop.ui.preferences_dialog import edit_preferences

        chosen = edit_preferences(self, in_use=self._source.target, switch_to=self.switch_database)
        if chosen is not None:
            self.watcher.set_interval(chosen.poll_interval_ms())

    def switch_database(self, target: DatabaseTarget) -> None:
        """Close the database in use and open ``target`` (chosen in Preferences)."""
        if self._loading or self.commands.busy or self.editor is not None:
            QMessageBox.information(
                self,
                self.tr("Not now"),
                self.tr(
                    "Close the meeting editor and wait for the current task, then choose the "
                    "database again in Preferences (or restart SCODA Desktop to open it)."
                ),
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
            from scoda_desktop.ui.history_dialog import show_meeting_history

            service = self._source.meeting_service()
            show_meeting_history(
                self, self._runner, service, meeting.id, meeting.theme, self._report_failure
            )

    def _change_stamp(self) -> object | None:
        """Run by the watcher on the task runner: the meetings' fingerprint, or None."""
        return self._source.change_stamp()

    def _on_changed_elsewhere(self) -> None:
        if not self._closing:
            self._show_message(self.tr("Updated with changes saved elsewhere."))
            self.start_loading()

    # -- about -----------------------------------------------------------------------------

    def about_text(self) -> str:
        log_path = str(self._log_path) if self._log_path else self.tr("not configured")
        purpose = self.tr(
            "Meetings, protocol directory and press releases for the SCODA protocol office."
        )
        database = self.tr("Database: {database}").format(database=self.database_name)
        log_file = self.tr("Log file: {path}").format(path=log_path)
        return (
            f"<p><b>{APP_TITLE}</b> {escape(__version__)}</p>"
            f"<p>{escape(purpose)}</p>"
            f"<p>{escape(database)}<br>{escape(log_file)}<br>"
            f"Qt {escape(qVersion())}, PySide6 {escape(PySide6.__version__)}</p>"
        )

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About SCODA Desktop"))
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self.about_text())
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()
