"""Merge two records of one person: every meeting and outcome of both stays with the kept one.

The dialog opens on the person chosen on the People page. The user picks the other record from
a filtered list where the possible duplicates of this person come first, with the reason each
is suggested. Both records are then shown side by side (every name form, posts, meetings and
outcomes), with which one is kept (Swap changes it) and what the merge will do. Merge asks for
confirmation, then runs ``DirectoryService.merge`` on the task runner, naming the versions read:
if either record changed meanwhile nothing is written, both are read again and the dialog says
so. After the merge the dialog says what moved, and ``merged`` carries the ``MergeResult``.

``merge_person`` is what the pages call; ``MergeDialog.confirm`` is the question, replaced in
tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from scoda_desktop.ui.directory.merge_compare import (
    OtherRecord,
    candidate_model,
    merge_effects,
    other_records,
    person_html,
    result_text,
)
from scoda_desktop.ui.directory.tasks import FailureReporter, ServiceFactory, submit_for
from scoda_desktop.ui.display import error_text, phrase_text
from scoda_desktop.ui.row_table import ROW_ROLE, RowFilterProxy

if TYPE_CHECKING:
    from scoda_desktop.services.directory.details import PersonDetail
    from scoda_desktop.services.directory.merge import MergeResult
    from scoda_desktop.ui.workers import TaskRunner

__all__ = ["MergeDialog", "merge_person"]

DEFAULT_SIZE = (1000, 720)
SUGGESTION_COLUMN = 4


class MergeDialog(QDialog):
    """Choose the other record of ``person_id``, compare, merge. ``merged``: the MergeResult."""

    merged = Signal(object)
    loaded = Signal()  # the list, or a record chosen, has been read

    def __init__(
        self,
        runner: TaskRunner,
        service: ServiceFactory,
        report_failure: FailureReporter,
        person_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge Two Records of One Person"))
        self._runner, self._service, self._report_failure = runner, service, report_failure
        self._person_id = person_id
        self._keep_id = person_id
        self._other_id: int | None = None
        self._details: dict[int, PersonDetail] = {}
        self._pending = 0  # reads under way
        self._merging = False
        self._done = False
        self._merged_names: tuple[str, str] | None = None  # (kept, removed) once merged
        self._build()
        self.resize(*DEFAULT_SIZE)
        self._update()
        self.reload()

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        from scoda_desktop.services.directory.folding import fold

        self.intro_label = QLabel(objectName="mergeIntro")
        self.intro_label.setWordWrap(True)
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.filter_edit = QLineEdit(objectName="mergeFilter")
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by any form of the name: English, Chinese or another spelling")
        )
        self.filter_edit.setClearButtonEnabled(True)
        QShortcut(QKeySequence.StandardKey.Find, self, self.filter_edit.setFocus)

        self.model = candidate_model(self)
        self.proxy = RowFilterProxy(fold, self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.table = QTableView(objectName="mergeCandidates")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSortIndicator(
            SUGGESTION_COLUMN, Qt.SortOrder.AscendingOrder
        )
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((200, 90, 300, 110)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

        self.kept_box, self.kept_view = self._side(
            self.tr("Kept: keeps every meeting and outcome of both"), "mergeKept"
        )
        self.removed_box, self.removed_view = self._side(
            self.tr("Removed: merged into the kept record"), "mergeRemoved"
        )
        self.swap_button = QPushButton(self.tr("⇄ &Swap"), objectName="mergeSwap")
        self.swap_button.setToolTip(self.tr("Keep the other record instead"))
        self.swap_button.clicked.connect(self.swap)
        sides = QHBoxLayout()
        sides.addWidget(self.kept_box, 1)
        sides.addWidget(self.swap_button, 0, Qt.AlignmentFlag.AlignVCenter)
        sides.addWidget(self.removed_box, 1)

        self.effects_label = QLabel(objectName="mergeEffects")
        self.effects_label.setWordWrap(True)
        self.effects_label.setTextFormat(Qt.TextFormat.PlainText)
        self.busy_bar = QProgressBar(objectName="mergeBusy")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(12)
        self.status_label = QLabel(objectName="mergeStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox()
        self.merge_button = QPushButton(self.tr("&Merge…"), objectName="mergeApply")
        self.merge_button.setAutoDefault(False)
        self.merge_button.clicked.connect(self.merge)
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setObjectName("mergeClose")
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 2)
        layout.addLayout(sides, 3)
        layout.addWidget(self.effects_label)
        layout.addWidget(self.busy_bar)
        layout.addLayout(bottom)

    def _side(self, title: str, name: str) -> tuple[QGroupBox, QTextBrowser]:
        box = QGroupBox(title, objectName=name + "Box")
        view = QTextBrowser(objectName=name)
        view.setOpenLinks(False)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(4, 4, 4, 4)
        inner.addWidget(view)
        return box, view

    # -- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the person, the list to choose from with the possible duplicates, and the
        other record if one is chosen (again, after a stale merge)."""
        self._details.clear()
        person_id, other_id = self._person_id, self._other_id
        service = self._service()

        def read() -> tuple[PersonDetail, list[OtherRecord], PersonDetail | None]:
            detail = service.person(person_id)
            organisations = [post.organisation_id for post in detail.posts]
            matches = service.possible_duplicates(detail.record, organisations)
            others = other_records(service.people(), matches, person_id)
            other = service.person(other_id) if other_id is not None else None
            return detail, others, other

        self._start_read(read, lambda result: self._on_loaded(*result), "read people to merge")

    def _start_read(self, work: Callable[[], Any], done: Callable[[Any], None], name: str) -> None:
        self._pending += 1
        self._update()

        def finished(result: Any) -> None:
            self._pending -= 1
            done(result)
            self._update()
            self.loaded.emit()

        def failed(exc: BaseException, details: str) -> None:
            self._pending -= 1
            self._on_read_failed(exc, details)
            self._update()

        submit_for(self, self._runner, work, finished, failed, name=name)

    def _on_loaded(
        self, detail: PersonDetail, others: list[OtherRecord], other: PersonDetail | None
    ) -> None:
        self._details[detail.record.id or 0] = detail
        if other is not None:
            self._details[other.record.id or 0] = other
        self.model.set_rows(others)
        suggested = sum(1 for record in others if record.reason)
        intro = self.tr(
            "Merge “{name}” with another record of the same person. Choose the other record below."
        ).format(name=detail.record.name_en)
        if suggested == 1:
            intro += " " + self.tr(
                "The person listed first may be the same person: the last column says why."
            )
        elif suggested:
            intro += " " + self.tr(
                "The {n} people listed first may be the same person: the last column says why."
            ).format(n=suggested)
        self.intro_label.setText(intro)
        if self._other_id is not None:
            self._select(self._other_id)

    def _on_read_failed(self, exc: BaseException, details: str) -> None:
        from scoda_desktop.errors import ScodaError

        if isinstance(exc, ScodaError):  # a record merged or deleted elsewhere
            self.status_label.setText(error_text(exc))
        else:
            self._report_failure(self.tr("Cannot read the people to merge"), exc, details)

    def choose(self, other_id: int) -> None:
        """Choose the other record (as clicking its row does)."""
        self.filter_edit.clear()
        self._select(other_id)

    def _select(self, other_id: int) -> None:
        row = self.model.row_of(other_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record = current.data(ROW_ROLE) if current.isValid() else None
        if record is None or self._done:
            return
        self._other_id = record.id
        if self._keep_id not in (self._person_id, record.id):
            self._keep_id = self._person_id
        if record.id in self._details:
            self._update()
            return
        service, other_id = self._service(), record.id
        self._start_read(
            lambda: service.person(other_id),
            self._on_other_read,
            "read a person to merge",
        )

    def _on_other_read(self, detail: PersonDetail) -> None:
        self._details[detail.record.id or 0] = detail

    # -- keeping and merging ---------------------------------------------------------------

    @property
    def kept(self) -> PersonDetail | None:
        return self._details.get(self._keep_id)

    @property
    def removed(self) -> PersonDetail | None:
        other = self._other_id if self._keep_id == self._person_id else self._person_id
        return self._details.get(other) if other is not None else None

    @property
    def ready(self) -> bool:
        """Both records are read and nothing is under way: Merge may be pressed."""
        return (
            self.kept is not None
            and self.removed is not None
            and not self._pending
            and not self._merging
            and not self._done
        )

    def swap(self) -> None:
        """Keep the other record instead."""
        if self._other_id is None or self._merging or self._done:
            return
        self._keep_id = self._other_id if self._keep_id == self._person_id else self._person_id
        self._update()

    def merge(self) -> None:
        kept, removed = self.kept, self.removed
        if not self.ready or kept is None or removed is None:
            return
        question = self.tr(
            "Merge “{removed}” into “{kept}”?\n\n{effects}\n\nThe record “{removed}” cannot be "
            "brought back afterwards."
        ).format(
            removed=removed.record.name_en,
            kept=kept.record.name_en,
            effects=merge_effects(kept, removed),
        )
        if not self.confirm(question):
            return
        service = self._service()
        keep_id, keep_version = kept.record.id or 0, kept.record.version or 0
        remove_id, remove_version = removed.record.id or 0, removed.record.version or 0
        names = (kept.record.name_en, removed.record.name_en)
        self._merging = True
        self.status_label.setText(self.tr("Merging…"))
        self._update()
        submit_for(
            self,
            self._runner,
            lambda: service.merge(
                keep_id=keep_id,
                keep_version=keep_version,
                remove_id=remove_id,
                remove_version=remove_version,
            ),
            lambda result: self._on_merged(result, *names),
            self._on_merge_failed,
            name="merge people",
        )

    def confirm(self, question: str) -> bool:
        """Ask before merging (Cancel is the default). Tests replace this."""
        answer = QMessageBox.question(
            self,
            self.tr("Merge Two Records of One Person"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_merged(self, result: MergeResult, kept_name: str, removed_name: str) -> None:
        self._merging = False
        self._done = True
        self._merged_names = (kept_name, removed_name)
        self.status_label.setText(result_text(result, kept_name, removed_name))
        self.merged.emit(result)
        service, kept_id = self._service(), result.kept_id
        self._start_read(  # the kept record as the merge left it
            lambda: service.person(kept_id), self._on_other_read, "read the merged person"
        )

    def _on_merge_failed(self, exc: BaseException, details: str) -> None:
        from scoda_desktop.errors import ScodaError
        from scoda_desktop.services.meeting_drafts import StaleRecordError

        self._merging = False
        if isinstance(exc, StaleRecordError):
            self.status_label.setText(
                self.tr(
                    "Nothing was merged: {problem} Both records have been read again as they "
                    "are now: check them, then press Merge again."
                ).format(problem=_without_advice(exc))
            )
            self.reload()
        elif isinstance(exc, ScodaError):
            self.status_label.setText(
                self.tr("Nothing was merged: {problem}").format(problem=error_text(exc))
            )
        else:
            self.status_label.setText(self.tr("Nothing was merged."))
            self._report_failure(self.tr("Cannot merge the two records"), exc, details)
        self._update()

    # -- showing ---------------------------------------------------------------------------

    def _update(self) -> None:
        kept, removed = self.kept, self.removed
        self.kept_view.setHtml(person_html(kept) if kept else "")
        if self._merged_names is not None:
            self.removed_view.setPlainText(
                self.tr("“{removed}” has been merged into “{kept}” and removed.").format(
                    kept=self._merged_names[0], removed=self._merged_names[1]
                )
            )
        elif removed is not None:
            self.removed_view.setHtml(person_html(removed))
        else:
            self.removed_view.setPlainText(
                self.tr("Choose the other record of this person in the list above.")
            )
        if kept is not None and removed is not None and not self._done:
            self.effects_label.setText(merge_effects(kept, removed))
        else:
            self.effects_label.setText("")
        working = bool(self._pending) or self._merging
        self.busy_bar.setVisible(working)
        self.merge_button.setEnabled(self.ready)
        self.merge_button.setVisible(not self._done)
        self.merge_button.setToolTip(
            self.tr("Merge the removed record into the kept one (asks first)")
            if self.ready
            else self.tr("Choose the other record of this person in the list first")
        )
        self.swap_button.setEnabled(removed is not None and not working and not self._done)
        self.table.setEnabled(not self._merging and not self._done)
        self.filter_edit.setEnabled(not self._merging and not self._done)
        self.close_button.setEnabled(not self._merging)
        self.close_button.setText(self.tr("Close") if self._done else self.tr("Cancel"))

    def reject(self) -> None:
        if self._merging:
            return  # the transaction finishes either way; its result must be shown
        super().reject()


def _without_advice(exc: BaseException) -> str:
    """What a stale-record error says happened, without its advice to open the record again
    (the dialog has read both records again itself), in the interface's language."""
    headline = getattr(exc, "headline", None)  # a directory record's (StaleDirectoryRecordError)
    return phrase_text(headline) if headline else error_text(exc)


def merge_person(
    parent: QWidget | None,
    runner: TaskRunner,
    service: ServiceFactory,
    report_failure: FailureReporter,
    person_id: int,
    on_done: Callable[[Any], None],
) -> MergeDialog:
    """Open the merge dialog for ``person_id`` (not modal); ``on_done`` gets the MergeResult."""
    dialog = MergeDialog(runner, service, report_failure, person_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.merged.connect(on_done)
    dialog.open()
    return dialog
