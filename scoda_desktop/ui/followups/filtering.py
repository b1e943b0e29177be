"""The Follow-ups page's filters as a predicate on the rows it has read: the same criteria
(``services.followups.FollowUpFilter``) and the same meaning as ``list_follow_ups`` gives them
in SQL, so that choosing a filter narrows the list at once instead of reading it again.
Qt-free."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scoda_desktop.services.followups import FollowUpFilter, FollowUpRow

__all__ = ["accepts"]


def accepts(criteria: FollowUpFilter, row: FollowUpRow) -> bool:
    """``row`` meets every criterion set. A country concerns the item when its people were
    guests at the meeting or one of them owns it; a due range leaves out undated items;
    overdue is the row's own flag (open, due before the office's today as read)."""
    if criteria.owner_id is not None and row.owner_id != criteria.owner_id:
        return False
    if criteria.country is not None:
        code = criteria.country.upper()
        if code not in row.guest_countries and row.owner_country != code:
            return False
    if criteria.statuses is not None and row.status not in criteria.statuses:
        return False
    if criteria.due_from is not None and (row.due_date is None or row.due_date < criteria.due_from):
        return False
    if criteria.due_to is not None and (row.due_date is None or row.due_date > criteria.due_to):
        return False
    if criteria.overdue_only and not row.overdue:
        return False
    return criteria.meeting_ids is None or row.meeting_id in criteria.meeting_ids
