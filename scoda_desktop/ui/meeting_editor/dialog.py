"""The meeting editor: one dialog for a new meeting and for an existing one.

It edits a ``MeetingDraft``. As the user types, the draft is checked with the same rules the
service applies (``validate_meeting``): each message appears beside its field, the tab holding
it is marked, and Save stays disabled with the reasons beside it. Warnings that need the
database (overlapping meetings) are fetched on the task runner a moment after the last change.
Saving runs on the task runner too; ``saved`` reports the result, and the window refreshes.
A save refused because someone else saved first shows what differs (``ConflictDialog``) and
offers to reload their version, overwrite it with this one, or go back to editing.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from scoda_desktop.services.meeting_drafts import (
    InvalidDraftError,
    MeetingDraft,
    Problem,
    StaleRecordError,
    validate_meeting,
)
from scoda_desktop.ui import error_dialog
from scoda_desktop.ui.conflict_dialog import ConflictChoice, ConflictDialog
from scoda_desktop.ui.display import problem_text
from scoda_desktop.ui.meeting_editor.attendees_tab import AttendeesTab
from scoda_desktop.ui.meeting_editor.fields import problem_colour, problems_text
from scoda_desktop.ui.meeting_editor.general_tab import AgendaTab, GeneralTab, problems_by_field
from scoda_desktop.ui.meeting_editor.outcomes_tab import OutcomesTab
from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlmodel import Session

    from scoda_desktop.services.meeting_conflicts import MeetingConflict
    from scoda_desktop.services.meeting_service import MeetingService, SavedMeeting
    from scoda_desktop.ui.scheduling import FindTimeDialog

log = logging.getLogger(__name__)

WARNINGS_DELAY_MS = 400
DEFAULT_SIZE = (1180, 700)
GENERAL_TAB, AGENDA_TAB, ATTENDEES_TAB, OUTCOMES_TAB = range(4)


def _rows_with_problems(problems: list[Problem], prefix: str) -> dict[int, str]:
    """``participants.2.join_zone`` -> {2: message}: the first message for each row."""
    rows: dict[int, str] = {}
    for problem in problems:
        parts = problem.field.split(".")
        if parts[0] == prefix and len(parts) > 1 and parts[1].isdigit():
            rows.setdefault(int(parts[1]), problem_text(problem))
    return rows


class MeetingEditor(QDialog):
    saved = Signal(object)  # SavedMeeting, after the save has been committed

    def __init__(
        self,
        draft: MeetingDraft,
        *,
        service: MeetingService,
        runner: TaskRunner,
        countries: list[tuple[str, str]],
        log_path: Path | None = None,
        read: Callable[[Callable[[Session], Any]], Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``read`` runs a function with a database session (``MeetingSource.read``); without
        it there is no Find a time."""
        super().__init__(parent)
        self.setObjectName("meetingEditor")
        self._read = read
        self.find_time_dialog: FindTimeDialog | None = None
        self._original = draft
        self._service = service
        self._runner = runner
        self._log_path = log_path
        self._saving = False
        self._closed = False
        self._warnings_asked = 0  # answers to older questions are dropped
        self.setWindowTitle(
            self.tr("New meeting")
            if draft.id is None
            else self.tr("Edit meeting: {theme}").format(theme=draft.theme or draft.id)
        )
        self.resize(*DEFAULT_SIZE)

        self.general = GeneralTab()
        self.agenda = AgendaTab()
        self.attendees = AttendeesTab(service, runner, self._report_failure)
        self.attendees.set_countries(countries)
        self.outcomes = OutcomesTab()
        self.tabs = QTabWidget(objectName="editorTabs")
        self.tabs.addTab(self.general, self.tr("&General"))
        self.tabs.addTab(self.agenda, self.tr("A&genda and talking points"))
        self.tabs.addTab(self.attendees, self.tr("&Attendees"))
        self.tabs.addTab(self.outcomes, self.tr("&Outcomes"))

        self.warnings = QLabel(objectName="editorWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        warning_icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        warning_icon.setPixmap(self._warning_icon().pixmap(size, size))
        self.warnings_box = QFrame(objectName="warningsBox")
        self.warnings_box.setFrameShape(QFrame.Shape.StyledPanel)
        box = QHBoxLayout(self.warnings_box)
        box.addWidget(warning_icon, 0, Qt.AlignmentFlag.AlignTop)
        box.addWidget(self.warnings, 1)
        self.warnings_box.hide()

        self.save_status = QLabel(objectName="saveStatus")
        self.save_status.setWordWrap(True)
        self.save_status.setStyleSheet(f"color: {problem_colour(self)};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert save is not None
        self.save_button: QPushButton = save
        self.save_button.setObjectName("saveMeeting")
        self.buttons.accepted.connect(self.save)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_status, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.warnings_box)
        layout.addLayout(bottom)

        self._warnings_timer = QTimer(self, singleShot=True, interval=WARNINGS_DELAY_MS)
        self._warnings_timer.timeout.connect(self._ask_for_warnings)
        for tab in (self.general, self.agenda, self.attendees, self.outcomes):
            tab.changed.connect(self._on_changed)
        self.attendees.model.changed.connect(self._offer_owners)
        self.general.find_time.setVisible(read is not None)
        self.general.find_time.clicked.connect(self.find_time)

        self._show_draft(draft)
        self.general.theme_en.setFocus()

    def _warning_icon(self) -> QIcon:
        return self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

    # -- the draft -------------------------------------------------------------------------

    def _show_draft(self, draft: MeetingDraft) -> None:
        """Fill the form with ``draft`` (on opening, and on reloading after a conflict)."""
        self._original = draft
        self.general.load(draft)
        self.agenda.load(draft)
        self.attendees.model.set_participants(draft.participants)
        self.outcomes.set_outcomes(draft.outcomes)
        self._offer_owners()
        self._baseline = self.draft()  # as the widgets show it: what "unchanged" means
        self._on_changed()

    def draft(self) -> MeetingDraft:
        """The meeting as the form shows it now."""
        return replace(
            self._original,
            **self.general.values(),
            **self.agenda.values(),
            participants=self.attendees.model.participants(),
            outcomes=self.outcomes.model.outcomes(),
        )

    def problems(self) -> list[Problem]:
        return validate_meeting(self.draft())

    def has_changes(self) -> bool:
        return self.draft() != self._baseline

    def _offer_owners(self) -> None:
        self.outcomes.set_owner_choices(self.attendees.model.participants())

    def _on_changed(self) -> None:
        times = self.general.values()
        self.attendees.model.set_span(times["starts_at"], times["ends_at"], times["time_zone"])
        self._show_problems(self.problems())
        self._warnings_timer.start()

    def _show_problems(self, problems: list[Problem]) -> None:
        self.general.show_problems(problems_by_field(problems))
        for tab, prefix in ((self.attendees, "participants"), (self.outcomes, "outcomes")):
            mine = [problem_text(p) for p in problems if p.field.split(".")[0] == prefix]
            tab.show_problems(mine, _rows_with_problems(problems, prefix))
        fields_on_tab = {
            GENERAL_TAB: {"theme", "ends_at", "time_zone", "join_url"},
            ATTENDEES_TAB: {"participants"},
            OUTCOMES_TAB: {"outcomes"},
        }
        for tab_index in range(self.tabs.count()):
            names = fields_on_tab.get(tab_index, set())
            marked = any(p.field.split(".")[0] in names for p in problems)
            self.tabs.setTabIcon(tab_index, self._warning_icon() if marked else QIcon())
        messages = [problem_text(p) for p in problems]
        self.save_button.setEnabled(not problems and not self._saving)
        if problems:
            if len(messages) > 1:
                status = self.tr("Cannot save yet: {problem} (and %n more)", "", len(messages) - 1)
            else:
                status = self.tr("Cannot save yet: {problem}")
            self.save_status.setText(status.format(problem=messages[0]))
            self.save_button.setToolTip(
                self.tr("Cannot save yet:") + "\n" + problems_text(messages)
            )
        else:
            self.save_status.setText("")
            shortcut = QKeySequence(QKeySequence.StandardKey.Save).toString(
                QKeySequence.SequenceFormat.NativeText
            )
            self.save_button.setToolTip(
                self.tr("Save the meeting ({shortcut})").format(shortcut=shortcut)
            )

    def find_time(self) -> None:
        """Open the day grid on the attendees and the time the form shows; the time chosen
        there becomes the meeting's start and end (saved with the rest of the form)."""
        from scoda_desktop.ui.scheduling import FindTimeDialog  # imports SQLAlchemy: on first use

        if self._read is None or self._closed:
            return
        dialog = FindTimeDialog.for_meeting(
            self.draft(), read=self._read, runner=self._runner, parent=self
        )
        dialog.time_chosen.connect(self.general.set_times)
        dialog.finished.connect(dialog.deleteLater)
        self.find_time_dialog = dialog
        dialog.open()

    # -- warnings --------------------------------------------------------------------------

    def _ask_for_warnings(self) -> None:
        if self._closed:
            return
        draft = self.draft()
        if validate_meeting(draft):
            self._show_warnings([])
            return
        self._warnings_asked += 1
        asked = self._warnings_asked
        self._runner.submit(
            lambda: self._service.warnings(draft),
            lambda found: self._show_warnings(found) if asked == self._warnings_asked else None,
            lambda exc, _details: log.warning("could not check for clashes: %s", exc),
            name="meeting warnings",
        )

    def _show_warnings(self, warnings: list[Problem]) -> None:
        if self._closed:
            return
        self.warnings.setText(problems_text([problem_text(w) for w in warnings]))
        self.warnings_box.setVisible(bool(warnings))

    def warning_text(self) -> str:
        return self.warnings.text() if self.warnings_box.isVisibleTo(self) else ""

    # -- saving and closing ----------------------------------------------------------------

    def save(self) -> None:
        draft = self.draft()
        if self._saving or validate_meeting(draft):
            return
        self._saving = True
        self._start_saving(lambda: self._service.save(draft))

    def _start_saving(self, work: Callable[[], SavedMeeting]) -> None:
        self._saving = True
        self.save_button.setEnabled(False)
        self.save_status.setText("")
        self._runner.submit(work, self._on_saved, self._on_save_failed, name="save")

    def _on_saved(self, saved: SavedMeeting) -> None:
        self._saving = False
        if self._closed:
            return
        self.saved.emit(saved)
        self._baseline = self.draft()
        self.accept()

    def _on_save_failed(self, exc: BaseException, details: str) -> None:
        self._saving = False
        if self._closed:
            return
        if isinstance(exc, InvalidDraftError):
            self._show_problems(exc.field_problems)
            return
        self._on_changed()
        if isinstance(exc, StaleRecordError) and self._original.id is not None:
            self._compare_with_saved(exc, details)
            return
        self._report_failure(self.tr("Cannot save the meeting"), exc, details)

    # -- someone else saved first ----------------------------------------------------------

    def _compare_with_saved(self, refused: StaleRecordError, details: str) -> None:
        """Read the meeting as saved now and what differs from this form, off the GUI thread;
        then ask what to do. If it cannot be read (deleted meanwhile), say why the save
        failed."""
        base, mine = self._baseline, self.draft()
        self._saving = True  # Save stays disabled until the question is answered
        self.save_button.setEnabled(False)

        def failed(exc: BaseException, _details: str) -> None:
            self._saving = False
            if not self._closed:
                log.info("cannot compare with the saved meeting: %s", exc)
                self._on_changed()
                self._report_failure(self.tr("The meeting was changed elsewhere"), refused, details)

        self._runner.submit(
            lambda: self._service.conflict(base, mine),
            self._resolve_conflict,
            failed,
            name="compare with the saved meeting",
        )

    def _resolve_conflict(self, conflict: MeetingConflict) -> None:
        self._saving = False
        if self._closed:
            return
        self._on_changed()
        choice = ConflictDialog.ask(self, conflict)
        log.info("save conflict on meeting %s: %s", self._original.id, choice.value)
        if choice == ConflictChoice.RELOAD:
            self._show_draft(conflict.theirs)
        elif choice == ConflictChoice.OVERWRITE:
            mine = self.draft()
            self._start_saving(lambda: self._service.overwrite(mine, conflict.theirs))
        else:
            self.save_status.setText(
                self.tr(
                    "Not saved: someone else saved this meeting meanwhile. Save again to compare."
                )
            )

    def _report_failure(self, title: str, exc: BaseException, details: str) -> None:
        if not self._closed:
            error_dialog.report_failure(title, exc, details, self._log_path, self)

    def reject(self) -> None:
        if self.has_changes() and not self._confirm_discard():
            return
        super().reject()

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Discard changes?"),
            self.tr("This meeting has changes that are not saved. Close the editor and lose them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def done(self, result: int) -> None:
        self._closed = True
        self._warnings_timer.stop()
        super().done(result)
