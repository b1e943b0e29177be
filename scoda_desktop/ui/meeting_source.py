"""The database behind the main window, opened on first use.

``load`` and ``close`` block: the window calls ``load`` on a worker thread (through
``TaskRunner``) and ``close`` once no task is running. The data layer is imported here, inside
the methods, so that importing the UI does not import SQLAlchemy or SQLModel.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from sqlmodel import Session

    from scoda_desktop.data.database import Database
    from scoda_desktop.data.target import DatabaseTarget
    from scoda_desktop.services.changes import ChangeStamp
    from scoda_desktop.services.directory import DirectoryService
    from scoda_desktop.services.meeting_detail import MeetingDetail
    from scoda_desktop.services.meeting_service import MeetingService
    from scoda_desktop.services.meetings import MeetingRow

log = logging.getLogger(__name__)

T = TypeVar("T")


class MeetingSource:
    def __init__(
        self,
        target: DatabaseTarget,
        prepare: Callable[[Database], None] | None = None,
    ) -> None:
        self.target = target
        self._prepare = prepare
        self._database: Database | None = None
        self._service: MeetingService | None = None
        self._directory: DirectoryService | None = None

    @property
    def is_open(self) -> bool:
        return self._database is not None

    def meeting_service(self) -> MeetingService:
        """The write path for meetings on the open database (see ``load``). Its calls block:
        run them on the task runner."""
        if self._database is None:
            raise RuntimeError("the database is not open yet: load() opens it")
        if self._service is None:
            from scoda_desktop.services.meeting_service import MeetingService

            self._service = MeetingService(self._database)
        return self._service

    def directory_service(self) -> DirectoryService:
        """Reads and writes of people, organisations and countries on the open database (see
        ``load``). Its calls block: run them on the task runner."""
        if self._database is None:
            raise RuntimeError("the database is not open yet: load() opens it")
        if self._directory is None:
            from scoda_desktop.services.directory import DirectoryService

            self._directory = DirectoryService(self._database)
        return self._directory

    def open(self) -> None:
        """Open the database if it is not open yet (migrating it, then ``prepare``); blocks."""
        if self._database is None:
            self._open()

    def load(self) -> list[MeetingRow]:
        """Open the database if needed (see ``open``), make the automatic backup if one is
        due, and list its meetings (on a plain connection: the list needs no ORM)."""
        from scoda_desktop.services.meetings import list_meetings

        database = self._database or self._open()
        self._back_up_if_due()
        with database.engine.connect() as connection:
            return list_meetings(connection)

    def change_stamp(self) -> ChangeStamp | None:
        """The meetings' fingerprint (``services.changes``), or None while no database is open
        (blocks: the change watcher runs it on the task runner)."""
        if self._database is None:
            return None
        from scoda_desktop.services.changes import read_change_stamp

        with self._database.engine.connect() as connection:
            return read_change_stamp(connection)

    def meeting_detail(self, meeting_id: int) -> MeetingDetail:
        """Who attended one meeting, in order of precedence, and its outcomes (blocks)."""
        from scoda_desktop.services.meeting_detail import load_meeting_detail

        if self._database is None:
            raise RuntimeError("the database is not open yet: load() opens it")
        with self._database.session() as session:
            return load_meeting_detail(session, meeting_id)

    def read(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` with a session of the open database and return what it returns (blocks:
        run it on the task runner). For dialogs that only read (the day grid, the invitation)."""
        if self._database is None:
            raise RuntimeError("the database is not open yet: load() opens it")
        with self._database.session() as session:
            return work(session)

    def run(self, work: Callable[[Database], T]) -> T:
        """Run ``work`` with the open database itself, for services that open their own
        transaction (closing a follow-up); blocks: run it on the task runner."""
        if self._database is None:
            raise RuntimeError("the database is not open yet: load() opens it")
        return work(self._database)

    def _back_up_if_due(self) -> None:
        """Back up an SQLite database (not the demo) when its newest automatic backup is a few
        hours old (services.backup.automatic_backup). A failure is logged; the window goes on."""
        if self.target.path is None or self.target.demo:  # a server, or an in-memory file
            return
        from scoda_desktop.data.backup import automatic_backup

        try:
            made = automatic_backup(self.target)
        except Exception:
            log.exception("the automatic backup of %s failed", self.target.display_name)
            return
        if made is not None:
            log.info("automatic backup of %s written to %s", self.target.display_name, made)

    def switch_to(self, target: DatabaseTarget) -> None:
        """Close the open database; the next ``load`` opens ``target`` instead. Call it when
        no task is running (as ``close``)."""
        self.close()
        self.target = target
        self._prepare = None  # the demo's preparation belongs to the demo database

    def close(self) -> None:
        if self._database is not None:
            self._database.dispose()
            self._database = None
            self._service = None
            self._directory = None
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
