"""The database behind the main window, opened on first use.

``load`` and ``close`` block: the window calls ``load`` on a worker thread (through
``TaskRunner``) and ``close`` once no task is running. The data layer is imported here, inside
the methods, so that importing the UI does not import SQLAlchemy or SQLModel.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from scoda_desktop import paths

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
        # The list cache (services.list_cache): the fingerprint of the rows last written to it;
        # the rows shown from it at start, with their fingerprint, until the database is read;
        # the rows read since, with theirs, until they are written (save_list).
        self._saved_stamp: tuple[Any, ...] | None = None
        self._shown_from_cache: tuple[tuple[Any, ...], list[MeetingRow]] | None = None
        self._unsaved: tuple[tuple[Any, ...], list[MeetingRow]] | None = None
        self.last_read_stamp: ChangeStamp | None = None  # see load()

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

    @property
    def caches_list(self) -> bool:
        """Whether the meeting list of this database is cached between runs: an SQLite file
        the user works in (not the demo, which is made afresh, nor a server)."""
        return self.target.path is not None and not self.target.demo and self._prepare is None

    def cached_rows(self) -> list[MeetingRow] | None:
        """The meetings as last read, if the database still has the fingerprint read with them
        (``services.list_cache``), else None; blocks for about a tenth of what ``load`` does,
        without importing the data layer. The next ``load`` reads the list again only if the
        fingerprint has changed meanwhile: until then, show these."""
        if not self.caches_list or self._database is not None:
            return None
        from scoda_desktop.services import list_cache

        database = self.target.path
        assert database is not None  # caches_list
        stamp = list_cache.read_stamp_of_file(database)
        if stamp is None:
            return None
        rows = list_cache.load(list_cache.cache_file(paths.cache_dir(), database), database, stamp)
        if rows is not None:
            self._saved_stamp = stamp
            self._shown_from_cache = (stamp, rows)
            log.info("showing %d meetings as cached at the last read", len(rows))
        return rows

    def load(self) -> list[MeetingRow]:
        """Open the database if needed (see ``open``), make the automatic backup if one is
        due, and list its meetings (on a plain connection: the list needs no ORM). The
        fingerprint read right before the rows is ``last_read_stamp``.

        Right after ``cached_rows``, and if the database's fingerprint is still the one read
        with them, those rows are returned (the same list) without reading them again. A list
        read with another fingerprint than the cache's waits for ``save_list``."""
        from scoda_desktop.services.changes import ChangeStamp, list_stamp
        from scoda_desktop.services.meetings import list_meetings

        database = self._database or self._open()
        self._back_up_if_due()
        shown, self._shown_from_cache = self._shown_from_cache, None
        with database.engine.connect() as connection:
            stamp = list_stamp(connection.connection)  # before the rows it vouches for
            self.last_read_stamp = ChangeStamp(stamp)
            if shown is not None and shown[0] == stamp:
                return shown[1]
            rows = list_meetings(connection)
        if self.caches_list and stamp != self._saved_stamp:
            self._unsaved = (stamp, rows)
        return rows

    def save_list(self) -> None:
        """Write the list ``load`` read last to the cache, if it differs from the one there, for
        the next start (blocks: some 0.1 s at 20,000 meetings). A failure (a full disk) is
        logged: only the next start is slower."""
        if self._unsaved is None or self.target.path is None:
            return
        from scoda_desktop.services import list_cache
        from scoda_desktop.services.files import FileWriteError

        (stamp, rows), self._unsaved = self._unsaved, None
        database = self.target.path
        try:
            list_cache.save(
                list_cache.cache_file(paths.cache_dir(), database), database, stamp, rows
            )
        except (OSError, FileWriteError) as exc:
            log.warning("could not cache the meeting list of %s: %s", database, exc)
        else:
            self._saved_stamp = stamp

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
        self._saved_stamp = None
        self._shown_from_cache = None
        self._unsaved = None
        self.last_read_stamp = None

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
