"""The meeting editor: a dialog with tabs for the meeting's fields, attendees and outcomes.

``MeetingEditor`` is imported when first asked for: the filter bar, built before the first
paint, imports ``meeting_editor.fields`` only, which must not load the whole dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from scoda_desktop.ui.meeting_editor.dialog import MeetingEditor

__all__ = ["MeetingEditor"]


def __getattr__(name: str) -> Any:
    if name == "MeetingEditor":
        from scoda_desktop.ui.meeting_editor.dialog import MeetingEditor

        return MeetingEditor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
