"""Import people or organisations from a CSV or vCard file: a preview, then all or nothing.

The dialog reads and checks the file on the task runner (``DirectoryService.preview_import``:
nothing is written) and lists every entry with what importing it will do and its problems. While
any entry has a problem, Import stays disabled and says why: the file must be fixed and read
again. Import writes every row in one transaction (``apply_import``), or nothing. A file that
cannot be read at all (not UTF-8, too large, no header, not a vCard) gets a message that says
what to fix instead of a table.

``import_directory`` is what the pages call; ``ask_import_path`` is the file dialog, replaced
in tests.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum, auto
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scoda_desktop.ui.directory.import_messages import (
    ask_import_path,
    file_problems_text,
    result_text,
    summary_text,
    unreadable_text,
)
from scoda_desktop.ui.directory.import_rows import (
    PROBLEMS_COLUMN,
    PreviewCounts,
    PreviewRow,
    count_rows,
    preview_model,
    preview_rows,
)
from scoda_desktop.ui.directory.tasks import FailureReporter, ServiceFactory, submit_for
from scoda_desktop.ui.display import error_text
from scoda_desktop.ui.row_table import ROW_ROLE, RowFilterProxy, RowTableModel

if TYPE_CHECKING:
    from scoda_desktop.services.directory import DirectoryService
    from scoda_desktop.services.directory.preview import ImportPreview
    from scoda_desktop.services.directory.transfer import ImportResult
    from scoda_desktop.ui.workers import TaskRunner

__all__ = ["ImportDialog", "ask_import_path", "import_directory"]

DEFAULT_SIZE = (1000, 600)


class _State(Enum):
    NO_FILE = auto()
    READING = auto()
    UNREADABLE = auto()  # the file could not be read or understood: a message, no table
    PREVIEW = auto()
    WRITING = auto()
    DONE = auto()


class ImportDialog(QDialog):
    """Preview a directory file, then import it. ``imported`` carries the ``ImportResult``."""

    imported = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        service: ServiceFactory,
        report_failure: FailureReporter,
        path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import People or Organisations"))
        self._runner, self._service, self._report_failure = runner, service, report_failure
        self._path = Path(path) if path is not None else None
        self._preview: ImportPreview | None = None
        self._rows: list[PreviewRow] = []
        self._state = _State.NO_FILE
        self._unit = "line"
        self._asked_on_show = False
        self._build()
        self.resize(*DEFAULT_SIZE)
        if self._path is not None:
            self.read_file(self._path)
        else:
            self._set_state(_State.NO_FILE)

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.file_label = QLabel(objectName="importFile")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("Choose &File…"), objectName="importChoose")
        self.choose_button.setToolTip(self.tr("Choose a CSV (UTF-8) or vCard file to import"))
        self.choose_button.clicked.connect(self.choose_file)
        self.reread_button = QPushButton(self.tr("&Read Again"), objectName="importReread")
        self.reread_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.reread_button.setToolTip(
            self.tr("Read the file again, after fixing it in Excel or a text editor (F5)")
        )
        self.reread_button.clicked.connect(self.read_again)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.reread_button)

        self.busy_bar = QProgressBar(objectName="importBusy")
        self.busy_bar.setRange(0, 0)  # no steps to count: a moving bar says "working"
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(12)

        self.message_label = QLabel(objectName="importMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.summary_label = QLabel(objectName="importSummary")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)
        self.only_errors = QCheckBox(self.tr("Show only rows with &errors"))
        self.only_errors.setObjectName("importOnlyErrors")
        self.only_errors.toggled.connect(self._filter_errors)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary_label, 1)
        summary_row.addWidget(self.only_errors)

        self.model: RowTableModel[PreviewRow] = preview_model("line", self)
        self.proxy = RowFilterProxy(parent=self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(objectName="importPreview")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.verticalHeader().hide()
        self._size_columns()
        self.table.selectionModel().currentRowChanged.connect(self._show_row)

        self.row_label = QLabel(objectName="importRowDetail")
        self.row_label.setWordWrap(True)
        self.row_label.setTextFormat(Qt.TextFormat.PlainText)
        self.row_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.reason_label = QLabel(objectName="importReason")
        self.reason_label.setWordWrap(True)
        self.reason_label.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("&Import"), objectName="importApply")
        self.import_button.setAutoDefault(False)
        self.import_button.clicked.connect(self.apply)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setObjectName("importClose")
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reason_label, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.message_label)
        layout.addLayout(summary_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.row_label)
        layout.addLayout(bottom)

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((56, 80, 180, 90, 400)):
            self.table.setColumnWidth(column, width)
        header.setSortIndicatorShown(True)

    # -- reading ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._path is None and not self._asked_on_show:
            self._asked_on_show = True
            QTimer.singleShot(0, self._ask_first_file)

    def _ask_first_file(self) -> None:
        if not shiboken6.isValid(self) or self._path is not None:
            return
        if not self.choose_file():
            self.reject()  # nothing chosen: there is nothing to show

    def choose_file(self) -> bool:
        """Ask for a file and preview it; False when the user cancelled."""
        path = ask_import_path(self)
        if path is None:
            return False
        self.read_file(path)
        return True

    def read_again(self) -> None:
        if self._path is not None:
            self.read_file(self._path)

    def read_file(self, path: Path) -> None:
        """Read, check and plan ``path`` off the GUI thread; nothing is written."""
        if self._state in (_State.READING, _State.WRITING):
            return
        self._path = Path(path)
        self._preview = None
        self._show_rows([], "line")
        self.message_label.setText(self.tr("Reading and checking {file}…").format(file=path.name))
        self._set_state(_State.READING)
        service = self._service()
        submit_for(
            self,
            self._runner,
            lambda: self._read(service, Path(path)),
            lambda result: self._on_read(path, *result),
            lambda exc, details: self._on_read_failed(path, exc, details),
            name="preview import",
        )

    @staticmethod
    def _read(service: DirectoryService, path: Path) -> tuple[ImportPreview, list[PreviewRow]]:
        preview = service.preview_import(path)
        return preview, preview_rows(preview)

    def _on_read(self, path: Path, preview: ImportPreview, rows: list[PreviewRow]) -> None:
        if path != self._path:
            return  # another file was chosen meanwhile
        self._preview = preview
        unit = "card" if any(r.where.startswith("card") for r in rows) else "line"
        if not preview.people and not preview.organisations:
            self._show_rows([], unit)
            self.message_label.setText(unreadable_text(preview))
            self._set_state(_State.UNREADABLE)
            return
        self._show_rows(rows, unit)
        self.message_label.setText(file_problems_text(rows))
        self._set_state(_State.PREVIEW)
        self.only_errors.setChecked(False)
        self._select_first_error()

    def _on_read_failed(self, path: Path, exc: BaseException, details: str) -> None:
        from scoda_desktop.errors import ScodaError

        if path != self._path:
            return
        if not isinstance(exc, ScodaError):
            self.message_label.setText(
                self.tr("{file} could not be read. Nothing has been written.").format(
                    file=path.name
                )
            )
            self._set_state(_State.UNREADABLE)
            self._report_failure(self.tr("Cannot read the file to import"), exc, details)
            return
        self.message_label.setText(
            self.tr("{problem}\nFix the file, then read it again.").format(problem=error_text(exc))
        )
        self._set_state(_State.UNREADABLE)

    # -- the table -------------------------------------------------------------------------

    def _show_rows(self, rows: list[PreviewRow], unit: str) -> None:
        self._rows = rows
        if unit != self._unit:
            self._replace_model(unit)
        self.model.set_rows(rows)
        self.row_label.setText("")

    def _replace_model(self, unit: str) -> None:
        """A model whose first column is headed for ``unit`` (Line or Card)."""
        old = self.model
        self._unit = unit
        self.model = preview_model(unit, self)
        self.proxy.setSourceModel(self.model)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        old.deleteLater()

    def _filter_errors(self, only_errors: bool) -> None:
        self.proxy.set_predicate((lambda row: row.in_error) if only_errors else None)

    def _select_first_error(self) -> None:
        for proxy_row in range(self.proxy.rowCount()):
            row = self.proxy.index(proxy_row, 0).data(ROW_ROLE)
            if row is not None and row.in_error:
                self.table.selectRow(proxy_row)
                self.table.scrollTo(self.proxy.index(proxy_row, PROBLEMS_COLUMN))
                return

    def _show_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        if row is None:
            self.row_label.setText("")
            return
        where = (self.tr("Card {n}") if self._unit == "card" else self.tr("Line {n}")).format(
            n=row.number
        )
        lines = [
            self.tr("{where}: {name}").format(where=where, name=row.name) if row.name else where
        ]
        lines += [f"  ✗ {problem}" for problem in row.problems]
        lines += [f"  • {detail}" for detail in row.details]
        self.row_label.setText("\n".join(lines))

    def visible_rows(self) -> list[PreviewRow]:
        """The rows as the table shows them (after the error filter), top to bottom."""
        return [self.proxy.index(n, 0).data(ROW_ROLE) for n in range(self.proxy.rowCount())]

    # -- state -----------------------------------------------------------------------------

    @property
    def counts(self) -> PreviewCounts:
        return count_rows(self._rows)

    def summary_text(self) -> str:
        """ "312 new, 4 updates, 2 rows with errors", after what the file holds."""
        kind = self._preview.kind if self._preview is not None else ""
        return summary_text(self.counts, kind)

    def import_blocked_reason(self) -> str:
        """Why Import is disabled ("" when it is not)."""
        state = self._state
        if state == _State.NO_FILE:
            return self.tr("Choose a file to import.")
        if state == _State.READING:
            return self.tr("Reading the file…")
        if state == _State.WRITING:
            return self.tr("Importing…")
        if state == _State.UNREADABLE:
            return self.tr("Nothing can be imported from this file: nothing has been written.")
        if state == _State.DONE:
            return ""
        counts = self.counts
        if counts.errors == 1:
            return self.tr(
                "Fix the row with errors in the file and open it again: nothing has been written."
            )
        if counts.errors:
            return self.tr(
                "Fix the {n} rows with errors in the file and open it again: nothing has been "
                "written."
            ).format(n=counts.errors)
        if not counts.new and not counts.updates:
            return self.tr("Every row matches the directory already: there is nothing to import.")
        return ""

    def _set_state(self, state: _State) -> None:
        self._state = state
        working = state in (_State.READING, _State.WRITING)
        self.busy_bar.setVisible(working)
        self.choose_button.setEnabled(not working)
        self.reread_button.setEnabled(not working and self._path is not None)
        self.file_label.setText(
            self.tr("File: {path}").format(path=str(self._path))
            if self._path is not None
            else self.tr("No file chosen yet.")
        )
        has_table = state in (_State.PREVIEW, _State.WRITING, _State.DONE)
        self.table.setVisible(has_table)
        self.only_errors.setVisible(has_table and self.counts.errors > 0)
        self.table.setColumnHidden(PROBLEMS_COLUMN, self.counts.errors == 0)
        self.summary_label.setVisible(has_table)
        self.summary_label.setText(self.summary_text() if has_table else "")
        self.row_label.setVisible(has_table)
        self.message_label.setVisible(bool(self.message_label.text()))
        reason = self.import_blocked_reason()
        self.import_button.setEnabled(state == _State.PREVIEW and not reason)
        self.import_button.setVisible(state != _State.DONE)
        self.import_button.setToolTip(
            reason or self.tr("Write every row above to the directory, all or nothing")
        )
        self.reason_label.setText(reason)
        self.close_button.setEnabled(state != _State.WRITING)
        self.close_button.setText(self.tr("Close") if state == _State.DONE else self.tr("Cancel"))

    @property
    def state_name(self) -> str:
        """The dialog's state, for tests: "preview", "unreadable", "done", ..."""
        return self._state.name.lower()

    # -- importing -------------------------------------------------------------------------

    def apply(self) -> None:
        """Write the preview: every row in one transaction, or nothing."""
        preview = self._preview
        if preview is None or not self.import_button.isEnabled():
            return
        self.message_label.setText(
            self.tr("Importing {file}…").format(file=Path(preview.source).name)
        )
        self._set_state(_State.WRITING)
        service = self._service()
        submit_for(
            self,
            self._runner,
            lambda: service.apply_import(preview),
            self._on_imported,
            self._on_import_failed,
            name="apply import",
        )

    def _on_imported(self, result: ImportResult) -> None:
        self.message_label.setText(result_text(result))
        self._set_state(_State.DONE)
        self.imported.emit(result)

    def _on_import_failed(self, exc: BaseException, details: str) -> None:
        from scoda_desktop.errors import ScodaError
        from scoda_desktop.services.meeting_drafts import StaleRecordError

        self._set_state(_State.PREVIEW)
        if isinstance(exc, StaleRecordError):
            text = self.tr(
                "Nothing was imported: {problem}\nRead the file again (F5) to see the directory "
                "as it is now, then import."
            ).format(problem=error_text(exc))
        elif isinstance(exc, ScodaError):
            text = self.tr("Nothing was imported: {problem}").format(problem=error_text(exc))
        else:
            text = self.tr("Nothing was imported.")
            self._report_failure(self.tr("Cannot import the file"), exc, details)
        self.message_label.setText(text)
        self.message_label.setVisible(True)

    def reject(self) -> None:
        if self._state == _State.WRITING:
            return  # the transaction finishes either way; its result must be shown
        super().reject()


def import_directory(
    parent: QWidget | None,
    runner: TaskRunner,
    service: ServiceFactory,
    report_failure: FailureReporter,
    on_done: Callable[[Any], None],
) -> ImportDialog:
    """Open the import dialog (not modal): it asks for the file first; ``on_done`` gets the
    ``ImportResult`` after a successful import."""
    dialog = ImportDialog(runner, service, report_failure, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.imported.connect(on_done)
    dialog.open()
    return dialog
