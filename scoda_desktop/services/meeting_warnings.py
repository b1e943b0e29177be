"""What to notice before saving a meeting, without it blocking the save: participants asked to
join outside their working day, and host-side people already in another meeting at that time.

Pure functions over a draft (the service reads the other meetings); each warning is a
``Problem`` (see ``wording``) whose English message the command line and the logs show and the
window shows in the interface's language.
"""

from __future__ import annotations

from datetime import datetime, time

from scoda_desktop.services.meeting_drafts import (
    MeetingDraft,
    instant_to_wall_clock,
    is_time_zone,
)
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, Problem, problem

__all__ = ["WORKING_DAY", "overlap_warning", "working_hours_warnings"]

# Hours in which a participant can reasonably be asked to join, in the zone they join from.
WORKING_DAY = (time(8, 0), time(20, 0))


def working_hours_warnings(draft: MeetingDraft) -> list[Problem]:
    """Participants for whom the meeting falls outside 08:00–20:00 where they join from (their
    ``join_zone``, else the meeting's zone): one warning per zone, naming them."""
    if draft.ends_at <= draft.starts_at:
        return []
    names_by_zone: dict[str, list[str]] = {}
    for participant in draft.participants:
        zone = participant.join_zone or draft.time_zone
        if is_time_zone(zone):
            names_by_zone.setdefault(zone, []).append(participant.label)
    warnings = []
    for zone, names in names_by_zone.items():
        start = instant_to_wall_clock(draft.starts_at, zone)
        end = instant_to_wall_clock(draft.ends_at, zone)
        opens, closes = WORKING_DAY
        day_end = datetime.combine(start.date(), closes)
        if start.time() >= opens and end <= day_end:
            continue
        warnings.append(
            problem(
                "working_hours",
                QT_TRANSLATE_NOOP(
                    "Problems",
                    "In {zone} the meeting runs {start}–{end}, outside {opens}–{closes}, "
                    "for {names}.",
                ),
                zone=zone,
                start=f"{start:%H:%M}",
                end=f"{end:%H:%M}",
                opens=f"{opens:%H:%M}",
                closes=f"{closes:%H:%M}",
                names=", ".join(names),
            )
        )
    return warnings


def overlap_warning(name: str, theme: str, starts: datetime, ends: datetime) -> Problem:
    """The warning that host-side ``name`` is also in the meeting ``theme`` ("": no theme) from
    ``starts`` to ``ends`` (Beijing time, naive or aware)."""
    when = {
        "name": name,
        "date": f"{starts:%Y-%m-%d}",
        "start": f"{starts:%H:%M}",
        "end": f"{ends:%H:%M}",
    }
    if theme:
        return problem(
            "overlap",
            QT_TRANSLATE_NOOP(
                "Problems", "{name} is also in “{theme}” on {date} {start}–{end} (Beijing time)."
            ),
            theme=theme,
            **when,
        )
    return problem(
        "overlap",
        QT_TRANSLATE_NOOP(
            "Problems",
            "{name} is also in “another meeting” on {date} {start}–{end} (Beijing time).",
        ),
        **when,
    )
