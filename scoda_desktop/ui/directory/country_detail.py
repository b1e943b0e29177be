"""A country in the pane beside the list: its SCO status and the day it was checked, Belt and
Road, when the office last had contact and the open follow-ups (as the country's counterpart
history has them, ``services.history``), its time zones against Beijing's, the organisations
and people the directory has there, the meetings with them, and where the facts come from.

Also the readable labels of the SCO statuses, which the list and the form use too.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from html import escape
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from scoda_desktop.domain.enums import ScoStatus
from scoda_desktop.domain.office import office_zone
from scoda_desktop.ui.directory.detail_html import (
    facts_html,
    last_contact_html,
    lines_html,
    link,
    muted,
    open_follow_ups_html,
    open_follow_ups_title,
)
from scoda_desktop.ui.directory.organisation_detail import kind_label, meetings_html
from scoda_desktop.ui.directory.post_labels import title_at
from scoda_desktop.ui.display import date_text

if TYPE_CHECKING:
    from scoda_desktop.services.directory import CountryDetail

__all__ = [
    "SCO_LABELS",
    "SCO_ORDER",
    "beijing_offset_text",
    "country_html",
    "sco_label",
]

CONTEXT = "CountryDetail"
MORE_ZONES_SHOWN = 6  # Russia has 26 zones: the capital's and a few others, then a count

SCO_LABELS: dict[ScoStatus, str] = {
    ScoStatus.MEMBER: QT_TRANSLATE_NOOP("ScoStatus", "Member"),
    ScoStatus.OBSERVER: QT_TRANSLATE_NOOP("ScoStatus", "Observer"),
    ScoStatus.DIALOGUE_PARTNER: QT_TRANSLATE_NOOP("ScoStatus", "Dialogue partner"),
    ScoStatus.NONE: QT_TRANSLATE_NOOP("ScoStatus", "Not in the SCO"),
}
SCO_ORDER: dict[ScoStatus, int] = {status: n for n, status in enumerate(SCO_LABELS)}

_TEXT = {
    "sco": QT_TRANSLATE_NOOP("CountryDetail", "SCO status"),
    "checked": QT_TRANSLATE_NOOP("CountryDetail", "(checked on {day})"),
    "unchecked": QT_TRANSLATE_NOOP("CountryDetail", "(date of the check not recorded)"),
    "bri": QT_TRANSLATE_NOOP("CountryDetail", "Belt and Road"),
    "bri_yes": QT_TRANSLATE_NOOP(
        "CountryDetail", "Yes: has signed Belt and Road cooperation documents"
    ),
    "bri_no": QT_TRANSLATE_NOOP("CountryDetail", "No"),
    "contact": QT_TRANSLATE_NOOP("CountryDetail", "Last contact"),
    "no_contact": QT_TRANSLATE_NOOP(
        "CountryDetail", "no meeting with anyone from here has taken place"
    ),
    "zones": QT_TRANSLATE_NOOP("CountryDetail", "Time zones"),
    "no_zones": QT_TRANSLATE_NOOP("CountryDetail", "none recorded"),
    "capital": QT_TRANSLATE_NOOP("CountryDetail", "{zone} (capital)"),
    "more_zone": QT_TRANSLATE_NOOP("CountryDetail", "… and 1 more zone"),
    "more_zones": QT_TRANSLATE_NOOP("CountryDetail", "… and {n} more zones"),
    "same": QT_TRANSLATE_NOOP("CountryDetail", "same time as Beijing"),
    "behind": QT_TRANSLATE_NOOP("CountryDetail", "{span} behind Beijing"),
    "ahead": QT_TRANSLATE_NOOP("CountryDetail", "{span} ahead of Beijing"),
    "hours": QT_TRANSLATE_NOOP("CountryDetail", "{h} h"),
    "minutes": QT_TRANSLATE_NOOP("CountryDetail", "{m} min"),
    "hours_minutes": QT_TRANSLATE_NOOP("CountryDetail", "{h} h {m} min"),
    "unknown_zone": QT_TRANSLATE_NOOP("CountryDetail", "not a known time zone"),
    "organisations": QT_TRANSLATE_NOOP("CountryDetail", "Organisations ({n})"),
    "no_organisations": QT_TRANSLATE_NOOP("CountryDetail", "none in the directory"),
    "people": QT_TRANSLATE_NOOP("CountryDetail", "People ({n})"),
    "no_people": QT_TRANSLATE_NOOP("CountryDetail", "none in the directory"),
    "meetings": QT_TRANSLATE_NOOP("CountryDetail", "Meetings ({n}), latest first"),
    "demonym": QT_TRANSLATE_NOOP("CountryDetail", "Demonym"),
    "notes": QT_TRANSLATE_NOOP("CountryDetail", "Notes"),
    "source": QT_TRANSLATE_NOOP("CountryDetail", "Source of the facts"),
    "no_source": QT_TRANSLATE_NOOP(
        "CountryDetail", "CLDR names and the tz database; no curated facts"
    ),
}


def _t(key: str) -> str:
    return QCoreApplication.translate(CONTEXT, _TEXT[key])


def sco_label(status: ScoStatus) -> str:
    return QCoreApplication.translate("ScoStatus", SCO_LABELS.get(status, str(status)))


def _span(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not rest:
        return _t("hours").format(h=hours)
    if not hours:
        return _t("minutes").format(m=rest)
    return _t("hours_minutes").format(h=hours, m=rest)


def _utc_text(offset: timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def beijing_offset_text(zone_name: str, now: datetime) -> str:
    """``UTC+07:00 · 1 h behind Beijing``: the zone's offset at ``now`` (summer time
    included) and how far its clocks are from the office's."""
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        return _t("unknown_zone")
    offset = now.astimezone(zone).utcoffset() or timedelta()
    beijing = now.astimezone(office_zone()).utcoffset() or timedelta()
    minutes = int((offset - beijing).total_seconds() // 60)
    if minutes == 0:
        against = _t("same")
    elif minutes < 0:
        against = _t("behind").format(span=_span(-minutes))
    else:
        against = _t("ahead").format(span=_span(minutes))
    return f"{_utc_text(offset)} · {against}"


def _zones_html(detail: CountryDetail, now: datetime) -> str:
    zones = list(detail.time_zones)
    capital = detail.capital_zone
    if capital:
        zones = [capital, *(zone for zone in zones if zone != capital)]
    lines = []
    for zone in zones[: MORE_ZONES_SHOWN + 1]:
        name = (
            escape(_t("capital")).format(zone=f"<b>{escape(zone)}</b>")
            if zone == capital
            else escape(zone)
        )
        lines.append(f"{name}<br>{muted(beijing_offset_text(zone, now))}")
    more = len(zones) - MORE_ZONES_SHOWN - 1
    if more == 1:
        lines.append(muted(_t("more_zone")))
    elif more > 1:
        lines.append(muted(_t("more_zones").format(n=more)))
    return lines_html(lines, empty=_t("no_zones"), spaced=True)


def country_html(detail: CountryDetail, now: datetime, today: date) -> str:
    """The country's page as HTML (values escaped). ``now`` gives the zones' offsets (summer
    time), ``today`` how long ago the last contact was (which meeting that was, and which
    follow-ups are open or overdue, come with the detail)."""
    record = detail.record
    sco = escape(sco_label(record.sco_status))
    if record.sco_checked_on is not None:
        sco += " " + muted(_t("checked").format(day=date_text(record.sco_checked_on)))
    else:
        sco += " " + muted(_t("unchecked"))
    contact = last_contact_html(detail.latest_contact, today, none_text=_t("no_contact"))
    facts: list[tuple[str, str]] = [
        (_t("sco"), sco),
        (_t("bri"), escape(_t("bri_yes") if record.belt_and_road else _t("bri_no"))),
        (_t("contact"), contact),
        (
            open_follow_ups_title(len(detail.open_follow_ups)),
            open_follow_ups_html(detail.open_follow_ups),
        ),
        (_t("zones"), _zones_html(detail, now)),
    ]
    organisations = []
    for org in detail.organisations:
        line = link("organisation", org.id, org.name_en)
        if org.name_zh:
            line += f" {escape(org.name_zh)}"
        organisations.append(f"{line}<br>{muted(kind_label(org.kind))}")
    facts.append(
        (
            _t("organisations").format(n=len(organisations)),
            lines_html(organisations, empty=_t("no_organisations"), spaced=True),
        )
    )
    people = []
    for person in detail.people:
        line = link("person", person.id, person.name_en)
        if person.name_zh:
            line += f" {escape(person.name_zh)}"
        title = title_at(person.title_en or person.title_zh, person.organisation_en)
        people.append(f"{line}<br>{muted(title)}" if title else line)
    facts.append(
        (
            _t("people").format(n=len(people)),
            lines_html(people, empty=_t("no_people"), spaced=True),
        )
    )
    facts.append((_t("meetings").format(n=len(detail.meetings)), meetings_html(detail.meetings)))
    if record.demonym:
        facts.append((_t("demonym"), escape(record.demonym)))
    if record.notes:
        facts.append((_t("notes"), escape(record.notes).replace("\n", "<br>")))
    facts.append((_t("source"), muted(detail.source or _t("no_source"))))
    subtitle = f"{detail.name_zh} · {record.code}" if detail.name_zh else record.code
    return facts_html(detail.name_en, subtitle, facts)
