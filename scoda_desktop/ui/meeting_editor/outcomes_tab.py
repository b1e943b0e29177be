"""The Outcomes tab: what the meeting produced and who follows it up.

The list shows each outcome on one line; the form under it edits the selected one (the texts
run to paragraphs, which a table cell cannot show). "Add outcome" adds a follow-up and selects
it; until it has a text the editor says so and will not save."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scoda_desktop.domain.enums import OutcomeKind, OutcomeStatus
from scoda_desktop.services.meeting_drafts import OutcomeDraft, ParticipantDraft
from scoda_desktop.ui.display import OUTCOME_KIND_LABELS, OUTCOME_STATUS_LABELS, date_text
from scoda_desktop.ui.meeting_editor.fields import (
    EnumComboBox,
    ProblemLabel,
    optional_date_edit,
    optional_date_of,
    problems_text,
    set_optional_date,
    text_of,
)
from scoda_desktop.ui.translations import QT_TRANSLATE_NOOP

KIND, TEXT_EN, TEXT_ZH, OWNER, DUE, STATUS = range(6)
HEADERS = {  # English sources, shown translated in the context "OutcomeTableModel"
    KIND: QT_TRANSLATE_NOOP("OutcomeTableModel", "Kind"),
    TEXT_EN: QT_TRANSLATE_NOOP("OutcomeTableModel", "Text (English)"),
    TEXT_ZH: QT_TRANSLATE_NOOP("OutcomeTableModel", "Text (Chinese)"),
    OWNER: QT_TRANSLATE_NOOP("OutcomeTableModel", "Owner"),
    DUE: QT_TRANSLATE_NOOP("OutcomeTableModel", "Due"),
    STATUS: QT_TRANSLATE_NOOP("OutcomeTableModel", "Status"),
}
OUTCOME_ROLE = Qt.ItemDataRole.UserRole

_Index = QModelIndex | QPersistentModelIndex


class OutcomeTableModel(QAbstractTableModel):
    """Read-only cells over ``OutcomeDraft`` copies; the form changes them with ``update``."""

    changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[OutcomeDraft] = []
        self._problems: dict[int, str] = {}

    def set_outcomes(self, outcomes: list[OutcomeDraft]) -> None:
        self.beginResetModel()
        self._rows = [replace(o) for o in outcomes]
        self.endResetModel()

    def outcomes(self) -> list[OutcomeDraft]:
        return [replace(o) for o in self._rows]

    def outcome(self, row: int) -> OutcomeDraft:
        return self._rows[row]

    def add(self, outcome: OutcomeDraft) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(outcome)
        self.endInsertRows()
        self.changed.emit()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self.changed.emit()

    def update(self, row: int, **values: Any) -> None:
        outcome = self._rows[row]
        if all(getattr(outcome, name) == value for name, value in values.items()):
            return
        for name, value in values.items():
            setattr(outcome, name, value)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
        self.changed.emit()

    def set_problems(self, problems: dict[int, str]) -> None:
        if problems == self._problems:
            return
        self._problems = dict(problems)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(HEADERS) - 1)
            )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and section in HEADERS
        ):
            return QCoreApplication.translate("OutcomeTableModel", HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        outcome = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(outcome, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            problem = self._problems.get(index.row())
            if problem:
                return problem
            if column in (TEXT_EN, TEXT_ZH):
                return _display(outcome, column) or None
            return None
        if role == OUTCOME_ROLE:
            return outcome
        return None


def _display(outcome: OutcomeDraft, column: int) -> str:
    if column == KIND:
        return OUTCOME_KIND_LABELS.get(outcome.kind, str(outcome.kind))
    if column == TEXT_EN:
        return " ".join((outcome.text_en or "").split())
    if column == TEXT_ZH:
        return " ".join((outcome.text_zh or "").split())
    if column == OWNER:
        return outcome.owner_name or ""
    if column == DUE:
        return date_text(outcome.due_date) if outcome.due_date else ""
    if column == STATUS:
        text = OUTCOME_STATUS_LABELS.get(outcome.status, str(outcome.status))
        if outcome.closed_on and outcome.status != OutcomeStatus.OPEN:
            return QCoreApplication.translate("OutcomeTableModel", "{status} {date}").format(
                status=text, date=date_text(outcome.closed_on)
            )
        return text
    return ""


class OutcomesTab(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = OutcomeTableModel(self)
        self.model.changed.connect(self.changed)
        self._loading = False

        self.table = QTableView(objectName="outcomeTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for column, width in {TEXT_ZH: 160, OWNER: 140}.items():
            header.resizeSection(column, width)
        # Short columns fit their contents, whose width depends on the language (a meeting has
        # a handful of outcomes).
        for column in (KIND, DUE, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT_EN, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # The form follows the selection (the current index changes before the selection does).
        self.table.selectionModel().selectionChanged.connect(self._show_current)

        self.add_button = QPushButton(self.tr("Add outcome"), objectName="addOutcome")
        self.add_button.clicked.connect(self.add_outcome)
        self.remove_button = QPushButton(self.tr("Remove"), objectName="removeOutcome")
        self.remove_button.clicked.connect(self.remove_current)
        self.problems = ProblemLabel("outcomes")

        self.kind = EnumComboBox(OUTCOME_KIND_LABELS)
        self.kind.setObjectName("outcomeKind")
        self.status = EnumComboBox(OUTCOME_STATUS_LABELS)
        self.status.setObjectName("outcomeStatus")
        self.owner = QComboBox(objectName="outcomeOwner")
        self.owner.setToolTip(self.tr("Who follows it up: one of the meeting's attendees"))
        self.due = optional_date_edit(self.tr("No due date"))
        self.due.setObjectName("outcomeDue")
        self.text_en = QPlainTextEdit(objectName="outcomeTextEn")
        self.text_en.setTabChangesFocus(True)
        self.text_zh = QPlainTextEdit(objectName="outcomeTextZh")
        self.text_zh.setTabChangesFocus(True)
        self.status_note = QLineEdit(objectName="outcomeNote")
        self.status_note.setPlaceholderText(self.tr("How it went, when it was done or dropped"))

        self.form = QGroupBox(self.tr("Selected outcome"))
        form = QFormLayout(self.form)
        top = QHBoxLayout()
        for label, widget in (
            (self.tr("Kind:"), self.kind),
            (self.tr("Owner:"), self.owner),
            (self.tr("Due:"), self.due),
            (self.tr("Status:"), self.status),
        ):
            if top.count():
                top.addSpacing(12)
            top.addWidget(_label(label, widget))
            top.addWidget(widget, 1 if widget is self.owner else 0)
        form.addRow(top)
        form.addRow(self.tr("Text (English):"), self.text_en)
        form.addRow(self.tr("Text (Chinese):"), self.text_zh)
        form.addRow(self.tr("Status note:"), self.status_note)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        layout.addWidget(self.form, 1)

        for combo in (self.kind, self.status, self.owner):
            combo.currentIndexChanged.connect(self._write_current)
        self.due.dateChanged.connect(self._write_current)
        for editor in (self.text_en, self.text_zh):
            editor.textChanged.connect(self._write_current)
        self.status_note.textChanged.connect(self._write_current)
        self._show_current()

    # -- content ---------------------------------------------------------------------------

    def set_outcomes(self, outcomes: list[OutcomeDraft]) -> None:
        self.model.set_outcomes(outcomes)
        if outcomes:
            self.table.selectRow(0)
        self._show_current()

    def set_owner_choices(self, participants: list[ParticipantDraft]) -> None:
        """The people an outcome can be given to: the attendees, and anyone already owning one."""
        choices = {p.person_id: p.label for p in participants}
        for outcome in self.model.outcomes():
            if outcome.owner_id is not None and outcome.owner_id not in choices:
                choices[outcome.owner_id] = outcome.owner_name or self.tr("person {number}").format(
                    number=outcome.owner_id
                )
        self._loading = True
        try:
            self.owner.clear()
            self.owner.addItem(self.tr("No owner"), None)
            for person_id, label in choices.items():
                self.owner.addItem(label, person_id)
        finally:
            self._loading = False
        self._show_current()

    def show_problems(self, messages: list[str], by_row: dict[int, str]) -> None:
        self.problems.show_problem(problems_text(messages) if messages else None)
        self.model.set_problems(by_row)

    def add_outcome(self) -> None:
        row = self.model.add(OutcomeDraft(OutcomeKind.FOLLOW_UP))
        self.table.selectRow(row)
        self.text_en.setFocus()

    def remove_current(self) -> None:
        row = self.table.currentIndex().row()
        if row >= 0:
            self.model.remove(row)
            self._show_current()

    # -- the form --------------------------------------------------------------------------

    def _current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _show_current(self, *_args: object) -> None:
        row = self._current_row()
        self.form.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0)
        outcome = self.model.outcome(row) if row >= 0 else OutcomeDraft(OutcomeKind.FOLLOW_UP)
        self._loading = True
        try:
            self.kind.set_value(outcome.kind)
            self.status.set_value(outcome.status)
            self.owner.setCurrentIndex(max(self.owner.findData(outcome.owner_id), 0))
            set_optional_date(self.due, outcome.due_date)
            self.text_en.setPlainText(outcome.text_en or "")
            self.text_zh.setPlainText(outcome.text_zh or "")
            self.status_note.setText(outcome.status_note or "")
        finally:
            self._loading = False

    def _write_current(self, *_args: object) -> None:
        row = self._current_row()
        if self._loading or row < 0:
            return
        owner_id = self.owner.currentData()
        status = self.status.value() or OutcomeStatus.OPEN
        previous = self.model.outcome(row)
        self.model.update(
            row,
            kind=self.kind.value() or OutcomeKind.FOLLOW_UP,
            status=status,
            # Reopened: no closing day. Closed: the service stamps the day it is saved.
            closed_on=None if status == OutcomeStatus.OPEN else previous.closed_on,
            owner_id=owner_id,
            owner_name=self.owner.currentText() if owner_id is not None else None,
            due_date=optional_date_of(self.due),
            text_en=text_of(self.text_en),
            text_zh=text_of(self.text_zh),
            status_note=text_of(self.status_note),
        )


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
