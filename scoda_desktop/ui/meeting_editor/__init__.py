"""The meeting editor: a dialog with tabs for the meeting's fields, attendees and outcomes."""

from scoda_desktop.ui.meeting_editor.dialog import MeetingEditor

__all__ = ["MeetingEditor"]
