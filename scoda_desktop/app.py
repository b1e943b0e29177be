"""Bootstrap: parse the command line, then run a subcommand or open the window."""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from scoda_desktop.data.database import Database

# When this module was first imported: the first thing main.py, ``python -m scoda_desktop`` and
# the installed launcher do. The origin of seconds_since_start where the kernel cannot say.
_IMPORTED_AT = time.perf_counter()


def seconds_since_start() -> float:
    """Seconds since this process started, for ``--startup-check``.

    On Linux from the kernel's start time of the process (/proc/self/stat, in clock ticks of
    10 ms), so the interpreter's own start-up is counted; elsewhere from the first import of
    this module, which misses that start-up (some 20-50 ms)."""
    try:
        with open("/proc/self/stat", "rb") as stat:
            fields = stat.read().rsplit(b")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: starttime
        return time.clock_gettime(time.CLOCK_BOOTTIME) - started
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _IMPORTED_AT


def main(argv: list[str] | None = None) -> int:
    from scoda_desktop.cli_parser import parse_arguments
    from scoda_desktop.logging_setup import configure_logging

    args = parse_arguments(argv)
    configure_logging()
    if args.command is not None:
        from scoda_desktop import cli

        return cli.run(args)

    from scoda_desktop.data.target import resolve_target
    from scoda_desktop.settings import preferred_database
    from scoda_desktop.ui.application import run

    prepare: Callable[[Database], None] | None = None
    if args.demo:  # the demo database is filled on first use
        from scoda_desktop.cli import prepare_demo

        prepare = prepare_demo

    target = resolve_target(args.database, demo=args.demo, preferred=preferred_database())
    return run(
        target,
        demo=args.demo,
        prepare=prepare,
        startup_check=seconds_since_start if args.startup_check else None,
        language=args.ui_language,
    )


if __name__ == "__main__":
    sys.exit(main())
