"""The shared row table and its filter: sorting in the model keeps the selection, typed words and
a predicate filter together."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView

from scoda_desktop.ui.row_table import SORT_ROLE, Column, RowFilterProxy, RowTableModel


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    day: date | None


ROWS = [
    Row(1, "Zhang Wei", date(2024, 5, 1)),
    Row(2, "Ahmad Karimov", None),
    Row(3, "Élise Martin", date(2023, 1, 9)),
    Row(4, "ahmad Zoda", date(2025, 2, 2)),
]

COLUMNS = [
    Column("Name", lambda r: r.name),
    Column(
        "Day",
        lambda r: r.day.isoformat() if r.day else "",
        sort_key=lambda r: r.day or date.max,  # undated last
    ),
]


def _model() -> RowTableModel[Row]:
    model: RowTableModel[Row] = RowTableModel(
        COLUMNS, key=lambda r: r.id, search_text=lambda r: r.name.casefold()
    )
    model.set_rows(ROWS)
    return model


def test_models_pass_the_model_tester(qtmodeltester) -> None:
    model = _model()
    qtmodeltester.check(model)
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("ahmad")
    qtmodeltester.check(proxy)


def test_sorting_by_a_key_keeps_the_selected_row(qtbot) -> None:
    model = _model()
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    # (Enabling sorting has already sorted the list by the header's indicator.)
    view.selectionModel().select(
        proxy.mapFromSource(model.index(model.row_of(3), 0)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )

    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)

    assert [r.id for r in model.rows()] == [3, 1, 4, 2]
    assert proxy.index(0, 1).data(SORT_ROLE) == date(2023, 1, 9)
    selected = view.selectionModel().selectedRows()
    assert [model.row_at(proxy.mapToSource(i).row()).name for i in selected] == ["Élise Martin"]

    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # case-blind by the text
    assert [r.name for r in model.rows()] == [
        "Zhang Wei",
        "Élise Martin",
        "ahmad Zoda",
        "Ahmad Karimov",
    ]


def test_new_rows_keep_the_last_sort() -> None:
    model = _model()
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.set_rows([*ROWS, Row(5, "New", date(2030, 1, 1))])
    assert model.rows()[0].id == 2  # undated sorts as the latest
    assert model.rows()[1].id == 5
    assert model.row_of(5) == 1
    assert model.row_of(99) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("", [1, 2, 3, 4]), ("AHMAD", [2, 4]), ("ahm zod", [4]), ("nobody", [])],
)
def test_every_typed_word_must_match(text: str, expected: list[int]) -> None:
    model = _model()
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text(text)
    shown = [proxy.index(n, 0).data(Qt.ItemDataRole.DisplayRole) for n in range(proxy.rowCount())]
    assert shown == [r.name for r in ROWS if r.id in expected]


def test_a_predicate_narrows_the_words_and_follows_new_rows() -> None:
    model = _model()
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("ahmad")
    proxy.set_predicate(lambda r: r.day is not None)
    assert proxy.rowCount() == 1
    model.set_rows([*ROWS, Row(6, "Ahmad Nazarov", date(2020, 1, 1))])
    assert proxy.rowCount() == 2
    proxy.set_predicate(None)
    assert proxy.rowCount() == 3
