"""Running the press pages' work on the window's task runner, and telling the user when it
fails: one place for both pages, so every failure is reported the same way."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from scoda_desktop.services.press.store import PressReleaseStore

__all__ = ["FailureReporter", "PressTasks", "StoreFactory"]

log = logging.getLogger(__name__)

FailureReporter = Callable[[str, BaseException, str], None]  # title, exception, traceback
StoreFactory = Callable[[], "PressReleaseStore | None"]  # None once the database is closed


class PressTasks(QObject):
    """Submits work, given the press store, to run off the GUI thread (it must not touch
    widgets), and calls back on the GUI thread. A failure goes to ``on_failed`` when given,
    else to the window's reporter under ``title``. While the window's database is not open
    (not yet, or no longer: the window is closing) work is not started."""

    busy_changed = Signal(bool)
    finished = Signal(str)  # the name of a task that has just reported (after its callback)

    def __init__(
        self,
        runner: TaskRunner,
        store: StoreFactory,
        report_failure: FailureReporter,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._store = store
        self._report_failure = report_failure
        self._running = 0

    @property
    def busy(self) -> bool:
        return self._running > 0

    def run(
        self,
        work: Callable[[PressReleaseStore], Any],
        on_finished: Callable[[Any], None],
        title: str,
        *,
        on_failed: Callable[[BaseException, str], None] | None = None,
        name: str = "press task",
    ) -> bool:
        """Start ``work(store)``; False (and nothing runs) when the database is not open."""
        store = self._store()
        if store is None:
            log.debug("%s not started: the database is not open", name)
            return False
        self._count(+1)

        def finished(result: Any) -> None:
            self._count(-1)
            on_finished(result)
            self.finished.emit(name)

        def failed(exc: BaseException, details: str) -> None:
            self._count(-1)
            if on_failed is not None:
                on_failed(exc, details)
            else:
                self.report_failure(title, exc, details)
            self.finished.emit(name)

        self._runner.submit(lambda: work(store), finished, failed, name=name)
        return True

    def report_failure(self, title: str, exc: BaseException, details: str) -> None:
        self._report_failure(title, exc, details)

    def _count(self, step: int) -> None:
        was_busy = self.busy
        self._running += step
        if self.busy != was_busy:
            self.busy_changed.emit(self.busy)
