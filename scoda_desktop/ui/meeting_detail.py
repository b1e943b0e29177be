"""The pane beside the meeting list: the selected meeting at a glance, read-only.

Its words are translated in the context ``MeetingDetailView``."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QTextBrowser, QWidget

from scoda_desktop.domain.office import OFFICE_TIME_ZONE
from scoda_desktop.ui.display import (
    OUTCOME_KIND_LABELS,
    OUTCOME_STATUS_LABELS,
    SIDE_LABELS,
    country_names,
    date_text,
    differs_from_office,
    kind_label,
    office_zone_label,
    span_text,
    status_label,
)

if TYPE_CHECKING:
    from scoda_desktop.services.meeting_detail import MeetingDetail
    from scoda_desktop.services.meetings import MeetingRow

# The English source; shown translated.
NOTHING_SELECTED = QT_TRANSLATE_NOOP("MeetingDetailView", "Select a meeting to see its details.")


def _attendees_html(detail: MeetingDetail) -> str:
    lines, side = [], None
    for attendee in detail.attendees:
        if attendee.side != side:
            side = attendee.side
            lines.append(f"<i>{escape(SIDE_LABELS[side])}</i>")
        chinese = f" {escape(attendee.name_zh)}" if attendee.name_zh else ""
        lines.append(f"{attendee.place}. {escape(attendee.styled_en)}{chinese}")
    return "<br>".join(lines)


def _clocks_html(detail: MeetingDetail) -> str:
    return "<br>".join(
        f"{escape(clock.time)}<br><span style='color:gray'>{escape(', '.join(clock.names))}</span>"
        for clock in detail.clocks
    )


def _lines(values: tuple[str, ...]) -> str:
    return "<br>".join(escape(value) for value in values)


def _none(text: str) -> str:
    return f"<span style='color:gray'>{escape(text)}</span>"


class MeetingDetailView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingDetail")
        self.setOpenLinks(False)
        self.meeting_id: int | None = None
        self.show_meeting(None)

    def show_meeting(self, meeting: MeetingRow | None, detail: MeetingDetail | None = None) -> None:
        self.meeting_id = meeting.id if meeting is not None else None
        if meeting is None:
            self.show_message(self.tr(NOTHING_SELECTED))
        else:
            self.setHtml(self.meeting_html(meeting, detail))

    def show_message(self, text: str) -> None:
        self.setHtml(f"<p>{_none(text)}</p>")

    def meeting_html(self, meeting: MeetingRow, detail: MeetingDetail | None = None) -> str:
        """The meeting as HTML, each fact under its label (the pane is narrow); values escaped.

        With ``detail`` (loaded off the GUI thread), everyone present in order of precedence
        with their titles as at the meeting, and the outcomes; until then the list row's
        summary."""
        none_recorded = _none(self.tr("none recorded"))
        facts: list[tuple[str, str]] = [
            (
                office_zone_label(),
                escape(
                    span_text(meeting.starts_at, meeting.ends_at, OFFICE_TIME_ZONE, name_zone=False)
                ),
            )
        ]
        if differs_from_office(meeting.time_zone):
            own = span_text(meeting.starts_at, meeting.ends_at, meeting.time_zone, name_zone=False)
            facts.append((meeting.time_zone, escape(own)))
        venue = escape(meeting.venue_en) if meeting.venue_en else _none(self.tr("not recorded"))
        facts += [
            (self.tr("Kind"), escape(kind_label(meeting.kind))),
            (self.tr("Status"), escape(status_label(meeting.status))),
            (self.tr("Venue"), venue),
        ]
        if detail is None:
            facts += [
                (self.tr("Counterparts"), _lines(meeting.counterparts) or none_recorded),
                (self.tr("Countries"), _lines(country_names(meeting)) or none_recorded),
            ]
        else:
            facts += [
                (
                    self.tr("On each participant's clock"),
                    _clocks_html(detail) or _none(self.tr("no participants")),
                ),
                (
                    self.tr("Who, in order of precedence"),
                    _attendees_html(detail) or none_recorded,
                ),
                (self.tr("Outcomes"), self._outcomes_html(detail) or none_recorded),
            ]
        count = meeting.open_follow_ups
        facts.append(
            (
                self.tr("Open follow-ups"),
                escape(self.tr("%n open follow-up(s)", "", count))
                if count
                else _none(self.tr("none")),
            )
        )
        title = f"<h3>{escape(meeting.theme)}</h3>"
        if meeting.theme_zh and meeting.theme_zh != meeting.theme:
            title += f"<p>{escape(meeting.theme_zh)}</p>"
        body = "".join(
            f"<p style='margin-top:6px; margin-bottom:0'><b>{escape(label)}</b><br>{value}</p>"
            for label, value in facts
        )
        return title + body

    def _outcomes_html(self, detail: MeetingDetail) -> str:
        items = []
        for outcome in detail.outcomes:
            facts = [OUTCOME_KIND_LABELS[outcome.kind], OUTCOME_STATUS_LABELS[outcome.status]]
            if outcome.owner:
                facts.append(outcome.owner)
            if outcome.due_date:
                facts.append(self.tr("due {date}").format(date=date_text(outcome.due_date)))
            items.append(f"<i>{escape(' · '.join(facts))}</i><br>{escape(outcome.text)}")
        return "<br>".join(items)
