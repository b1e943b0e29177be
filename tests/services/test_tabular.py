"""Tables exported to CSV (for Excel: BOM, CRLF, formula-safe) and XLSX, read back."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest

from scoda_desktop.errors import InputError
from scoda_desktop.services.tabular import (
    Table,
    TableFormat,
    csv_bytes,
    export_table,
    table_format_for,
)

TABLE = Table(
    title="Follow-ups: test/1",
    columns=("ID", "Text", "内容", "Due", "Rate", "Overdue", "When"),
    rows=(
        (1, "Send the tariffs, then call", "发送运价表", date(2026, 11, 27), 66.7, True, None),
        (2, '=HYPERLINK("http://example.com")', "+86 532 1234", None, -5, False, None),
        (3, "@SUM(A1)", "-1+2", date(2026, 1, 1), 0.0, False, None),
        (
            4,
            'Two lines\nwith "quotes"',
            "",
            None,
            None,
            None,
            datetime(2026, 11, 27, 16, 1, tzinfo=UTC),
        ),
    ),
)


def _read_csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_starts_with_the_bom_and_ends_lines_with_crlf(tmp_path: Path):
    path = tmp_path / "out.csv"
    export_table(TABLE, path, TableFormat.CSV)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\r\n") == len(TABLE.rows) + 1
    assert b"\n" not in data.replace(b"\r\n", b"").replace(b"Two lines\nwith", b"")


def test_csv_round_trips_through_csv_reader(tmp_path: Path):
    rows = _read_csv(csv_bytes(TABLE))
    assert rows[0] == list(TABLE.columns)
    assert rows[1] == [
        "1",
        "Send the tariffs, then call",
        "发送运价表",
        "2026-11-27",
        "66.7",
        "yes",
        "",
    ]
    assert rows[4][1] == 'Two lines\nwith "quotes"'
    assert rows[4][6] == "2026-11-28 00:01"  # the office's wall clock
    assert len(rows) == len(TABLE.rows) + 1


def test_csv_cells_that_look_like_formulas_get_an_apostrophe_numbers_do_not():
    rows = _read_csv(csv_bytes(TABLE))
    assert rows[2][1] == '\'=HYPERLINK("http://example.com")'
    assert rows[2][2] == "'+86 532 1234"
    assert rows[3][1] == "'@SUM(A1)"
    assert rows[3][2] == "'-1+2"
    assert rows[2][4] == "-5"  # a number stays a number


def test_xlsx_reads_back_with_types_and_text_never_a_formula(tmp_path: Path):
    path = tmp_path / "out.xlsx"
    export_table(TABLE, path, "xlsx")
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    assert sheet.title == "Follow-ups  test 1"
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert values[0] == list(TABLE.columns)
    assert values[1][:3] == [1, "Send the tariffs, then call", "发送运价表"]
    assert values[1][3] == datetime(2026, 11, 27)  # Excel keeps dates as datetimes
    assert values[1][4] == 66.7 and values[1][5] is True
    assert values[2][1] == '=HYPERLINK("http://example.com")'
    assert sheet["B3"].data_type == "s"
    assert values[2][4] == -5
    assert values[4][1] == 'Two lines\nwith "quotes"'
    assert values[4][6] == datetime(2026, 11, 28, 0, 1)
    assert sheet.freeze_panes == "A2"


def test_an_export_replaces_the_file_whole_and_leaves_no_temporary(tmp_path: Path):
    path = tmp_path / "out.csv"
    path.write_bytes(b"old contents that are longer than nothing" * 100)
    export_table(Table("t", ("a",), ((1,),)), path, TableFormat.CSV)
    assert path.read_bytes() == b"\xef\xbb\xbfa\r\n1\r\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_a_failed_export_says_why_and_writes_nothing(tmp_path: Path):
    with pytest.raises(InputError, match="Cannot write"):
        export_table(TABLE, tmp_path / "missing" / "out.csv", TableFormat.CSV)
    with pytest.raises(InputError, match="is a folder"):
        export_table(TABLE, tmp_path, TableFormat.XLSX)
    assert list(tmp_path.iterdir()) == []


def test_the_format_comes_from_the_choice_or_the_extension(tmp_path: Path):
    assert table_format_for(tmp_path / "a.XLSX") == TableFormat.XLSX
    assert table_format_for(tmp_path / "a.txt", "csv") == TableFormat.CSV
    with pytest.raises(InputError, match="Cannot tell the format"):
        table_format_for(tmp_path / "a.txt")
