"""The history with a counterpart as HTML for a QTextBrowser, in the interface's language: the
last contact and the next meeting, the open follow-ups, then the meetings, newest first, with
what came of each. Every text from the database is escaped; the interface's own sentences are
escaped too, with the values put in afterwards."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from scoda_desktop.domain.enums import OutcomeStatus
from scoda_desktop.ui.display import (
    KIND_LABELS,
    OUTCOME_KIND_LABELS,
    OUTCOME_STATUS_LABELS,
    STATUS_LABELS,
    date_text,
)

if TYPE_CHECKING:
    from scoda_desktop.services.followups import FollowUpRow
    from scoda_desktop.services.history import CounterpartHistory, OutcomeItem, TimelineEntry

__all__ = ["HistoryHtml", "history_html"]

OVERDUE_STYLE = "color:#a3271b; font-weight:bold"


def _fill(template: str, **values: str) -> str:
    """A translated sentence as HTML: its own words escaped, each ``{value}`` put in as given
    (already escaped text, or markup)."""
    return escape(template, quote=False).format(**values)


def _day(day: date) -> str:
    return escape(date_text(day))


def history_html(history: CounterpartHistory) -> str:
    """The history as HTML, in the interface's language."""
    return HistoryHtml().html(history)


class HistoryHtml(QObject):
    """Writes a history as HTML (a QObject for its translated sentences, context
    "HistoryHtml")."""

    def html(self, history: CounterpartHistory) -> str:
        subject = history.subject
        opened = history.open_follow_ups
        open_heading = self.tr("Open follow-ups ({count})")
        meetings_heading = self.tr("Meetings ({count}), newest first")
        nothing_open = escape(self.tr("None."))
        parts = [
            f"<h2>{self._name(subject.name_en, subject.name_zh)}</h2>",
            f"<p>{self._contact(history)}</p>",
            f"<h3>{_fill(open_heading, count=str(len(opened)))}</h3>",
            "<ul>" + "".join(self._open_item(row) for row in opened) + "</ul>"
            if opened
            else f"<p>{nothing_open}</p>",
            f"<h3>{_fill(meetings_heading, count=str(len(history.timeline)))}</h3>",
            *(self._entry(entry, history.today) for entry in history.timeline),
        ]
        return "\n".join(parts)

    def _name(self, en: str, zh: str | None) -> str:
        if not zh:
            return escape(en)
        return _fill(self.tr("{name} ({name_zh})"), name=escape(en), name_zh=escape(zh))

    def _contact(self, history: CounterpartHistory) -> str:
        """When the last contact was, and the next meeting if one is arranged."""
        if history.last_contact is None:
            contact = self.tr("No contact yet")
        else:
            days = history.days_since_contact
            contact = self.tr("Last contact {day} (%n day(s) ago)", "", days).format(
                day=date_text(history.last_contact)
            )
        if history.next_meeting is None:
            return escape(contact)
        following = _fill(self.tr("next meeting {day}"), day=_day(history.next_meeting))
        return f"{escape(contact)} · {following}"

    def _status(self, status: OutcomeStatus, overdue: bool) -> str:
        if overdue:
            label = escape(self.tr("Overdue"))
            return f'<span style="{OVERDUE_STYLE}">{label}</span>'
        return escape(OUTCOME_STATUS_LABELS.get(status, status.value))

    def _open_item(self, row: FollowUpRow) -> str:
        item = escape(row.text)
        if row.owner_name:
            item = _fill(self.tr("{item} — {owner}"), item=item, owner=escape(row.owner_name))
        if row.due_date:
            item = _fill(self.tr("{item}, due {day}"), item=item, day=_day(row.due_date))
        status = self._status(row.status, row.overdue)
        item = _fill(self.tr("{item} ({status})"), item=item, status=status)
        came_from = _fill(
            self.tr("from “{theme}”, {day}"),
            theme=escape(row.meeting_theme),
            day=_day(row.meeting_date),
        )
        return f"<li>{item} <span style='color:#666'>{came_from}</span></li>"

    def _outcome(self, item: OutcomeItem) -> str:
        from scoda_desktop.services.followups import FOLLOW_UP_KINDS

        parts = [escape(OUTCOME_KIND_LABELS.get(item.kind, item.kind.value)), escape(item.text)]
        if item.owner_name:
            parts.append(_fill(self.tr("owner {name}"), name=escape(item.owner_name)))
        if item.due_date:
            parts.append(_fill(self.tr("due {day}"), day=_day(item.due_date)))
        if item.kind in FOLLOW_UP_KINDS:  # only these have a status that means something
            status = self._status(item.status, item.overdue)
            if item.closed_on:
                status = _fill(self.tr("{status} {day}"), status=status, day=_day(item.closed_on))
            parts.append(status)
        return "<li>" + " · ".join(parts) + "</li>"

    def _entry(self, entry: TimelineEntry, today: date) -> str:
        people = escape(self.tr(", ")).join(
            escape(a.name) if a.attended else f"<s>{escape(a.name)}</s>" for a in entry.attendees
        )
        outcomes = "".join(self._outcome(item) for item in entry.outcomes)
        if entry.contact:
            marker = ""
        else:
            to_come = entry.day >= today
            note = self.tr("(to come)") if to_come else self.tr("(no contact)")
            marker = f" <i>{escape(note)}</i>"
        kind_status = _fill(
            self.tr("{kind}, {status}"),
            kind=escape(KIND_LABELS.get(entry.kind, entry.kind.value)),
            status=escape(STATUS_LABELS.get(entry.status, entry.status.value)),
        )
        with_people = _fill(self.tr("With: {people}"), people=people) if people else ""
        return (
            f"<p><b>{_day(entry.day)}</b> {self._name(entry.theme_en, entry.theme_zh)} "
            f"<span style='color:#666'>{kind_status}</span>{marker}"
            + (f"<br>{with_people}" if with_people else "")
            + "</p>"
            + (f"<ul>{outcomes}</ul>" if outcomes else "")
        )
