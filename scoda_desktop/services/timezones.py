"""Time zones: checking IANA zone names, the zone a participant joins from by default, and a
meeting's time in every participant's zone.

Instants are stored in UTC; a zone turns them into wall-clock times with ``zoneinfo`` (the
``tzdata`` package supplies the zone database where the system has none, as on Windows), so
summer-time changes are those of the tz database for the day in question.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from importlib import resources as importlib_resources
from typing import Protocol
from zoneinfo import ZoneInfo, available_timezones

import sqlalchemy as sa

from scoda_desktop.domain.enums import OrganisationKind
from scoda_desktop.domain.models import (
    Country,
    Meeting,
    Participation,
    Person,
)
from scoda_desktop.domain.naming import first_reference
from scoda_desktop.domain.office import OFFICE_TIME_ZONE, office_zone
from scoda_desktop.errors import InputError
from scoda_desktop.services.protocol.attendees import posts_by_person
from scoda_desktop.services.protocol.posts import Post, posts_held_on
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, error_message

# Names people type that are not zone names: the zone has another city's name.
_CITY_HINTS = {
    "beijing": "Asia/Shanghai",
    "qingdao": "Asia/Shanghai",
    "jiaozhou": "Asia/Shanghai",
    "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata",
    "islamabad": "Asia/Karachi",
    "astana": "Asia/Almaty",
}

# Foreign missions (the office's embassies and consulates) are in China and keep its time.
_MISSION_KINDS = frozenset({OrganisationKind.EMBASSY, OrganisationKind.CONSULATE})
CHINA = "CN"


# -- zone names -----------------------------------------------------------------------------------


@cache
def known_zones() -> frozenset[str]:
    """Every IANA zone name zoneinfo can load, old aliases such as Asia/Katmandu included."""
    return frozenset(available_timezones() - {"localtime", "posixrules", "Factory"})


@cache
def _zones_by_folded_name() -> dict[str, str]:
    return {name.casefold(): name for name in known_zones()}


def is_zone(name: str) -> bool:
    return name in known_zones()


def suggest_zones(name: str, limit: int = 3) -> list[str]:
    """Zone names close to ``name``, most likely first: a city hint ("Beijing"), then close
    spellings of the city part ("Asia/Dushambe" -> Asia/Dushanbe), then of the whole name.
    An alias is replaced by the zone it stands for."""
    folded = name.strip().casefold().replace(" ", "_")
    by_folded = _zones_by_folded_name()
    cities: dict[str, list[str]] = {}
    for key, zone in by_folded.items():
        cities.setdefault(key.rsplit("/", 1)[-1], []).append(zone)
    suggestions: list[str] = []
    hint = _CITY_HINTS.get(name.strip().casefold())
    if hint:
        suggestions.append(hint)
    for match in difflib.get_close_matches(folded.rsplit("/", 1)[-1], cities, n=limit, cutoff=0.75):
        suggestions += sorted(cities[match])
    suggestions += [
        by_folded[match]
        for match in difflib.get_close_matches(folded, by_folded, n=limit, cutoff=0.8)
    ]
    links = _zone_links()
    canonical = (links.get(zone, zone) for zone in suggestions)
    return list(dict.fromkeys(zone for zone in canonical if is_zone(zone)))[:limit]


def _or_list(items: Sequence[str]) -> str:
    """ "Asia/Dushanbe", "Asia/Dushanbe or Asia/Dubai", "A, B or C" (zone names, as values)."""
    if len(items) == 1:
        return items[0]
    return error_message(
        QT_TRANSLATE_NOOP("Errors", "{zones} or {last}"),
        zones=", ".join(items[:-1]),
        last=items[-1],
    )


def validate_zone(name: str | None) -> str:
    """``name`` as a loadable IANA zone name, or InputError saying what is wrong.

    Aliases the tz database keeps (Asia/Katmandu, Asia/Calcutta) are accepted as written; a
    name that differs only in letter case is returned with the database's spelling."""
    text = (name or "").strip()
    if not text:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors", "A time zone is needed: give an IANA name such as Asia/Shanghai."
                )
            )
        )
    if is_zone(text):
        return text
    exact = _zones_by_folded_name().get(text.casefold())
    if exact:
        return exact
    suggestions = suggest_zones(text)
    if suggestions:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Unknown time zone {zone}. Did you mean {suggestions}? Use an IANA name such "
                    "as Asia/Shanghai (region/city, as in the tz database).",
                ),
                zone=repr(text),
                suggestions=_or_list(suggestions),
            )
        )
    raise InputError(
        error_message(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Unknown time zone {zone}. Use an IANA name such as Asia/Shanghai (region/city, "
                "as in the tz database).",
            ),
            zone=repr(text),
        )
    )


@cache
def _zone_links() -> dict[str, str]:
    """Alias -> zone, from the links ("L zone alias") of the tz database's ``tzdata.zi``."""
    text = importlib_resources.files("tzdata.zoneinfo").joinpath("tzdata.zi").read_text("utf-8")
    return {
        parts[2]: parts[1]
        for parts in (line.split() for line in text.splitlines() if line.startswith("L "))
    }


@cache
def _country_by_zone() -> dict[str, str]:
    from scoda_desktop.data.reference import zones_by_country

    return {zone: code for code, zones in zones_by_country().items() for zone in zones}


def country_of_zone(zone: str) -> str | None:
    """The country whose zone ``zone`` is in the tz database's ``zone.tab`` (aliases
    followed: Asia/Katmandu -> NP), or None for zones of no country (UTC, Etc/GMT+5)."""
    countries, links = _country_by_zone(), _zone_links()
    seen = set()
    while zone not in countries and zone in links and zone not in seen:
        seen.add(zone)
        zone = links[zone]
    return countries.get(zone)


# -- the zone a participant joins from ------------------------------------------------------------


def default_join_zone(
    *,
    person_country: str | None,
    organisation_country: str | None = None,
    organisation_kind: OrganisationKind | str | None = None,
    capital_zones: dict[str, str | None],
) -> str:
    """The zone a person most likely joins from, when nobody has said otherwise.

    - Staff of a foreign embassy or consulate: the mission is in China, so Asia/Shanghai.
    - Staff of an organisation in China (the host side, Chinese companies): Asia/Shanghai.
    - Anyone else joins from home: the capital's zone of their country, else of their
      organisation's country; Asia/Shanghai if neither is known.

    ``capital_zones`` maps country codes to ``Country.capital_zone``."""
    if organisation_kind is not None and OrganisationKind(organisation_kind) in _MISSION_KINDS:
        return OFFICE_TIME_ZONE
    if organisation_country == CHINA:
        return OFFICE_TIME_ZONE
    for country in (person_country, organisation_country):
        zone = capital_zones.get(country) if country else None
        if zone:
            return zone
    return OFFICE_TIME_ZONE


@dataclass(frozen=True, slots=True)
class PostOn:
    """A post held on a given day, and the country of its organisation."""

    post: Post
    organisation_country: str | None


def senior_posts_on(session, person_ids: Iterable[int], day: date) -> dict[int, PostOn]:
    """Each person's most senior post held on ``day``, by the protocol engine's rule
    (:func:`protocol.posts_held_on`), with its organisation's country; one column select.
    People who held no post that day are left out."""
    result = {}
    for person_id, held in posts_by_person(session, person_ids, on=day).items():
        senior = posts_held_on(held, day)[0]
        result[person_id] = PostOn(senior, senior.organisation_country)
    return result


@dataclass(frozen=True, slots=True)
class PersonZone:
    """A person's name, country and the zone they join from by default."""

    person_id: int
    name: str
    country_code: str | None
    zone: str


def default_join_zones(session, person_ids: Iterable[int], on: date) -> dict[int, PersonZone]:
    """:func:`default_join_zone` for each person, from the post they hold on ``on`` (the most
    senior, see :func:`senior_posts_on`); column selects only."""
    ids = sorted(set(person_ids))
    if not ids:
        return {}
    person = Person.__table__.c
    people = session.execute(
        sa.select(
            person.id,
            person.family_name,
            person.given_name,
            person.name_order,
            person.first_reference,
            person.country_code,
        ).where(person.id.in_(ids))
    ).all()
    posts = senior_posts_on(session, ids, on)
    capitals = dict(
        session.execute(sa.select(Country.__table__.c.code, Country.__table__.c.capital_zone)).all()
    )
    result = {}
    for row in people:
        held = posts.get(row.id)
        result[row.id] = PersonZone(
            person_id=row.id,
            name=first_reference(
                row.family_name, row.given_name, row.name_order, row.first_reference
            ),
            country_code=row.country_code,
            zone=default_join_zone(
                person_country=row.country_code,
                organisation_country=held.organisation_country if held else None,
                organisation_kind=held.post.organisation_kind if held else None,
                capital_zones=capitals,
            ),
        )
    missing = [i for i in ids if i not in result]
    if missing:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "No person with id {numbers}."),
                numbers=", ".join(map(str, missing)),
            )
        )
    return result


def office_day_span(first_day: date, last_day: date) -> tuple[datetime, datetime]:
    """The UTC instants from midnight in Qingdao starting ``first_day`` to midnight ending
    ``last_day``: what "from first_day to last_day" means for the office."""
    zone = office_zone()
    return (
        datetime.combine(first_day, time(0), zone).astimezone(UTC),
        datetime.combine(last_day + timedelta(days=1), time(0), zone).astimezone(UTC),
    )


# -- a meeting's time in each participant's zone --------------------------------------------------


class Zoned(Protocol):
    """Anyone with a name and the zone they join from."""

    @property
    def name(self) -> str: ...

    @property
    def zone(self) -> str: ...


class Timed(Protocol):
    """Anything that starts and ends at UTC instants (Meeting, MeetingRow, a proposed slot)."""

    @property
    def starts_at(self) -> datetime: ...

    @property
    def ends_at(self) -> datetime: ...


@dataclass(frozen=True, slots=True)
class ZonedParticipant:
    name: str
    zone: str


@dataclass(frozen=True, slots=True)
class LocalTime:
    """A meeting as one participant sees it on their own clock."""

    name: str
    zone: str
    starts: datetime  # aware, in ``zone``
    ends: datetime  # aware, in ``zone``
    office_date: date  # the meeting's date in Qingdao

    @property
    def utc_offset(self) -> timedelta:
        offset = self.starts.utcoffset()
        assert offset is not None
        return offset

    @property
    def date_differs(self) -> bool:
        """True when the participant's date is not the office's (show it then)."""
        return self.starts.date() != self.office_date

    def describe(self) -> str:
        """ "16:30–17:30 (Asia/Tehran, UTC+03:30)", with the local date when it differs from
        the office's: "Wed 30 Sep 21:00–22:00 (America/New_York, UTC-04:00)"."""
        day = f"{self.starts:%a} {self.starts.day} {self.starts:%b} " if self.date_differs else ""
        return (
            f"{day}{self.starts:%H:%M}–{self.ends:%H:%M} "
            f"({self.zone}, {format_utc_offset(self.utc_offset)})"
        )


def format_utc_offset(offset: timedelta) -> str:
    """ "UTC+05:45", "UTC-04:00", "UTC+00:00"."""
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    hours, minutes = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


def local_times(
    starts_at: datetime, ends_at: datetime, participants: Iterable[Zoned]
) -> list[LocalTime]:
    """The span from ``starts_at`` to ``ends_at`` (aware instants) on each participant's
    clock, in the order given."""
    if starts_at.tzinfo is None or ends_at.tzinfo is None:
        raise ValueError("local_times needs aware instants, not naive datetimes")
    office_date = starts_at.astimezone(office_zone()).date()
    times = []
    for participant in participants:
        zone = ZoneInfo(participant.zone)
        times.append(
            LocalTime(
                name=participant.name,
                zone=participant.zone,
                starts=starts_at.astimezone(zone),
                ends=ends_at.astimezone(zone),
                office_date=office_date,
            )
        )
    return times


def meeting_times(meeting: Timed, participants: Sequence[Zoned]) -> list[LocalTime]:
    """The meeting's time in each participant's zone (see :class:`LocalTime`)."""
    return local_times(meeting.starts_at, meeting.ends_at, participants)


def meeting_participant_zones(session, meeting_id: int) -> list[ZonedParticipant]:
    """The meeting's participants in listing order, each with the zone they join from: the
    zone recorded for the meeting, else :func:`default_join_zones` on the meeting's date."""
    m, p = Meeting.__table__.c, Participation.__table__.c
    starts_at = session.execute(sa.select(m.starts_at).where(m.id == meeting_id)).scalar()
    if starts_at is None:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "There is no meeting with id {number}."),
                number=meeting_id,
            )
        )
    rows = session.execute(
        sa.select(p.person_id, p.name_en, p.join_zone)
        .where(p.meeting_id == meeting_id)
        .order_by(sa.func.coalesce(p.order_override, 1_000_000), p.id)
    ).all()
    defaults = default_join_zones(
        session, (row.person_id for row in rows), starts_at.astimezone(office_zone()).date()
    )
    return [
        ZonedParticipant(
            name=row.name_en or defaults[row.person_id].name,
            zone=row.join_zone or defaults[row.person_id].zone,
        )
        for row in rows
    ]
