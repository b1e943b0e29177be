"""Directory CSV files that Excel opens correctly, and reading them back with line numbers.

Written: UTF-8 with a byte order mark (without it Excel reads UTF-8 as the Windows code page
and garbles Chinese and accented names), comma-separated, CRLF line ends, a value quoted when
it holds a comma, a quote or a line break. Alternative spellings share one cell, separated by
"; " (a semicolon or backslash inside a spelling is escaped with a backslash). The columns are
described in ``docs/directory-csv.md``.

Read: UTF-8 with or without the byte order mark, or UTF-16 with one (Excel's "Unicode Text");
a file in another encoding (such as GBK, which Excel's plain "CSV" writes on Chinese Windows) is
refused with a message, not guessed at. The separator is the one the header line uses most
(comma, semicolon as in some European Excels, or tab). Each record is reported with the line
it starts on, so a value with a line break does not shift the numbers of later rows.

A problem's message is made by ``problem_message``: English text for the command line that
keeps its source (marked in the context "Problems") and values for the import preview.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable, Sequence

from scoda_desktop.errors import InputError
from scoda_desktop.services.directory.entries import (
    ORGANISATION_COLUMNS,
    PEOPLE_COLUMNS,
    Cells,
    FileProblem,
    ParsedFile,
)
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, error_message, problem_message

__all__ = [
    "decode_text",
    "join_spellings",
    "problem_message",
    "read_csv",
    "split_spellings",
    "write_csv",
]

SPELLING_SEPARATOR = "; "
EXCEL_HINT = error_message(
    QT_TRANSLATE_NOOP("Errors", "In Excel, use Save As and choose “CSV UTF-8 (Comma delimited)”.")
)


def join_spellings(spellings: Iterable[str]) -> str:
    """Spellings in one cell: "Muhammad Egamzod; M. Egamzod"."""
    return SPELLING_SEPARATOR.join(s.replace("\\", "\\\\").replace(";", "\\;") for s in spellings)


def split_spellings(cell: str) -> list[str]:
    """The spellings of one cell (``join_spellings`` reversed), blanks left out."""
    spellings, current, escaped = [], [], False
    for char in cell:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ";":
            spellings.append("".join(current))
            current = []
        else:
            current.append(char)
    spellings.append("".join(current))
    return [s.strip() for s in spellings if s.strip()]


def _cell(name: str, value: object) -> str:
    if name == "alternative_spellings":
        return join_spellings(value or [])  # type: ignore[arg-type]
    return "" if value is None else str(value)


def write_csv(entries: Iterable[Cells], columns: Sequence[str]) -> str:
    """The entries as CSV text, starting with the byte order mark."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for entry in entries:
        writer.writerow([_cell(name, entry.get(name)) for name in columns])
    return "\ufeff" + buffer.getvalue()


# -- reading ----------------------------------------------------------------------------------


def decode_text(data: bytes, source: str, hint: str = EXCEL_HINT) -> str:
    """The file's text: UTF-8 (with or without BOM) or UTF-16 with BOM; InputError naming the
    line of the first byte that is not UTF-8 otherwise. ``hint`` is a sentence saying how to
    save the file again (an ``error_message``, so that the window translates it)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(
                error_message(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{file} is not valid UTF-16 text ({reason}). {hint}"
                    ),
                    file=source,
                    reason=exc.reason,
                    hint=hint,
                )
            ) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file} is not UTF-8 text (line {line} has a byte UTF-8 does not allow; "
                    "the file may be in a Chinese Windows encoding such as GBK). {hint} "
                    "Nothing was imported.",
                ),
                file=source,
                line=line,
                hint=hint,
            )
        ) from exc


def _delimiter(header_line: str) -> str:
    counts = {sep: header_line.count(sep) for sep in (",", ";", "\t")}
    return max(counts, key=lambda sep: (counts[sep], sep == ","))


def _column_name(text: str) -> str:
    return "_".join(text.strip().lower().replace("-", " ").split())


def _header(cells: list[str], line: int, result: ParsedFile) -> None:
    names = [_column_name(cell) for cell in cells]
    known: tuple[str, ...]
    if "name_en" in names:
        result.kind, known = "organisations", ORGANISATION_COLUMNS
    elif set(names) & (set(PEOPLE_COLUMNS) - {"uid"}):  # an update may leave out the name
        result.kind, known = "people", PEOPLE_COLUMNS
    else:
        shown = ", ".join(cells[:4])
        if shown:
            message = problem_message(
                QT_TRANSLATE_NOOP(
                    "Problems",
                    "the first line must name the columns (family_name, given_name, ... for "
                    "people; name_en, name_zh, ... for organisations), but it holds {cells}",
                ),
                cells=shown,
            )
        else:
            message = problem_message(
                QT_TRANSLATE_NOOP(
                    "Problems",
                    "the first line must name the columns (family_name, given_name, ... for "
                    "people; name_en, name_zh, ... for organisations), but it holds nothing",
                )
            )
        result.problems.append(FileProblem(line, None, message))
        return
    seen: set[str] = set()
    for name, cell in zip(names, cells, strict=True):
        if name and name in seen:
            twice = problem_message(QT_TRANSLATE_NOOP("Problems", "this column appears twice"))
            result.problems.append(FileProblem(line, name, twice))
        elif name not in known and name:
            result.problems.append(FileProblem(line, cell.strip(), _unknown_column(cell, known)))
        seen.add(name)
    result.columns = tuple(names)


def _unknown_column(cell: str, known: tuple[str, ...]) -> str:
    columns = ", ".join(known)
    if known == ORGANISATION_COLUMNS:
        template = QT_TRANSLATE_NOOP(
            "Problems", "unknown column “{column}” for organisations; the columns are: {columns}"
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Problems", "unknown column “{column}” for people; the columns are: {columns}"
        )
    return problem_message(template, column=cell.strip(), columns=columns)


def read_csv(text: str) -> ParsedFile:
    """The header and rows of directory CSV ``text`` (already decoded), each row numbered by
    the line it starts on; problems of the file itself (header, quoting, counts of values)."""
    text = text.removeprefix("\ufeff")
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=_delimiter(first_line), strict=True
    )
    result = ParsedFile(kind="", unit="line")
    previous_end = 0
    try:
        for cells in reader:
            start, previous_end = previous_end + 1, reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if not result.columns and not result.problems:
                _header(cells, start, result)
                continue
            if result.problems and not result.columns:
                break
            if len(cells) > len(result.columns):
                too_many = problem_message(
                    QT_TRANSLATE_NOOP(
                        "Problems",
                        "{values} values, but the header names {columns} columns (put a value "
                        "holding a comma in double quotes)",
                    ),
                    values=len(cells),
                    columns=len(result.columns),
                )
                result.problems.append(FileProblem(start, None, too_many))
                continue
            row: Cells = {}
            for name, value in zip(result.columns, cells, strict=False):
                if name:
                    row[name] = split_spellings(value) if name == "alternative_spellings" else value
            for name in result.columns[len(cells) :]:
                row[name] = [] if name == "alternative_spellings" else ""
            result.rows.append((start, row))
    except csv.Error as exc:
        broken = problem_message(
            QT_TRANSLATE_NOOP(
                "Problems",
                "the file's quoting is broken ({error}): a value with a quote must be in double "
                'quotes, with the quote doubled ("")',
            ),
            error=exc,
        )
        result.problems.append(FileProblem(previous_end + 1, None, broken))
    if not result.columns and not result.problems:
        empty = problem_message(
            QT_TRANSLATE_NOOP("Problems", "the file is empty: it has no header line")
        )
        result.problems.append(FileProblem(1, None, empty))
    return result
