"""The Attendees tab: find people by any form of their name, or add a new person, and set each
attendee's side, role, title as at this meeting, time zone, reply and attendance.

Searching and adding a person run on the task runner; the completer lists what the search found
(the database does the matching, so the list is shown unfiltered)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scoda_desktop.domain.enums import NameOrder
from scoda_desktop.errors import ScodaError
from scoda_desktop.services.meeting_drafts import (
    PersonDraft,
    PersonMatch,
    participant_from,
    validate_person,
)
from scoda_desktop.ui.display import (
    ATTENDANCE_LABELS,
    NAME_ORDER_LABELS,
    ROLE_LABELS,
    RSVP_LABELS,
    SIDE_LABELS,
    error_text,
    problem_text,
)
from scoda_desktop.ui.meeting_editor.attendee_model import (
    ATTENDANCE,
    JOIN_ZONE,
    NAME_EN,
    ROLE,
    RSVP,
    SIDE,
    TITLE_EN,
    TITLE_ZH,
    AttendeeTableModel,
)
from scoda_desktop.ui.meeting_editor.delegates import EnumDelegate, ZoneDelegate
from scoda_desktop.ui.meeting_editor.fields import (
    EnumComboBox,
    ProblemLabel,
    problems_text,
    text_of,
)
from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from scoda_desktop.services.meeting_service import MeetingService

SEARCH_DELAY_MS = 200
MATCH_ROLE = Qt.ItemDataRole.UserRole
TITLE_ZH_WIDTH = 150  # the English title takes the width the other columns leave

_Index = QModelIndex | QPersistentModelIndex
FailureReporter = Callable[[str, BaseException, str], None]


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= char <= "\u9fff" for char in text)


class PersonMatchModel(QAbstractListModel):
    """What a name search found, for the completer: labels, with the match under MATCH_ROLE."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._matches: list[PersonMatch] = []

    def set_matches(self, matches: list[PersonMatch]) -> None:
        self.beginResetModel()
        self._matches = list(matches)
        self.endResetModel()

    def match_at(self, row: int) -> PersonMatch:
        return self._matches[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._matches)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._matches):
            return None
        match = self._matches[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return match.label
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [match.label, match.title_en or "", *match.alternative_spellings]
            return "\n".join(line for line in lines if line)
        if role == MATCH_ROLE:
            return match
        return None


class NewPersonBox(QGroupBox):
    """The least needed to add someone the directory does not know: their names and country."""

    submitted = Signal(object)  # a PersonDraft that passed validation

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("New person"))
        self.setObjectName("newPersonBox")
        self.family_name = QLineEdit(objectName="newFamilyName")
        self.family_name.setPlaceholderText(self.tr("Oratmangun; a single name goes here"))
        self.given_name = QLineEdit(objectName="newGivenName")
        self.name_order = EnumComboBox(NAME_ORDER_LABELS)
        self.name_order.setObjectName("newNameOrder")
        self.name_zh = QLineEdit(objectName="newNameZh")
        self.country = QComboBox(objectName="newCountry")
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.country.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.problem = ProblemLabel("newPerson")
        self.add_button = QPushButton(self.tr("Add to meeting"), objectName="createPerson")
        self.add_button.clicked.connect(self._submit)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.hide)

        form = QFormLayout()
        form.addRow(self.tr("Family name:"), self.family_name)
        form.addRow(self.tr("Given name:"), self.given_name)
        form.addRow(self.tr("Name order:"), self.name_order)
        form.addRow(self.tr("Chinese name:"), self.name_zh)
        form.addRow(self.tr("Country:"), self.country)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def set_countries(self, countries: list[tuple[str, str]]) -> None:
        self.country.clear()
        self.country.addItem("", None)
        for code, name in countries:
            self.country.addItem(name, code)

    def start(self, typed: str) -> None:
        """Show the box, with what was typed in the search as the name it most likely is."""
        for line in (self.family_name, self.given_name, self.name_zh):
            line.clear()
        self.problem.show_problem(None)
        self.country.setCurrentIndex(0)
        (self.name_zh if _has_cjk(typed) else self.family_name).setText(typed.strip())
        self.show()
        self.family_name.setFocus()

    def draft(self) -> PersonDraft:
        index = self.country.findText(self.country.currentText())
        return PersonDraft(
            family_name=self.family_name.text(),
            given_name=text_of(self.given_name),
            name_order=self.name_order.value() or NameOrder.GIVEN_FIRST,
            name_zh=text_of(self.name_zh),
            country_code=self.country.itemData(index) if index > 0 else None,
        )

    def _submit(self) -> None:
        draft = self.draft()
        problems = validate_person(draft)
        if problems:
            self.problem.show_problem(problems_text([problem_text(p) for p in problems]))
            return
        self.problem.show_problem(None)
        self.add_button.setEnabled(False)
        self.submitted.emit(draft)

    def finished(self, error: str | None = None) -> None:
        self.add_button.setEnabled(True)
        self.problem.show_problem(error)
        if error is None:
            self.hide()


class AttendeesTab(QWidget):
    changed = Signal()

    def __init__(
        self,
        service: MeetingService,
        runner: TaskRunner,
        report_failure: FailureReporter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self._report_failure = report_failure
        self.model = AttendeeTableModel(service.order, self)
        self.model.changed.connect(self.changed)

        self.search = QLineEdit(objectName="attendeeSearch")
        self.search.setPlaceholderText(
            self.tr("Add a person: type any form of the name (English, Chinese, other spellings)")
        )
        self.search.setClearButtonEnabled(True)
        self.matches = PersonMatchModel(self)
        self.completer = QCompleter(self.matches, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.search)
        self.completer.activated[QModelIndex].connect(self._on_completion)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._start_search)
        self.search.textEdited.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.add_best_match)
        self.search_hint = QLabel(objectName="searchHint")
        self.search_hint.setWordWrap(True)

        self.add_button = QPushButton(self.tr("Add"), objectName="addAttendee")
        self.add_button.setToolTip(self.tr("Add the highlighted person, or the best match"))
        self.add_button.clicked.connect(self.add_best_match)
        self.new_person_button = QPushButton(self.tr("New person…"), objectName="newPerson")
        self.new_person_button.setToolTip(self.tr("Add someone who is not in the directory yet"))
        self.new_person_button.clicked.connect(lambda: self.new_person.start(self.search.text()))
        self.new_person = NewPersonBox()
        self.new_person.hide()
        self.new_person.submitted.connect(self._create_person)

        self.table = QTableView(objectName="attendeeTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        # Short columns fit their contents (a meeting has a few dozen attendees at most).
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE_EN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TITLE_ZH, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(TITLE_ZH, TITLE_ZH_WIDTH)
        self._delegates = {
            SIDE: EnumDelegate(SIDE_LABELS, parent=self.table),
            ROLE: EnumDelegate(ROLE_LABELS, parent=self.table),
            RSVP: EnumDelegate(RSVP_LABELS, parent=self.table),
            ATTENDANCE: EnumDelegate(ATTENDANCE_LABELS, none_label="—", parent=self.table),
            JOIN_ZONE: ZoneDelegate(self.table),
        }
        for column, delegate in self._delegates.items():
            self.table.setItemDelegateForColumn(column, delegate)
        self.remove_button = QPushButton(self.tr("Remove"), objectName="removeAttendee")
        self.remove_button.clicked.connect(self.remove_selected)
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_selected)
        self.empty_hint = QLabel(
            self.tr(
                "No attendees yet. Type a name above to add someone from the directory, "
                "or use New person…"
            ),
            objectName="noAttendees",
        )
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setEnabled(False)  # drawn in the muted colour
        QVBoxLayout(self.table.viewport()).addWidget(self.empty_hint)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(lambda *_args: self.empty_hint.setVisible(not self.model.rowCount()))
        self.problems = ProblemLabel("participants")
        hint = QLabel(
            self.tr(
                "Listed in order of precedence: the host side by rank, then guests by diplomatic "
                "rank and seniority. Double-click a cell to change it; titles are as at this "
                "meeting."
            )
        )
        hint.setWordWrap(True)

        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.add_button)
        search_row.addWidget(self.new_person_button)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.search_hint)
        layout.addWidget(self.new_person)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addLayout(bottom)
        self.search_hint.hide()

    # -- content ---------------------------------------------------------------------------

    def set_countries(self, countries: list[tuple[str, str]]) -> None:
        self.new_person.set_countries(countries)

    def show_problems(self, messages: list[str], by_row: dict[int, str]) -> None:
        self.problems.show_problem(problems_text(messages) if messages else None)
        self.model.set_problems(by_row)

    def add_person(self, match: PersonMatch) -> None:
        """Add a found (or just created) person, with their current post as the title."""
        self.search.clear()
        self.matches.set_matches([])
        self._show_hint(None)
        existing = self.model.row_of(match.person_id)
        if existing is None:
            existing = self.model.add(participant_from(match))
        else:
            self._show_hint(self.tr("{name} is already an attendee.").format(name=match.name_en))
        self.table.selectRow(existing)
        self.table.scrollTo(self.model.index(existing, NAME_EN))

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.model.remove(rows[0].row())

    # -- searching -------------------------------------------------------------------------

    def _start_search(self) -> None:
        text = self.search.text().strip()
        if not text:
            self.matches.set_matches([])
            self._show_hint(None)
            return
        self._runner.submit(
            lambda: self._service.search_people(text),
            lambda found: self._on_found(text, found),
            lambda exc, details: self._report_failure(
                self.tr("Cannot search the directory"), exc, details
            ),
            name="search people",
        )

    def _on_found(self, text: str, found: list[PersonMatch]) -> None:
        if text != self.search.text().strip():
            return  # typed on meanwhile; the newer search will report
        self.matches.set_matches(found)
        if found:
            self._show_hint(None)
            self.completer.complete()
        else:
            self._show_hint(
                self.tr(
                    "No one in the directory is called “{name}”. Use New person… to add them."
                ).format(name=text)
            )

    def searching(self) -> bool:
        return self._search_timer.isActive()

    def _on_completion(self, index: QModelIndex) -> None:
        match = index.data(MATCH_ROLE)
        if isinstance(match, PersonMatch):
            # After the completer has written its text into the line: clear it then.
            QTimer.singleShot(0, lambda: self.add_person(match))

    def add_best_match(self) -> None:
        popup = self.completer.popup()
        current = popup.currentIndex() if popup.isVisible() else QModelIndex()
        if current.isValid():
            popup.hide()
            self._on_completion(current)
        elif self.matches.rowCount():
            popup.hide()
            self.add_person(self.matches.match_at(0))

    def _show_hint(self, text: str | None) -> None:
        self.search_hint.setText(text or "")
        self.search_hint.setVisible(bool(text))

    # -- a new person ----------------------------------------------------------------------

    def _create_person(self, draft: PersonDraft) -> None:
        self._runner.submit(
            lambda: self._service.create_person(draft),
            self._on_person_created,
            self._on_person_failed,
            name="create person",
        )

    def _on_person_created(self, match: PersonMatch) -> None:
        self.new_person.finished()
        self.add_person(match)

    def _on_person_failed(self, exc: BaseException, details: str) -> None:
        if isinstance(exc, ScodaError):
            self.new_person.finished(error_text(exc))
        else:
            self.new_person.finished(self.tr("The person could not be added."))
            self._report_failure(self.tr("Cannot add the person"), exc, details)
