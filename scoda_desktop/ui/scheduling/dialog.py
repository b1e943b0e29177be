"""Find a time: the day grid for the meeting being edited, with date navigation, the meeting's
length, the times that suit everyone listed best first, and "Use this time".

The plan for a day is read on the task runner (``load_plan`` reads the participants' zones and
the host side's other meetings, then computes); an answer to an older question (the person
moved on to another day meanwhile) is dropped. Choosing a time here changes nothing until
"Use this time", which reports the span through ``time_chosen``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from scoda_desktop.domain.office import office_today, to_office_time
from scoda_desktop.errors import ScodaError
from scoda_desktop.services.day_plan import DayPlan, attendees_of, read_day_plan
from scoda_desktop.services.meeting_drafts import MeetingDraft
from scoda_desktop.ui.display import date_text, error_text, office_zone_label
from scoda_desktop.ui.meeting_editor.clock_text import in_chinese
from scoda_desktop.ui.meeting_editor.fields import problem_colour
from scoda_desktop.ui.scheduling.grid import (
    DayGrid,
    GridLegend,
    kind_label,
    local_date_text,
    row_city,
)
from scoda_desktop.ui.scheduling.proposals import START_ROLE, ProposalListModel, other_zone_spans
from scoda_desktop.ui.workers import TaskRunner

log = logging.getLogger(__name__)

# Reads and computes the plan of an office day for a meeting length (blocks: run on a worker).
PlanLoader = Callable[[date, timedelta], DayPlan]
# Runs a function with a database session and returns its result (``MeetingSource.read``).
SessionReader = Callable[[Callable[[Session], Any]], Any]

REQUEST_DELAY_MS = 150  # typing a duration asks once, after the last key
MIN_MINUTES, MAX_MINUTES, MINUTES_STEP = 5, 12 * 60, 15
DEFAULT_SIZE = (1280, 600)
LIST_WIDTH = 270
DAY_FORMAT = "ddd yyyy-MM-dd"  # the day edit's display format, in English
CHINESE_DAY_FORMAT = "yyyy年M月d日 ddd"


def choice_text(plan: DayPlan, starts_at: datetime) -> tuple[str, list[str]]:
    """The chosen slot in the office's time and every zone's, and what speaks against it
    (outside someone's working hours, a day off, a clash with the host side's meetings)."""
    ends_at = starts_at + plan.duration
    start, end = to_office_time(starts_at), to_office_time(ends_at)
    office = QCoreApplication.translate("FindTimeDialog", "{date} {start}–{end} {zone}").format(
        date=local_date_text(start),
        start=f"{start:%H:%M}",
        end=f"{end:%H:%M}",
        zone=office_zone_label(),
    )
    parts = [office, *other_zone_spans(plan, starts_at, ends_at)]
    problems = []
    for row, kind, days_off in plan.unsuitable_rows(starts_at, ends_at):
        why = QCoreApplication.translate("FindTimeDialog", "; ").join(
            f"{d.country_code}: {d.reason}" for d in days_off
        )
        who = why or QCoreApplication.translate("FindTimeDialog", ", ").join(row.names())
        problems.append(
            QCoreApplication.translate("FindTimeDialog", "{kind} in {city} ({who})").format(
                kind=kind_label(kind), city=row_city(row), who=who
            )
        )
    for busy in plan.clashes(starts_at, ends_at):
        meeting = busy.label or QCoreApplication.translate("FindTimeDialog", "another meeting")
        problems.append(
            QCoreApplication.translate(
                "FindTimeDialog", "The host side is in “{meeting}” then"
            ).format(meeting=meeting)
        )
    return " · ".join(parts), problems


class FindTimeDialog(QDialog):
    """The day grid around a meeting's current time; ``time_chosen`` carries the slot picked."""

    start_changed = Signal(object)  # the chosen start (aware UTC), or None
    plan_shown = Signal(object)  # the DayPlan now on screen
    time_chosen = Signal(object, object)  # starts_at, ends_at (aware): "Use this time"

    def __init__(
        self,
        load_plan: PlanLoader,
        starts_at: datetime,
        ends_at: datetime,
        *,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("findTimeDialog")
        self.setWindowTitle(self.tr("Find a time"))
        self.resize(*DEFAULT_SIZE)
        self._load_plan = load_plan
        self._runner = runner
        self._asked = 0
        self._closed = False
        self._plan: DayPlan | None = None
        self._chosen: datetime | None = starts_at
        self._keep_chosen = True  # on the first plan: the meeting's own time stays chosen

        style = self.style()
        self.previous_day = QToolButton(objectName="previousDay")
        self.previous_day.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.previous_day.setToolTip(self.tr("The day before (Alt+Left)"))
        self.previous_day.setShortcut("Alt+Left")
        self.next_day = QToolButton(objectName="nextDay")
        self.next_day.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.next_day.setToolTip(self.tr("The day after (Alt+Right)"))
        self.next_day.setShortcut("Alt+Right")
        self.day = QDateEdit(objectName="planDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(CHINESE_DAY_FORMAT if in_chinese() else DAY_FORMAT)
        self.day.setToolTip(self.tr("The day, in {zone}").format(zone=office_zone_label()))
        first_day = to_office_time(starts_at).date()
        self.day.setDate(QDate(first_day.year, first_day.month, first_day.day))
        self.today = QPushButton(self.tr("Today"), objectName="planToday")
        self.duration = QSpinBox(objectName="planDuration")
        self.duration.setRange(MIN_MINUTES, MAX_MINUTES)
        self.duration.setSingleStep(MINUTES_STEP)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccelerated(True)
        minutes = int((ends_at - starts_at).total_seconds() // 60)
        self.duration.setValue(minutes if MIN_MINUTES <= minutes <= MAX_MINUTES else 60)
        self.status = QLabel(objectName="planStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.previous_day)
        top.addWidget(self.day)
        top.addWidget(self.next_day)
        top.addWidget(self.today)
        top.addSpacing(24)
        duration_label = QLabel(self.tr("&Length:"))
        duration_label.setBuddy(self.duration)
        top.addWidget(duration_label)
        top.addWidget(self.duration)
        top.addSpacing(24)
        top.addWidget(self.status, 1)

        self.grid = DayGrid()
        self.grid_scroll = QScrollArea(objectName="dayGridScroll")
        self.grid_scroll.setWidget(self.grid)
        self.grid_scroll.setWidgetResizable(True)
        self.grid_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.grid_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.grid_scroll.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.legend = GridLegend()
        grid_box = QWidget()
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(self.grid_scroll, 1)
        grid_layout.addWidget(self.legend)

        self.model = ProposalListModel(self)
        self.proposals = QListView(objectName="proposalList")
        self.proposals.setModel(self.model)
        self.proposals.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.proposals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.proposals.setSpacing(2)
        self.proposals.setAlternatingRowColors(True)
        self.proposals.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.no_proposals = QLabel(objectName="noProposals")
        self.no_proposals.setWordWrap(True)
        self.no_proposals.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_proposals.setEnabled(False)  # drawn in the muted colour
        QVBoxLayout(self.proposals.viewport()).addWidget(self.no_proposals)
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_title = QLabel(self.tr("&Times that suit everyone, best first:"))
        list_title.setBuddy(self.proposals)
        list_layout.addWidget(list_title)
        list_layout.addWidget(self.proposals, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(grid_box)
        self.splitter.addWidget(list_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([DEFAULT_SIZE[0] - LIST_WIDTH, LIST_WIDTH])

        self.chosen = QLabel(objectName="chosenTime")
        self.chosen.setTextFormat(Qt.TextFormat.PlainText)
        self.chosen.setWordWrap(True)
        self.chosen_problems = QLabel(objectName="chosenProblems")
        self.chosen_problems.setTextFormat(Qt.TextFormat.PlainText)
        self.chosen_problems.setWordWrap(True)
        self.chosen_problems.setStyleSheet(f"color: {problem_colour(self)};")
        self.chosen_problems.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.use_button = self.buttons.addButton(
            self.tr("&Use this time"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.use_button.setObjectName("useThisTime")
        self.use_button.setToolTip(self.tr("Set the meeting's start and end to the chosen time"))
        self.buttons.accepted.connect(self._use)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        chosen_box = QVBoxLayout()
        chosen_box.addWidget(self.chosen)
        chosen_box.addWidget(self.chosen_problems)
        bottom.addLayout(chosen_box, 1)
        bottom.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignBottom)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

        self._timer = QTimer(self, singleShot=True, interval=REQUEST_DELAY_MS)
        self._timer.timeout.connect(self._request)
        self.previous_day.clicked.connect(lambda: self.day.setDate(self.day.date().addDays(-1)))
        self.next_day.clicked.connect(lambda: self.day.setDate(self.day.date().addDays(1)))
        self.today.clicked.connect(self._go_to_today)
        self.day.dateChanged.connect(self._on_day_changed)
        self.duration.valueChanged.connect(lambda _value: self._timer.start())
        self.grid.start_chosen.connect(self.choose)
        self.proposals.clicked.connect(self._on_proposal_clicked)
        self.proposals.selectionModel().currentChanged.connect(
            lambda current, _previous: self._on_proposal_clicked(current)
        )
        self._show_choice()
        self._request()

    @classmethod
    def for_meeting(
        cls,
        draft: MeetingDraft,
        *,
        read: SessionReader,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> FindTimeDialog:
        """The dialog for a meeting as the editor holds it: its attendees in the zones the
        editor gives (else their default zones), busy where the host side has other meetings
        (this one aside), around its current start and length."""
        attendees = attendees_of(draft.participants)

        def load_plan(day: date, duration: timedelta) -> DayPlan:
            return read(
                lambda session: read_day_plan(
                    session, attendees, day, duration, exclude_meeting_id=draft.id
                )
            )

        return cls(load_plan, draft.starts_at, draft.ends_at, runner=runner, parent=parent)

    # -- what is shown ---------------------------------------------------------------------

    def office_day(self) -> date:
        return self.day.date().toPython()

    def minutes(self) -> timedelta:
        return timedelta(minutes=self.duration.value())

    def plan(self) -> DayPlan | None:
        return self._plan

    def chosen_start(self) -> datetime | None:
        return self._chosen

    def _go_to_today(self) -> None:
        today = office_today()
        self.day.setDate(QDate(today.year, today.month, today.day))

    def _on_day_changed(self) -> None:
        self._keep_chosen = False  # another day: its best time gets chosen
        self._timer.start()

    # -- reading the plan ------------------------------------------------------------------

    def _request(self) -> None:
        if self._closed:
            return
        self._asked += 1
        asked = self._asked
        day, duration = self.office_day(), self.minutes()
        self.status.setText(self.tr("Looking for times on {date}…").format(date=date_text(day)))
        self._runner.submit(
            lambda: self._load_plan(day, duration),
            lambda plan: self._show_plan(plan) if asked == self._asked else None,
            lambda exc, details: self._on_failed(exc, details) if asked == self._asked else None,
            name="day plan",
        )

    def _show_plan(self, plan: DayPlan) -> None:
        if self._closed:
            return
        self._plan = plan
        self.grid.set_plan(plan)
        self.model.set_plan(plan)
        count = len(plan.proposals)
        if count:
            self.status.setText(
                self.tr("%n start(s) suit everyone for {minutes} minutes.", "", count).format(
                    minutes=self.duration.value()
                )
            )
        elif plan.is_over:
            self.status.setText(self.tr("This day is over: choose a later day."))
        else:
            self.status.setText(self.tr("No time on this day suits everyone: try another day."))
        self.no_proposals.setText(
            self.tr("Times already past are not suggested.")
            if plan.is_over
            else self.tr("No time on this day suits everyone.")
        )
        self.no_proposals.setVisible(not count)
        inside = self._chosen is not None and plan.starts_at <= self._chosen < plan.ends_at
        if not (self._keep_chosen and inside):
            self._chosen = plan.proposals[0].starts_at if plan.proposals else None
        self._keep_chosen = True
        self._show_choice()
        self.plan_shown.emit(plan)

    def _on_failed(self, exc: BaseException, details: str) -> None:
        if self._closed:
            return
        if isinstance(exc, ScodaError):
            self.status.setText(
                self.tr("Cannot look for times: {error}").format(error=error_text(exc))
            )
        else:
            log.error("could not plan the day: %s\n%s", exc, details)
            self.status.setText(
                self.tr("Cannot look for times ({error}); see the log.").format(
                    error=type(exc).__name__
                )
            )
        self._plan = None
        self.grid.set_plan(None)
        self.model.set_plan(None)
        self._chosen = None
        self._show_choice()

    # -- choosing --------------------------------------------------------------------------

    def choose(self, starts_at: datetime | None) -> None:
        """Make ``starts_at`` the chosen start (from the grid, the list or a test)."""
        self._chosen = starts_at
        self._show_choice()
        self.start_changed.emit(starts_at)

    def _on_proposal_clicked(self, index: QModelIndex) -> None:
        starts_at = index.data(START_ROLE) if index.isValid() else None
        if starts_at is not None and starts_at != self._chosen:
            self.choose(starts_at)

    def _show_choice(self) -> None:
        plan, chosen = self._plan, self._chosen
        self.use_button.setEnabled(plan is not None and chosen is not None)
        if plan is None or chosen is None:
            self.grid.set_selection(None)
            self.chosen.setText(self.tr("Click a time on the grid or a suggestion in the list."))
            self.chosen_problems.hide()
            return
        self.grid.set_selection(chosen, chosen + plan.duration)
        text, problems = choice_text(plan, chosen)
        self.chosen.setText(self.tr("Chosen: {time}").format(time=text))
        sentences = (self.tr("{problem}. ").format(problem=problem) for problem in problems)
        self.chosen_problems.setText("".join(sentences).strip())
        self.chosen_problems.setVisible(bool(problems))
        row = self.model.row_of(chosen)
        selection = self.proposals.selectionModel()
        selection.blockSignals(True)
        try:
            if row is None:
                self.proposals.clearSelection()
            else:
                index = self.model.index(row, 0)
                self.proposals.setCurrentIndex(index)
                self.proposals.scrollTo(index)
        finally:
            selection.blockSignals(False)
        self.proposals.viewport().update()

    def _use(self) -> None:
        if self._plan is None or self._chosen is None:
            return
        self.time_chosen.emit(self._chosen, self._chosen + self._plan.duration)
        self.accept()

    def done(self, result: int) -> None:
        self._closed = True
        self._timer.stop()
        super().done(result)
