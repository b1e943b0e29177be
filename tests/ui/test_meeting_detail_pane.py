"""The pane beside the list shows the selected meeting's people in order of precedence, with
their titles as at the meeting, and what came of it."""

from __future__ import annotations

from datetime import date
from functools import partial

from scoda_desktop.services.demo import populate_demo

TODAY = date(2026, 11, 28)


def test_selecting_a_meeting_lists_its_people_in_order_and_its_outcomes(
    qtbot, make_window, sqlite_target
):
    window = make_window(sqlite_target, prepare=partial(populate_demo, today=TODAY))
    with qtbot.waitSignal(window.meetings_loaded, timeout=20_000):
        window.start_loading()
    page = window.meetings_page
    cloud = next(
        page.model.row_at(r).id
        for r in range(page.model.rowCount())
        if page.model.row_at(r).starts_at.date() == date(2021, 4, 2)
    )

    assert window.select_meeting(cloud)
    qtbot.waitUntil(
        lambda: "Who, in order of precedence" in page.detail.toPlainText(), timeout=10_000
    )

    text = page.detail.toPlainText()
    order = [
        "1. Liu Jianjun, Member of the Standing Committee of CPC Qingdao Committee and "
        "Secretary of CPC Jiaozhou Committee 刘建军",
        "2. Meng Qingsheng, Deputy Director of SCODA Administrative Committee 孟庆胜",
        "3. Indonesian Ambassador to China Djauhari Oratmangun",
        "4. Deputy Ambassador of Tajikistan to China Muhammed Igormonzod",
    ]
    positions = [text.index(line) for line in order]
    assert positions == sorted(positions)
    assert text.index("Host side") < positions[0] < text.index("Guest side") < positions[2]
    assert "Follow-up · Done · Meng Qingsheng · due 2021-06-30" in text
    assert "International Cooperation Hub for SCO Countries" in text


def test_the_pane_shows_the_meeting_on_every_participants_clock(qtbot, make_window, sqlite_target):
    from sqlmodel import select

    from scoda_desktop.data.database import open_database
    from scoda_desktop.domain.models import Participation

    database = open_database(sqlite_target)
    try:
        populate_demo(database, today=TODAY)
        with database.transaction() as session:  # the deputy joins from Dushanbe, not Beijing
            deputy = session.exec(
                select(Participation).where(Participation.name_en == "Muhammed Igormonzod")
            ).one()
            deputy.join_zone = "Asia/Dushanbe"
    finally:
        database.dispose()

    window = make_window(sqlite_target)
    with qtbot.waitSignal(window.meetings_loaded, timeout=20_000):
        window.start_loading()
    page = window.meetings_page
    cloud = next(
        page.model.row_at(r).id
        for r in range(page.model.rowCount())
        if page.model.row_at(r).starts_at.date() == date(2021, 4, 2)
    )
    assert window.select_meeting(cloud)
    qtbot.waitUntil(lambda: "participant's clock" in page.detail.toPlainText(), timeout=10_000)
    text = page.detail.toPlainText()
    assert "15:00–16:00 (Asia/Shanghai, UTC+08:00)" in text
    assert "12:00–13:00 (Asia/Dushanbe, UTC+05:00)" in text
    assert text.index("Asia/Dushanbe") < text.index("Muhammed Igormonzod")
