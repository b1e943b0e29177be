"""``DatabaseCheck``: a form's record checked by the service a moment after the last change, on
the task runner. Only the answer to the latest question counts; its problems are kept for the
fields unchanged since (so that they do not flicker while the user types elsewhere), and the
form's Save waits for the first answer (an empty new form must not look savable).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from scoda_desktop.ui.directory.tasks import submit_for
from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from scoda_desktop.services.meeting_drafts import Problem

__all__ = ["CHECK_DELAY_MS", "DatabaseCheck"]

log = logging.getLogger(__name__)

CHECK_DELAY_MS = 300
_MISSING = object()


class DatabaseCheck(QObject):
    """``due`` a moment after the last ``soon()``: time to ``ask``. ``answered`` when the
    latest question has its answer (or could not be answered)."""

    due = Signal()
    answered = Signal()

    def __init__(self, runner: TaskRunner, parent: QObject) -> None:
        super().__init__(parent)
        self._runner = runner
        self.asked = 0  # questions asked: an answer to an older one is dropped
        self.first_due = False  # Save waits for the first answer
        self._checked: tuple[Any, list[Problem]] | None = None  # (record, its problems)
        self._timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._timer.timeout.connect(self.due)

    def restart(self, *, checks: bool) -> None:
        """A record was just loaded: forget what was checked; ``checks``: whether the form
        has a database check at all."""
        self._checked = None
        self.first_due = checks
        self._timer.stop()

    def soon(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def ask(self, record: Any, check: Callable[[Any], list[Problem]]) -> None:
        self.asked += 1
        asked = self.asked

        def checked(problems: list[Problem]) -> None:
            if asked == self.asked:
                self.found(record, problems)

        def failed(exc: BaseException, _details: str) -> None:
            log.warning("could not check the record: %s", exc)
            if asked == self.asked:
                self.first_due = False  # the service checks again when saving
                self.answered.emit()

        submit_for(self, self._runner, lambda: check(record), checked, failed, name="check record")

    def found(self, record: Any, problems: list[Problem]) -> None:
        """The service found ``problems`` with ``record`` (asked, or refusing a save)."""
        self._checked = (record, list(problems))
        self.first_due = False
        self.answered.emit()

    def still_holding(self, record: Any, but: set[str]) -> list[Problem]:
        """The problems found last that still hold for ``record``: those of the fields whose
        value is unchanged since, except the fields in ``but``."""
        if self._checked is None:
            return []
        checked_record, problems = self._checked
        return [
            p
            for p in problems
            if p.field not in but
            and getattr(checked_record, p.field, _MISSING) == getattr(record, p.field, _MISSING)
        ]
