"""An organisation in the pane beside the list: its names, kind, country and place in a larger
body, the last contact and the open follow-ups as its counterpart history has them
(``services.history``), who works there now (and who did before, greyed), the meetings someone
attended for it, and the notes. Links open the country, the other organisations, the people and
the meetings.

Also the readable labels of the organisation kinds, which the list and the form use too.
"""

from __future__ import annotations

from datetime import date, datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from scoda_desktop.domain.enums import OrganisationKind
from scoda_desktop.domain.office import office_today
from scoda_desktop.ui.directory.detail_html import (
    GREY,
    facts_html,
    in_language,
    last_contact_html,
    lines_html,
    link,
    list_text,
    muted,
    office_day,
    open_follow_ups_html,
    open_follow_ups_title,
)
from scoda_desktop.ui.display import date_text, status_label

if TYPE_CHECKING:
    from scoda_desktop.services.directory import OrganisationDetail
    from scoda_desktop.services.directory.details import MeetingSummary, OrganisationMember

__all__ = ["KIND_LABELS", "kind_label", "meetings_html", "organisation_html"]

CONTEXT = "OrganisationDetail"

KIND_LABELS: dict[OrganisationKind, str] = {
    OrganisationKind.EMBASSY: QT_TRANSLATE_NOOP("OrganisationKind", "Embassy"),
    OrganisationKind.CONSULATE: QT_TRANSLATE_NOOP("OrganisationKind", "Consulate"),
    OrganisationKind.GOVERNMENT_BODY: QT_TRANSLATE_NOOP("OrganisationKind", "Government body"),
    OrganisationKind.PARTY_COMMITTEE: QT_TRANSLATE_NOOP("OrganisationKind", "Party committee"),
    OrganisationKind.ADMINISTRATIVE_COMMITTEE: QT_TRANSLATE_NOOP(
        "OrganisationKind", "Administrative committee"
    ),
    OrganisationKind.CHAMBER_OF_COMMERCE: QT_TRANSLATE_NOOP(
        "OrganisationKind", "Chamber or association"
    ),
    OrganisationKind.COMPANY: QT_TRANSLATE_NOOP("OrganisationKind", "Company"),
    OrganisationKind.INTERNATIONAL_ORGANISATION: QT_TRANSLATE_NOOP(
        "OrganisationKind", "International organisation"
    ),
    OrganisationKind.OTHER: QT_TRANSLATE_NOOP("OrganisationKind", "Other"),
}

_TEXT = {
    "short": QT_TRANSLATE_NOOP("OrganisationDetail", "Short name"),
    "kind": QT_TRANSLATE_NOOP("OrganisationDetail", "Kind"),
    "country": QT_TRANSLATE_NOOP("OrganisationDetail", "Country"),
    "no_country": QT_TRANSLATE_NOOP("OrganisationDetail", "not recorded"),
    "parent": QT_TRANSLATE_NOOP("OrganisationDetail", "Part of"),
    "parts": QT_TRANSLATE_NOOP("OrganisationDetail", "Its parts"),
    "people": QT_TRANSLATE_NOOP("OrganisationDetail", "People now ({n})"),
    "no_people": QT_TRANSLATE_NOOP("OrganisationDetail", "nobody holds a post here today"),
    "past": QT_TRANSLATE_NOOP("OrganisationDetail", "Earlier ({n})"),
    "since": QT_TRANSLATE_NOOP("OrganisationDetail", "since {day}"),
    "from": QT_TRANSLATE_NOOP("OrganisationDetail", "from {day}"),
    "until": QT_TRANSLATE_NOOP("OrganisationDetail", "until {day}"),
    "meetings": QT_TRANSLATE_NOOP("OrganisationDetail", "Meetings ({n}), latest first"),
    "no_meetings": QT_TRANSLATE_NOOP("OrganisationDetail", "no meetings recorded"),
    "with": QT_TRANSLATE_NOOP("OrganisationDetail", "with {names}"),
    "status": QT_TRANSLATE_NOOP("OrganisationDetail", "({status})"),
    "notes": QT_TRANSLATE_NOOP("OrganisationDetail", "Notes"),
    "contact": QT_TRANSLATE_NOOP("OrganisationDetail", "Last contact"),
}


def _t(key: str) -> str:
    return QCoreApplication.translate(CONTEXT, _TEXT[key])


def kind_label(kind: OrganisationKind) -> str:
    return QCoreApplication.translate("OrganisationKind", KIND_LABELS.get(kind, str(kind)))


def _person_line(member: OrganisationMember, today: date, *, past: bool) -> str:
    name = link("person", member.person_id, member.name_en)
    if member.name_zh:
        name += f" {escape(member.name_zh)}"
    title = in_language(member.title_en, member.title_zh)
    start, end = member.start_date, member.end_date
    if past:
        span = "–".join(date_text(d) if d else "?" for d in (start, end))
        return f"<span style='color:{GREY}'>{name}<br>{escape(title)} · {escape(span)}</span>"
    when = []
    if start is not None:
        when.append(_t("since" if start <= today else "from").format(day=date_text(start)))
    if end is not None:
        when.append(_t("until").format(day=date_text(end)))
    dates = f" · {escape(list_text(when))}" if when else ""
    return f"{name}<br>{escape(title)}{muted(dates) if dates else ''}"


def meetings_html(meetings: tuple[MeetingSummary, ...]) -> str:
    """Meetings latest first: the day in Qingdao, the theme (opening the meeting), its status
    when it did not take place as planned, and who of this page was there."""
    lines = []
    for meeting in meetings:
        day = office_day(meeting.starts_at)
        theme = in_language(meeting.theme_en, meeting.theme_zh) or "?"
        line = f"{escape(day)} · {link('meeting', meeting.id, theme)}"
        if meeting.status.value != "held":
            line += " " + muted(_t("status").format(status=status_label(meeting.status)))
        if meeting.with_:
            line += "<br>" + muted(_t("with").format(names=list_text(meeting.with_)))
        lines.append(line)
    return lines_html(lines, empty=_t("no_meetings"), spaced=True)


def organisation_html(detail: OrganisationDetail, now: datetime) -> str:
    """The organisation's page as HTML (values escaped); ``now`` decides whether a post is
    held "since" or "from" a day, and how long ago the last contact was (which meeting that
    was, and which follow-ups are open or overdue, come with the detail)."""
    today = office_today(now)
    record = detail.record
    facts: list[tuple[str, str]] = []
    if record.short_name_en:
        facts.append((_t("short"), escape(record.short_name_en)))
    facts.append((_t("kind"), escape(kind_label(record.kind))))
    if record.country_code:
        facts.append(
            (
                _t("country"),
                link("country", record.country_code, detail.country_en or record.country_code),
            )
        )
    else:
        facts.append((_t("country"), muted(_t("no_country"))))
    if record.parent_id is not None:
        parent = link("organisation", record.parent_id, detail.parent_en or str(record.parent_id))
        facts.append((_t("parent"), parent))
    if detail.parts:
        parts = [link("organisation", part_id, name) for part_id, name in detail.parts]
        facts.append((_t("parts"), "<br>".join(parts)))
    facts.append((_t("contact"), last_contact_html(detail.latest_contact, today)))
    facts.append(
        (
            open_follow_ups_title(len(detail.open_follow_ups)),
            open_follow_ups_html(detail.open_follow_ups),
        )
    )
    current = [_person_line(m, today, past=False) for m in detail.current_people]
    facts.append(
        (
            _t("people").format(n=len(current)),
            lines_html(current, empty=_t("no_people"), spaced=True),
        )
    )
    if detail.past_people:
        past = [_person_line(m, today, past=True) for m in detail.past_people]
        facts.append((_t("past").format(n=len(past)), lines_html(past, empty="", spaced=True)))
    facts.append((_t("meetings").format(n=len(detail.meetings)), meetings_html(detail.meetings)))
    if record.notes:
        facts.append((_t("notes"), escape(record.notes).replace("\n", "<br>")))
    return facts_html(record.name_en, record.name_zh, facts)
