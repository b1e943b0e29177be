"""A report printed to PDF with its chart: read back with pdftotext; the chart PNG read back;
and the chart's layout with few and many bars, in English and Chinese: the bars' names never
overlap, each is drawn whole or cut with "…", and the value axis counts in round steps."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime
from itertools import combinations, pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPolygonF

from scoda_desktop.services.demo import populate_demo
from scoda_desktop.services.documents import Prepared
from scoda_desktop.services.reports import REPORTS, Chart, Report, Series, build_report
from scoda_desktop.services.tabular import Table
from scoda_desktop.ui.report_pdf import (
    CHART_SOURCE,
    PALETTE,
    TEXT_SHARE,
    ReportPrintable,
    chart_png,
    report_printable,
    write_report_pdf,
)
from scoda_desktop.ui.reports.chart_layout import (
    DIAGONAL,
    LEVEL,
    MOST_TICKS,
    ChartGeometry,
    category_labels,
    chart_geometry,
    value_text,
)
from scoda_desktop.ui.reports.chart_painter import chart_fonts

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


def test_the_chart_is_drawn_in_place_and_wide_tables_print_across_the_page(qapp, demo):
    with demo.session() as session:
        yearly = build_report(session, "follow-up-completion", now=NOW)
        quarterly = build_report(session, "meetings-by-country", period="quarter", now=NOW)
    printable = report_printable(yearly, PREPARED)
    assert isinstance(printable, ReportPrintable) and printable.chart == yearly.chart
    assert f'<img src="{CHART_SOURCE}"' in printable.html
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


# -- many bars: the layout ------------------------------------------------------------------

COUNTRIES = {
    "en": (
        "Kazakhstan",
        "Kyrgyzstan",
        "Lao People's Democratic Republic",
        "Russia",
        "Pakistan",
        "United Kingdom of Great Britain and Northern Ireland",
        "Uzbekistan",
        "Iran",
        "Tajikistan",
        "India",
        "Belarus",
        "Mongolia",
    ),
    "zh": (
        "哈萨克斯坦",
        "吉尔吉斯斯坦",
        "老挝人民民主共和国",
        "俄罗斯",
        "巴基斯坦",
        "大不列颠及北爱尔兰联合王国",
        "乌兹别克斯坦",
        "伊朗",
        "塔吉克斯坦",
        "印度",
        "白俄罗斯",
        "蒙古",
    ),
}
PRINTED = QRectF(0, 0, 640, 320)  # CSS pixels, as report_html places the chart
ON_SCREEN = QRectF(0, 0, 600, 400)
SCREEN_TEXT = 13


def many_bars(count: int, language: str, *, stacked: bool = False) -> Chart:
    """Meetings per month (24 bars) or per country (names repeated, numbered, as needed)."""
    if count == 24:
        months = [(2025 + n // 12, n % 12 + 1) for n in range(count)]
        categories = tuple(f"{y}年{m}月" if language == "zh" else f"{y}-{m:02d}" for y, m in months)
    else:
        names = COUNTRIES[language]
        categories = tuple(
            names[n % len(names)] + (f" {n // len(names) + 1}" if n >= len(names) else "")
            for n in range(count)
        )
    first = Series(
        "Done", tuple(float((n * 7) % 13 + (1200 if n == 3 else 0)) for n in range(count))
    )
    second = Series("Open", tuple(float(n % 5) for n in range(count)))
    series = (first, second) if stacked else (first,)
    return Chart("会见次数" if language == "zh" else "Meetings", categories, series, "", stacked)


def _rect_outline(rect: QRectF) -> QPolygonF:
    return QPolygonF(rect)


def assert_readable(chart: Chart, geometry: ChartGeometry, metrics: QFontMetricsF) -> None:
    """The bars' names drawn do not overlap each other, the value axis or the bars; each is its
    category's name, whole or cut with "…"; every step-th category is named; the value axis
    counts in a few round steps past the largest bar, its labels apart."""
    labels = geometry.labels
    assert [label.index for label in labels.labels] == list(
        range(0, len(chart.categories), labels.step)
    )
    for first, second in combinations(labels.labels, 2):
        assert not first.outline.intersects(second.outline), (first.text, second.text)
    area = geometry.area.adjusted(-0.5, -0.5, 0.5, 0.5)
    for label in labels.labels:
        bounds = label.outline.boundingRect()
        assert area.contains(bounds), label.text
        assert bounds.top() > geometry.plot.bottom()
        for box, _text in geometry.tick_labels:
            assert not _rect_outline(box).intersects(label.outline), label.text
        name = " ".join(chart.categories[label.index].split())
        drawn = label.text.replace("\n", " ")  # a level name may be broken into lines
        assert drawn == name or (drawn.endswith("…") and name.startswith(drawn[:-1].rstrip()))
        for line in label.text.split("\n"):
            assert metrics.horizontalAdvance(line) <= label.box.width() + 0.5
    if chart.stacked:
        largest = max(sum(values) for values in zip(*(s.values for s in chart.series), strict=True))
    else:
        largest = max(v for s in chart.series for v in s.values)
    ticks = geometry.ticks
    assert ticks[0] == 0 and ticks[-1] >= largest and len(ticks) <= MOST_TICKS + 1
    step = ticks[1] - ticks[0]
    assert all(b - a == pytest.approx(step) for a, b in pairwise(ticks))
    assert f"{step:g}".lstrip("0.").rstrip("0")[0] in "125"
    boxes = [box for box, _text in geometry.tick_labels]
    assert all(upper.bottom() <= lower.top() for lower, upper in pairwise(boxes))
    if geometry.show_values:
        widest = max(
            metrics.horizontalAdvance(value_text(v)) for s in chart.series for v in s.values
        )
        assert widest <= geometry.slot / geometry.bars_per_slot


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("count", [5, 24, 60, 200])
@pytest.mark.parametrize(
    ("area", "text_pixels"),
    [(PRINTED, PRINTED.height() * TEXT_SHARE), (ON_SCREEN, SCREEN_TEXT)],
    ids=["printed", "on-screen"],
)
def test_the_bars_names_never_overlap(qapp, count, language, area, text_pixels):
    chart = many_bars(count, language)
    fonts = chart_fonts(text_pixels)
    geometry = chart_geometry(chart, area, fonts)
    assert_readable(chart, geometry, QFontMetricsF(fonts.text))
    if count == 5:  # few bars: every name level and whole, long ones on several lines
        assert geometry.labels.angle == LEVEL and geometry.labels.shortened == ()
    if count == 200:  # too many to name each: slanted, every n-th
        assert geometry.labels.angle == DIAGONAL and geometry.labels.step > 1


@pytest.mark.parametrize("language", ["en", "zh"])
def test_stacked_bars_with_a_legend_stay_readable(qapp, language):
    chart = many_bars(60, language, stacked=True)
    fonts = chart_fonts(SCREEN_TEXT)
    geometry = chart_geometry(chart, ON_SCREEN, fonts)
    assert_readable(chart, geometry, QFontMetricsF(fonts.text))
    assert geometry.legend is not None and geometry.legend.bottom() <= geometry.plot.top()
    assert not geometry.show_values  # stacked bars carry no values


def test_level_names_break_into_lines_at_spaces_only(qapp):
    """A quarter written 2025 Q1 may take two lines under a narrow bar; 2025年第1季度 is not
    split between its characters: it slants instead."""
    metrics = QFontMetricsF(chart_fonts(SCREEN_TEXT).text)
    slot = metrics.horizontalAdvance("2025") + metrics.height() * 0.4 + 4
    assert metrics.horizontalAdvance("2025 Q1") > slot  # too wide for one line
    options = {"first_centre": 100.0, "slot": slot, "axis_y": 0.0}
    limits = {"left_limit": 0.0, "right_limit": 100 + 9 * slot, "max_height": 200.0}
    quarters = [f"2025 Q{n % 4 + 1}" for n in range(8)]
    level = category_labels(quarters, metrics, **options, **limits)
    assert level.angle == LEVEL and [label.text for label in level.labels][:2] == [
        "2025\nQ1",
        "2025\nQ2",
    ]
    dates = [f"2025年第{n % 4 + 1}季度" for n in range(8)]
    chinese = category_labels(dates, metrics, **options, **limits)
    assert chinese.angle == DIAGONAL and all("\n" not in label.text for label in chinese.labels)


def test_a_name_too_long_for_the_room_is_cut_with_an_ellipsis(qapp):
    long_name = "The Permanent Mission of a Very Long Named Organisation " * 3
    chart = Chart("Meetings", (long_name, *COUNTRIES["en"]), (Series("M", (1.0,) * 13),), "")
    fonts = chart_fonts(SCREEN_TEXT)
    geometry = chart_geometry(chart, ON_SCREEN, fonts)
    assert_readable(chart, geometry, QFontMetricsF(fonts.text))
    assert 0 in geometry.labels.shortened
    assert len(geometry.labels.labels[0].text) < len(long_name) / 2


def test_one_bar_and_large_values_keep_the_axis_round(qapp):
    chart = Chart("Meetings", ("Kazakhstan",), (Series("M", (12345.0,)),), "")
    fonts = chart_fonts(SCREEN_TEXT)
    geometry = chart_geometry(chart, ON_SCREEN, fonts)
    assert_readable(chart, geometry, QFontMetricsF(fonts.text))
    assert geometry.tick_labels[-1][1] in {"14,000", "15,000", "20,000"}


# -- many bars: on paper ----------------------------------------------------------------------


def _pdf_raw_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_printed_chart_names_its_bars_in_text_in_the_embedded_font(qapp, tmp_path, language):
    """The chart is drawn on the page, not pasted as a picture: the names drawn are text in the
    PDF (copied and searched like the rest), in the embedded document font. The report's
    table is left empty so that every name found comes from the chart."""
    chart = many_bars(60, language)
    report = Report("by-country", Table(chart.title, ("Country", "Meetings"), ()), chart, "")
    path = tmp_path / "chart.pdf"
    write_report_pdf(report, path, PREPARED)
    # pdftotext writes slanted text a character a line: compare without white space.
    text = "".join(_pdf_raw_text(path).split())
    fonts = chart_fonts(PRINTED.height() * TEXT_SHARE)
    geometry = chart_geometry(chart, PRINTED, fonts)
    drawn = [label.text.removesuffix("…") for label in geometry.labels.labels]
    assert 1 < len(drawn) < 60  # every n-th name
    position = 0
    for name in drawn:
        position = text.find("".join(name.split()), position)
        assert position >= 0, name
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    fonts_listed = listing.splitlines()[2:]
    assert fonts_listed and all(" yes " in line for line in fonts_listed)
    assert all("WenQuanYi" in line for line in fonts_listed)
