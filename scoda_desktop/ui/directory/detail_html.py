"""The read-only pane beside each directory list, and the HTML it shows.

``LinkBrowser`` turns a click on a link that names a record (``person:12``, ``country:ID``,
``meeting:3``) into a signal instead of navigating. The helpers build escaped HTML for it:
a link, greyed text, lines, a record's facts under their labels, the day of a meeting in
Qingdao, the last contact and how long ago it was, and a counterpart's open follow-ups. Which
follow-ups are open and overdue, and which meeting was the last contact, the details bring from
``services.history``: nothing here judges them.

Nothing here imports the data layer: the window builds the pages before its first paint.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QWidget

from scoda_desktop.domain.office import to_office_time
from scoda_desktop.ui.display import OUTCOME_KIND_LABELS, date_text
from scoda_desktop.ui.translations import CHINESE, interface_language

if TYPE_CHECKING:
    from scoda_desktop.services.directory.details import LastContact
    from scoda_desktop.services.followups import FollowUpRow

__all__ = [
    "GREY",
    "OVERDUE_BACKGROUND",
    "OVERDUE_COLOUR",
    "LinkBrowser",
    "came_from_html",
    "facts_html",
    "in_language",
    "last_contact_html",
    "last_contact_text",
    "lines_html",
    "link",
    "list_text",
    "muted",
    "office_day",
    "open_follow_ups_html",
    "open_follow_ups_title",
    "paragraphs_html",
    "time_ago",
]

GREY = "#777777"  # past posts, labels, notes: what is there but not the point
OVERDUE_COLOUR = "#b3261e"
OVERDUE_BACKGROUND = "#fde7e4"


def in_language(english: str | None, chinese: str | None) -> str:
    """The form of a text recorded in both languages (a theme, a title) that suits the
    interface's language, else the other one; "" when neither is recorded."""
    if interface_language() == CHINESE:
        return chinese or english or ""
    return english or chinese or ""


def link(kind: str, key: int | str, text: str) -> str:
    """An anchor to a record, ``text`` escaped; ``LinkBrowser`` turns a click into a signal."""
    return f"<a href='{escape(f'{kind}:{key}', quote=True)}'>{escape(text)}</a>"


def muted(text: str) -> str:
    """``text`` escaped and greyed."""
    return f"<span style='color:{GREY}'>{escape(text)}</span>"


def lines_html(lines: Sequence[str], *, empty: str, spaced: bool = False) -> str:
    """HTML ``lines`` (already escaped) one under the other, or ``empty`` greyed; ``spaced``
    leaves a gap between entries of several lines each."""
    if not lines:
        return muted(empty)
    if not spaced:
        return "<br>".join(lines)
    return "".join(f"<div style='margin-bottom:5px'>{line}</div>" for line in lines)


def list_text(items: Iterable[str]) -> str:
    """``Liu Jianjun, Meng Qingsheng``: items one after the other, separated as the
    interface's language separates them (``刘建军、孟庆生``)."""
    separator = QCoreApplication.translate(
        "DirectoryDetail", ", ", "between the items of a list of names or words"
    )
    return separator.join(items)


def paragraphs_html(text: str) -> str:
    """Plain ``text`` (a bio, notes) escaped, a paragraph a line."""
    return "".join(f"<p style='margin:0'>{escape(line)}</p>" for line in text.splitlines())


def facts_html(title: str, subtitle: str | None, facts: Sequence[tuple[str, str]]) -> str:
    """The record's name as a heading, then each fact under its label (labels escaped here,
    values are HTML already)."""
    html = f"<h3 style='margin-bottom:2px'>{escape(title)}</h3>"
    if subtitle:
        html += f"<p style='margin-top:0'>{escape(subtitle)}</p>"
    label_style = "margin-top:10px; margin-bottom:2px"
    return html + "".join(
        f"<p style='{label_style}'><b>{escape(label)}</b></p><div>{value}</div>"
        for label, value in facts
    )


def office_day(instant: datetime) -> str:
    """``2021-04-02`` (``2021年4月2日``): the day ``instant`` falls on in Qingdao."""
    return date_text(to_office_time(instant).date())


# -- how long ago ----------------------------------------------------------------------------

_AGO = {
    "today": QT_TRANSLATE_NOOP("DirectoryDetail", "today"),
    "yesterday": QT_TRANSLATE_NOOP("DirectoryDetail", "yesterday"),
    "days": QT_TRANSLATE_NOOP("DirectoryDetail", "{n} days ago"),
    "week": QT_TRANSLATE_NOOP("DirectoryDetail", "1 week ago"),
    "weeks": QT_TRANSLATE_NOOP("DirectoryDetail", "{n} weeks ago"),
    "months": QT_TRANSLATE_NOOP("DirectoryDetail", "{n} months ago"),
    "years": QT_TRANSLATE_NOOP("DirectoryDetail", "{n} years ago"),
    "future": QT_TRANSLATE_NOOP("DirectoryDetail", "in the future"),
    "no_contact": QT_TRANSLATE_NOOP("DirectoryDetail", "no meeting has taken place yet"),
    "contact": QT_TRANSLATE_NOOP("DirectoryDetail", "{day} ({ago})"),
}


def _ago(key: str) -> str:
    return QCoreApplication.translate("DirectoryDetail", _AGO[key])


def time_ago(then: date, today: date) -> str:
    """``3 months ago``: how long before ``today`` the day ``then`` was, in the largest unit that
    fits (days up to two weeks, weeks up to two months, months up to two years)."""
    days = (today - then).days
    if days < 0:
        return _ago("future")
    if days == 0:
        return _ago("today")
    if days == 1:
        return _ago("yesterday")
    if days < 14:
        return _ago("days").format(n=days)
    months = (today.year - then.year) * 12 + today.month - then.month - (today.day < then.day)
    if months < 2:
        weeks = days // 7
        return _ago("week" if weeks == 1 else "weeks").format(n=weeks)
    if months < 24:
        return _ago("months").format(n=months)
    return _ago("years").format(n=months // 12)


def last_contact_text(
    last_contact: date | None, today: date, *, none_text: str | None = None
) -> str:
    """``2026-08-20 (3 months ago)``, ``2026年8月20日（3个月前）``: the day of the last contact
    (the office's calendar day) and how long before ``today`` it was; without one,
    ``none_text`` (default: no meeting yet)."""
    if last_contact is None:
        return none_text or _ago("no_contact")
    return _ago("contact").format(day=date_text(last_contact), ago=time_ago(last_contact, today))


def last_contact_html(
    contact: LastContact | None, today: date, *, none_text: str | None = None
) -> str:
    """The last contact's day, how long ago it was and its meeting as a link
    (``2026-08-20 (3 months ago): Cloud Meeting…``); without one, ``none_text`` greyed."""
    if contact is None:
        return muted(last_contact_text(None, today, none_text=none_text))
    when = last_contact_text(contact.day, today)
    meeting = link("meeting", contact.meeting_id, in_language(contact.theme_en, contact.theme_zh))
    return _html(_TEXT["contact"], when=escape(when), meeting=meeting)


# -- the last contact and the open follow-ups ------------------------------------------------

_TEXT = {
    "contact": QT_TRANSLATE_NOOP("DirectoryDetail", "{when}: {meeting}"),
    "title": QT_TRANSLATE_NOOP("DirectoryDetail", "Open follow-ups ({n})"),
    "none": QT_TRANSLATE_NOOP("DirectoryDetail", "No open follow-ups."),
    "overdue": QT_TRANSLATE_NOOP("DirectoryDetail", "OVERDUE since {day}"),
    "due": QT_TRANSLATE_NOOP("DirectoryDetail", "due {day}"),
    "no_due": QT_TRANSLATE_NOOP("DirectoryDetail", "no due date"),
    "owner": QT_TRANSLATE_NOOP("DirectoryDetail", "Owner: {name}"),
    "no_owner": QT_TRANSLATE_NOOP("DirectoryDetail", "No owner recorded."),
    "from": QT_TRANSLATE_NOOP("DirectoryDetail", "From the meeting of {day}: {meeting}"),
    "facts": QT_TRANSLATE_NOOP("DirectoryDetail", "{kind} · {due}"),
}


def _follow_up_text(key: str) -> str:
    return QCoreApplication.translate("DirectoryDetail", _TEXT[key])


def _html(source: str, **values: str) -> str:
    """The translation of ``source`` (context "DirectoryDetail") as HTML: its own words
    escaped, each ``{value}`` put in as given (escaped text or markup)."""
    return escape(QCoreApplication.translate("DirectoryDetail", source)).format(**values)


def came_from_html(meeting_id: int, day: date, theme_en: str, theme_zh: str | None) -> str:
    """``From the meeting of 2026-04-03: <theme>``, the theme a link that opens the meeting."""
    theme = in_language(theme_en, theme_zh) or "?"
    return _html(
        _TEXT["from"], day=escape(date_text(day)), meeting=link("meeting", meeting_id, theme)
    )


def open_follow_ups_title(count: int) -> str:
    """``Open follow-ups (3)``: the heading of the section."""
    return _follow_up_text("title").format(n=count)


def _follow_up_html(row: FollowUpRow) -> str:
    kind = OUTCOME_KIND_LABELS.get(row.kind, str(row.kind))
    if row.due_date is None:
        due = _html(_TEXT["no_due"])
    else:
        due = _html(_TEXT["overdue" if row.overdue else "due"], day=escape(date_text(row.due_date)))
    lines = [
        "<b>" + _html(_TEXT["facts"], kind=escape(kind), due=due) + "</b>",
        escape(in_language(row.text_en, row.text_zh)),
    ]
    if row.owner_id is not None and row.owner_name:
        owner = link("person", row.owner_id, in_language(row.owner_name, row.owner_name_zh))
        lines.append(_html(_TEXT["owner"], name=owner))
    else:
        lines.append(muted(_follow_up_text("no_owner")))
    lines.append(
        came_from_html(row.meeting_id, row.meeting_date, row.meeting_theme_en, row.meeting_theme_zh)
    )
    style = f"color:{OVERDUE_COLOUR}; background-color:{OVERDUE_BACKGROUND}" if row.overdue else ""
    return f"<p style='margin-top:4px; margin-bottom:0; {style}'>{'<br>'.join(lines)}</p>"


def open_follow_ups_html(rows: Sequence[FollowUpRow]) -> str:
    """A counterpart's open follow-ups as ``services.history`` lists them (earliest due first):
    the kind and the due day (overdue ones in red on pink, by the history's own flag), the
    text, the owner (a link) and the meeting it came from (a link that opens it)."""
    if not rows:
        return f"<p style='margin:0'>{muted(_follow_up_text('none'))}</p>"
    return "".join(_follow_up_html(row) for row in rows)


# -- the pane --------------------------------------------------------------------------------


class LinkBrowser(QTextBrowser):
    """The read-only pane beside a list. A click on a link whose scheme is one of
    ``LINK_KINDS`` emits ``link_activated(kind, key)`` instead of navigating; an e-mail
    address opens the mail program."""

    LINK_KINDS: tuple[str, ...] = ("person", "organisation", "country", "meeting")
    link_activated = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self.open_link)

    def open_link(self, url: QUrl | str) -> None:
        """What a click on the link ``url`` does: emit its kind and key (ignore other links)."""
        url = QUrl(url) if isinstance(url, str) else url
        kind, key = url.scheme(), url.path()
        if kind == "mailto":
            QDesktopServices.openUrl(url)
        elif kind in self.LINK_KINDS and key:
            self.link_activated.emit(kind, key)

    def show_message(self, text: str) -> None:
        self.setHtml(f"<p>{muted(text)}</p>")
