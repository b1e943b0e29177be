"""What the command line says: ``scoda-desktop [--database X | --demo] [--lang L] [SUBCOMMAND]``.

``parse_arguments`` reads it. A command line of window options alone (the usual start of the
window) is read by a parser of those options only: the full parser, with its 22 subcommands, costs
some milliseconds to build that the first paint would wait for. Anything else (a subcommand,
``--help``, ``--version``, a mistake) is read by the full parser (``build_parser``), so every
message and exit code is the full parser's own. What each subcommand does is in ``cli``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

from scoda_desktop import __version__
from scoda_desktop.settings import UI_LANGUAGES

__all__ = ["REPORT_NAMES", "add_window_options", "build_parser", "parse_arguments"]

# The names of services.reports.REPORTS, kept here so that --help imports no database code;
# tests/test_cli_followups.py checks that both lists agree.
REPORT_NAMES = (
    "meetings-by-country",
    "meetings-by-host",
    "meetings-by-kind",
    "follow-up-completion",
)


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line (``sys.argv[1:]`` when ``argv`` is None) parsed; exits with argparse's
    message (code 2) when it is wrong. ``command`` is None when the window is to open."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    window = _window_arguments(arguments)
    if window is not None:
        return window
    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.startup_check and args.command is not None:
        parser.error("--startup-check opens the window: it takes no subcommand")
    if args.ui_language is not None and args.command is not None:
        parser.error(
            "--lang before a subcommand sets the window's language, which a subcommand does "
            "not use; a subcommand that writes a document takes its own --lang after its name "
            "(scoda-desktop briefing 12 --lang zh -o brief.pdf)"
        )
    return args


class _NotWindowOnly(Exception):
    """The command line holds more than window options (or a mistake): the full parser reads
    it."""


class _WindowOptionsParser(argparse.ArgumentParser):
    """The window options alone, without -h: whatever it cannot read raises _NotWindowOnly
    instead of printing a message and exiting."""

    def error(self, message: str) -> NoReturn:
        raise _NotWindowOnly(message)


def _window_arguments(arguments: list[str]) -> argparse.Namespace | None:
    """``arguments`` parsed as the full parser would, if they are window options alone (no
    subcommand, no --help or --version, no mistake); else None."""
    if "--" in arguments:  # argparse's end of options: rare, left to the full parser
        return None
    parser = _WindowOptionsParser(prog="scoda-desktop", add_help=False)
    add_window_options(parser)
    parser.set_defaults(command=None)  # the full parser's subcommand, when none is given
    try:
        return parser.parse_args(arguments)
    except _NotWindowOnly:
        return None


def add_window_options(parser: argparse.ArgumentParser) -> None:
    """The options before any subcommand: the database, the window's language, the start-up
    check."""
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
    parser.add_argument(
        "--lang",
        dest="ui_language",
        choices=UI_LANGUAGES,
        help="the language of the window: en (English) or zh (Chinese) for this run (default: "
        "as chosen in Preferences, else the system's). Subcommands that write documents take "
        "their own --lang after the subcommand",
    )
    parser.add_argument(
        "--startup-check",
        action="store_true",
        help="open the window, wait until it has painted the meeting list, print "
        '{"window_shown_ms": ..., "list_filled_ms": ...} (since the process started) and exit',
    )


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: the window options and every subcommand, each with its handler
    in ``cli`` (imported here: the window's start needs neither)."""
    from scoda_desktop import cli

    parser = argparse.ArgumentParser(
        prog="scoda-desktop",
        description="SCODA Desktop: meetings, protocol directory and press releases. "
        "Without a subcommand the application window opens.",
    )
    parser.add_argument("--version", action="version", version=f"SCODA Desktop {__version__}")
    add_window_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")

    p = commands.add_parser("import", help="import an interchange JSON file (all or nothing)")
    p.add_argument("file", type=Path, help="the JSON file to import")
    p.set_defaults(handler=cli.cmd_import)

    p = commands.add_parser("export", help="export the whole database as interchange JSON")
    p.add_argument("file", type=Path, help="the JSON file to write")
    p.set_defaults(handler=cli.cmd_export)

    p = commands.add_parser("meetings", help="list meetings, newest first")
    p.add_argument("--json", action="store_true", help="print a JSON list of objects")
    p.add_argument("--limit", type=_positive_int, help="show at most this many")
    p.set_defaults(handler=cli.cmd_meetings)

    p = commands.add_parser("check", help="check the database's integrity and schema version")
    p.set_defaults(handler=cli.cmd_check)

    p = commands.add_parser(
        "ics",
        help="write a calendar invitation (.ics) for one meeting, or the meetings of a range "
        "of days",
        description="ics MEETING_ID -o FILE, or ics --from DATE --to DATE -o FILE",
    )
    p.add_argument("meeting_id", type=int, nargs="?", metavar="MEETING_ID")
    p.add_argument("--from", dest="first_day", type=_iso_date, metavar="DATE")
    p.add_argument("--to", dest="last_day", type=_iso_date, metavar="DATE")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p.add_argument("--organizer", metavar="EMAIL", help="the office's address that replies go to")
    p.set_defaults(handler=cli.cmd_ics)

    p = commands.add_parser(
        "invitation",
        help="write a meeting's invitation e-mail as an unsent draft (.eml, the .ics attached)",
        description="The draft opens as a new message in Outlook and other mail programs; "
        "SCODA Desktop sends nothing. Participants without an e-mail address are listed.",
    )
    p.add_argument("meeting_id", type=int, metavar="MEETING_ID")
    p.add_argument("--lang", choices=("en", "zh"), default="en", help="default: en")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.eml")
    p.set_defaults(handler=cli.cmd_invitation)

    p = commands.add_parser(
        "ics-import",
        help="create or update meetings from an .ics invitation (all or nothing)",
    )
    p.add_argument("file", type=Path, help="the .ics file, as Outlook or Teams sends it")
    p.add_argument(
        "--create-people",
        action="store_true",
        help="add attendees who are not in the directory as new people",
    )
    p.set_defaults(handler=cli.cmd_ics_import)

    p = commands.add_parser(
        "slots",
        help="propose meeting times inside every participant's working hours",
        description="Times that suit every participant: inside working hours on their own "
        "clock, not on a holiday or weekend of their country, not clashing with the meetings "
        "of the people named with --person. Earliest day first, the most comfortable first.",
    )
    p.add_argument(
        "--person", type=int, action="append", default=[], metavar="ID", help="a person's id"
    )
    p.add_argument(
        "--zone", action="append", default=[], metavar="ZONE", help="an IANA zone to include"
    )
    p.add_argument("--duration", type=_positive_int, required=True, metavar="MINUTES")
    p.add_argument("--from", dest="first_day", type=_iso_date, required=True, metavar="DATE")
    p.add_argument("--to", dest="last_day", type=_iso_date, required=True, metavar="DATE")
    p.add_argument("--step", type=_positive_int, default=30, metavar="MINUTES")
    p.add_argument("--per-day", type=_positive_int, metavar="N", help="at most N slots a day")
    p.add_argument("--limit", type=_positive_int, default=10, metavar="N")
    p.add_argument("--json", action="store_true", help="print a JSON list of objects")
    p.set_defaults(handler=cli.cmd_slots)

    p = commands.add_parser(
        "attendees", help="a meeting's participants in order of precedence, with their titles"
    )
    p.add_argument("meeting_id", type=int, metavar="MEETING_ID", help="as the meetings list shows")
    p.add_argument("--json", action="store_true", help="print a JSON list of objects")
    p.set_defaults(handler=cli.cmd_attendees)

    p = commands.add_parser(
        "followups",
        help="follow-ups, agreements and MoUs of every meeting, the earliest due first",
        description="Overdue means open and due before today in Qingdao (Beijing time).",
    )
    p.add_argument("--json", action="store_true", help="print a JSON list of objects")
    p.add_argument("--overdue", action="store_true", help="only open items past their due day")
    p.add_argument("--owner", type=int, metavar="ID", help="only items this person owns")
    p.add_argument(
        "--country",
        metavar="CODE",
        help="only items about this country (ISO code): its people were guests at the meeting "
        "or own the item",
    )
    p.add_argument(
        "--status",
        choices=("open", "done", "dropped"),
        action="append",
        help="only items in this state; repeat for several (default: all)",
    )
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="write a .csv or .xlsx file")
    p.add_argument(
        "--format", choices=("csv", "xlsx"), help="default: from the output file's extension"
    )
    p.set_defaults(handler=cli.cmd_followups)

    p = commands.add_parser(
        "report",
        help="write a report to CSV or XLSX (its table) or to PDF (its chart and table)",
        description="NAME is one of: " + ", ".join(REPORT_NAMES) + ". Periods are calendar "
        "years or quarters in Qingdao (Beijing time); meetings are counted once held.",
    )
    p.add_argument("name", metavar="NAME", help=", ".join(REPORT_NAMES))
    p.add_argument(
        "--format",
        choices=("csv", "xlsx", "pdf"),
        help="default: from the output file's extension",
    )
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p.add_argument("--period", choices=("year", "quarter"), default="year")
    p.add_argument("--from", dest="first_day", type=_iso_date, metavar="DATE")
    p.add_argument("--to", dest="last_day", type=_iso_date, metavar="DATE")
    p.set_defaults(handler=cli.cmd_report)

    p = commands.add_parser(
        "backup",
        help="back up the SQLite database (it may be in use meanwhile); prints the backup's path",
    )
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="the file (or folder) to write (default: a new file in the backup folder)",
    )
    p.set_defaults(handler=cli.cmd_backup)

    p = commands.add_parser(
        "restore",
        help="replace the SQLite database with a backup, after checking the backup and backing "
        "up the database it replaces",
    )
    p.add_argument("file", type=Path, help="the backup to restore")
    p.set_defaults(handler=cli.cmd_restore)

    p = commands.add_parser(
        "press",
        help="draft a meeting's press release from a template and write it to a file",
        description="press MEETING_ID --lang en|zh [--template NAME_OR_PATH] "
        "--format txt|md|html|docx -o FILE. --lang both writes a DOCX with the Chinese and "
        "English drafts side by side. A template given by path runs in the same sandbox.",
    )
    p.add_argument("meeting_id", type=int, metavar="MEETING_ID", help="as the meetings list shows")
    p.add_argument("--lang", choices=("en", "zh", "both"), default="en")
    p.add_argument(
        "--template",
        metavar="NAME_OR_PATH",
        help="a template's name (press-release, news-brief, or a file name in your templates "
        "folder) or a template file's path (default: press-release)",
    )
    p.add_argument(
        "--format",
        choices=("txt", "md", "html", "docx", "pdf"),
        help="default: from the output file's extension",
    )
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p.add_argument(
        "--published", type=_iso_date, metavar="DATE", help="the date line (default: today)"
    )
    p.set_defaults(handler=cli.cmd_press)

    _add_document_commands(commands)
    _add_directory_commands(commands)
    _add_generate_command(commands)
    return parser


def _add_generate_command(commands: argparse._SubParsersAction) -> None:
    from scoda_desktop import cli

    p = commands.add_parser(
        "generate",
        help="fill an empty database with synthetic meetings and people, for trying and "
        "measuring the application at scale",
        description="Ten years of an office's records up to --until (and a quarter after): "
        "organisations of partner countries, people with posts, meetings with about five "
        "participants and one and a half outcomes each. The same --seed, counts and --until "
        "always give the same records. Refuses a database that already holds any.",
    )
    p.add_argument("--meetings", type=_positive_int, required=True, metavar="N")
    p.add_argument("--people", type=_positive_int, required=True, metavar="M")
    p.add_argument("--seed", type=int, metavar="S", help="default: a random seed, printed")
    p.add_argument(
        "--until", type=_iso_date, metavar="DATE", help="the last day held (default: today)"
    )
    p.set_defaults(handler=cli.cmd_generate)


def _add_document_commands(commands: argparse._SubParsersAction) -> None:
    """briefing, cards and runsheet: printed documents as PDF (they load Qt when run)."""
    from scoda_desktop import cli

    for name, about, what in (
        ("briefing", "a meeting's briefing sheet", "MEETING_ID"),
        ("cards", "a meeting's table name cards, one A4 landscape page each", "MEETING_ID"),
        ("runsheet", "the run-sheet of a day (Qingdao): every meeting in order", "DATE"),
    ):
        p = commands.add_parser(name, help=f"write {about} as PDF")
        if what == "DATE":
            p.add_argument("day", type=_iso_date, metavar="DATE", help="like 2026-12-02")
        else:
            p.add_argument("meeting_id", type=int, metavar="MEETING_ID")
        p.add_argument("--lang", choices=("en", "zh"), default="en")
        p.add_argument("--paper", choices=("a4", "letter"), default="a4")
        p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
        p.set_defaults(handler=cli.cmd_document, document=name)


def _add_directory_commands(commands: argparse._SubParsersAction) -> None:
    """people, people-import, people-export: the directory from the command line."""
    from scoda_desktop import cli

    p = commands.add_parser("people", help="list people with their current post and country")
    p.add_argument("--json", action="store_true", help="print a JSON list of objects")
    p.add_argument(
        "--filter",
        metavar="TEXT",
        default="",
        help="only people with every word in one of their names (any form, Chinese, "
        "alternative spellings; accents and case ignored)",
    )
    p.set_defaults(handler=cli.cmd_people)

    p = commands.add_parser(
        "people-import",
        help="preview importing people or organisations from CSV or vCard; --apply writes "
        "them (all or nothing)",
        description="Without --apply, prints what the import would do and every problem, and "
        "exits 0 (2 if there are problems). With --apply, writes everything or nothing.",
    )
    p.add_argument("file", type=Path, help="a .csv (people or organisations) or .vcf file")
    p.add_argument("--apply", action="store_true", help="write the import")
    p.set_defaults(handler=cli.cmd_people_import)

    p = commands.add_parser(
        "people-export",
        help="export people as CSV (UTF-8 with BOM, for Excel) or vCard; the format follows "
        "the file name (.csv, .vcf)",
    )
    p.add_argument("file", type=Path, help="the .csv or .vcf file to write")
    p.add_argument("--vcard-version", choices=("3.0", "4.0"), default="4.0")
    p.add_argument(
        "--organisations", action="store_true", help="export the organisations (CSV) instead"
    )
    p.set_defaults(handler=cli.cmd_people_export)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-12-01") from None
