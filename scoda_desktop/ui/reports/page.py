"""The Reports page: a named report (``services.reports``) for a period and an optional range
of days, its chart beside its table, exported to CSV, XLSX or PDF; and, on a second tab, the
embassies the office liaises with, longest without contact first (``services.liaison``).
Every read and export runs on the task runner; the services are imported when first used (the
window paints before the data layer loads)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from scoda_desktop.services.tabular import Table, export_table
from scoda_desktop.ui.followups.filter_bar import date_edit_format
from scoda_desktop.ui.followups.history_view import Clock, FailureReporter, HistoryOpener
from scoda_desktop.ui.reports.chart_view import ChartView
from scoda_desktop.ui.reports.report_terms import translated_report, translated_table
from scoda_desktop.ui.reports.save_dialog import ask_save_path, safe_file_name
from scoda_desktop.ui.reports.table_model import SORT_ROLE, TabularModel
from scoda_desktop.ui.translations import QT_TRANSLATE_NOOP, interface_language
from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from sqlmodel import Session

    from scoda_desktop.services.liaison import Liaison
    from scoda_desktop.services.reports import Report
    from scoda_desktop.ui.meeting_source import MeetingSource

__all__ = ["REPORT_LABELS", "ReportsPage"]

log = logging.getLogger(__name__)


# The reports of ``services.reports.REPORTS``, in that order, as the page names them.
REPORT_LABELS = {
    "meetings-by-country": QT_TRANSLATE_NOOP("ReportsPage", "Meetings by country"),
    "meetings-by-host": QT_TRANSLATE_NOOP("ReportsPage", "Meetings by host official"),
    "meetings-by-kind": QT_TRANSLATE_NOOP("ReportsPage", "Meetings by kind"),
    "follow-up-completion": QT_TRANSLATE_NOOP("ReportsPage", "Follow-up completion"),
}


def write_pdf_in(report: Report, path: Path, language: str) -> None:
    """Print ``report`` (already in the interface's language) to the PDF file ``path``, its
    page footers in ``language``. Runs on the task runner."""
    from scoda_desktop.ui.printing import write_pdf
    from scoda_desktop.ui.report_pdf import report_printable

    printable = report_printable(report)
    printable.language = language  # report_printable writes the footers in English
    write_pdf(printable, path)


def _table_view(model: TabularModel, name: str) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView(objectName=name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order until clicked
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view, proxy


class ReportsPage(QWidget):
    report_shown = Signal(object)  # the Report, once its table and chart are shown
    liaisons_shown = Signal(int)  # how many embassies
    message = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        source: MeetingSource,
        report_failure: FailureReporter,
        *,
        clock: Clock = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self._runner = runner
        self._source = source
        self._report_failure = report_failure
        self._clock = clock
        self._loading = False
        self._reload_queued = False
        self.report: Report | None = None
        self.liaisons: list[Liaison] = []
        self.history = HistoryOpener(runner, source, report_failure, clock, self)

        self.tabs = QTabWidget(objectName="reportTabs")
        self.tabs.addTab(self._build_report_tab(), self.tr("Reports"))
        self.tabs.addTab(self._build_liaison_tab(), self.tr("Embassies by last contact"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    # -- building --------------------------------------------------------------------------

    def _build_report_tab(self) -> QWidget:
        tab = QWidget()
        self.report_combo = QComboBox(objectName="reportChoice")
        for name, label in REPORT_LABELS.items():
            self.report_combo.addItem(QCoreApplication.translate("ReportsPage", label), name)
        self.period_combo = QComboBox(objectName="periodChoice")
        self.period_combo.addItem(self.tr("Per year"), "year")
        self.period_combo.addItem(self.tr("Per quarter"), "quarter")
        self.range_check = QCheckBox(self.tr("Meetings from"), objectName="reportRangeCheck")
        self.first_day = QDateEdit(objectName="reportFirstDay", calendarPopup=True)
        self.last_day = QDateEdit(objectName="reportLastDay", calendarPopup=True)
        today = date.today()
        self.first_day.setDate(QDate(today.year, 1, 1))
        self.last_day.setDate(QDate(today.year, 12, 31))
        for edit in (self.first_day, self.last_day):
            edit.setDisplayFormat(date_edit_format())
            edit.setEnabled(False)
            edit.dateChanged.connect(self._on_range_changed)
            self.range_check.toggled.connect(edit.setEnabled)
        self.range_check.toggled.connect(self.refresh)
        self.report_combo.currentIndexChanged.connect(self.refresh)
        self.period_combo.currentIndexChanged.connect(self.refresh)
        self.export_button = QPushButton(self.tr("Export…"), objectName="exportReportButton")
        self.export_button.setToolTip(self.tr("Save the report as CSV (for Excel), XLSX or PDF"))
        self.export_button.clicked.connect(self.ask_export)
        self.export_button.setEnabled(False)

        controls = QHBoxLayout()
        for widget in (self.report_combo, self.period_combo, self.range_check, self.first_day):
            controls.addWidget(widget)
        controls.addWidget(QLabel(self.tr("to")))
        controls.addWidget(self.last_day)
        controls.addStretch(1)
        controls.addWidget(self.export_button)

        self.description = QLabel(objectName="reportDescription")
        self.description.setWordWrap(True)
        self.chart_view = ChartView()
        self.table_model = TabularModel(self)
        self.table, self.table_proxy = _table_view(self.table_model, "reportTable")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="reportSplitter")
        self.splitter.addWidget(self.chart_view)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([460, 540])  # scaled to the page's width when first shown

        layout = QVBoxLayout(tab)
        layout.addLayout(controls)
        layout.addWidget(self.description)
        layout.addWidget(self.splitter, 1)
        return tab

    def _build_liaison_tab(self) -> QWidget:
        tab = QWidget()
        self.liaison_model = TabularModel(self)
        self.liaison_table, self.liaison_proxy = _table_view(self.liaison_model, "liaisonTable")
        self.liaison_export = QPushButton(self.tr("Export…"), objectName="exportLiaisonButton")
        self.liaison_export.clicked.connect(self.ask_export_liaisons)
        self.liaison_table.doubleClicked.connect(self._open_liaison_history)
        note = QLabel(
            self.tr(
                "The embassies and consulates met, the longest without contact first. "
                "Contact: a meeting held with one of their people present. "
                "Double-click an embassy for its history."
            )
        )
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(note, 1)
        row.addWidget(self.liaison_export)
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addWidget(self.liaison_table, 1)
        return tab

    # -- reading ---------------------------------------------------------------------------

    def selected_report(self) -> str:
        return str(self.report_combo.currentData())

    def refresh(self, *_args: object) -> None:
        """Build the chosen report and the liaison list again, off the GUI thread."""
        if not self._source.is_open:
            return
        if self._loading:
            self._reload_queued = True
            return
        from scoda_desktop.services.liaison import liaison_list
        from scoda_desktop.services.reports import build_report

        name, period = self.selected_report(), str(self.period_combo.currentData())
        ranged = self.range_check.isChecked()
        first = self.first_day.date().toPython() if ranged else None
        last = self.last_day.date().toPython() if ranged else None
        now = self._clock()
        source = self._source  # the task must not hold the widget: it may outlive it

        def build(session: Session) -> tuple[Report, list[Liaison]]:
            report = build_report(
                session, name, period=period, first_day=first, last_day=last, now=now
            )
            return report, liaison_list(session, now)

        self._loading = True
        self._runner.submit(
            lambda: source.read(build), self._on_built, self._on_failed, name="report"
        )

    def _on_built(self, built: tuple[Report, list[Liaison]]) -> None:
        self._loading = False
        if self._reload_queued:
            self._reload_queued = False
            self.refresh()
            return
        from scoda_desktop.services.liaison import liaison_table

        report, liaisons = translated_report(built[0]), built[1]
        self.report = report
        self.description.setText(report.description)
        self.table_model.set_table(report.table)
        self.chart_view.set_chart(report.chart)
        self.liaisons = liaisons
        self.liaison_model.set_table(translated_table(liaison_table(liaisons)))
        self.export_button.setEnabled(True)
        self.report_shown.emit(report)
        self.liaisons_shown.emit(len(liaisons))

    def _on_failed(self, exc: BaseException, details: str) -> None:
        self._loading = False
        self._reload_queued = False
        self._report_failure(self.tr("Cannot build the report"), exc, details)

    def _on_range_changed(self) -> None:
        if self.range_check.isChecked():
            self.refresh()

    def _open_liaison_history(self, index: QModelIndex) -> None:
        row = self.liaison_proxy.mapToSource(index).row()
        if 0 <= row < len(self.liaisons):
            self.history.open("organisation", self.liaisons[row].organisation_id)

    # -- export ----------------------------------------------------------------------------

    def ask_export(self) -> None:
        if self.report is None:
            return
        name = safe_file_name(self.report.name)
        path = ask_save_path(self, self.tr("Export report"), name, ("csv", "xlsx", "pdf"))
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Write the report shown to ``path``: PDF (chart and table), else CSV or XLSX."""
        report = self.report
        if report is None:
            return
        if path.suffix.lower() == ".pdf":
            language = interface_language()
            self._export(lambda: write_pdf_in(report, path, language), path)
        else:
            self._export_table(report.table, path)

    def ask_export_liaisons(self) -> None:
        path = ask_save_path(self, self.tr("Export embassies"), "embassies", ("csv", "xlsx"))
        if path is not None:
            self._export_table(self.liaison_model.table, path)

    def _export_table(self, table: Table, path: Path) -> None:
        kind = path.suffix.lstrip(".").lower()
        self._export(lambda: export_table(table, path, kind), path)

    def _export(self, work: Callable[[], object], path: Path) -> None:
        self.export_button.setEnabled(False)
        cannot_export = self.tr("Cannot export")
        saved = self.tr("Saved {path}.").format(path=path)

        def failed(exc: BaseException, details: str) -> None:
            self.export_button.setEnabled(self.report is not None)
            self._report_failure(cannot_export, exc, details)

        def done(_result: object) -> None:
            self.export_button.setEnabled(self.report is not None)
            self.message.emit(saved)

        self._runner.submit(work, done, failed, name="export report")
