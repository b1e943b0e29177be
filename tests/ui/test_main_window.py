"""The main window as a person uses it: the list fills, filters, sorts, shows details.

The English catalogue of plural forms is installed for every test, as the application installs
it at start: counts read "1 meeting", "3 meetings" (``%n meeting(s)``)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QStyle

from scoda_desktop import __version__
from scoda_desktop.ui import error_dialog
from scoda_desktop.ui.main_window import (
    GEOMETRY_KEY,
    NO_MEETINGS,
    PAGE_KEY,
    SPLITTER_KEY,
    MainWindow,
)
from scoda_desktop.ui.meeting_table_model import COUNTERPARTS, DATE, OPEN_FOLLOW_UPS, THEME
from scoda_desktop.ui.pages import PAGES, Page, PageContext, PageStack
from tests.ui.conftest import (
    CLOUD_THEME,
    FAIR_THEME,
    FAIR_THEME_ZH,
    RAIL_THEME,
    _person,
    add_meeting,
)


def shown(window: MainWindow, column: int = THEME) -> list[str]:
    proxy = window.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_status_says_opening_until_the_meetings_arrive(qtbot, make_window, sqlite_target):
    window = make_window(sqlite_target)
    with qtbot.waitSignal(window.meetings_loaded, timeout=10_000) as blocker:
        window.start_loading()
        assert window.status_text() == f"Opening {sqlite_target.display_name}…"
        assert not window.refresh_action.isEnabled()
    assert blocker.args == [0]
    assert window.status_text() == f"0 meetings — {sqlite_target.display_name}"
    assert window.detail.toPlainText() == NO_MEETINGS
    assert window.refresh_action.isEnabled()


def test_lists_meetings_newest_first_with_guests_only(loaded_window, sqlite_target):
    window = loaded_window
    assert shown(window) == [FAIR_THEME, CLOUD_THEME, RAIL_THEME]
    assert shown(window, DATE) == ["2023-06-15 14:00", "2021-04-02 15:00", "2019-11-20 10:00"]
    # The host (Liu Jianjun) is not a counterpart; guests keep the order they were recorded in.
    assert shown(window, COUNTERPARTS)[1] == "Djauhari Oratmangun, Muhammed Igormonzod"
    assert shown(window, OPEN_FOLLOW_UPS) == ["", "2", ""]
    assert window.status_text() == f"3 meetings — {sqlite_target.display_name}"


def test_date_tooltip_gives_the_meetings_own_zone_when_it_differs(loaded_window):
    tips = [
        loaded_window.proxy.index(row, DATE).data(Qt.ItemDataRole.ToolTipRole) for row in range(3)
    ]
    assert tips[0] == (
        "2023-06-15 14:00–15:00 Asia/Shanghai\n"
        "2023-06-15 09:00–10:00 Europe/Moscow (the meeting's own time zone)"
    )
    assert tips[1] == "2021-04-02 15:00–16:00 Asia/Shanghai"


def test_filter_as_you_type_over_theme_counterparts_and_countries(qtbot, loaded_window):
    window = loaded_window
    qtbot.keyClicks(window.filter_edit, "PETROV")  # a counterpart's name, any case
    assert shown(window) == [FAIR_THEME]
    assert window.status_text().startswith("1 of 3 meetings — ")

    window.filter_edit.clear()
    qtbot.keyClicks(window.filter_edit, "tajik")  # a guest's country
    assert shown(window) == [CLOUD_THEME]

    window.filter_edit.clear()
    qtbot.keyClicks(window.filter_edit, "freight")  # the theme
    assert shown(window) == [RAIL_THEME]

    window.filter_edit.setText("博览会")  # the Chinese theme (keyClicks cannot type CJK)
    assert shown(window) == [FAIR_THEME]

    window.filter_edit.setText("nothing like this")
    assert shown(window) == []
    assert window.status_text().startswith("0 of 3 meetings — ")

    window.filter_edit.clear()
    assert len(shown(window)) == 3
    assert window.status_text().startswith("3 meetings — ")


def test_ctrl_f_focuses_the_filter(qtbot, loaded_window):
    window = loaded_window
    window.table.setFocus()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.filter_edit.hasFocus())


def test_clicking_the_date_header_sorts_by_date(qtbot, loaded_window):
    window = loaded_window
    header = window.table.horizontalHeader()
    section_center = header.sectionViewportPosition(DATE) + header.sectionSize(DATE) // 2
    click_at = header.rect().center()
    click_at.setX(section_center)

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click_at)
    assert shown(window) == [RAIL_THEME, CLOUD_THEME, FAIR_THEME]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click_at)
    assert shown(window) == [FAIR_THEME, CLOUD_THEME, RAIL_THEME]


def test_sorting_by_open_follow_ups_is_numeric(loaded_window):
    window = loaded_window
    window.table.sortByColumn(OPEN_FOLLOW_UPS, Qt.SortOrder.DescendingOrder)
    assert shown(window)[0] == CLOUD_THEME


def test_selecting_a_meeting_fills_the_detail_pane(qtbot, loaded_window):
    window = loaded_window
    assert "Select a meeting" in window.detail.toPlainText()

    row_rect = window.table.visualRect(window.proxy.index(1, THEME))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=row_rect.center())

    text = window.detail.toPlainText()
    assert CLOUD_THEME in text
    assert "Beijing time\n2021-04-02 15:00–16:00\n" in text
    assert "Djauhari Oratmangun" in text and "Muhammed Igormonzod" in text
    assert "Indonesia" in text and "Tajikistan" in text
    assert "Held" in text and "Video" in text
    assert "SCODA Administrative Committee, Jiaozhou" in text
    assert "2 open follow-ups" in text
    assert "Liu Jianjun" not in text


def test_detail_pane_escapes_recorded_text_and_shows_both_zones(loaded_window):
    window = loaded_window
    window.table.selectRow(2)
    assert RAIL_THEME in window.detail.toPlainText()  # shown as typed, not read as markup
    assert "In person" in window.detail.toPlainText()

    window.table.selectRow(0)
    text = window.detail.toPlainText()
    assert FAIR_THEME_ZH in text
    assert "Europe/Moscow\n2023-06-15 09:00–10:00\n" in text
    assert "Confirmed" in text and "Hybrid" in text


def test_the_detail_pane_never_shows_a_meeting_the_filter_hides(loaded_window):
    window = loaded_window
    window.table.selectRow(0)
    assert FAIR_THEME in window.detail.toPlainText()

    window.filter_edit.setText("freight")
    # Qt moves the selection to a row still shown; the pane follows it.
    assert FAIR_THEME not in window.detail.toPlainText()
    selected = window.selected_meeting()
    assert selected is None or selected.theme == RAIL_THEME

    window.filter_edit.setText("nothing like this")
    assert "Select a meeting" in window.detail.toPlainText()


def test_refresh_reads_new_meetings_and_keeps_the_selection(qtbot, loaded_window, sqlite_database):
    window = loaded_window
    window.table.selectRow(1)
    add_meeting(
        sqlite_database,
        theme="Digital Silk Road",
        starts_at=datetime(2024, 3, 5, 1, 0, tzinfo=UTC),
        guests=[_person("Kumar", "Anil", "IN")],
    )
    with qtbot.waitSignal(window.meetings_loaded, timeout=10_000):
        window.refresh_action.trigger()
    assert shown(window)[0] == "Digital Silk Road"
    assert window.selected_meeting().theme == CLOUD_THEME
    assert CLOUD_THEME in window.detail.toPlainText()
    assert window.status_text().startswith("4 meetings — ")


def test_a_database_from_a_newer_version_is_explained_not_traced(
    qtbot, make_window, sqlite_database, sqlite_target, monkeypatch
):
    with sqlite_database.engine.begin() as connection:
        connection.execute(sa.text("UPDATE alembic_version SET version_num = 'f00d_future'"))
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, title, text, *a: messages.append((title, text))
    )
    monkeypatch.setattr(error_dialog, "show_error_dialog", lambda *a: pytest.fail("traceback"))

    window = make_window(sqlite_target)
    window.start_loading()
    qtbot.waitUntil(lambda: bool(messages))

    ((title, text),) = messages
    assert title == "Cannot open the database"
    assert "newer version of SCODA Desktop" in text
    assert "Traceback" not in text
    assert window.status_text() == f"Could not open {sqlite_target.display_name}"
    assert window.refresh_action.isEnabled()  # the window stays usable and closable
    assert window.model.rowCount() == 0


def test_an_unexpected_failure_while_opening_shows_the_traceback_and_log(
    qtbot, make_window, sqlite_target, log_file, monkeypatch
):
    shown_errors: list[tuple] = []
    monkeypatch.setattr(error_dialog, "show_error_dialog", lambda *a: shown_errors.append(a))

    def broken_prepare(_database):
        raise ValueError("the demo data is broken")

    window = make_window(sqlite_target, prepare=broken_prepare)
    window.start_loading()
    qtbot.waitUntil(lambda: bool(shown_errors))

    ((headline, message, details, log_path, parent),) = shown_errors
    assert headline == error_dialog.UNEXPECTED
    assert message == "ValueError: the demo data is broken"
    assert "Traceback" in details and "broken_prepare" in details
    assert log_path == log_file and parent is window
    assert "the demo data is broken" in log_file.read_text(encoding="utf-8")


def test_demo_window_says_so(qtbot, make_window, sqlite_target):
    window = make_window(sqlite_target, demo=True)
    assert "Demo database" in window.windowTitle()
    assert window.statusBar().findChild(type(window.status_label), "demoHint").text() == (
        "Demo database"
    )


def test_about_names_the_version_and_the_log_file(qtbot, loaded_window, log_file, monkeypatch):
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: texts.append(box.text()) or 0)
    loaded_window.about_action.trigger()
    (text,) = texts
    assert __version__ in text
    assert str(log_file) in text


def test_window_state_is_remembered(qtbot, loaded_window, settings: QSettings):
    loaded_window.close()
    assert settings.value(GEOMETRY_KEY) is not None
    assert settings.value(SPLITTER_KEY) is not None


# -- pages built when first shown ----------------------------------------------------------


def built(window: MainWindow) -> list[str]:
    return [page.key for page in PAGES if window.page_stack.is_built(page.key)]


def titles(window: MainWindow) -> list[str]:
    return [window.navigation.item(n).text() for n in range(window.navigation.count())]


def test_only_the_meetings_are_built_before_the_window_shows(make_window, sqlite_target):
    window = make_window(sqlite_target)
    assert titles(window) == [
        "Meetings",
        "People",
        "Organisations",
        "Countries",
        "Calendar",
        "Press releases",
        "Templates",
        "Follow-ups",
        "Reports",
    ]
    assert built(window) == ["meetings_page"]
    assert window.pages.currentWidget() is window.meetings_page
    with pytest.raises(AttributeError):
        window.no_such_page  # noqa: B018  (only the registry's keys name pages)


def test_a_page_is_built_when_first_shown_with_the_meetings_read(
    qtbot, loaded_window, meetings, sqlite_database
):
    window = loaded_window
    assert "calendar" not in built(window)
    window.page_actions[titles(window).index("Calendar")].trigger()  # Ctrl+2
    assert "calendar" in built(window)
    calendar = window.calendar
    assert window.pages.currentWidget() is calendar
    calendar.go_to(date(2021, 4, 2))
    assert calendar.meeting_rect(meetings[CLOUD_THEME]) is not None  # caught up at once
    # From then on it follows every read of the list.
    added = add_meeting(
        sqlite_database,
        theme="Logistics Follow-up",
        starts_at=datetime(2021, 4, 9, 7, 0, tzinfo=UTC),
        guests=[_person("Karimov", "Aziz", "UZ")],
    )
    with qtbot.waitSignal(window.meetings_loaded, timeout=10_000):
        window.start_loading()
    assert calendar.meeting_rect(added) is not None


def test_the_follow_ups_are_built_after_the_first_read_for_their_notice(qtbot, loaded_window):
    qtbot.waitUntil(lambda: "followups_page" in built(loaded_window), timeout=10_000)
    assert "press_page" not in built(loaded_window)


def test_the_page_shown_is_remembered_and_alone_built_next_time(
    qtbot, loaded_window, settings: QSettings, make_window, sqlite_target
):
    loaded_window.page_stack.show("reports_page")
    loaded_window.close()
    assert settings.value(PAGE_KEY) == "reports_page"
    again = make_window(sqlite_target)
    assert built(again) == ["meetings_page", "reports_page"]
    assert again.pages.currentWidget() is again.reports_page
    assert titles(again)[again.navigation.currentRow()] == "Reports"


def test_a_page_remembered_that_no_longer_exists_shows_the_meetings(
    settings: QSettings, make_window, sqlite_target
):
    settings.setValue(PAGE_KEY, "gone_page")
    window = make_window(sqlite_target)
    assert window.pages.currentWidget() is window.meetings_page


def test_a_page_is_one_registry_entry(qtbot):
    """A stack of pages of its own: each built on first use, caught up with the meetings last
    read, then told of every read."""
    built_with: list[PageContext] = []
    told: list[tuple[str, list]] = []

    def make(title: str):
        def build(context: PageContext) -> QLabel:
            built_with.append(context)
            return QLabel(title)

        return build

    pages = tuple(
        Page(
            key,
            key.title(),
            QStyle.StandardPixmap.SP_FileIcon,
            make(key),
            meetings_loaded=lambda page, rows: told.append((page.text(), rows)),
        )
        for key in ("first", "second")
    )
    context = PageContext(
        runner=None,  # type: ignore[arg-type]  (the pages here read nothing)
        source=None,  # type: ignore[arg-type]
        report_failure=lambda *_args: None,
        show_message=lambda _text: None,
        open_meeting=lambda _id: None,
        new_meeting=lambda _at: None,
        selected_meeting_id=lambda: None,
        show_page=lambda _key: None,  # type: ignore[arg-type,return-value]
        reload=lambda: None,
        window=None,  # type: ignore[arg-type]
    )
    stack = PageStack(context, pages)
    qtbot.addWidget(stack.stack)
    qtbot.addWidget(stack.navigation)
    assert [stack.navigation.item(n).text() for n in range(2)] == ["First", "Second"]
    assert built_with == [] and stack.stack.count() == 2
    with qtbot.waitSignal(stack.page_built) as signal:
        stack.show("second")
    assert signal.args[0] == "second"
    assert stack.stack.currentWidget() is stack.page("second") is signal.args[1]
    assert built_with == [context] and told == []  # nothing read yet
    rows = [object()]
    stack.meetings_loaded(rows)  # type: ignore[arg-type]
    assert told == [("second", rows)]
    stack.page("first")  # built on first use, not shown
    assert told[-1] == ("first", rows)
    assert stack.stack.currentWidget() is stack.page("second")
    assert stack.stack.indexOf(stack.page("first")) == 0
