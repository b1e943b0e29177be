"""The words of the reports in the interface's language.

``services.reports`` and ``services.liaison.liaison_table`` are Qt-free and write their titles,
column names, descriptions and chart labels in English. The page shows (and exports, and
prints) a report translated here: every English text the services write is marked below in the
context "ReportTerms", so lupdate extracts it, and looked up when a report is shown; a text not
listed stays as the service wrote it. Periods ("2026 Q4") and the total row are written in the
language too, and in Chinese a chart names its bars by their Chinese names where the table has
them. ``tests/ui/test_reports_page.py`` checks that every word of the demo's reports is listed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from scoda_desktop.services.tabular import Cell, Table
from scoda_desktop.ui.translations import CHINESE, QT_TRANSLATE_NOOP, interface_language

if TYPE_CHECKING:
    from scoda_desktop.services.reports import Chart, Report

__all__ = ["SERVICE_WORDS", "translated_report", "translated_table", "translated_word"]

# Every text that services.reports and services.liaison.liaison_table put in a title, a column
# name, a description, a chart or a first cell ("Total").
SERVICE_WORDS = (
    # report titles
    QT_TRANSLATE_NOOP("ReportTerms", "Meetings by country, per year"),
    QT_TRANSLATE_NOOP("ReportTerms", "Meetings by country, per quarter"),
    QT_TRANSLATE_NOOP("ReportTerms", "Meetings by host official, per year"),
    QT_TRANSLATE_NOOP("ReportTerms", "Meetings by host official, per quarter"),
    QT_TRANSLATE_NOOP("ReportTerms", "Meetings by kind, per year"),
    QT_TRANSLATE_NOOP("ReportTerms", "Meetings by kind, per quarter"),
    QT_TRANSLATE_NOOP("ReportTerms", "Follow-up completion, per year"),
    QT_TRANSLATE_NOOP("ReportTerms", "Follow-up completion, per quarter"),
    # what each report counts
    QT_TRANSLATE_NOOP(
        "ReportTerms",
        "Meetings held with at least one guest of the country present; a meeting with guests "
        "of several countries counts once for each.",
    ),
    QT_TRANSLATE_NOOP(
        "ReportTerms", "Meetings held, per participant in the role of host who was present."
    ),
    QT_TRANSLATE_NOOP("ReportTerms", "Meetings held, per kind."),
    QT_TRANSLATE_NOOP(
        "ReportTerms",
        "Follow-ups, agreements and MoUs by the period of their meeting. Completion rate: done "
        "out of all. Days to close: from the meeting's day to the day a done item was closed.",
    ),
    # column names, chart series and axis
    QT_TRANSLATE_NOOP("ReportTerms", "Country"),
    QT_TRANSLATE_NOOP("ReportTerms", "Code"),
    QT_TRANSLATE_NOOP("ReportTerms", "Host official"),
    QT_TRANSLATE_NOOP("ReportTerms", "Kind"),
    QT_TRANSLATE_NOOP("ReportTerms", "Total"),
    QT_TRANSLATE_NOOP("ReportTerms", "Year"),
    QT_TRANSLATE_NOOP("ReportTerms", "Quarter"),
    QT_TRANSLATE_NOOP("ReportTerms", "Meetings"),
    QT_TRANSLATE_NOOP("ReportTerms", "Follow-ups"),
    QT_TRANSLATE_NOOP("ReportTerms", "Done"),
    QT_TRANSLATE_NOOP("ReportTerms", "Dropped"),
    QT_TRANSLATE_NOOP("ReportTerms", "Open"),
    QT_TRANSLATE_NOOP("ReportTerms", "Overdue"),
    QT_TRANSLATE_NOOP("ReportTerms", "Completion rate (%)"),
    QT_TRANSLATE_NOOP("ReportTerms", "Average days to close (done)"),
    # the liaison list
    QT_TRANSLATE_NOOP("ReportTerms", "Embassies"),
    QT_TRANSLATE_NOOP("ReportTerms", "Embassy"),
    QT_TRANSLATE_NOOP("ReportTerms", "Last contact"),
    QT_TRANSLATE_NOOP("ReportTerms", "Days since"),
    QT_TRANSLATE_NOOP("ReportTerms", "Meetings held"),
    QT_TRANSLATE_NOOP("ReportTerms", "Open follow-ups"),
    QT_TRANSLATE_NOOP("ReportTerms", "Next meeting"),
)

PERIOD_COLUMNS = ("Year", "Quarter")  # a table whose rows are periods starts with one of these
QUARTER = re.compile(r"(\d{4}) Q([1-4])")  # services.reports.period_of: "2026 Q4"
CJK = re.compile(r"[\u3400-\u9fff]")


def translated_word(text: str) -> str:
    """``text`` in the interface's language if it is one of ``SERVICE_WORDS``, a quarter
    ("2026 Q4") written as the language writes it, else ``text`` as it is."""
    quarter = QUARTER.fullmatch(text)
    if quarter is not None:
        return QCoreApplication.translate("ReportTerms", "{year} Q{quarter}").format(
            year=quarter[1], quarter=quarter[2]
        )
    return QCoreApplication.translate("ReportTerms", text)


def _first_cell(row: tuple[Cell, ...]) -> tuple[Cell, ...]:
    first = row[0]
    return (translated_word(first), *row[1:]) if isinstance(first, str) else row


def translated_table(table: Table) -> Table:
    """``table`` with its title and column names in the interface's language, and its periods
    and total row too when its rows are periods."""
    rows = table.rows
    if table.columns and table.columns[0] in PERIOD_COLUMNS:
        rows = tuple(_first_cell(row) for row in rows)
    return Table(
        title=translated_word(table.title),
        columns=tuple(translated_word(column) for column in table.columns),
        rows=rows,
    )


def _chart_categories(chart: Chart, table: Table) -> tuple[str, ...]:
    """The bars' names: periods written in the language; in Chinese, the Chinese names the
    table holds beside the English ones (its second column, named in Chinese), if any."""
    categories = tuple(translated_word(category) for category in chart.categories)
    has_chinese_names = len(table.columns) > 1 and CJK.search(table.columns[1]) is not None
    if interface_language() == CHINESE and has_chinese_names and len(table.rows) == len(categories):
        return tuple(
            row[1] if isinstance(row[1], str) and row[1] else category
            for row, category in zip(table.rows, categories, strict=True)
        )
    return categories


def translated_report(report: Report) -> Report:
    """``report`` in the interface's language: its table, its description and its chart (title,
    bars, series and axis). The figures are the same."""
    chart = report.chart
    translated_chart = replace(
        chart,
        title=translated_word(chart.title),
        categories=_chart_categories(chart, report.table),
        series=tuple(replace(series, name=translated_word(series.name)) for series in chart.series),
        value_label=translated_word(chart.value_label),
    )
    return replace(
        report,
        table=translated_table(report.table),
        chart=translated_chart,
        description=translated_word(report.description),
    )
