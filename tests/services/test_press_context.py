"""Press-release drafts of the demo's 2 April 2021 meeting, on every configured backend: the
house style of the real release, the Chinese draft, names as recorded, the sandbox."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import select

from scoda_desktop.domain.enums import Attendance, OutcomeKind, ParticipationRole
from scoda_desktop.domain.models import Meeting, Participation, Person, Position
from scoda_desktop.errors import InputError
from scoda_desktop.services.demo import populate_demo
from scoda_desktop.services.press.context import press_context
from scoda_desktop.services.press.draft import render_draft
from scoda_desktop.services.press.export import draft_html, paragraphs
from scoda_desktop.services.templating import TemplateProblem, environment

THEME = "Cloud Meeting for Common Development"
HOST = (
    "Liu Jianjun, Member of the Standing Committee of CPC Qingdao Committee and "
    "Secretary of CPC Jiaozhou Committee"
)
AMBASSADOR = "Indonesian Ambassador to China Djauhari Oratmangun"
DEPUTY = "Deputy Ambassador of Tajikistan to China Muhammed Igormonzod"
CLOSING = "Meng Qingsheng, Deputy Director of SCODA Administrative Committee, attended the meeting."
PUBLISHED = date(2021, 4, 16)


@pytest.fixture
def cloud(database) -> int:
    """The id of the demo's 2 April 2021 meeting (the demo as on 28 November 2026)."""
    populate_demo(database, today=date(2026, 11, 28))
    with database.session() as session:
        meeting_id = session.exec(select(Meeting.id).where(Meeting.theme_en == THEME)).one()
    assert meeting_id is not None
    return meeting_id


def draft(database, meeting_id: int, language: str = "en", template: str | None = None) -> str:
    with database.session() as session:
        return render_draft(session, meeting_id, language, template, published=PUBLISHED)


def test_the_english_draft_follows_the_house_style_of_the_real_release(database, cloud):
    text = draft(database, cloud)
    headline, dateline, lead, *rest = paragraphs(text)
    assert headline == f"{THEME}: Liu Jianjun Holds Video Talks with Ambassadors"
    assert dateline == "2021-04-16"
    assert lead == (
        f'On April 2, a video meeting themed "{THEME}" was held at Service Center, SCODA. '
        f"{HOST}, talked with {AMBASSADOR} and {DEPUTY} via video link "
        "and introduced SCODA and the five centres."
    )
    assert lead.index(AMBASSADOR) < lead.index(DEPUTY)
    assert rest[-1] == CLOSING
    assert text.rstrip("\n").splitlines()[-1] == CLOSING
    outcome = next(p for p in rest if p.startswith("Liu agrees"))
    assert outcome.startswith(
        "Liu agrees with the proposals and suggestions made by Ambassador Oratmangun and "
        "Deputy Ambassador Muhammed Igormonzod. Both sides will work together more closely"
    )


def test_the_chinese_draft_has_the_chinese_date_and_names(database, cloud):
    text = draft(database, cloud, "zh")
    headline, dateline, lead, *rest = paragraphs(text)
    assert headline == "云端共谋发展会见：刘建军视频会见外国驻华使节"
    assert dateline == "2021年4月16日"
    assert lead.startswith(
        "4月2日，以“云端共谋发展会见”为主题的视频会见在上合示范区服务中心举行。"
        "青岛市委常委，胶州市委书记刘建军通过视频连线会见了印度尼西亚驻华大使周浩黎和"
        "塔吉克斯坦驻华副大使 Muhammed Igormonzod"
    )
    assert rest[-1] == "上合示范区管委会副主任孟庆胜参加会见。"
    # the outcomes were recorded in English only: shown, and marked for translation
    assert "[待译] Both sides will work together" in text


def test_the_news_briefs_are_short(database, cloud):
    english = paragraphs(draft(database, cloud, "en", "news-brief"))
    chinese = paragraphs(draft(database, cloud, "zh", "news-brief"))
    assert english[0] == "Liu Jianjun Holds Video Talks with Ambassadors"
    assert english[1].startswith(f"On April 2, {HOST}, held video talks with {AMBASSADOR} and")
    assert english[1].endswith(
        "Meng Qingsheng, Deputy Director of SCODA Administrative Committee, attended."
    )
    assert len(english) == len(chinese) == 2
    assert chinese[1].startswith("4月2日，青岛市委常委，胶州市委书记刘建军以视频方式会见")
    assert chinese[1].endswith("孟庆胜参加会见。")


def test_the_context_groups_people_and_outcomes(database, cloud):
    with database.session() as session:
        context = press_context(session, cloud, "en", published=PUBLISHED)
    assert context["host"].first_reference == "Liu Jianjun"
    assert context["host"].title_follows
    assert [g.first_reference for g in context["guests"]] == [
        "Djauhari Oratmangun",
        "Muhammed Igormonzod",
    ]
    assert [g.referred_en for g in context["guests"]] == [
        "Ambassador Oratmangun",
        "Deputy Ambassador Muhammed Igormonzod",
    ]
    assert [a.first_reference for a in context["host_side"]] == ["Meng Qingsheng"]
    assert context["others"] == [] and context["absent"] == []
    outcomes = context["outcomes"]
    assert [len(outcomes.proposal), len(outcomes.agreement), len(outcomes.follow_up)] == [1, 1, 1]
    assert [o.kind for o in outcomes.all][-1] == OutcomeKind.REMARK
    meeting = context["meeting"]
    assert (meeting.day, meeting.day_with_year, meeting.time) == (
        "April 2",
        "April 2, 2021",
        "15:00",
    )
    assert str(meeting.agenda_items[0]) == "SCODA and the five centres (Secretary Liu)"
    assert context["join"](["A", "B", "C"]) == "A, B and C"
    with database.session() as session:
        chinese = press_context(session, cloud, "zh", published=PUBLISHED)
    assert chinese["join"](["甲", "乙", "丙"]) == "甲、乙和丙"
    assert chinese["meeting"].day == "4月2日"
    assert chinese["meeting"].theme == "云端共谋发展会见"


def test_names_and_titles_are_those_recorded_for_the_meeting(database, cloud):
    """Meng was later promoted: the 2021 release still calls him deputy director."""
    with database.transaction() as session:
        meng = session.exec(select(Person).where(Person.family_name == "Meng")).one()
        position = session.exec(select(Position).where(Position.person_id == meng.id)).one()
        position.title_en = "Director of SCODA Administrative Committee"
    assert paragraphs(draft(database, cloud))[-1] == CLOSING


def test_absent_people_are_not_said_to_attend(database, cloud):
    with database.transaction() as session:
        meng = session.exec(select(Person).where(Person.family_name == "Meng")).one()
        session.execute(
            sa.update(Participation)
            .where(Participation.meeting_id == cloud, Participation.person_id == meng.id)
            .values(attendance=Attendance.ABSENT)
        )
    text = draft(database, cloud)
    assert "Meng" not in text
    assert paragraphs(text)[-1].startswith("Liu agrees")


def test_an_interpreter_is_not_in_the_attendance_line(database, cloud):
    with database.transaction() as session:
        session.execute(
            sa.update(Participation)
            .where(
                Participation.meeting_id == cloud, Participation.role == ParticipationRole.ATTENDEE
            )
            .values(role=ParticipationRole.INTERPRETER)
        )
    with database.session() as session:
        context = press_context(session, cloud, "en")
    assert context["host_side"] == []
    assert [a.first_reference for a in context["others"]] == ["Meng Qingsheng"]
    assert "attended the meeting" not in draft(database, cloud)


def test_html_escapes_markup_in_a_theme(database, cloud):
    with database.transaction() as session:
        session.execute(
            sa.update(Meeting).where(Meeting.id == cloud).values(theme_en="Rail & <Sea>")
        )
    text = draft(database, cloud)
    assert text.startswith("Rail & <Sea>: Liu Jianjun")  # the text draft is text
    page = draft_html(text, "en")
    assert "<h1>Rail &amp; &lt;Sea&gt;: Liu Jianjun" in page
    assert "<Sea>" not in page


def test_an_unknown_meeting_or_language_is_refused(database, cloud):
    with database.session() as session, pytest.raises(InputError, match="no meeting with id 99999"):
        render_draft(session, 99999, "en")
    with database.session() as session, pytest.raises(InputError, match="language 'fr'"):
        render_draft(session, cloud, "fr")


def test_a_template_reaching_for_python_internals_is_refused(database, cloud, tmp_path: Path):
    evil = tmp_path / "evil.txt"
    evil.write_text("{{ host.first_reference }}\n{{ ''.__class__.__mro__ }}\n", encoding="utf-8")
    with pytest.raises(TemplateProblem, match="sandbox") as caught:
        draft(database, cloud, template=str(evil))
    assert caught.value.template == "evil.txt"


def test_an_undefined_name_is_reported_with_its_line(database, cloud, tmp_path: Path):
    mine = tmp_path / "mine.en.txt"
    mine.write_text("{{ meeting.theme }}\n\n{{ host.nickname }}\n", encoding="utf-8")
    with pytest.raises(TemplateProblem) as caught:
        draft(database, cloud, template=str(mine))
    assert caught.value.line == 3
    assert "nickname" in str(caught.value)
    assert str(caught.value).startswith("Template mine.en.txt, line 3:")


@pytest.fixture
def fresh_environment() -> Iterator[None]:
    """The cached environment looks in the data folder of its first use: start anew."""
    environment.cache_clear()
    yield
    environment.cache_clear()


@pytest.mark.usefixtures("fresh_environment")
def test_a_template_copied_to_the_user_folder_wins(database, cloud, data_dir: Path):
    folder = data_dir / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "press-release.en.txt").write_text("Mine: {{ meeting.theme }}\n", encoding="utf-8")
    assert draft(database, cloud) == f"Mine: {THEME}\n"


def test_the_notes_are_the_host_s_remarks_after_the_lead(database, cloud):
    notes = "Liu says in his remarks that SCODA\nis stepping up development.\n\nA second one."
    with database.transaction() as session:
        session.execute(sa.update(Meeting).where(Meeting.id == cloud).values(notes=notes))
    english = paragraphs(draft(database, cloud))
    assert english[3:5] == [
        "Liu says in his remarks that SCODA is stepping up development.",
        "A second one.",
    ]
    chinese = paragraphs(draft(database, cloud, "zh"))
    assert chinese[3] == "[待译] Liu says in his remarks that SCODA is stepping up development."
