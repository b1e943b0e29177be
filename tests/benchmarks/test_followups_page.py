"""The Follow-ups page at office scale (20,000 meetings, about 19,600 follow-ups): the time from
``refresh`` to the list filled and painted, and the longest the GUI thread was blocked meanwhile
(the read and the building of the lines run on the task runner; the GUI thread resets the
model once and frees the old lines a slice at a time between events)."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QTableView

from scoda_desktop.data.target import DatabaseTarget
from scoda_desktop.ui.followups import FollowUpsPage
from scoda_desktop.ui.meeting_source import MeetingSource
from scoda_desktop.ui.workers import TaskRunner
from tests.benchmarks.conftest import Figure, judge, median

pytestmark = pytest.mark.benchmark

RUNS = 5  # measured, after one to warm up (imports, the first build of the columns)
HEARTBEAT_MS = 2  # how often the GUI thread notes that it is free


@pytest.fixture
def page(qtbot, office_target: DatabaseTarget) -> Iterator[FollowUpsPage]:
    source = MeetingSource(office_target)
    source.load()  # opens the database, as the window does before the page reads
    runner = TaskRunner()
    page = FollowUpsPage(
        runner,
        source,
        lambda title, exc, _details: pytest.fail(f"{title}: {exc}"),
        open_meeting=lambda _id: None,
        show_due_summary=False,
    )
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    yield page
    runner.wait_for_done()
    source.close()


def _refresh_once(qapp: QApplication, qtbot, page: FollowUpsPage) -> tuple[float, float]:
    """(ms from ``refresh`` to the list filled and painted, the GUI thread's longest block in
    ms). A precise timer beats every HEARTBEAT_MS on the GUI thread; the longest gap between
    beats (from the call of ``refresh`` to the paint) is the longest the thread was busy."""
    gaps: list[float] = []
    last = [0.0]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(beat)
    heartbeat.start()
    started = last[0] = time.perf_counter()
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        page.refresh()
    qapp.processEvents()  # the list's paint
    beat()
    elapsed = (time.perf_counter() - started) * 1000
    heartbeat.stop()
    return elapsed, max(gaps) * 1000


def _raw_read_ms(office_file: Path) -> float:
    """The floor of the whole: the same items, their meetings and owners read with raw sqlite3
    (no objects, no lines, no view)."""
    connection = sqlite3.connect(office_file)
    started = time.perf_counter()
    connection.execute(
        "SELECT o.id, o.uid, o.version, o.meeting_id, o.kind, o.text_en, o.text_zh, o.owner_id, "
        "o.due_date, o.status, o.closed_on, o.status_note, m.theme_en, m.theme_zh, m.starts_at, "
        "p.family_name, p.given_name, p.name_order, p.first_reference, p.name_zh, "
        "p.country_code FROM outcome o JOIN meeting m ON m.id = o.meeting_id "
        "LEFT JOIN person p ON p.id = o.owner_id "
        "WHERE o.kind IN ('follow_up', 'agreement', 'mou')"
    ).fetchall()
    elapsed = (time.perf_counter() - started) * 1000
    connection.close()
    return elapsed


def _qt_only_reset_ms(qapp: QApplication, rows: int) -> float:
    """The floor of a block: a C++ list model of as many rows reset and painted in a view."""
    texts = [f"follow-up {n}" for n in range(rows)]
    model = QStringListModel()
    view = QTableView()
    view.setModel(model)
    view.resize(1280, 600)
    view.show()
    qapp.processEvents()
    started = time.perf_counter()
    model.setStringList(texts)
    qapp.processEvents()
    elapsed = (time.perf_counter() - started) * 1000
    view.close()
    return elapsed


_MEASURED: dict[str, list[tuple[float, float]]] = {}  # both figures come from the same runs


def _runs(qapp: QApplication, qtbot, page: FollowUpsPage) -> list[tuple[float, float]]:
    if "runs" not in _MEASURED:
        _refresh_once(qapp, qtbot, page)  # warm-up
        _MEASURED["runs"] = [_refresh_once(qapp, qtbot, page) for _ in range(RUNS)]
    rows = page.model.rowCount()
    if rows == 0:  # a later test's page: fill it once
        _refresh_once(qapp, qtbot, page)
        rows = page.model.rowCount()
    assert rows > 10_000 and page.proxy.rowCount() == rows
    return _MEASURED["runs"]


def test_refresh_to_the_list_filled(
    qapp: QApplication, qtbot, page: FollowUpsPage, office_file: Path
) -> None:
    elapsed = [ms for ms, _block in _runs(qapp, qtbot, page)]
    floor = median([_raw_read_ms(office_file) for _ in range(RUNS)])
    judge(
        Figure(
            f"Follow-ups page: refresh to the list filled ({page.model.rowCount():,} items, "
            "20,000 meetings)",
            median(elapsed),
            "ms",
            floor=floor,
            floor_name="raw sqlite3 read of the same rows",
            max_value=1000,
            note=f"slowest of {RUNS} {max(elapsed):.0f} ms. On the task runner: "
            "list_follow_ups (the column select, the guest countries, one FollowUpRow each, "
            "sorted: about two thirds of the whole) and the lines (cell texts, sort keys, "
            "search text); on the GUI thread: one model reset, the sort by the column shown "
            "and the proxy's filter. Before: 2.2 s.",
        )
    )


def test_the_gui_thread_is_never_blocked_long(
    qapp: QApplication, qtbot, page: FollowUpsPage
) -> None:
    blocks = [block for _ms, block in _runs(qapp, qtbot, page)]
    judge(
        Figure(
            "Follow-ups page: the GUI thread's longest block during a refresh",
            max(blocks),
            "ms",
            floor=_qt_only_reset_ms(qapp, page.model.rowCount()),
            floor_name="C++ list model of as many rows reset and painted",
            max_value=50,
            note=f"median of the runs' longest {median(blocks):.0f} ms; heartbeat every "
            f"{HEARTBEAT_MS} ms. The GUI thread's own work is one model reset with the sort by "
            "the column shown and the proxy's filter (about 15 ms) and the paint (about 10 ms); "
            "the data layer is imported on the task runner, and the lines let go of are freed "
            "a slice at a time between events. The worker's load runs with cyclic garbage "
            "collection paused, and the young-generation collection owed for the ~45,000 "
            "objects it built (a FollowUpRow and a one-tuple line per item) runs with the GIL "
            "held once it is resumed: 20-30 ms. About one load in ten, that collection is a "
            "generation-1 one that also scans the lines still shown (about 70 ms): bounded by "
            "the interpreter's collector, not by the page. Before: 80-116 ms (the import of "
            "SQLModel on the GUI thread at the first read, 100,000 objects a load, the old "
            "lines freed on the worker while the new ones painted); 1.4 s before that (the "
            "proxy sorting on the GUI thread).",
        )
    )
