"""The Reports page on the demo database: the figures shown equal the service's, the chart is
the report's, exports are written, and the liaison list is filled. The chart on screen with many
bars: names apart, and every bar found under the mouse with its full name in the tooltip."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
from datetime import date, datetime
from itertools import combinations
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from scoda_desktop.services.demo import populate_demo
from scoda_desktop.services.liaison import liaison_list, liaison_table
from scoda_desktop.services.reports import REPORTS, Chart, Series, build_report
from scoda_desktop.services.tabular import Table
from scoda_desktop.ui.meeting_source import MeetingSource
from scoda_desktop.ui.reports import page as page_module
from scoda_desktop.ui.reports import report_terms
from scoda_desktop.ui.reports.chart_layout import DIAGONAL, ChartGeometry
from scoda_desktop.ui.reports.chart_view import ChartView
from scoda_desktop.ui.reports.page import ReportsPage
from scoda_desktop.ui.reports.table_model import TabularModel, cell_text
from scoda_desktop.ui.workers import TaskRunner

NOW = datetime(2026, 11, 28, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.fixture
def demo_source(sqlite_target):
    source = MeetingSource(sqlite_target, lambda db: populate_demo(db, today=date(2026, 11, 28)))
    source.load()
    yield source
    source.close()


@pytest.fixture
def page(qtbot, demo_source):
    runner = TaskRunner()
    failures: list[BaseException] = []
    page = ReportsPage(
        runner, demo_source, lambda _t, exc, _d: failures.append(exc), clock=lambda: NOW
    )
    qtbot.addWidget(page)
    page.resize(1200, 650)
    page.show()
    with qtbot.waitSignal(page.report_shown, timeout=10_000):
        page.refresh()
    yield page
    runner.wait_for_done()
    assert failures == []


def _shown(model: TabularModel) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _as_text(table: Table) -> list[list[str]]:
    return [[cell_text(value) for value in row] for row in table.rows]


def test_the_page_offers_every_report():
    assert list(page_module.REPORT_LABELS) == list(REPORTS)


def test_meetings_by_country_shows_the_services_figures(page, demo_source):
    expected = demo_source.read(lambda s: build_report(s, "meetings-by-country", now=NOW))
    assert page.selected_report() == "meetings-by-country"
    assert page.table_model.table.columns == expected.table.columns
    assert _shown(page.table_model) == _as_text(expected.table)
    assert page.chart_view.chart == expected.chart
    assert expected.table.rows, "the demo has meetings with guests"


def test_quarters_and_a_date_range_are_passed_to_the_report(qtbot, page, demo_source):
    with qtbot.waitSignal(page.report_shown, timeout=10_000):
        page.period_combo.setCurrentIndex(page.period_combo.findData("quarter"))
    page.first_day.setDate(date(2026, 1, 1))
    page.last_day.setDate(date(2026, 6, 30))
    with qtbot.waitSignal(page.report_shown, timeout=10_000):
        page.range_check.setChecked(True)
    expected = demo_source.read(
        lambda s: build_report(
            s,
            "meetings-by-country",
            period="quarter",
            first_day=date(2026, 1, 1),
            last_day=date(2026, 6, 30),
            now=NOW,
        )
    )
    assert _shown(page.table_model) == _as_text(expected.table)


def test_follow_up_completion_is_shown(qtbot, page, demo_source):
    with qtbot.waitSignal(page.report_shown, timeout=10_000):
        page.report_combo.setCurrentIndex(page.report_combo.findData("follow-up-completion"))
    expected = demo_source.read(lambda s: build_report(s, "follow-up-completion", now=NOW))
    assert _shown(page.table_model) == _as_text(expected.table)


def test_exports_csv_xlsx_and_pdf(qtbot, page, tmp_path: Path, monkeypatch):
    rows = page.table_model.table.rows
    for name in ("report.csv", "report.xlsx", "report.pdf"):
        target = tmp_path / name
        monkeypatch.setattr(page_module, "ask_save_path", lambda *_a, target=target: target)
        with qtbot.waitSignal(page.message, timeout=20_000):
            page.export_button.click()
        assert target.exists()
    with (tmp_path / "report.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.reader(handle))) == len(rows) + 1
    sheet = load_workbook(tmp_path / "report.xlsx").active
    assert sheet.max_row == len(rows) + 1
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(tmp_path / "report.pdf"), "-"], capture_output=True, text=True
        ).stdout
        assert "Kazakhstan" in text


def test_the_liaison_list_is_the_services(page, demo_source):
    expected = demo_source.read(lambda s: liaison_list(s, NOW))
    assert expected
    assert page.liaison_model.rowCount() == len(expected)
    assert page.liaison_model.index(0, 0).data() == expected[0].name_en


@pytest.mark.parametrize("period", ["year", "quarter"])
def test_every_word_of_the_reports_is_marked_for_translation(demo_source, period):
    """The page translates the services' English through ``report_terms.SERVICE_WORDS``: a
    text the services write that is not listed there would stay in English."""

    def words(session) -> set[str]:
        found: set[str] = set()
        for name in REPORTS:
            report = build_report(session, name, period=period, now=NOW)
            chart = report.chart
            found |= {report.title, report.description, chart.title, chart.value_label}
            found |= {series.name for series in chart.series}
            found |= set(report.table.columns)
            if report.table.columns[0] in report_terms.PERIOD_COLUMNS:
                found |= {row[0] for row in report.table.rows}
        table = liaison_table(liaison_list(session, NOW))
        return found | {table.title, *table.columns}

    found = demo_source.read(words)
    periods = re.compile(r"\d{4}( Q[1-4])?")
    unmarked = {
        word
        for word in found
        if word not in report_terms.SERVICE_WORDS
        and not periods.fullmatch(word)
        and not report_terms.CJK.search(word)  # the Chinese name columns
    }
    assert unmarked == set()


def test_the_tabular_model_passes_the_model_tester(qtmodeltester, demo_source):
    model = TabularModel()
    model.set_table(
        demo_source.read(lambda s: build_report(s, "follow-up-completion", now=NOW)).table
    )
    qtmodeltester.check(model)


def test_double_clicking_an_embassy_opens_its_history(qtbot, page, demo_source):
    page.tabs.setCurrentIndex(1)
    index = page.liaison_proxy.index(0, 0)
    with qtbot.waitSignal(page.history.shown, timeout=10_000) as shown:
        page.liaison_table.doubleClicked.emit(index)
    dialog = shown.args[0]
    first = page.liaisons[0]
    assert dialog.history.subject.key == str(first.organisation_id)
    assert first.name_en in dialog.browser.toPlainText()
    assert dialog.history.last_contact == first.last_contact
    dialog.close()


# -- the chart on screen ------------------------------------------------------------------------


def _drawn(view: ChartView) -> ChartGeometry:
    view.grab()  # paints it
    assert view.geometry_drawn is not None
    return view.geometry_drawn


def _names_apart(geometry: ChartGeometry) -> None:
    for first, second in combinations(geometry.labels.labels, 2):
        assert not first.outline.intersects(second.outline), (first.text, second.text)


@pytest.mark.parametrize("period", ["year", "quarter"])
def test_the_pages_chart_names_its_bars_apart(qtbot, page, period):
    if period == "quarter":
        with qtbot.waitSignal(page.report_shown, timeout=10_000):
            page.period_combo.setCurrentIndex(page.period_combo.findData("quarter"))
    geometry = _drawn(page.chart_view)
    _names_apart(geometry)
    assert geometry.count == len(page.report.chart.categories)
    for label in geometry.labels.labels:
        name = page.report.chart.categories[label.index]
        drawn = label.text.replace("\n", " ")  # a level name may be broken into lines at spaces
        assert drawn == name or name.startswith(drawn.removesuffix("…"))


@pytest.fixture
def chart_view(qtbot):
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def _countries(count: int) -> Chart:
    names = (
        "哈萨克斯坦",
        "吉尔吉斯斯坦",
        "老挝人民民主共和国",
        "大不列颠及北爱尔兰联合王国",
        "蒙古",
    )
    categories = tuple(f"{names[n % len(names)]} {n + 1}" for n in range(count))
    values = tuple(float(n % 9) for n in range(count))
    return Chart("会见次数", categories, (Series("会见", values),), "会见")


@pytest.mark.parametrize("count", [5, 24, 60, 200])
def test_every_bar_is_found_under_the_mouse_with_its_full_name(chart_view, count):
    """Names that do not fit are drawn cut or left out; the tooltip of each bar still gives
    its whole name and value."""
    chart = _countries(count)
    chart_view.set_chart(chart)
    geometry = _drawn(chart_view)
    _names_apart(geometry)
    if count == 200:
        assert geometry.labels.angle == DIAGONAL and geometry.labels.step > 1
    for index in range(count):
        assert chart_view.category_at(geometry.slot_rect(index).center()) == index
        value = f"{chart.series[0].values[index]:.0f}"
        assert chart_view.tooltip_text(index) == f"{chart.categories[index]}\n会见: {value}"
    for label in geometry.labels.labels:  # a name, slanted away from its bar, leads to it too
        corners = [label.outline.at(n) for n in range(4)]
        middle = sum(corners[1:], corners[0]) / 4
        assert chart_view.category_at(middle) == label.index


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_hovering_a_bar_highlights_it_and_shows_its_tooltip(qtbot, chart_view):
    chart = _countries(60)
    chart_view.set_chart(chart)
    geometry = _drawn(chart_view)
    skipped = next(i for i in range(60) if i % geometry.labels.step)  # a bar left unnamed
    point = geometry.slot_rect(skipped).center().toPoint()
    qtbot.mouseMove(chart_view, point)
    qtbot.waitUntil(lambda: chart_view.hovered_category == skipped)
    event = QHelpEvent(QEvent.Type.ToolTip, point, chart_view.mapToGlobal(point))
    QApplication.sendEvent(chart_view, event)
    assert QToolTip.text() == chart_view.tooltip_text(skipped)
    assert QToolTip.text().startswith(chart.categories[skipped])
    QToolTip.hideText()


def test_the_tooltip_reads_in_chinese(chart_view, interface):
    interface("zh")
    chart_view.set_chart(_countries(3))
    assert chart_view.tooltip_text(1) == "吉尔吉斯斯坦 2\n会见：1"
