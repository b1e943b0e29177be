"""Fixtures for the window tests: a log file per test, window settings in an INI file, and a
database with a few meetings recorded the way the office records them.

Every test runs with the English catalogue of plural forms installed, as the application
installs it at start in English: counts read "1 meeting", "3 meetings" (``%n meeting(s)``).
``interface("zh")`` puts the interface in Chinese for one test."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTranslator

from scoda_desktop.data.database import Database
from scoda_desktop.data.target import DatabaseTarget
from scoda_desktop.domain.enums import (
    MeetingKind,
    MeetingStatus,
    NameOrder,
    OutcomeKind,
    OutcomeStatus,
    Side,
)
from scoda_desktop.domain.models import Meeting, Outcome, Participation, Person, Position
from scoda_desktop.logging_setup import configure_logging
from scoda_desktop.ui import translations
from scoda_desktop.ui.main_window import MainWindow
from scoda_desktop.ui.meeting_source import MeetingSource

CLOUD_THEME = "Cloud Meeting on Trade and Logistics"
FAIR_THEME = "Preparations for the SCO Expo"
FAIR_THEME_ZH = "上合博览会筹备"
RAIL_THEME = "Rail & <Sea> Freight"  # markup characters: the detail pane must escape them


@pytest.fixture(autouse=True)
def _empty_clipboard() -> Iterator[None]:
    """Leave the clipboard empty after each test: the offscreen platform crashes while the
    application shuts down if it still owns clipboard data (seen with PySide6 6.11)."""
    yield
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()


@pytest.fixture(scope="session")
def english_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The English catalogue (the plural forms of the counted strings), built once."""
    return translations.build_into(tmp_path_factory.mktemp("qm") / "scoda_en.qm", "en")


@pytest.fixture(autouse=True)
def english_plurals(qapp, english_catalogue: Path) -> Iterator[None]:
    """The English interface as the application starts it."""
    translator = QTranslator()
    assert translator.load(str(english_catalogue))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def interface(qapp) -> Iterator[Callable[[str], str]]:
    """``interface("zh")`` puts the interface in a language for one test (the catalogue
    built from the .ts files, Qt's own, the default locale); English afterwards."""
    yield lambda language: translations.install_translations(qapp, language)
    translations.remove_translations(qapp)


@pytest.fixture
def log_file() -> Iterator[Path]:
    """The application's rotating log, in this test's data folder; removed afterwards."""
    root = logging.getLogger()
    level = root.level
    _remove_log_handlers(root)  # one left by a test that ran main() logs elsewhere
    path = configure_logging()
    yield path
    _remove_log_handlers(root)
    root.setLevel(level)


def _remove_log_handlers(root: logging.Logger) -> None:
    for handler in [h for h in root.handlers if getattr(h, "_scoda", False)]:
        root.removeHandler(handler)
        handler.close()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


def _person(family: str, given: str | None, country: str, order=NameOrder.GIVEN_FIRST) -> Person:
    return Person(family_name=family, given_name=given, name_order=order, country_code=country)


def add_meeting(
    database: Database,
    *,
    theme: str,
    starts_at: datetime,
    guests: list[Person],
    theme_zh: str | None = None,
    hours: int = 1,
    time_zone: str = "Asia/Shanghai",
    kind: MeetingKind = MeetingKind.VIDEO,
    status: MeetingStatus = MeetingStatus.HELD,
    venue: str | None = None,
    open_follow_ups: int = 0,
) -> int:
    """Record a meeting with a host and ``guests`` (in that order); return its id."""
    with database.transaction() as session:
        meeting = Meeting(
            theme_en=theme,
            theme_zh=theme_zh,
            starts_at=starts_at,
            ends_at=starts_at.replace(hour=starts_at.hour + hours),
            time_zone=time_zone,
            kind=kind,
            status=status,
            venue_en=venue,
        )
        host = _person("Liu", "Jianjun", "CN", NameOrder.FAMILY_FIRST)
        session.add_all([meeting, host, *guests])
        session.flush()
        assert meeting.id is not None
        session.add(Participation(meeting_id=meeting.id, person_id=host.id, side=Side.HOST))
        for guest in guests:
            session.add(Participation(meeting_id=meeting.id, person_id=guest.id, side=Side.GUEST))
        for n in range(open_follow_ups):
            session.add(
                Outcome(meeting_id=meeting.id, kind=OutcomeKind.FOLLOW_UP, text_en=f"Step {n}")
            )
        session.add(
            Outcome(
                meeting_id=meeting.id,
                kind=OutcomeKind.FOLLOW_UP,
                text_en="Done already",
                status=OutcomeStatus.DONE,
                closed_on=date(2024, 1, 1),
            )
        )
        return meeting.id


@pytest.fixture
def meetings(sqlite_database: Database) -> dict[str, int]:
    """Three meetings, inserted out of date order: 2021 (video), 2023 (hybrid), 2019."""
    return {
        CLOUD_THEME: add_meeting(
            sqlite_database,
            theme=CLOUD_THEME,
            starts_at=datetime(2021, 4, 2, 7, 0, tzinfo=UTC),  # 15:00 in Qingdao
            guests=[
                _person("Oratmangun", "Djauhari", "ID"),
                _person("Igormonzod", "Muhammed", "TJ"),
            ],
            venue="SCODA Administrative Committee, Jiaozhou",
            open_follow_ups=2,
        ),
        FAIR_THEME: add_meeting(
            sqlite_database,
            theme=FAIR_THEME,
            theme_zh=FAIR_THEME_ZH,
            starts_at=datetime(2023, 6, 15, 6, 0, tzinfo=UTC),
            guests=[_person("Petrov", "Ivan", "RU")],
            time_zone="Europe/Moscow",
            kind=MeetingKind.HYBRID,
            status=MeetingStatus.CONFIRMED,
        ),
        RAIL_THEME: add_meeting(
            sqlite_database,
            theme=RAIL_THEME,
            starts_at=datetime(2019, 11, 20, 2, 0, tzinfo=UTC),
            guests=[_person("Zhakupov", "Nurlan", "KZ")],
            kind=MeetingKind.IN_PERSON,
            status=MeetingStatus.CANCELLED,
        ),
    }


@pytest.fixture
def directory(sqlite_database: Database) -> dict[str, int]:
    """People to add to meetings: a host-side official and a diplomat, each with a post."""
    with sqlite_database.transaction() as session:
        meng = Person(
            family_name="Meng",
            given_name="Qingsheng",
            name_order=NameOrder.FAMILY_FIRST,
            name_zh="孟庆胜",
            country_code="CN",
        )
        aigerim = Person(
            family_name="Zhakupova",
            given_name="Aigerim",
            country_code="KZ",
            alternative_spellings=["Aygerim Jaqypova"],
        )
        session.add_all([meng, aigerim])
        session.flush()
        assert meng.id is not None and aigerim.id is not None
        session.add_all(
            [
                Position(
                    person_id=meng.id,
                    title_en="Deputy Director of SCODA Administrative Committee",
                    title_zh="上合示范区管委会副主任",
                    internal_rank=30,
                ),
                Position(
                    person_id=aigerim.id,
                    title_en="Counsellor of the Embassy of Kazakhstan in China",
                ),
            ]
        )
        return {"meng": meng.id, "aigerim": aigerim.id}


@pytest.fixture
def make_window(qtbot, settings: QSettings, log_file: Path) -> Callable[..., MainWindow]:
    """A shown main window on ``target``, closed by qtbot at the end of the test."""

    def make(target: DatabaseTarget, *, prepare=None, demo: bool = False) -> MainWindow:
        window = MainWindow(
            MeetingSource(target, prepare), settings=settings, log_path=log_file, demo=demo
        )
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def loaded_window(qtbot, make_window, sqlite_target, meetings) -> MainWindow:
    window = make_window(sqlite_target)
    with qtbot.waitSignal(window.meetings_loaded, timeout=10_000):
        window.start_loading()
    return window
