"""What the window's meeting commands do, off the GUI thread: postpone, cancel, duplicate,
delete and undo the delete. Each runs one ``MeetingService`` call on the task runner; when it
returns, ``done`` says which meeting to select and what to tell the user, and the window reads
the list again. Failures go to ``report_failure`` (one place shows them all).

Deletes are undone from an in-memory stack of what each delete removed (``DeletedMeeting``):
Ctrl+Z puts the last one back, with its uid and (where still free) its ids. The stack lives as
long as the window.

Messages and failure titles are translated (``self.tr``, context ``MeetingCommands``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from scoda_desktop.services.meeting_service import (
        DeletedMeeting,
        MeetingService,
        SavedMeeting,
    )
    from scoda_desktop.services.meetings import MeetingRow

log = logging.getLogger(__name__)

FailureReporter = Callable[[str, BaseException, str], None]


class MeetingCommands(QObject):
    done = Signal(object, str)  # the meeting id to select (or None), the status message
    duplicated = Signal(int)  # the new meeting's id, to open it in the editor
    undo_changed = Signal(bool)  # whether there is a delete to undo
    busy_changed = Signal(bool)

    def __init__(
        self,
        runner: TaskRunner,
        service: Callable[[], MeetingService],
        report_failure: FailureReporter,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._service = service
        self._report_failure = report_failure
        self._deleted: list[DeletedMeeting] = []
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def can_undo(self) -> bool:
        return bool(self._deleted)

    def undo_tip(self) -> str:
        """What Undo would do: the menu item stays short; this names the meeting."""
        if not self._deleted:
            return self.tr("Nothing to undo")
        return self.tr("Bring back the deleted meeting “{theme}” (Ctrl+Z)").format(
            theme=self._deleted[-1].theme
        )

    def forget_deleted(self) -> None:
        """Drop the deletes that Undo could bring back (another database is opened)."""
        self._deleted.clear()
        self.undo_changed.emit(False)

    # -- commands --------------------------------------------------------------------------

    def postpone(self, meeting: MeetingRow) -> None:
        service = self._service()
        self._run(
            lambda: service.postpone(meeting.id, version=meeting.version),
            lambda saved: self.done.emit(
                saved.id, self.tr("Postponed “{theme}”.").format(theme=saved.theme)
            ),
            self.tr("Cannot postpone the meeting"),
        )

    def cancel(self, meeting: MeetingRow) -> None:
        service = self._service()
        self._run(
            lambda: service.cancel(meeting.id, version=meeting.version),
            lambda saved: self.done.emit(
                saved.id,
                self.tr("Cancelled “{theme}”; the record is kept.").format(theme=saved.theme),
            ),
            self.tr("Cannot cancel the meeting"),
        )

    def duplicate(self, meeting: MeetingRow) -> None:
        service = self._service()

        def finished(saved: SavedMeeting) -> None:
            self.done.emit(
                saved.id, self.tr("Duplicated “{theme}” as a new draft.").format(theme=saved.theme)
            )
            self.duplicated.emit(saved.id)

        self._run(
            lambda: service.duplicate(meeting.id), finished, self.tr("Cannot duplicate the meeting")
        )

    def delete(self, meeting: MeetingRow) -> None:
        """Delete (the caller has asked for confirmation); the delete can then be undone."""
        service = self._service()

        def finished(deleted: DeletedMeeting) -> None:
            self._deleted.append(deleted)
            self.undo_changed.emit(True)
            self.done.emit(
                None,
                self.tr("Deleted “{theme}”. Press Ctrl+Z to undo.").format(theme=deleted.theme),
            )

        self._run(
            lambda: service.delete(meeting.id, version=meeting.version),
            finished,
            self.tr("Cannot delete the meeting"),
        )

    def undo(self) -> None:
        if not self._deleted or self._busy:
            return
        deleted = self._deleted[-1]
        service = self._service()

        def finished(saved: SavedMeeting) -> None:
            self._forget(deleted)
            self.done.emit(saved.id, self.tr("Restored “{theme}”.").format(theme=saved.theme))

        def failed(exc: BaseException, details: str) -> None:
            self._forget(deleted)  # it cannot come back this way; do not offer it again
            self._report_failure(self.tr("Cannot undo the delete"), exc, details)

        self._run(lambda: service.restore(deleted), finished, failed)

    # -- running ---------------------------------------------------------------------------

    def _forget(self, deleted: DeletedMeeting) -> None:
        if deleted in self._deleted:
            self._deleted.remove(deleted)
        self.undo_changed.emit(bool(self._deleted))

    def _run(
        self,
        work: Callable[[], Any],
        on_finished: Callable[[Any], None],
        on_failed: str | Callable[[BaseException, str], None],
    ) -> None:
        if self._busy:
            return
        self._set_busy(True)

        def finished(result: Any) -> None:
            self._set_busy(False)
            on_finished(result)

        def failed(exc: BaseException, details: str) -> None:
            self._set_busy(False)
            if callable(on_failed):
                on_failed(exc, details)
            else:
                self._report_failure(on_failed, exc, details)
                self.done.emit(None, "")  # the list may be out of date: read it again

        self._runner.submit(work, finished, failed, name="meeting command")

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_changed.emit(busy)
