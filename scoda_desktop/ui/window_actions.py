"""The main window's actions, menus and toolbar, and which actions are enabled when.

``WindowActions`` is the base of ``MainWindow``: it builds the actions on the window (as
``window.new_action``, ``window.delete_action``, ...) and connects them to the slots that
``MainWindow`` defines (declared below).

Texts are translated (``self.tr``, context ``WindowActions``). Chinese menus write the key of an
item after it, ``新建会见(&N)…``; on the toolbar that key is left out (``_show_text``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStyle, QToolButton, QWidget

from scoda_desktop.domain.enums import MeetingStatus

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from scoda_desktop.services.meetings import MeetingRow
    from scoda_desktop.ui.meeting_commands import MeetingCommands
    from scoda_desktop.ui.meeting_source import MeetingSource
    from scoda_desktop.ui.meetings_page import MeetingsPage
    from scoda_desktop.ui.output_actions import OutputActions
    from scoda_desktop.ui.pages import Page, PageStack

__all__ = ["WindowActions"]

# A key written after the text, as Chinese menus write it: "新建会见(&N)…".
TRAILING_KEY = re.compile(r"\s*\(&[^&)]\)")


def _icon(window: QWidget, theme_name: str, fallback: QStyle.StandardPixmap) -> QIcon:
    return QIcon.fromTheme(theme_name, window.style().standardIcon(fallback))


def _show_text(action: QAction, text: str) -> None:
    """Give ``action`` its menu text; a key written after the text ("撤销删除(&U)") is left
    out of what toolbar buttons show (Qt drops the "&" but would keep "(U)")."""
    action.setText(text)
    if TRAILING_KEY.search(text):
        action.setIconText(TRAILING_KEY.sub("", text).replace("&&", "&").rstrip("…"))


def page_action_text(page: Page) -> str:
    """The View menu's item for ``page``: "&Calendar"; where the title is translated, the
    English title's first letter is the key, written after it: "日历(&C)"."""
    title = page.translated_title
    if title == page.title:
        return f"&{title}"
    return f"{title}(&{page.title[0].upper()})"


class WindowActions(QMainWindow):
    """Actions, menus and toolbar of the main window; ``MainWindow`` provides the parts and
    slots declared here."""

    # the window's parts
    commands: MeetingCommands
    output: OutputActions
    page_stack: PageStack
    meetings_page: MeetingsPage
    _source: MeetingSource
    _loading: bool
    _closing: bool
    undo_button: QToolButton
    # the window's slots
    new_meeting: Callable[[datetime | None], None]
    selected_meeting: Callable[[], MeetingRow | None]
    start_loading: Callable[..., None]
    focus_filter: Callable[[], None]
    open_preferences: Callable[[], None]
    show_about: Callable[[], None]
    _edit_selected: Callable[[], None]
    _duplicate_selected: Callable[[], None]
    _invite_selected: Callable[[], None]
    _postpone_selected: Callable[[], None]
    _cancel_selected: Callable[[], None]
    _delete_selected: Callable[[], None]
    _show_history_of_selected: Callable[[], None]

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        *,
        tip: str | None = None,
        icon: QIcon | None = None,
    ) -> QAction:
        action = QAction(icon or QIcon(), "", self)
        _show_text(action, text)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        SP = QStyle.StandardPixmap
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.new_action = self._action(
            self.tr("&New Meeting…"),
            lambda: self.new_meeting(None),
            QKeySequence.StandardKey.New,
            tip=self.tr("Arrange a new meeting (Ctrl+N)"),
            icon=_icon(self, "document-new", SP.SP_FileIcon),
        )
        self.edit_action = self._action(
            self.tr("&Edit Meeting…"),
            self._edit_selected,
            tip=self.tr("Open the selected meeting in the editor (Enter or double-click)"),
            icon=_icon(self, "document-edit", SP.SP_FileDialogContentsView),
        )
        self.duplicate_action = self._action(
            self.tr("D&uplicate Meeting"),
            self._duplicate_selected,
            "Ctrl+D",
            tip=self.tr("Copy the selected meeting and its attendees as a new draft, for a series"),
            icon=_icon(self, "edit-copy", SP.SP_FileDialogNewFolder),
        )
        self.invitation_action = self._action(
            self.tr("&Invitation…"),
            self._invite_selected,
            tip=self.tr(
                "The selected meeting's invitation e-mail and .ics, to save or open in the "
                "mail program"
            ),
        )
        self.postpone_action = self._action(
            self.tr("&Postpone Meeting"),
            self._postpone_selected,
            tip=self.tr("Mark the selected meeting postponed; its record is kept"),
        )
        self.cancel_action = self._action(
            self.tr("&Cancel Meeting"),
            self._cancel_selected,
            tip=self.tr("Mark the selected meeting cancelled; its record is kept"),
        )
        self.delete_action = self._action(
            self.tr("&Delete Meeting…"),
            self._delete_selected,
            QKeySequence.StandardKey.Delete,
            tip=self.tr("Delete the selected meeting (asks first; Ctrl+Z undoes it)"),
            icon=_icon(self, "edit-delete", SP.SP_TrashIcon),
        )
        # Delete only from the list: in a text box the key deletes text.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.meetings_page.table.addAction(self.delete_action)
        self.undo_action = self._action(
            self.tr("&Undo"),
            self.commands.undo,
            QKeySequence.StandardKey.Undo,
            icon=_icon(self, "edit-undo", SP.SP_ArrowBack),
        )
        self.refresh_action = self._action(
            self.tr("&Refresh"),
            lambda: self.start_loading(),
            "F5",
            tip=self.tr("Read the meetings again from the database (F5)"),
            icon=_icon(self, "view-refresh", SP.SP_BrowserReload),
        )
        self.find_action = self._action(
            self.tr("&Filter the List"),
            self.focus_filter,
            QKeySequence.StandardKey.Find,
            tip=self.tr("Type to filter the list of the page shown (Ctrl+F)"),
        )
        # One per page, in the navigation list's order: Ctrl+1, Ctrl+2, ...
        self.page_actions = [
            self._action(
                page_action_text(page),
                lambda _checked=False, key=page.key: self.page_stack.show(key),
                f"Ctrl+{n + 1}" if n < 9 else None,
            )
            for n, page in enumerate(self.page_stack.entries)
        ]
        self.preferences_action = self._action(
            self.tr("&Preferences…"), self.open_preferences, QKeySequence.StandardKey.Preferences
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.history_action = self._action(
            self.tr("&History…"),
            self._show_history_of_selected,
            tip=self.tr("Who changed the selected meeting, when, and what they changed"),
        )
        self.about_action = self._action(self.tr("&About SCODA Desktop"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.output.print_action)
        file_menu.addAction(self.output.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.output.backup_action)
        file_menu.addAction(self.output.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        meeting_menu = menu_bar.addMenu(self.tr("&Meeting"))
        meeting_menu.addAction(self.edit_action)
        meeting_menu.addAction(self.duplicate_action)
        meeting_menu.addAction(self.invitation_action)
        meeting_menu.addAction(self.history_action)
        meeting_menu.addSeparator()
        meeting_menu.addAction(self.postpone_action)
        meeting_menu.addAction(self.cancel_action)
        meeting_menu.addSeparator()
        meeting_menu.addAction(self.delete_action)
        view_menu = menu_bar.addMenu(self.tr("&View"))
        for action in self.page_actions:
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        help_menu = menu_bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Main", "the toolbar's name"))
        toolbar.setObjectName("mainToolBar")  # saveState needs a name
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_action, self.edit_action, self.duplicate_action):
            toolbar.addAction(action)
        toolbar.addAction(self.delete_action)
        toolbar.addSeparator()
        toolbar.addAction(self.refresh_action)

    def _update_actions(self, *_args: object) -> None:
        meeting = self.selected_meeting()
        ready = self._source.is_open and not self._closing
        idle = ready and not self.commands.busy
        self.new_action.setEnabled(ready)
        self.refresh_action.setEnabled(not self._loading and not self._closing)
        for action in (self.edit_action, self.duplicate_action, self.delete_action):
            action.setEnabled(idle and meeting is not None)
        self.invitation_action.setEnabled(ready and meeting is not None)
        self.history_action.setEnabled(ready and meeting is not None)
        self.output.update(ready)
        status = meeting.status if meeting is not None else None
        self.postpone_action.setEnabled(
            idle
            and status is not None
            and status not in (MeetingStatus.POSTPONED, MeetingStatus.CANCELLED)
        )
        self.cancel_action.setEnabled(
            idle and status is not None and status != MeetingStatus.CANCELLED
        )
        self.undo_action.setEnabled(idle and self.commands.can_undo)
        _show_text(
            self.undo_action,
            self.tr("&Undo Delete") if self.commands.can_undo else self.tr("&Undo"),
        )
        self.undo_action.setToolTip(self.commands.undo_tip())
        self.undo_button.setVisible(self.commands.can_undo)
