"""What the People, Organisations and Countries pages share (``list_page.DirectoryPage``): the
filter focused by the window's Find action (no Ctrl+F of their own), Esc clearing it, the
cross-link signals, and modules light enough for the window's first paint. Also the choice box
every directory form uses."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut

from scoda_desktop.ui.directory.choices import SearchableComboBox, country_choice
from scoda_desktop.ui.directory.countries_page import CountriesPage
from scoda_desktop.ui.directory.organisations_page import OrganisationsPage
from scoda_desktop.ui.directory.people_page import PeoplePage

PAGES = (PeoplePage, OrganisationsPage, CountriesPage)


@pytest.fixture(params=PAGES, ids=lambda page: page.__name__)
def page(request, qtbot, runner, service_factory, report_failure):
    page = request.param(
        runner,
        service_factory,
        report_failure,
        open_meeting=lambda _id: None,
        open_history=lambda _kind, _key: None,
    )
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    return page


def _bound_keys(page) -> list[QKeySequence]:
    shortcuts = [s.key() for s in page.findChildren(QShortcut)]
    actions = [key for action in page.findChildren(QAction) for key in action.shortcuts()]
    return shortcuts + actions


def test_the_page_leaves_ctrl_f_to_the_window_and_focuses_its_filter(qtbot, page):
    find = QKeySequence(QKeySequence.StandardKey.Find)
    assert find not in _bound_keys(page)  # two Ctrl+F would be ambiguous: neither fires
    page.activateWindow()
    page.table.setFocus()
    page.filter_edit.setText("a")
    page.focus_filter()  # what the window's Find action calls
    qtbot.waitUntil(page.filter_edit.hasFocus)
    assert page.filter_edit.selectedText() == "a"


def test_esc_in_the_filter_clears_it(qtbot, page):
    page.filter_edit.setText("zzz-nothing")
    assert page.proxy.rowCount() == 0
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Escape)
    assert page.filter_edit.text() == ""
    assert page.proxy.rowCount() == page.model.rowCount() > 0


def test_every_page_has_the_cross_link_signals(page):
    for name in ("message", "open_person", "open_organisation", "open_country"):
        assert hasattr(page, name), name


@pytest.mark.parametrize("module", ["people_page", "organisations_page", "countries_page"])
def test_the_page_modules_import_no_data_layer(module):
    """The window builds pages before its first paint: the page modules must stay light."""
    code = (
        "import sys\n"
        f"import scoda_desktop.ui.directory.{module}\n"
        "print(','.join(m for m in ('sqlmodel', 'sqlalchemy', 'pydantic') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == ""


def test_a_choice_set_before_the_choices_arrive_is_kept(qtbot):
    box = SearchableComboBox(none_label="No country")
    qtbot.addWidget(box)
    box.set_value("TJ")  # a record loaded before the countries were read
    assert box.value() == "TJ"
    box.set_choices(
        [
            country_choice("ID", "Indonesia", "印度尼西亚"),
            country_choice("TJ", "Tajikistan", "塔吉克斯坦"),
        ]
    )
    assert box.value() == "TJ" and box.currentText() == "Tajikistan 塔吉克斯坦 (TJ)"
    box.setEditText("Atlantis")  # typed, names no country: kept as typed when choices change
    box.set_choices([country_choice("ID", "Indonesia", "印度尼西亚")])
    assert box.currentText() == "Atlantis" and box.is_unknown() and box.value() is None
    assert box.unread_text() == "Atlantis"
