"""The directory's pages in the window: built when first shown, Ctrl+F filters the page shown,
a link on one page brings the record forward on its own page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from scoda_desktop.ui.main_window import MainWindow


def _titles(window: MainWindow) -> list[str]:
    return [window.navigation.item(n).text() for n in range(window.navigation.count())]


def _show(qtbot, window: MainWindow, title: str):
    window.page_actions[_titles(window).index(title)].trigger()
    page = window.pages.currentWidget()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    return page


def test_people_come_after_meetings_and_ctrl_f_filters_the_page_shown(
    qtbot, loaded_window, directory
):
    window = loaded_window
    assert _titles(window)[:4] == ["Meetings", "People", "Organisations", "Countries"]
    assert not window.page_stack.is_built("people_page")
    window.show()
    qtbot.waitExposed(window)

    people = _show(qtbot, window, "People")
    assert people is window.people_page
    window.find_action.trigger()  # Ctrl+F
    assert QApplication.focusWidget() is people.filter_edit
    qtbot.keyClicks(people.filter_edit, "aygerim")  # an alternative spelling
    qtbot.waitUntil(lambda: people.proxy.rowCount() == 1)
    assert "Zhakupova" in people.proxy.index(0, 0).data(Qt.ItemDataRole.DisplayRole)

    window.page_actions[0].trigger()  # back to Meetings: Ctrl+F is the meeting filter again
    window.find_action.trigger()
    assert QApplication.focusWidget() is window.filter_edit


def test_a_link_to_a_country_shows_it_on_the_countries_page(qtbot, loaded_window, directory):
    window = loaded_window
    people = _show(qtbot, window, "People")
    people.open_country.emit("KZ")
    countries = window.countries_page
    assert window.pages.currentWidget() is countries
    qtbot.waitUntil(lambda: countries.selected_key() == "KZ", timeout=10_000)
    assert window.navigation.currentItem().text() == "Countries"
