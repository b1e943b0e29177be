"""How the directory's pages and dialogs run work on the window's task runner: the callables
they are given (the service, the failure reporter) and ``submit_for``, which drops an answer
that arrives after the widget that asked was closed and deleted.

Nothing here imports the data layer: the window builds the pages before its first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject

from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from scoda_desktop.services.directory import DirectoryService

__all__ = ["FailureReporter", "ServiceFactory", "submit_for"]

# The window's service, once it has opened the database (RuntimeError before).
ServiceFactory = Callable[[], "DirectoryService"]
# Unexpected errors: (title, exception, traceback text) for the window's error dialog.
FailureReporter = Callable[[str, BaseException, str], None]


def submit_for(
    widget: QObject,
    runner: TaskRunner,
    work: Callable[[], Any],
    on_finished: Callable[[Any], None],
    on_failed: Callable[[BaseException, str], None],
    *,
    name: str,
) -> None:
    """Run ``work`` on ``runner``; its answer reaches the callbacks only while ``widget`` still
    exists (a page or dialog closed and deleted meanwhile drops it)."""

    def finished(result: Any) -> None:
        if shiboken6.isValid(widget):
            on_finished(result)

    def failed(exc: BaseException, details: str) -> None:
        if shiboken6.isValid(widget):
            on_failed(exc, details)

    runner.submit(work, finished, failed, name=name)
