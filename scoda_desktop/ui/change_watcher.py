"""Seeing colleagues' changes without a restart: every few seconds, a cheap fingerprint of the
meetings (``services.changes``) is read on the task runner and compared with the one taken when
the list was last read; when they differ, ``changed`` is emitted and the window reads the list
again (keeping the selection).

The baseline is the fingerprint read on the worker thread right before the list, in the same
task (``set_baseline``), so a change saved while the list is being read is not missed, and the
window's own saves, which reload the list anyway, do not cause a second reload.

Polling works on SQLite and PostgreSQL alike; PostgreSQL's LISTEN/NOTIFY would need a
connection held open per window and is not used.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from scoda_desktop.ui.workers import TaskRunner

__all__ = ["DEFAULT_INTERVAL_MS", "ChangeWatcher"]

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_MS = 10_000
T = TypeVar("T")
Stamp = object  # opaque: only compared for equality


class ChangeWatcher(QObject):
    changed = Signal()  # the meetings differ from what the list shows

    def __init__(
        self,
        runner: TaskRunner,
        read_stamp: Callable[[], Stamp | None],
        interval_ms: int = DEFAULT_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        """``read_stamp`` blocks (it runs on the runner) and returns None while there is no
        database to look at."""
        super().__init__(parent)
        self._runner = runner
        self._read_stamp = read_stamp
        self._lock = threading.Lock()
        self._baseline: Stamp | None = None
        self._polling = False
        self._failing = False  # the last check failed: say so once, not every few seconds
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.poll)

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_interval(self, interval_ms: int) -> None:
        self._timer.setInterval(interval_ms)

    def start(self) -> None:
        """Poll every ``interval_ms`` from now on (again after ``stop``)."""
        if not self._timer.isActive():
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def forget(self) -> None:
        """Drop the baseline (another database is opened): the next read of the list sets it."""
        with self._lock:
            self._baseline = None

    def set_baseline(self, stamp: Stamp | None) -> None:
        """``stamp`` is what the list shows now: the fingerprint read right before the list
        (on the worker thread, by the same task)."""
        with self._lock:
            self._baseline = stamp

    def poll(self) -> None:
        """Compare the fingerprint with the baseline now (one check at a time)."""
        if self._polling:
            return
        self._polling = True
        self._runner.submit(self._check, self._on_checked, self._on_failed, name="look for changes")

    def _check(self) -> bool:
        stamp = self._read_stamp()
        if stamp is None:
            return False
        with self._lock:
            changed = self._baseline is not None and stamp != self._baseline
            self._baseline = stamp
        return changed

    def _on_checked(self, changed: bool) -> None:
        self._polling = False
        if self._failing:
            self._failing = False
            log.info("looking for changes made elsewhere works again")
        if changed:
            log.info("the meetings were changed elsewhere: reading them again")
            self.changed.emit()

    def _on_failed(self, exc: BaseException, _details: str) -> None:
        self._polling = False
        level = logging.DEBUG if self._failing else logging.WARNING
        self._failing = True
        log.log(level, "could not look for changes made elsewhere: %s", exc)
