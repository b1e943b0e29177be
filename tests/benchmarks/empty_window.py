"""The start-up floor: an empty QMainWindow shown, timed like ``--startup-check`` times the
application (since the process started, to the end of the first paint). Run as a script; prints
one JSON line."""

from __future__ import annotations

import json

from scoda_desktop.app import seconds_since_start


def main() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    from scoda_desktop.ui.startup_probe import FirstPaint, resident_mb

    app = QApplication([])
    window = QMainWindow()
    window.resize(1240, 720)  # the main window's default size: the same area to paint

    def painted() -> None:
        shown = round(seconds_since_start() * 1000, 1)
        print(json.dumps({"window_shown_ms": shown, "rss_mb": resident_mb()}), flush=True)
        app.quit()

    FirstPaint(window, painted)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
