"""The printed documents as PDF, read back with poppler (pdftotext, pdfinfo, pdffonts): Chinese
copies out exactly as recorded, names, titles, times, links, footers and page counts; A4 and
US Letter; the preview, a printer's page range and the worker thread."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QSizeF
from PySide6.QtPrintSupport import QPrinter

from scoda_desktop.domain.models import Meeting, Participation, Person
from scoda_desktop.services.demo import populate_demo
from scoda_desktop.services.documents import DocumentKind, DocumentRequest, Paper, Prepared
from scoda_desktop.ui.documents_dialog import DocumentDatabase, DocumentsDialog
from scoda_desktop.ui.meeting_source import MeetingSource
from scoda_desktop.ui.printing import (
    HtmlPrintable,
    PrintPreview,
    load_printable,
    print_to_printer,
    render_pdf_async,
    request_to_pdf,
)
from scoda_desktop.ui.workers import TaskRunner

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

TODAY = date(2026, 11, 28)
PREPARED = Prepared("hanxue", TODAY)
VENUE_ZH = "胶州市文化中心"  # 胶 and 文: the characters other CJK fonts copy out wrongly
A4, LETTER = "595 x 842 pts (A4)", "612 x 792 pts (letter)"
A4_LANDSCAPE = "842 x 595 pts (A4)"


@pytest.fixture
def demo(sqlite_database) -> dict[str, int]:
    """The demo as on 28 November 2026; the 2021 meeting held at a venue in Jiaozhou."""
    populate_demo(sqlite_database, today=TODAY)
    with sqlite_database.transaction() as session:
        ids = dict(session.execute(sa.select(Meeting.theme_en, Meeting.id)).all())
        session.get(Meeting, ids["Cloud Meeting for Common Development"]).venue_zh = VENUE_ZH
    return {
        "cloud": ids["Cloud Meeting for Common Development"],
        "supply": ids["SCO Ambassadors' Dialogue on Supply Chains"],
    }


def pdf(database, tmp_path: Path, kind: str, meeting_id: int, language="en", paper="a4") -> Path:
    path = tmp_path / f"{kind}-{language}-{paper}.pdf"
    request = DocumentRequest(DocumentKind(kind), language, meeting_id, paper=Paper(paper))
    result = request_to_pdf(database, request, path, PREPARED)
    assert result.path == path and path.stat().st_size > 0
    return path


def text_of(path: Path, *, layout: bool = False) -> str:
    command = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def flat(text: str) -> str:
    """The text without white space: a line break inside a title does not hide it."""
    return re.sub(r"\s+", "", text)


def info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    pairs = (line.split(":", 1) for line in out.stdout.splitlines() if ":" in line)
    return {key: value.strip() for key, value in pairs}


def fonts(path: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    return [line.split()[0] for line in out.stdout.splitlines()[2:]]


def test_the_chinese_briefing_copies_out_exactly(qapp, sqlite_database, demo, tmp_path):
    path = pdf(sqlite_database, tmp_path, "briefing", demo["cloud"], "zh")
    text = text_of(path)
    for exact in ("刘建军", "孟庆胜", VENUE_ZH, "周浩黎", "云端共谋发展会见", "会见背景材料"):
        assert exact in text
    assert "青岛市委常委，胶州市委书记刘建军" in flat(text)  # the styled Chinese title and name
    assert "㬵" not in text and "⽂" not in text and "⽰" not in text
    pages = int(info(path)["Pages"])
    assert pages == 2
    assert "2026年11月28日由 hanxue 编制" in text
    assert [f"第{n}页，共{pages}页" in text for n in (1, 2)] == [True, True]
    assert fonts(path) == ["WenQuanYiMicroHei"]  # the shipped font only, embedded


def test_the_english_briefing_on_a4_and_letter(qapp, sqlite_database, demo, tmp_path):
    with sqlite_database.transaction() as session:  # one guest joins from Kathmandu
        row = session.execute(
            sa.select(Participation)
            .join(Person, Person.id == Participation.person_id)
            .where(Participation.meeting_id == demo["supply"], Person.family_name == "Tokhtarov")
        ).scalar_one()
        row.join_zone = "Asia/Kathmandu"
    a4 = pdf(sqlite_database, tmp_path, "briefing", demo["supply"], "en", "a4")
    letter = pdf(sqlite_database, tmp_path, "briefing", demo["supply"], "en", "letter")
    assert info(a4)["Page size"] == A4 and info(letter)["Page size"] == LETTER
    assert info(a4)["Title"] == "SCO Ambassadors' Dialogue on Supply Chains"
    text = text_of(a4)
    flattened = flat(text)
    for name in ("Ambassador of Kazakhstan to China Yerlan Tokhtarov", "Sun Zhiqiang"):
        assert flat(name) in flattened
    assert "15:00–16:30 Asia/Shanghai, UTC+08:00" in text
    assert "12:45–14:15 Asia/Kathmandu, UTC+05:45" in text
    assert "https://example.com/zoom/j/81960823345" in text
    assert flat("Draft the programme of the Kazakh products week with the embassy.") in flattened
    pages = int(info(a4)["Pages"])
    assert "Prepared on November 28, 2026 by hanxue" in text
    assert all(f"Page {n} of {pages}" in text for n in range(1, pages + 1))


def test_the_run_sheet_fits_one_page(qapp, sqlite_database, demo, tmp_path):
    path = pdf(sqlite_database, tmp_path, "runsheet", demo["supply"], "en")
    assert info(path)["Pages"] == "1"
    text = text_of(path)
    assert "December 2, 2026" in text and "Test call 14:00" in text
    assert "https://example.com/zoom/j/81960823345" in flat(text)
    speakers = [line.split(". ", 1)[1] for line in text.splitlines() if re.match(r"^\d\. ", line)]
    assert speakers[:4] == ["Sun Zhiqiang", "Wang Haiyan", "Chen Jing", "Yerlan Tokhtarov"]
    chinese = text_of(pdf(sqlite_database, tmp_path, "runsheet", demo["supply"], "zh"))
    assert "孙志强" in chinese and "徐雨婷" in chinese and "会见日程表" in chinese


def test_name_cards_one_landscape_page_per_participant(qapp, sqlite_database, demo, tmp_path):
    path = pdf(sqlite_database, tmp_path, "cards", demo["cloud"], "zh")
    assert info(path)["Pages"] == "4"  # Liu, Meng, Oratmangun, Igormonzod
    assert info(path)["Page size"] == A4_LANDSCAPE
    text = text_of(path)
    for name in ("刘建军", "孟庆胜", "Liu Jianjun", "Djauhari Oratmangun", "Muhammed Igormonzod"):
        assert text.count(name) == 2  # both faces of the tent
    assert flat("青岛市委常委，胶州市委书记") in flat(text)
    letter = pdf(sqlite_database, tmp_path, "cards", demo["cloud"], "en", "letter")
    assert info(letter)["Page size"] == "792 x 612 pts (letter)"


def test_the_preview_paints_every_page(qapp, sqlite_database, demo, tmp_path):
    printable = load_printable(
        sqlite_database, DocumentRequest(DocumentKind.BRIEFING, "en", demo["supply"]), PREPARED
    )
    preview = PrintPreview(printable)
    preview.printer.setOutputFileName(str(tmp_path / "preview.pdf"))  # no printer needed
    preview.dialog.paintRequested.emit(preview.printer)
    assert preview.pages_painted == 2
    assert preview.printer.docName() == "SCO Ambassadors' Dialogue on Supply Chains"
    preview.dialog.deleteLater()


def test_a_printers_page_range_is_printed(qapp, sqlite_database, demo, tmp_path):
    printable = load_printable(
        sqlite_database, DocumentRequest(DocumentKind.CARDS, "en", demo["cloud"]), PREPARED
    )
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert print_to_printer(printable, printer) == 4
    printed = tmp_path / "printed.pdf"
    assert info(printed)["Pages"] == "2"
    assert "Meng Qingsheng" in text_of(printed) and "Liu Jianjun" not in text_of(printed)


def test_a_pdf_is_written_off_the_gui_thread(qtbot, sqlite_database, demo, tmp_path):
    runner = TaskRunner()
    results = []
    request = DocumentRequest(DocumentKind.BRIEFING, "zh", demo["cloud"])
    render_pdf_async(
        runner,
        lambda: load_printable(sqlite_database, request, PREPARED),
        tmp_path / "async.pdf",
        results.append,
        lambda exc, details: results.append(exc),
    )
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    assert results[0].pages == 2 and results[0].seconds > 0
    assert "刘建军" in text_of(tmp_path / "async.pdf")


def test_the_dialog_saves_the_chosen_document(qtbot, sqlite_target, demo, tmp_path):
    dialog = DocumentsDialog(DocumentDatabase(sqlite_target), demo["cloud"])
    qtbot.addWidget(dialog)
    dialog.document.setCurrentIndex(dialog.document.findData("cards"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.save_pdf(tmp_path / "cards.pdf")
    assert not dialog.pdf_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.last_pdf is not None, timeout=20_000)
    assert dialog.last_pdf.pages == 4 and dialog.pdf_button.isEnabled()
    assert "cards.pdf (4 pages" in dialog.status.text()
    assert info(tmp_path / "cards.pdf")["Page size"] == "792 x 612 pts (letter)"
    dialog.reject()


def test_the_main_window_opens_the_dialog_with_one_call(qtbot, sqlite_target, demo):
    dialog = DocumentsDialog.open_for_meeting(None, MeetingSource(sqlite_target), demo["cloud"])
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.meeting_id == demo["cloud"]
    assert dialog.request().kind == DocumentKind.BRIEFING
    dialog.reject()


def _line_pages(document, block, page_height: float) -> list[int]:
    top = document.documentLayout().blockBoundingRect(block).top()
    layout = block.layout()
    return [
        int((top + layout.lineAt(i).y() + 0.5) // page_height) for i in range(layout.lineCount())
    ]


@pytest.mark.parametrize("fillers", range(0, 40, 3))
def test_no_paragraph_leaves_a_lone_line_and_no_heading_ends_a_page(qapp, fillers):
    paragraph = "Both sides will work together more closely on logistics and trade. " * 6
    html = "".join(f"<p>Filler line {n}.</p>" for n in range(fillers))
    html += f"<h2>A heading</h2><p>{paragraph}</p>" * 3
    printable = HtmlPrintable(html, title="t", language="en", prepared=PREPARED)
    page = QSizeF(500, 400)
    document = printable.layout(page)
    block = document.begin()
    while block.isValid():
        pages = _line_pages(document, block, page.height())
        if block.blockFormat().headingLevel():
            following = _line_pages(document, block.next(), page.height())
            assert following[0] == pages[-1], f"heading alone at the foot of page {pages[-1]}"
        elif len(set(pages)) > 1:
            first = pages.count(pages[0])
            assert first > 1 and len(pages) - first > 1, f"a lone line: {pages}"
        block = block.next()


def test_a_paragraph_longer_than_the_rest_of_a_page_adds_no_empty_page(qapp):
    long = "<p>" + "A long paragraph that fills most of a page. " * 60 + "</p>"
    printable = HtmlPrintable(
        f"<h2>Heading</h2>{long}" * 2, title="t", language="en", prepared=PREPARED
    )
    document = printable.layout(QSizeF(500, 400))
    painted = set()
    block = document.begin()
    while block.isValid():
        painted.update(_line_pages(document, block, 400))
        block = block.next()
    assert painted == set(range(document.pageCount()))  # every page has text on it
