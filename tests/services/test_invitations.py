"""Calendar invitations: what the .ics holds, that two independent parsers read it, that an
exported meeting comes back the same, and that Outlook's and Teams' invitations import."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
import vobject
from icalendar import Calendar
from sqlmodel import func, select

from scoda_desktop.data.database import open_database, resolve_target
from scoda_desktop.domain.enums import MeetingStatus, ParticipationRole, Rsvp, Side
from scoda_desktop.domain.models import Meeting, Participation, Person
from scoda_desktop.errors import InputError
from scoda_desktop.services.demo import populate_demo
from scoda_desktop.services.invitation_import import (
    import_file,
    parse_invitations,
    read_invitations,
)
from scoda_desktop.services.invitations import (
    STATUS_OF,
    Organizer,
    export_meeting,
    export_range,
    ics_uid,
    meeting_calendar,
    meeting_uid_for,
    range_calendar,
)

DEMO_TODAY = date(2026, 11, 28)
NOW = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)
INDIA = "A Supply Partnership for Active Pharmaceutical Ingredients"  # confirmed, Asia/Kolkata
NEPAL = "Business Travel and Cultural Exchange with Nepal"  # proposed, Asia/Kathmandu
IRAN_CANCELLED = "Petrochemical Products Trade"  # cancelled, Asia/Tehran
CLOUD_2021 = "Cloud Meeting for Common Development"
MEETING_FIELDS = ("uid", "theme_en", "theme_zh", "starts_at", "ends_at", "time_zone", "venue_en")
MEETING_FIELDS += ("platform", "join_url", "meeting_code", "passcode", "dial_in", "agenda")
MEETING_FIELDS += ("interpretation",)


@pytest.fixture
def demo(database):
    populate_demo(database, today=DEMO_TODAY)
    return database


@pytest.fixture
def demo_sqlite(tmp_path) -> Iterator[object]:
    """The demo data in an SQLite database of its own, to export from."""
    db = open_database(resolve_target(str(tmp_path / "source.sqlite3")))
    populate_demo(db, today=DEMO_TODAY)
    yield db
    db.dispose()


def meeting_id(database, theme: str) -> int:
    with database.session() as session:
        return session.exec(select(Meeting.id).where(Meeting.theme_en == theme)).one()


def only_event(data: bytes):
    calendar = Calendar.from_ical(data)
    (event,) = calendar.walk("VEVENT")
    return calendar, event


def count(database, model) -> int:
    with database.session() as session:
        return session.exec(select(func.count()).select_from(model)).one()


def attendees(database, meeting_id_: int) -> set[tuple]:
    p, person = Participation.__table__.c, Person.__table__.c
    with database.session() as session:
        rows = session.execute(
            sa.select(p.name_en, person.email, p.side, p.role, p.rsvp, p.join_zone)
            .join(Person.__table__, person.id == p.person_id)
            .where(p.meeting_id == meeting_id_)
        ).all()
    return {tuple(row) for row in rows}


def meeting_fields(database, meeting_id_: int) -> dict:
    with database.session() as session:
        meeting = session.get(Meeting, meeting_id_)
        return {name: getattr(meeting, name) for name in MEETING_FIELDS} | {
            "status": STATUS_OF[meeting.status]
        }


# -- export -------------------------------------------------------------------------------------


def test_a_meeting_as_an_invitation(demo):
    india = meeting_id(demo, INDIA)
    with demo.session() as session:
        data = meeting_calendar(session, india, now=NOW)
        meeting = session.get(Meeting, india)
    calendar, event = only_event(data)
    assert str(calendar["METHOD"]) == "REQUEST"
    assert str(calendar["VERSION"]) == "2.0"
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Asia/Kolkata"]
    assert data.count(b"\r\n") == data.count(b"\n")  # CRLF line ends (RFC 5545 3.1)
    assert str(event["UID"]) == f"{meeting.uid}@scoda-desktop"
    assert int(event["SEQUENCE"]) == 0
    assert event["DTSTAMP"].dt == NOW
    assert event["DTSTART"].params["TZID"] == "Asia/Kolkata"
    assert event["DTSTART"].dt == meeting.starts_at
    assert event["DTSTART"].dt.strftime("%H:%M") == "12:30"  # 15:00 in Qingdao
    assert event["DTEND"].dt == meeting.ends_at
    assert str(event["SUMMARY"]) == INDIA
    assert str(event["X-SCODA-THEME-ZH"]) == "原料药供应合作"
    assert str(event["STATUS"]) == "CONFIRMED"
    assert str(event["ORGANIZER"]) == "mailto:protocol@scoda-desktop.invalid"
    assert event["ORGANIZER"].params["CN"] == "SCODA Protocol Office"
    assert str(event["URL"]) == meeting.join_url
    assert str(event["CONFERENCE"]) == meeting.join_url
    assert dict(event["CONFERENCE"].params) == {
        "VALUE": "URI",
        "FEATURE": "VIDEO",
        "LABEL": "Microsoft Teams",
    }
    description = str(event["DESCRIPTION"])
    assert "Meeting ID: 391 255 608 74" in description
    assert "Passcode: Api9r3" in description
    assert "Platform: Microsoft Teams" in description
    assert "Interpretation: consecutive, Chinese-English" in description
    assert "Learn Deccan Pharma" not in data.decode()  # objectives stay in the office

    people = {str(a.params["CN"]): a for a in event["ATTENDEE"]}
    assert set(people) == {"Gao Peng", "Priya Raghavan", "Rohit Malhotra"}
    host, principal, guest = people["Gao Peng"], people["Priya Raghavan"], people["Rohit Malhotra"]
    assert str(host) == "mailto:gao.peng@example.com"
    assert (host.params["ROLE"], host.params["PARTSTAT"]) == ("REQ-PARTICIPANT", "ACCEPTED")
    assert principal.params["ROLE"] == "REQ-PARTICIPANT"
    assert (guest.params["ROLE"], guest.params["PARTSTAT"]) == ("OPT-PARTICIPANT", "TENTATIVE")
    assert all(a.params["RSVP"] == "TRUE" for a in people.values())
    assert principal.params["X-SCODA-ZONE"] == "Asia/Kolkata"


def test_staff_and_interpreters_are_non_participants_and_rsvp_maps_to_partstat(demo):
    with demo.session() as session:
        meeting = session.exec(
            select(Meeting).where(Meeting.status == MeetingStatus.PROPOSED)
        ).first()
        assert meeting is not None
        data = meeting_calendar(session, meeting.id, now=NOW)
    _, event = only_event(data)
    for attendee in event["ATTENDEE"]:
        role = ParticipationRole(attendee.params["X-SCODA-ROLE"])
        expected = {
            ParticipationRole.INTERPRETER: "NON-PARTICIPANT",
            ParticipationRole.STAFF: "NON-PARTICIPANT",
            ParticipationRole.HOST: "REQ-PARTICIPANT",
            ParticipationRole.PRINCIPAL_GUEST: "REQ-PARTICIPANT",
        }.get(role, "OPT-PARTICIPANT")
        assert attendee.params["ROLE"] == expected
        assert attendee.params["PARTSTAT"] == "NEEDS-ACTION"  # a proposed meeting: invited


def test_the_invitation_reads_the_same_with_vobject(demo):
    nepal = meeting_id(demo, NEPAL)
    with demo.session() as session:
        data = meeting_calendar(session, nepal, now=NOW)
        meeting = session.get(Meeting, nepal)
    parsed = vobject.readOne(data.decode("utf-8"))
    event = parsed.vevent
    assert parsed.method.value == "REQUEST"
    assert event.uid.value == ics_uid(meeting.uid)
    assert event.dtstart.value == meeting.starts_at
    assert event.dtstart.value.utcoffset() == timedelta(hours=5, minutes=45)
    assert event.dtend.value == meeting.ends_at
    assert event.summary.value == NEPAL
    assert event.sequence.value == "0"
    names = sorted(a.params["CN"][0] for a in event.attendee_list)
    assert names == ["Chen Jing", "Dipak Gurung", "Sunita Shrestha"]
    assert event.url.value == meeting.join_url
    assert "Passcode: nepal13" in event.description.value


def test_summer_time_in_the_meetings_zone_reads_the_same_with_both_parsers(demo):
    london = ZoneInfo("Europe/London")
    with demo.transaction() as session:  # one meeting before, one after the clocks go back
        for day in (23, 26):
            start = datetime(2026, 10, day, 9, 30, tzinfo=london)
            session.add(
                Meeting(
                    theme_en=f"London {day}",
                    starts_at=start,
                    ends_at=start + timedelta(hours=1),
                    time_zone="Europe/London",
                )
            )
    with demo.session() as session:
        data, number = range_calendar(session, date(2026, 10, 23), date(2026, 10, 26))
    assert number == 2
    calendar = Calendar.from_ical(data)
    offsets = {str(e["SUMMARY"]): e["DTSTART"].dt.utcoffset() for e in calendar.walk("VEVENT")}
    assert offsets == {"London 23": timedelta(hours=1), "London 26": timedelta(0)}
    parsed = vobject.readOne(data.decode("utf-8"))
    seen = {e.summary.value: e.dtstart.value for e in parsed.vevent_list}
    assert seen["London 23"] == datetime(2026, 10, 23, 8, 30, tzinfo=UTC)
    assert seen["London 26"] == datetime(2026, 10, 26, 9, 30, tzinfo=UTC)


def test_a_cancelled_meeting_is_a_cancellation(demo):
    iran = meeting_id(demo, IRAN_CANCELLED)
    with demo.session() as session:
        calendar, event = only_event(meeting_calendar(session, iran, now=NOW))
    assert str(calendar["METHOD"]) == "CANCEL"
    assert str(event["STATUS"]) == "CANCELLED"
    assert str(event["ORGANIZER"]).startswith("mailto:")


def test_sequence_grows_with_each_edit_and_the_uid_stays(demo):
    nepal = meeting_id(demo, NEPAL)
    sequences, uids = [], set()
    for _ in range(3):
        with demo.session() as session:
            _, event = only_event(meeting_calendar(session, nepal, now=NOW))
        sequences.append(int(event["SEQUENCE"]))
        uids.add(str(event["UID"]))
        with demo.transaction() as session:  # an edit, as the write path makes it
            meeting = session.get(Meeting, nepal)
            meeting.starts_at += timedelta(minutes=30)
            meeting.ends_at += timedelta(minutes=30)
            meeting.version += 1
    assert sequences == [0, 1, 2]
    assert len(uids) == 1


def test_a_person_without_an_address_gets_a_placeholder_that_finds_them_again(demo):
    nepal = meeting_id(demo, NEPAL)
    with demo.transaction() as session:
        person = session.exec(select(Person).where(Person.family_name == "Gurung")).one()
        person.email = None
        uid = person.uid
    with demo.session() as session:
        data = meeting_calendar(session, nepal, now=NOW)
    _, event = only_event(data)
    (gurung,) = [a for a in event["ATTENDEE"] if a.params["CN"] == "Dipak Gurung"]
    assert str(gurung) == f"mailto:{uid}@people.scoda-desktop.invalid"
    assert gurung.params["RSVP"] == "FALSE"
    (invitation,) = parse_invitations(data)
    assert any(a.person_uid == uid and a.email is None for a in invitation.attendees)


def test_a_range_is_a_calendar_without_method(demo):
    with demo.session() as session:
        data, number = range_calendar(session, date(2026, 12, 1), date(2026, 12, 31), now=NOW)
    calendar = Calendar.from_ical(data)
    assert "METHOD" not in calendar
    events = calendar.walk("VEVENT")
    assert number == len(events) == 4
    zones = {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}
    assert {"Asia/Kolkata", "Asia/Kathmandu", "Asia/Shanghai"} <= zones
    assert len(vobject.readOne(data.decode()).vevent_list) == 4


def test_an_empty_range_writes_nothing(demo, tmp_path):
    target = tmp_path / "none.ics"
    with pytest.raises(InputError, match="No meetings from 2030-01-01 to 2030-01-31"):
        export_range(demo, date(2030, 1, 1), date(2030, 1, 31), target)
    assert not target.exists()


def test_export_is_atomic_and_keeps_the_old_file_on_failure(demo, tmp_path):
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "meeting.ics"
    target.write_text("the previous invitation")
    with pytest.raises(InputError, match="no meeting with id 9999"):
        export_meeting(demo, 9999, target)
    assert target.read_text() == "the previous invitation"
    result = export_meeting(demo, meeting_id(demo, NEPAL), target, organizer=Organizer("p@x.cn"))
    assert result.describe() == f"Wrote 1 meeting to {target}"
    assert b"mailto:p@x.cn" in target.read_bytes()
    assert [p.name for p in target.parent.iterdir()] == ["meeting.ics"]  # no temporary file


# -- export, then import ------------------------------------------------------------------------


def test_every_demo_meeting_comes_back_the_same_in_a_fresh_database(
    demo_sqlite, database, tmp_path
):
    path = tmp_path / "all.ics"
    exported = export_range(demo_sqlite, date(2021, 1, 1), date(2027, 12, 31), path)
    assert exported.meetings == count(demo_sqlite, Meeting)

    result = import_file(database, path, create_unknown_people=True)
    assert len(result.created) == exported.meetings
    assert result.proposed_people == []
    with demo_sqlite.session() as session:
        source = dict(session.exec(select(Meeting.uid, Meeting.id)).all())
    with database.session() as session:
        imported = dict(session.exec(select(Meeting.uid, Meeting.id)).all())
    assert set(imported) == set(source)
    for uid, source_id in source.items():
        assert meeting_fields(database, imported[uid]) == meeting_fields(demo_sqlite, source_id)
        assert attendees(database, imported[uid]) == attendees(demo_sqlite, source_id)

    again = import_file(database, path, create_unknown_people=True)
    assert (again.created, again.updated) == ([], [])
    assert len(again.unchanged) == exported.meetings
    assert count(database, Person) == len(result.people_created)


def test_import_without_creating_people_proposes_them(demo_sqlite, database, tmp_path):
    path = tmp_path / "india.ics"
    export_meeting(demo_sqlite, meeting_id(demo_sqlite, INDIA), path)
    first = import_file(database, path)
    assert len(first.created) == 1
    assert [p.describe() for p in first.proposed_people] == [
        "Gao Peng <gao.peng@example.com>",
        "Priya Raghavan <raghavan@example.com>",
        "Rohit Malhotra <malhotra@example.com>",
    ]
    assert first.proposed_people[0].meetings[0].startswith(f'"{INDIA}"')
    assert count(database, Person) == 0
    assert attendees(database, first.created[0]) == set()

    second = import_file(database, path, create_unknown_people=True)
    assert second.updated == first.created
    assert sorted(second.people_created) == ["Gao Peng", "Priya Raghavan", "Rohit Malhotra"]
    with database.session() as session:
        person = session.exec(select(Person).where(Person.email == "raghavan@example.com")).one()
    assert person.family_name == "Priya Raghavan"  # never split automatically
    assert "check how the name divides" in person.notes


def test_importing_an_edited_invitation_updates_the_same_meeting(demo, tmp_path):
    nepal = meeting_id(demo, NEPAL)
    path = tmp_path / "nepal.ics"
    export_meeting(demo, nepal, path)
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("SEQUENCE:0", "SEQUENCE:1").replace("Passcode: nepal13", "Passcode: k2"),
        encoding="utf-8",
        newline="",
    )
    before = count(demo, Meeting)
    result = import_file(demo, path)
    assert result.updated == [nepal]
    assert count(demo, Meeting) == before
    with demo.session() as session:
        meeting = session.get(Meeting, nepal)
    assert (meeting.passcode, meeting.version, meeting.status) == ("k2", 2, MeetingStatus.PROPOSED)

    older = tmp_path / "older.ics"
    older.write_text(text.replace("Passcode: nepal13", "Passcode: old"), newline="")
    stale = import_file(demo, older)
    assert stale.unchanged == [nepal]
    assert "the file is older than the meeting" in stale.notes[0]
    assert meeting_fields(demo, nepal)["passcode"] == "k2"


def test_a_cancellation_cancels_the_meeting(demo, tmp_path):
    nepal = meeting_id(demo, NEPAL)
    with demo.transaction() as session:
        session.get(Meeting, nepal).status = MeetingStatus.CANCELLED
    path = tmp_path / "cancel.ics"
    export_meeting(demo, nepal, path)
    with demo.transaction() as session:
        session.get(Meeting, nepal).status = MeetingStatus.PROPOSED
    assert import_file(demo, path).updated == [nepal]
    assert meeting_fields(demo, nepal)["status"] == "CANCELLED"


# -- invitations from other programs ------------------------------------------------------------

OUTLOOK = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:China Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Pavel Gordeev":mailto:pavel.gordeev@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Chen Jing:mailt
 o:CHEN.JING@example.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anna Volkova:ma
 ilto:a.volkova@embassy.example
ATTENDEE;ROLE=OPT-PARTICIPANT;CN=Muhammad Egamzod:mailto:unknown@somewhere.example
ATTENDEE;CN=SCODA Protocol Office:mailto:protocol@scoda-desktop.invalid
DESCRIPTION:Microsoft Teams meeting\\nJoin on your computer\\, mobile app or roo
 m device\\nMeeting ID: 347 118 202 611\\nPasscode: Xy7Qp2\\n______________
DTSTART;TZID="China Standard Time":20261210T150000
DTEND;TZID="China Standard Time":20261210T160000
DTSTAMP:20261120T020000Z
LOCATION:Microsoft Teams Meeting
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Grain Terminal Visit: Preparations
UID:040000008200E00074C5B7101A82E0080000000020C5D0A1B6F2DA01000000000000000010000000
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc
END:VEVENT
END:VCALENDAR
"""


def write_ics(tmp_path: Path, text: str, name: str = "invite.ics") -> Path:
    path = tmp_path / name
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    return path


def test_an_outlook_invitation_becomes_a_meeting(demo, tmp_path):
    path = write_ics(tmp_path, OUTLOOK)
    result = import_file(demo, path)
    (created,) = result.created
    fields = meeting_fields(demo, created)
    assert fields["theme_en"] == "Grain Terminal Visit: Preparations"
    assert fields["starts_at"] == datetime(2026, 12, 10, 7, 0, tzinfo=UTC)
    assert fields["ends_at"] == datetime(2026, 12, 10, 8, 0, tzinfo=UTC)
    assert fields["time_zone"] == "Asia/Shanghai"  # the Windows zone, mapped
    assert fields["platform"] == "Microsoft Teams"
    assert fields["join_url"].startswith("https://teams.microsoft.com/l/meetup-join/")
    assert (fields["meeting_code"], fields["passcode"]) == ("347 118 202 611", "Xy7Qp2")
    assert fields["venue_en"] == "Microsoft Teams Meeting"
    assert fields["agenda"].startswith("Microsoft Teams meeting\nJoin on your computer, mobile")
    assert fields["status"] == "CONFIRMED"
    expected_uid, native = meeting_uid_for(
        "040000008200E00074C5B7101A82E0080000000020C5D0A1B6F2DA01000000000000000010000000"
    )
    assert not native and fields["uid"] == expected_uid

    seated = {(name, side, role) for name, _, side, role, _, _ in attendees(demo, created)}
    assert seated == {
        ("Pavel Gordeev", Side.GUEST, ParticipationRole.GUEST),  # the organizer, by e-mail
        ("Chen Jing", Side.HOST, ParticipationRole.ATTENDEE),  # e-mail in other letter case
        ("Muhammed Igormonzod", Side.GUEST, ParticipationRole.ACCOMPANYING),  # by spelling
    }
    assert [p.describe() for p in result.proposed_people] == [
        "Anna Volkova <a.volkova@embassy.example>"
    ]

    again = import_file(demo, path, create_unknown_people=True)
    assert again.updated == [created]
    assert again.people_created == ["Anna Volkova"]
    assert len(attendees(demo, created)) == 4


def test_a_zone_only_the_file_defines_gives_the_right_instant_kept_in_qingdao_time(demo, tmp_path):
    text = OUTLOOK.replace("China Standard Time", "Customized Time Zone").replace(
        "TZOFFSETFROM:+0800\nTZOFFSETTO:+0800", "TZOFFSETFROM:+0300\nTZOFFSETTO:+0300"
    )
    result = import_file(demo, write_ics(tmp_path, text))
    fields = meeting_fields(demo, result.created[0])
    assert fields["starts_at"] == datetime(2026, 12, 10, 12, 0, tzinfo=UTC)  # 15:00 at UTC+3
    assert fields["time_zone"] == "Asia/Shanghai"
    assert "'Customized Time Zone' is not an IANA zone" in result.notes[0]
    assert result.notes[0].startswith(
        '"Grain Terminal Visit: Preparations" (2026-12-10 20:00 Qingdao)'
    )


def test_a_reply_updates_the_answer_only(demo, tmp_path):
    nepal = meeting_id(demo, NEPAL)
    with demo.session() as session:
        uid = session.get(Meeting, nepal).uid
    reply = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X//EN
METHOD:REPLY
BEGIN:VEVENT
UID:{uid}@scoda-desktop
DTSTAMP:20261201T020000Z
DTSTART:20261211T070000Z
DTEND:20261211T080000Z
SEQUENCE:0
ATTENDEE;PARTSTAT=DECLINED;CN=Dipak Gurung:mailto:gurung@example.com
END:VEVENT
END:VCALENDAR
"""
    before = meeting_fields(demo, nepal)
    import_file(demo, write_ics(tmp_path, reply))
    assert meeting_fields(demo, nepal) == before
    answers = {name: rsvp for name, _, _, _, rsvp, _ in attendees(demo, nepal)}
    assert answers["Dipak Gurung"] is Rsvp.DECLINED
    assert answers["Chen Jing"] is Rsvp.INVITED


# -- files that cannot be imported --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("hello world\n", "not an iCalendar (.ics) file"),
        (OUTLOOK[: OUTLOOK.index("END:VEVENT")], "cut short: the END:VCALENDAR line is missing"),
        (OUTLOOK.replace('DTSTART;TZID="China Standard Time":20261210T150000\n', ""), "no start"),
        (OUTLOOK.replace("20261210T150000", "2026-12-10"), "DTSTART cannot be read"),
        (OUTLOOK.replace("20261210T160000", "20261210T140000"), "ends before it starts"),
        (OUTLOOK.replace('TZID="China Standard Time"', "TZID=Atlantis"), "zone 'Atlantis', which"),
        (OUTLOOK.replace("SEQUENCE:0", "RRULE:FREQ=WEEKLY"), "recurring event (RRULE)"),
        (
            OUTLOOK.replace(
                'DTSTART;TZID="China Standard Time":20261210T150000', "DTSTART;VALUE=DATE:20261210"
            ).replace(
                'DTEND;TZID="China Standard Time":20261210T160000', "DTEND;VALUE=DATE:20261211"
            ),
            "whole day",
        ),
        (OUTLOOK.replace("UID:0400", "X-UID:0400"), "no UID"),
        ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:x\nEND:VCALENDAR\n", "holds no event"),
    ],
)
def test_a_bad_file_is_refused_naming_the_problem(tmp_path, text, message):
    path = write_ics(tmp_path, text)
    with pytest.raises(InputError) as caught:
        read_invitations(path)
    assert message in str(caught.value)
    assert str(path) in str(caught.value)


def test_all_or_nothing_when_one_event_of_two_is_bad(demo, tmp_path):
    good = OUTLOOK[OUTLOOK.index("BEGIN:VEVENT") : OUTLOOK.index("END:VCALENDAR")]
    bad = good.replace("UID:0400", "UID:9400").replace("SUMMARY;LANGUAGE=en-us:Grain", "X-NOTE:")
    text = OUTLOOK.replace("END:VCALENDAR", bad + "END:VCALENDAR")
    before = count(demo, Meeting)
    with pytest.raises(InputError) as caught:
        import_file(demo, write_ics(tmp_path, text))
    assert "event 2 (UID 9400" in str(caught.value)
    assert "no SUMMARY" in str(caught.value)
    assert "nothing was changed" in str(caught.value)
    assert count(demo, Meeting) == before


def test_a_reply_for_an_unknown_meeting_changes_nothing(demo, tmp_path):
    reply = OUTLOOK.replace("METHOD:REQUEST", "METHOD:REPLY")
    before = count(demo, Meeting)
    with pytest.raises(InputError, match="not in this database"):
        import_file(demo, write_ics(tmp_path, reply))
    assert count(demo, Meeting) == before
