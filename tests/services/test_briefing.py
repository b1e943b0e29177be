"""The contexts of the printed documents, from the demo (as on 28 November 2026) on every
configured backend: the briefing of the 2021 meeting and of the supply-chain dialogue of
2 December 2026, the run-sheet of that day and the name cards."""

from __future__ import annotations

import base64
from datetime import date, datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlmodel import select

from scoda_desktop.domain.models import Meeting, Participation, Person
from scoda_desktop.errors import InputError
from scoda_desktop.services.demo import populate_demo
from scoda_desktop.services.documents import (
    DocumentKind,
    DocumentRequest,
    Prepared,
    briefing_context,
    build_document,
    name_cards,
    runsheet_context,
)
from scoda_desktop.services.documents.notes import (
    Point,
    Raised,
    find_test_call,
    parse_notes,
    parse_talking_points,
)

TODAY = date(2026, 11, 28)
CLOUD = "Cloud Meeting for Common Development"
SUPPLY = "SCO Ambassadors' Dialogue on Supply Chains"
KAZAKH_DIALOGUE = date(2026, 4, 3)  # the demo's Kazakhstan dialogue, 238 days before TODAY
PREPARED = Prepared("hanxue", TODAY)


@pytest.fixture
def demo(database) -> dict[str, int]:
    populate_demo(database, today=TODAY)
    with database.session() as session:
        ids = dict(session.execute(sa.select(Meeting.theme_en, Meeting.id)).all())
    return {"cloud": ids[CLOUD], "supply": ids[SUPPLY]}


def brief(database, meeting_id: int, language: str = "en") -> dict:
    with database.session() as session:
        return briefing_context(session, meeting_id, language, prepared=PREPARED, today=TODAY)


def participation(session, meeting_id: int, family_name: str) -> Participation:
    return session.exec(
        select(Participation)
        .join(Person, Person.id == Participation.person_id)
        .where(Participation.meeting_id == meeting_id, Person.family_name == family_name)
    ).one()


def test_the_2021_brief_names_everyone_as_recorded_in_order_of_precedence(database, demo):
    context = brief(database, demo["cloud"])
    assert context["title"] == CLOUD
    assert context["meeting"]["day"] == "Friday, April 2, 2021"
    assert context["meeting"]["office_time"] == "15:00–16:00"
    assert [a.first_reference for a in context["host_side"]] == ["Liu Jianjun", "Meng Qingsheng"]
    assert [a.styled_en for a in context["guests"]] == [
        "Indonesian Ambassador to China Djauhari Oratmangun",
        "Deputy Ambassador of Tajikistan to China Muhammed Igormonzod",
    ]
    assert context["objectives"][0].startswith("Introduce SCODA and its five centres")
    assert [c.organisation for c in context["counterparts"]] == [
        "Embassy of Indonesia in China",
        "Embassy of Tajikistan in China",
    ]
    # The first meeting of the demo: nothing before it.
    assert all(c.history.total == 0 for c in context["counterparts"])
    assert context["follow_ups"] == []
    countries = {c.code: c for c in context["countries"]}
    assert countries["TJ"].sco_status == "member" and countries["TJ"].belt_and_road
    assert countries["ID"].sco_status == "none"
    logistics = context["logistics"]
    assert (logistics.test_call, logistics.test_call_recorded) == ("14:30", False)
    assert logistics.interpretation == "consecutive, Chinese-English"
    assert [(t.zone, t.span) for t in logistics.times] == [("Asia/Shanghai", "15:00–16:00")]
    assert logistics.times[0].names == [
        "Liu Jianjun",
        "Meng Qingsheng",
        "Djauhari Oratmangun",
        "Muhammed Igormonzod",
    ]


def test_the_chinese_brief_uses_chinese_names_and_dates(database, demo):
    context = brief(database, demo["cloud"], "zh")
    assert context["title"] == "云端共谋发展会见"
    assert context["meeting"]["day"] == "2021年4月2日星期五"
    assert context["logistics"].times[0].names[:3] == ["刘建军", "孟庆胜", "周浩黎"]
    assert context["countries"][1].sco_label == "成员国"
    assert context["host_side"][0].styled_zh == "青岛市委常委，胶州市委书记刘建军"


def test_points_are_addressed_to_the_counterparts_they_name(database, demo):
    points = brief(database, demo["supply"])["points"]
    assert [(p.to, p.attendee.first_reference if p.attendee else None) for p in points] == [
        ("Ambassador Tokhtarov", "Yerlan Tokhtarov"),
        ("Ambassador Dzhumabaev", "Talant Dzhumabaev"),
        ("Mr Rakhimov", "Bakhodir Rakhimov"),
        ("Mr Munkhjargal", "Munkhjargal Dorj"),
    ]
    assert points[0].text == "The Kazakh products week is still to be scheduled; propose a date."


def test_previous_contacts_and_open_follow_ups(database, demo):
    context = brief(database, demo["supply"])
    tokhtarov = context["counterparts"][0]
    assert tokhtarov.attendee.first_reference == "Yerlan Tokhtarov"
    assert tokhtarov.bio == "Career diplomat; previously Consul General in Urumqi."
    assert tokhtarov.history.total == 2
    assert tokhtarov.history.last_contact == KAZAKH_DIALOGUE
    embassy = next(o for o in context["organisations"] if o.name.startswith("Embassy of Kaz"))
    assert embassy.people == ["Yerlan Tokhtarov"]
    assert embassy.history.total == 3  # his counsellor came to one more
    kazakhstan = next(c for c in context["countries"] if c.code == "KZ")
    assert kazakhstan.history.total == 3
    overdue = context["follow_ups"][0]
    assert overdue.text == "Draft the programme of the Kazakh products week with the embassy."
    assert (overdue.owner, overdue.overdue, overdue.due_date) == (
        "Gao Peng",
        True,
        date(2026, 10, 14),
    )
    assert overdue.meeting.date == KAZAKH_DIALOGUE
    texts = [f.text for f in context["follow_ups"]]
    assert len(texts) == len(set(texts)) == 3  # each once, though person, embassy and country share
    assert "Hold a Kazakh products week at the SCO exhibition hall." in texts
    # Done follow-ups are not open ones.
    assert not any(t.startswith("Send the embassy container volumes") for t in texts)


def test_the_time_in_every_participants_zone(database, demo):
    with database.transaction() as session:
        participation(session, demo["supply"], "Tokhtarov").join_zone = "Asia/Kathmandu"
        participation(session, demo["supply"], "Dzhumabaev").join_zone = "Europe/Moscow"
    times = brief(database, demo["supply"])["logistics"].times
    assert [(t.zone, t.utc_offset, t.span) for t in times] == [
        ("Asia/Shanghai", "UTC+08:00", "15:00–16:30"),
        ("Asia/Kathmandu", "UTC+05:45", "12:45–14:15"),
        ("Europe/Moscow", "UTC+03:00", "10:00–11:30"),
    ]
    assert times[1].names == ["Yerlan Tokhtarov"] and times[2].names == ["Talant Dzhumabaev"]
    assert "Yerlan Tokhtarov" not in times[0].names


def test_labelled_notes_give_what_they_may_raise_the_press_line_and_the_test_call(database, demo):
    with database.transaction() as session:
        meeting = session.get(Meeting, demo["supply"])
        meeting.notes = (
            "Raise: the date of the Kazakh products week\n"
            "Response: propose the week of 14 September\n"
            "Press line: SCODA and SCO embassies renew their logistics working group.\n"
            "Test call at 14:15 with the embassies' technicians\n"
            "Backdrop and table flags of the four countries."
        )
    context = brief(database, demo["supply"])
    assert context["raised"] == [
        Raised("the date of the Kazakh products week", "propose the week of 14 September")
    ]
    assert context["press_line"] == ["SCODA and SCO embassies renew their logistics working group."]
    logistics = context["logistics"]
    assert (logistics.test_call, logistics.test_call_recorded) == ("14:15", True)
    assert logistics.notes == [
        "Test call at 14:15 with the embassies' technicians",
        "Backdrop and table flags of the four countries.",
    ]
    assert logistics.record == ["Han Xue"] and logistics.interpreters == ["Xu Yuting"]


def test_a_counterparts_photo_becomes_a_data_uri(database, demo):
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16
    with database.transaction() as session:
        person = session.exec(select(Person).where(Person.family_name == "Oratmangun")).one()
        person.photo = png
    counterpart = brief(database, demo["cloud"])["counterparts"][0]
    assert counterpart.photo == "data:image/png;base64," + base64.b64encode(png).decode()


def test_the_run_sheet_of_a_day_lists_its_meetings_in_order(database, demo):
    with database.transaction() as session:  # a second meeting that day, arranged in Delhi
        supply = session.get(Meeting, demo["supply"])
        starts = supply.starts_at - timedelta(hours=5)
        session.add(
            Meeting(
                theme_en="Morning call with Deccan Pharma",
                starts_at=starts,
                ends_at=starts + timedelta(hours=1),
                time_zone="Asia/Kolkata",
                notes="Test call 07:00",
            )
        )
    with database.session() as session:
        context = runsheet_context(session, date(2026, 12, 2), "en", prepared=PREPARED)
    morning, dialogue = context["meetings"]
    assert (morning.theme, morning.time, morning.local_time) == (
        "Morning call with Deccan Pharma",
        "10:00–11:00",
        "07:30–08:30",
    )
    assert (morning.test_call, morning.test_call_recorded) == ("09:30", True)
    assert dialogue.theme == SUPPLY and dialogue.test_call == "14:00"
    assert [s.name for s in dialogue.speakers] == [
        "Sun Zhiqiang",
        "Wang Haiyan",
        "Chen Jing",
        "Yerlan Tokhtarov",
        "Talant Dzhumabaev",
        "Munkhjargal Dorj",
        "Bakhodir Rakhimov",
    ]
    assert dialogue.interpreters == ["Xu Yuting"]
    assert dialogue.join_url == "https://example.com/zoom/j/81960823345"


def test_name_cards_one_per_participant_present(database, demo):
    with database.session() as session:
        cards = name_cards(session, demo["cloud"], "zh")
    assert [(c.name_zh, c.name_en) for c in cards] == [
        ("刘建军", "Liu Jianjun"),
        ("孟庆胜", "Meng Qingsheng"),
        ("周浩黎", "Djauhari Oratmangun"),
        (None, "Muhammed Igormonzod"),
    ]
    assert cards[0].title == "青岛市委常委，胶州市委书记"


def test_the_built_briefing_is_html_rendered_by_the_templates(database, demo):
    with database.session() as session:
        document = build_document(
            session, DocumentRequest(DocumentKind.BRIEFING, "zh", demo["cloud"]), prepared=PREPARED
        )
    assert document.title == "云端共谋发展会见"
    assert "青岛市委常委，胶州市委书记刘建军" in document.html
    assert "八、会务安排" in document.html


def test_an_unknown_meeting_or_language_is_bad_input(database, demo):
    with database.session() as session, pytest.raises(InputError, match="no meeting with id 999"):
        briefing_context(session, 999, "en")
    with database.session() as session, pytest.raises(InputError, match="language 'fr'"):
        briefing_context(session, demo["cloud"], "fr")
    with database.session() as session, pytest.raises(InputError, match="name the meeting"):
        build_document(session, DocumentRequest(DocumentKind.CARDS, "en"))


# -- the notes, pure -------------------------------------------------------------------------


def test_talking_points_with_and_without_an_addressee():
    assert parse_talking_points(
        "1. To Ambassador Li: thank him\n- open the fair\n致王大使：感谢"
    ) == [
        Point("Thank him", "Ambassador Li"),
        Point("open the fair"),
        Point("感谢", "王大使"),
    ]


def test_a_response_without_a_topic_stays_a_note():
    notes = parse_notes("Response: nothing to respond to\n对方可能提出：物流\n我方回应：欢迎")
    assert notes.raised == [Raised("物流", "欢迎")]
    assert notes.other == ["Response: nothing to respond to"]


@pytest.mark.parametrize(
    ("notes", "expected", "recorded"),
    [
        (None, "14:30", False),
        ("Test call one hour before the start", "14:00", True),
        ("test-call 45 minutes before", "14:15", True),
        ("Test call: 13:50", "13:50", True),
        ("提前20分钟测试", "14:40", True),
        ("测试时间 14:05", "14:05", True),
    ],
)
def test_the_test_call(notes, expected, recorded):
    starts = datetime.fromisoformat("2026-12-02T15:00:00+08:00")
    found, was_recorded = find_test_call(notes, starts)
    assert (f"{found:%H:%M}", was_recorded) == (expected, recorded)
