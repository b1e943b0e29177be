"""The rules the editor and the service share, without a database: join links, time zones,
duplicates, outcomes without text, working hours, and a new draft's defaults."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from scoda_desktop.domain.enums import OutcomeKind, Side
from scoda_desktop.services.meeting_drafts import (
    MeetingDraft,
    OutcomeDraft,
    ParticipantDraft,
    instant_to_wall_clock,
    link_problem,
    new_meeting_draft,
    validate_meeting,
    wall_clock_to_instant,
)
from scoda_desktop.services.meeting_warnings import working_hours_warnings

START = datetime(2021, 4, 2, 7, 0, tzinfo=UTC)


def draft(**changes) -> MeetingDraft:
    values = {"starts_at": START, "ends_at": START + timedelta(hours=1), "theme_en": "Talks"}
    values.update(changes)
    return MeetingDraft(**values)


@pytest.mark.parametrize(
    "url", [None, "", "https://meeting.tencent.com/dm/123", "http://localhost:8080/x"]
)
def test_good_or_empty_join_links_pass(url):
    assert link_problem(url) is None


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("zoom.us/j/123", "Add https:// at the start of the join link: https://zoom.us/j/123."),
        ("https://zoom.us/j/1 23", "cannot contain spaces"),
        ("ftp://example.com/x", "must start with https://"),
        ("https://meeting", "needs a server name"),
        ("https://example.com:port/x", "is not a web address"),
    ],
)
def test_bad_join_links_say_what_to_fix(url, says):
    problem = link_problem(url)
    assert problem is not None and problem.field == "join_url"
    assert says in problem.message


def test_a_theme_in_chinese_only_is_enough():
    assert validate_meeting(draft(theme_en="", theme_zh="云端共谋发展会见")) == []


def test_people_listed_twice_unknown_join_zones_and_empty_outcomes_are_named():
    meeting = draft(
        participants=[
            ParticipantDraft(person_id=1, side=Side.HOST, name_en="Liu Jianjun"),
            ParticipantDraft(person_id=1, side=Side.HOST, name_en="Liu Jianjun"),
            ParticipantDraft(person_id=2, side=Side.GUEST, name_en="Ivan", join_zone="Moscow"),
        ],
        outcomes=[OutcomeDraft(OutcomeKind.REMARK, text_en="  ")],
    )
    assert [(p.field, p.message.split(":")[0]) for p in validate_meeting(meeting)] == [
        ("participants.1", "Liu Jianjun is listed twice"),
        ("participants.2.join_zone", "Ivan"),
        ("outcomes.0.text", "Outcome 1 needs a text in English or Chinese"),
    ]


def test_working_hours_use_each_participants_zone_and_catch_a_midnight_crossing():
    # 15:00–16:00 in Qingdao: Moscow 10:00, fine; Honolulu 21:00 the day before, not.
    meeting = draft(
        participants=[
            ParticipantDraft(
                person_id=1, side=Side.GUEST, name_en="Ivan", join_zone="Europe/Moscow"
            ),
            ParticipantDraft(
                person_id=2, side=Side.GUEST, name_en="Kai", join_zone="Pacific/Honolulu"
            ),
        ]
    )
    (warning,) = working_hours_warnings(meeting)
    assert warning.message == (
        "In Pacific/Honolulu the meeting runs 21:00–22:00, outside 08:00–20:00, for Kai."
    )
    late = draft(
        starts_at=START + timedelta(hours=8, minutes=30), ends_at=START + timedelta(hours=10)
    )
    late.participants = [ParticipantDraft(person_id=1, side=Side.HOST, name_en="Liu")]
    (warning,) = working_hours_warnings(late)
    assert "23:30–01:00" in warning.message  # runs past midnight in Qingdao


def test_a_new_draft_is_tomorrow_at_ten_in_the_office_zone_for_an_hour():
    now = datetime(2026, 3, 4, 23, 30, tzinfo=UTC)  # already 5 March in Qingdao
    new = new_meeting_draft(now=now)
    assert new.starts_at == datetime(2026, 3, 6, 2, 0, tzinfo=UTC)  # 10:00 on 6 March
    assert new.ends_at - new.starts_at == timedelta(hours=1)
    assert new.time_zone == "Asia/Shanghai" and new.id is None and new.version is None


def test_wall_clock_times_round_trip_through_a_zone_with_summer_time():
    wall = datetime(2026, 7, 1, 9, 0)
    instant = wall_clock_to_instant(wall, "Europe/Berlin")  # UTC+2 in July
    assert instant == datetime(2026, 7, 1, 7, 0, tzinfo=UTC)
    assert instant_to_wall_clock(instant, "Europe/Berlin") == wall
    assert wall_clock_to_instant(wall, "Mars/Olympus") == wall.replace(tzinfo=UTC)
