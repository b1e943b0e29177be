"""The demo directory (as on 28 November 2026) and a service over it, on every backend."""

from __future__ import annotations

from datetime import date

import pytest

from scoda_desktop.services.demo import populate_demo
from scoda_desktop.services.directory import DirectoryService

TODAY = date(2026, 11, 28)


@pytest.fixture
def demo(database):
    assert populate_demo(database, today=TODAY) is True
    return database


@pytest.fixture
def service(demo) -> DirectoryService:
    return DirectoryService(demo, actor="tester", today=lambda: TODAY)
