"""The Follow-ups page is built on the GUI thread right after the meeting list is first read:
the data layer it reads through (SQLAlchemy, SQLModel and pydantic, the table classes, a fifth
of a second to import) must be imported on the task runner, never on the GUI thread."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from scoda_desktop.services.demo import populate_demo
from scoda_desktop.ui.followups import FollowUpsPage
from scoda_desktop.ui.meeting_source import MeetingSource
from scoda_desktop.ui.workers import TaskRunner

PROBE = Path(__file__).with_name("gui_thread_probe.py")
ROOT = Path(__file__).resolve().parents[3]


def _demo_database(target) -> Path:
    source = MeetingSource(target, lambda db: populate_demo(db, today=date(2026, 11, 28)))
    source.load()
    source.close()
    return target.path


def test_using_the_page_imports_no_data_layer_on_the_gui_thread(sqlite_target, tmp_path):
    database_file = _demo_database(sqlite_target)
    export_file = tmp_path / "follow-ups.csv"
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    environment["PYTHONPATH"] = os.pathsep.join(
        filter(None, (str(ROOT), environment.get("PYTHONPATH")))
    )
    result = subprocess.run(
        [sys.executable, str(PROBE), str(database_file), str(export_file)],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["failures"] == []
    # What the probe did happened: the list was read, filtered, written to and exported.
    assert 0 < report["overdue_shown"] < report["open_shown"]
    assert report["banner"]
    with export_file.open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.reader(handle))) > 1
    assert report["gui_thread_imports"] == []


def test_the_lines_let_go_of_are_freed_between_events(qtbot, sqlite_target):
    _demo_database(sqlite_target)
    source = MeetingSource(sqlite_target)
    source.load()
    runner = TaskRunner()
    page = FollowUpsPage(
        runner,
        source,
        lambda title, exc, _details: pytest.fail(f"{title}: {exc}"),
        open_meeting=lambda _id: None,
        show_due_summary=False,
    )
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    first = page.model.rows()
    count = len(first)
    assert count > 0
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    assert page.model.rows() is not first and page.model.rowCount() == count
    qtbot.waitUntil(lambda: not first, timeout=10_000)  # emptied, a slice at a time
    assert page.proxy.index(0, 3).data(Qt.ItemDataRole.DisplayRole)
    runner.wait_for_done()
    source.close()
