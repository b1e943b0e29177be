"""Asking where to save an export: one file dialog for every list and report, whose chosen
filter decides the format when the name has no known extension."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from scoda_desktop.ui.translations import QT_TRANSLATE_NOOP

__all__ = ["FILTERS", "ask_save_path", "file_filter", "safe_file_name"]

# The file dialog's filter of each format (English source strings: see ``file_filter``).
FILTERS = {
    "csv": QT_TRANSLATE_NOOP("SaveDialog", "CSV, opens in Excel (*.csv)"),
    "xlsx": QT_TRANSLATE_NOOP("SaveDialog", "Excel workbook (*.xlsx)"),
    "pdf": QT_TRANSLATE_NOOP("SaveDialog", "PDF with the chart (*.pdf)"),
}


def file_filter(file_format: str) -> str:
    """The file dialog's filter for ``file_format``, in the interface's language."""
    return QCoreApplication.translate("SaveDialog", FILTERS[file_format])


def safe_file_name(title: str) -> str:
    """A file name proposed from a title: letters, digits and dashes."""
    return re.sub(r"[^\w]+", "-", title, flags=re.UNICODE).strip("-").lower() or "export"


def ask_save_path(
    parent: QWidget | None, caption: str, name: str, formats: tuple[str, ...]
) -> Path | None:
    """The file chosen, with the extension of the chosen format added when missing; None when
    cancelled. Tests monkeypatch this."""
    filters = ";;".join(file_filter(f) for f in formats)
    chosen, selected = QFileDialog.getSaveFileName(parent, caption, f"{name}.{formats[0]}", filters)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lstrip(".").lower() not in formats:
        picked = next((f for f in formats if file_filter(f) == selected), formats[0])
        path = path.with_name(f"{path.name}.{picked}")
    return path
