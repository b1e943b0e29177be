"""Find a time: the day grid as a protocol officer uses it. A row per zone, the suggestions
listed best first, a click on a suggestion or a cell choosing a start, the day and the length
changed, and "Use this time" moving the meeting in the editor (then saved)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from scoda_desktop.domain.models import Meeting
from scoda_desktop.domain.office import to_office_time
from scoda_desktop.services.day_plan import plan_day
from scoda_desktop.services.scheduling import Participant
from scoda_desktop.ui.scheduling import FindTimeDialog, PlanLoader
from scoda_desktop.ui.workers import TaskRunner
from tests.ui.conftest import CLOUD_THEME

LIU = Participant("Liu Jianjun", "Asia/Shanghai", "CN")
MENG = Participant("Meng Qingsheng", "Asia/Shanghai", "CN")
GURUNG = Participant("Dipak Gurung", "Asia/Kathmandu", "NP")
PETROV = Participant("Ivan Petrov", "Europe/Moscow", "RU")
TUESDAY = date(2026, 12, 1)


def at(text: str) -> datetime:
    """An instant written in Qingdao time."""
    return datetime.fromisoformat(text + "+08:00").astimezone(UTC)


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


def loader(participants: list[Participant]) -> PlanLoader:
    """The plan straight from the participants (no database), as the dialog asks for it."""
    return lambda day, duration: plan_day(participants, day, duration)


@pytest.fixture
def dialog(qtbot, runner) -> FindTimeDialog:
    """The dialog around a meeting at 15:00–16:00 on Tuesday 1 December 2026."""
    participants = [LIU, PETROV, GURUNG, MENG]
    dialog = FindTimeDialog(
        loader(participants), at("2026-12-01 15:00"), at("2026-12-01 16:00"), runner=runner
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.plan() is not None)
    return dialog


def test_one_row_per_zone_and_the_suggestions_beside(qtbot, dialog, qtmodeltester):
    assert dialog.grid.row_zones() == ["Asia/Shanghai", "Asia/Kathmandu", "Europe/Moscow"]
    plan = dialog.plan()
    assert plan is not None and plan.office_day == TUESDAY
    assert dialog.model.rowCount() == len(plan.proposals) > 0
    qtmodeltester.check(dialog.model)
    first = dialog.model.index(0, 0).data()
    best = plan.proposals[0]
    start, end = to_office_time(best.starts_at), to_office_time(best.ends_at)
    assert first.splitlines()[0] == f"1. {start:%H:%M}–{end:%H:%M} Beijing time"
    assert any(line.startswith("Kathmandu ") for line in first.splitlines())
    grid = dialog.grid  # three rows tall, once the scroll area has laid it out
    qtbot.waitUntil(lambda: grid.height() >= grid.rows_top() + 3 * grid.row_height())
    # The meeting's own time stays chosen when the dialog opens.
    assert dialog.chosen_start() == at("2026-12-01 15:00")
    assert dialog.grid.selection() == (at("2026-12-01 15:00"), at("2026-12-01 16:00"))


def test_clicking_a_suggestion_chooses_its_start(qtbot, dialog):
    plan = dialog.plan()
    assert plan is not None
    index = dialog.model.index(1, 0)
    rect = dialog.proposals.visualRect(index)
    with qtbot.waitSignal(dialog.start_changed) as chosen:
        qtbot.mouseClick(dialog.proposals.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert chosen.args == [plan.proposals[1].starts_at]
    assert dialog.grid.selection() == (plan.proposals[1].starts_at, plan.proposals[1].ends_at)
    assert dialog.proposals.currentIndex().row() == 1
    assert dialog.chosen.text().startswith("Chosen: Tue 1 Dec")
    assert dialog.chosen_problems.isHidden()


def test_clicking_a_cell_chooses_its_start_and_says_who_it_does_not_suit(qtbot, dialog):
    grid = dialog.grid
    with qtbot.waitSignal(dialog.start_changed) as chosen:
        qtbot.mouseClick(
            grid, Qt.MouseButton.LeftButton, pos=grid.point_at(at("2026-12-01 10:00"), 1).toPoint()
        )
    assert chosen.args == [at("2026-12-01 10:00")]
    assert dialog.proposals.selectionModel().selectedIndexes() == []
    # 10:00 in Qingdao is 07:45 in Kathmandu and 05:00 in Moscow.
    assert dialog.chosen_problems.isVisibleTo(dialog)
    problems = dialog.chosen_problems.text()
    assert "Outside working hours in Kathmandu (Dipak Gurung)" in problems
    assert "Night (22:00–07:00) in Moscow (Ivan Petrov)" in problems
    assert "Kathmandu 07:45–08:45" in dialog.chosen.text()
    # The arrow keys move the choice along the grid's step (15 minutes, for Kathmandu).
    grid.setFocus()
    with qtbot.waitSignal(dialog.start_changed) as moved:
        qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert moved.args == [at("2026-12-01 10:15")]


def test_the_tooltip_says_what_the_cell_is(dialog):
    grid = dialog.grid
    text = grid.tooltip_at(grid.point_at(at("2026-12-01 11:20"), 1))
    assert text is not None
    assert "Tue 1 Dec 08:45–09:00: Outside working hours (11:00 Beijing time)" in text
    assert "Tue 1 Dec 09:00–09:45: First or last working hour (11:15 Beijing time)" in text


def test_another_day_and_another_length(qtbot, dialog):
    with qtbot.waitSignal(dialog.plan_shown, timeout=5000) as shown:
        qtbot.mouseClick(dialog.next_day, Qt.MouseButton.LeftButton)
    plan = shown.args[0]
    assert plan.office_day == date(2026, 12, 2)
    assert dialog.chosen_start() == plan.proposals[0].starts_at  # the new day's best
    with qtbot.waitSignal(dialog.plan_shown, timeout=5000) as shown:
        dialog.duration.setValue(90)
    plan = shown.args[0]
    assert plan.duration == timedelta(minutes=90)
    assert all(p.ends_at - p.starts_at == timedelta(minutes=90) for p in plan.proposals)
    chosen = dialog.chosen_start()
    assert chosen is not None
    assert dialog.grid.selection() == (chosen, chosen + timedelta(minutes=90))


def test_use_this_time_reports_the_span(qtbot, dialog):
    dialog.choose(at("2026-12-01 14:00"))
    with qtbot.waitSignal(dialog.time_chosen) as used:
        qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert used.args == [at("2026-12-01 14:00"), at("2026-12-01 15:00")]
    assert dialog.result() == FindTimeDialog.DialogCode.Accepted


# -- from the meeting editor ----------------------------------------------------------------


def test_find_a_time_moves_the_meeting_in_the_editor(
    qtbot, loaded_window, meetings, sqlite_database
):
    window = loaded_window
    window.open_editor(meetings[CLOUD_THEME])
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    editor = window.editor
    assert editor is not None
    qtbot.mouseClick(editor.general.find_time, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: editor.find_time_dialog is not None and editor.find_time_dialog.plan() is not None,
        timeout=10_000,
    )
    dialog = editor.find_time_dialog
    assert dialog is not None
    # The host in Qingdao; the guests of Indonesia and Tajikistan from their capitals.
    assert dialog.grid.row_zones() == ["Asia/Shanghai", "Asia/Jakarta", "Asia/Dushanbe"]
    assert dialog.day.date().toPython() == date(2021, 4, 2)
    point = dialog.grid.point_at(at("2021-04-02 16:00"), 2).toPoint()
    qtbot.mouseClick(dialog.grid, Qt.MouseButton.LeftButton, pos=point)
    assert dialog.chosen_start() == at("2021-04-02 16:00")
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert editor.general.starts.text() == "2021-04-02 16:00"
    assert editor.general.ends.text() == "2021-04-02 17:00"
    assert editor.has_changes()

    with qtbot.waitSignal(window.meetings_loaded, timeout=10_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    with sqlite_database.session() as session:
        meeting = session.get(Meeting, meetings[CLOUD_THEME])
        assert meeting is not None
        assert meeting.starts_at == datetime(2021, 4, 2, 8, 0, tzinfo=UTC)
        assert meeting.ends_at == datetime(2021, 4, 2, 9, 0, tzinfo=UTC)
