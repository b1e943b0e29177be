"""Fixtures for the press pages' tests: the main window on the demo database (as on 28 November
2026), and helpers reading what the database then holds."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from scoda_desktop.data.database import Database
from scoda_desktop.domain.models import Meeting, PressRelease, PressReleaseRevision
from scoda_desktop.services.demo import populate_demo
from scoda_desktop.services.templating import environment
from scoda_desktop.ui.main_window import MainWindow

CLOUD_THEME = "Cloud Meeting for Common Development"
DEMO_TODAY = date(2026, 11, 28)
TIMEOUT = 15_000


def meeting_id(database: Database, theme: str = CLOUD_THEME) -> int:
    with database.session() as session:
        return int(
            session.execute(sa.select(Meeting.id).where(Meeting.theme_en == theme)).scalar_one()
        )


def release_rows(database: Database) -> list[dict]:
    with database.session() as session:
        return [
            dict(row._mapping)
            for row in session.execute(sa.select(PressRelease.__table__).order_by(PressRelease.id))
        ]


def revision_bodies(database: Database, release_id: int) -> list[tuple[int, str]]:
    r = PressReleaseRevision.__table__.c
    with database.session() as session:
        return [
            (row.number, row.body)
            for row in session.execute(
                sa.select(r.number, r.body)
                .where(r.press_release_id == release_id)
                .order_by(r.number)
            )
        ]


def focus(qtbot, widget: QWidget) -> None:
    """Give ``widget`` the keyboard focus in its active window, as a click would: a shortcut
    works only there (after a dialog closes, the offscreen platform leaves no window active)."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def open_page(qtbot, window: MainWindow, title: str) -> None:
    """Show a page by clicking its entry in the navigation list."""
    items = window.navigation.findItems(title, Qt.MatchFlag.MatchExactly)
    assert items, title
    rect = window.navigation.visualItemRect(items[0])
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.navigation.currentItem().text() == title


@pytest.fixture(autouse=True)
def _fresh_environment() -> Iterator[None]:
    """The template environment is cached with the user folder of the first test that used
    it; each test has its own folder."""
    environment.cache_clear()
    yield
    environment.cache_clear()


@pytest.fixture
def demo(sqlite_database: Database) -> Database:
    populate_demo(sqlite_database, today=DEMO_TODAY)
    return sqlite_database


@pytest.fixture
def cloud(demo: Database) -> int:
    """The id of the demo's 2 April 2021 meeting."""
    return meeting_id(demo)


@pytest.fixture
def demo_window(qtbot, make_window, sqlite_target, demo) -> MainWindow:
    """The main window on the demo database, its meetings and press pages loaded."""
    window = make_window(sqlite_target)
    with qtbot.waitSignal(window.meetings_loaded, timeout=TIMEOUT):
        window.start_loading()
    qtbot.waitUntil(
        lambda: window.press_page.loaded_once and window.templates_page.loaded_once,
        timeout=TIMEOUT,
    )
    return window
