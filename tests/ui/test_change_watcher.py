"""The change watcher on its own: a baseline from the list's read, ``changed`` once per change,
nothing while the database is not open, and a failing check logged once, not every poll."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from scoda_desktop.ui.change_watcher import ChangeWatcher
from scoda_desktop.ui.workers import TaskRunner


class Stamps:
    """What the database's fingerprint reads as; ``error`` makes the next reads fail."""

    def __init__(self) -> None:
        self.value: object | None = 1
        self.error: Exception | None = None

    def read(self) -> object | None:
        if self.error is not None:
            raise self.error
        return self.value


@pytest.fixture
def watched(qtbot) -> Iterator[tuple[ChangeWatcher, Stamps, list[bool]]]:
    runner = TaskRunner()
    stamps = Stamps()
    watcher = ChangeWatcher(runner, stamps.read, interval_ms=60_000)
    checks: list[bool] = []
    real = watcher._on_checked
    watcher._on_checked = lambda changed: (checks.append(changed), real(changed))
    yield watcher, stamps, checks
    runner.wait_for_done()


def _poll(qtbot, watcher: ChangeWatcher, checks: list[bool]) -> bool:
    before = len(checks)
    watcher.poll()
    qtbot.waitUntil(lambda: len(checks) > before)
    return checks[-1]


def test_changed_is_emitted_once_per_change_after_the_list_was_read(qtbot, watched):
    watcher, stamps, checks = watched
    watcher.set_baseline(stamps.read())  # as read right before the list: 1
    assert _poll(qtbot, watcher, checks) is False
    stamps.value = 2
    with qtbot.waitSignal(watcher.changed):
        watcher.poll()
    assert _poll(qtbot, watcher, checks) is False  # the same change is not reported again


def test_nothing_is_reported_while_there_is_no_database(qtbot, watched):
    watcher, stamps, checks = watched
    stamps.value = None
    assert _poll(qtbot, watcher, checks) is False
    watcher.forget()
    stamps.value = 5
    assert _poll(qtbot, watcher, checks) is False  # the first stamp is a baseline


def test_a_failing_check_is_logged_once_until_it_works_again(qtbot, watched, caplog):
    watcher, stamps, _checks = watched
    stamps.error = OSError("server closed the connection")
    with caplog.at_level(logging.DEBUG, logger="scoda_desktop.ui.change_watcher"):
        for _ in range(3):
            watcher.poll()
            qtbot.waitUntil(lambda: not watcher._polling)
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert [r.getMessage() for r in warnings] == [
        "could not look for changes made elsewhere: server closed the connection"
    ]
