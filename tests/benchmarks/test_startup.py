"""Start-up: the first paint, the list filled (from the list's cache, and without it), and the
memory then resident, against an empty QMainWindow started the same way (subprocesses, median
of five after one warm-up run)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.benchmarks.conftest import (
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
    """Alternating runs of the floor, of ``main.py --startup-check`` on the office database
    as on any day (the list cached at the last run) and of the same without the list's cache
    (as at the first start, or after a change made elsewhere), after one warm-up run of each
    (bytecode written, the automatic backup made, the list cached)."""
    data_dir = tmp_path_factory.mktemp("startup-data")
    env = subprocess_env(data_dir)
    app = ["main.py", "--database", str(office_file), "--startup-check"]
    runs: dict[str, list] = {"floor": [], "app": [], "cold": []}
    run_json([FLOOR_SCRIPT], env)
    run_json(app, env)
    for _ in range(RUNS):
        runs["floor"].append(run_json([FLOOR_SCRIPT], env))
        runs["app"].append(run_json(app, env))
        shutil.rmtree(data_dir / "cache" / "meeting-list")  # the run caches the list again
        runs["cold"].append(run_json(app, env))
    assert all(run["from_cache"] for run in runs["app"])
    assert not any(run["from_cache"] for run in runs["cold"])
    return runs | {"data_dir": [data_dir]}


def _median(runs: list[dict[str, float]], key: str) -> float:
    return median([run[key] for run in runs])


LOAD_PARTS = """
import json, sys, time
marks = [time.perf_counter()]
def mark():
    marks.append(time.perf_counter())
import sqlalchemy
mark()
from scoda_desktop.data.database import open_database, resolve_target
from scoda_desktop.services.meetings import list_meetings
database = open_database(resolve_target(sys.argv[1]))
mark()
from scoda_desktop.services.changes import read_change_stamp
with database.engine.connect() as connection:
    read_change_stamp(connection)
mark()
with database.engine.connect() as connection:
    rows = list_meetings(connection)
mark()
heavy = [m for m in ("sqlmodel", "alembic") if m in sys.modules]
ms = [(b - a) * 1000 for a, b in zip(marks, marks[1:])]
print(json.dumps({"sqlalchemy_ms": ms[0], "open_ms": ms[1], "stamp_ms": ms[2], "list_ms": ms[3],
                  "heavy": heavy}))
"""

STEPS = ("sqlalchemy_ms", "open_ms", "stamp_ms", "list_ms")

ORM_IMPORT = """
import json, time
import sqlalchemy
t = time.perf_counter()
import scoda_desktop.domain.models
print(json.dumps({"orm_ms": (time.perf_counter() - t) * 1000}))
"""


def _load_parts(office_file: Path, data_dir: Path) -> tuple[dict[str, float], list[str]]:
    """What the worker thread does after the first paint, step by step in a fresh interpreter
    (median of three): import SQLAlchemy, open the database (its revision, the reference data),
    read the change watcher's fingerprint, read the list; which heavy modules that imported;
    and what SQLModel with the table classes cost to import (the ORM, which none of these
    steps needs)."""
    env = subprocess_env(data_dir)
    runs = [run_json(["-c", LOAD_PARTS, str(office_file)], env) for _ in range(3)]
    parts = {key: median([float(run[key]) for run in runs]) for key in STEPS}
    parts["orm_ms"] = median([run_json(["-c", ORM_IMPORT], env)["orm_ms"] for _ in range(3)])
    return parts, list(runs[0]["heavy"])


WINDOW_PARTS = """
import json, sys, time
s = time.perf_counter()
from scoda_desktop.cli_parser import parse_arguments
parse_arguments(["--database", sys.argv[1], "--startup-check"])
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
pages = [p.translated_title for p in window.page_stack.entries
         if window.page_stack.is_built(p.key)]
print(json.dumps({"cli_ms": (t - s) * 1000, "import_ms": (v - u) * 1000, "modules": len(ours),
                  "build_ms": (x - w) * 1000, "pages": pages,
                  "editor": "scoda_desktop.ui.meeting_editor.dialog" in sys.modules}))
"""


def test_first_paint(starts: dict[str, list], office_file: Path, tmp_path: Path) -> None:
    env = subprocess_env(tmp_path)
    parts = [run_json(["-c", WINDOW_PARTS, str(office_file)], env) for _ in range(3)]
    editor = (
        " The meeting editor's dialog is among them: the filter bar borrows a combo box "
        "from its package, whose __init__ imports the dialog."
        if parts[0]["editor"]
        else ""
    )
    judge(
        Figure(
            "First paint of the main window",
            _median(starts["app"], "window_shown_ms"),
            "ms",
            floor=_median(starts["floor"], "window_shown_ms"),
            floor_name="empty QMainWindow",
            max_ratio=1.5,
            note="Only the page shown is built before the first paint, and no data layer is "
            "imported. What the empty window does not do: parse the command line "
            f"({_median(parts, 'cli_ms'):.0f} ms) and the window's {parts[0]['modules']} UI "
            f"modules ({_median(parts, 'import_ms'):.0f} ms, with the logging, settings, "
            "translation and error-dialog modules, and PySide's Python enums of the Qt "
            "namespace, made on first use), and build the window with its "
            f"{', '.join(parts[0]['pages'])} page ({_median(parts, 'build_ms'):.0f} ms)." + editor,
        )
    )


CACHE_PARTS = """
import json, sys, time
from pathlib import Path
marks = [time.perf_counter()]
def mark():
    marks.append(time.perf_counter())
from scoda_desktop import paths
from scoda_desktop.services import list_cache
mark()
database = Path(sys.argv[1])
stamp = list_cache.read_stamp_of_file(database)
mark()
rows = list_cache.load(list_cache.cache_file(paths.cache_dir(), database), database, stamp)
mark()
assert rows is not None and "sqlalchemy" not in sys.modules
ms = [(b - a) * 1000 for a, b in zip(marks, marks[1:])]
print(json.dumps({"import_ms": ms[0], "stamp_ms": ms[1], "load_ms": ms[2]}))
"""


def _start_figure(name: str, measured: float, floor: float, note: str) -> Figure:
    """A start with the list filled, against at most 4x the empty window."""
    return Figure(
        name, measured, "ms", floor=floor, floor_name="empty QMainWindow", max_ratio=4, note=note
    )


def test_start_with_the_list_filled(starts: dict[str, list], office_file: Path) -> None:
    """As on any day: the list as last read comes from its cache while the database is
    opened; the database then confirms it (or its rows replace it)."""
    env = subprocess_env(starts["data_dir"][0])
    runs = [run_json(["-c", CACHE_PARTS, str(office_file)], env) for _ in range(3)]
    parts = {key: median([run[key] for run in runs]) for key in runs[0]}
    shown = _median(starts["app"], "window_shown_ms")
    floor = _median(starts["floor"], "window_shown_ms")
    judge(
        _start_figure(
            "Start with 20,000 meetings listed",
            _median(starts["app"], "list_filled_ms"),
            floor,
            f"4x the floor is {4 * floor:.0f} ms. After the first paint ({shown:.0f} ms) "
            "the worker thread reads the list as last read from its cache "
            f"(services/list_cache.py: {parts['import_ms']:.0f} ms to import, "
            f"{parts['stamp_ms']:.0f} ms for the database's fingerprint through sqlite3, "
            f"{parts['load_ms']:.0f} ms for the rows), and the window fills the table. The "
            "database is opened after that, its fingerprint confirmed and the actions that "
            f"need it enabled at {_median(starts['app'], 'list_read_ms'):.0f} ms.",
        )
    )


def test_start_with_the_list_read_from_the_database(
    starts: dict[str, list], office_file: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """At the first start on a database, or after a change made elsewhere: no cache."""
    parts, heavy = _load_parts(office_file, tmp_path_factory.mktemp("load-parts"))
    shown = _median(starts["cold"], "window_shown_ms")
    floor = _median(starts["floor"], "window_shown_ms")
    steps = shown + sum(parts[key] for key in STEPS)
    orm = (
        f" SQLModel and the table classes ({parts['orm_ms']:.0f} ms to import) come in with "
        "the reference-data check (data/reference.py) and the fingerprint "
        "(services/changes.py), though neither needs more than SQLAlchemy Core."
        if "sqlmodel" in heavy
        else ""
    )
    judge(
        _start_figure(
            "Start with 20,000 meetings listed, none cached",
            _median(starts["cold"], "list_filled_ms"),
            floor,
            f"4x the floor is {4 * floor:.0f} ms. After the first paint ({shown:.0f} ms) "
            "the worker thread finds no cached list and imports SQLAlchemy "
            f"({parts['sqlalchemy_ms']:.0f} ms), opens the database ({parts['open_ms']:.0f} ms; "
            "at the newest revision Alembic is not imported), reads the change watcher's "
            f"fingerprint ({parts['stamp_ms']:.0f} ms) and the list ({parts['list_ms']:.0f} ms: "
            "20,000 meetings, 100,000 participations and the search text; see the bulk read); "
            "the window then fills the table. The first paint and these steps alone add up to "
            f"{steps:.0f} ms." + orm,
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
            note="Qt, SQLAlchemy and 20,000 rows with their search text, once the database "
            "has confirmed the cached list.",
        )
    )
