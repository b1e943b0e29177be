"""Unhandled exceptions: logged, then shown in a dialog with the traceback and the log file.

``ExceptionHook`` replaces ``sys.excepthook``; PySide calls it for an exception escaping a slot
or a virtual method, so the application keeps running instead of failing silently. The dialog is
shown by the module function ``show_error_dialog``, looked up at call time so tests can replace
it. An exception raised while a dialog is already up (or by the dialog itself) is only logged.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox, QTextEdit, QWidget

from scoda_desktop.errors import ScodaError
from scoda_desktop.ui.display import error_text
from scoda_desktop.ui.translations import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

CONTEXT = "ErrorDialog"
UNEXPECTED = QT_TRANSLATE_NOOP("ErrorDialog", "SCODA Desktop ran into an unexpected error.")


def show_error_dialog(
    headline: str,
    message: str,
    details: str,
    log_path: Path | None,
    parent: QWidget | None = None,
) -> None:
    """A modal box: the headline, the message, where the log is; the traceback under Details."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "SCODA Desktop: error"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # messages may hold "<": never read as markup
    box.setText(headline)
    where = (
        QCoreApplication.translate("ErrorDialog", "The log file has the details: {path}").format(
            path=log_path
        )
        if log_path
        else ""
    )
    box.setInformativeText("\n\n".join(part for part in (message, where) if part))
    box.setDetailedText(details)  # a read-only text box: select and copy it into a report
    for text_box in box.findChildren(QTextEdit):  # a traceback reads best unwrapped
        text_box.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        text_box.setLineWrapMode(QTextEdit.LineWrapMode.NoWrap)
        text_box.setMinimumSize(620, 220)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.exec()


def report_failure(
    title: str,
    exc: BaseException,
    details: str,
    log_path: Path | None,
    parent: QWidget | None = None,
) -> None:
    """Tell the user why a task failed: an error meant for them (``ScodaError``) in a warning
    box under ``title``; anything else as unexpected, with its traceback and the log file."""
    if isinstance(exc, ScodaError):
        log.warning("%s: %s", title, exc)
        QMessageBox.warning(parent, title, error_text(exc))
    else:
        log.error("%s", title, exc_info=exc)
        headline, message = describe(exc)
        show_error_dialog(headline, message, details, log_path, parent)


def describe(exc: BaseException) -> tuple[str, str]:
    """The dialog's headline and message for an exception."""
    if isinstance(exc, ScodaError):  # its message is written for the user
        return error_text(exc), ""
    text = str(exc)
    headline = QCoreApplication.translate(CONTEXT, UNEXPECTED)
    return headline, f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class ExceptionHook(QObject):
    """A callable for ``sys.excepthook``. Reports reach the GUI thread whichever thread raised."""

    _report = Signal(str, str, str)

    def __init__(self, log_path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self._showing = False
        self._previous = sys.excepthook
        self._report.connect(self._show)

    def install(self) -> ExceptionHook:
        self._previous = sys.excepthook
        sys.excepthook = self
        return self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt) or QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("unhandled exception", exc_info=(exc_type, exc, tb))
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        headline, message = describe(exc)
        # Emitted from a worker thread, the signal is queued to the GUI thread that owns self.
        self._report.emit(headline, message, details)

    def _show(self, headline: str, message: str, details: str) -> None:
        if self._showing:
            return  # logged already; one dialog at a time
        self._showing = True
        try:
            show_error_dialog(headline, message, details, self.log_path, _active_window())
        except Exception:
            # Never through the hook again: that could loop. The log and stderr keep it.
            log.exception("the error dialog itself failed")
            traceback.print_exc()
        finally:
            self._showing = False


def _active_window() -> QWidget | None:
    return QApplication.activeWindow()


def install_excepthook(log_path: Path | None) -> ExceptionHook:
    """Replace ``sys.excepthook``; ``uninstall()`` on the result puts the previous hook back."""
    return ExceptionHook(log_path).install()
