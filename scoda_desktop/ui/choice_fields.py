"""Fields the meeting list's filter bar shares with the editors: a combo box over an enumeration,
and a date edit that may hold no date, written as the interface's language writes dates.

Kept apart from ``meeting_editor.fields`` (which re-exports them) because the filter bar is built
before the window first paints: importing the editor's fields would load the editor package and
``services.meeting_drafts`` first.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import Enum
from typing import Generic, TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QWidget

from scoda_desktop.ui.translations import CHINESE, interface_language

__all__ = [
    "CHINESE_DATE_FORMAT",
    "CHINESE_DATE_TIME_FORMAT",
    "DATE_FORMAT",
    "DATE_TIME_FORMAT",
    "NO_DATE",
    "EnumComboBox",
    "date_edit_format",
    "optional_date_edit",
    "optional_date_of",
    "set_optional_date",
]

E = TypeVar("E", bound=Enum)

# Display formats of the date edits (QDateTimeEdit patterns), per interface language.
DATE_TIME_FORMAT = "yyyy-MM-dd HH:mm"
DATE_FORMAT = "yyyy-MM-dd"
CHINESE_DATE_TIME_FORMAT = "yyyy年M月d日 HH:mm"
CHINESE_DATE_FORMAT = "yyyy年M月d日"
NO_DATE = QDate(2000, 1, 1)  # the minimum of an optional date edit: shows its "none" text


def date_edit_format(*, with_time: bool) -> str:
    """How a date edit writes its date: ``2021-04-02 15:00``; ``2021年4月2日 15:00`` in
    Chinese."""
    if interface_language() == CHINESE:
        return CHINESE_DATE_TIME_FORMAT if with_time else CHINESE_DATE_FORMAT
    return DATE_TIME_FORMAT if with_time else DATE_FORMAT


class EnumComboBox(QComboBox, Generic[E]):
    """A choice among an enumeration's members, shown by label; optionally "none".

    Items hold the member's value (Qt turns a ``StrEnum`` into a plain string anyway); ``value``
    gives the member back."""

    _NONE = ""

    def __init__(
        self,
        labels: Mapping[E, str],
        *,
        none_label: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._members = {member.value: member for member in labels}
        if none_label is not None:
            self.addItem(none_label, self._NONE)
        for member, label in labels.items():
            self.addItem(label, member.value)

    def value(self) -> E | None:
        return self._members.get(self.currentData())

    def set_value(self, value: E | None) -> None:
        index = self.findData(self._NONE if value is None else value.value)
        self.setCurrentIndex(max(index, 0))


def optional_date_edit(none_text: str, parent: QWidget | None = None) -> QDateEdit:
    """A date edit whose lowest date reads as ``none_text`` (and means no date)."""
    edit = QDateEdit(parent)
    edit.setDisplayFormat(date_edit_format(with_time=False))
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(none_text)
    edit.setDate(NO_DATE)
    return edit


def optional_date_of(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == edit.minimumDate() else value.toPython()


def set_optional_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(edit.minimumDate() if value is None else QDate(value.year, value.month, value.day))
