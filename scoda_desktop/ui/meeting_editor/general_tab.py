"""The editor's first two tabs: the meeting's own fields, grouped as the office thinks of them.

General (theme, kind, status), time and place (times typed in the meeting's zone, with UTC and
Beijing time beside them as they change), video link and notes; then the agenda and talking
points, which run long and get a tab of their own.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scoda_desktop.domain.office import OFFICE_TIME_ZONE
from scoda_desktop.services.meeting_drafts import (
    MeetingDraft,
    Problem,
    instant_to_wall_clock,
    is_time_zone,
    wall_clock_to_instant,
)
from scoda_desktop.ui.display import (
    KIND_LABELS,
    STATUS_LABELS,
    office_zone_label,
    problem_text,
    span_text,
)
from scoda_desktop.ui.meeting_editor.fields import (
    EnumComboBox,
    ProblemLabel,
    ZoneComboBox,
    set_text,
    set_wall_clock,
    text_of,
    wall_clock_edit,
    wall_clock_of,
)

# Product names, saved as typed and printed in documents of either language: not translated.
PLATFORMS = ("Tencent Meeting", "Zoom", "Microsoft Teams", "Webex", "WeLink", "DingTalk")
EXAMPLE_THEME_EN = "Cloud Meeting for Common Development"  # an example in the English field
EXAMPLE_THEME_ZH = "例如：云端共谋发展会见"  # the same in the Chinese field, in any language

# The fields of the General tab with a message beside them; the rest need none.
GENERAL_PROBLEM_FIELDS = ("theme", "ends_at", "time_zone", "join_url")


def _form(group: QGroupBox) -> QFormLayout:
    form = QFormLayout(group)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def _field_with_problem(field: QWidget, problem: ProblemLabel) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(problem)
    return box


class GeneralTab(QWidget):
    """Theme, kind, status, times, zone, venue, interpretation and the video link."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem_labels = {name: ProblemLabel(name) for name in GENERAL_PROBLEM_FIELDS}

        self.theme_en = QLineEdit(objectName="themeEn")
        self.theme_en.setPlaceholderText(
            self.tr("such as: {example}").format(example=EXAMPLE_THEME_EN)
        )
        self.theme_zh = QLineEdit(objectName="themeZh")
        self.theme_zh.setPlaceholderText(EXAMPLE_THEME_ZH)
        self.kind = EnumComboBox(KIND_LABELS)
        self.kind.setObjectName("kind")
        self.status = EnumComboBox(STATUS_LABELS)
        self.status.setObjectName("status")

        self.starts = wall_clock_edit()
        self.starts.setObjectName("startsAt")
        self.ends = wall_clock_edit()
        self.ends.setObjectName("endsAt")
        self.zone = ZoneComboBox()
        self.zone.setObjectName("timeZone")
        self.zone.setToolTip(self.tr("The time zone the times are typed in, such as Asia/Shanghai"))
        self.other_times = QLabel(objectName="otherTimes")
        self.find_time = QPushButton(self.tr("Find a &time…"), objectName="findTime")
        self.find_time.setToolTip(
            self.tr("See the day on every attendee's clock and the times that suit everyone")
        )
        self.other_times.setWordWrap(True)
        self.venue_en = QLineEdit(objectName="venueEn")
        self.venue_zh = QLineEdit(objectName="venueZh")
        self.interpretation = QLineEdit(objectName="interpretation")
        self.interpretation.setPlaceholderText(self.tr("such as: consecutive, Chinese-English"))

        self.platform = QComboBox(objectName="platform")
        self.platform.setEditable(True)
        self.platform.addItems(["", *PLATFORMS])
        self.join_url = QLineEdit(objectName="joinUrl")
        self.join_url.setPlaceholderText("https://meeting.tencent.com/dm/…")
        self.meeting_code = QLineEdit(objectName="meetingCode")
        self.passcode = QLineEdit(objectName="passcode")
        self.dial_in = QLineEdit(objectName="dialIn")
        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Anything else about the meeting"))

        general = QGroupBox(self.tr("General"))
        form = _form(general)
        form.addRow(
            self.tr("Theme (English):"),
            _field_with_problem(self.theme_en, self.problem_labels["theme"]),
        )
        form.addRow(self.tr("Theme (Chinese):"), self.theme_zh)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Status:"), self.status)

        when = QGroupBox(self.tr("Time and place"))
        form = _form(when)
        starts_row = QHBoxLayout()
        starts_row.addWidget(self.starts, 1)
        starts_row.addWidget(self.find_time)
        form.addRow(self.tr("Starts:"), starts_row)
        form.addRow(
            self.tr("Ends:"), _field_with_problem(self.ends, self.problem_labels["ends_at"])
        )
        form.addRow(
            self.tr("Time zone:"), _field_with_problem(self.zone, self.problem_labels["time_zone"])
        )
        form.addRow("", self.other_times)
        form.addRow(self.tr("Venue (English):"), self.venue_en)
        form.addRow(self.tr("Venue (Chinese):"), self.venue_zh)
        form.addRow(self.tr("Interpretation:"), self.interpretation)

        link = QGroupBox(self.tr("Video link"))
        form = _form(link)
        form.addRow(self.tr("Platform:"), self.platform)
        form.addRow(
            self.tr("Join link:"),
            _field_with_problem(self.join_url, self.problem_labels["join_url"]),
        )
        form.addRow(self.tr("Meeting ID:"), self.meeting_code)
        form.addRow(self.tr("Passcode:"), self.passcode)
        form.addRow(self.tr("Dial-in:"), self.dial_in)

        notes = QGroupBox(self.tr("Notes"))
        QVBoxLayout(notes).addWidget(self.notes)

        layout = QGridLayout(self)
        layout.addWidget(general, 0, 0)
        layout.addWidget(link, 1, 0)
        layout.addWidget(when, 0, 1, 2, 1)
        layout.addWidget(notes, 2, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        layout.setRowStretch(2, 1)

        self._last_start: datetime | None = None
        for line in (
            self.theme_en,
            self.theme_zh,
            self.venue_en,
            self.venue_zh,
            self.interpretation,
            self.join_url,
            self.meeting_code,
            self.passcode,
            self.dial_in,
        ):
            line.textChanged.connect(self.changed)
        for combo in (self.kind, self.status):
            combo.currentIndexChanged.connect(self.changed)
        self.platform.currentTextChanged.connect(self.changed)
        self.notes.textChanged.connect(self.changed)
        self.zone.currentTextChanged.connect(self._on_times_changed)
        self.starts.dateTimeChanged.connect(self._on_start_changed)
        self.ends.dateTimeChanged.connect(self._on_times_changed)

    # -- loading and reading -------------------------------------------------------------

    def load(self, draft: MeetingDraft) -> None:
        widgets = [self, self.starts, self.ends, self.zone]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            for name in (
                "theme_en",
                "theme_zh",
                "venue_en",
                "venue_zh",
                "interpretation",
                "platform",
                "join_url",
                "meeting_code",
                "passcode",
                "dial_in",
            ):
                set_text(getattr(self, name), getattr(draft, name))
            self.notes.setPlainText(draft.notes or "")
            self.kind.set_value(draft.kind)
            self.status.set_value(draft.status)
            self.zone.set_zone(draft.time_zone)
            set_wall_clock(self.starts, instant_to_wall_clock(draft.starts_at, draft.time_zone))
            set_wall_clock(self.ends, instant_to_wall_clock(draft.ends_at, draft.time_zone))
            self._last_start = wall_clock_of(self.starts)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._show_other_times()

    def values(self) -> dict[str, Any]:
        """The meeting's fields as typed; times as instants (UTC if the zone is unknown)."""
        zone = self.zone.zone()
        return {
            "theme_en": self.theme_en.text().strip(),
            "theme_zh": text_of(self.theme_zh),
            "kind": self.kind.value(),
            "status": self.status.value(),
            "starts_at": wall_clock_to_instant(wall_clock_of(self.starts), zone),
            "ends_at": wall_clock_to_instant(wall_clock_of(self.ends), zone),
            "time_zone": zone,
            "venue_en": text_of(self.venue_en),
            "venue_zh": text_of(self.venue_zh),
            "interpretation": text_of(self.interpretation),
            "platform": text_of(self.platform),
            "join_url": text_of(self.join_url),
            "meeting_code": text_of(self.meeting_code),
            "passcode": text_of(self.passcode),
            "dial_in": text_of(self.dial_in),
            "notes": text_of(self.notes),
        }

    def show_problems(self, problems: Mapping[str, str]) -> None:
        for name, label in self.problem_labels.items():
            label.show_problem(problems.get(name))

    # -- times ---------------------------------------------------------------------------

    def _on_start_changed(self) -> None:
        """Moving the start moves the end with it: the meeting keeps its length."""
        start = wall_clock_of(self.starts)
        if self._last_start is not None:
            end = wall_clock_of(self.ends) + (start - self._last_start)
            self.ends.blockSignals(True)
            set_wall_clock(self.ends, end)
            self.ends.blockSignals(False)
        self._last_start = start
        self._on_times_changed()

    def set_times(self, starts_at: datetime, ends_at: datetime) -> None:
        """Show the instants ``starts_at``–``ends_at`` in the meeting's zone (as a time found
        with Find a time)."""
        zone = self.zone.zone()
        for edit in (self.starts, self.ends):
            edit.blockSignals(True)
        try:
            set_wall_clock(self.starts, instant_to_wall_clock(starts_at, zone))
            set_wall_clock(self.ends, instant_to_wall_clock(ends_at, zone))
            self._last_start = wall_clock_of(self.starts)
        finally:
            for edit in (self.starts, self.ends):
                edit.blockSignals(False)
        self._on_times_changed()

    def _on_times_changed(self) -> None:
        self._show_other_times()
        self.changed.emit()

    def _show_other_times(self) -> None:
        zone = self.zone.zone()
        if not is_time_zone(zone):
            self.other_times.setText("")
            return
        starts = wall_clock_to_instant(wall_clock_of(self.starts), zone)
        ends = wall_clock_to_instant(wall_clock_of(self.ends), zone)
        if ends <= starts:
            self.other_times.setText("")
            return
        utc = span_text(starts, ends, "UTC", name_zone=False)
        lines = [self.tr("{zone}: {span}").format(zone="UTC", span=utc)]
        if zone != OFFICE_TIME_ZONE:
            office = span_text(starts, ends, OFFICE_TIME_ZONE, name_zone=False)
            lines.append(self.tr("{zone}: {span}").format(zone=office_zone_label(), span=office))
        self.other_times.setText("\n".join(lines))


class AgendaTab(QWidget):
    """Objectives, agenda and talking points: what the brief is made of."""

    changed = Signal()

    FIELDS = ("objectives", "agenda", "talking_points")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editors: dict[str, QPlainTextEdit] = {}
        for name in self.FIELDS:
            editor = QPlainTextEdit(objectName=name)
            editor.setTabChangesFocus(True)
            editor.textChanged.connect(self.changed)
            self.editors[name] = editor
        self.editors["objectives"].setPlaceholderText(self.tr("What the meeting should achieve"))
        self.editors["agenda"].setPlaceholderText("1. …\n2. …")
        self.editors["talking_points"].setPlaceholderText(
            self.tr("Points to make, each to a named counterpart")
        )

        points = QGroupBox(self.tr("Agenda and talking points"))
        form = _form(points)
        form.addRow(self.tr("Objectives:"), self.editors["objectives"])
        form.addRow(self.tr("Agenda:"), self.editors["agenda"])
        form.addRow(self.tr("Talking points:"), self.editors["talking_points"])
        layout = QVBoxLayout(self)
        layout.addWidget(points)

    def load(self, draft: MeetingDraft) -> None:
        self.blockSignals(True)
        try:
            for name, editor in self.editors.items():
                editor.setPlainText(getattr(draft, name) or "")
        finally:
            self.blockSignals(False)

    def values(self) -> dict[str, Any]:
        return {name: text_of(editor) for name, editor in self.editors.items()}


def problems_by_field(problems: list[Problem]) -> dict[str, str]:
    """The first message for each field."""
    found: dict[str, str] = {}
    for problem in problems:
        found.setdefault(problem.field, problem_text(problem))
    return found
