"""What the merge dialog shows: the people to choose the other record from (possible duplicates
first, with the reason), a person's record in full for the side-by-side comparison, and the
texts that say what a merge will do and what it did.

Plain functions over the service's rows (``PersonRow``, ``PersonDetail``, ``Match``,
``MergeResult``); the text is escaped HTML or plain text, translated in the "MergeDialog"
context.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from scoda_desktop.ui.directory.detail_html import list_text
from scoda_desktop.ui.directory.post_labels import title_at
from scoda_desktop.ui.display import NAME_ORDER_LABELS, date_text, phrase_text
from scoda_desktop.ui.row_table import Column, RowTableModel

if TYPE_CHECKING:
    from scoda_desktop.services.directory.details import PersonDetail
    from scoda_desktop.services.directory.duplicates import Match
    from scoda_desktop.services.directory.listing import PersonRow
    from scoda_desktop.services.directory.merge import MergeResult
    from scoda_desktop.services.directory.posts import PostRow

__all__ = [
    "OtherRecord",
    "candidate_model",
    "merge_effects",
    "other_records",
    "person_html",
    "post_text",
    "result_text",
    "shared_meetings",
]

CONTEXT = "MergeDialog"

# Person fields a merge may fill in on the kept record, as the user knows them.
FIELD_LABELS = {
    "first_reference": QT_TRANSLATE_NOOP("MergeDialog", "first reference"),
    "second_reference": QT_TRANSLATE_NOOP("MergeDialog", "second reference"),
    "salutation": QT_TRANSLATE_NOOP("MergeDialog", "salutation"),
    "honorific": QT_TRANSLATE_NOOP("MergeDialog", "honorific"),
    "name_zh": QT_TRANSLATE_NOOP("MergeDialog", "Chinese name"),
    "country_code": QT_TRANSLATE_NOOP("MergeDialog", "country"),
    "email": QT_TRANSLATE_NOOP("MergeDialog", "e-mail"),
    "phone": QT_TRANSLATE_NOOP("MergeDialog", "phone"),
    "mobile": QT_TRANSLATE_NOOP("MergeDialog", "mobile"),
    "address": QT_TRANSLATE_NOOP("MergeDialog", "address"),
    "bio": QT_TRANSLATE_NOOP("MergeDialog", "bio"),
    "photo": QT_TRANSLATE_NOOP("MergeDialog", "photo"),
    "notes": QT_TRANSLATE_NOOP("MergeDialog", "notes"),
}


@dataclass(frozen=True, slots=True)
class OtherRecord:
    """A person the chosen one may be merged with; ``reason`` is set for a possible duplicate."""

    person: PersonRow
    reason: str = ""
    score: float = 0.0

    @property
    def id(self) -> int:
        return self.person.id

    @property
    def post(self) -> str:
        return title_at(self.person.title_en, self.person.organisation_en)


def other_records(
    people: Sequence[PersonRow], matches: Sequence[Match], person_id: int
) -> list[OtherRecord]:
    """Everyone but ``person_id``: the possible duplicates first (most likely first, with their
    reason), then the rest in the list's order."""
    by_id = {row.id: row for row in people}
    suggested: dict[int, OtherRecord] = {}
    for match in sorted(matches, key=lambda m: -m.score):
        if match.person_id in by_id and match.person_id != person_id:
            suggested.setdefault(
                match.person_id, OtherRecord(by_id[match.person_id], match.reason, match.score)
            )
    rest = [OtherRecord(row) for row in people if row.id != person_id and row.id not in suggested]
    return [*suggested.values(), *rest]


def candidate_model(parent: QObject | None = None) -> RowTableModel[OtherRecord]:
    columns: list[Column[OtherRecord]] = [
        Column(QT_TRANSLATE_NOOP("MergeDialog", "Name"), lambda r: r.person.name_en),
        Column(QT_TRANSLATE_NOOP("MergeDialog", "Chinese"), lambda r: r.person.name_zh or ""),
        Column(QT_TRANSLATE_NOOP("MergeDialog", "Post"), lambda r: r.post),
        Column(QT_TRANSLATE_NOOP("MergeDialog", "Country"), lambda r: r.person.country_en or ""),
        Column(
            QT_TRANSLATE_NOOP("MergeDialog", "Suggested because"),
            lambda r: phrase_text(r.reason),
            sort_key=lambda r: (not r.reason, -r.score, r.person.name_en.casefold()),
            tooltip=lambda r: phrase_text(r.reason) or None,
            header_tip=QT_TRANSLATE_NOOP(
                "MergeDialog", "Why this person may be the same as the one being merged"
            ),
        ),
    ]
    return RowTableModel(
        columns,
        key=lambda r: r.id,
        search_text=lambda r: r.person.search_key,
        context=CONTEXT,
        parent=parent,
    )


def _translate(text: str) -> str:
    return QCoreApplication.translate("MergeDialog", text)


def post_text(post: PostRow) -> str:
    """ "Counsellor, Embassy of Kazakhstan in China" (the organisation left out when the title
    names it already)."""
    return title_at(post.title_en or post.title_zh, post.organisation_en)


def _post_dates(post: PostRow) -> str:
    start, end = post.start_date, post.end_date
    if start and end:
        text = QCoreApplication.translate("MergeDialog", "{start} to {end}")
    elif start:
        text = QCoreApplication.translate("MergeDialog", "since {start}")
    elif end:
        text = QCoreApplication.translate("MergeDialog", "until {end}")
    else:
        return ""
    return text.format(start=date_text(start) if start else "", end=date_text(end) if end else "")


def person_html(detail: PersonDetail) -> str:
    """The record's names in every form, posts, and counts of meetings and outcomes."""
    record = detail.record
    esc = html.escape
    forms = [
        (
            QCoreApplication.translate("MergeDialog", "Family name"),
            record.family_name,
        ),
        (QCoreApplication.translate("MergeDialog", "Given name"), record.given_name),
        (
            QCoreApplication.translate("MergeDialog", "Name order"),
            NAME_ORDER_LABELS[record.name_order],
        ),
        (QCoreApplication.translate("MergeDialog", "First reference"), record.first_reference),
        (
            QCoreApplication.translate("MergeDialog", "Second reference"),
            record.second_reference,
        ),
        (QCoreApplication.translate("MergeDialog", "Salutation"), record.salutation),
        (QCoreApplication.translate("MergeDialog", "Chinese name"), record.name_zh),
        (
            QCoreApplication.translate("MergeDialog", "Other spellings"),
            "; ".join(record.alternative_spellings),
        ),
        (QCoreApplication.translate("MergeDialog", "Country"), detail.country_en),
        (QCoreApplication.translate("MergeDialog", "E-mail"), record.email),
    ]
    rows = "".join(
        f"<tr><td style='color:#555;padding-right:8px'>{esc(label)}</td>"
        f"<td>{esc(str(value))}</td></tr>"
        for label, value in forms
        if value
    )
    posts = "".join(
        f"<li>{'<b>' if post.current else ''}{esc(post_text(post))}"
        f"{'</b>' if post.current else ''} "
        f"<span style='color:#555'>{esc(_post_dates(post))}</span></li>"
        for post in detail.posts
    )
    no_posts = esc(QCoreApplication.translate("MergeDialog", "No posts recorded."))
    counts = QCoreApplication.translate(
        "MergeDialog", "Meetings attended: {meetings} · Outcomes owned: {outcomes}"
    ).format(meetings=len(detail.meetings), outcomes=len(detail.outcomes))
    heading = esc(record.name_en)
    if record.name_zh:
        heading += f" <span style='font-weight:normal'>{esc(record.name_zh)}</span>"
    record_line = QCoreApplication.translate("MergeDialog", "Record {id}").format(id=record.id)
    posts_heading = QCoreApplication.translate("MergeDialog", "Posts")
    return (
        f"<h3 style='margin:0'>{heading}</h3>"
        f"<p style='color:#555;margin:0'>{esc(record_line)}</p>"
        f"<table cellspacing='0' cellpadding='1'>{rows}</table>"
        f"<p style='margin-bottom:0'><b>{esc(posts_heading)}</b></p>"
        f"{f'<ul style=margin-top:0>{posts}</ul>' if posts else f'<p>{no_posts}</p>'}"
        f"<p><b>{esc(counts)}</b></p>"
    )


def shared_meetings(kept: PersonDetail, removed: PersonDetail) -> int:
    """Meetings both records attended: the kept record's attendance stays, once."""
    return len({m.meeting_id for m in kept.meetings} & {m.meeting_id for m in removed.meetings})


def merge_effects(kept: PersonDetail, removed: PersonDetail) -> str:
    """What merging ``removed`` into ``kept`` will do, in plain text."""
    both = shared_meetings(kept, removed)
    text = QCoreApplication.translate(
        "MergeDialog",
        "Every meeting and outcome of both records stays with the kept record, “{kept}”. "
        "Moving to it from “{removed}”: meetings {meetings}, outcomes {outcomes}, posts "
        "{posts}. Every written form of the other name becomes an alternative spelling, and "
        "fields the kept record leaves empty are filled from the other one. The record "
        "“{removed}” is then removed.",
    ).format(
        kept=kept.record.name_en,
        removed=removed.record.name_en,
        meetings=len(removed.meetings) - both,
        outcomes=len(removed.outcomes),
        posts=len(removed.posts),
    )
    if both:
        text += " " + QCoreApplication.translate(
            "MergeDialog", "Meetings both attended, kept once: {n}."
        ).format(n=both)
    return text


def result_text(result: MergeResult, kept_name: str, removed_name: str) -> str:
    """What a merge did, from its result."""
    text = QCoreApplication.translate(
        "MergeDialog",
        "Merged “{removed}” into “{kept}” and removed “{removed}”. Moved: meetings {moved}, "
        "outcomes {outcomes}, posts {posts}.",
    ).format(
        removed=removed_name,
        kept=kept_name,
        moved=result.participations_moved,
        outcomes=result.outcomes_moved,
        posts=result.posts_moved,
    )
    if result.participations_dropped:
        text += " " + QCoreApplication.translate(
            "MergeDialog", "Meetings both attended, kept once: {n}."
        ).format(n=result.participations_dropped)
    if result.spellings_added:
        text += " " + QCoreApplication.translate(
            "MergeDialog", "New alternative spellings: {spellings}."
        ).format(spellings="; ".join(result.spellings_added))
    if result.fields_filled:
        labels = [_translate(FIELD_LABELS.get(name, name)) for name in result.fields_filled]
        text += " " + QCoreApplication.translate(
            "MergeDialog", "Filled in from the removed record: {fields}."
        ).format(fields=list_text(labels))
    return text
