"""``FormSlot``: a directory page's one open form. A second form is not opened while one is
(the open one is raised instead); a form whose record must be read first is read off the GUI
thread, ``opening`` meanwhile; the last form closed is kept until the next one opens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from scoda_desktop.errors import ScodaError
from scoda_desktop.ui.directory.tasks import FailureReporter, ServiceFactory, submit_for
from scoda_desktop.ui.display import error_text
from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from scoda_desktop.services.directory import DirectoryService

__all__ = ["FormSlot"]


class FormSlot(QObject):
    """``opening_changed`` while a form's record is being read and after; ``gone(message)``
    when that record was merged or deleted meanwhile."""

    opening_changed = Signal()
    gone = Signal(str)

    def __init__(
        self,
        page: QWidget,
        runner: TaskRunner,
        service: ServiceFactory,
        report_failure: FailureReporter,
    ) -> None:
        super().__init__(page)
        self._runner = runner
        self._service = service
        self._report_failure = report_failure
        self.dialog: QDialog | None = None  # the form open (or the last one closed)
        self.opening = False

    def raise_open(self) -> bool:
        """True (and the open form raised) if a form is open."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return True
        return False

    def show(self, dialog: QDialog) -> bool:
        """Open ``dialog`` (window-modal) unless another form is open (then ``dialog`` is
        dropped); whether it opened."""
        if self.raise_open():
            dialog.deleteLater()
            return False
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()
        return True

    def read_and_show(
        self,
        read: Callable[[DirectoryService], Any],
        build: Callable[[DirectoryService, Any], QDialog],
        *,
        failed_title: str,
    ) -> None:
        """Run ``read`` (the record as saved now, the choices a form offers) on the task
        runner, then ``build`` the form with what it read and show it."""
        if self.raise_open() or self.opening:
            return
        try:
            service = self._service()
        except RuntimeError:  # the database is not open yet
            return

        def read_done(result: Any) -> None:
            self._set_opening(False)
            self.show(build(service, result))

        def read_failed(exc: BaseException, details: str) -> None:
            self._set_opening(False)
            if isinstance(exc, ScodaError):  # merged or deleted meanwhile
                self.gone.emit(error_text(exc))
            else:
                self._report_failure(failed_title, exc, details)

        self._set_opening(True)
        submit_for(
            self, self._runner, lambda: read(service), read_done, read_failed, name="open form"
        )

    def _set_opening(self, opening: bool) -> None:
        self.opening = opening
        self.opening_changed.emit()
