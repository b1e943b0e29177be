"""Asking which meeting, language and template a new press-release draft is for."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from scoda_desktop.domain.enums import Language
from scoda_desktop.ui.display import office_time_text
from scoda_desktop.ui.press.models import LANGUAGE_LABELS

if TYPE_CHECKING:
    from scoda_desktop.services.press.store import MeetingChoice
    from scoda_desktop.services.press.templates import DraftTemplate

__all__ = ["DraftRequest", "NewDraftDialog"]

DEFAULT_TEMPLATE = "press-release"


@dataclass(frozen=True, slots=True)
class DraftRequest:
    meeting_id: int
    language: Language
    template: str


class NewDraftDialog(QDialog):
    """The choices; ``request()`` is what was chosen. Opened window-modal with ``open()``."""

    def __init__(
        self,
        meetings: list[MeetingChoice],
        templates: list[DraftTemplate],
        *,
        meeting_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newPressDraftDialog")
        self.setWindowTitle(self.tr("New Press Release Draft"))
        self._templates = templates

        self.meeting = QComboBox(objectName="meetingChoice")
        self.meeting.setMinimumContentsLength(60)
        self.meeting.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        for choice in meetings:
            self.meeting.addItem(f"{office_time_text(choice.starts_at)}  {choice.theme}", choice.id)
        if meeting_id is not None and (found := self.meeting.findData(meeting_id)) >= 0:
            self.meeting.setCurrentIndex(found)
        self.language = QComboBox(objectName="languageChoice")
        for language in Language:
            self.language.addItem(LANGUAGE_LABELS[language], language)
        self.template = QComboBox(objectName="templateChoice")
        self.language.currentIndexChanged.connect(self._fill_templates)
        self._fill_templates()

        form = QFormLayout()
        form.addRow(self.tr("&Meeting:"), self.meeting)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Template:"), self.template)
        hint = QLabel(
            self.tr(
                "The draft is written from the meeting's record: check names, titles and dates "
                "before approving it."
            )
        )
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Draft"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(meetings))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)

    def _fill_templates(self) -> None:
        language = self.language.currentData()
        chosen = self.template.currentData() or DEFAULT_TEMPLATE
        self.template.clear()
        for template in self._templates:
            if template.language == language:
                label = (
                    self.tr("{template}  (your copy)").format(template=template.name)
                    if template.user_copy
                    else template.name
                )
                self.template.addItem(label, template.name)
        found = self.template.findData(chosen)
        self.template.setCurrentIndex(max(found, 0))

    def request(self) -> DraftRequest:
        return DraftRequest(
            meeting_id=int(self.meeting.currentData()),
            language=Language(self.language.currentData()),
            template=str(self.template.currentData() or DEFAULT_TEMPLATE),
        )
