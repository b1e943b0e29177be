"""The invitation e-mail draft: what the .eml holds when read back with the email package, the
text in both languages with the time on every participant's clock, the .ics attachment read
with icalendar, and templates the user edits."""

from __future__ import annotations

import email
from datetime import date
from email import policy
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlmodel import select

from scoda_desktop.domain.models import Meeting, Person
from scoda_desktop.services.demo import populate_demo
from scoda_desktop.services.files import FileWriteError
from scoda_desktop.services.invitation_email import (
    ATTACHMENT_NAME,
    clock_name,
    export_invitation_email,
    load_invitation,
    render_invitation,
    write_invitation_email,
)
from scoda_desktop.services.templating import TemplateProblem, environment, user_template_dir

DEMO_TODAY = date(2026, 11, 28)
NEPAL = "Business Travel and Cultural Exchange with Nepal"  # Qingdao and Kathmandu
CANCELLED = "Petrochemical Products Trade"


@pytest.fixture(autouse=True)
def _fresh_environment():
    environment.cache_clear()  # cached with the first test's user folder
    yield
    environment.cache_clear()


@pytest.fixture
def demo(sqlite_database):
    populate_demo(sqlite_database, today=DEMO_TODAY)
    return sqlite_database


def meeting_id(database, theme: str) -> int:
    with database.session() as session:
        return session.exec(select(Meeting.id).where(Meeting.theme_en == theme)).one()


def read_eml(path: Path) -> email.message.EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(message, email.message.EmailMessage)
    return message


def test_the_eml_is_an_unsent_draft_with_the_invitation_attached(demo, tmp_path):
    path = tmp_path / "nepal.eml"
    draft = export_invitation_email(demo, meeting_id(demo, NEPAL), path, "en")
    raw = path.read_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")  # CRLF throughout
    message = read_eml(path)
    assert message["X-Unsent"] == "1"
    assert message["From"] is None  # the mail program fills it in
    assert message["Subject"] == draft.subject
    assert draft.subject.startswith(f"Invitation: {NEPAL} (Fri, December 11, 2026, 12:45")
    assert draft.subject.endswith("Kathmandu time)")
    assert [a.addr_spec for a in message["To"].addresses] == [
        "chen.jing@example.com",
        "shrestha@example.com",
        "gurung@example.com",
    ]
    assert message.get_content_type() == "multipart/mixed"
    body, attachment = message.iter_parts()
    assert body.get_content_type() == "text/plain"
    assert body.get_content_charset() == "utf-8"
    text = body.get_content()
    # The time on each participant's clock, each zone once, the office's first.
    assert "Beijing time (UTC+08:00): Fri, December 11, 2026, 15:00–16:00" in text
    assert "Kathmandu (UTC+05:45): Fri, December 11, 2026, 12:45–13:45 (for Dipak Gurung)" in text
    assert text.index("Beijing time") < text.index("Kathmandu (")
    for detail in ("Platform: Zoom", "Meeting ID: 842 9981 0067", "Passcode: nepal13"):
        assert detail in text
    assert "Link: https://example.com/zoom/j/" in text

    assert attachment.get_content_type() == "text/calendar"
    assert attachment.get_param("method") == "REQUEST"
    assert attachment.get_filename() == ATTACHMENT_NAME
    assert attachment.get_content_disposition() == "attachment"
    calendar = Calendar.from_ical(attachment.get_payload(decode=True))
    assert str(calendar["METHOD"]) == "REQUEST"
    (event,) = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == NEPAL


def test_the_chinese_draft(demo, tmp_path):
    path = tmp_path / "nepal-zh.eml"
    export_invitation_email(demo, meeting_id(demo, NEPAL), path, "zh")
    message = read_eml(path)
    assert message["Subject"] == (
        "会议邀请：与尼泊尔的商务旅游和文化交流（加德满都时间 2026年12月11日周五 12:45）"
    )
    assert message["To"].addresses[0].display_name == "陈静"
    text = next(message.iter_parts()).get_content()
    assert "北京时间（UTC+08:00）：2026年12月11日周五 15:00–16:00（陈静和Sunita Shrestha）" in text
    assert "加德满都（UTC+05:45）：2026年12月11日周五 12:45–13:45（Dipak Gurung）" in text
    assert "会议号：842 9981 0067" in text
    assert clock_name("Asia/Shanghai", "zh") == "北京时间"


def test_a_cancelled_meeting_sends_a_cancellation(demo):
    with demo.session() as session:
        data = load_invitation(session, meeting_id(demo, CANCELLED))
    draft = render_invitation(data, "en")
    assert draft.subject.startswith(f"Cancelled: {CANCELLED}")
    assert "has been cancelled" in draft.body
    assert "How to join" not in draft.body
    assert data.method == "CANCEL"
    assert str(Calendar.from_ical(data.calendar)["METHOD"]) == "CANCEL"


def test_participants_without_an_address_are_listed_not_addressed(demo, tmp_path):
    mid = meeting_id(demo, NEPAL)
    with demo.transaction() as session:
        gurung = session.exec(select(Person).where(Person.family_name == "Gurung")).one()
        gurung.email = None
    with demo.session() as session:
        data = load_invitation(session, mid)
    draft = render_invitation(data, "en")
    assert draft.missing == ("Dipak Gurung",)
    assert "gurung@" not in draft.preview()
    message = read_eml(write_invitation_email(tmp_path / "d.eml", data, draft))
    assert len(message["To"].addresses) == 2


def test_a_users_template_wins_and_must_start_with_the_subject(demo):
    with demo.session() as session:
        data = load_invitation(session, meeting_id(demo, NEPAL))
    folder = user_template_dir() / "email"
    folder.mkdir()
    (folder / "invitation.en.txt").write_text(
        "Subject: {{ meeting.theme }}\n\nSee you at {{ meeting.when.start }}.\n", "utf-8"
    )
    draft = render_invitation(data, "en")
    assert (draft.subject, draft.body) == (NEPAL, "See you at 12:45.\n")
    (folder / "invitation.en.txt").write_text("Hello {{ meeting.theme }}\n", "utf-8")
    with pytest.raises(TemplateProblem, match="first line must be"):
        render_invitation(data, "en")
    (folder / "invitation.en.txt").write_text("Subject: {{ meeting.nope }}\n", "utf-8")
    with pytest.raises(TemplateProblem, match="nope"):
        render_invitation(data, "en")


def test_bad_requests(demo, tmp_path):
    with pytest.raises(Exception, match="no meeting with id 999"):
        export_invitation_email(demo, 999, tmp_path / "x.eml", "en")
    with pytest.raises(Exception, match="en or zh"):
        export_invitation_email(demo, meeting_id(demo, NEPAL), tmp_path / "x.eml", "fr")
    with pytest.raises(FileWriteError, match="does not exist"):
        export_invitation_email(demo, meeting_id(demo, NEPAL), tmp_path / "no" / "x.eml", "en")
    assert not (tmp_path / "x.eml").exists()
