"""The meeting editor and Find a time in Chinese: tab, group and field labels, buttons, table
headers, dates and the day grid's words read as a Chinese protocol officer expects them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QGroupBox, QMessageBox

from scoda_desktop.domain.enums import OutcomeKind, OutcomeStatus, ParticipationRole, Side
from scoda_desktop.services.attendee_order import order_participants
from scoda_desktop.services.day_plan import plan_day
from scoda_desktop.services.meeting_drafts import OutcomeDraft, ParticipantDraft
from scoda_desktop.services.scheduling import Participant
from scoda_desktop.ui import translations
from scoda_desktop.ui.main_window import MainWindow
from scoda_desktop.ui.meeting_editor import MeetingEditor
from scoda_desktop.ui.meeting_editor.attendee_model import LOCAL_TIME, NAME_EN, AttendeeTableModel
from scoda_desktop.ui.meeting_editor.outcomes_tab import DUE, STATUS, OutcomeTableModel
from scoda_desktop.ui.scheduling import FindTimeDialog
from scoda_desktop.ui.workers import TaskRunner
from tests.ui.conftest import CLOUD_THEME

LIU = Participant("Liu Jianjun", "Asia/Shanghai", "CN")
GURUNG = Participant("Dipak Gurung", "Asia/Kathmandu", "NP")
PETROV = Participant("Ivan Petrov", "Europe/Moscow", "RU")


def at(text: str) -> datetime:
    """An instant written in Qingdao time."""
    return datetime.fromisoformat(text + "+08:00").astimezone(UTC)


@pytest.fixture
def chinese(qapp) -> Iterator[None]:
    """The interface in Chinese for one test (requested first: before any window is built);
    English afterwards."""
    assert translations.install_translations(qapp, "zh") == "zh"
    yield
    translations.remove_translations(qapp)


@pytest.fixture(autouse=True)
def no_unexpected_questions(monkeypatch):
    def unexpected(_parent, title, text, *_args):
        pytest.fail(f"unexpected question: {title}: {text}")

    monkeypatch.setattr(QMessageBox, "question", unexpected)


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait_for_done()


def open_editor(qtbot, window: MainWindow, meeting_id: int) -> MeetingEditor:
    window.open_editor(meeting_id)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    assert window.editor is not None
    return window.editor


def form_label(form_owner, field) -> str:
    """The text of the label beside ``field`` in the form layout of ``form_owner``."""
    for form in form_owner.findChildren(QFormLayout):
        label = form.labelForField(field)
        if label is not None:
            return label.text()
    raise AssertionError(f"{field.objectName()} has no label")


def test_the_editor_reads_in_chinese(chinese, qtbot, loaded_window, meetings):
    editor = open_editor(qtbot, loaded_window, meetings[CLOUD_THEME])

    assert editor.windowTitle() == f"编辑会见：{CLOUD_THEME}"
    tabs = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
    assert tabs == ["基本信息(&G)", "议程和谈话要点(&G)", "参加人员(&A)", "会见成果(&O)"]
    groups = {group.title() for group in editor.general.findChildren(QGroupBox)}
    assert groups == {"基本信息", "时间和地点", "视频连线", "备注"}
    general = editor.general
    assert form_label(general, general.theme_zh) == "主题（中文）："
    assert form_label(general, general.platform) == "会议平台："
    assert general.find_time.text() == "查找合适时间(&T)…"
    assert general.kind.currentText() == "视频"
    # Dates in the edits and beside them follow the language.
    assert general.starts.text() == "2021年4月2日 15:00"
    assert general.other_times.text() == "UTC：2021年4月2日 07:00–08:00"
    # Qt's own catalogue translates the standard buttons.
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save is editor.save_button and save.text() in {"保存", "保存(&S)"}
    assert editor.save_button.toolTip().startswith("保存会见（")

    attendees = editor.attendees
    assert attendees.model.headerData(NAME_EN, Qt.Orientation.Horizontal) == "姓名"
    assert attendees.add_button.text() == "添加"
    assert attendees.new_person_button.text() == "新建人员…"
    outcomes = editor.outcomes
    assert outcomes.form.title() == "所选成果"
    assert outcomes.model.headerData(STATUS, Qt.Orientation.Horizontal) == "状态"
    assert outcomes.owner.itemText(0) == "未指定负责人"
    assert editor.agenda.findChildren(QGroupBox)[0].title() == "议程和谈话要点"

    general.theme_en.clear()
    qtbot.waitUntil(lambda: not editor.save_button.isEnabled())
    # What to fix comes from the services' sentences, translated where the editor shows it.
    theme_problem = general.problem_labels["theme"].text()
    assert theme_problem == "请填写会见主题（英文或中文均可）。"
    assert editor.save_status.text() == f"尚不能保存：{theme_problem}"
    general.theme_en.setText(CLOUD_THEME)  # unchanged again: closing asks nothing
    assert not editor.has_changes()


def test_the_editor_tables_write_dates_and_labels_in_chinese(chinese, qtmodeltester):
    attendees = AttendeeTableModel(order_participants)
    attendees.set_participants(
        [
            ParticipantDraft(person_id=1, side=Side.HOST, role=ParticipationRole.HOST),
            ParticipantDraft(
                person_id=2, side=Side.GUEST, name_en="Ivan Petrov", join_zone="America/New_York"
            ),
        ]
    )
    early = datetime(2021, 4, 2, 1, 0, tzinfo=UTC)  # 09:00 in Qingdao, the day before in New York
    attendees.set_span(early, early.replace(hour=2), "Asia/Shanghai")
    qtmodeltester.check(attendees)
    assert attendees.index(1, LOCAL_TIME).data() == "4月1日周四 21:00–22:00"
    tip = attendees.index(1, LOCAL_TIME).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "4月1日周四 21:00–22:00（America/New_York，UTC-04:00）"
    assert attendees.headerData(LOCAL_TIME, Qt.Orientation.Horizontal) == "当地时间"

    outcomes = OutcomeTableModel()
    outcomes.set_outcomes(
        [
            OutcomeDraft(
                OutcomeKind.FOLLOW_UP,
                text_en="Send the list of chambers",
                due_date=date(2021, 6, 30),
                status=OutcomeStatus.DONE,
                closed_on=date(2021, 6, 21),
            )
        ]
    )
    qtmodeltester.check(outcomes)
    assert outcomes.index(0, DUE).data() == "2021年6月30日"
    assert outcomes.index(0, STATUS).data() == "已完成（2021年6月21日）"


def test_find_a_time_reads_in_chinese(chinese, qtbot, runner):
    participants = [LIU, PETROV, GURUNG]
    dialog = FindTimeDialog(
        lambda day, duration: plan_day(participants, day, duration),
        at("2026-12-01 15:00"),
        at("2026-12-01 16:00"),
        runner=runner,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.plan() is not None)

    assert dialog.windowTitle() == "查找合适时间"
    assert dialog.use_button.text() == "采用此时间(&U)"
    assert dialog.today.text() == "今天"
    assert dialog.day.text() == "2026年12月1日 周二"
    assert dialog.duration.suffix() == " 分钟"
    assert dialog.status.text().endswith("个开始时间适合所有人（时长 60 分钟）。")
    first = dialog.model.index(0, 0).data()
    assert first.splitlines()[0].startswith("1. 北京时间 ")
    assert any(line.startswith("加德满都 ") for line in first.splitlines())

    grid = dialog.grid
    with qtbot.waitSignal(dialog.start_changed):
        qtbot.mouseClick(
            grid, Qt.MouseButton.LeftButton, pos=grid.point_at(at("2026-12-01 10:00"), 1).toPoint()
        )
    assert dialog.chosen.text().startswith("已选：12月1日周二 北京时间 10:00–11:00")
    problems = dialog.chosen_problems.text()
    assert "加德满都（Dipak Gurung）：非工作时间。" in problems
    assert "莫斯科（Ivan Petrov）：夜间（22:00–07:00）。" in problems
    tip = grid.tooltip_at(grid.point_at(at("2026-12-01 11:20"), 1))
    assert tip is not None
    assert "12月1日周二 08:45–09:00：非工作时间（北京时间 11:00）" in tip
