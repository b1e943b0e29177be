"""The press store on the window's database."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scoda_desktop.services.press.store import PressReleaseStore
    from scoda_desktop.ui.meeting_source import MeetingSource

__all__ = ["press_store"]


def press_store(source: MeetingSource) -> PressReleaseStore | None:
    """A ``PressReleaseStore`` on the database ``source`` has open, sharing its engine (and so
    its connections, closed with the source); None while the database is not open. Cheap: no
    connection is made here.

    The engine is reached through ``MeetingSource.read``, the source's public way to its
    database (a direct accessor on MeetingSource would be simpler)."""
    if not source.is_open:
        return None
    from scoda_desktop.data.database import Database
    from scoda_desktop.services.press.store import PressReleaseStore

    engine = source.read(lambda session: session.get_bind())
    return PressReleaseStore(Database(source.target, engine))
