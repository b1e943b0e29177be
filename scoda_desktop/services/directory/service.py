"""``DirectoryService``: what the People, Organisations and Countries pages call.

Each method opens its own session (reads) or transaction (writes), so a page may call it from
a worker thread and hand the plain rows it returns to a table model. Writes go through
``writes.DirectoryWriter`` (validation, audit, optimistic locking) and return a
``SavedRecord`` for the view to refresh from.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta
from pathlib import Path

from scoda_desktop.data.database import Database
from scoda_desktop.domain.office import office_today, office_zone
from scoda_desktop.domain.types import utcnow
from scoda_desktop.services import audit
from scoda_desktop.services.directory import details, listing, transfer
from scoda_desktop.services.directory.duplicates import Candidate, Match, possible_duplicates
from scoda_desktop.services.directory.merge import MergeResult, merge_people
from scoda_desktop.services.directory.preview import ImportPreview
from scoda_desktop.services.directory.records import (
    CountryRecord,
    OrganisationRecord,
    PersonRecord,
    PostRecord,
    SavedRecord,
)
from scoda_desktop.services.directory.validation import (
    cleaned_organisation,
    cleaned_person,
    cleaned_post,
    load_references,
    validate_organisation_record,
    validate_person_record,
    validate_post,
)
from scoda_desktop.services.directory.writes import POSTS, DirectoryWriter
from scoda_desktop.services.meeting_drafts import Problem
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, error_message

__all__ = ["DirectoryService"]

log = logging.getLogger(__name__)


class DirectoryService:
    """Reads and writes the directory on ``database``, auditing as ``actor`` (see the
    property). ``today`` decides which posts are current; ``now`` is the instant a page's open
    follow-ups and last contact are judged at (default: see ``now()``)."""

    def __init__(
        self,
        database: Database,
        *,
        actor: str | None = None,
        today: Callable[[], date] = office_today,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self._database = database
        self._actor = actor
        self._today = today
        self._now = now

    def now(self) -> datetime:
        """The instant histories are judged at: the clock given, else the computer's; when no
        clock was given and ``today`` is another day than the computer's (a test, a look
        back), the end of that day in the office, so the pages agree with ``today``."""
        if self._now is not None:
            return self._now()
        now = utcnow()
        today = self._today()
        if office_today(now) == today:
            return now
        day_after = datetime.combine(today + timedelta(days=1), time(), office_zone())
        return day_after - timedelta(microseconds=1)

    @property
    def actor(self) -> str:
        """Who the audit entries name: the actor given, else ``audit.current_actor()`` (the
        name chosen in Preferences, else the OS login), read at each write."""
        return self._actor or audit.current_actor()

    # -- lists and pages -------------------------------------------------------------------

    def people(self, text: str = "") -> list[listing.PersonRow]:
        with self._database.session() as session:
            return listing.list_people(session, text)

    def organisations(self, text: str = "") -> list[listing.OrganisationRow]:
        with self._database.session() as session:
            return listing.list_organisations(session, text, today=self._today())

    def countries(self, text: str = "", *, in_use_only: bool = False) -> list[listing.CountryRow]:
        with self._database.session() as session:
            return listing.list_countries(session, text, in_use_only=in_use_only, now=self.now())

    def person(self, person_id: int) -> details.PersonDetail:
        with self._database.session() as session:
            return details.person_detail(session, person_id, today=self._today(), now=self.now())

    def organisation(self, organisation_id: int) -> details.OrganisationDetail:
        with self._database.session() as session:
            return details.organisation_detail(
                session, organisation_id, today=self._today(), now=self.now()
            )

    def country(self, code: str) -> details.CountryDetail:
        with self._database.session() as session:
            return details.country_detail(session, code, now=self.now())

    # -- checks as the user types ----------------------------------------------------------

    def check_person(self, record: PersonRecord) -> list[Problem]:
        """What blocks saving ``record`` (empty if nothing), each problem keyed by field."""
        with self._database.session() as session:
            return validate_person_record(cleaned_person(record), load_references(session))

    def check_organisation(self, record: OrganisationRecord) -> list[Problem]:
        with self._database.session() as session:
            refs = load_references(session)
            return validate_organisation_record(cleaned_organisation(record), refs)

    def check_post(self, record: PostRecord) -> list[Problem]:
        with self._database.session() as session:
            return validate_post(cleaned_post(record), load_references(session))

    def possible_duplicates(
        self, record: PersonRecord, organisation_ids: Iterable[int | None] = ()
    ) -> list[Match]:
        """People ``record`` (a new person, or one being edited) may already be."""
        with self._database.session() as session:
            return possible_duplicates(
                session, Candidate.from_record(cleaned_person(record), organisation_ids)
            )

    # -- writes ----------------------------------------------------------------------------

    def _write(self, action: Callable[[DirectoryWriter], SavedRecord]) -> SavedRecord:
        with self._database.transaction() as session:
            saved = action(DirectoryWriter(session, self.actor))
        log.info("saved %s %s (version %s)", saved.table, saved.id, saved.version)
        return saved

    def save_person(self, record: PersonRecord) -> SavedRecord:
        """Insert (no id) or update a person; ``InvalidDraftError`` with the problems by
        field, ``StaleRecordError`` if someone else saved the person meanwhile."""
        return self._write(lambda writer: writer.save_person(record))

    def save_organisation(self, record: OrganisationRecord) -> SavedRecord:
        return self._write(lambda writer: writer.save_organisation(record))

    def save_post(self, record: PostRecord, *, end_current_posts: bool = False) -> SavedRecord:
        """Add a post (``end_current_posts``: the person's current posts end the day before it
        starts, and stay in the history) or save an edited one."""
        return self._write(
            lambda writer: writer.save_post(record, end_current_posts=end_current_posts)
        )

    def delete_post(self, post_id: int, *, version: int) -> None:
        """Remove a post entered by mistake; meetings keep the titles they recorded."""
        with self._database.transaction() as session:
            the_post = error_message(QT_TRANSLATE_NOOP("Errors", "The post"))
            DirectoryWriter(session, self.actor).delete(POSTS, post_id, version, the_post)

    def save_country(self, record: CountryRecord) -> SavedRecord:
        """The office's facts about a country: SCO status and the day it was checked, Belt and
        Road, demonym, notes."""
        return self._write(lambda writer: writer.save_country(record))

    def merge(
        self, *, keep_id: int, keep_version: int, remove_id: int, remove_version: int
    ) -> MergeResult:
        """Merge two records of one person (see ``merge``); one transaction."""
        with self._database.transaction() as session:
            return merge_people(
                session,
                keep_id=keep_id,
                keep_version=keep_version,
                remove_id=remove_id,
                remove_version=remove_version,
                actor=self.actor,
            )

    # -- files -----------------------------------------------------------------------------

    def preview_import(self, path: Path) -> ImportPreview:
        return transfer.preview_file(self._database, path, today=self._today())

    def apply_import(self, preview: ImportPreview) -> transfer.ImportResult:
        return transfer.apply_import(self._database, preview, actor=self.actor)

    def export_people(self, path: Path, *, vcard_version: str = "4.0") -> transfer.ExportResult:
        return transfer.export_people(self._database, path, vcard_version=vcard_version)

    def export_organisations(self, path: Path) -> transfer.ExportResult:
        return transfer.export_organisations(self._database, path)
