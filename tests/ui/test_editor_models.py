"""The editor's models and the list's filter proxy on their own: Qt's model checks (qtmodeltester)
on each, and the behaviour the views rely on."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QPersistentModelIndex, Qt

from scoda_desktop.domain.enums import (
    Attendance,
    MeetingKind,
    MeetingStatus,
    OutcomeKind,
    OutcomeStatus,
    ParticipationRole,
    Side,
)
from scoda_desktop.services.attendee_order import order_participants
from scoda_desktop.services.meeting_drafts import OutcomeDraft, ParticipantDraft, PersonMatch
from scoda_desktop.services.meetings import MeetingRow
from scoda_desktop.ui.meeting_editor.attendee_model import (
    ATTENDANCE,
    JOIN_ZONE,
    LOCAL_TIME,
    NAME_EN,
    ROLE,
    SIDE,
    TITLE_EN,
    AttendeeTableModel,
)
from scoda_desktop.ui.meeting_editor.attendees_tab import MATCH_ROLE, PersonMatchModel
from scoda_desktop.ui.meeting_editor.outcomes_tab import (
    DUE,
    OWNER,
    STATUS,
    TEXT_EN,
    OutcomesTab,
    OutcomeTableModel,
)
from scoda_desktop.ui.meeting_filter import MeetingFilter, MeetingFilterProxy
from scoda_desktop.ui.meeting_table_model import ROW_ROLE, MeetingTableModel


def participants() -> list[ParticipantDraft]:
    return [
        ParticipantDraft(person_id=3, side=Side.GUEST, name_en="Muhammed Igormonzod"),
        ParticipantDraft(
            person_id=2,
            side=Side.GUEST,
            role=ParticipationRole.PRINCIPAL_GUEST,
            name_en="Djauhari Oratmangun",
            title_en="Indonesian Ambassador to China",
        ),
        ParticipantDraft(
            person_id=4,
            side=Side.HOST,
            role=ParticipationRole.ATTENDEE,
            name_en="Meng Qingsheng",
        ),
        ParticipantDraft(
            person_id=1,
            side=Side.HOST,
            role=ParticipationRole.HOST,
            name_en=None,
            directory_name="Liu Jianjun",
        ),
    ]


def names(model: AttendeeTableModel) -> list[str]:
    return [model.index(row, NAME_EN).data() for row in range(model.rowCount())]


def test_attendee_model_passes_qt_checks_while_edited(qtmodeltester):
    model = AttendeeTableModel(order_participants)
    qtmodeltester.check(model)
    model.set_participants(participants())
    qtmodeltester.check(model)
    model.setData(model.index(2, SIDE), Side.HOST.value)  # moves the row
    model.remove(0)
    qtmodeltester.check(model)


def test_their_time_follows_the_meeting_and_each_join_zone(qtmodeltester):
    model = AttendeeTableModel(order_participants)
    model.set_participants(participants())
    deputy = names(model).index("Muhammed Igormonzod")
    assert model.index(deputy, LOCAL_TIME).data() == "—"  # no valid times typed yet

    starts = datetime(2021, 4, 2, 7, 0, tzinfo=UTC)  # 15:00 in Qingdao
    model.set_span(starts, starts.replace(hour=8), "Asia/Shanghai")
    assert model.index(deputy, LOCAL_TIME).data() == "15:00–16:00"
    assert model.setData(model.index(deputy, JOIN_ZONE), "Asia/Kathmandu")
    assert model.index(deputy, LOCAL_TIME).data() == "12:45–13:45"
    assert "UTC+05:45" in model.index(deputy, LOCAL_TIME).data(Qt.ItemDataRole.ToolTipRole)
    assert model.setData(model.index(deputy, JOIN_ZONE), "America/New_York")
    early = datetime(2021, 4, 2, 1, 0, tzinfo=UTC)  # 09:00 in Qingdao, the evening before there
    model.set_span(early, early.replace(hour=2), "Asia/Shanghai")
    assert model.index(deputy, LOCAL_TIME).data() == "Thu 1 Apr 21:00–22:00"
    assert not model.setData(model.index(deputy, LOCAL_TIME), "09:00")  # shown, not typed
    qtmodeltester.check(model)


def test_attendees_are_listed_host_side_first_then_guests_by_role():
    model = AttendeeTableModel(order_participants)
    model.set_participants(participants())
    # No name recorded for Liu: the directory's is shown, and nothing is written for it.
    assert names(model) == [
        "Liu Jianjun",
        "Meng Qingsheng",
        "Djauhari Oratmangun",
        "Muhammed Igormonzod",
    ]
    assert model.participants()[0].name_en is None


def test_a_changed_role_moves_the_row_and_its_persistent_index():
    model = AttendeeTableModel(order_participants)
    model.set_participants(participants())
    muhammed = QPersistentModelIndex(model.index(3, TITLE_EN))
    assert model.setData(model.index(3, ROLE), ParticipationRole.PRINCIPAL_GUEST.value)
    assert model.setData(model.index(2, ROLE), ParticipationRole.GUEST.value)
    assert names(model)[2:] == ["Muhammed Igormonzod", "Djauhari Oratmangun"]
    assert muhammed.row() == 2


def test_cells_take_enum_values_and_text_and_refuse_nonsense():
    model = AttendeeTableModel(order_participants)
    model.set_participants(participants())
    changes: list[int] = []
    model.changed.connect(lambda: changes.append(1))
    assert model.setData(model.index(2, TITLE_EN), "  Ambassador  ")
    assert model.participant(2).title_en == "Ambassador"
    assert model.setData(model.index(2, ATTENDANCE), Attendance.PRESENT.value)
    assert model.index(2, ATTENDANCE).data() == "Present"
    assert model.setData(model.index(2, ATTENDANCE), None)  # attendance may be unknown
    assert model.index(2, ATTENDANCE).data() == "—"
    assert not model.setData(model.index(2, SIDE), "sideways")
    assert not model.setData(model.index(2, SIDE), None)  # a side is required
    assert len(changes) == 3
    assert model.index(2, SIDE).data(Qt.ItemDataRole.EditRole) == "guest"


def test_rows_with_problems_say_so_in_their_tooltip():
    model = AttendeeTableModel(order_participants)
    model.set_participants(participants())
    model.set_problems({1: "Meng Qingsheng is listed twice"})
    assert model.index(1, TITLE_EN).data(Qt.ItemDataRole.ToolTipRole) == (
        "Meng Qingsheng is listed twice"
    )


def test_outcome_model_passes_qt_checks_and_shows_each_outcome_on_a_line(qtmodeltester):
    model = OutcomeTableModel()
    qtmodeltester.check(model)
    model.set_outcomes(
        [
            OutcomeDraft(
                OutcomeKind.FOLLOW_UP,
                text_en="Send the list\nof chambers",
                owner_id=4,
                owner_name="Meng Qingsheng",
                due_date=date(2021, 6, 30),
                status=OutcomeStatus.DONE,
                closed_on=date(2021, 6, 21),
            )
        ]
    )
    model.add(OutcomeDraft(OutcomeKind.REMARK, text_zh="海关便利"))
    model.update(1, status=OutcomeStatus.DROPPED)
    qtmodeltester.check(model)
    assert model.index(0, TEXT_EN).data() == "Send the list of chambers"
    assert model.index(0, OWNER).data() == "Meng Qingsheng"
    assert model.index(0, DUE).data() == "2021-06-30"
    assert model.index(0, STATUS).data() == "Done 2021-06-21"
    assert model.index(1, STATUS).data() == "Dropped"
    model.remove(0)
    qtmodeltester.check(model)
    assert model.outcomes()[0].kind == OutcomeKind.REMARK


def test_the_outcome_form_shows_the_outcome_clicked(qtbot):
    tab = OutcomesTab()
    qtbot.addWidget(tab)
    tab.set_outcomes(
        [OutcomeDraft(OutcomeKind.FOLLOW_UP, text_en=text) for text in ("First", "Second")]
    )
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.text_en.toPlainText() == "First"
    rect = tab.table.visualRect(tab.model.index(1, TEXT_EN))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.text_en.toPlainText() == "Second"
    tab.table.selectRow(0)
    assert tab.text_en.toPlainText() == "First"


def test_person_match_model_passes_qt_checks_and_carries_the_match(qtmodeltester):
    model = PersonMatchModel()
    qtmodeltester.check(model)
    match = PersonMatch(
        person_id=2,
        name_en="Djauhari Oratmangun",
        name_zh="周浩黎",
        country_code="ID",
        country="Indonesia",
        alternative_spellings=("Djauhari Oratmangoen",),
        title_en="Indonesian Ambassador to China",
    )
    model.set_matches([match])
    qtmodeltester.check(model)
    index = model.index(0, 0)
    assert index.data() == "Djauhari Oratmangun · 周浩黎 · Indonesia"
    assert index.data(MATCH_ROLE) is match
    assert "Djauhari Oratmangoen" in index.data(Qt.ItemDataRole.ToolTipRole)


def _row(meeting_id: int, **changes) -> MeetingRow:
    values = {
        "id": meeting_id,
        "uid": f"u{meeting_id}",
        "starts_at": datetime(2021, 4, 2, 7, 0, tzinfo=UTC),
        "ends_at": datetime(2021, 4, 2, 8, 0, tzinfo=UTC),
        "time_zone": "Asia/Shanghai",
        "theme_en": "Cloud Meeting",
        "theme_zh": None,
        "kind": MeetingKind.VIDEO,
        "status": MeetingStatus.HELD,
        "venue_en": None,
        "counterparts": ("Djauhari Oratmangun",),
        "countries": ("Indonesia",),
        "open_follow_ups": 0,
        "search_text": "Liu Jianjun\n刘建军\nDjauhari Oratmangun\n周浩黎",
    }
    values.update(changes)
    return MeetingRow(**values)


def test_filter_proxy_passes_qt_checks_and_combines_its_criteria(qtmodeltester):
    model = MeetingTableModel()
    model.set_rows(
        [
            _row(1),
            _row(
                2,
                theme_en="Rail Freight",
                kind=MeetingKind.HYBRID,
                status=MeetingStatus.CANCELLED,
                countries=("Kazakhstan",),
                search_text="Nurlan Zhakupov",
                starts_at=datetime(2023, 6, 14, 20, 0, tzinfo=UTC),  # 15 June in Qingdao
            ),
        ]
    )
    proxy = MeetingFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)

    def ids(**criteria) -> list[int]:
        proxy.set_criteria(MeetingFilter(**criteria))
        return [proxy.index(r, 0).data(ROW_ROLE).id for r in range(proxy.rowCount())]

    assert ids(text="刘建军") == [1]
    assert ids(text="zhakupov rail") == [2]  # every word, in any field
    assert ids(text="zhakupov cloud") == []
    assert ids(status=MeetingStatus.CANCELLED) == [2]
    assert ids(kind=MeetingKind.VIDEO) == [1]
    assert ids(country="Kazakhstan") == [2]
    assert ids(date_from=date(2023, 6, 15)) == [2]
    assert ids(date_to=date(2023, 6, 14)) == [1]
    assert ids() == [1, 2]
    qtmodeltester.check(proxy)
