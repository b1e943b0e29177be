"""Field widgets of the directory's forms: a field with the line for its problem under it, a
line of help, and dates that may stay empty (a post's start and end, the day a country's SCO
status was checked), typed as ISO dates (``2024-03-01``) or picked from a calendar; and
``YYYY-MM-DD HH:MM`` in Beijing time for when a head of mission took up functions.

Typed text that is not a date is kept as typed; ``parse_day`` and ``parse_office_time`` raise
``ValueError`` for it, and ``DateField.problem`` says what to write instead.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from scoda_desktop.domain.office import office_zone, to_office_time

__all__ = [
    "DateField",
    "help_label",
    "office_time_text",
    "parse_day",
    "parse_office_time",
    "with_problem",
]

DAY_FORMAT = "%Y-%m-%d"
TIME_FORMAT = "%Y-%m-%d %H:%M"


def with_problem(widget: QWidget, problem: QWidget, *below: QWidget) -> QWidget:
    """``widget``, the line for its problem (a ``ProblemLabel``), then ``below``, as one form
    field. A widget of fixed width stays at its width."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    fixed = widget.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Fixed
    column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft if fixed else Qt.AlignmentFlag(0))
    column.addWidget(problem)
    for extra in below:
        column.addWidget(extra)
    return box


def help_label(text: str = "") -> QLabel:
    """A line of help under a field, in the placeholder's colour."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def parse_day(text: str) -> date | None:
    """``2024-03-01`` as a date; blank as None; ``ValueError`` for anything else."""
    text = text.strip()
    if not text:
        return None
    return datetime.strptime(text, DAY_FORMAT).date()


def parse_office_time(text: str) -> datetime | None:
    """``2019-01-22 10:00`` (or a day alone, read as midnight) in Beijing time, as an aware
    instant; blank as None; ``ValueError`` for anything else."""
    text = " ".join(text.split())
    if not text:
        return None
    for pattern in (TIME_FORMAT, DAY_FORMAT):
        try:
            return datetime.strptime(text, pattern).replace(tzinfo=office_zone())
        except ValueError:
            continue
    raise ValueError(text)


def office_time_text(instant: datetime | None) -> str:
    return "" if instant is None else to_office_time(instant).strftime(TIME_FORMAT)


class DateField(QWidget):
    """A line edit for a day (or nothing) and a button that opens a calendar beside it.
    ``day()`` is the day typed (None when blank or not a date: ``problem()`` says which)."""

    changed = Signal()

    def __init__(self, name: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(objectName=name)
        self.line.setPlaceholderText(placeholder)
        self.line.setClearButtonEnabled(True)
        self.line.textChanged.connect(self.changed)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.menu = QMenu(self)
        holder = QWidgetAction(self.menu)
        holder.setDefaultWidget(self.calendar)
        self.menu.addAction(holder)
        self.menu.aboutToShow.connect(self._prepare_calendar)
        self.button = QToolButton(objectName=f"{name}Calendar")
        self.button.setText("…")
        self.button.setToolTip(self.tr("Pick the day from a calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(self.menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)

    def text(self) -> str:
        return self.line.text()

    def setText(self, text: str) -> None:  # as QLineEdit: callers and tests type into it
        self.line.setText(text)

    def set_day(self, value: date | None) -> None:
        self.line.setText("" if value is None else value.strftime(DAY_FORMAT))

    def day(self) -> date | None:
        try:
            return parse_day(self.text())
        except ValueError:
            return None

    def unread_text(self) -> str | None:
        """The text typed that is not a date (None when it is one, or blank)."""
        text = self.text().strip()
        return text if text and self.day() is None else None

    def problem(self) -> str | None:
        """What to write instead of text that is not a date (None when there is none)."""
        text = self.unread_text()
        if text is None:
            return None
        return self.tr(
            "“{text}” is not a date: write it as YYYY-MM-DD (2024-03-01), pick it from the "
            "calendar, or leave it empty."
        ).format(text=text)

    def _prepare_calendar(self) -> None:
        shown = self.day() or date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))

    def _picked(self, value: QDate) -> None:
        self.set_day(value.toPython())
        self.menu.close()
