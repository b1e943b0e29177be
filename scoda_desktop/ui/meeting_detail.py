"""The pane beside the meeting list: the selected meeting at a glance, read-only."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTextBrowser, QWidget

from scoda_desktop.domain.office import OFFICE_TIME_ZONE
from scoda_desktop.ui.display import (
    OFFICE_ZONE_LABEL,
    count_text,
    differs_from_office,
    kind_label,
    span_text,
    status_label,
)

if TYPE_CHECKING:
    from scoda_desktop.services.meetings import MeetingRow

NOTHING_SELECTED = "Select a meeting to see its details."


def meeting_html(meeting: MeetingRow) -> str:
    """The meeting as HTML, each fact under its label (the pane is narrow); values escaped."""
    facts: list[tuple[str, str]] = [
        (
            OFFICE_ZONE_LABEL,
            escape(
                span_text(meeting.starts_at, meeting.ends_at, OFFICE_TIME_ZONE, name_zone=False)
            ),
        )
    ]
    if differs_from_office(meeting.time_zone):
        facts.append(
            (
                meeting.time_zone,
                escape(
                    span_text(
                        meeting.starts_at, meeting.ends_at, meeting.time_zone, name_zone=False
                    )
                ),
            )
        )
    facts += [
        ("Kind", escape(kind_label(meeting.kind))),
        ("Status", escape(status_label(meeting.status))),
        ("Venue", escape(meeting.venue_en) if meeting.venue_en else _none("not recorded")),
        ("Counterparts", _lines(meeting.counterparts) or _none("none recorded")),
        ("Countries", _lines(meeting.countries) or _none("none recorded")),
        (
            "Open follow-ups",
            escape(count_text(meeting.open_follow_ups, "open follow-up"))
            if meeting.open_follow_ups
            else _none("none"),
        ),
    ]
    title = f"<h3>{escape(meeting.theme)}</h3>"
    if meeting.theme_zh and meeting.theme_zh != meeting.theme:
        title += f"<p>{escape(meeting.theme_zh)}</p>"
    body = "".join(
        f"<p style='margin-top:6px; margin-bottom:0'><b>{escape(label)}</b><br>{value}</p>"
        for label, value in facts
    )
    return title + body


def _lines(values: tuple[str, ...]) -> str:
    return "<br>".join(escape(value) for value in values)


def _none(text: str) -> str:
    return f"<span style='color:gray'>{escape(text)}</span>"


class MeetingDetailView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingDetail")
        self.setOpenLinks(False)
        self.show_meeting(None)

    def show_meeting(self, meeting: MeetingRow | None) -> None:
        if meeting is None:
            self.show_message(NOTHING_SELECTED)
        else:
            self.setHtml(meeting_html(meeting))

    def show_message(self, text: str) -> None:
        self.setHtml(f"<p>{_none(text)}</p>")
