"""The database behind the main window, opened on first use.

``load`` and ``close`` block: the window calls ``load`` on a worker thread (through
``TaskRunner``) and ``close`` once no task is running. The data layer is imported here, inside
the methods, so that importing the UI does not import SQLAlchemy or SQLModel.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scoda_desktop.data.database import Database
    from scoda_desktop.data.target import DatabaseTarget
    from scoda_desktop.services.meetings import MeetingRow

log = logging.getLogger(__name__)


class MeetingSource:
    def __init__(
        self,
        target: DatabaseTarget,
        prepare: Callable[[Database], None] | None = None,
    ) -> None:
        self.target = target
        self._prepare = prepare
        self._database: Database | None = None

    @property
    def is_open(self) -> bool:
        return self._database is not None

    def load(self) -> list[MeetingRow]:
        """Open the database if needed (migrating it, then ``prepare``), and list its meetings."""
        from scoda_desktop.services.meetings import list_meetings

        database = self._database or self._open()
        with database.session() as session:
            return list_meetings(session)

    def close(self) -> None:
        if self._database is not None:
            self._database.dispose()
            self._database = None
            log.info("closed %s", self.target.display_name)

    def _open(self) -> Database:
        from scoda_desktop.data.database import open_database

        log.info("opening %s", self.target.display_name)
        database = open_database(self.target)
        if self._prepare is not None:
            try:
                self._prepare(database)
            except BaseException:
                database.dispose()
                raise
        self._database = database
        return database
