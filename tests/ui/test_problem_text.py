"""What the Qt-free services write for the window, in the interface's language: problems to fix
through ``display.problem_text`` (context "Problems"), and the phrases of a change (context
"ChangeText") translated the way the history and conflict dialogs translate them."""

from __future__ import annotations

import ast
from datetime import UTC, date, datetime, timedelta

import pytest

from scoda_desktop.domain.enums import Rsvp, Side
from scoda_desktop.services.change_text import field_label, value_text
from scoda_desktop.services.directory.records import PostRecord
from scoda_desktop.services.directory.validation import References, validate_post
from scoda_desktop.services.meeting_conflicts import differences
from scoda_desktop.services.meeting_drafts import (
    MeetingDraft,
    ParticipantDraft,
    validate_meeting,
)
from scoda_desktop.services.meeting_warnings import working_hours_warnings
from scoda_desktop.services.templating import TemplateProblem, render
from scoda_desktop.services.wording import Problem
from scoda_desktop.ui.display import phrase_text, problem_text
from scoda_desktop.ui.translations import tools

START = datetime(2021, 4, 2, 7, 0, tzinfo=UTC)  # 15:00 in Beijing


def meeting(**changes) -> MeetingDraft:
    values = {"starts_at": START, "ends_at": START + timedelta(hours=1), "theme_en": "Talks"}
    values.update(changes)
    return MeetingDraft(**values)


def test_a_problem_reads_as_its_english_message_in_english(interface):
    interface("en")
    (problem,) = validate_meeting(meeting(time_zone="Mars/Olympus"))
    assert problem.template and problem_text(problem) == problem.message
    assert problem.message == (
        "“Mars/Olympus” is not a known time zone: pick one from the list "
        "(written like Asia/Shanghai or Europe/Moscow)."
    )


def test_an_unknown_time_zone_reads_in_chinese_with_the_zone_named(interface):
    (problem,) = validate_meeting(meeting(time_zone="Mars/Olympus"))
    assert interface("zh") == "zh"
    assert problem_text(problem) == (
        "“Mars/Olympus”不是可识别的时区：请从列表中选择（写法如 Asia/Shanghai 或 Europe/Moscow）。"
    )
    assert problem.message.startswith("“Mars/Olympus” is not a known time zone")  # unchanged


def test_dates_out_of_order_read_in_chinese_with_both_dates(interface):
    post = PostRecord(
        person_id=1, title_en="Ambassador", start_date=date(2021, 4, 2), end_date=date(2020, 1, 31)
    )
    (problem,) = validate_post(post, References())
    assert problem.field == "end_date"
    interface("zh")
    assert problem_text(problem) == (
        "职务的结束日期（2020-01-31）不能早于开始日期（2021-04-02）：请更正其中一个日期。"
    )


def test_every_problem_of_a_draft_reads_in_chinese(interface):
    draft = meeting(
        theme_en="",
        ends_at=START,
        join_url="zoom.us/j/123",
        participants=[
            ParticipantDraft(person_id=1, side=Side.GUEST, name_en="Djauhari Oratmangun"),
            ParticipantDraft(person_id=1, side=Side.GUEST, name_en="Djauhari Oratmangun"),
        ],
    )
    interface("zh")
    texts = [problem_text(problem) for problem in validate_meeting(draft)]
    assert texts == [
        "请填写会见主题（英文或中文均可）。",
        "会见的结束时间须晚于开始时间：请调整结束时间。",
        "请在入会链接开头加上 https://：https://zoom.us/j/123。",
        "Djauhari Oratmangun 重复列入：请删除其中一行。",
    ]


def test_a_working_hours_warning_names_the_zone_times_and_people_in_chinese(interface):
    draft = meeting(
        participants=[
            ParticipantDraft(
                person_id=7, side=Side.GUEST, name_en="Sayfullo", join_zone="America/New_York"
            )
        ]
    )
    (warning,) = working_hours_warnings(draft)
    assert warning.message == (
        "In America/New_York the meeting runs 03:00–04:00, outside 08:00–20:00, for Sayfullo."
    )
    interface("zh")
    assert problem_text(warning) == (
        "Sayfullo：会见在 America/New_York 当地时间为 03:00–04:00，不在 08:00–20:00 工作时间内。"
    )


def test_a_template_problem_of_our_own_words_reads_in_chinese(interface):
    with pytest.raises(TemplateProblem) as raised:
        render("nowhere.txt", {})
    interface("zh")
    assert problem_text(raised.value.problem) == "没有名为 'nowhere.txt' 的模板"
    assert raised.value.detail == "no template named 'nowhere.txt'"


def test_a_problem_without_a_template_reads_as_its_message(interface):
    interface("zh")
    assert problem_text(Problem("photo", "Choose a smaller photo.")) == "Choose a smaller photo."


def test_the_words_of_a_change_read_in_chinese(interface):
    interface("zh")
    assert phrase_text(field_label("venue_en")) == "地点（英文）"
    assert phrase_text(value_text("side", "host")) == "主方"
    assert phrase_text(value_text("role", "host")) == "主人"
    assert phrase_text(value_text("starts_at", START)) == "2021-04-02 15:00（北京时间）"
    assert phrase_text(value_text("notes", "Bring the flags")) == "Bring the flags"
    assert phrase_text(value_text("notes", None)) == "—"


def test_a_conflict_reads_in_chinese(interface):
    guest = ParticipantDraft(person_id=3, side=Side.GUEST, name_en="Djauhari Oratmangun", id=9)
    base = meeting(participants=[guest], id=1, version=1)
    mine = meeting(participants=[guest], venue_en="Room 3", id=1, version=1)
    theirs = meeting(
        participants=[ParticipantDraft(**{**_fields(guest), "rsvp": Rsvp.ACCEPTED})],
        id=1,
        version=2,
    )
    found = differences(base, mine, theirs)
    assert [(d.what, d.yours, d.theirs) for d in found] == [
        ("Venue (English)", "Room 3", "—"),
        ("Djauhari Oratmangun: Reply", "invited", "accepted"),
    ]
    interface("zh")
    assert [(phrase_text(d.what), phrase_text(d.yours), phrase_text(d.theirs)) for d in found] == [
        ("地点（英文）", "Room 3", "—"),
        ("Djauhari Oratmangun：回复", "已邀请", "已接受"),
    ]


def _fields(participant: ParticipantDraft) -> dict:
    return {name: getattr(participant, name) for name in participant.__slots__}


def _marking_context(node: ast.expr) -> str | None:
    """The context of ``QT_TRANSLATE_NOOP("Context", "...")``; None for anything else."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    ):
        return node.args[0].value
    return None


# The constructor, which of its arguments is the source, and the context the window uses.
MAKERS = {
    "problem": (1, "Problems"),
    "problem_message": (0, "Problems"),  # a directory file problem's message
    "phrase": (0, "ChangeText"),
    "word": (0, "ChangeText"),
}


def test_the_services_mark_each_source_in_the_context_the_window_translates_it_in():
    """A source written as a literal is never translated; one marked in another context is
    extracted but not found where the window looks."""
    found = []
    for path in tools.source_files(tools.SERVICES):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id not in MAKERS or path.name == "wording.py":
                continue
            index, context = MAKERS[node.func.id]
            source = node.args[index]
            if isinstance(source, ast.Constant):
                found.append(f"{path.name}:{node.lineno}: a source not marked for translation")
            elif isinstance(source, ast.Call) and _marking_context(source) != context:
                found.append(f"{path.name}:{node.lineno}: marked in another context than {context}")
    assert found == []
