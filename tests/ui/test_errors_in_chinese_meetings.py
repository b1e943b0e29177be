"""Errors about meetings, invitations, time zones, documents and reports read in Chinese in a
Chinese interface (``display.error_text``, and the windows that show them), while ``str(error)``
stays the English the command line and the log print."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta

import pytest

from scoda_desktop.data.database import Database
from scoda_desktop.errors import InputError, ScodaError
from scoda_desktop.services import people
from scoda_desktop.services.directory import (
    CountryRecord,
    DirectoryService,
    OrganisationRecord,
    PostRecord,
)
from scoda_desktop.services.history import person_history
from scoda_desktop.services.invitation_import import parse_invitations
from scoda_desktop.services.invitations import range_calendar
from scoda_desktop.services.meeting_drafts import (
    InvalidDraftError,
    MeetingInvalidError,
    PersonDraft,
    StaleRecordError,
)
from scoda_desktop.services.meeting_service import MeetingService
from scoda_desktop.services.reports import build_report
from scoda_desktop.services.scheduling import Participant, propose_slots
from scoda_desktop.services.timezones import validate_zone
from scoda_desktop.ui.display import error_text
from scoda_desktop.ui.invitation_dialog import InvitationDialog
from scoda_desktop.ui.scheduling import FindTimeDialog
from scoda_desktop.ui.workers import TaskRunner
from tests.ui.conftest import CLOUD_THEME

Interface = Callable[[str], str]
MISSING = 9999  # an id no record has


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait_for_done()


# -- saving meetings -------------------------------------------------------------------------


def test_a_save_refused_because_someone_else_saved_first(interface, sqlite_database, meetings):
    mine_service = MeetingService(sqlite_database, actor="alice")
    theirs_service = MeetingService(sqlite_database, actor="bob")
    mine = mine_service.load(meetings[CLOUD_THEME])
    theirs = theirs_service.load(meetings[CLOUD_THEME])
    theirs.venue_en = "Conference Room 3"
    theirs_service.save(theirs)
    mine.notes = "Bring the flags"
    with pytest.raises(StaleRecordError) as refused:
        mine_service.save(mine)

    interface("zh")
    assert re.fullmatch(
        f"“{CLOUD_THEME}”在您打开后已被 bob（\\d{{4}}-\\d\\d-\\d\\d \\d\\d:\\d\\d）修改，"
        "您的修改未能保存。请重新打开该会见查看最新版本，然后再次修改。",
        error_text(refused.value),
    )
    assert str(refused.value).startswith(f"“{CLOUD_THEME}” was changed by bob at ")


def test_a_meeting_deleted_meanwhile(interface, sqlite_database, meetings):
    service = MeetingService(sqlite_database, actor="alice")
    draft = service.load(meetings[CLOUD_THEME])
    service.delete(draft.id, version=draft.version)
    with pytest.raises(StaleRecordError) as refused:
        service.save(draft)
    with pytest.raises(ScodaError) as gone:
        service.load(draft.id)

    interface("zh")
    assert error_text(refused.value) == (
        f"“{CLOUD_THEME}”在您打开后已被删除，您的修改未能保存。"
        "请刷新列表（F5）；如需保留所做的工作，请重新新建该会见。"
    )
    assert error_text(gone.value) == (
        f"编号为 {draft.id} 的会见已不在数据库中，可能已被他人删除。请刷新列表（F5）。"
    )
    assert str(gone.value) == (
        f"Meeting {draft.id} is no longer in the database: someone may have deleted it. "
        "Refresh the list (F5)."
    )


def test_a_meeting_that_breaks_the_rules_names_the_record_and_its_problems(
    interface, sqlite_database, meetings
):
    service = MeetingService(sqlite_database, actor="alice")
    draft = service.load(meetings[CLOUD_THEME])
    draft.theme_en, draft.theme_zh = "", None
    with pytest.raises(MeetingInvalidError) as refused:
        service.save(draft)

    interface("zh")
    assert error_text(refused.value) == (
        "会见无法按当前内容保存。\n  - 请填写会见主题（英文或中文均可）。"
    )
    assert str(refused.value) == (
        "The meeting cannot be saved as it is.\n"
        "  - Give the meeting a theme, in English or Chinese."
    )


def test_a_person_that_breaks_the_rules(interface, sqlite_database):
    with (
        sqlite_database.transaction() as session,
        pytest.raises(InvalidDraftError) as refused,
    ):
        people.create_person(session, PersonDraft(family_name=" "), actor="alice")

    interface("zh")
    assert error_text(refused.value).startswith("人员信息无法按当前内容保存。\n  - ")
    assert str(refused.value).startswith("The person cannot be saved as it is.\n  - ")


DIRECTORY_REFUSALS = {
    "The organisation": (
        lambda service: service.save_organisation(OrganisationRecord(name_en=" ")),
        "机构信息无法按当前内容保存。",
    ),
    "The post": (
        lambda service: service.save_post(PostRecord(person_id=1, title_en=" ")),
        "职务信息无法按当前内容保存。",
    ),
    "The country": (
        lambda service: service.save_country(CountryRecord(code="XZ", version=1)),
        "国家信息无法按当前内容保存。",
    ),
}


@pytest.mark.parametrize("what", DIRECTORY_REFUSALS)
def test_each_record_of_the_directory_has_its_own_sentence(interface, sqlite_database, what):
    save, chinese = DIRECTORY_REFUSALS[what]
    with pytest.raises(InvalidDraftError) as refused:
        save(DirectoryService(sqlite_database, actor="alice"))

    interface("zh")
    assert error_text(refused.value).split("\n")[0] == chinese
    assert str(refused.value).startswith(f"{what} cannot be saved as it is.\n  - ")


# -- time zones and finding a time -----------------------------------------------------------


def test_an_unknown_time_zone_suggests_the_nearest(interface):
    with pytest.raises(InputError) as refused:
        validate_zone("Asia/Dushanbee")

    interface("zh")
    assert error_text(refused.value) == (
        "无法识别的时区 'Asia/Dushanbee'。您是否要找 Asia/Dushanbe？请使用 IANA 时区名称，"
        "例如 Asia/Shanghai（“地区/城市”格式，与 tz 数据库一致）。"
    )
    assert str(refused.value) == (
        "Unknown time zone 'Asia/Dushanbee'. Did you mean Asia/Dushanbe? Use an IANA name such "
        "as Asia/Shanghai (region/city, as in the tz database)."
    )


def test_a_search_for_times_lists_every_problem(interface):
    day = date(2026, 12, 1)
    with pytest.raises(InputError) as refused:
        propose_slots([], timedelta(0), day, day - timedelta(days=1))

    interface("zh")
    assert error_text(refused.value) == (
        "无法查找会见时间：\n"
        "  - 请至少指定一名参会人员\n"
        "  - 时长须大于零分钟\n"
        "  - 日期范围的结束日期（2026-11-30）早于开始日期（2026-12-01）"
    )
    assert str(refused.value) == (
        "Cannot look for meeting times:\n"
        "  - name at least one participant\n"
        "  - the duration must be more than zero minutes\n"
        "  - the range ends (2026-11-30) before it starts (2026-12-01)"
    )


def test_the_find_a_time_window_says_why_it_cannot_look(qtbot, interface, runner):
    """The dialog's status line: its own words and the error's, both in Chinese."""
    interface("zh")
    participants = [Participant("Sayfullo", "Asia/Dushanbee", "TJ")]
    start = datetime(2026, 12, 1, 7, 0, tzinfo=UTC)

    def load_plan(day: date, duration: timedelta):
        from scoda_desktop.services.day_plan import plan_day

        return plan_day(participants, day, duration)

    dialog = FindTimeDialog(load_plan, start, start + timedelta(hours=1), runner=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("无法查找时间："))
    assert dialog.status.text() == (
        "无法查找时间：无法识别的时区 'Asia/Dushanbee'。您是否要找 Asia/Dushanbe？"
        "请使用 IANA 时区名称，例如 Asia/Shanghai（“地区/城市”格式，与 tz 数据库一致）。"
    )


# -- invitations -----------------------------------------------------------------------------


def test_the_invitation_window_for_a_meeting_no_longer_there(
    qtbot, interface, sqlite_database: Database, runner
):
    interface("zh")
    failures: list[tuple[str, BaseException]] = []

    def read(work):
        with sqlite_database.session() as session:
            return work(session)

    dialog = InvitationDialog(
        MISSING,
        "Gone",
        read=read,
        runner=runner,
        report_failure=lambda title, exc, _details: failures.append((title, exc)),
    )
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(failures))
    assert dialog.status.text() == f"无法读取会见信息：没有编号为 {MISSING} 的会见。"
    ((_title, exc),) = failures
    assert str(exc) == f"There is no meeting with id {MISSING}."


def test_an_invitation_file_cut_short(interface):
    data = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
    with pytest.raises(InputError) as refused:
        parse_invitations(data, "talks.ics")

    interface("zh")
    assert error_text(refused.value) == (
        "talks.ics 内容不完整：缺少 END:VCALENDAR 行。请重新保存或导出该邀请。"
    )
    assert str(refused.value).startswith("talks.ics is cut short: the END:VCALENDAR line")


def test_an_invitation_that_is_not_a_meeting_names_each_problem(interface):
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Embassy//EN\r\nBEGIN:VEVENT\r\n"
        b"RRULE:FREQ=WEEKLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    with pytest.raises(InputError) as refused:
        parse_invitations(data, "talks.ics")

    interface("zh")
    assert error_text(refused.value) == (
        "talks.ics 无法导入，未作任何更改：\n"
        "  - 第 1 个事件：缺少 UID\n"
        "  - 第 1 个事件：这是重复事件（RRULE）；SCODA Desktop 只记录单次会见："
        "请从日历中导出其中一次\n"
        "  - 第 1 个事件：缺少开始时间（DTSTART）\n"
        "  - 第 1 个事件：缺少 SUMMARY（会见主题）"
    )
    assert str(refused.value) == (
        "talks.ics cannot be imported; nothing was changed:\n"
        "  - event 1: it has no UID\n"
        "  - event 1: it is a recurring event (RRULE); SCODA Desktop keeps single meetings: "
        "export one occurrence from your calendar\n"
        "  - event 1: it has no start (DTSTART)\n"
        "  - event 1: it has no SUMMARY (the meeting's theme)"
    )


def test_an_export_of_days_that_run_backwards(interface, sqlite_database):
    with sqlite_database.session() as session, pytest.raises(InputError) as refused:
        range_calendar(session, date(2021, 4, 2), date(2021, 4, 1))

    interface("zh")
    assert error_text(refused.value) == (
        "日期范围的结束日期（2021-04-01）早于开始日期（2021-04-02）。"
    )
    assert str(refused.value) == "The range ends (2021-04-01) before it starts (2021-04-02)."


# -- history and reports ---------------------------------------------------------------------


def test_the_history_of_a_person_not_in_the_directory(interface, sqlite_database):
    with sqlite_database.session() as session, pytest.raises(InputError) as refused:
        person_history(session, MISSING)

    interface("zh")
    assert error_text(refused.value) == f"没有编号为 {MISSING} 的人员。"
    assert str(refused.value) == f"There is no person with id {MISSING}."


def test_a_report_whose_days_run_backwards(interface, sqlite_database):
    with sqlite_database.session() as session, pytest.raises(InputError) as refused:
        build_report(
            session,
            "meetings-by-country",
            first_day=date(2024, 12, 31),
            last_day=date(2024, 1, 1),
        )

    interface("zh")
    assert error_text(refused.value) == "截止日期 2024-01-01 早于起始日期 2024-12-31。"
    assert str(refused.value) == "The last day 2024-01-01 comes before the first day 2024-12-31."
