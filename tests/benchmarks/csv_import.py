"""Import a CSV of people into a database with the directory's import (preview, then apply),
timed; run as ``python -m tests.benchmarks.csv_import CSV DATABASE``. Prints {"ms": ...}."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main(csv_path: Path, database_path: Path) -> None:
    from scoda_desktop.data.database import open_database
    from scoda_desktop.data.target import resolve_target
    from scoda_desktop.services.directory import apply_import, preview_file

    database = open_database(resolve_target(str(database_path)))
    try:
        started = time.perf_counter()
        apply_import(database, preview_file(database, csv_path))
        elapsed = (time.perf_counter() - started) * 1000
    finally:
        database.dispose()
    print(json.dumps({"ms": round(elapsed, 1)}))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
