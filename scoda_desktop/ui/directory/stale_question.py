"""The question every directory form asks when a save is refused because someone else saved the
record first (or merged or deleted it): the service's explanation, and what to do with the form.

``StaleQuestion.ask`` is the one entry point, so tests replace it to choose an answer. Nothing
the user typed is dropped without their choosing Reload.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

__all__ = ["StaleChoice", "StaleQuestion"]


class StaleChoice(Enum):
    RELOAD = "reload"  # discard the form's changes, show the record as saved now
    OVERWRITE = "overwrite"  # save the form over the saved version
    KEEP_EDITING = "keep_editing"  # nothing saved; the form stays as it is


class StaleQuestion(QMessageBox):
    """A warning naming who changed the record, with Reload, Overwrite and Keep editing.
    ``title`` says which record (the form's ``stale_title``)."""

    def __init__(self, parent: QWidget | None, title: str, explanation: str) -> None:
        super().__init__(parent)
        self.setObjectName("staleQuestion")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(title)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(explanation)
        self.setInformativeText(
            self.tr(
                "Your changes are still in the form. Reload shows the saved version (your "
                "changes are lost); Overwrite saves yours over it (the history keeps both)."
            )
        )
        self.choice = StaleChoice.KEEP_EDITING
        self.reload_button = self.addButton(
            self.tr("&Reload the saved version"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.overwrite_button = self.addButton(
            self.tr("&Overwrite with mine"), QMessageBox.ButtonRole.AcceptRole
        )
        self.keep_button = self.addButton(
            self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self.keep_button)  # the answer that loses nothing
        self.setEscapeButton(self.keep_button)

    def chosen(self) -> StaleChoice:
        clicked = self.clickedButton()
        if clicked is self.reload_button:
            return StaleChoice.RELOAD
        if clicked is self.overwrite_button:
            return StaleChoice.OVERWRITE
        return StaleChoice.KEEP_EDITING

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, explanation: str) -> StaleChoice:
        """Ask (modal) and return the choice; closing the box is Keep editing."""
        box = cls(parent, title, explanation)
        try:
            box.exec()
            return box.chosen()
        finally:
            box.deleteLater()
