"""The command line: ``python main.py [--database X | --demo] SUBCOMMAND``.

Exit codes: 0 ok, 2 bad input (the reason on stderr), 1 anything else. Heavy modules are
imported inside the commands so that ``--help`` and the GUI start stay fast.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from scoda_desktop import __version__
from scoda_desktop.data.target import DatabaseTarget, resolve_target
from scoda_desktop.errors import InputError, ScodaError

if TYPE_CHECKING:
    from scoda_desktop.data.database import Database

log = logging.getLogger(__name__)

EXIT_OK, EXIT_ERROR, EXIT_BAD_INPUT = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scoda-desktop",
        description="SCODA Desktop: meetings, protocol directory and press releases. "
        "Without a subcommand the application window opens.",
    )
    parser.add_argument("--version", action="version", version=f"SCODA Desktop {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--database",
        metavar="FILE_OR_URL",
        help="an SQLite file or an SQLAlchemy URL such as postgresql+psycopg://user@host/db "
        "(default: $SCODA_DATABASE, else scoda.sqlite3 in your data folder)",
    )
    where.add_argument(
        "--demo",
        action="store_true",
        help="use the demo database (created and filled with sample meetings on first use)",
    )
    commands = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")

    p = commands.add_parser("import", help="import an interchange JSON file (all or nothing)")
    p.add_argument("file", type=Path, help="the JSON file to import")
    p.set_defaults(handler=cmd_import)

    p = commands.add_parser("export", help="export the whole database as interchange JSON")
    p.add_argument("file", type=Path, help="the JSON file to write")
    p.set_defaults(handler=cmd_export)

    p = commands.add_parser("meetings", help="list meetings, newest first")
    p.add_argument("--json", action="store_true", help="print a JSON list of objects")
    p.add_argument("--limit", type=_positive_int, help="show at most this many")
    p.set_defaults(handler=cmd_meetings)

    p = commands.add_parser("check", help="check the database's integrity and schema version")
    p.set_defaults(handler=cmd_check)
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def prepare_demo(database) -> None:
    """Fill the demo database on first use."""
    from scoda_desktop.services.demo import populate_demo

    populate_demo(database)


@contextmanager
def open_for(target: DatabaseTarget) -> Iterator[Database]:
    """The opened (and migrated) database, filled on first use when it is the demo."""
    from scoda_desktop.data.database import open_database

    database = open_database(target)
    try:
        if target.demo:
            prepare_demo(database)
        yield database
    finally:
        database.dispose()


def run(args: argparse.Namespace) -> int:
    """Run the subcommand in ``args``; report errors on stderr and return the exit code."""
    handler: Callable[[argparse.Namespace, DatabaseTarget], int] = args.handler
    target = resolve_target(args.database, demo=args.demo)
    try:
        return handler(args, target)
    except BrokenPipeError:  # the reader went away (``meetings | head``): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except ScodaError as exc:
        log.warning("%s failed: %s", args.command, exc)
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except Exception as exc:  # the user gets one line; the log gets the traceback
        log.exception("%s failed", args.command)
        from scoda_desktop.logging_setup import log_file_path

        print(f"error: {exc.__class__.__name__}: {exc}", file=sys.stderr)
        print(f"The details are in {log_file_path()}", file=sys.stderr)
        return EXIT_ERROR


# -- commands ---------------------------------------------------------------------------------


def cmd_import(args: argparse.Namespace, target: DatabaseTarget) -> int:
    from scoda_desktop.services.interchange import import_file, load_document

    load_document(args.file)  # a missing or malformed file is reported before opening anything
    with open_for(target) as database:
        summary = import_file(database, args.file)
    print(summary.describe())
    return EXIT_OK


def cmd_export(args: argparse.Namespace, target: DatabaseTarget) -> int:
    from scoda_desktop.services.interchange import export_to_file

    if args.file.is_dir():
        raise InputError(f"{args.file} is a folder; name the JSON file to write.")
    if not args.file.parent.is_dir():
        raise InputError(f"The folder {args.file.parent} does not exist.")
    with open_for(target) as database:
        summary = export_to_file(database, args.file)
    print(summary.describe())
    return EXIT_OK


def cmd_meetings(args: argparse.Namespace, target: DatabaseTarget) -> int:
    from scoda_desktop.domain.office import to_office_time
    from scoda_desktop.services.meetings import list_meetings

    with open_for(target) as database, database.session() as session:
        rows = list_meetings(session, limit=args.limit)
    if args.json:
        json.dump([row.as_json() for row in rows], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    table = [("ID", "Date (Qingdao)", "Status", "Kind", "Theme", "Counterparts")]
    for row in rows:
        table.append(
            (
                str(row.id),
                to_office_time(row.starts_at).strftime("%Y-%m-%d %H:%M"),
                row.status.value,
                row.kind.value,
                row.theme,
                ", ".join(row.counterparts),
            )
        )
    print(format_table(table))
    print(f"{len(rows)} meeting(s)")
    return EXIT_OK


def cmd_check(args: argparse.Namespace, target: DatabaseTarget) -> int:
    from scoda_desktop.services.health import check_database

    report = check_database(target)
    for line in report.lines:
        print(line)
    return EXIT_OK if report.ok else EXIT_ERROR


# -- output -----------------------------------------------------------------------------------


def _width(text: str) -> int:
    """Columns a string takes in a terminal: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _clip(text: str, limit: int) -> str:
    if _width(text) <= limit:
        return text
    out = ""
    for ch in text:
        if _width(out + ch) > limit - 1:
            break
        out += ch
    return out + "…"


def format_table(rows: list[tuple[str, ...]], max_width: int = 48) -> str:
    clipped = [[_clip(cell, max_width) for cell in row] for row in rows]
    widths = [max(_width(row[i]) for row in clipped) for i in range(len(clipped[0]))]
    lines = []
    for row in clipped:
        cells = [cell + " " * (widths[i] - _width(cell)) for i, cell in enumerate(row)]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)
