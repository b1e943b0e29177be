"""``run()``: the whole start-up, from an empty event loop to a closed window and exit code 0."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from scoda_desktop.ui import application
from scoda_desktop.ui.main_window import MainWindow


def test_run_shows_the_meetings_and_returns_zero(
    qapp, sqlite_target, meetings, log_file, monkeypatch
):
    seen: dict[str, object] = {}
    prepared_on: list[threading.Thread] = []

    class ClosingWindow(MainWindow):
        """Closes itself once the list is filled, as a person would."""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self.meetings_loaded.connect(self._done)

        def _done(self, count: int) -> None:
            seen["count"] = count
            seen["status"] = self.status_text()
            seen["title"] = self.windowTitle()
            seen["visible"] = self.isVisible()
            QTimer.singleShot(0, self.close)

    monkeypatch.setattr(application, "MainWindow", ClosingWindow)
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(QApplication.quit)
    give_up.start(20_000)
    try:
        code = application.run(
            sqlite_target,
            demo=True,
            prepare=lambda _db: prepared_on.append(threading.current_thread()),
        )
    finally:
        give_up.stop()

    assert code == 0
    assert seen["count"] == 3 and seen["visible"] is True
    assert seen["status"] == f"3 meetings — {sqlite_target.display_name}"
    assert seen["title"] == "SCODA Desktop — Demo database"
    assert prepared_on and prepared_on[0] is not threading.main_thread()
    assert qapp.applicationName() == "SCODA Desktop"
    assert qapp.organizationName() == "SCODA"
    assert not qapp.windowIcon().isNull()
