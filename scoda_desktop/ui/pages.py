"""The main window's pages: the registry (one entry per page) and the stack that builds them.

Only the page shown is built before the window first paints; every other page, and the module it
lives in, waits until it is first shown (or first asked for, as ``window.calendar``). A page
built after the meetings were read is brought up to date at once, and from then on whenever
they are read again.

Adding a page is one ``Page`` entry in ``PAGES``: its key (the window's attribute for it), its
title in the navigation list, its icon, and a factory that imports the page's module inside and
builds it from a ``PageContext``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStackedWidget, QStyle, QWidget

if TYPE_CHECKING:
    from scoda_desktop.services.meetings import MeetingRow
    from scoda_desktop.ui.meeting_source import MeetingSource
    from scoda_desktop.ui.workers import TaskRunner

__all__ = ["PAGES", "Page", "PageContext", "PageStack"]

log = logging.getLogger(__name__)

SP = QStyle.StandardPixmap
TITLE_CONTEXT = "MainWindow"  # the translation context of the page titles


@dataclass(frozen=True)
class PageContext:
    """What a page factory may use from the window."""

    runner: TaskRunner
    source: MeetingSource
    report_failure: Callable[[str, BaseException, str], None]
    show_message: Callable[[str], None]
    open_meeting: Callable[[int], None]  # in the meeting editor
    new_meeting: Callable[[datetime | None], None]  # the editor on a new meeting at that time
    selected_meeting_id: Callable[[], int | None]  # the meeting selected in the list, if any
    show_page: Callable[[str], QWidget]  # bring page <key> forward (building it) and return it
    reload: Callable[[], None]  # read the meetings again; every built page then reads its own
    window: QWidget  # the parent of windows a page opens (a counterpart's history)


def refresh_page(page: Any, _rows: list[MeetingRow]) -> None:
    """What most pages do when the meetings have been read: read their own lists again."""
    page.refresh()


@dataclass(frozen=True)
class Page:
    """One page of the window. ``build`` imports the page's module and makes the widget (wired
    to the context); ``meetings_loaded`` brings a built page up to date with the meetings just
    read (None: the window does it). A page with ``confirm_leave() -> bool`` is asked before
    the window closes."""

    key: str  # the window's attribute for the page: window.<key>
    title: str  # marked with QT_TRANSLATE_NOOP(TITLE_CONTEXT, ...)
    icon: QStyle.StandardPixmap
    build: Callable[[PageContext], QWidget]
    meetings_loaded: Callable[[Any, list[MeetingRow]], None] | None = refresh_page
    # Built right after the meetings are first read, even if not shown: the page tells the
    # window something at start-up (the follow-ups' "overdue / due this week" notice).
    build_after_start: bool = False

    @property
    def translated_title(self) -> str:
        return QCoreApplication.translate(TITLE_CONTEXT, self.title)


# -- the factories: each imports its page's module only when the page is built ------------------


def _meetings(_context: PageContext) -> QWidget:
    from scoda_desktop.ui.meetings_page import MeetingsPage

    return MeetingsPage()  # the window wires it: the list is the window's own


def _people(context: PageContext) -> QWidget:
    from scoda_desktop.ui.directory import people_page

    return people_page(context)


def _organisations(context: PageContext) -> QWidget:
    from scoda_desktop.ui.directory import organisations_page

    return organisations_page(context)


def _countries(context: PageContext) -> QWidget:
    from scoda_desktop.ui.directory import countries_page

    return countries_page(context)


def _calendar(context: PageContext) -> QWidget:
    from scoda_desktop.ui.calendar_view import CalendarView

    calendar = CalendarView()
    calendar.meeting_activated.connect(context.open_meeting)
    calendar.create_requested.connect(context.new_meeting)
    return calendar


def _press_page(context: PageContext, kind: str) -> QWidget:
    """The press releases page or their templates page: both work on the press store."""
    from scoda_desktop.ui import press

    source = context.source
    page_class = press.PressPage if kind == "releases" else press.TemplatesPage
    page = page_class(
        context.runner,
        lambda: press.press_store(source),
        context.selected_meeting_id,
        context.report_failure,
    )
    page.message.connect(context.show_message)
    return page


def _press_releases(context: PageContext) -> QWidget:
    return _press_page(context, "releases")


def _templates(context: PageContext) -> QWidget:
    return _press_page(context, "templates")


def _follow_ups(context: PageContext) -> QWidget:
    from scoda_desktop.ui import followups

    page = followups.FollowUpsPage(
        context.runner,
        context.source,
        context.report_failure,
        open_meeting=context.open_meeting,
        show_due_summary=followups.SHOW_DUE_SUMMARY,
    )
    page.message.connect(context.show_message)
    page.due_notice.connect(context.show_message)
    return page


def _reports(context: PageContext) -> QWidget:
    from scoda_desktop.ui.reports.page import ReportsPage

    page = ReportsPage(context.runner, context.source, context.report_failure)
    page.message.connect(context.show_message)
    return page


def _show_on_calendar(calendar: Any, rows: list[MeetingRow]) -> None:
    calendar.set_meetings(rows)


# The navigation list's order; Ctrl+1, Ctrl+2, ... follow it.
PAGES: tuple[Page, ...] = (
    Page(
        "meetings_page",
        QT_TRANSLATE_NOOP("MainWindow", "Meetings"),
        SP.SP_FileDialogListView,
        _meetings,
        meetings_loaded=None,
    ),
    Page("people_page", QT_TRANSLATE_NOOP("MainWindow", "People"), SP.SP_DirHomeIcon, _people),
    Page(
        "organisations_page",
        QT_TRANSLATE_NOOP("MainWindow", "Organisations"),
        SP.SP_DirIcon,
        _organisations,
    ),
    Page(
        "countries_page",
        QT_TRANSLATE_NOOP("MainWindow", "Countries"),
        SP.SP_DriveNetIcon,
        _countries,
    ),
    Page(
        "calendar",
        QT_TRANSLATE_NOOP("MainWindow", "Calendar"),
        SP.SP_FileDialogDetailedView,
        _calendar,
        meetings_loaded=_show_on_calendar,
    ),
    Page(
        "press_page",
        QT_TRANSLATE_NOOP("MainWindow", "Press releases"),
        SP.SP_FileDialogContentsView,
        _press_releases,
    ),
    Page(
        "templates_page",
        QT_TRANSLATE_NOOP("MainWindow", "Templates"),
        SP.SP_FileDialogInfoView,
        _templates,
    ),
    Page(
        "followups_page",
        QT_TRANSLATE_NOOP("MainWindow", "Follow-ups"),
        SP.SP_DialogApplyButton,
        _follow_ups,
        build_after_start=True,
    ),
    Page(
        "reports_page",
        QT_TRANSLATE_NOOP("MainWindow", "Reports"),
        SP.SP_FileDialogDetailedView,
        _reports,
    ),
)


class PageStack(QObject):
    """The navigation list and the stacked pages beside it; builds each page on first use.

    Until a page is built, an empty placeholder holds its place in the stack."""

    page_built = Signal(str, object)  # the key and the page (a QWidget), once built

    def __init__(
        self,
        context: PageContext,
        pages: tuple[Page, ...] = PAGES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.entries = pages
        self._index = {page.key: n for n, page in enumerate(pages)}
        self._built: dict[str, QWidget] = {}
        self._rows: list[MeetingRow] | None = None  # the meetings last read, for pages built later
        self._started = False

        self.stack = QStackedWidget(objectName="pages")
        self.navigation = QListWidget(objectName="navigation")
        style = self.navigation.style()
        for page in pages:
            self.stack.addWidget(QWidget(objectName=f"{page.key}Placeholder"))
            QListWidgetItem(style.standardIcon(page.icon), page.translated_title, self.navigation)
        # As narrow as its longest entry: the list beside it needs the width.
        self.navigation.setFixedWidth(
            self.navigation.sizeHintForColumn(0) + 2 * self.navigation.frameWidth() + 8
        )
        self.navigation.currentRowChanged.connect(self._show_row)

    # -- which page ------------------------------------------------------------------------

    def has(self, key: str) -> bool:
        return key in self._index

    def key_at(self, row: int) -> str:
        return self.entries[row].key

    def row_of(self, key: str) -> int:
        return self._index[key]

    def current_key(self) -> str | None:
        row = self.navigation.currentRow()
        return self.entries[row].key if 0 <= row < len(self.entries) else None

    def show(self, key: str) -> None:
        """Show page ``key`` (building it first if need be) and select it in the list."""
        self.navigation.setCurrentRow(self._index[key])

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self.page(self.entries[row].key)
            self.stack.setCurrentIndex(row)

    # -- building --------------------------------------------------------------------------

    def is_built(self, key: str) -> bool:
        return key in self._built

    def built_pages(self) -> list[QWidget]:
        return list(self._built.values())

    def page(self, key: str) -> QWidget:
        """Page ``key``, built now if it was not yet."""
        page = self._built.get(key)
        if page is None:
            page = self._build(key)
        return page

    def _build(self, key: str) -> QWidget:
        row = self._index[key]
        entry = self.entries[row]
        log.debug("building the %s page", key)
        page = entry.build(self._context)
        self._built[key] = page
        placeholder = self.stack.widget(row)
        current = self.stack.currentIndex()
        self.stack.insertWidget(row, page)  # before its placeholder, which then goes
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.setCurrentIndex(current)
        if self._rows is not None and entry.meetings_loaded is not None:
            entry.meetings_loaded(page, self._rows)  # catch up with the meetings read before
        self.page_built.emit(key, page)
        return page

    # -- the meetings read -----------------------------------------------------------------

    def meetings_loaded(self, rows: list[MeetingRow]) -> None:
        """Bring every built page up to date with ``rows``; after the first read, build the
        pages that must be there from the start (on the next pass of the event loop, so the
        list shows first)."""
        self._rows = rows
        for key, page in list(self._built.items()):
            update = self.entries[self._index[key]].meetings_loaded
            if update is not None:
                update(page, rows)
        if not self._started:
            self._started = True
            QTimer.singleShot(0, self, self._build_after_start)

    def _build_after_start(self) -> None:
        for entry in self.entries:
            if entry.build_after_start:
                self.page(entry.key)

    def confirm_leave(self) -> bool:
        """Ask each built page with unsaved work whether it may go (see ``Page``)."""
        for page in self._built.values():
            confirm = getattr(page, "confirm_leave", None)
            if confirm is not None and not confirm():
                return False
        return True
