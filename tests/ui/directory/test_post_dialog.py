"""The post dialog on the demo database: a new post that ends the current one (both kept), dates
typed that are not dates, the service's rules shown inline, editing and deleting a post."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt

from scoda_desktop.domain.enums import DiplomaticRank, HeadOfMissionClass
from scoda_desktop.domain.models import Position
from scoda_desktop.services.directory.records import PostRecord
from scoda_desktop.ui.directory.post_dialog import PostDialog
from scoda_desktop.ui.directory.stale_question import StaleChoice, StaleQuestion

LIU_TITLE = (
    "Member of the Standing Committee of CPC Qingdao Committee and Secretary of CPC Jiaozhou "
    "Committee"
)


@pytest.fixture(autouse=True)
def discard_questions(monkeypatch) -> list[bool]:
    """Answer Discard to "close and lose the changes?" (qtbot closes dialogs left open)."""
    asked: list[bool] = []
    monkeypatch.setattr(
        PostDialog, "ask_discard", classmethod(lambda _cls, _parent, _q: asked.append(True) or True)
    )
    return asked


def _dialog(qtbot, runner, service, report_failure, person_id: int, post_id: int | None = None):
    detail = service.person(person_id)
    record = (
        PostRecord(person_id=person_id)
        if post_id is None
        else next(p for p in detail.posts if p.id == post_id).record()
    )
    dialog = PostDialog(
        runner,
        service,
        report_failure,
        record,
        person_name=detail.record.name_en,
        current_posts=detail.current_posts,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.form.organisation.count() > 20, timeout=10_000)
    return dialog


def _posts(database, person_id: int) -> list[dict]:
    table = Position.__table__
    with database.session() as session:
        rows = session.execute(
            sa.select(table).where(table.c.person_id == person_id).order_by(table.c.id)
        )
        return [dict(row._mapping) for row in rows]


def test_a_new_post_ends_the_current_one_and_both_are_kept(
    qtbot, runner, directory_service, report_failure, demo_database, person_id, failures
):
    liu = person_id("Liu")
    dialog = _dialog(qtbot, runner, directory_service(), report_failure, liu)
    form = dialog.form
    assert form.end_current.isVisibleTo(dialog) and form.end_current.isChecked()
    assert LIU_TITLE in form.current_titles.text()
    form.organisation.setEditText(form.organisation.itemText(form.organisation.findData(1)))
    form.title_en.setText("Party Secretary of Qingdao")
    form.title_zh.setText("青岛市委书记")
    form.start_date.setText("2026-12-01")
    form.internal_rank.setValue(3)
    assert dialog.save_button.isEnabled(), dialog.save_status.text()
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    old, new = _posts(demo_database, liu)
    assert old["title_en"] == LIU_TITLE
    assert old["end_date"] == date(2026, 11, 30)  # the day before the new one starts
    assert new["title_en"] == "Party Secretary of Qingdao"
    assert new["title_zh"] == "青岛市委书记"
    assert new["start_date"] == date(2026, 12, 1) and new["end_date"] is None
    assert new["organisation_id"] == 1 and new["internal_rank"] == 3
    assert failures == []


def test_keeping_both_posts_current(
    qtbot, runner, directory_service, report_failure, demo_database, person_id
):
    liu = person_id("Liu")
    dialog = _dialog(qtbot, runner, directory_service(), report_failure, liu)
    dialog.form.title_en.setText("Chairman of the SCO Expo Organising Committee")
    dialog.form.end_current.setChecked(False)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    assert [p["end_date"] for p in _posts(demo_database, liu)] == [None, None]


def test_an_invalid_date_shows_the_problem_and_save_is_disabled(
    qtbot, runner, directory_service, report_failure, person_id
):
    dialog = _dialog(qtbot, runner, directory_service(), report_failure, person_id("Liu"))
    dialog.form.title_en.setText("Adviser")
    dialog.form.start_date.setText("2026-13-01")
    problem = dialog.form.problem_labels["start_date"]
    assert problem.isVisibleTo(dialog)
    assert "“2026-13-01” is not a date" in problem.text() and "YYYY-MM-DD" in problem.text()
    assert not dialog.save_button.isEnabled()
    assert "not a date" in dialog.save_status.text()
    dialog.form.start_date.setText("2026-12-01")
    assert not problem.isVisibleTo(dialog)
    assert dialog.save_button.isEnabled()
    dialog.form.functions_since.setText("yesterday")
    assert "not a date and time" in dialog.form.problem_labels["functions_since"].text()
    assert not dialog.save_button.isEnabled()


def test_ending_the_current_post_needs_a_start_date(
    qtbot, runner, directory_service, report_failure, person_id
):
    dialog = _dialog(qtbot, runner, directory_service(), report_failure, person_id("Liu"))
    dialog.form.title_en.setText("Adviser")
    assert "give the date the new post starts" in dialog.form.problem_labels["start_date"].text()
    assert not dialog.save_button.isEnabled()
    dialog.form.end_current.setChecked(False)
    assert dialog.save_button.isEnabled()


def test_the_service_rules_show_inline(qtbot, runner, directory_service, report_failure, person_id):
    dialog = _dialog(qtbot, runner, directory_service(), report_failure, person_id("Wang"))
    assert "title" in dialog.form.problem_labels["title_en"].text()  # no title yet
    dialog.form.title_en.setText("Adviser")
    dialog.form.start_date.setText("2026-12-01")
    dialog.form.end_date.setText("2026-11-01")
    assert "cannot end" in dialog.form.problem_labels["end_date"].text()
    assert not dialog.save_button.isEnabled()
    # The check by the service (off the GUI thread) says the same.
    qtbot.waitUntil(lambda: dialog.database_check.asked > 0 and not runner.busy, timeout=10_000)
    assert [p.field for p in dialog.problems] == ["end_date"]


def test_editing_a_head_of_mission_post_in_beijing_time(
    qtbot, runner, directory_service, report_failure, demo_database, person_id
):
    oratmangun = person_id("Oratmangun")
    [post] = directory_service().person(oratmangun).posts
    dialog = _dialog(qtbot, runner, directory_service(), report_failure, oratmangun, post.id)
    form = dialog.form
    assert not form.end_current.isVisibleTo(dialog)  # an edit ends nothing
    assert form.functions_since.text() == "2019-01-22 10:00"
    assert form.diplomatic_rank.currentData() == DiplomaticRank.AMBASSADOR.value
    assert form.hom_class.currentData() == HeadOfMissionClass.AMBASSADOR.value
    form.functions_since.setText("2019-01-23 09:30")
    form.end_date.setText("2026-12-31")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    [row] = _posts(demo_database, oratmangun)
    since = row["functions_since"]
    if since.tzinfo is None:  # SQLite hands back UTC without its zone
        since = since.replace(tzinfo=ZoneInfo("UTC"))
    assert since == datetime(2019, 1, 23, 9, 30, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert row["end_date"] == date(2026, 12, 31)
    assert row["version"] == post.version + 1


def test_deleting_a_post_asks_first(
    qtbot, runner, directory_service, report_failure, demo_database, person_id, monkeypatch
):
    wang = person_id("Wang")
    old = directory_service().person(wang).posts[-1]  # the deputy directorship, ended
    dialog = _dialog(qtbot, runner, directory_service(), report_failure, wang, old.id)
    answers = [False, True]
    monkeypatch.setattr(PostDialog, "confirm_delete", classmethod(lambda *_a: answers.pop(0)))
    dialog.delete()  # Cancel
    assert len(_posts(demo_database, wang)) == 2
    with qtbot.waitSignal(dialog.deleted, timeout=10_000) as deleted:
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert deleted.args == [old.id]
    [kept] = _posts(demo_database, wang)
    assert kept["title_en"] == "Director of SCODA Administrative Committee"


def test_a_stale_post_can_be_reloaded_and_a_deleted_one_is_explained(
    qtbot, runner, directory_service, report_failure, person_id, monkeypatch, failures
):
    service = directory_service()
    oratmangun = person_id("Oratmangun")
    [post] = service.person(oratmangun).posts
    dialog = _dialog(qtbot, runner, service, report_failure, oratmangun, post.id)
    service.save_post(replace(post.record(), title_zh="印度尼西亚驻华特命全权大使"))  # meanwhile
    dialog.form.title_en.setText("Ambassador of Indonesia to China")
    asked: list[str] = []

    def reload(_cls, _parent, _what, explanation):
        asked.append(explanation)
        return StaleChoice.RELOAD

    monkeypatch.setattr(StaleQuestion, "ask", classmethod(reload))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.form.title_zh.text() == "印度尼西亚驻华特命全权大使")
    assert "was changed by tester" in asked[0]
    assert dialog.form.title_en.text() == "Indonesian Ambassador to China"  # as saved now

    # Deleted by someone else: Overwrite cannot bring it back, and says so once.
    service.delete_post(post.id, version=post.version + 1)
    monkeypatch.setattr(
        StaleQuestion,
        "ask",
        classmethod(lambda *_a: asked.append("again") or StaleChoice.OVERWRITE),
    )
    dialog.form.title_en.setText("Ambassador of Indonesia to China")
    dialog.save()
    qtbot.waitUntil(lambda: "deleted or merged" in dialog.save_status.text(), timeout=10_000)
    assert asked[1:] == ["again"]
    assert dialog.isVisible() and failures == []
