"""The Press releases page: every release (meeting, language, template, status, last change)
beside the editor of the selected one; a new draft is generated for a meeting, in a language,
from a template.

The list is read again after each write (the page's own, or the window's after the meetings
change: deleting a meeting deletes its releases). Text typed and not saved is never replaced
silently: choosing another release, or closing the window, asks first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scoda_desktop.domain.enums import Language, PressReleaseStatus
from scoda_desktop.ui.press.editor import ReleaseEditor
from scoda_desktop.ui.press.models import ROW_ROLE, SORT_ROLE
from scoda_desktop.ui.press.models import PressReleaseTableModel as Model
from scoda_desktop.ui.press.new_draft import DraftRequest, NewDraftDialog
from scoda_desktop.ui.press.tasks import FailureReporter, PressTasks, StoreFactory
from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from scoda_desktop.services.press.store import PressReleaseRow, PressReleaseStore

__all__ = ["PressPage"]

LIST_WIDTH = 520


class PressPage(QWidget):
    message = Signal(str)  # for the status bar
    releases_loaded = Signal(int)  # after the list is (re)filled: how many releases

    def __init__(
        self,
        runner: TaskRunner,
        store: StoreFactory,
        selected_meeting: Callable[[], int | None],
        report_failure: FailureReporter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pressPage")
        self._selected_meeting = selected_meeting
        self.tasks = PressTasks(runner, store, report_failure, self)
        self._loading = False
        self._generating = False
        self._select_after_load: int | None = None
        self._syncing = False  # the selection is being set by the page, not the user
        self.loaded_once = False
        self.new_draft_dialog: NewDraftDialog | None = None

        self.model = Model(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = self._table()

        self.new_button = QPushButton(self.tr("&New Draft…"), objectName="newDraftButton")
        self.new_button.setToolTip(
            self.tr(
                "Draft a press release for the meeting selected on the Meetings page (or another)"
            )
        )
        self.new_button.clicked.connect(self.new_draft)
        self.delete_button = QPushButton(self.tr("&Delete Draft…"), objectName="deleteDraftButton")
        self.delete_button.setToolTip(self.tr("Delete the selected draft and its revisions"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.count_label = QLabel(objectName="pressCount")
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.delete_button)
        bar.addStretch(1)
        bar.addWidget(self.count_label)

        list_pane = QWidget()
        list_layout = QVBoxLayout(list_pane)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(bar)
        list_layout.addWidget(self.table)

        self.editor = ReleaseEditor(self.tasks, self.counterpart)
        self.editor.message.connect(self.message)
        self.editor.release_changed.connect(lambda release: self.refresh(select=release.id))
        self.addAction(self.editor.save_action)  # Ctrl+S anywhere on the page
        self.addAction(self.editor.exporter.copy_action)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="pressSplitter")
        self.splitter.addWidget(list_pane)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([LIST_WIDTH, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._update_buttons()

    def _table(self) -> QTableView:
        table = QTableView(objectName="pressTable")
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Model.MEETING, QHeaderView.ResizeMode.Stretch)
        for column in (Model.LANGUAGE, Model.STATUS, Model.UPDATED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.setSortingEnabled(True)
        table.sortByColumn(Model.UPDATED, Qt.SortOrder.DescendingOrder)
        table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        return table

    # -- the list --------------------------------------------------------------------------

    def refresh(self, select: int | None = None) -> None:
        """Read the releases again (off the GUI thread); then select release ``select``."""
        if select is not None:
            self._select_after_load = select
        if self._loading:
            return
        self._loading = True

        def failed(exc: BaseException, details: str) -> None:
            self._loading = False
            self.tasks.report_failure(self.tr("Cannot read the press releases"), exc, details)

        self._loading = self.tasks.run(
            lambda store: store.list_releases(),
            self._on_loaded,
            "",
            on_failed=failed,
            name="list releases",
        )

    def _on_loaded(self, rows: list[PressReleaseRow]) -> None:
        self._loading = False
        shown = self.editor.release
        wanted = self._select_after_load or (shown.id if shown is not None else None)
        self._select_after_load = None
        self._syncing = True
        try:
            self.model.set_rows(rows)
            if wanted is not None:
                self.select_release(wanted)
        finally:
            self._syncing = False
        self.loaded_once = True
        current = self.selected_release()
        typing = shown is not None and self.editor.is_dirty
        if not (typing and (current is None or current.id == shown.id)):
            self.editor.show_release(current)  # never over text typed and not saved
        self.count_label.setText(self.tr("%n release(s)", "", len(rows)))
        self._update_buttons()
        self.releases_loaded.emit(len(rows))

    def selected_release(self) -> PressReleaseRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select_release(self, release_id: int) -> bool:
        row = self.model.row_of(release_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def counterpart(self, release: PressReleaseRow) -> PressReleaseRow | None:
        """The newest release of the same meeting in the other language, if any."""
        others = [
            row
            for row in self.model.rows()
            if row.meeting_id == release.meeting_id and row.language != release.language
        ]
        return max(others, key=lambda row: row.updated_at, default=None)

    def _on_selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        if self._syncing:
            return
        release, shown = self.selected_release(), self.editor.release
        leaving = shown is not None and (release is None or release.id != shown.id)
        if leaving and not self.confirm_leave():
            self._syncing = True
            try:
                self.select_release(shown.id)  # back to the text being edited
            finally:
                self._syncing = False
            return
        self.editor.show_release(release)
        self._update_buttons()

    def confirm_leave(self) -> bool:
        """Whether the editor may stop showing its release: nothing typed is unsaved, or the
        user saves it (the save runs on; the window waits for it when closing) or discards it."""
        if not self.editor.is_dirty:
            return True
        release = self.editor.release
        assert release is not None
        answer = QMessageBox.question(
            self,
            self.tr("Save the press release?"),
            self.tr("The press release for “{theme}” has changes that are not saved.").format(
                theme=release.meeting_theme
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.editor.save()
        return answer in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard)

    def _update_buttons(self) -> None:
        release = self.selected_release()
        self.new_button.setEnabled(self.loaded_once and not self._generating)
        self.delete_button.setEnabled(
            release is not None and release.status == PressReleaseStatus.DRAFT
        )

    # -- new drafts ------------------------------------------------------------------------

    def new_draft(self) -> None:
        """Ask for the meeting (the one selected on the Meetings page first), the language
        and the template, then generate the draft."""
        if self._generating or not self.loaded_once:
            return

        def choices(store: PressReleaseStore) -> tuple[Any, Any]:
            from scoda_desktop.services.press.templates import draft_templates

            return store.meeting_choices(), draft_templates()

        self.tasks.run(choices, self._ask_for_draft, self.tr("Cannot list the meetings"))

    def _ask_for_draft(self, loaded: tuple[Any, Any]) -> None:
        meetings, templates = loaded
        dialog = NewDraftDialog(
            meetings, templates, meeting_id=self._selected_meeting(), parent=self
        )
        dialog.accepted.connect(lambda: self._generate(dialog.request()))

        def forget(_result: int) -> None:
            if self.new_draft_dialog is dialog:
                self.new_draft_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(forget)
        self.new_draft_dialog = dialog
        dialog.open()

    def _generate(self, request: DraftRequest) -> None:
        self._generating = True

        def generated(release: PressReleaseRow) -> None:
            self._generating = False
            if release.language == Language.CHINESE:
                drafted = self.tr("Drafted the Chinese press release for “{theme}”.")
            else:
                drafted = self.tr("Drafted the English press release for “{theme}”.")
            self.message.emit(drafted.format(theme=release.meeting_theme))
            if self.confirm_leave():
                self.refresh(select=release.id)
            else:
                self.refresh()

        def failed(exc: BaseException, details: str) -> None:
            self._generating = False
            self._update_buttons()
            self.tasks.report_failure(self.tr("Cannot draft the press release"), exc, details)

        self._generating = self.tasks.run(
            lambda store: store.generate(request.meeting_id, request.language, request.template),
            generated,
            "",
            on_failed=failed,
            name="generate",
        )
        self._update_buttons()

    def delete_selected(self) -> None:
        release = self.selected_release()
        if release is None or release.status != PressReleaseStatus.DRAFT:
            return
        if release.language == Language.CHINESE:
            question = self.tr(
                "Delete the Chinese draft for “{theme}” with its %n revision(s)?",
                "",
                release.revisions,
            )
        else:
            question = self.tr(
                "Delete the English draft for “{theme}” with its %n revision(s)?",
                "",
                release.revisions,
            )
        answer = QMessageBox.question(
            self,
            self.tr("Delete draft?"),
            question.format(theme=release.meeting_theme),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def deleted(_result: None) -> None:
            if self.editor.release is not None and self.editor.release.id == release.id:
                self.editor.show_release(None)
            self.message.emit(
                self.tr("Deleted the draft for “{theme}”.").format(theme=release.meeting_theme)
            )
            self.refresh()

        self.tasks.run(
            lambda store: store.delete(release.id, version=release.version),
            deleted,
            self.tr("Cannot delete the draft"),
        )
