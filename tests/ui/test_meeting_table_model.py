"""The meeting table model on its own: Qt's model checks, sort keys and labels."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from scoda_desktop.domain.enums import MeetingKind, MeetingStatus
from scoda_desktop.services.meetings import MeetingRow, list_meetings
from scoda_desktop.ui.display import span_text
from scoda_desktop.ui.meeting_table_model import (
    COUNTRIES,
    DATE,
    HEADERS,
    KIND,
    OPEN_FOLLOW_UPS,
    ROW_ROLE,
    SORT_ROLE,
    STATUS,
    MeetingTableModel,
)


def row(**changes) -> MeetingRow:
    values = {
        "id": 1,
        "uid": "u1",
        "starts_at": datetime(2021, 4, 2, 7, 0, tzinfo=UTC),
        "ends_at": datetime(2021, 4, 2, 8, 0, tzinfo=UTC),
        "time_zone": "Asia/Shanghai",
        "theme_en": "Cloud Meeting",
        "theme_zh": None,
        "kind": MeetingKind.IN_PERSON,
        "status": MeetingStatus.POSTPONED,
        "venue_en": None,
        "counterparts": ("Djauhari Oratmangun",),
        "countries": ("Indonesia", "Tajikistan"),
        "open_follow_ups": 3,
    }
    values.update(changes)
    return MeetingRow(**values)


def test_qt_model_checks_pass_on_listed_meetings(qtmodeltester, sqlite_database, meetings):
    model = MeetingTableModel()
    with sqlite_database.session() as session:
        model.set_rows(list_meetings(session))
    assert model.rowCount() == 3
    qtmodeltester.check(model)


def test_qt_model_checks_pass_on_an_empty_model(qtmodeltester):
    qtmodeltester.check(MeetingTableModel())


def test_labels_sort_keys_and_the_row_itself():
    model = MeetingTableModel()
    meeting = row()
    model.set_rows([meeting])
    assert model.columnCount() == len(HEADERS)

    def cell(column: int, role=Qt.ItemDataRole.DisplayRole):
        return model.index(0, column).data(role)

    assert cell(DATE) == "2021-04-02 15:00"
    assert cell(KIND) == "In person"
    assert cell(STATUS) == "Postponed"
    assert cell(COUNTRIES) == "Indonesia, Tajikistan"
    assert cell(OPEN_FOLLOW_UPS) == "3"
    assert cell(OPEN_FOLLOW_UPS, SORT_ROLE) == 3
    assert cell(DATE, ROW_ROLE) is meeting
    assert model.headerData(DATE, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_statuses_sort_in_workflow_order():
    model = MeetingTableModel()
    statuses = [MeetingStatus.CANCELLED, MeetingStatus.DRAFT, MeetingStatus.HELD]
    model.set_rows([row(id=n, status=s) for n, s in enumerate(statuses)])
    keys = [model.index(n, STATUS).data(SORT_ROLE) for n in range(3)]
    assert sorted(range(3), key=keys.__getitem__) == [1, 2, 0]  # draft, held, cancelled


def test_set_rows_replaces_the_list_and_row_of_finds_meetings():
    model = MeetingTableModel()
    model.set_rows([row(id=1), row(id=2)])
    model.set_rows([row(id=7)])
    assert model.rowCount() == 1
    assert model.row_of(7) == 0
    assert model.row_of(1) is None


def test_span_text_handles_midnight_and_unknown_zones():
    start = datetime(2021, 4, 2, 15, 30, tzinfo=UTC)
    end = datetime(2021, 4, 2, 17, 0, tzinfo=UTC)
    assert span_text(start, end, "Asia/Shanghai") == (
        "2021-04-02 23:30–2021-04-03 01:00 Asia/Shanghai"
    )
    assert span_text(start, end, "Mars/Olympus") == (
        "2021-04-02 15:30–17:00 UTC (Mars/Olympus is not a known time zone)"
    )
