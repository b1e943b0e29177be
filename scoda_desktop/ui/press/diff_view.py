"""Two revisions of a press release compared: side by side with the changed words marked, or
as a unified diff to copy into a message."""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from scoda_desktop.services.press.compare import Change, Comparison, Span
from scoda_desktop.ui.translations import QT_TRANSLATE_NOOP

__all__ = ["DiffDialog", "comparison_html", "relabelled"]

REMOVED_ROW, ADDED_ROW = "#fdf0f0", "#eefbf1"
REMOVED_WORDS, ADDED_WORDS = "#f6c6c4", "#b9efc6"
NUMBER_COLOUR = "#8a8a8a"
SAME_TEXT = QT_TRANSLATE_NOOP("DiffDialog", "The two revisions have the same text.")


def relabelled(comparison: Comparison, old_label: str, new_label: str) -> Comparison:
    """``comparison`` with its two sides named ``old_label`` and ``new_label`` (in the
    interface's language), in the unified diff's header lines too."""
    header = f"--- {comparison.old_label}\n+++ {comparison.new_label}\n"
    unified = comparison.unified
    if unified.startswith(header):
        unified = f"--- {old_label}\n+++ {new_label}\n" + unified[len(header) :]
    return replace(comparison, old_label=old_label, new_label=new_label, unified=unified)


def _spans(spans: tuple[Span, ...], changed_colour: str, strike: bool) -> str:
    html = []
    for span in spans:
        text = escape(span.text)
        if span.changed:
            style = f"background-color:{changed_colour};"
            if strike:
                style += "text-decoration:line-through;"
            html.append(f'<span style="{style}">{text}</span>')
        else:
            html.append(text)
    return "".join(html)


def _cell(number: int | None, spans: tuple[Span, ...], change: Change, old: bool) -> str:
    background = ""
    if change != Change.EQUAL and spans:
        background = f' bgcolor="{REMOVED_ROW if old else ADDED_ROW}"'
    colour = REMOVED_WORDS if old else ADDED_WORDS
    number_text = "" if number is None else str(number)
    return (
        f'<td align="right" style="color:{NUMBER_COLOUR}; white-space:nowrap;"{background}>'
        f"{number_text}</td>"
        f'<td width="50%"{background}>{_spans(spans, colour, strike=old)}</td>'
    )


def comparison_html(comparison: Comparison) -> str:
    """The side-by-side table: line numbers, the old text on the left, the new on the right;
    changed lines tinted, the words that differ marked (struck through on the left)."""
    rows = [
        "<tr>"
        + _cell(row.old_number, row.old, row.change, old=True)
        + _cell(row.new_number, row.new, row.change, old=False)
        + "</tr>"
        for row in comparison.rows
    ]
    header = (
        f'<tr><th></th><th align="left">{escape(comparison.old_label.capitalize())}</th>'
        f'<th></th><th align="left">{escape(comparison.new_label.capitalize())}</th></tr>'
    )
    return (
        '<table width="100%" cellspacing="0" cellpadding="4" style="border-collapse:collapse;">'
        + header
        + "".join(rows)
        + "</table>"
    )


class DiffDialog(QDialog):
    """Shows one comparison; not modal, so the editor stays usable beside it."""

    def __init__(self, comparison: Comparison, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pressDiffDialog")
        self.setWindowTitle(title)
        self.resize(960, 600)
        self.comparison = comparison

        same_text = QCoreApplication.translate("DiffDialog", SAME_TEXT)
        self.summary = QLabel(
            f"{comparison.old_label.capitalize()} → {comparison.new_label}"
            if comparison.changed
            else same_text
        )
        self.side_by_side = QTextBrowser(objectName="sideBySide")
        self.side_by_side.setHtml(comparison_html(comparison))
        self.unified = QPlainTextEdit(objectName="unifiedDiff")
        self.unified.setReadOnly(True)
        self.unified.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.unified.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.unified.setPlainText(comparison.unified or same_text)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.side_by_side, self.tr("Side by side"))
        self.tabs.addTab(self.unified, self.tr("Unified diff"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
