"""The Follow-ups page: the promises meetings produce, their owners and what is overdue."""

from __future__ import annotations

from scoda_desktop.ui.followups.page import FollowUpsPage

__all__ = ["SHOW_DUE_SUMMARY", "FollowUpsPage"]

SHOW_DUE_SUMMARY = True  # the start-up "overdue / due this week" notice; tests turn it off
