"""The background task runner: results and failures come back on the GUI thread."""

from __future__ import annotations

import threading

from scoda_desktop.ui.workers import TaskRunner


def test_result_arrives_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    threads: list[threading.Thread] = []
    results: list[object] = []

    def work() -> int:
        threads.append(threading.current_thread())
        return 42

    def finished(result: object) -> None:
        threads.append(threading.current_thread())
        results.append(result)

    runner.submit(work, finished, lambda *a: None)
    assert runner.busy
    qtbot.waitUntil(lambda: results == [42])
    assert threads[0] is not threading.main_thread()
    assert threads[1] is threading.main_thread()
    qtbot.waitUntil(lambda: not runner.busy)


def test_failure_carries_the_exception_and_its_traceback(qtbot):
    runner = TaskRunner()
    failures: list[tuple[BaseException, str]] = []

    def work() -> None:
        raise LookupError("no such meeting")

    runner.submit(work, lambda _r: None, lambda exc, text: failures.append((exc, text)))
    qtbot.waitUntil(lambda: bool(failures))
    ((exc, text),) = failures
    assert isinstance(exc, LookupError)
    assert "Traceback" in text and "no such meeting" in text and "in work" in text
    qtbot.waitUntil(lambda: not runner.busy)
    assert runner.wait_for_done(1000)
