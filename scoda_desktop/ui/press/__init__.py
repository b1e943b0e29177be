"""The press pages: press releases (drafts, revisions, approval, exports) and their templates.
The services they call (``services.press``) are imported when first used, not with the window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import SignalInstance

from scoda_desktop.ui.press.page import PressPage
from scoda_desktop.ui.press.source import press_store
from scoda_desktop.ui.press.tasks import FailureReporter
from scoda_desktop.ui.press.templates_page import TemplatesPage
from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from scoda_desktop.ui.meeting_source import MeetingSource

__all__ = ["PressPage", "TemplatesPage", "press_pages", "press_store"]


def press_pages(
    runner: TaskRunner,
    source: MeetingSource,
    *,
    selected_meeting: Callable[[], int | None],
    report_failure: FailureReporter,
    show_message: Callable[[str], None],
    meetings_loaded: SignalInstance,
) -> tuple[PressPage, TemplatesPage]:
    """Both pages on ``source``'s database, wired to the window: they read their lists again
    whenever the window has read the meetings (a deleted meeting takes its releases along)."""
    pages = (
        PressPage(runner, lambda: press_store(source), selected_meeting, report_failure),
        TemplatesPage(runner, lambda: press_store(source), selected_meeting, report_failure),
    )
    for page in pages:
        page.message.connect(show_message)
        meetings_loaded.connect(lambda _count, page=page: page.refresh())
    return pages
