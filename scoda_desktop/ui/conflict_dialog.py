"""The question asked when a save is refused because someone else saved the meeting first:
what differs (field, your value, their value, who changed it), then Reload, Overwrite or
Cancel. The dialog only asks; the editor acts on the answer (``ConflictChoice``).

``ConflictDialog.ask`` is the one entry point, so tests replace it to choose an answer.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scoda_desktop.services.meeting_conflicts import ChangedBy, MeetingConflict
from scoda_desktop.ui.display import TranslatedLabels, phrase_text
from scoda_desktop.ui.text_table_model import TextTableModel
from scoda_desktop.ui.translations import QT_TRANSLATE_NOOP

__all__ = ["ConflictChoice", "ConflictDialog"]

CONTEXT = "ConflictDialog"
HEADERS = (
    QT_TRANSLATE_NOOP("ConflictDialog", "What"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Your version"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Saved version"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Changed by"),
)
CHANGED_BY = TranslatedLabels(
    "ChangedBy",
    {
        ChangedBy.YOU: QT_TRANSLATE_NOOP("ChangedBy", "you"),
        ChangedBy.THEM: QT_TRANSLATE_NOOP("ChangedBy", "them"),
        ChangedBy.BOTH: QT_TRANSLATE_NOOP("ChangedBy", "both of you"),
    },
)
DEFAULT_SIZE = (760, 420)


class ConflictChoice(Enum):
    RELOAD = "reload"  # discard mine, load the saved version into the editor
    OVERWRITE = "overwrite"  # save mine over the saved version
    CANCEL = "cancel"  # keep editing; nothing is saved


def headline(conflict: MeetingConflict) -> str:
    theme = conflict.theirs.theme or QCoreApplication.translate("ConflictDialog", "This meeting")
    if conflict.last_change:
        text = QCoreApplication.translate(
            "ConflictDialog",
            "“{theme}” was saved by {who} after you opened it. Your changes are not saved yet.",
        )
    else:
        text = QCoreApplication.translate(
            "ConflictDialog",
            "“{theme}” was saved after you opened it. Your changes are not saved yet.",
        )
    return text.format(theme=theme, who=phrase_text(conflict.last_change))


class ConflictDialog(QDialog):
    def __init__(self, conflict: MeetingConflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("The meeting was changed elsewhere"))
        self.resize(*DEFAULT_SIZE)
        self.choice = ConflictChoice.CANCEL

        message = QLabel(headline(conflict), objectName="conflictHeadline")
        message.setWordWrap(True)
        if conflict.differences:
            explain = self.tr("Where your version and the saved one differ:")
        else:
            explain = self.tr("Your version and the saved one hold the same values.")
        self.model = TextTableModel(
            [QCoreApplication.translate(CONTEXT, header) for header in HEADERS],
            [
                (
                    phrase_text(d.what),
                    phrase_text(d.yours),
                    phrase_text(d.theirs),
                    CHANGED_BY[d.changed_by],
                )
                for d in conflict.differences
            ],
            self,
        )
        self.table = QTableView(objectName="conflictDifferences")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(3)
        self.table.setVisible(bool(conflict.differences))

        self.buttons = QDialogButtonBox()
        self.reload_button = self._button(
            self.tr("&Reload the saved version"),
            QDialogButtonBox.ButtonRole.DestructiveRole,
            ConflictChoice.RELOAD,
            self.tr("Discard your changes and show the meeting as it is saved now"),
        )
        self.overwrite_button = self._button(
            self.tr("&Overwrite with mine"),
            QDialogButtonBox.ButtonRole.AcceptRole,
            ConflictChoice.OVERWRITE,
            self.tr("Save your version over the saved one; the history keeps both"),
        )
        self.cancel_button = self._button(
            self.tr("&Cancel"),
            QDialogButtonBox.ButtonRole.RejectRole,
            ConflictChoice.CANCEL,
            self.tr("Go back to your changes without saving"),
        )
        self.cancel_button.setDefault(True)  # the answer that loses nothing

        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(QLabel(explain))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    def _button(
        self, text: str, role: QDialogButtonBox.ButtonRole, choice: ConflictChoice, tip: str
    ) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        self.buttons.addButton(button, role)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        if choice == ConflictChoice.CANCEL:
            self.reject()
        else:
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, conflict: MeetingConflict) -> ConflictChoice:
        """Show the conflict (modal) and return what the officer chose; closing the dialog
        is Cancel."""
        dialog = cls(conflict, parent)
        try:
            dialog.exec()
            return dialog.choice
        finally:
            dialog.deleteLater()
