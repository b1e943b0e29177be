"""One press release in the editor: its text, its status with who approved it and when, the
status buttons, its revisions (compare, restore) and the Export menu.

Every write goes through ``PressReleaseStore`` on the task runner and names the version the
editor read; the store refuses a stale write. While a write runs, the buttons wait for it. An
approved or published release is shown read-only until it is reopened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from scoda_desktop.domain.enums import PressReleaseStatus
from scoda_desktop.ui.press.diff_view import DiffDialog, relabelled
from scoda_desktop.ui.press.export_menu import ReleaseExporter
from scoda_desktop.ui.press.models import (
    LANGUAGE_LABELS,
    STATUS_LABELS,
    RevisionTableModel,
    approval_text,
    meeting_day_text,
)
from scoda_desktop.ui.press.tasks import PressTasks
from scoda_desktop.ui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from scoda_desktop.services.press.compare import Comparison
    from scoda_desktop.services.press.store import (
        PressReleaseRow,
        PressReleaseStore,
        RevisionRow,
        SavedText,
    )

__all__ = ["ReleaseEditor"]

NO_RELEASE = QT_TRANSLATE_NOOP(
    "ReleaseEditor", "Select a press release, or draft a new one for a meeting."
)
READ_ONLY_STYLE = "background-color: #fff4d6; border: 1px solid #e8cf88; padding: 4px;"


class ReleaseEditor(QWidget):
    release_changed = Signal(object)  # the PressReleaseRow after a write
    message = Signal(str)  # for the status bar

    def __init__(
        self,
        tasks: PressTasks,
        counterpart: Callable[[PressReleaseRow], PressReleaseRow | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pressReleaseEditor")
        self._tasks = tasks
        self._release: PressReleaseRow | None = None
        self._writing = False
        self.diff_dialog: DiffDialog | None = None

        no_release = QCoreApplication.translate("ReleaseEditor", NO_RELEASE)
        self.title = QLabel(no_release, objectName="pressTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.info = QLabel(objectName="pressInfo")
        self.info.setWordWrap(True)  # never wider than the editor: the list keeps its width
        self.state = QLabel(objectName="pressState")
        self.state.setWordWrap(True)
        self.state.setStyleSheet(READ_ONLY_STYLE)
        self.state.hide()

        self.save_action = QAction(self.tr("&Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.setToolTip(self.tr("Save the text as a new revision (Ctrl+S)"))
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        self.save_button = self._button(self.save_action, "saveButton")
        self.approve_button = QPushButton(self.tr("&Approve"), objectName="approveButton")
        self.approve_button.setToolTip(self.tr("Approve the text: it is read-only until reopened"))
        self.approve_button.clicked.connect(self.approve)
        self.publish_button = QPushButton(self.tr("&Publish"), objectName="publishButton")
        self.publish_button.setToolTip(
            self.tr("Record that the approved release has been published")
        )
        self.publish_button.clicked.connect(self.publish)
        self.reopen_button = QPushButton(self.tr("Re&open"), objectName="reopenButton")
        self.reopen_button.setToolTip(self.tr("Make the release a draft again, to correct it"))
        self.reopen_button.clicked.connect(self.reopen)

        self.exporter = ReleaseExporter(
            tasks, lambda: self._release, self.text_value, counterpart, self
        )
        self.exporter.exported.connect(self.message)
        self.export_button = QToolButton(objectName="exportButton")
        self.export_button.setText(self.tr("Export"))
        self.export_button.setMenu(self.exporter.menu)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addAction(self.exporter.copy_action)

        buttons = QHBoxLayout()
        for button in (self.save_button, self.approve_button, self.publish_button):
            buttons.addWidget(button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)

        self.text = QPlainTextEdit(objectName="pressText")
        self.text.setPlaceholderText(no_release)
        self.text.setTabChangesFocus(True)
        self.text.modificationChanged.connect(self._update_buttons)

        self.revisions = RevisionTableModel(self)
        self.revision_table = self._revision_table()
        self.compare_button = QPushButton(self.tr("&Compare"), objectName="compareButton")
        self.compare_button.setToolTip(
            self.tr("Compare the two selected revisions, or the selected one with the newest")
        )
        self.compare_button.clicked.connect(self.compare_selected)
        self.restore_button = QPushButton(self.tr("&Restore"), objectName="restoreButton")
        self.restore_button.setToolTip(
            self.tr("Make the selected revision's text the newest revision")
        )
        self.restore_button.clicked.connect(self.restore_selected)
        revision_buttons = QHBoxLayout()
        revision_buttons.addWidget(QLabel(self.tr("Revisions")))
        revision_buttons.addStretch(1)
        revision_buttons.addWidget(self.compare_button)
        revision_buttons.addWidget(self.restore_button)
        revision_pane = QWidget()
        revision_layout = QVBoxLayout(revision_pane)
        revision_layout.setContentsMargins(0, 0, 0, 0)
        revision_layout.addLayout(revision_buttons)
        revision_layout.addWidget(self.revision_table)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.text)
        self.splitter.addWidget(revision_pane)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([480, 170])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.info)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)
        self.show_release(None)

    def _button(self, action: QAction, name: str) -> QPushButton:
        button = QPushButton(action.text(), objectName=name)
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        return button

    def _revision_table(self) -> QTableView:
        table = QTableView(objectName="revisionTable")
        table.setModel(self.revisions)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(
            RevisionTableModel.NUMBER, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(
            RevisionTableModel.SAVED, QHeaderView.ResizeMode.ResizeToContents
        )
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        table.doubleClicked.connect(self.compare_selected)
        return table

    # -- what is shown ---------------------------------------------------------------------

    @property
    def release(self) -> PressReleaseRow | None:
        return self._release

    def text_value(self) -> str:
        return self.text.toPlainText()

    @property
    def is_dirty(self) -> bool:
        return self._release is not None and self.text.document().isModified()

    def show_release(self, release: PressReleaseRow | None) -> None:
        """Show ``release`` (None: nothing). The same release at the same version keeps the
        text as typed (and the cursor); any other replaces it."""
        same = (
            release is not None
            and self._release is not None
            and (release.id, release.version) == (self._release.id, self._release.version)
        )
        if same:
            self._take(release)
            return
        load_revisions = release is None or self._release is None or release.id != self._release.id
        self._take(release, replace_text=True)
        if load_revisions:
            self.revisions.set_rows([])
        self._load_revisions()

    def _take(self, release: PressReleaseRow | None, *, replace_text: bool = False) -> None:
        """Make ``release`` the one shown. Its text replaces the editor's when asked, else only
        if nothing was typed since; a text equal to the saved one is marked saved."""
        self._release = release
        body = release.body if release is not None else ""
        if replace_text or (self.text.toPlainText() != body and not self.is_dirty):
            self.text.setPlainText(body)
        if self.text.toPlainText() == body:
            self.text.document().setModified(False)
        self.text.setReadOnly(release is None or release.read_only)
        if release is None:
            self.title.setText(QCoreApplication.translate("ReleaseEditor", NO_RELEASE))
            self.info.clear()
            self.state.hide()
        else:
            self.title.setText(release.headline or release.meeting_theme)
            self.info.setText(self._info_text(release))
            self.info.setToolTip(self.info.text())
            approval = approval_text(release)
            self.state.setText(
                self.tr("{approval}. Read-only: reopen it to edit.").format(approval=approval)
                if release.read_only
                else ""
            )
            self.state.setVisible(release.read_only)
        self._update_buttons()

    def _info_text(self, release: PressReleaseRow) -> str:
        """The line under the headline: the meeting, language, template, status, revision
        and author."""
        facts = {
            "day": meeting_day_text(release.meeting_starts_at),
            "theme": release.meeting_theme,
            "language": LANGUAGE_LABELS.get(release.language, release.language),
            "template": release.template,
            "status": STATUS_LABELS.get(release.status, str(release.status)),
            "revision": release.revisions,
        }
        if release.author:
            return self.tr(
                "{day} · {theme} · {language} · {template} · {status} · revision {revision} · "
                "drafted by {author}"
            ).format(author=release.author, **facts)
        return self.tr(
            "{day} · {theme} · {language} · {template} · {status} · revision {revision} · "
            "drafted by unknown"
        ).format(**facts)

    def _update_buttons(self, *_args: object) -> None:
        release, idle = self._release, not self._writing
        status = release.status if release is not None else None
        draft = status == PressReleaseStatus.DRAFT
        self.save_action.setEnabled(idle and draft)
        self.save_button.setEnabled(idle and draft)
        self.approve_button.setEnabled(idle and draft)
        self.publish_button.setEnabled(idle and status == PressReleaseStatus.APPROVED)
        self.reopen_button.setEnabled(idle and release is not None and not draft)
        self.export_button.setEnabled(release is not None)
        self.exporter.update_actions()
        selected = self.selected_revisions()
        self.compare_button.setEnabled(
            release is not None and release.revisions > 1 and len(selected) in (1, 2)
        )
        self.restore_button.setEnabled(idle and draft and len(selected) == 1)

    # -- revisions -------------------------------------------------------------------------

    def _load_revisions(self) -> None:
        release = self._release
        if release is None:
            return

        def loaded(rows: list[RevisionRow]) -> None:
            if self._release is not None and self._release.id == release.id:
                self.revisions.set_rows(rows)
                self._update_buttons()

        self._tasks.run(
            lambda store: store.revisions(release.id),
            loaded,
            self.tr("Cannot read the revisions"),
            name="revisions",
        )

    def selected_revisions(self) -> list[int]:
        rows = self.revision_table.selectionModel().selectedRows()
        return sorted(self.revisions.row_at(index.row()).number for index in rows)

    def select_revisions(self, *numbers: int) -> None:
        self.revision_table.clearSelection()
        flags = (
            self.revision_table.selectionModel().SelectionFlag.Select
            | self.revision_table.selectionModel().SelectionFlag.Rows
        )
        for number in numbers:
            row = self.revisions.find(lambda revision, n=number: revision.number == n)
            if row is not None:
                self.revision_table.selectionModel().select(self.revisions.index(row, 0), flags)

    def compare_selected(self, *_args: object) -> None:
        release, selected = self._release, self.selected_revisions()
        if release is None or not 1 <= len(selected) <= 2 or release.revisions < 2:
            return
        if len(selected) == 2:
            old, new = selected
        elif selected[0] == release.revisions:
            old, new = selected[0] - 1, selected[0]
        else:
            old, new = selected[0], release.revisions

        old_label = self.tr("revision {number}").format(number=old)
        new_label = self.tr("revision {number}").format(number=new)
        title = self.tr("Revisions {old} and {new}: {theme}").format(
            old=old, new=new, theme=release.meeting_theme
        )

        def show(comparison: Comparison) -> None:
            if self.diff_dialog is not None:
                self.diff_dialog.close()
            self.diff_dialog = DiffDialog(relabelled(comparison, old_label, new_label), title, self)
            self.diff_dialog.show()

        self._tasks.run(
            lambda store: store.compare(release.id, old, new),
            show,
            self.tr("Cannot compare revisions"),
        )

    def restore_selected(self) -> None:
        release, selected = self._release, self.selected_revisions()
        if release is None or len(selected) != 1:
            return
        number = selected[0]
        if self.is_dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Restore revision?"),
                self.tr(
                    "Restore revision {number}? The changes you have not saved are lost."
                ).format(number=number),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._write(
            lambda store: store.restore(release.id, number, version=release.version),
            self.tr("Cannot restore the revision"),
            lambda saved: (
                self.tr("Restored revision {number} as revision {revision}.").format(
                    number=number, revision=saved.revision
                )
                if saved.revision
                else self.tr("Revision {number} is the current text already.").format(number=number)
            ),
            replace_text=True,
        )

    # -- writes ----------------------------------------------------------------------------

    def save(self) -> None:
        release = self._release
        if release is None or release.read_only or self._writing:
            return
        text = self.text.toPlainText()
        self._write(
            lambda store: store.save_text(release.id, text, version=release.version),
            self.tr("Cannot save the press release"),
            lambda saved: (
                self.tr("Saved revision {revision}.").format(revision=saved.revision)
                if saved.revision
                else self.tr("No changes to save.")
            ),
        )

    def _saved_version(self) -> Callable[[PressReleaseStore], int]:
        """Work that saves the typed text first when it changed; returns the version then."""
        release, text, dirty = self._release, self.text.toPlainText(), self.is_dirty
        assert release is not None

        def saved_version(store: PressReleaseStore) -> int:
            if dirty and text != release.body:
                return store.save_text(release.id, text, version=release.version).release.version
            return release.version

        return saved_version

    def approve(self) -> None:
        self._status_change(
            "approve",
            self.tr("Approved the press release."),
            self.tr("Cannot approve the press release"),
        )

    def publish(self) -> None:
        self._status_change(
            "publish",
            self.tr("Marked the press release published."),
            self.tr("Cannot publish the press release"),
        )

    def reopen(self) -> None:
        self._status_change(
            "reopen",
            self.tr("Reopened the press release: it is a draft again."),
            self.tr("Cannot reopen the press release"),
        )

    def _status_change(self, verb: str, message: str, failure_title: str) -> None:
        release = self._release
        if release is None or self._writing:
            return
        # Approving approves the text shown: typed changes are saved first, in the same task.
        version = self._saved_version() if verb == "approve" else lambda _store: release.version
        self._write(
            lambda store: getattr(store, verb)(release.id, version=version(store)),
            failure_title,
            lambda _release: message,
        )

    def _write(
        self,
        work: Callable[[PressReleaseStore], Any],
        title: str,
        message: Callable[[Any], str],
        *,
        replace_text: bool = False,
    ) -> None:
        """Run a write; its result (a release, or SavedText) becomes what is shown."""
        self._writing = True
        self._update_buttons()

        def finished(result: PressReleaseRow | SavedText) -> None:
            self._writing = False
            release = getattr(result, "release", result)
            if self._release is not None and self._release.id == release.id:
                self._take(release, replace_text=replace_text)
                self._load_revisions()
            self.message.emit(message(result))
            self.release_changed.emit(release)

        def failed(exc: BaseException, details: str) -> None:
            self._writing = False
            self._update_buttons()
            self._tasks.report_failure(title, exc, details)

        if not self._tasks.run(work, finished, title, on_failed=failed, name="press write"):
            self._writing = False
            self._update_buttons()
