"""Plain tables (a title, column names, rows of values) and their export to CSV and XLSX.

CSV is written for Excel: UTF-8 with a byte-order mark (without it Excel reads the file in the
computer's ANSI code page and garbles Chinese), CRLF line ends and the ``excel`` dialect of the
csv module. A text cell that a spreadsheet would take for a formula (it starts with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return) gets a leading apostrophe, so that opening an
export never runs what someone typed into a record (CSV injection); numbers stay numbers.

XLSX is written with openpyxl: dates as dates, numbers as numbers, text always as text (never
as a formula, whatever it starts with), instants as the office's wall-clock time, since Excel
has no time zones. Both formats are written atomically: a failed export never leaves half a
file where a good one was.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from scoda_desktop.domain.office import to_office_time
from scoda_desktop.errors import InputError
from scoda_desktop.services.files import write_atomically
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, error_message

__all__ = [
    "Cell",
    "Table",
    "TableFormat",
    "csv_bytes",
    "export_table",
    "table_format_for",
    "xlsx_bytes",
]

Cell = str | int | float | bool | date | datetime | None

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_MAX_COLUMN_WIDTH = 60


@dataclass(frozen=True, slots=True)
class Table:
    """What every list and report hands to an export: column names and rows of plain values."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


class TableFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


def table_format_for(path: Path, chosen: str | None = None) -> TableFormat:
    """The format asked for, else the one the file's extension names."""
    name = chosen or Path(path).suffix.lstrip(".").lower()
    try:
        return TableFormat(name)
    except ValueError:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Cannot tell the format to write {path} in: name a .csv or .xlsx file, "
                    "or give --format csv or --format xlsx.",
                ),
                path=path,
            )
        ) from None


def _safe_text(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return to_office_time(value).strftime("%Y-%m-%d %H:%M") if value.tzinfo else str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float):
        return str(value)
    return _safe_text(str(value))


def csv_bytes(table: Table) -> bytes:
    """The table as CSV that Excel opens correctly: UTF-8 with BOM, CRLF, formula-safe."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, dialect="excel")  # quotes where needed, "\r\n" line ends
    writer.writerow([_safe_text(name) for name in table.columns])
    writer.writerows([_csv_cell(value) for value in row] for row in table.rows)
    return buffer.getvalue().encode("utf-8-sig")


def _sheet_title(title: str) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, not blank."""
    cleaned = _SHEET_TITLE_FORBIDDEN.sub(" ", title).strip().strip("'")[:31].strip()
    return cleaned or "Sheet1"


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def xlsx_bytes(table: Table) -> bytes:
    """The table as an XLSX workbook of one sheet, header bold and frozen."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _sheet_title(table.title)
    widths = [_display_width(name) for name in table.columns]
    bold = Font(bold=True)
    for column, name in enumerate(table.columns, 1):
        cell = sheet.cell(row=1, column=column, value=ILLEGAL_CHARACTERS_RE.sub("", name))
        cell.data_type = "s"
        cell.font = bold
    for row_number, row in enumerate(table.rows, 2):
        for column, value in enumerate(row, 1):
            cell = sheet.cell(row=row_number, column=column)
            if isinstance(value, str):
                cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
                cell.data_type = "s"  # openpyxl would take "=..." for a formula
                shown = value
            elif isinstance(value, datetime):
                local = to_office_time(value) if value.tzinfo else value
                cell.value = local.replace(tzinfo=None)
                cell.number_format = "yyyy-mm-dd hh:mm"
                shown = "2026-01-01 00:00"
            elif isinstance(value, date):
                cell.value = value
                cell.number_format = "yyyy-mm-dd"
                shown = "2026-01-01"
            else:
                cell.value = value
                shown = "" if value is None else str(value)
            widths[column - 1] = max(widths[column - 1], _display_width(shown))
    for column, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(column)].width = min(width + 2, _MAX_COLUMN_WIDTH)
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def export_table(table: Table, path: Path, table_format: TableFormat | str) -> None:
    """Write ``table`` to ``path`` as CSV or XLSX, atomically."""
    kind = TableFormat(table_format)
    data = csv_bytes(table) if kind == TableFormat.CSV else xlsx_bytes(table)
    write_atomically(Path(path), data)
