"""Building many objects at once: cyclic garbage collection paused meanwhile.

Python's cyclic collector runs when enough new objects have been allocated, and a full
collection scans every object of the process while holding the GIL. Reading the meeting list
(100,000 tuples), the follow-ups, or an import of 10,000 people (several hundred thousand
small objects) would set off full collections that take a fifth to a quarter of the time and
stall the GUI thread for as long as each one runs. What these build is not cyclic, so nothing
waits to be collected meanwhile."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["garbage_collection_paused"]


class _Pauses:
    """Pauses that may overlap (the task runner reads on several threads at once): the
    collector is switched off by the first and back on, if it was on, by the last to end."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._active = 0
        self._was_enabled = False

    def begin(self) -> None:
        with self._lock:
            if self._active == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._active += 1

    def end(self) -> None:
        with self._lock:
            self._active -= 1
            if self._active == 0 and self._was_enabled:
                gc.enable()


_PAUSES = _Pauses()


@contextmanager
def garbage_collection_paused() -> Iterator[None]:
    """Cyclic garbage collection off while the block runs (reference counting still frees
    what is dropped); back on afterwards if it was on before the first of overlapping pauses."""
    _PAUSES.begin()
    try:
        yield
    finally:
        _PAUSES.end()
