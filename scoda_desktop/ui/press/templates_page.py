"""The Templates page: the built-in and the user's press-release templates; a built-in copied
to the user's folder to edit it; the editor with Jinja highlighting beside a live preview of the
draft the text gives for a chosen meeting; reset to the built-in.

The preview is rendered on the task runner a moment after typing stops, one render at a time
(the newest text is rendered next). A template that fails (syntax, an undefined name, a sandbox
refusal) never raises into the window: its line and message show above the preview, the line is
marked in the editor, and the last good preview stays, greyed.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QTimer, Signal
from PySide6.QtGui import QColor, QFontDatabase, QKeySequence, QShortcut, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from scoda_desktop.errors import InputError
from scoda_desktop.ui.display import error_text, problem_text
from scoda_desktop.ui.press.highlighter import JinjaHighlighter
from scoda_desktop.ui.press.models import ROW_ROLE, meeting_day_text
from scoda_desktop.ui.press.models import TemplateTableModel as Model
from scoda_desktop.ui.press.tasks import FailureReporter, PressTasks, StoreFactory
from scoda_desktop.ui.translations import QT_TRANSLATE_NOOP
from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from scoda_desktop.services.press.store import MeetingChoice
    from scoda_desktop.services.press.templates import DraftTemplate

__all__ = ["TemplatesPage"]

PREVIEW_DELAY_MS = 400
ERROR_LINE_COLOUR = QColor("#ffd9d6")
PROBLEM_STYLE = "color: #a40e26; background-color: #ffebe9; padding: 4px;"
STALE_PREVIEW_STYLE = "color: #8a8a8a;"
BUILTIN_NOTE = QT_TRANSLATE_NOOP(
    "TemplatesPage", "Built-in template, read-only: copy it to your templates to change it."
)


def _templates() -> Any:
    """The template files' service, imported when first used (it imports SQLAlchemy)."""
    from scoda_desktop.services.press import templates

    return templates


class TemplatesPage(QWidget):
    message = Signal(str)
    preview_shown = Signal()  # a preview or a problem is on screen for the newest text

    def __init__(
        self,
        runner: TaskRunner,
        store: StoreFactory,
        selected_meeting: Callable[[], int | None],
        report_failure: FailureReporter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("templatesPage")
        self._selected_meeting = selected_meeting
        self.tasks = PressTasks(runner, store, report_failure, self)
        self._template: DraftTemplate | None = None
        self._rendering = False
        self._render_again = False
        self._syncing = False
        self.loaded_once = False
        self.problem_line: int | None = None

        self.model = Model(self)
        self.table = self._table()
        self.copy_button = QPushButton(
            self.tr("&Copy to My Templates"), objectName="copyTemplateButton"
        )
        self.copy_button.clicked.connect(self.copy_selected)
        self.save_button = QPushButton(self.tr("&Save"), objectName="saveTemplateButton")
        self.save_button.setToolTip(self.tr("Save your template (Ctrl+S); new drafts use it"))
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.reset_button = QPushButton(
            self.tr("&Reset to Built-in…"), objectName="resetTemplateButton"
        )
        self.reset_button.setToolTip(
            self.tr("Delete your copy: drafts use the built-in template again")
        )
        self.reset_button.clicked.connect(self.reset_selected)
        self.note = QLabel(objectName="templateNote")
        self.note.setWordWrap(True)

        self.editor = QPlainTextEdit(objectName="templateEditor")
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.highlighter = JinjaHighlighter(self.editor.document())
        self.editor.textChanged.connect(self._schedule_preview)
        self.editor.modificationChanged.connect(self._update_buttons)

        self.meeting = QComboBox(objectName="previewMeeting")
        self.meeting.setMinimumContentsLength(24)
        self.meeting.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.meeting.currentIndexChanged.connect(lambda _index: self._schedule_preview(0))
        self.problem = QLabel(objectName="templateProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.linkActivated.connect(lambda _link: self.go_to_problem())
        self.problem.hide()
        self.preview = QPlainTextEdit(objectName="templatePreview")
        self.preview.setReadOnly(True)
        self.preview.setPlaceholderText(self.tr("The draft this template gives appears here."))
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._render_preview)

        self.splitter = self._layout()
        self._update_buttons()

    def _table(self) -> QTableView:
        table = QTableView(objectName="templateTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(Model.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (Model.LANGUAGE, Model.SOURCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        return table

    def _layout(self) -> QSplitter:
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.save_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        editor_pane = QWidget()
        editor_layout = QVBoxLayout(editor_pane)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(buttons)
        editor_layout.addWidget(self.note)
        editor_layout.addWidget(self.editor, 1)

        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Preview for:")))
        choose.addWidget(self.meeting, 1)
        preview_pane = QWidget()
        preview_layout = QVBoxLayout(preview_pane)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addLayout(choose)
        preview_layout.addWidget(self.problem)
        preview_layout.addWidget(self.preview, 1)

        splitter = QSplitter(objectName="templatesSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(editor_pane)
        splitter.addWidget(preview_pane)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([250, 520, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        return splitter

    # -- the lists -------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        """Read the templates and the meetings again (off the GUI thread)."""
        self.tasks.run(
            lambda store: (_templates().draft_templates(), store.meeting_choices()),
            lambda loaded: self._on_loaded(*loaded, select=select),
            self.tr("Cannot list the templates"),
            name="list templates",
        )

    def _on_loaded(
        self, templates: list[DraftTemplate], meetings: list[MeetingChoice], *, select: str | None
    ) -> None:
        wanted = select or (self._template.file_name if self._template else None)
        self._syncing = True
        try:
            self.model.set_rows(templates)
            row = self.model.row_of(wanted) if wanted else None
            self.table.selectRow(row if row is not None else 0)
            self._fill_meetings(meetings)
        finally:
            self._syncing = False
        self.loaded_once = True
        chosen = self.selected_template()
        if chosen is not None and (self._template is None or chosen != self._template):
            self._open(chosen)

    def _fill_meetings(self, meetings: list[MeetingChoice]) -> None:
        wanted = self.meeting.currentData()
        if wanted is None:
            wanted = self._selected_meeting()
        self.meeting.blockSignals(True)
        self.meeting.clear()
        for choice in meetings:
            label = f"{meeting_day_text(choice.starts_at)}  {choice.theme}"
            self.meeting.addItem(label, choice.id)
        self.meeting.setCurrentIndex(max(self.meeting.findData(wanted), 0))
        self.meeting.blockSignals(False)

    def selected_template(self) -> DraftTemplate | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select_template(self, file_name: str) -> None:
        row = self.model.row_of(file_name)
        if row is not None:
            self.table.selectRow(row)

    def _on_selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        if self._syncing:
            return
        chosen = self.selected_template()
        if chosen is None or chosen == self._template:
            return
        if not self.confirm_leave():
            self._syncing = True
            try:
                if self._template is not None:
                    self.select_template(self._template.file_name)
            finally:
                self._syncing = False
            return
        self._open(chosen)

    def _open(self, template: DraftTemplate) -> None:
        """Show ``template``'s text (the user's copy if there is one)."""
        self._template = template
        self._update_buttons()
        self.tasks.run(
            lambda _store: _templates().template_text(template.file_name),
            lambda text: self._show_text(template, text),
            self.tr("Cannot read the template"),
            name="read template",
        )

    def _show_text(self, template: DraftTemplate, text: str) -> None:
        if template != self._template:
            return
        self.editor.setPlainText(text)
        self.editor.document().setModified(False)
        self.editor.setReadOnly(not template.editable)
        self.note.setText(
            QCoreApplication.translate("TemplatesPage", BUILTIN_NOTE)
            if not template.editable
            else str(template.user_path)
        )
        self._update_buttons()
        self._schedule_preview(0)

    def confirm_leave(self) -> bool:
        """Whether the template's unsaved changes may go: saved, discarded, or none."""
        template = self._template
        if template is None or not template.editable or not self.editor.document().isModified():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Save the template?"),
            self.tr("Your template {file} has changes that are not saved.").format(
                file=template.file_name
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.save()
        return answer in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard)

    def _update_buttons(self, *_args: object) -> None:
        template = self._template
        self.copy_button.setEnabled(template is not None and not template.user_copy)
        self.save_button.setEnabled(
            template is not None and template.editable and self.editor.document().isModified()
        )
        self.reset_button.setEnabled(
            template is not None and template.user_copy and template.builtin
        )

    # -- copy, save, reset -----------------------------------------------------------------

    def copy_selected(self) -> None:
        template = self._template
        if template is None or template.user_copy:
            return
        self.tasks.run(
            lambda _store: _templates().copy_to_user_folder(template.file_name),
            lambda path: self._changed(
                template,
                self.tr("Copied {file} to {folder}.").format(
                    file=template.file_name, folder=path.parent
                ),
            ),
            self.tr("Cannot copy the template"),
        )

    def save(self) -> None:
        template, text = self._template, self.editor.toPlainText()
        if template is None or not template.editable:
            return

        def saved(_path: object) -> None:
            if template == self._template and self.editor.toPlainText() == text:
                self.editor.document().setModified(False)
            self.message.emit(
                self.tr("Saved {file}: new drafts use it.").format(file=template.file_name)
            )

        self.tasks.run(
            lambda _store: _templates().save_user_template(template.file_name, text),
            saved,
            self.tr("Cannot save the template"),
        )

    def reset_selected(self) -> None:
        template = self._template
        if template is None or not (template.user_copy and template.builtin):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Reset to the built-in template?"),
            self.tr(
                "Delete your copy of {file}? New drafts then use the built-in template again; "
                "your changes to it are lost."
            ).format(file=template.file_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.tasks.run(
            lambda _store: _templates().reset_to_builtin(template.file_name),
            lambda _none: self._changed(
                template,
                self.tr("{file} is the built-in again.").format(file=template.file_name),
            ),
            self.tr("Cannot reset the template"),
        )

    def _changed(self, template: DraftTemplate, message: str) -> None:
        """After a copy or reset: read the list again and reopen the template."""
        self._template = None
        self.editor.document().setModified(False)
        self.message.emit(message)
        self.refresh(select=template.file_name)

    # -- the preview -----------------------------------------------------------------------

    def _schedule_preview(self, delay: int = PREVIEW_DELAY_MS) -> None:
        self._timer.start(delay)

    @property
    def preview_pending(self) -> bool:
        """Whether the preview is being rendered or about to be (typing has just stopped)."""
        return self._rendering or self._timer.isActive()

    def _render_preview(self) -> None:
        template, meeting_id = self._template, self.meeting.currentData()
        if template is None or meeting_id is None:
            return
        if self._rendering:  # one at a time: the newest text is rendered next
            self._render_again = True
            return
        text = self.editor.toPlainText()

        def done() -> None:
            self._rendering = False
            if self._render_again:
                self._render_again = False
                self._render_preview()
            elif not self._timer.isActive():  # else newer text is about to be rendered
                self.preview_shown.emit()

        def rendered(draft: str) -> None:
            self._show_problem(None)
            self.preview.setPlainText(draft)
            done()

        def failed(exc: BaseException, details: str) -> None:
            if isinstance(exc, InputError):  # the template's problem, or the meeting's
                self._show_problem(exc)
            else:
                self.tasks.report_failure(self.tr("Cannot preview the template"), exc, details)
            done()

        self._rendering = self.tasks.run(
            lambda store: store.preview_template(int(meeting_id), template.file_name, text),
            rendered,
            "",
            on_failed=failed,
            name="preview",
        )

    def _show_problem(self, problem: InputError | None) -> None:
        """Show what is wrong with the template (None: nothing) and mark its line."""
        line = getattr(problem, "line", None) if problem is not None else None
        self.problem_line = line
        selections = []
        if problem is None:
            self.problem.hide()
            self.preview.setStyleSheet("")
        else:
            own = getattr(problem, "problem", None)  # a TemplateProblem's words, translatable
            text = problem_text(own) if own is not None else None
            detail = escape(text or getattr(problem, "detail", None) or str(problem))
            if line:
                link = escape(self.tr("Line {line}").format(line=line))
                detail = self.tr("{line}: {problem}").format(
                    line=f'<a href="#line">{link}</a>', problem=detail
                )
            self.problem.setText(detail)
            self.problem.setToolTip(error_text(problem))
            self.problem.show()
            self.preview.setStyleSheet(STALE_PREVIEW_STYLE)
        if line is not None:
            block = self.editor.document().findBlockByNumber(line - 1)
            if block.isValid():
                selection = QTextEdit.ExtraSelection()
                selection.format.setBackground(ERROR_LINE_COLOUR)
                selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
                cursor = QTextCursor(block)  # the whole line, however it wraps
                cursor.movePosition(
                    QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
                )
                selection.cursor = cursor
                selections.append(selection)
        self.editor.setExtraSelections(selections)

    def problem_text(self) -> str:
        """The problem shown above the preview, as rich text; "" when there is none."""
        return "" if self.problem.isHidden() else self.problem.text()

    def go_to_problem(self) -> None:
        """Put the cursor on the line of the template's problem."""
        if self.problem_line is None:
            return
        block = self.editor.document().findBlockByNumber(self.problem_line - 1)
        if block.isValid():
            self.editor.setTextCursor(QTextCursor(block))
            self.editor.setFocus()
