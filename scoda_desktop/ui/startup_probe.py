"""Knowing when the main window first painted: to start loading the database only then, and
for ``--startup-check`` (when the window first painted, when it painted the filled meeting list,
when the database had been read, in milliseconds since the process started, and the memory then
resident; one JSON line).

Only QtCore and QtWidgets are imported here: the benchmark's floor (an empty QMainWindow) is
timed with the same ``FirstPaint``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from scoda_desktop.ui.main_window import MainWindow

TIMEOUT_MS = 120_000  # the list not filled by then: the check fails (exit code 1)
PAINT_FALLBACK_MS = 1000  # after_first_paint does not wait longer for a paint (minimised)


class FirstPaint(QObject):
    """Calls ``callback`` once, after ``widget``'s first paint. The top-level window gets its
    paint event first in a pass; the call is queued, so it runs once the pass (children
    included) is done and flushed."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def resident_mb() -> float | None:
    """This process's resident memory in MB (VmRSS, Linux); None where it cannot be read."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return round(int(line.split()[1]) / 1024, 1)  # reported in kB
    except (OSError, ValueError, IndexError):
        pass
    return None


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once: after ``widget``'s first paint, or PAINT_FALLBACK_MS after now
    if it has not painted by then (a window started minimised is not painted)."""
    called = False

    def once() -> None:
        nonlocal called
        if not called:
            called = True
            callback()

    FirstPaint(widget, once)
    QTimer.singleShot(PAINT_FALLBACK_MS, widget, once)


class StartupCheck(QObject):
    """Prints one JSON line once the meetings have been read from the database, then closes
    ``window``; exits the event loop with 1 if that takes too long. In it:

    - ``window_shown_ms``: the main window's first paint;
    - ``list_filled_ms``: the list first painted filled, from its cache (``from_cache``) or
      from the database;
    - ``list_read_ms``: the database opened and its meetings read (the same as
      ``list_filled_ms`` without a cache);
    - ``meetings`` and ``rss_mb``: how many were listed, and the memory then resident."""

    def __init__(
        self,
        window: MainWindow,
        seconds_since_start: Callable[[], float],
        out: TextIO | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._clock = seconds_since_start
        self._out = out or sys.stdout
        self.window_shown_ms: float | None = None
        self._filled_ms: float | None = None
        FirstPaint(window, self._shown)
        window.cached_list_shown.connect(self._filled_from_cache)
        window.meetings_loaded.connect(self._read)
        self._timeout = QTimer(self, singleShot=True, interval=TIMEOUT_MS)
        self._timeout.timeout.connect(self._give_up)
        self._timeout.start()

    def _ms(self) -> float:
        return round(self._clock() * 1000, 1)

    def _shown(self) -> None:
        self.window_shown_ms = self._ms()

    def _painted_now(self) -> float:
        self._window.repaint()  # the filled list, painted now rather than on the next pass
        return self._ms()

    def _filled_from_cache(self, count: int) -> None:
        self._filled_ms = self._painted_now()

    def _read(self, count: int) -> None:
        self._window.meetings_loaded.disconnect(self._read)
        self._timeout.stop()
        read = self._painted_now()
        filled = self._filled_ms if self._filled_ms is not None else read
        shown = self.window_shown_ms if self.window_shown_ms is not None else filled
        report = {
            "window_shown_ms": shown,
            "list_filled_ms": filled,
            "list_read_ms": read,
            "from_cache": self._filled_ms is not None,
            "meetings": count,
            "rss_mb": resident_mb(),
        }
        print(json.dumps(report), file=self._out, flush=True)
        QTimer.singleShot(0, self._window.close)

    def _give_up(self) -> None:
        print(
            f"startup check: the meeting list was not filled within {TIMEOUT_MS // 1000} s "
            f"({self._window.status_text()})",
            file=sys.stderr,
        )
        QApplication.exit(1)
