"""How meetings read on screen: labels for the enumerations and times in the office's zone, in
the interface's language.

The label tables (``KIND_LABELS`` ...) hold English source strings marked with
``QT_TRANSLATE_NOOP``, one translation context per enumeration; reading a label
(``KIND_LABELS[kind]``, ``.get``, ``.items()``) gives it translated, so code that shows them needs
nothing more. Dates follow the default QLocale that ``translations.install_translations`` sets:
``2021-04-02 15:00`` in English, ``2021年4月2日 15:00`` in Chinese; weekday and month names come
from QLocale.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Mapping
from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from scoda_desktop.domain.enums import (
    Attendance,
    MeetingKind,
    MeetingStatus,
    NameOrder,
    OutcomeKind,
    OutcomeStatus,
    ParticipationRole,
    Rsvp,
    Side,
)
from scoda_desktop.domain.office import OFFICE_TIME_ZONE, to_office_time
from scoda_desktop.ui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the services are not imported before the window shows
    from scoda_desktop.services.meeting_rows import MeetingRow
    from scoda_desktop.services.wording import Problem

K = TypeVar("K", bound=Hashable)

CONTEXT = "Display"  # the context of this module's own strings
# The English source; shown translated by office_zone_label() (a constant cannot follow the
# language: it is read when a module is imported, before the language is chosen).
OFFICE_ZONE_LABEL = QT_TRANSLATE_NOOP("Display", "Beijing time")


class TranslatedLabels(Mapping[K, str]):
    """A label per member of an enumeration: English source strings marked with
    ``QT_TRANSLATE_NOOP(context, ...)``, read translated into the interface's language."""

    def __init__(self, context: str, sources: Mapping[K, str]) -> None:
        self.context = context
        self._sources = dict(sources)

    def __getitem__(self, key: K) -> str:
        return QCoreApplication.translate(self.context, self._sources[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)

    def source(self, key: K) -> str:
        """The English label, whatever the interface's language."""
        return self._sources[key]

    def __repr__(self) -> str:
        return f"TranslatedLabels({self.context!r}, {self._sources!r})"


KIND_LABELS = TranslatedLabels(
    "MeetingKind",
    {
        MeetingKind.VIDEO: QT_TRANSLATE_NOOP("MeetingKind", "Video"),
        MeetingKind.IN_PERSON: QT_TRANSLATE_NOOP("MeetingKind", "In person"),
        MeetingKind.HYBRID: QT_TRANSLATE_NOOP("MeetingKind", "Hybrid"),
    },
)

STATUS_LABELS = TranslatedLabels(
    "MeetingStatus",
    {
        MeetingStatus.DRAFT: QT_TRANSLATE_NOOP("MeetingStatus", "Draft"),
        MeetingStatus.PROPOSED: QT_TRANSLATE_NOOP("MeetingStatus", "Proposed"),
        MeetingStatus.CONFIRMED: QT_TRANSLATE_NOOP("MeetingStatus", "Confirmed"),
        MeetingStatus.HELD: QT_TRANSLATE_NOOP("MeetingStatus", "Held"),
        MeetingStatus.POSTPONED: QT_TRANSLATE_NOOP("MeetingStatus", "Postponed"),
        MeetingStatus.CANCELLED: QT_TRANSLATE_NOOP("MeetingStatus", "Cancelled"),
    },
)

SIDE_LABELS = TranslatedLabels(
    "Side",
    {
        Side.HOST: QT_TRANSLATE_NOOP("Side", "Host side"),
        Side.GUEST: QT_TRANSLATE_NOOP("Side", "Guest side"),
    },
)

ROLE_LABELS = TranslatedLabels(
    "ParticipationRole",
    {
        ParticipationRole.HOST: QT_TRANSLATE_NOOP("ParticipationRole", "Host"),
        ParticipationRole.PRINCIPAL_GUEST: QT_TRANSLATE_NOOP(
            "ParticipationRole", "Principal guest"
        ),
        ParticipationRole.GUEST: QT_TRANSLATE_NOOP("ParticipationRole", "Guest"),
        ParticipationRole.ACCOMPANYING: QT_TRANSLATE_NOOP("ParticipationRole", "Accompanying"),
        ParticipationRole.ATTENDEE: QT_TRANSLATE_NOOP("ParticipationRole", "Attendee"),
        ParticipationRole.INTERPRETER: QT_TRANSLATE_NOOP("ParticipationRole", "Interpreter"),
        ParticipationRole.STAFF: QT_TRANSLATE_NOOP("ParticipationRole", "Staff"),
    },
)

RSVP_LABELS = TranslatedLabels(
    "Rsvp",
    {
        Rsvp.INVITED: QT_TRANSLATE_NOOP("Rsvp", "Invited"),
        Rsvp.ACCEPTED: QT_TRANSLATE_NOOP("Rsvp", "Accepted"),
        Rsvp.TENTATIVE: QT_TRANSLATE_NOOP("Rsvp", "Tentative"),
        Rsvp.DECLINED: QT_TRANSLATE_NOOP("Rsvp", "Declined"),
    },
)

ATTENDANCE_LABELS = TranslatedLabels(
    "Attendance",
    {
        Attendance.PRESENT: QT_TRANSLATE_NOOP("Attendance", "Present"),
        Attendance.ABSENT: QT_TRANSLATE_NOOP("Attendance", "Absent"),
        Attendance.EXCUSED: QT_TRANSLATE_NOOP("Attendance", "Excused"),
    },
)

OUTCOME_KIND_LABELS = TranslatedLabels(
    "OutcomeKind",
    {
        OutcomeKind.PROPOSAL: QT_TRANSLATE_NOOP("OutcomeKind", "Proposal"),
        OutcomeKind.AGREEMENT: QT_TRANSLATE_NOOP("OutcomeKind", "Agreement"),
        OutcomeKind.FOLLOW_UP: QT_TRANSLATE_NOOP("OutcomeKind", "Follow-up"),
        OutcomeKind.MOU: QT_TRANSLATE_NOOP("OutcomeKind", "MoU"),
        OutcomeKind.REMARK: QT_TRANSLATE_NOOP("OutcomeKind", "Remark"),
    },
)

OUTCOME_STATUS_LABELS = TranslatedLabels(
    "OutcomeStatus",
    {
        OutcomeStatus.OPEN: QT_TRANSLATE_NOOP("OutcomeStatus", "Open"),
        OutcomeStatus.DONE: QT_TRANSLATE_NOOP("OutcomeStatus", "Done"),
        OutcomeStatus.DROPPED: QT_TRANSLATE_NOOP("OutcomeStatus", "Dropped"),
    },
)

NAME_ORDER_LABELS = TranslatedLabels(
    "NameOrder",
    {
        NameOrder.GIVEN_FIRST: QT_TRANSLATE_NOOP(
            "NameOrder", "Given name first (Djauhari Oratmangun)"
        ),
        NameOrder.FAMILY_FIRST: QT_TRANSLATE_NOOP("NameOrder", "Family name first (Liu Jianjun)"),
        NameOrder.SINGLE: QT_TRANSLATE_NOOP("NameOrder", "Single name (Sukarno)"),
    },
)

# Statuses sort in the order a meeting moves through them, not alphabetically.
STATUS_ORDER: dict[MeetingStatus, int] = {status: i for i, status in enumerate(MeetingStatus)}

DATE_TIME_FORMAT = "%Y-%m-%d %H:%M"  # English
CHINESE_DATE_FORMAT = "yyyy年M月d日"  # a QLocale pattern
CHINESE_MONTH_FORMAT = "yyyy年M月"
ENGLISH_MONTH_FORMAT = "MMMM yyyy"


def _chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def country_names(meeting: MeetingRow) -> tuple[str, ...]:
    """The guests' countries of a listed meeting as the interface names them: in Chinese (CLDR's
    names, as the country table has them) in a Chinese interface, else in English."""
    if meeting.countries_zh and _chinese():
        return meeting.countries_zh
    return meeting.countries


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def kind_label(kind: MeetingKind) -> str:
    return KIND_LABELS.get(kind, str(kind))


def status_label(status: MeetingStatus) -> str:
    return STATUS_LABELS.get(status, str(status))


@cache
def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def office_zone_label() -> str:
    """The office's zone named in the interface's language: Beijing time, 北京时间."""
    return QCoreApplication.translate(CONTEXT, OFFICE_ZONE_LABEL)


def date_text(day: date) -> str:
    """``2021-04-02``; ``2021年4月2日`` in Chinese."""
    if _chinese():
        return QLocale().toString(_qdate(day), CHINESE_DATE_FORMAT)
    return day.isoformat()


def date_time_text(moment: datetime) -> str:
    """``2021-04-02 15:00``; ``2021年4月2日 15:00`` in Chinese: the wall-clock time as given."""
    if _chinese():
        return f"{date_text(moment.date())} {moment:%H:%M}"
    return moment.strftime(DATE_TIME_FORMAT)


def weekday_text(day: date) -> str:
    """``Friday``; ``星期五`` in Chinese."""
    return QLocale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat)


def long_date_text(day: date) -> str:
    """The day written out, weekday included, as the interface's locale writes it
    (``Friday, April 2, 2021``; ``2021年4月2日星期五``)."""
    return QLocale().toString(_qdate(day), QLocale.FormatType.LongFormat)


def month_text(year: int, month: int) -> str:
    """``April 2021``; ``2021年4月`` in Chinese."""
    pattern = CHINESE_MONTH_FORMAT if _chinese() else ENGLISH_MONTH_FORMAT
    return QLocale().toString(QDate(year, month, 1), pattern)


def office_time_text(instant: datetime) -> str:
    """``2021-04-02 15:00`` (``2021年4月2日 15:00``): the instant as the office's wall-clock
    time."""
    return date_time_text(to_office_time(instant))


def differs_from_office(zone_name: str) -> bool:
    """Whether clocks in ``zone_name`` may show another time than the office's."""
    return zone_name != OFFICE_TIME_ZONE


def span_text(
    starts_at: datetime, ends_at: datetime, zone_name: str, *, name_zone: bool = True
) -> str:
    """``2021-04-02 15:00–16:00 Asia/Shanghai``: the meeting's span in ``zone_name``, the end's
    date repeated only if it differs; without the zone's name when ``name_zone`` is false.

    An unknown zone name (a typing mistake in imported data) falls back to UTC, and says so."""
    zone = _zone(zone_name)
    start = starts_at.astimezone(zone) if zone is not None else starts_at
    end = ends_at.astimezone(zone) if zone is not None else ends_at
    end_text = f"{end:%H:%M}" if end.date() == start.date() else date_time_text(end)
    text = f"{date_time_text(start)}–{end_text}"
    if zone is None:
        return QCoreApplication.translate(
            "Display", "{span} UTC ({zone} is not a known time zone)"
        ).format(span=text, zone=zone_name)
    return f"{text} {zone_name}" if name_zone else text


def problem_text(problem: Problem) -> str:
    """What ``problem`` (from the Qt-free services) says, in the interface's language: its
    source translated in the context ``Problems``, the values filled in. A problem with no
    source (made from a message alone) reads as its English message."""
    if not problem.template:
        return problem.message
    translated = QCoreApplication.translate("Problems", problem.template)
    try:
        return translated.format(**dict(problem.values))
    except (KeyError, IndexError, ValueError):  # a translation that breaks its placeholders
        return problem.message


def phrase_text(text: str) -> str:
    """A word or sentence the services wrote, in the interface's language: a
    ``services.wording.Phrase`` (an English string that carries its source and values)
    translated in its context (``ChangeText``, or ``Errors``), its values too; other text as
    it is."""
    source = getattr(text, "source", None)
    if source is None:
        return text
    values = {name: phrase_text(value) for name, value in getattr(text, "values", ())}
    disambiguation = getattr(text, "disambiguation", None) or None
    context = getattr(text, "context", "ChangeText")
    translated = QCoreApplication.translate(context, source, disambiguation)
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that breaks its placeholders
        return str(text)


def error_text(exc: BaseException) -> str:
    """What an error says, for a message box or a status line: a ``ScodaError`` made with an
    ``error_message`` (and an ``InputError``'s list of problems) in the interface's language;
    any other error as its English text."""
    message = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else None
    if message is None:
        return str(exc)
    field_problems = getattr(exc, "field_problems", None)  # an InvalidDraftError's
    if field_problems:
        problems = [problem_text(problem) for problem in field_problems]
    else:
        problems = [phrase_text(problem) for problem in getattr(exc, "problems", None) or []]
    return "\n".join([phrase_text(message), *(f"  - {problem}" for problem in problems)])
