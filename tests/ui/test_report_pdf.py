"""A report printed to PDF with its chart: read back with pdftotext; the chart PNG read back."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QColor, QImage

from scoda_desktop.services.demo import populate_demo
from scoda_desktop.services.documents import Prepared
from scoda_desktop.services.reports import REPORTS, Chart, Series, build_report
from scoda_desktop.ui.report_pdf import PALETTE, chart_png, report_printable, write_report_pdf

NOW = datetime(2026, 11, 28, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
PREPARED = Prepared(by="han.xue", on=date(2026, 11, 28))


@pytest.fixture
def demo(sqlite_database):
    populate_demo(sqlite_database, today=date(2026, 11, 28))
    return sqlite_database


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def _image(data: bytes) -> QImage:
    image = QImage()
    assert image.loadFromData(data, "PNG")
    return image


def _colours(image: QImage, step: int = 4) -> set[str]:
    return {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    }


def test_a_report_pdf_holds_the_title_the_table_and_the_footer(qapp, demo, tmp_path):
    with demo.session() as session:
        report = build_report(session, "meetings-by-country", now=NOW)
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "by-country.pdf"
    result = write_report_pdf(report, path, PREPARED)
    assert result.pages >= 1
    assert path.read_bytes().startswith(b"%PDF")
    text = _pdf_text(path)
    assert "Meetings by country, per year" in text
    assert "Kazakhstan" in text and "哈萨克斯坦" in text
    assert "Prepared on November 28, 2026 by han.xue" in text
    assert [p.name for p in folder.iterdir()] == ["by-country.pdf"]  # no temporary left


def test_the_chart_is_embedded_and_wide_tables_print_across_the_page(qapp, demo):
    with demo.session() as session:
        yearly = build_report(session, "follow-up-completion", now=NOW)
        quarterly = build_report(session, "meetings-by-country", period="quarter", now=NOW)
    printable = report_printable(yearly, PREPARED)
    assert '<img src="data:image/png;base64,' in printable.html
    assert not printable.setup.landscape
    assert report_printable(quarterly, PREPARED).setup.landscape


@pytest.mark.parametrize("name", list(REPORTS))
def test_every_reports_chart_draws_its_bars(qapp, demo, name):
    with demo.session() as session:
        report = build_report(session, name, now=NOW)
    image = _image(chart_png(report.chart, 800, 400))
    assert (image.width(), image.height()) == (800, 400)
    drawn = _colours(image)
    assert QColor(PALETTE[0]).name() in drawn
    if len(report.chart.series) > 1:
        assert QColor(PALETTE[1]).name() in drawn


def test_a_chart_without_data_says_so(qapp):
    empty = Chart("Nothing yet", (), (Series("Meetings", ()),), "Meetings")
    image = _image(chart_png(empty, 400, 200))
    assert QColor(PALETTE[0]).name() not in _colours(image, 2)
    assert len(_colours(image, 2)) > 1  # the title and "No data"
