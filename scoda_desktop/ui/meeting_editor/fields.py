"""Small widgets the editor's tabs share: a message under a field, combo boxes over the
enumerations and the time zones, date edits that write dates as the interface's language does,
and plain-text helpers.

The enumeration combo box and the optional date edit live in ``ui.choice_fields`` (the meeting
list's filter bar uses them before the window first paints) and are re-exported here."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QStringListModel, Qt, QTime, QTimeZone
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from scoda_desktop.services.meeting_drafts import sorted_time_zones
from scoda_desktop.ui.choice_fields import (
    CHINESE_DATE_FORMAT,
    CHINESE_DATE_TIME_FORMAT,
    DATE_FORMAT,
    DATE_TIME_FORMAT,
    NO_DATE,
    EnumComboBox,
    date_edit_format,
    optional_date_edit,
    optional_date_of,
    set_optional_date,
)

__all__ = [
    "CHINESE_DATE_FORMAT",
    "CHINESE_DATE_TIME_FORMAT",
    "DATE_FORMAT",
    "DATE_TIME_FORMAT",
    "NO_DATE",
    "EnumComboBox",
    "ProblemLabel",
    "ZoneComboBox",
    "date_edit_format",
    "optional_date_edit",
    "optional_date_of",
    "problem_colour",
    "problems_text",
    "set_optional_date",
    "set_text",
    "set_wall_clock",
    "text_of",
    "wall_clock_edit",
    "wall_clock_of",
]


def problem_colour(widget: QWidget) -> str:
    """A red that reads on the widget's background, light or dark."""
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return "#ff7b72" if dark else "#b3261e"


class ProblemLabel(QLabel):
    """What to fix about the field above it; hidden while there is nothing to fix."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"problem_{name}")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(f"color: {problem_colour(self)};")
        self.hide()

    def show_problem(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))


class ZoneComboBox(QComboBox):
    """An IANA time zone, typed or picked; typing "jakarta" offers Asia/Jakarta. A name that is
    not a zone is kept as typed, for validation to explain."""

    _names: QStringListModel | None = None

    def __init__(self, *, empty_text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setModel(self._zone_names())
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None
        if empty_text:
            line.setPlaceholderText(empty_text)
        self.setMinimumContentsLength(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    @classmethod
    def _zone_names(cls) -> QStringListModel:
        # One model for every zone box: ~600 names, built once per process.
        if cls._names is None:
            cls._names = QStringListModel(list(sorted_time_zones()))
        return cls._names

    def zone(self) -> str:
        return self.currentText().strip()

    def set_zone(self, name: str | None) -> None:
        index = self.findText(name or "")
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(name or "")


def text_of(widget: QLineEdit | QPlainTextEdit | QComboBox) -> str | None:
    """The widget's text, or None when blank."""
    if isinstance(widget, QPlainTextEdit):
        text = widget.toPlainText()
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
    else:
        text = widget.text()
    return text.strip() or None


def set_text(widget: QLineEdit | QPlainTextEdit | QComboBox, value: str | None) -> None:
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")
    elif isinstance(widget, QComboBox):
        widget.setEditText(value or "")
    else:
        widget.setText(value or "")


def wall_clock_edit(parent: QWidget | None = None) -> QDateTimeEdit:
    """A date-and-time edit over naive wall-clock times. It runs in UTC so that the computer's
    own zone (and its summer-time gaps) never moves what was typed."""
    edit = QDateTimeEdit(parent)
    edit.setTimeZone(QTimeZone.utc())
    edit.setDisplayFormat(date_edit_format(with_time=True))
    edit.setCalendarPopup(True)
    return edit


def wall_clock_of(edit: QDateTimeEdit) -> datetime:
    value = edit.dateTime()
    return datetime.combine(value.date().toPython(), value.time().toPython())


def set_wall_clock(edit: QDateTimeEdit, value: datetime) -> None:
    edit.setDateTime(
        QDateTime(
            QDate(value.year, value.month, value.day),
            QTime(value.hour, value.minute),
            QTimeZone.utc(),
        )
    )


def problems_text(messages: list[str]) -> str:
    return "\n".join(f"• {message}" for message in messages)
