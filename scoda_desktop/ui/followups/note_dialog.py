"""The small dialog that asks for a note when a follow-up is closed or reopened."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

__all__ = ["NoteDialog"]


class NoteDialog(QDialog):
    """A prompt, a note box (may stay empty) and OK / Cancel."""

    def __init__(self, title: str, prompt: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("followUpNoteDialog")
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.note_edit = QPlainTextEdit(objectName="noteEdit")
        self.note_edit.setPlaceholderText(
            self.tr("Note (optional): what was done, or why it was dropped")
        )
        self.note_edit.setTabChangesFocus(True)
        layout.addWidget(self.note_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(action)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(440, 220)

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, prompt: str, action: str) -> str | None:
        """The note typed (possibly empty), or None when cancelled. Tests monkeypatch this."""
        dialog = cls(title, prompt, action, parent)
        try:
            return dialog.note() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
