"""Starting the window: the QApplication, its language, logging, the exception hook, then the
database.

The window is shown first; the database is opened (and migrated, and prepared) on a worker
thread afterwards, so the first paint never waits for SQLAlchemy to import.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from scoda_desktop import __version__, paths
from scoda_desktop.logging_setup import configure_logging
from scoda_desktop.settings import load_preferences
from scoda_desktop.ui.error_dialog import install_excepthook
from scoda_desktop.ui.main_window import MainWindow
from scoda_desktop.ui.meeting_source import MeetingSource
from scoda_desktop.ui.startup_probe import StartupCheck, after_first_paint
from scoda_desktop.ui.translations import install_translations, remove_translations

if TYPE_CHECKING:
    from scoda_desktop.data.database import Database
    from scoda_desktop.data.target import DatabaseTarget

log = logging.getLogger(__name__)

ICON_PARTS = ("icons", "app.svg")
# How long a busy worker thread may hold the interpreter before handing it over (Python's
# default: 5 ms). The GUI thread needs it at every call into Python while it paints (the
# models are Python), and waits up to this long each time: right after start, with the worker
# importing SQLModel, the window stalled 29-208 ms at 5 ms and 25-38 ms at 1 ms.
SWITCH_INTERVAL_S = 0.001


def app_icon() -> QIcon:
    try:
        return QIcon(str(paths.resource(*ICON_PARTS)))
    except FileNotFoundError:
        log.warning("the application icon is missing", exc_info=True)
        return QIcon()


def window_settings() -> QSettings:
    """Where window geometry is kept: the platform's settings store, or an INI file beside the
    data when ``SCODA_DATA_DIR`` is set (portable installs and tests keep everything there)."""
    if os.environ.get("SCODA_DATA_DIR"):
        return QSettings(str(paths.data_dir() / "window-state.ini"), QSettings.Format.IniFormat)
    return QSettings()


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_AUTHOR)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("scoda-desktop")
    app.setWindowIcon(app_icon())
    return app


def run(
    target: DatabaseTarget,
    *,
    demo: bool = False,
    prepare: Callable[[Database], None] | None = None,
    startup_check: Callable[[], float] | None = None,
    language: str | None = None,
) -> int:
    """Show the main window on ``target`` until it is closed; return the exit code (0).

    ``language`` ("en" or "zh", from ``--lang``) overrides the language chosen in Preferences,
    which by default follows the system's.

    ``prepare`` runs on the worker thread right after the database is opened and migrated
    (the demo population goes there). With ``startup_check`` (seconds since the process
    started) the window reports when it painted and when its list was filled, then closes
    (``startup_probe.StartupCheck``)."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    app = _application()
    log_path = configure_logging()
    log.info("SCODA Desktop %s starting on %s", __version__, target.display_name)
    preferences = load_preferences()
    install_translations(app, language or preferences.ui_language())
    hook = install_excepthook(log_path)
    window = MainWindow(
        MeetingSource(target, prepare),
        settings=window_settings(),
        log_path=log_path,
        demo=demo,
        poll_interval_ms=preferences.poll_interval_ms(),
    )
    # Loading imports SQLAlchemy on a worker thread, which holds the interpreter for long
    # stretches: it starts once the window has painted (installed first: the check's own
    # first-paint mark, installed after, is taken before).
    after_first_paint(window, window.start_loading)
    if startup_check is not None:
        StartupCheck(window, startup_check)
    try:
        window.show()
        code = app.exec()
        log.info("SCODA Desktop closed (exit code %s)", code)
        return int(code)
    finally:
        window.close()  # idempotent; closes the database if the loop ended another way
        window.deleteLater()
        hook.uninstall()
        remove_translations(app)
