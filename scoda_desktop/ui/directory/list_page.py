"""``DirectoryPage``: what the People, Organisations and Countries pages share. A filter line, a
sortable list and the selected record's detail beside it, a row of commands under the list with
the count, and one form open at a time.

Reads run on the task runner; a subclass says what to read (``list_reader``, ``detail_reader``)
and how the detail reads (``detail_html``, or ``show_detail`` for a pane of its own).
``refresh`` reads the list again keeping the selection and the filter; ``select_key`` selects a
record, reading the list first if it is not listed yet. Ctrl+F is the window's: it calls
``focus_filter`` of the page shown. Esc in the filter clears it.

Nothing here imports the data layer: the window builds the pages before its first paint.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from scoda_desktop.errors import ScodaError
from scoda_desktop.ui.directory.detail_html import LinkBrowser
from scoda_desktop.ui.directory.form_slot import FormSlot
from scoda_desktop.ui.directory.list_parts import CommandBar, directory_table
from scoda_desktop.ui.directory.tasks import FailureReporter, ServiceFactory, submit_for
from scoda_desktop.ui.display import error_text
from scoda_desktop.ui.row_table import ROW_ROLE, Column, RowFilterProxy, RowTableModel
from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from scoda_desktop.services.directory import DirectoryService

__all__ = ["DirectoryPage", "fold_typed"]

log = logging.getLogger(__name__)

DETAIL_WIDTH = 440
LIST_WIDTH = 820


def fold_typed(text: str) -> str:
    """Typed filter text folded as the directory's search keys are (accents and case aside).
    The folding module is imported on first use: it brings the data layer with it."""
    from scoda_desktop.services.directory.folding import fold

    return fold(text)


class DirectoryPage(QWidget):
    """``record_kind`` ("person", "organisation", "country") names the page's records in
    links and to ``open_history``. A link to a record of another kind in the detail pane asks
    the window to show it (``open_person``, ``open_organisation``, ``open_country``)."""

    message = Signal(str)  # status-bar text
    open_person = Signal(int)
    open_organisation = Signal(int)
    open_country = Signal(str)
    loaded = Signal(int)  # the list was read: how many rows
    detail_loaded = Signal(object)  # the detail pane shows this record

    def __init__(
        self,
        runner: TaskRunner,
        service: ServiceFactory,
        report_failure: FailureReporter,
        *,
        record_kind: str,
        columns: Sequence[Column[Any]],
        key: Callable[[Any], Hashable],
        context: str,
        open_meeting: Callable[[int], None],
        open_history: Callable[[str, int | str], None],
        detail: LinkBrowser | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._service = service
        self._report_failure = report_failure
        self._open_meeting = open_meeting
        self._open_history = open_history
        self.record_kind = record_kind
        self.key_of = key
        self._loading = False
        self._reload_queued = False
        self._select_after_load: Hashable | None = None
        self._message_after_load: str | None = None
        self._detail_asked = 0  # answers to older questions are dropped
        self.loaded_once = False
        self.detail_record: Any = None  # what the detail pane shows
        self.forms = FormSlot(self, runner, service, report_failure)  # one form at a time
        self.forms.opening_changed.connect(self.update_buttons)
        self.forms.gone.connect(self._on_record_gone)

        self.model: RowTableModel[Any] = RowTableModel(
            columns, key=key, search_text=lambda row: row.search_key, context=context, parent=self
        )
        self.proxy = RowFilterProxy(fold_typed, self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit(objectName="directoryFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter_text)
        self.filter_row = QHBoxLayout()
        self.filter_row.addWidget(self.filter_edit, 1)

        self.table = directory_table(self.proxy)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.activate_selected())
        for enter in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(enter), self.table, self.activate_selected)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.commands = CommandBar(self)  # add_button: the page's commands
        self.count_label = self.commands.count_label
        list_pane = QWidget()
        list_layout = QVBoxLayout(list_pane)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(self.filter_row)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.commands)

        self.detail = detail if detail is not None else LinkBrowser()
        self.detail.link_activated.connect(self.follow_link)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(list_pane)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([LIST_WIDTH, DETAIL_WIDTH])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._show_placeholder()

    # -- what a page says (overridden) -----------------------------------------------------

    def list_reader(self) -> Callable[[DirectoryService], Any]:
        """What reads the list (``rows_of`` takes the rows out of its answer): runs on the
        task runner, so it must not hold the page."""
        raise NotImplementedError

    def detail_reader(self, key: Any) -> Callable[[DirectoryService], Any]:
        raise NotImplementedError

    def detail_html(self, detail: Any) -> str:
        raise NotImplementedError

    def show_detail(self, detail: Any) -> Any:
        """Show what ``detail_reader`` read; return the record kept as ``detail_record``."""
        self.detail.setHtml(self.detail_html(detail))
        return detail

    def count_text(self, shown: int, total: int) -> str:
        raise NotImplementedError

    def empty_text(self) -> str:
        """What the pane says when the database has no such records yet."""
        raise NotImplementedError

    def nothing_selected_text(self) -> str:
        raise NotImplementedError

    def no_match_text(self, text: str) -> str:
        return self.tr(
            "Nothing matches “{text}”. Clear the filter (Esc) to see the whole list."
        ).format(text=text)

    def follow_link(self, kind: str, key: str) -> None:
        """A link in the detail pane was clicked (a subclass adds links of its own)."""
        if kind == "meeting":
            self._open_meeting(int(key))
            return
        opens = {
            "person": self.open_person,
            "organisation": self.open_organisation,
            "country": self.open_country,
        }
        if kind not in opens:
            return
        record_key = key.upper() if kind == "country" else int(key)
        if kind == self.record_kind:
            self.show_record(record_key)
        else:
            opens[kind].emit(record_key)

    def show_record(self, key: Hashable) -> None:
        """Select the record ``key`` (reading the list first if it is not listed yet; clearing
        the filter if it hides it); the detail pane follows."""
        self.select_key(key)

    def activate(self, row: Any) -> None:
        """Enter or a double-click on ``row`` (edit it)."""

    def load_failed_title(self) -> str:
        return self.tr("Cannot read the list")

    def rows_of(self, result: Any) -> list[Any]:
        """The rows in what ``list_reader`` returned (the rows themselves, unless overridden)."""
        return list(result)

    def not_listed(self, key: Hashable) -> bool:
        """The record ``key`` was asked for but the list read does not hold it: True if the
        page did something about it (such as reading a wider list), else it says so."""
        return False

    def update_buttons(self) -> None:
        """Enable the commands that apply to the selection (overridden)."""

    # -- reading ---------------------------------------------------------------------------

    def refresh(self, *_args: object) -> None:
        """Read the list again off the GUI thread, keeping the selection and the filter; a
        request while reading is served after it. Nothing happens before the window has opened
        the database."""
        if self._loading:
            self._reload_queued = True
            return
        try:
            service = self._service()
        except RuntimeError as exc:  # the database is not open yet
            log.debug("directory list not read: %s", exc)
            return
        reader = self.list_reader()
        self._loading = True
        submit_for(
            self,
            self._runner,
            lambda: reader(service),
            self._on_rows,
            self._on_rows_failed,
            name="directory list",
        )

    def _on_rows(self, result: Any) -> None:
        self._loading = False
        if self._reload_queued:
            self._reload_queued = False
            self.refresh()
            return
        selected = self.selected_key()
        wanted = self._select_after_load if self._select_after_load is not None else selected
        self._select_after_load = None
        self.loaded_once = True
        rows = self.rows_of(result)
        self.model.set_rows(rows)
        if (
            wanted is not None
            and not self.select_key(wanted, read=False)
            and not self.not_listed(wanted)
        ):
            self.message.emit(self.tr("That record is not in the list any more."))
        if self.selected_row() is None:  # else selecting it has asked for its detail
            self._on_selection_changed()
        self.announce_count()
        if self._message_after_load:
            self.message.emit(self._message_after_load)
            self._message_after_load = None
        self.loaded.emit(len(rows))

    def select_after_refresh(self, key: Hashable | None, message: str | None = None) -> None:
        """Read the list again (a record was saved), then select ``key`` (None: keep the
        selection) and say ``message``."""
        self._select_after_load = key
        self._message_after_load = message
        self.refresh()

    def _on_rows_failed(self, exc: BaseException, details: str) -> None:
        self._loading = False
        self._reload_queued = False
        self._report_failure(self.load_failed_title(), exc, details)

    # -- filter and selection --------------------------------------------------------------

    def focus_filter(self) -> None:
        """Put the cursor in the filter, its text selected (the window's Ctrl+F)."""
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.filter_edit.text():
            self.filter_edit.clear()
            return
        super().keyPressEvent(event)

    def _on_filter_text(self, text: str) -> None:
        shown = self.selected_row()
        self.proxy.set_text(text)
        if self.selected_row() is not shown:  # the proxy dropped the selected row silently
            self._on_selection_changed()
        elif shown is None:
            self._show_placeholder()
        self.announce_count()

    def announce_count(self) -> None:
        text = self.count_text(self.proxy.rowCount(), self.model.rowCount())
        self.count_label.setText(text)
        self.message.emit(text)

    def visible_rows(self) -> list[Any]:
        """The rows shown, in the order shown."""
        return [self.proxy.index(n, 0).data(ROW_ROLE) for n in range(self.proxy.rowCount())]

    def selected_row(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def selected_key(self) -> Any | None:
        row = self.selected_row()
        return self.key_of(row) if row is not None else None

    def select_key(self, key: Hashable, *, read: bool = True) -> bool:
        """Select the record ``key`` (clearing a filter that hides it). Not listed: with
        ``read``, read the list and select it then; False if it is not selected now."""
        source_row = self.model.row_of(key)
        if source_row is None:
            if read:
                self._select_after_load = key
                self.refresh()
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            self.filter_edit.clear()
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def activate_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.activate(row)

    def show_history(self) -> None:
        """Every meeting with the selected record and what came of it (the window's)."""
        key = self.selected_key()
        if key is not None:
            self._open_history(self.record_kind, key)

    # -- the detail pane -------------------------------------------------------------------

    def _on_selection_changed(self, *_args: object) -> None:
        self.update_buttons()
        key = self.selected_key()
        if key is None:
            self.detail_record = None
            self._detail_asked += 1  # an answer on its way is no longer wanted
            self._show_placeholder()
            return
        self._request_detail(key)

    def _show_placeholder(self) -> None:
        if not self.loaded_once:
            self.detail.show_message(self.tr("Reading the list…"))
        elif self.model.rowCount() == 0:
            self.detail.show_message(self.empty_text())
        elif self.proxy.rowCount() == 0:
            self.detail.show_message(self.no_match_text(self.filter_edit.text().strip()))
        else:
            self.detail.show_message(self.nothing_selected_text())

    def _request_detail(self, key: Hashable) -> None:
        try:
            service = self._service()
        except RuntimeError:
            return
        self._detail_asked += 1
        asked = self._detail_asked
        reader = self.detail_reader(key)
        submit_for(
            self,
            self._runner,
            lambda: reader(service),
            lambda detail: self._on_detail(asked, detail),
            lambda exc, details: self._on_detail_failed(asked, exc, details),
            name="directory detail",
        )

    def _on_detail(self, asked: int, detail: Any) -> None:
        if asked != self._detail_asked:
            return
        self.detail_record = self.show_detail(detail)
        self.update_buttons()
        self.detail_loaded.emit(self.detail_record)

    def _on_detail_failed(self, asked: int, exc: BaseException, details: str) -> None:
        if asked != self._detail_asked:
            return
        if isinstance(exc, ScodaError):  # merged or deleted meanwhile: say so where it shows
            self.detail.show_message(error_text(exc))
        else:
            self._report_failure(self.tr("Cannot read the record"), exc, details)

    # -- forms -----------------------------------------------------------------------------

    @property
    def dialog(self) -> QDialog | None:
        """The form open, or the last one closed (``forms`` opens them)."""
        return self.forms.dialog

    def _on_record_gone(self, message: str) -> None:
        self.message.emit(message)
        self.refresh()
