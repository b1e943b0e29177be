"""Start-up: the first paint, the list filled, and the memory then resident, against an empty
QMainWindow started the same way (subprocesses, median of five after one warm-up run)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.benchmarks.conftest import (
    ROOT,
    Figure,
    judge,
    median,
    run_json,
    subprocess_env,
)

pytestmark = pytest.mark.benchmark

RUNS = 5
FLOOR_SCRIPT = str(Path(__file__).with_name("empty_window.py"))


@pytest.fixture(scope="module")
def starts(office_file: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list]:
    """Alternating runs of the floor and of ``main.py --startup-check`` on the office
    database, after one warm-up run of each (bytecode written, the automatic backup made)."""
    env = subprocess_env(tmp_path_factory.mktemp("startup-data"))
    app = ["main.py", "--database", str(office_file), "--startup-check"]
    runs: dict[str, list] = {"floor": [], "app": []}
    run_json([FLOOR_SCRIPT], env)
    run_json(app, env)
    for _ in range(RUNS):
        runs["floor"].append(run_json([FLOOR_SCRIPT], env))
        runs["app"].append(run_json(app, env))
    return runs


def _median(runs: list[dict[str, float]], key: str) -> float:
    return median([run[key] for run in runs])


def _data_layer_imports(data_dir: Path) -> tuple[float, float]:
    """What the worker thread imports after the first paint, in a fresh interpreter (median of
    three): SQLAlchemy, SQLModel and the tables; then Alembic on top, in ms."""
    code = (
        "import time; t = time.perf_counter(); import scoda_desktop.domain.models; "
        "u = time.perf_counter(); import alembic.command, alembic.script; "
        "print((u - t) * 1000, (time.perf_counter() - u) * 1000)"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            env=subprocess_env(data_dir),
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        for _ in range(3)
    ]
    return median([float(r[0]) for r in runs]), median([float(r[1]) for r in runs])


WINDOW_PARTS = """
import json, sys, time
t = time.perf_counter()
import PySide6.QtWidgets
before = set(sys.modules)
u = time.perf_counter()
from scoda_desktop.ui import application
v = time.perf_counter()
app = application._application()
from scoda_desktop.data.target import resolve_target
from scoda_desktop.ui.main_window import MainWindow
from scoda_desktop.ui.meeting_source import MeetingSource
w = time.perf_counter()
window = MainWindow(MeetingSource(resolve_target(sys.argv[1])),
                    settings=application.window_settings(), log_path=None)
x = time.perf_counter()
ours = [m for m in set(sys.modules) - before if m.startswith("scoda_desktop.ui")]
pages = [window.navigation.item(n).text() for n in range(window.navigation.count())]
print(json.dumps({"import_ms": (v - u) * 1000, "modules": len(ours),
                  "build_ms": (x - w) * 1000, "pages": pages}))
"""


def test_first_paint(starts: dict[str, list], office_file: Path, tmp_path: Path) -> None:
    env = subprocess_env(tmp_path)
    parts = [run_json(["-c", WINDOW_PARTS, str(office_file)], env) for _ in range(3)]
    judge(
        Figure(
            "First paint of the main window",
            _median(starts["app"], "window_shown_ms"),
            "ms",
            floor=_median(starts["floor"], "window_shown_ms"),
            floor_name="empty QMainWindow",
            max_ratio=1.5,
            note="No data layer is imported before the first paint, but every page, menu and "
            f"dialog class is: importing the window's {parts[0]['modules']} UI modules takes "
            f"{_median(parts, 'import_ms'):.0f} ms and building all its pages "
            f"({', '.join(parts[0]['pages'])}) {_median(parts, 'build_ms'):.0f} ms. Importing "
            "and building the pages not shown until they are first opened would bring it near "
            "the floor.",
        )
    )


def test_start_with_the_list_filled(
    starts: dict[str, list], office, tmp_path_factory: pytest.TempPathFactory
) -> None:
    from tests.benchmarks.test_data import list_meetings_ms

    data_layer, alembic = _data_layer_imports(tmp_path_factory.mktemp("imports"))
    reading = list_meetings_ms(office)
    shown = _median(starts["app"], "window_shown_ms")
    floor = _median(starts["floor"], "window_shown_ms")
    judge(
        Figure(
            "Start with 20,000 meetings listed",
            _median(starts["app"], "list_filled_ms"),
            "ms",
            floor=floor,
            floor_name="empty QMainWindow",
            max_ratio=4,
            note=f"4x the floor is {4 * floor:.0f} ms. After the first paint ({shown:.0f} ms) "
            f"the worker thread imports SQLAlchemy and SQLModel ({data_layer:.0f} ms) and "
            f"Alembic to check the schema ({alembic:.0f} ms), then reads the list "
            f"({reading:.0f} ms: 20,000 meetings, 100,000 participations, the search text); "
            "the window then fills the table and the calendar. These steps alone add up to "
            f"{shown + data_layer + alembic + reading:.0f} ms.",
        )
    )


def test_memory_with_the_list_filled(starts: dict[str, list]) -> None:
    judge(
        Figure(
            "Memory resident, list filled",
            _median(starts["app"], "rss_mb"),
            "MB",
            floor=_median(starts["floor"], "rss_mb"),
            floor_name="empty QMainWindow",
            max_value=300,
            note="Qt, SQLAlchemy and 20,000 rows with their search text.",
        )
    )
