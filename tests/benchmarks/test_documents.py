"""Rendering at office scale: a press-release draft against plain Jinja rendering the same
template with the same context, and a briefing sheet printed to PDF."""

from __future__ import annotations

import importlib.util
import random
import sqlite3
import time
from pathlib import Path
from types import ModuleType

import jinja2
import pytest

from scoda_desktop.data.database import Database
from tests.benchmarks.conftest import Figure, judge, median

pytestmark = pytest.mark.benchmark

TEMPLATE = "press-release.en.txt"


def _held_meetings(office_file: Path, count: int) -> list[int]:
    connection = sqlite3.connect(office_file)
    ids = [r[0] for r in connection.execute("SELECT id FROM meeting WHERE status = 'held'")]
    connection.close()
    return random.Random(11).sample(ids, count)


def _ms(work) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def test_press_draft_against_plain_jinja(office: Database, office_file: Path) -> None:
    from scoda_desktop.services.press.context import press_context
    from scoda_desktop.services.press.draft import render_draft
    from scoda_desktop.services.templating import builtin_template_dir, environment

    meetings = _held_meetings(office_file, 21)
    app_env = environment()
    plain = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(builtin_template_dir()), encoding="utf-8"),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    plain.filters.update(app_env.filters)
    plain.globals.update(app_env.globals)
    template = plain.get_template(TEMPLATE)
    drafts, floor = [], []
    with office.session() as session:
        for meeting_id in meetings:
            drafts.append(_ms(lambda m=meeting_id: render_draft(session, m, "en")))
            context = press_context(session, meeting_id, "en")
            floor.append(_ms(lambda c=context: template.render(**c)))
    drafts, floor = drafts[1:], floor[1:]  # the first loads and compiles the template
    judge(
        Figure(
            "Press-release draft",
            median(drafts),
            "ms",
            floor=median(floor),
            floor_name="plain Jinja, same template and context",
            max_value=10,
            note="The draft reads the meeting and orders its attendees by precedence before "
            "the template runs in the sandbox.",
        )
    )


def _printing() -> ModuleType | None:
    """``ui.printing`` if this build has it (a colleague is building it), else None."""
    if importlib.util.find_spec("scoda_desktop.ui.printing") is None:
        return None
    from scoda_desktop.ui import printing

    return printing if hasattr(printing, "request_to_pdf") else None


def _plain_pdf(path: Path) -> float:
    """The floor: two pages of HTML through QTextDocument to a PDF file, in ms."""
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    html = "".join(f"<h2>Section {n}</h2><p>{'Text of the brief. ' * 60}</p>" for n in range(8))
    started = time.perf_counter()
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document = QTextDocument()
    document.setHtml(html)
    document.print_(writer)
    del writer
    return (time.perf_counter() - started) * 1000


def test_briefing_pdf(qapp, office: Database, office_file: Path, tmp_path: Path) -> None:
    printing = _printing()
    if printing is None:
        judge(
            Figure(
                "Briefing sheet to PDF",
                None,
                "ms",
                max_value=300,
                note="not available: scoda_desktop.ui.printing (request_to_pdf) is not in "
                "this build yet",
            )
        )
    from scoda_desktop.services.documents import DocumentKind, DocumentRequest

    times = []
    for n, meeting_id in enumerate(_held_meetings(office_file, 6)):
        request = DocumentRequest(DocumentKind.BRIEFING, "en", meeting_id=meeting_id)
        path = tmp_path / f"briefing-{n}.pdf"
        times.append(_ms(lambda r=request, p=path: printing.request_to_pdf(office, r, p)))
    judge(
        Figure(
            "Briefing sheet to PDF",
            median(times[1:]),
            "ms",
            floor=median([_plain_pdf(tmp_path / f"plain-{n}.pdf") for n in range(5)]),
            floor_name="QTextDocument, two pages of HTML",
            max_value=300,
            note="Reading the meeting, its attendees' posts and history, laying out and "
            "painting the pages.",
        )
    )
