"""The pane beside the people list: one person in full, read-only, with links.

The photo (if any) beside every form of the name; contacts, bio and notes; the last contact and
the open follow-ups as the counterpart history has them (``services.history``: of the meetings
with them that took place, and the items they own; overdue ones highlighted); the posts over time
(current first, ended ones greyed), each with Edit and Delete links; the other outcomes they own
(closed ones included); the meetings attended with the name and title recorded for each.

An item is listed once: an open follow-up they own is under "Open follow-ups", and "Follow-ups
and outcomes they own" lists the rest of what they own (done or dropped items, proposals and
remarks, items of meetings that have not taken place), saying so when some are listed above.

Text is escaped; a click on a link emits ``link_activated(kind, key)`` for the page to act on
(``meeting``, ``person``, ``organisation``, ``country``, ``post-edit``, ``post-delete``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QWidget

from scoda_desktop.domain.enums import MeetingStatus, OutcomeStatus
from scoda_desktop.domain.naming import full_name, salutation, second_reference
from scoda_desktop.domain.office import office_today, to_office_time
from scoda_desktop.ui.directory.detail_html import (
    GREY,
    LinkBrowser,
    came_from_html,
    in_language,
    last_contact_html,
    link,
    muted,
    office_day,
    open_follow_ups_html,
    open_follow_ups_title,
    paragraphs_html,
)
from scoda_desktop.ui.directory.post_labels import (
    functions_since_text,
    hom_class_label,
    period_text,
    rank_label,
)
from scoda_desktop.ui.display import (
    OUTCOME_KIND_LABELS,
    OUTCOME_STATUS_LABELS,
    ROLE_LABELS,
    date_text,
    status_label,
)

if TYPE_CHECKING:
    from scoda_desktop.services.directory.details import (
        AttendedMeeting,
        OwnedOutcome,
        PersonDetail,
    )
    from scoda_desktop.services.directory.posts import PostRow

__all__ = ["PHOTO_URL", "PersonDetailView"]

PHOTO_URL = QUrl("person-photo:shown")
PHOTO_HEIGHT = 132  # pixels in the pane: a passport photo's proportions at a readable size


def _note(text: str) -> str:
    return f"<p style='margin:0'>{muted(text)}</p>"


class PersonDetailView(LinkBrowser):
    """The selected person; ``show_person`` with a ``PersonDetail`` and its decoded photo."""

    LINK_KINDS = (*LinkBrowser.LINK_KINDS, "post-edit", "post-delete")

    def __init__(
        self,
        *,
        now: Callable[[], datetime | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        """``now`` is the clock that says how long ago the last contact was and which posts have
        started (None: the computer's clock). Which follow-ups are open or overdue and which
        meeting was the last contact come with the detail."""
        super().__init__(parent)
        self.setObjectName("personDetail")
        self._now = now

    # -- content ---------------------------------------------------------------------------

    def show_person(self, detail: PersonDetail, photo: QImage | None = None) -> None:
        document = self.document()
        if photo is not None and not photo.isNull():
            document.addResource(
                QTextDocument.ResourceType.ImageResource,
                PHOTO_URL,
                photo.scaledToHeight(
                    min(PHOTO_HEIGHT, photo.height()),
                    mode=Qt.TransformationMode.SmoothTransformation,
                ),
            )
        self.setHtml(self.person_html(detail, has_photo=photo is not None and not photo.isNull()))

    def person_html(self, detail: PersonDetail, *, has_photo: bool = False) -> str:
        now = self._now() or datetime.now().astimezone()
        today = office_today(now)
        none_text = self.tr("No meeting with them has taken place yet.")
        sections = [
            self._header_html(detail, has_photo),
            self._section(self.tr("Contact"), self._contacts_html(detail)),
            self._section(
                self.tr("Last contact"),
                f"<p style='margin:0'>"
                f"{last_contact_html(detail.latest_contact, today, none_text=none_text)}</p>",
            ),
            self._section(
                open_follow_ups_title(len(detail.open_follow_ups)),
                open_follow_ups_html(detail.open_follow_ups),
            ),
            self._section(self.tr("Posts"), self._posts_html(detail.posts, today)),
            self._section(self.tr("Follow-ups and outcomes they own"), self._outcomes_html(detail)),
            self._section(self.tr("Meetings attended"), self._meetings_html(detail.meetings)),
        ]
        record = detail.record
        if record.bio:
            sections.append(self._section(self.tr("Biography"), paragraphs_html(record.bio)))
        if record.notes:
            sections.append(self._section(self.tr("Notes"), paragraphs_html(record.notes)))
        return "".join(sections)

    # -- parts -----------------------------------------------------------------------------

    @staticmethod
    def _section(title: str, body: str) -> str:
        return f"<h4 style='margin-top:12px; margin-bottom:2px'>{escape(title)}</h4>{body}"

    def _header_html(self, detail: PersonDetail, has_photo: bool) -> str:
        record = detail.record
        name = record.name_en
        lines = [f"<h3 style='margin:0'>{escape(name)}</h3>"]
        if record.name_zh:
            lines.append(f"<p style='margin:0; font-size:large'>{escape(record.name_zh)}</p>")
        forms = [
            (
                self.tr("Full name:"),
                full_name(record.family_name, record.given_name, record.name_order),
            ),
            (
                self.tr("Second reference:"),
                second_reference(record.family_name, record.second_reference),
            ),
            (self.tr("Salutation:"), salutation(name, record.honorific, record.salutation)),
        ]
        if record.alternative_spellings:
            forms.append((self.tr("Also written:"), "; ".join(record.alternative_spellings)))
        for label, value in forms:
            lines.append(f"<p style='margin:0'>{muted(label)} {escape(value)}</p>")
        if record.country_code:
            country = detail.country_en or record.country_code
            label = self.tr("Country:")
            country_link = link("country", record.country_code, country)
            lines.append(f"<p style='margin:0'>{muted(label)} {country_link}</p>")
        current = [post for post in detail.posts if post.current]
        for post in current:
            lines.append(f"<p style='margin:0'>{self._post_title(post)}</p>")
        names = "".join(lines)
        if not has_photo:
            return names
        photo = f"<img src='{PHOTO_URL.toString()}'>"
        return (
            "<table cellspacing='0' cellpadding='0'><tr>"
            f"<td style='padding-right:10px' valign='top'>{photo}</td>"
            f"<td valign='top'>{names}</td></tr></table>"
        )

    def _contacts_html(self, detail: PersonDetail) -> str:
        record = detail.record
        facts = []
        if record.email:
            facts.append((self.tr("E-mail:"), link("mailto", record.email, record.email)))
        for label, value in (
            (self.tr("Phone:"), record.phone),
            (self.tr("Mobile:"), record.mobile),
        ):
            if value:
                facts.append((label, escape(value)))
        if record.address:
            facts.append(
                (self.tr("Address:"), "<br>".join(map(escape, record.address.splitlines())))
            )
        if not facts:
            return _note(self.tr("No contact details recorded."))
        return "".join(f"<p style='margin:0'>{muted(label)} {value}</p>" for label, value in facts)

    @staticmethod
    def _post_title(post: PostRow) -> str:
        """The title in bold, its Chinese form on the next line (both escaped)."""
        titles = [escape(title) for title in (post.title_en, post.title_zh) if title]
        return "<b>" + "<br>".join(titles) + "</b>"

    def _post_state(self, post: PostRow, today: date) -> str:
        if post.current:
            return self.tr("Current")
        if post.start_date is not None and post.start_date > today:
            return self.tr("Not started yet")
        return self.tr("Ended")

    def _posts_html(self, posts: tuple[PostRow, ...], today: date) -> str:
        if not posts:
            return _note(self.tr("No posts recorded. Add one with New Post…."))
        edit_text, delete_text = self.tr("Edit"), self.tr("Delete…")
        items = []
        for post in sorted(posts, key=lambda p: not p.current):  # current first, else as read
            colour = "" if post.current else f"color:{GREY};"
            facts = [self._post_state(post, today), period_text(post.start_date, post.end_date)]
            if post.diplomatic_rank is not None:
                facts.append(rank_label(post.diplomatic_rank))
            if post.head_of_mission_class is not None:
                facts.append(hom_class_label(post.head_of_mission_class))
            if post.internal_rank is not None:
                facts.append(self.tr("host rank {rank}").format(rank=post.internal_rank))
            lines = [self._post_title(post)]
            if post.organisation_id is not None and post.organisation_en:
                lines.append(link("organisation", post.organisation_id, post.organisation_en))
            lines.append(escape(" · ".join(facts)))
            if post.functions_since is not None:
                lines.append(
                    escape(
                        self.tr("Took up functions {when}").format(
                            when=functions_since_text(post.functions_since)
                        )
                    )
                )
            lines.append(
                link("post-edit", post.id, edit_text)
                + " &nbsp; "
                + link("post-delete", post.id, delete_text)
            )
            items.append(
                f"<p style='{colour} margin-top:4px; margin-bottom:0'>{'<br>'.join(lines)}</p>"
            )
        return "".join(items)

    @staticmethod
    def _theme(meeting: AttendedMeeting) -> str:
        return in_language(meeting.theme_en, meeting.theme_zh) or "?"

    def _meetings_html(self, meetings: tuple[AttendedMeeting, ...]) -> str:
        if not meetings:
            return _note(self.tr("No meetings recorded with them."))
        rows = []
        for meeting in meetings:
            facts = [ROLE_LABELS.get(meeting.role, str(meeting.role))]
            if meeting.status != MeetingStatus.HELD:
                facts.append(status_label(meeting.status))
            recorded_as = in_language(meeting.title_en, meeting.title_zh)
            detail = escape(" · ".join(facts))
            if recorded_as:
                detail += "<br>" + muted(self.tr("as {title}").format(title=recorded_as))
            rows.append(
                "<tr>"
                f"<td valign='top' style='padding-right:8px'>{office_day(meeting.starts_at)}</td>"
                f"<td valign='top'>{link('meeting', meeting.meeting_id, self._theme(meeting))}"
                f"<br>{detail}</td></tr>"
            )
        return "<table cellspacing='0' cellpadding='2'>" + "".join(rows) + "</table>"

    def _outcome_line(self, outcome: OwnedOutcome) -> str:
        text = in_language(outcome.text_en, outcome.text_zh)
        facts = [OUTCOME_KIND_LABELS.get(outcome.kind, str(outcome.kind))]
        if outcome.status != OutcomeStatus.OPEN:
            facts.append(OUTCOME_STATUS_LABELS.get(outcome.status, str(outcome.status)))
            if outcome.closed_on:
                facts.append(self.tr("closed {day}").format(day=date_text(outcome.closed_on)))
        elif outcome.due_date:
            facts.append(self.tr("due {day}").format(day=date_text(outcome.due_date)))
        came_from = came_from_html(
            outcome.meeting_id,
            to_office_time(outcome.meeting_starts_at).date(),
            outcome.meeting_theme_en,
            outcome.meeting_theme_zh,
        )
        body = f"<b>{escape(' · '.join(facts))}</b><br>{escape(text)}<br>{came_from}"
        style = f"color:{GREY}" if outcome.status != OutcomeStatus.OPEN else ""
        return f"<p style='margin-top:4px; margin-bottom:0; {style}'>{body}</p>"

    def _outcomes_html(self, detail: PersonDetail) -> str:
        """What they own, but the open follow-ups listed above: open items first."""
        if not detail.outcomes:
            return _note(self.tr("They own no follow-ups or outcomes."))
        listed_above = {row.id for row in detail.open_follow_ups}
        others = [o for o in detail.outcomes if o.id not in listed_above]
        parts = []
        if len(others) < len(detail.outcomes):
            parts.append(_note(self.tr("The open follow-ups they own are listed above.")))
        if others:
            parts.append("".join(self._outcome_line(o) for o in others))
        else:
            parts.append(_note(self.tr("They own no other outcomes.")))
        return "".join(parts)
