"""``--startup-check`` and what the window imports before its first paint."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from scoda_desktop.data.database import open_database, resolve_target
from scoda_desktop.services.generate import generate

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlmodel", "sqlalchemy", "alembic", "pydantic", "jsonschema", "babel")


def _env(tmp_path: Path) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", SCODA_DATA_DIR=str(tmp_path / "data"))


def _python(
    tmp_path: Path, *args: str, timeout: int, check: bool
) -> subprocess.CompletedProcess[str]:
    """Run Python with ``args`` in a fresh process, from the checkout, offscreen, with its own
    data folder under ``tmp_path``."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=check,
    )


def test_startup_check_prints_when_the_window_painted_and_the_list_filled(tmp_path: Path):
    path = tmp_path / "office.sqlite3"
    database = open_database(resolve_target(str(path)))
    generate(database, meetings=40, people=60, seed=5, until=date(2026, 6, 30))
    database.dispose()

    reports = []
    for _ in range(2):  # the first start reads the database; the second, the list it cached
        result = _python(
            tmp_path,
            "main.py",
            "--database",
            str(path),
            "--startup-check",
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        (line,) = result.stdout.strip().splitlines()
        reports.append(json.loads(line))

    first, second = reports
    assert 0 < first["window_shown_ms"] <= first["list_filled_ms"] == first["list_read_ms"]
    assert 0 < second["window_shown_ms"] <= second["list_filled_ms"] <= second["list_read_ms"]
    assert (first["from_cache"], second["from_cache"]) == (False, True)
    assert first["meetings"] == second["meetings"] == 40


def test_startup_check_takes_no_subcommand(tmp_path: Path):
    result = _python(tmp_path, "main.py", "--startup-check", "meetings", timeout=60, check=False)
    assert result.returncode == 2
    assert "takes no subcommand" in result.stderr


def test_building_the_main_window_imports_no_data_layer(tmp_path: Path):
    """Everything the window builds before its first paint (every page, menu and dialog it
    makes up front) must leave SQLAlchemy, SQLModel and the like to the worker thread."""
    code = f"""
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from scoda_desktop.data.target import resolve_target
from scoda_desktop.ui.main_window import MainWindow
from scoda_desktop.ui.meeting_source import MeetingSource
app = QApplication([])
settings = QSettings({str(tmp_path / "window.ini")!r}, QSettings.Format.IniFormat)
target = resolve_target({str(tmp_path / "office.sqlite3")!r})
window = MainWindow(MeetingSource(target), settings=settings, log_path=None)
print(",".join(m for m in {HEAVY!r} if m in sys.modules))
"""
    result = _python(tmp_path, "-c", code, timeout=120, check=True)
    assert result.stdout.strip() == ""


def test_loading_waits_for_the_first_paint_and_runs_once(qtbot):
    from PySide6.QtWidgets import QWidget

    from scoda_desktop.ui.startup_probe import PAINT_FALLBACK_MS, after_first_paint

    shown, hidden = QWidget(), QWidget()
    qtbot.addWidget(shown)
    qtbot.addWidget(hidden)
    calls: list[str] = []
    after_first_paint(shown, lambda: calls.append("shown"))
    after_first_paint(hidden, lambda: calls.append("hidden"))  # never painted
    assert calls == []
    shown.show()
    qtbot.waitUntil(lambda: calls == ["shown"], timeout=PAINT_FALLBACK_MS // 2)
    qtbot.waitUntil(lambda: "hidden" in calls, timeout=PAINT_FALLBACK_MS * 3)
    qtbot.wait(PAINT_FALLBACK_MS // 2)  # the shown widget's fallback has passed too
    assert sorted(calls) == ["hidden", "shown"]


def test_building_the_main_window_leaves_the_hidden_pages_and_dialogs_unimported(tmp_path: Path):
    """Only the page shown (Meetings) is built before the first paint: the modules of the
    other pages, and of the dialogs the window opens, are imported when first needed."""
    later = (
        "scoda_desktop.ui.calendar_view",
        "scoda_desktop.ui.press",
        "scoda_desktop.ui.followups",
        "scoda_desktop.ui.reports",
        "scoda_desktop.ui.invitation_dialog",
        "scoda_desktop.ui.preferences_dialog",
        "scoda_desktop.ui.history_dialog",
        "scoda_desktop.ui.meeting_editor",  # the filter bar's fields are in ui.choice_fields
        "scoda_desktop.services.meeting_drafts",
    )
    code = f"""
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from scoda_desktop.data.target import resolve_target
from scoda_desktop.ui.main_window import MainWindow
from scoda_desktop.ui.meeting_source import MeetingSource
app = QApplication([])
settings = QSettings({str(tmp_path / "window.ini")!r}, QSettings.Format.IniFormat)
target = resolve_target({str(tmp_path / "office.sqlite3")!r})
window = MainWindow(MeetingSource(target), settings=settings, log_path=None)
print(",".join(m for m in {later!r} if m in sys.modules))
window.page_stack.show("calendar")
print("scoda_desktop.ui.calendar_view" in sys.modules)
"""
    result = _python(tmp_path, "-c", code, timeout=120, check=True)
    assert result.stdout.split() == ["True"]  # nothing on the first line; then the calendar


def test_the_windows_command_line_builds_no_subcommand(tmp_path: Path):
    """``main`` reads window options alone with a parser of those options: the subcommands'
    module and parser are left for a command line that names one."""
    code = f"""
import sys
import scoda_desktop.ui.application as application
application.run = lambda target, **options: 0
from scoda_desktop.app import main
assert main(["--database", {str(tmp_path / "office.sqlite3")!r}, "--startup-check"]) == 0
print(",".join(m for m in ("scoda_desktop.cli", "scoda_desktop.data.database") if m in sys.modules))
"""
    result = _python(tmp_path, "-c", code, timeout=60, check=True)
    assert result.stdout.strip() == ""


def test_a_current_catalogue_is_loaded_without_the_translation_tools(tmp_path: Path):
    """The first start builds the catalogues (with Qt's lrelease, from ``tools``); later starts
    find them current from the sizes and times of the .ts files, reading none of them."""
    code = """
import sys
from PySide6.QtWidgets import QApplication
from scoda_desktop.ui.translations import install_translations
app = QApplication([])
for language in ("en", "zh"):
    install_translations(app, language)
print("scoda_desktop.ui.translations.tools" in sys.modules)
"""
    starts = [
        _python(tmp_path, "-c", code, timeout=120, check=True).stdout.split() for _ in range(2)
    ]
    assert starts == [["True"], ["False"]]  # built on the first start only
