"""Running blocking work off the GUI thread and handing its result back to the GUI thread.

A task's callable runs on a pool thread and must not touch widgets. Its result, or the exception
it raised with the traceback as text, arrives through signals of an object living on the GUI
thread, so the callbacks run there.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    finished = Signal(object)  # the callable's return value
    failed = Signal(object, str)  # the exception, and its traceback as text


class Task(QRunnable):
    def __init__(self, work: Callable[[], Any], name: str) -> None:
        super().__init__()
        # Python keeps the task alive (TaskRunner holds it until it reports); Qt must not
        # delete it behind Python's back.
        self.setAutoDelete(False)
        self.work = work
        self.name = name
        self.signals = TaskSignals()  # created on the GUI thread: its slots run there

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:
            log.debug("task %s failed", self.name, exc_info=True)
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    """Starts tasks on its own thread pool and keeps each task referenced until it reports.

    With ``max_threads=1`` (the default) tasks run one after the other in the order submitted,
    which is what work on one database connection wants."""

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 1) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._tasks: dict[int, Task] = {}
        self._next_key = 0

    def submit(
        self,
        work: Callable[[], Any],
        on_finished: Callable[[Any], None],
        on_failed: Callable[[BaseException, str], None],
        *,
        name: str = "task",
    ) -> Task:
        task = Task(work, name)
        key, self._next_key = self._next_key, self._next_key + 1
        # Forget first, so that a callback may submit again and find the runner idle. Capture
        # the key, not the task: a task referenced from its own connections is never freed.
        task.signals.finished.connect(lambda _result: self._forget(key))
        task.signals.failed.connect(lambda _exc, _text: self._forget(key))
        task.signals.finished.connect(on_finished)
        task.signals.failed.connect(on_failed)
        self._tasks[key] = task
        self._pool.start(task)
        return task

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def wait_for_done(self, timeout_ms: int = -1) -> bool:
        """Block until every started task has returned (their reports may still be queued)."""
        return self._pool.waitForDone(timeout_ms)

    def _forget(self, key: int) -> None:
        self._tasks.pop(key, None)
