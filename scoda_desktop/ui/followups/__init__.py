"""The Follow-ups page: the promises meetings produce, their owners and what is overdue."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import SignalInstance

from scoda_desktop.ui.followups.history_view import FailureReporter
from scoda_desktop.ui.followups.page import FollowUpsPage
from scoda_desktop.ui.reports.page import ReportsPage
from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from scoda_desktop.ui.meeting_source import MeetingSource

__all__ = ["SHOW_DUE_SUMMARY", "FollowUpsPage", "follow_up_pages"]

SHOW_DUE_SUMMARY = True  # the start-up "overdue / due this week" notice; tests turn it off


def follow_up_pages(
    runner: TaskRunner,
    source: MeetingSource,
    *,
    open_meeting: Callable[[int], None],
    report_failure: FailureReporter,
    show_message: Callable[[str], None],
    meetings_loaded: SignalInstance,
) -> tuple[FollowUpsPage, ReportsPage]:
    """The Follow-ups and Reports pages on ``source``'s database, wired to the window: they
    read again whenever the window has read the meetings (a write anywhere may change them)."""
    follow_ups = FollowUpsPage(
        runner,
        source,
        report_failure,
        open_meeting=open_meeting,
        show_due_summary=SHOW_DUE_SUMMARY,
    )
    reports = ReportsPage(runner, source, report_failure)
    for page in (follow_ups, reports):
        page.message.connect(show_message)
        meetings_loaded.connect(lambda _count, page=page: page.refresh())
    follow_ups.due_notice.connect(show_message)
    return follow_ups, reports
