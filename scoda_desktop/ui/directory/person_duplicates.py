"""The duplicate warning in the person dialog: who the person being entered resembles, and why.

A warning, never a refusal: each match (``services.directory.duplicates.Match``) is listed with
its reason and an "Open that person" button; "Save anyway" saves the form as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from scoda_desktop.ui.display import phrase_text

if TYPE_CHECKING:
    from scoda_desktop.services.directory.duplicates import Match

__all__ = ["MAX_MATCHES_SHOWN", "DuplicateWarning"]

MAX_MATCHES_SHOWN = 5


class DuplicateWarning(QFrame):
    """Hidden until ``show_matches`` gets at least one match."""

    open_person = Signal(int)
    save_anyway = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateWarning")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#duplicateWarning { background: #fff4d6; border: 1px solid #e0c070;"
            " border-radius: 4px; } #duplicateWarning QLabel { color: #3d3000; }"
        )
        self.matches: list[Match] = []

        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size)
        )
        self.headline = QLabel(objectName="duplicateHeadline")
        self.headline.setWordWrap(True)
        self.rows = QGridLayout()
        self.rows.setColumnStretch(0, 1)
        self.more = QLabel(objectName="duplicateMore")
        self.save_anyway_button = QPushButton(self.tr("Save an&yway"), objectName="saveAnyway")
        self.save_anyway_button.setToolTip(
            self.tr("This is a different person: save the form as it is")
        )
        self.save_anyway_button.clicked.connect(self.save_anyway)
        advice = QLabel(
            self.tr(
                "If it is the same person, open that record and edit it instead (add this "
                "spelling to its alternative spellings). If not, save anyway."
            )
        )
        advice.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.headline, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(advice, 1)
        bottom.addWidget(self.save_anyway_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.rows)
        layout.addWidget(self.more)
        layout.addLayout(bottom)
        self.hide()

    def show_matches(self, matches: Sequence[Match]) -> None:
        self.matches = list(matches)
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        shown = self.matches[:MAX_MATCHES_SHOWN]
        if len(shown) == 1:
            self.headline.setText(self.tr("<b>This may be someone already in the directory:</b>"))
        else:
            self.headline.setText(
                self.tr(
                    "<b>This may be one of {count} people already in the directory:</b>"
                ).format(count=len(self.matches))
            )
        for row, match in enumerate(shown):
            who = match.name_en
            if match.name_zh:
                who += f" {match.name_zh}"
            if match.country_code:
                who += f" ({match.country_code})"
            reason = phrase_text(match.reason)
            label = QLabel(self.tr("{who}: {reason}").format(who=who, reason=reason))
            label.setObjectName(f"duplicateReason{row}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.rows.addWidget(label, row, 0)
            if match.person_id is not None:
                button = QPushButton(self.tr("Open that person"), objectName=f"openDuplicate{row}")
                button.setToolTip(self.tr("Close this form and show {who}").format(who=who))
                button.clicked.connect(
                    lambda _checked=False, pid=match.person_id: self.open_person.emit(pid)
                )
                self.rows.addWidget(button, row, 1)
        hidden = len(self.matches) - len(shown)
        self.more.setText(self.tr("… and {count} more.").format(count=hidden) if hidden else "")
        self.more.setVisible(hidden > 0)
        self.setVisible(bool(self.matches))

    def text(self) -> str:
        """What the warning says (empty while hidden), for tests and accessibility."""
        if not self.matches:
            return ""
        return "\n".join(
            self.tr("{who}: {reason}").format(who=m.name_en, reason=phrase_text(m.reason))
            for m in self.matches[:MAX_MATCHES_SHOWN]
        )
