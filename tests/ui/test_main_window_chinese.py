"""The main window in Chinese: menus, the navigation's page titles, the toolbar, the meeting
list's headers and cells, the filter bar, the detail pane, the status bar, the commands'
messages and the calendar all read in the interface's language."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QToolBar, QToolButton

from scoda_desktop.ui.calendar_common import (
    CalendarEntry,
    day_and_month_text,
    entry_tooltip,
    week_title,
    weekday_abbreviation,
)
from scoda_desktop.ui.calendar_view import CalendarView
from scoda_desktop.ui.main_window import MainWindow
from scoda_desktop.ui.meeting_table_model import COUNTRIES, DATE, KIND, STATUS, THEME
from tests.ui.conftest import CLOUD_THEME, FAIR_THEME, RAIL_THEME

PAGE_TITLES = ["会见会谈", "人员", "机构", "国家", "日历", "新闻稿", "模板", "后续事项", "统计报表"]


@pytest.fixture
def chinese_window(qtbot, interface, make_window, sqlite_target, meetings) -> MainWindow:
    """The window built after the interface was put in Chinese, its meetings read."""
    assert interface("zh") == "zh"
    window = make_window(sqlite_target)
    with qtbot.waitSignal(window.meetings_loaded, timeout=10_000):
        window.start_loading()
    return window


def shown(window: MainWindow, column: int = THEME) -> list[str]:
    proxy = window.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def select(window: MainWindow, theme: str) -> None:
    window.table.setFocus()
    window.table.selectRow(shown(window).index(theme))


def test_menus_pages_toolbar_and_list_read_in_chinese(qtbot, chinese_window, sqlite_target):
    window = chinese_window
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["文件(&F)", "编辑(&E)", "会见(&M)", "视图(&V)", "帮助(&H)"]
    file_menu = window.menuBar().actions()[0].menu()
    assert [a.text() for a in file_menu.actions() if not a.isSeparator()] == [
        "新建会见(&N)…",
        "打印文件(&P)…",
        "导出数据库(&E)…",
        "备份数据库(&B)…",
        "从备份恢复(&R)…",
        "退出(&Q)",
    ]
    assert window.new_action.toolTip() == "安排一场新的会见（Ctrl+N）"

    navigation = [window.navigation.item(n).text() for n in range(window.navigation.count())]
    assert navigation == PAGE_TITLES
    # The View menu: each page with the key of its English title, as Chinese menus write it.
    assert [a.text() for a in window.page_actions][:5] == [
        "会见会谈(&M)",
        "人员(&P)",
        "机构(&O)",
        "国家(&C)",
        "日历(&C)",
    ]

    toolbar = window.findChild(QToolBar, "mainToolBar")
    buttons = [
        button.text()
        for button in toolbar.findChildren(QToolButton)
        if button.defaultAction() is not None and button.isVisible()
    ]
    assert buttons == ["新建会见", "编辑会见", "复制会见", "删除会见", "刷新"]  # no "(N)" left
    assert toolbar.windowTitle() == "主工具栏"

    headers = [
        window.model.headerData(column, Qt.Orientation.Horizontal)
        for column in range(window.model.columnCount())
    ]
    assert headers == ["时间", "主题", "会见对象", "国家", "形式", "状态", "后续事项"]
    assert window.model.headerData(
        DATE, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    ) == ("会见开始时间，北京时间（Asia/Shanghai）")
    assert shown(window, DATE) == [
        "2023年6月15日 14:00",
        "2021年4月2日 15:00",
        "2019年11月20日 10:00",
    ]
    assert shown(window, KIND) == ["线上线下结合", "视频", "现场"]
    assert shown(window, STATUS) == ["已确认", "已举行", "已取消"]

    bar = window.meetings_page.filter_bar
    assert bar.text.placeholderText().startswith("筛选：主题、姓名")
    assert [bar.status.itemText(0), bar.kind.itemText(0), bar.country.itemText(0)] == [
        "全部状态",
        "全部形式",
        "全部国家",
    ]
    assert bar.reset.text() == "显示全部"

    assert window.status_text() == f"共 3 场会见 — {sqlite_target.display_name}"
    window.filter_edit.setText("freight")
    assert window.status_text() == f"显示 1 场，共 3 场会见 — {sqlite_target.display_name}"
    assert shown(window) == [RAIL_THEME]


def test_guests_countries_read_in_chinese_and_filter_in_either_language(
    qtbot, chinese_window, meetings
):
    """The country table's CLDR names: the list, its tooltip, the country filter and the
    detail pane name the guests' countries in Chinese; typing either name finds them."""
    window = chinese_window
    by_theme = dict(zip(shown(window), shown(window, COUNTRIES), strict=True))
    assert by_theme == {
        FAIR_THEME: "俄罗斯",
        CLOUD_THEME: "印度尼西亚, 塔吉克斯坦",
        RAIL_THEME: "哈萨克斯坦",
    }
    row = shown(window).index(CLOUD_THEME)
    tooltip = window.proxy.index(row, COUNTRIES).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "印度尼西亚\n塔吉克斯坦"

    country = window.meetings_page.filter_bar.country
    offered = {country.itemText(i): country.itemData(i) for i in range(1, country.count())}
    assert offered == {
        "俄罗斯": "Russia",
        "印度尼西亚": "Indonesia",
        "哈萨克斯坦": "Kazakhstan",
        "塔吉克斯坦": "Tajikistan",
    }
    country.setCurrentIndex(country.findText("塔吉克斯坦"))
    assert shown(window) == [CLOUD_THEME]
    country.setCurrentIndex(0)

    window.filter_edit.setText("哈萨克斯坦")
    assert shown(window) == [RAIL_THEME]
    window.filter_edit.setText("kazakhstan")
    assert shown(window) == [RAIL_THEME]
    window.filter_edit.clear()

    select(window, FAIR_THEME)
    assert "国家\n俄罗斯\n" in window.detail.toPlainText()


def test_the_detail_pane_and_the_commands_speak_chinese(qtbot, chinese_window, monkeypatch):
    window = chinese_window
    assert window.detail.toPlainText() == "请选择一场会见，查看详细信息。"

    select(window, CLOUD_THEME)
    qtbot.waitUntil(lambda: "出席人员（按礼宾顺序）" in window.detail.toPlainText(), timeout=10_000)
    text = window.detail.toPlainText()
    assert "北京时间\n2021年4月2日 15:00–16:00\n" in text
    assert "形式\n视频\n状态\n已举行\n地点\n" in text
    assert "主方" in text and "客方" in text
    assert "未完成的后续事项\n2 项未完成" in text

    asked: list[str] = []

    def question(_parent, title, body, *_args):
        asked.append(f"{title}\n{body}")
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    window.delete_action.trigger()
    (question_text,) = asked
    assert question_text.startswith(f"删除会见？\n是否删除“{CLOUD_THEME}”（2021年4月2日 15:00）")
    assert "按 Ctrl+Z 撤销删除" in question_text

    with qtbot.waitSignal(window.meetings_loaded, timeout=10_000):
        window.cancel_action.trigger()
    assert window.status_message() == f"已取消“{CLOUD_THEME}”，记录予以保留。"


def test_the_calendar_names_days_and_months_in_chinese(qtbot, chinese_window):
    window = chinese_window
    window.page_actions[PAGE_TITLES.index("日历")].trigger()
    calendar = window.calendar
    assert isinstance(calendar, CalendarView)
    assert [calendar.today_button.text(), calendar.month_button.text()] == ["今天", "月"]
    assert calendar.week_button.text() == "周"

    calendar.go_to(date(2021, 4, 2))
    assert calendar.title_label.text() == "2021年4月"
    assert calendar.previous_button.toolTip() == "上个月（Page Up）"
    calendar.show_week()
    assert calendar.title_label.text() == "2021年3月29日–4月4日"
    assert calendar.next_button.toolTip() == "下一周（Page Down）"

    assert [weekday_abbreviation(column) for column in range(7)] == [
        "周一",
        "周二",
        "周三",
        "周四",
        "周五",
        "周六",
        "周日",
    ]
    assert day_and_month_text(date(2026, 11, 1)) == "11月1日"
    assert week_title(date(2026, 11, 23)) == "2026年11月23日–29日"
    assert week_title(date(2026, 12, 28)) == "2026年12月28日–2027年1月3日"

    row = next(row for row in window.model.rows() if row.theme == FAIR_THEME)
    start = datetime(2023, 6, 15, 14, 0)
    tip = entry_tooltip(CalendarEntry(row, start, start.replace(hour=15)))
    assert "北京时间 2023年6月15日 14:00–15:00" in tip
    assert "已确认 · 线上线下结合" in tip
    assert "会见对象：Ivan Petrov" in tip


def test_english_reads_as_before(qtbot, interface, make_window, sqlite_target, meetings):
    """The same window in English: the source strings, and the English plural forms."""
    assert interface("en") == "en"
    window = make_window(sqlite_target)
    with qtbot.waitSignal(window.meetings_loaded, timeout=10_000):
        window.start_loading()
    assert [a.text() for a in window.menuBar().actions()] == [
        "&File",
        "&Edit",
        "&Meeting",
        "&View",
        "&Help",
    ]
    assert [a.text() for a in window.page_actions][:2] == ["&Meetings", "&People"]
    assert window.model.headerData(DATE, Qt.Orientation.Horizontal) == "Date and time"
    assert window.status_text() == f"3 meetings — {sqlite_target.display_name}"
    assert week_title(date(2026, 11, 30)) == "30 November – 6 December 2026"
    assert day_and_month_text(date(2026, 11, 1)) == "1 Nov"
