"""The meeting list's shortcuts for large lists give the answers the plain way would: the
model sorting itself, and the proxy narrowing its search as words are typed on."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QItemSelectionModel, Qt

from scoda_desktop.domain.enums import MeetingKind, MeetingStatus
from scoda_desktop.services.meetings import MeetingRow
from scoda_desktop.ui.meeting_filter import MeetingFilter, MeetingFilterProxy
from scoda_desktop.ui.meeting_table_model import DATE, ROW_ROLE, THEME, MeetingTableModel

NAMES = ("Yerlan Tokhtarov", "Talant Dzhumabaev", "Liu Jianjun", "Aigerim Zhaksylykova")
THEMES = ("Rail Freight", "Cloud Meeting", "SCO Expo", "Halal Food", "Rail and Sea")


def _rows(count: int) -> list[MeetingRow]:
    rng = random.Random(1)
    start = datetime(2020, 1, 1, 2, 0, tzinfo=UTC)
    rows = []
    for n in range(count):
        starts_at = start + timedelta(days=rng.randrange(2000))
        rows.append(
            MeetingRow(
                id=n + 1,
                uid=f"u{n}",
                starts_at=starts_at,
                ends_at=starts_at + timedelta(hours=1),
                time_zone="Asia/Shanghai",
                theme_en=rng.choice(THEMES),
                theme_zh=None,
                kind=rng.choice(list(MeetingKind)),
                status=rng.choice(list(MeetingStatus)),
                venue_en=None,
                counterparts=tuple(rng.sample(NAMES, 2)),
                countries=("Kazakhstan",),
                open_follow_ups=rng.randrange(3),
                search_text=rng.choice(NAMES),
            )
        )
    return rows


def _ids(proxy: MeetingFilterProxy) -> list[int]:
    return [proxy.index(r, 0).data(ROW_ROLE).id for r in range(proxy.rowCount())]


def _plain(rows: list[MeetingRow], text: str) -> list[int]:
    words = text.casefold().split()
    return [r.id for r in rows if all(w in r.filter_text().casefold() for w in words)]


def test_typing_on_and_back_finds_what_a_fresh_search_finds(qtmodeltester):
    model = MeetingTableModel()
    rows = _rows(300)
    model.set_rows(rows)
    proxy = MeetingFilterProxy()
    proxy.setSourceModel(model)
    typed = ["r", "ra", "rai", "rail", "rail ", "rail t", "rail to", "rail tok", "rail to"]
    typed += ["rail", "ai", "", "dzhu", "dzhumabaev expo", "dzhumabaev", "liu"]
    for text in typed:
        proxy.set_criteria(MeetingFilter(text=text))
        assert _ids(proxy) == _plain(rows, text), text
    proxy.set_criteria(MeetingFilter(text="rail", status=MeetingStatus.HELD))
    assert _ids(proxy) == [i for i in _plain(rows, "rail") if rows[i - 1].status == "held"]
    qtmodeltester.check(proxy)


def test_sorting_is_done_by_the_model_and_keeps_the_selection(qtbot):
    from PySide6.QtWidgets import QTableView

    model = MeetingTableModel()
    rows = _rows(50)
    model.set_rows(rows)
    proxy = MeetingFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
    starts = [proxy.index(r, 0).data(ROW_ROLE).starts_at for r in range(proxy.rowCount())]
    assert starts == sorted(r.starts_at for r in rows)
    assert proxy.sortColumn() == -1  # the proxy keeps the model's order

    chosen = proxy.index(7, 0).data(ROW_ROLE)
    view.selectionModel().select(
        proxy.index(7, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.sortByColumn(THEME, Qt.SortOrder.DescendingOrder)
    (selected,) = view.selectionModel().selectedRows()
    assert selected.data(ROW_ROLE) is chosen
    themes = [proxy.index(r, THEME).data() for r in range(proxy.rowCount())]
    assert themes == sorted(themes, key=str.casefold, reverse=True)

    model.set_rows(list(reversed(rows)))  # a reload keeps the order chosen
    themes = [proxy.index(r, THEME).data() for r in range(proxy.rowCount())]
    assert themes == sorted(themes, key=str.casefold, reverse=True)
