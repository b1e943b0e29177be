"""The banner at the top of the Follow-ups page that says, once a start, how many follow-ups
are overdue or due in the week ahead, with a button that shows the overdue ones."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

if TYPE_CHECKING:
    from scoda_desktop.services.followups import DueSummary

__all__ = ["DueBanner"]


class DueBanner(QFrame):
    show_overdue = Signal()  # the user asked to see the overdue items

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueBanner")
        self.setStyleSheet(
            "#dueBanner { background: #fff4d6; border: 1px solid #e0c070; border-radius: 4px; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel(objectName="dueBannerText")
        row.addWidget(self.label, 1)
        show = QPushButton(self.tr("Show overdue"), objectName="showOverdueButton")
        show.clicked.connect(self.show_overdue)
        row.addWidget(show)
        dismiss = QPushButton(self.tr("Dismiss"), objectName="dismissBannerButton")
        dismiss.clicked.connect(self.hide)
        row.addWidget(dismiss)
        self.hide()

    def describe(self, summary: DueSummary) -> str:
        """The notice in one line: "2 follow-ups overdue, 3 due this week"."""
        overdue, soon = len(summary.overdue), len(summary.due_this_week)
        if overdue and soon:
            return self.tr("{overdue}, {due_this_week}").format(
                overdue=self.tr("%n follow-up(s) overdue", "", overdue),
                # Chinese need not say "follow-ups" twice: "3 项后续事项已逾期，2 项本周到期"
                due_this_week=self.tr("%n follow-up(s) due this week", "after those overdue", soon),
            )
        if overdue:
            return self.tr("%n follow-up(s) overdue", "", overdue)
        if soon:
            return self.tr("%n follow-up(s) due this week", "", soon)
        return self.tr("No follow-ups overdue or due this week")

    def announce(self, text: str) -> None:
        """Show ``text`` (a line from ``describe``) as a sentence in bold."""
        sentence = self.tr("{summary}.").format(summary=text)
        self.label.setText(f"<b>{escape(sentence)}</b>")
        self.show()
