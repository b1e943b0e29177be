"""The Follow-ups page, the counterpart history, the Reports page and printing in Chinese, on the
demo database: labels, days, report titles, columns, chart and PDF in the interface's language."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from scoda_desktop.errors import InputError
from scoda_desktop.services.demo import populate_demo
from scoda_desktop.services.documents import Prepared
from scoda_desktop.ui.followups import FollowUpsPage
from scoda_desktop.ui.followups.model import DUE, STATUS
from scoda_desktop.ui.followups.note_dialog import NoteDialog
from scoda_desktop.ui.meeting_source import MeetingSource
from scoda_desktop.ui.printing import HtmlPrintable, write_pdf
from scoda_desktop.ui.reports import page as reports_module
from scoda_desktop.ui.reports.page import ReportsPage
from scoda_desktop.ui.reports.save_dialog import file_filter
from scoda_desktop.ui.workers import TaskRunner

NOW = datetime(2026, 11, 28, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
CHINESE_DAY = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")


@pytest.fixture
def chinese(interface) -> None:
    assert interface("zh") == "zh"


@pytest.fixture
def demo_source(sqlite_target):
    source = MeetingSource(sqlite_target, lambda db: populate_demo(db, today=date(2026, 11, 28)))
    source.load()
    yield source
    source.close()


@pytest.fixture
def runner():
    runner = TaskRunner()
    yield runner
    runner.wait_for_done()


@pytest.fixture
def failures() -> list[BaseException]:
    return []


@pytest.fixture
def follow_ups(qtbot, chinese, demo_source, runner, failures) -> FollowUpsPage:
    page = FollowUpsPage(
        runner,
        demo_source,
        lambda _title, exc, _details: failures.append(exc),
        open_meeting=lambda _id: None,
        clock=lambda: NOW,
        show_due_summary=True,
    )
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    yield page
    assert failures == []


@pytest.fixture
def reports(qtbot, chinese, demo_source, runner, failures) -> ReportsPage:
    page = ReportsPage(
        runner, demo_source, lambda _t, exc, _d: failures.append(exc), clock=lambda: NOW
    )
    qtbot.addWidget(page)
    page.resize(1200, 650)
    page.show()
    with qtbot.waitSignal(page.report_shown, timeout=10_000):
        page.refresh()
    yield page
    assert failures == []


def _headers(model) -> list[str]:
    return [model.headerData(n, Qt.Orientation.Horizontal) for n in range(model.columnCount())]


# -- the Follow-ups page ---------------------------------------------------------------------


def test_the_follow_ups_page_reads_in_chinese(follow_ups):
    page = follow_ups
    assert _headers(page.proxy)[:5] == ["到期日", "状态", "类别", "后续事项", "负责人"]
    assert page.done_button.text() == "标记为已完成…"
    assert page.reopen_button.text() == "恢复待办"
    assert page.export_button.text() == "导出…"
    assert page.overdue_check.text() == "仅看逾期"
    assert page.owner_combo.itemText(0) == "全部负责人"
    statuses = [page.status_combo.itemText(n) for n in range(page.status_combo.count())]
    assert statuses == ["全部状态", "待办", "已完成", "不再跟进", "已完成或不再跟进"]
    assert page.search_edit.placeholderText() == "搜索…"
    assert page.due_from.displayFormat() == "yyyy年M月d日"
    assert re.fullmatch(r"显示 \d+ 项，其中 \d+ 项已逾期", page.count_label.text())
    texts = {label.text() for label in page.filters.findChildren(QLabel)}
    assert "至" in texts


def test_days_and_the_overdue_status_are_written_in_chinese(qtbot, follow_ups):
    page = follow_ups
    with qtbot.waitSignal(page.filtered, timeout=10_000):
        page.overdue_check.setChecked(True)
    row = page.visible_rows()[0]
    due = page.proxy.index(0, DUE).data()
    assert CHINESE_DAY.fullmatch(due)
    assert due == f"{row.due_date.year}年{row.due_date.month}月{row.due_date.day}日"
    assert page.proxy.index(0, STATUS).data() == "已逾期"


def test_the_start_up_banner_reads_in_chinese(follow_ups):
    page = follow_ups
    assert page.banner.isVisible()
    assert re.fullmatch(r"<b>\d+ 项后续事项已逾期。</b>", page.banner_label.text())
    assert page.findChild(type(page.done_button), "showOverdueButton").text() == "查看逾期事项"


def test_the_note_dialog_reads_in_chinese(qtbot, chinese):
    dialog = NoteDialog("标记为已完成", "标记为已完成：“……”", "标记为已完成")
    qtbot.addWidget(dialog)
    assert dialog.note_edit.placeholderText() == "备注（选填）：办理情况，或不再跟进的原因"


def test_the_history_of_an_owner_reads_in_chinese(qtbot, follow_ups):
    page = follow_ups
    with qtbot.waitSignal(page.filtered, timeout=10_000):
        page.overdue_check.setChecked(True)
    page.table.selectRow(0)
    row = page.selected_row()
    assert page.history_choices()[0][0].startswith("与")
    with qtbot.waitSignal(page.history.shown, timeout=10_000) as shown:
        page.history.open("person", row.owner_id)
    dialog = shown.args[0]
    text = dialog.browser.toPlainText()
    assert dialog.windowTitle().startswith("交往记录：")
    assert dialog.export_button.text() == "导出…"
    assert re.search(r"待办后续事项（\d+）", text)
    assert re.search(r"会见会谈（\d+），由近及远排列", text)
    assert "已逾期" in text and "截止日期：" in text
    assert re.search(r"最近一次接触：\d{4}年\d{1,2}月\d{1,2}日（\d+ 天前）", text)
    assert "Overdue" not in text and "due " not in text
    dialog.close()


# -- the Reports page ------------------------------------------------------------------------


def test_the_reports_page_reads_in_chinese(reports):
    page = reports
    assert [page.tabs.tabText(n) for n in range(page.tabs.count())] == [
        "统计报表",
        "使馆最近接触情况",
    ]
    assert page.report_combo.itemText(0) == "按国家统计会见"
    assert page.period_combo.itemText(1) == "按季度"
    assert page.range_check.text() == "会见日期从"
    assert page.first_day.displayFormat() == "yyyy年M月d日"
    headers = _headers(page.table_model)
    assert headers[:3] == ["国家（英文）", "国家", "代码"] and headers[-1] == "合计"
    assert page.description.text().startswith("统计已举行")
    assert page.report.title == "按国家统计会见（按年度）"
    chart = page.chart_view.chart
    assert chart.title == page.report.title and chart.series[0].name == "会见"
    chinese_names = [row[1] for row in page.report.table.rows]
    assert list(chart.categories) == chinese_names and "哈萨克斯坦" in chart.categories
    liaison = _headers(page.liaison_model)
    assert liaison[:2] == ["使馆（英文）", "使馆"] and "最近接触日期" in liaison
    assert CHINESE_DAY.fullmatch(page.liaison_model.index(0, 3).data())


def test_quarters_and_the_total_row_are_written_in_chinese(qtbot, reports):
    page = reports
    with qtbot.waitSignal(page.report_shown, timeout=10_000):
        page.report_combo.setCurrentIndex(page.report_combo.findData("follow-up-completion"))
    with qtbot.waitSignal(page.report_shown, timeout=10_000):
        page.period_combo.setCurrentIndex(page.period_combo.findData("quarter"))
    assert page.report.title == "后续事项完成情况（按季度）"
    assert _headers(page.table_model)[:3] == ["季度", "后续事项", "已完成"]
    periods = [page.table_model.index(r, 0).data() for r in range(page.table_model.rowCount())]
    assert periods[-1] == "合计"
    assert all(re.fullmatch(r"\d{4}年第[1-4]季度", period) for period in periods[:-1])
    assert list(page.chart_view.chart.categories) == periods[:-1]
    assert [s.name for s in page.chart_view.chart.series] == ["已完成", "不再跟进", "待办"]


def test_the_report_exports_in_chinese(qtbot, reports, tmp_path: Path, monkeypatch):
    page = reports
    for name in ("report.csv", "report.pdf"):
        target = tmp_path / name
        monkeypatch.setattr(reports_module, "ask_save_path", lambda *_a, target=target: target)
        with qtbot.waitSignal(page.message, timeout=20_000) as saved:
            page.export_button.click()
        assert saved.args[0] == f"已保存 {target}。"
    with (tmp_path / "report.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert next(csv.reader(handle))[:3] == ["国家（英文）", "国家", "代码"]
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "report.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "按国家统计会见（按年度）" in text
    assert re.search(r"第1页，共\d+页", text)  # the footer in the interface's language


def test_the_save_dialog_filters_read_in_chinese(chinese):
    assert file_filter("csv") == "CSV 文件，可用 Excel 打开 (*.csv)"
    assert file_filter("pdf").endswith("(*.pdf)")


# -- printing --------------------------------------------------------------------------------


def test_a_pdf_into_a_missing_folder_is_refused_in_chinese(chinese, tmp_path: Path):
    printable = HtmlPrintable(
        "<p>简报</p>", title="简报", language="zh", prepared=Prepared(by="han.xue", on=NOW.date())
    )
    missing = tmp_path / "nowhere"
    with pytest.raises(InputError, match=f"文件夹 {re.escape(str(missing))} 不存在。"):
        write_pdf(printable, missing / "brief.pdf")
    with pytest.raises(InputError, match="是一个文件夹，请指定要写入的 PDF 文件名"):
        write_pdf(printable, tmp_path)
