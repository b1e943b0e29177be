"""The exception hook: an error in a slot is logged and shown, never swallowed."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from scoda_desktop.errors import DatabaseError
from scoda_desktop.ui import error_dialog
from scoda_desktop.ui.error_dialog import install_excepthook


def test_an_exception_in_a_slot_is_logged_and_shown(qtbot, log_file, monkeypatch):
    shown: list[tuple] = []
    monkeypatch.setattr(error_dialog, "show_error_dialog", lambda *a: shown.append(a))

    def broken_slot() -> None:
        raise RuntimeError("the printer caught fire")

    hook = install_excepthook(log_file)
    try:
        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: bool(shown))
    finally:
        hook.uninstall()

    ((headline, message, details, log_path, _parent),) = shown
    assert headline == error_dialog.UNEXPECTED
    assert message == "RuntimeError: the printer caught fire"
    assert "Traceback" in details and "broken_slot" in details
    assert log_path == log_file
    logged = log_file.read_text(encoding="utf-8")
    assert "unhandled exception" in logged and "RuntimeError: the printer caught fire" in logged


def test_an_error_while_the_dialog_is_up_is_only_logged(qtbot, log_file, monkeypatch):
    calls: list[str] = []

    def dialog_that_fails_again(headline, message, *_rest) -> None:
        calls.append(message)
        hook(ValueError, ValueError("second"), None)  # raised while the first one is shown
        raise OSError("the dialog itself failed")

    monkeypatch.setattr(error_dialog, "show_error_dialog", dialog_that_fails_again)
    hook = error_dialog.ExceptionHook(log_file)
    hook(KeyError, KeyError("first"), None)

    assert calls == ["KeyError: 'first'"]
    logged = log_file.read_text(encoding="utf-8")
    assert "ValueError: second" in logged
    assert "the error dialog itself failed" in logged


def test_a_scoda_error_is_shown_with_its_own_message():
    headline, message = error_dialog.describe(DatabaseError("The server is not reachable."))
    assert headline == "The server is not reachable."
    assert message == ""


def test_install_and_uninstall_restore_the_previous_hook():
    import sys

    previous = sys.excepthook
    hook = install_excepthook(None)
    assert sys.excepthook is hook
    hook.uninstall()
    assert sys.excepthook is previous
