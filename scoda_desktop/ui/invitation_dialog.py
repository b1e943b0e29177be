"""The invitation of one meeting: the e-mail text in English or Chinese to read over, then the
``.ics`` or the e-mail draft (an ``.eml`` with the ``.ics`` attached) saved, or the draft opened
in the system's mail program to send from there. SCODA Desktop itself sends nothing.

The meeting and its participants are read once on the task runner; the text is rendered from
the templates (``services.invitation_email``) on each change of language; files are written on
the task runner too.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scoda_desktop import paths
from scoda_desktop.errors import ScodaError
from scoda_desktop.ui.display import error_text
from scoda_desktop.ui.meeting_editor.fields import problem_colour
from scoda_desktop.ui.translations import QT_TRANSLATE_NOOP
from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from sqlmodel import Session

    from scoda_desktop.services.invitation_email import InvitationData, InvitationDraft

log = logging.getLogger(__name__)

# The languages of the e-mail (not of the interface)
LANGUAGE_CHOICES = (
    (QT_TRANSLATE_NOOP("InvitationDialog", "English"), "en"),
    (QT_TRANSLATE_NOOP("InvitationDialog", "中文 (Chinese)"), "zh"),
)
DEFAULT_SIZE = (760, 620)
DRAFTS_FOLDER = "drafts"  # in the data folder: the drafts handed to the mail program

FailureReporter = Callable[[str, BaseException, str], None]
SessionReader = Callable[[Callable[["Session"], Any]], Any]


def file_stem(theme: str, meeting_id: int) -> str:
    """A file name from the theme: "invitation-28-Business-Travel-and-Cultural-Exchange"."""
    words = re.findall(r"\w+", theme)[:6]
    return "-".join(["invitation", str(meeting_id), *words])


class InvitationDialog(QDialog):
    """Opened from Meeting > Invitation… on the selected meeting."""

    def __init__(
        self,
        meeting_id: int,
        theme: str,
        *,
        read: SessionReader,
        runner: TaskRunner,
        report_failure: FailureReporter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("invitationDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Invitation: {theme}").format(theme=theme))
        self.resize(*DEFAULT_SIZE)
        self._meeting_id = meeting_id
        self._stem = file_stem(theme, meeting_id)
        self._runner = runner
        self._report_failure = report_failure
        self._closed = False
        self._data: InvitationData | None = None
        self._draft: InvitationDraft | None = None

        self.language = QComboBox(objectName="invitationLanguage")
        for label, code in LANGUAGE_CHOICES:
            self.language.addItem(QCoreApplication.translate("InvitationDialog", label), code)
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        self.preview = QPlainTextEdit(objectName="invitationPreview")
        self.preview.setReadOnly(True)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        self.preview.setPlaceholderText(self.tr("Reading the meeting…"))
        self.missing = QLabel(objectName="invitationMissing")
        self.missing.setWordWrap(True)
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        self.missing.setStyleSheet(f"color: {problem_colour(self)};")
        self.missing.hide()
        self.status = QLabel(objectName="invitationStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.save_ics = QPushButton(self.tr("Save .&ics…"), objectName="saveIcs")
        self.save_ics.setToolTip(
            self.tr("Save the calendar invitation to attach or import elsewhere")
        )
        self.save_eml = QPushButton(self.tr("Save e-mail &draft…"), objectName="saveEml")
        self.save_eml.setToolTip(
            self.tr(
                "Save the e-mail with the invitation attached, as a draft that Outlook and "
                "other mail programs open as a new message"
            )
        )
        self.open_mail = QPushButton(self.tr("&Open in mail client"), objectName="openInMail")
        self.open_mail.setToolTip(
            self.tr("Open the draft in this computer's mail program to send it")
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.save_ics.clicked.connect(self._save_ics)
        self.save_eml.clicked.connect(self._save_eml)
        self.open_mail.clicked.connect(self._open_in_mail)
        self.language.currentIndexChanged.connect(self._render)

        top = QHBoxLayout()
        top.addWidget(language_label)
        top.addWidget(self.language)
        top.addStretch(1)
        actions = QHBoxLayout()
        for button in (self.save_ics, self.save_eml, self.open_mail):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.missing)
        layout.addWidget(self.status)
        layout.addLayout(actions)
        self._update_buttons()

        from scoda_desktop.services.invitation_email import load_invitation

        self._runner.submit(
            lambda: read(lambda session: load_invitation(session, meeting_id)),
            self._on_loaded,
            self._on_load_failed,
            name="invitation",
        )

    # -- content ---------------------------------------------------------------------------

    def language_code(self) -> str:
        return str(self.language.currentData())

    def draft(self) -> InvitationDraft | None:
        return self._draft

    def _on_loaded(self, data: InvitationData) -> None:
        if self._closed:
            return
        self._data = data
        self._render()

    def _on_load_failed(self, exc: BaseException, details: str) -> None:
        if self._closed:
            return
        self.preview.setPlaceholderText("")
        self.status.setText(
            self.tr("Cannot read the meeting: {error}").format(error=error_text(exc))
        )
        self._report_failure(self.tr("Cannot prepare the invitation"), exc, details)

    def _render(self) -> None:
        from scoda_desktop.services.invitation_email import render_invitation

        if self._data is None:
            return
        try:
            self._draft = render_invitation(self._data, self.language_code())
        except ScodaError as exc:  # a template the user edited: say where it fails
            self._draft = None
            self.preview.setPlainText("")
            self.preview.setPlaceholderText(error_text(exc))
        else:
            self.preview.setPlainText(self._draft.preview())
            missing = self._draft.missing
            self.missing.setText(
                self.tr("No e-mail address for {names}: add theirs in the mail program.").format(
                    names=self.tr(", ").join(missing)
                )
                if missing
                else ""
            )
            self.missing.setVisible(bool(missing))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_ics.setEnabled(self._data is not None)
        for button in (self.save_eml, self.open_mail):
            button.setEnabled(self._draft is not None)

    # -- files -----------------------------------------------------------------------------

    def _ask_path(self, title: str, suffix: str, file_filter: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder or Path.home()) / f"{self._stem}-{self.language_code()}")
        chosen, _ = QFileDialog.getSaveFileName(self, title, suggested + suffix, file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_suffix(suffix)

    def _write(self, path: Path, data: bytes, then: Callable[[Path], None]) -> None:
        from scoda_desktop.services.files import write_atomically

        self.status.setText(self.tr("Writing {path}…").format(path=path))
        self._runner.submit(
            lambda: write_atomically(path, data),
            lambda _result: then(path) if not self._closed else None,
            self._on_write_failed,
            name="write invitation",
        )

    def _on_write_failed(self, exc: BaseException, details: str) -> None:
        if self._closed:
            return
        self.status.setText("")
        self._report_failure(self.tr("Cannot write the file"), exc, details)

    def _saved(self, path: Path) -> None:
        self.status.setText(self.tr("Saved {path}").format(path=path))

    def _save_ics(self) -> None:
        if self._data is None:
            return
        path = self._ask_path(
            self.tr("Save the calendar invitation"), ".ics", self.tr("Calendar (*.ics)")
        )
        if path is not None:
            self._write(path, self._data.calendar, self._saved)

    def _eml(self) -> bytes | None:
        from scoda_desktop.services.invitation_email import eml_bytes

        if self._data is None or self._draft is None:
            return None
        return eml_bytes(self._data, self._draft)

    def _save_eml(self) -> None:
        data = self._eml()
        if data is None:
            return
        path = self._ask_path(
            self.tr("Save the e-mail draft"), ".eml", self.tr("E-mail message (*.eml)")
        )
        if path is not None:
            self._write(path, data, self._saved)

    def _open_in_mail(self) -> None:
        data = self._eml()
        if data is None:
            return
        folder = paths.data_dir() / DRAFTS_FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        self._write(folder / f"{self._stem}-{self.language_code()}.eml", data, self._hand_over)

    def _hand_over(self, path: Path) -> None:
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.status.setText(
                self.tr("Opened in the mail program (the draft is kept at {path}).").format(
                    path=path
                )
            )
        else:
            self.status.setText(
                self.tr(
                    "No mail program opened the draft. It is saved at {path}: open it from there."
                ).format(path=path)
            )

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)
