"""The command line's subcommands: ``python main.py [--database X | --demo] SUBCOMMAND``.

``cli_parser`` reads the command line; each ``cmd_*`` here does one subcommand. Exit codes: 0 ok,
2 bad input (the reason on stderr), 1 anything else. Heavy modules are imported inside the
commands so that ``--help`` stays fast.
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
from typing import TYPE_CHECKING

from scoda_desktop.cli_parser import REPORT_NAMES
from scoda_desktop.data.target import DatabaseTarget, resolve_target
from scoda_desktop.errors import InputError, ScodaError
from scoda_desktop.settings import preferred_database

if TYPE_CHECKING:
    from scoda_desktop.data.database import Database

log = logging.getLogger(__name__)

EXIT_OK, EXIT_ERROR, EXIT_BAD_INPUT = 0, 1, 2


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
    target = resolve_target(args.database, demo=args.demo, preferred=preferred_database())
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


def cmd_attendees(args: argparse.Namespace, target: DatabaseTarget) -> int:
    """One participant a line, host side first, as the house style writes name and title."""
    from scoda_desktop.services.protocol import meeting_attendees

    with open_for(target) as database, database.session() as session:
        attendees = meeting_attendees(session, args.meeting_id)
    if args.json:
        json.dump([a.as_json() for a in attendees], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    for attendee in attendees:
        print(attendee.styled_en)
    return EXIT_OK


def cmd_followups(args: argparse.Namespace, target: DatabaseTarget) -> int:
    from scoda_desktop.domain.enums import OutcomeStatus
    from scoda_desktop.services.followups import (
        FollowUpFilter,
        check_filter,
        follow_up_table,
        list_follow_ups,
    )
    from scoda_desktop.services.tabular import export_table, table_format_for

    table_format = None if args.output is None else table_format_for(args.output, args.format)
    if args.output is None and args.format is not None:
        raise InputError("--format needs -o FILE.")
    criteria = FollowUpFilter(
        owner_id=args.owner,
        country=args.country,
        statuses=None if not args.status else tuple(OutcomeStatus(s) for s in args.status),
        overdue_only=args.overdue,
    )
    with open_for(target) as database, database.session() as session:
        check_filter(session, criteria)
        rows = list_follow_ups(session, criteria)
    if table_format is not None:
        export_table(follow_up_table(rows), args.output, table_format)
        print(f"Wrote {args.output} ({len(rows)} follow-up(s))")
        return EXIT_OK
    if args.json:
        json.dump([row.as_json() for row in rows], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    table = [("ID", "Due", "Status", "Owner", "Meeting", "Theme", "Text")]
    for row in rows:
        table.append(
            (
                str(row.id),
                "" if row.due_date is None else row.due_date.isoformat(),
                "OVERDUE" if row.overdue else row.status.value,
                row.owner_name or "",
                row.meeting_date.isoformat(),
                row.meeting_theme,
                row.text,
            )
        )
    print(format_table(table, 40))
    overdue = sum(row.overdue for row in rows)
    print(f"{len(rows)} follow-up(s), {overdue} overdue")
    return EXIT_OK


def cmd_report(args: argparse.Namespace, target: DatabaseTarget) -> int:
    """Build the report, then write its table (CSV, XLSX), or its chart and table to PDF with
    Qt's printing (a QGuiApplication is made for it; offscreen without a display)."""
    if args.name not in REPORT_NAMES:
        raise InputError(
            f"There is no report {args.name!r}. The reports are: " + ", ".join(REPORT_NAMES) + "."
        )
    from scoda_desktop.services.reports import build_report
    from scoda_desktop.services.tabular import export_table, table_format_for

    pdf = (args.format or args.output.suffix.lstrip(".").lower()) == "pdf"
    table_format = None if pdf else table_format_for(args.output, args.format)
    with open_for(target) as database, database.session() as session:
        report = build_report(
            session,
            args.name,
            period=args.period,
            first_day=args.first_day,
            last_day=args.last_day,
        )
    if table_format is not None:
        export_table(report.table, args.output, table_format)
        print(f"Wrote {args.output} ({report.title}: {len(report.table.rows)} row(s))")
        return EXIT_OK
    from scoda_desktop.ui.printing import ensure_gui_application
    from scoda_desktop.ui.report_pdf import write_report_pdf

    ensure_gui_application()
    result = write_report_pdf(report, args.output)
    print(f"Wrote {result.path} ({report.title}: {result.pages} page(s))")
    return EXIT_OK


def cmd_people(args: argparse.Namespace, target: DatabaseTarget) -> int:
    from scoda_desktop.services.directory import list_people

    with open_for(target) as database, database.session() as session:
        rows = list_people(session, args.filter)
    if args.json:
        json.dump([row.as_json() for row in rows], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    table = [("ID", "Name", "中文", "Country", "Post", "Organisation")]
    for row in rows:
        table.append(
            (
                str(row.id),
                row.name_en,
                row.name_zh or "",
                row.country_en or "",
                row.title_en or row.title_zh or "",
                row.organisation_en or "",
            )
        )
    print(format_table(table, 40))
    print(f"{len(rows)} person(s)")
    return EXIT_OK


def cmd_people_import(args: argparse.Namespace, target: DatabaseTarget) -> int:
    """Print the preview; exit 2 if it has problems; write it all with --apply."""
    from scoda_desktop.services.directory.preview import plan_import
    from scoda_desktop.services.directory.transfer import apply_import, parse_file

    parsed = parse_file(args.file)  # an unreadable file is reported before opening anything
    with open_for(target) as database:
        with database.session() as session:
            preview = plan_import(session, parsed, str(args.file))
        print(preview.describe())
        if not preview.ok:
            return EXIT_BAD_INPUT
        if not args.apply:
            print("Nothing was written: run again with --apply to import.")
            return EXIT_OK
        print(apply_import(database, preview).describe())
    return EXIT_OK


def cmd_people_export(args: argparse.Namespace, target: DatabaseTarget) -> int:
    from scoda_desktop.services.directory.transfer import export_organisations, export_people

    with open_for(target) as database:
        if args.organisations:
            result = export_organisations(database, args.file)
        else:
            result = export_people(database, args.file, vcard_version=args.vcard_version)
    print(result.describe())
    return EXIT_OK


def cmd_generate(args: argparse.Namespace, target: DatabaseTarget) -> int:
    import random

    from scoda_desktop.domain.office import office_today
    from scoda_desktop.services.generate import generate

    seed = args.seed if args.seed is not None else random.randrange(2**31)
    with open_for(target) as database:
        summary = generate(
            database,
            meetings=args.meetings,
            people=args.people,
            seed=seed,
            until=args.until or office_today(),
        )
    print(summary.describe())
    return EXIT_OK


def cmd_check(args: argparse.Namespace, target: DatabaseTarget) -> int:
    from scoda_desktop.services.health import check_database

    report = check_database(target)
    for line in report.lines:
        print(line)
    return EXIT_OK if report.ok else EXIT_ERROR


def cmd_backup(args: argparse.Namespace, target: DatabaseTarget) -> int:
    from scoda_desktop.data.backup import backup_now

    print(backup_now(target, args.output))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, target: DatabaseTarget) -> int:
    from scoda_desktop.data.restore import restore

    saved = restore(target, args.file)
    print(f"Restored {args.file} into {target.display_name}.")
    if saved is None:
        print("There was no database there before.")
    else:
        print(f"The previous database was saved to {saved}")
    return EXIT_OK


def cmd_press(args: argparse.Namespace, target: DatabaseTarget) -> int:
    """Render the draft (a failing template exits 2 with its line), then write it."""
    from scoda_desktop.services.press.draft import render_draft
    from scoda_desktop.services.press.export import (
        ExportFormat,
        export_bilingual_docx,
        export_draft,
        format_for,
    )

    wants_pdf = (args.format or args.output.suffix.lstrip(".")).lower() == "pdf"
    export_format = None if wants_pdf else format_for(args.output, args.format)
    languages = ("zh", "en") if args.lang == "both" else (args.lang,)
    if len(languages) == 2 and export_format != ExportFormat.DOCX:
        raise InputError("--lang both writes a bilingual DOCX: use --format docx.")
    if wants_pdf and not args.output.parent.is_dir():
        raise InputError(f"The folder {args.output.parent} does not exist.")
    with open_for(target) as database, database.session() as session:
        drafts = [
            render_draft(session, args.meeting_id, lang, args.template, published=args.published)
            for lang in languages
        ]
    if len(drafts) == 2:
        export_bilingual_docx(*drafts, args.output)
    elif export_format is None:  # PDF: Qt lays it out, in the shipped font
        from scoda_desktop.services.press.text import paragraphs
        from scoda_desktop.ui.press.export_menu import write_press_pdf
        from scoda_desktop.ui.printing import ensure_gui_application

        ensure_gui_application()
        headline = next(iter(paragraphs(drafts[0])), "Press release")
        write_press_pdf(drafts[0], args.lang, headline, args.output)
    else:
        export_draft(drafts[0], args.output, export_format, args.lang)
    print(f"Wrote {args.output}")
    return EXIT_OK


def cmd_document(args: argparse.Namespace, target: DatabaseTarget) -> int:
    """briefing, cards, runsheet: build the document, then paint it to PDF with Qt."""
    from scoda_desktop.services.documents import DocumentKind, DocumentRequest, Paper

    request = DocumentRequest(
        DocumentKind(args.document),
        args.lang,
        meeting_id=getattr(args, "meeting_id", None),
        day=getattr(args, "day", None),
        paper=Paper(args.paper),
    )
    from scoda_desktop.ui.printing import ensure_gui_application, request_to_pdf

    ensure_gui_application()
    with open_for(target) as database:
        result = request_to_pdf(database, request, args.output)
    print(f"Wrote {result.path} ({result.pages} page{'s' if result.pages != 1 else ''})")
    return EXIT_OK


def cmd_ics(args: argparse.Namespace, target: DatabaseTarget) -> int:
    from scoda_desktop.services.invitations import (
        DEFAULT_ORGANIZER,
        Organizer,
        export_meeting,
        export_range,
        usable_email,
    )

    one = args.meeting_id is not None
    span = args.first_day is not None or args.last_day is not None
    if one == span or (span and (args.first_day is None or args.last_day is None)):
        raise InputError(
            "Name one meeting (ics MEETING_ID -o FILE) or a range of days "
            "(ics --from DATE --to DATE -o FILE)."
        )
    organizer = DEFAULT_ORGANIZER
    if args.organizer is not None:
        email = usable_email(args.organizer)
        if email is None:
            raise InputError(f"{args.organizer!r} is not an e-mail address.")
        organizer = Organizer(email=email, name=DEFAULT_ORGANIZER.name)
    with open_for(target) as database:
        if one:
            result = export_meeting(database, args.meeting_id, args.output, organizer=organizer)
        else:
            result = export_range(
                database, args.first_day, args.last_day, args.output, organizer=organizer
            )
    print(result.describe())
    return EXIT_OK


def cmd_invitation(args: argparse.Namespace, target: DatabaseTarget) -> int:
    from scoda_desktop.services.invitation_email import export_invitation_email

    with open_for(target) as database:
        draft = export_invitation_email(database, args.meeting_id, args.output, args.lang)
    print(f"Wrote the invitation e-mail to {args.output} ({len(draft.recipients)} recipients)")
    if draft.missing:
        print(f"No e-mail address for: {', '.join(draft.missing)}")
    return EXIT_OK


def cmd_ics_import(args: argparse.Namespace, target: DatabaseTarget) -> int:
    from scoda_desktop.services.invitation_import import import_invitations, read_invitations

    invitations = read_invitations(args.file)  # a bad file is reported before opening anything
    with open_for(target) as database:
        result = import_invitations(
            database, invitations, create_unknown_people=args.create_people, source=args.file
        )
    print(result.describe())
    if result.proposed_people:
        print("Run again with --create-people to add them as new people.")
    return EXIT_OK


def cmd_slots(args: argparse.Namespace, target: DatabaseTarget) -> int:
    from datetime import UTC, datetime, timedelta

    from scoda_desktop.domain.office import to_office_time
    from scoda_desktop.services.scheduling import (
        Participant,
        days_off,
        load_busy,
        load_participants,
        propose_slots,
    )
    from scoda_desktop.services.timezones import country_of_zone, office_day_span, validate_zone

    if not args.person and not args.zone:
        raise InputError("Name the participants with --person ID or --zone ZONE (or both).")
    participants = []
    busy = []
    if args.person:
        with open_for(target) as database, database.session() as session:
            participants = load_participants(session, args.person, args.first_day)
            busy = load_busy(session, args.person, *office_day_span(args.first_day, args.last_day))
    for zone in args.zone:
        name = validate_zone(zone)
        participants.append(Participant(name=name, zone=name, country_code=country_of_zone(name)))
    proposals = propose_slots(
        participants,
        timedelta(minutes=args.duration),
        args.first_day,
        args.last_day,
        busy=busy,
        step=timedelta(minutes=args.step),
        not_before=datetime.now(UTC),
        per_day=args.per_day,
        limit=args.limit,
    )
    if args.json:
        json.dump([p.as_json() for p in proposals], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    holidays = [
        d for d in days_off(participants, args.first_day, args.last_day) if d.reason != "weekend"
    ]
    if not proposals:
        print(
            f"No time from {args.first_day} to {args.last_day} suits every participant "
            f"for {args.duration} minutes."
        )
    for number, proposal in enumerate(proposals, 1):
        start, end = to_office_time(proposal.starts_at), to_office_time(proposal.ends_at)
        margin = int(proposal.comfort.total_seconds() // 60)
        print(
            f"{number}. {start:%a %Y-%m-%d %H:%M}–{end:%H:%M} Qingdao "
            f"({margin // 60}h{margin % 60:02d} from the edge of a working day)"
        )
        print(format_table([("   ", t.name, t.describe()) for t in proposal.local], 60))
    if holidays:
        print("Holidays avoided:")
        print(format_table([("   ", str(d.day), d.country_code, d.reason) for d in holidays]))
    return EXIT_OK


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
