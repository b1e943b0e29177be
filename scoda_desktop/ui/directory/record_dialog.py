"""``RecordDialog``: what every directory form shares (a person, a post, an organisation, a
country's facts). Each field with its problem under it; Save disabled with the reason beside it
while anything blocks saving; the record checked by the service a moment after the last change
(off the GUI thread); Ctrl+S; a save refused because someone else saved first resolved by
reloading or overwriting (``StaleQuestion``); Close asking before unsaved changes are lost.

The pages import the forms when one is first opened: they bring the data layer with them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from scoda_desktop.errors import ScodaError
from scoda_desktop.services.meeting_drafts import InvalidDraftError, Problem, StaleRecordError
from scoda_desktop.ui.directory.choices import SearchableComboBox
from scoda_desktop.ui.directory.form_fields import DateField, with_problem
from scoda_desktop.ui.directory.record_check import DatabaseCheck
from scoda_desktop.ui.directory.stale_question import StaleChoice, StaleQuestion
from scoda_desktop.ui.directory.tasks import FailureReporter, submit_for
from scoda_desktop.ui.display import error_text, problem_text
from scoda_desktop.ui.meeting_editor.fields import ProblemLabel, problem_colour, problems_text
from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from scoda_desktop.services.directory import DirectoryService, SavedRecord

__all__ = ["RecordDialog"]

log = logging.getLogger(__name__)


class RecordDialog(QDialog):
    """A subclass adds its fields (``add_field``, or its own widgets with ``add_body_widget``
    and ``watch_problems``), calls ``start(record)`` and says how to read the form
    (``record``), fill it (``load``), check it (``local_problems`` at once; ``checker`` for
    what needs the database), save it (``saver``) and read it as saved now (``saved_reader``).
    Problems name the field they belong to."""

    saved = Signal(object)  # SavedRecord, once committed

    def __init__(
        self,
        runner: TaskRunner,
        service: DirectoryService,
        report_failure: FailureReporter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._service = service
        self._report_failure = report_failure
        self._saving = False
        self._closed = False
        self._filling = False
        self._stale_answered = False  # an overwrite chosen after a refused save
        self.database_check = DatabaseCheck(runner, self)
        self.database_check.due.connect(self._ask_for_check)
        self.database_check.answered.connect(self._on_check_answered)
        self._problem_labels: dict[str, ProblemLabel] = {}
        self._baseline: Any = None
        self.problems: list[Problem] = []  # what blocks saving now

        self.field_rows = QFormLayout()
        self.field_rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.body = QVBoxLayout()
        self.body.addLayout(self.field_rows)
        self._spare = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        self.body.addSpacerItem(self._spare)  # spare height below the fields
        self.save_status = QLabel(objectName="saveStatus")
        self.save_status.setWordWrap(True)
        self.save_status.setTextFormat(Qt.TextFormat.PlainText)
        self.save_status.setStyleSheet(f"color: {problem_colour(self)};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert save is not None
        self.save_button: QPushButton = save
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        self.bottom = QHBoxLayout()
        self.bottom.addWidget(self.save_status, 1)
        self.bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(self.body, 1)
        layout.addLayout(self.bottom)

    # -- what a form says (overridden) -----------------------------------------------------

    def record(self) -> Any:
        raise NotImplementedError

    def load(self, record: Any) -> None:
        raise NotImplementedError

    def local_problems(self, record: Any) -> list[Problem]:
        """What the form can tell at once, without the database."""
        return []

    def checker(self) -> Callable[[Any], list[Problem]] | None:
        """What checks a record against the database (on the task runner), if anything."""
        return None

    def checking(self, record: Any) -> None:
        """The record is being checked against the database (a moment after the last change):
        a subclass may ask more questions of it then."""

    def saver(self) -> Callable[[Any], SavedRecord]:
        """What saves a record: runs on the task runner, so it captures what it needs (the
        service, a choice of the form), not the form."""
        raise NotImplementedError

    def saved_reader(self) -> Callable[[], Any]:
        """What reads the record as saved now (after a stale save), on the task runner."""
        raise NotImplementedError

    def exists(self) -> bool:
        """Whether the record is saved already (only then can a save of it be stale)."""
        return getattr(self.record(), "id", None) is not None

    def save_failed_title(self) -> str:
        return self.tr("Cannot save")

    def stale_title(self) -> str:
        """The title of the question after a stale save: which record changed."""
        return self.tr("The record was changed elsewhere")

    def discard_question(self) -> str:
        return self.tr("Your changes are not saved. Close and lose them?")

    def problems_shown(self, problems: list[Problem]) -> None:
        """The problems and Save were just updated (a subclass marks its tabs, enables its own
        commands)."""

    # -- building --------------------------------------------------------------------------

    def add_field(self, label: str, widget: QWidget, field: str | None = None) -> None:
        """A labelled row; with ``field``, the problems named after it show under it."""
        if field is None:
            self.field_rows.addRow(label, widget)
            return
        problem = ProblemLabel(field)
        self._problem_labels[field] = problem
        self.field_rows.addRow(label, with_problem(widget, problem))

    def add_body_widget(self, widget: QWidget, *, grows: bool = False) -> None:
        """``widget`` under the fields (``grows``: it takes the height the dialog has spare)."""
        index = self.body.indexOf(self._spare)
        self.body.insertWidget(index if index >= 0 else self.body.count(), widget, int(grows))
        if grows:
            self.body.removeItem(self._spare)

    def watch_problems(self, labels: Mapping[str, ProblemLabel]) -> None:
        """Show the problems of these fields under them (labels the subclass placed)."""
        self._problem_labels.update(labels)

    def start(self, record: Any) -> None:
        """Fill the form with ``record`` (on opening, and on reloading after a conflict)."""
        self._filling = True
        try:
            self.load(record)
        finally:
            self._filling = False
        self.take_baseline()
        self.database_check.restart(checks=self.checker() is not None)
        self.changed()
        self.database_check.stop()
        self._ask_for_check()

    # -- checking --------------------------------------------------------------------------

    def changed(self, *_args: object) -> None:
        """Connect every field's change signal here."""
        if self._filling or self._closed:
            return
        self._show_problems()
        self.database_check.soon()

    def current_problems(self) -> list[Problem]:
        """What blocks saving now: the form's own checks, and the database's for the fields
        unchanged since it answered."""
        record = self.record()
        problems = self.local_problems(record)
        return problems + self.database_check.still_holding(record, {p.field for p in problems})

    def _ask_for_check(self) -> None:
        if self._closed:
            return
        record, check = self.record(), self.checker()
        self.checking(record)
        if check is not None:
            self.database_check.ask(record, check)

    def _on_check_answered(self) -> None:
        if not self._closed:
            self._show_problems()

    def _show_problems(self) -> None:
        problems = self.current_problems()
        self.problems = problems
        by_field: dict[str, str] = {}
        for problem in problems:
            by_field.setdefault(problem.field, problem_text(problem))
        for field, label in self._problem_labels.items():
            label.show_problem(by_field.get(field))
        messages = [problem_text(p) for p in problems]
        waiting = self.database_check.first_due
        self.save_button.setEnabled(not problems and not self._saving and not waiting)
        if len(messages) > 1:
            self.save_status.setText(
                self.tr("Cannot save yet: {problem} (and {n} more)").format(
                    problem=messages[0], n=len(messages) - 1
                )
            )
        elif messages:
            self.save_status.setText(
                self.tr("Cannot save yet: {problem}").format(problem=messages[0])
            )
        else:
            self.save_status.setText("")
        if problems:
            self.save_button.setToolTip(
                self.tr("Cannot save yet:") + "\n" + problems_text(messages)
            )
        else:
            self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.problems_shown(problems)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to the height the fields need at the present width: a problem or help line
        that wraps onto more lines must not overlap the field under it (a window's minimum
        size does not follow the height its wrapped labels need)."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        needed = (
            layout.totalHeightForWidth(self.width())
            if layout.hasHeightForWidth()
            else layout.totalMinimumSize().height()
        )
        if needed > self.height():
            self.resize(self.width(), needed)

    def typed_state(self) -> Any:
        """Everything the form holds: the record, and text typed in a choice or a date field
        that the record cannot hold (what "unsaved changes" compares)."""
        unread = [box.unread_text() for box in self.findChildren(SearchableComboBox)]
        unread += [field.unread_text() for field in self.findChildren(DateField)]
        return self.record(), tuple(unread)

    def read_choices(
        self, read: Callable[[], Any], offer: Callable[[Any], None], *, failed_title: str
    ) -> None:
        """Run ``read`` (the choices a field offers) on the task runner, then ``offer`` what it
        read: the value shown stays, and so does the form's "unchanged"."""

        def arrived(choices: Any) -> None:
            if self._closed:
                return
            unchanged = not self.has_changes()
            offer(choices)
            if unchanged:  # the labels changed, not the value
                self.take_baseline()
            self.changed()

        def failed(exc: BaseException, details: str) -> None:
            if not self._closed:
                self._report_failure(failed_title, exc, details)

        submit_for(self, self._runner, read, arrived, failed, name="read choices")

    def take_baseline(self) -> None:
        """What the form holds now counts as unchanged."""
        self._baseline = self.typed_state()

    def has_changes(self) -> bool:
        return self.typed_state() != self._baseline

    # -- saving ----------------------------------------------------------------------------

    @property
    def saving(self) -> bool:
        return self._saving

    def save(self) -> None:
        record = self.record()
        if self._saving or self._closed or self.local_problems(record):
            return
        save = self.saver()
        self.run_write(lambda: save(record), self._on_saved, self.tr("Saving…"))

    def run_write(self, work: Callable[[], Any], on_done: Callable[[Any], None], text: str) -> None:
        """Run a write of this record (``work``) on the task runner, saying ``text`` meanwhile;
        ``on_done`` gets its result. A refused write is explained as a refused save is."""
        self._saving = True
        self._show_problems()
        self.save_status.setText(text)

        def done(result: Any) -> None:
            self._saving = False
            on_done(result)

        submit_for(
            self, self._runner, work, done, self._on_write_failed, name="write directory record"
        )

    def _on_saved(self, saved: SavedRecord) -> None:
        self.saved.emit(saved)  # even if closed meanwhile: the list shows what was saved
        if not self._closed:
            self.take_baseline()
            self.accept()

    def _on_write_failed(self, exc: BaseException, details: str) -> None:
        self._saving = False
        if self._closed:
            return
        answered, self._stale_answered = self._stale_answered, False
        if isinstance(exc, InvalidDraftError):
            self.database_check.found(self.record(), exc.field_problems)
        elif isinstance(exc, StaleRecordError) and self.exists() and not answered:
            self._show_problems()
            self._resolve_stale(error_text(exc))
        elif isinstance(exc, ScodaError):  # expected (gone meanwhile, changed again): say so
            self._show_problems()
            self.save_status.setText(error_text(exc))
        else:
            self._show_problems()
            self._report_failure(self.save_failed_title(), exc, details)

    def _resolve_stale(self, message: str) -> None:
        choice = StaleQuestion.ask(self, self.stale_title(), message)
        log.info("stale save of a directory record: %s", choice.value)
        if choice == StaleChoice.RELOAD:
            submit_for(
                self,
                self._runner,
                self.saved_reader(),
                self._on_reloaded,
                self._on_reload_failed,
                name="reload directory record",
            )
        elif choice == StaleChoice.OVERWRITE:
            self._stale_answered = True  # refused again: say why instead of asking again
            mine, read_saved, save = self.record(), self.saved_reader(), self.saver()
            self.run_write(
                lambda: save(replace(mine, version=read_saved().version)),
                self._on_saved,
                self.tr("Saving…"),
            )
        else:
            self.save_status.setText(
                self.tr(
                    "Not saved: someone else saved this record meanwhile. Your changes are "
                    "kept; Save asks again."
                )
            )

    def _on_reloaded(self, record: Any) -> None:
        if not self._closed:
            self.start(record)

    def _on_reload_failed(self, exc: BaseException, details: str) -> None:
        if self._closed:
            return
        if isinstance(exc, ScodaError):  # merged or deleted meanwhile
            self.save_status.setText(error_text(exc))
        else:
            self._report_failure(self.save_failed_title(), exc, details)

    # -- closing ---------------------------------------------------------------------------

    def reject(self) -> None:
        asked = not self._saving and self.has_changes()
        if asked and not self.ask_discard(self, self.discard_question()):
            return
        super().reject()

    @classmethod
    def ask_discard(cls, parent: QWidget, question: str) -> bool:
        """Whether to drop the unsaved input (tests replace this)."""
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("RecordDialog", "Discard changes?"),
            question,
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def done(self, result: int) -> None:
        self._closed = True
        self.database_check.stop()
        super().done(result)
