"""Press releases kept in the database: drafts generated from a meeting, edited and saved as
numbered revisions, compared and restored, then approved and published.

The one write path for ``press_release`` and ``press_release_revision`` (besides a meeting's
delete and restore, which take its releases along). Every write is one transaction with an
``AuditEntry`` per row written (actor: ``audit.current_actor()``, the name chosen in Preferences
or else the OS login, unless another is given), and names the ``version`` of the release it
read: the row is updated only where the version still matches, else ``StaleRecordError`` is
raised and nothing is written.

Revisions: generating a draft records its text as revision 1; each save of a different text
adds the next revision (saving the same text again adds none); restoring an old revision saves
its text as a new revision, so history is only ever added to. ``press_release.body`` is the
newest text. An audit entry for a text change names the revision numbers, not the text: the
revisions table holds every text already.

Status: draft -> approved (who, when) -> published (when). Only a draft's text can change; an
approved or published release is read-only until it is reopened, which makes it a draft again
and clears the approval and publication (the audit log keeps them).

Knows nothing of Qt: the window calls it on a worker thread; each method opens its own session.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from scoda_desktop.data.database import Database
from scoda_desktop.domain.enums import AuditAction, Language, PressReleaseStatus
from scoda_desktop.domain.models import (
    AuditEntry,
    Meeting,
    PressRelease,
    PressReleaseRevision,
    new_uid,
)
from scoda_desktop.domain.office import office_today
from scoda_desktop.domain.types import utcnow
from scoda_desktop.errors import InputError
from scoda_desktop.services import audit
from scoda_desktop.services.meeting_drafts import StaleRecordError
from scoda_desktop.services.press import templates
from scoda_desktop.services.press.compare import Comparison, compare_texts
from scoda_desktop.services.press.draft import DEFAULT_TEMPLATE, render_draft
from scoda_desktop.services.press.refusals import (
    PressStatusError,
    refusal,
    release_gone,
    stale_release,
)
from scoda_desktop.services.press.text import paragraphs
from scoda_desktop.services.protocol import ProtocolSettings
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, error_message

__all__ = [
    "MeetingChoice",
    "PressReleaseRow",
    "PressReleaseStore",
    "PressStatusError",
    "RevisionRow",
    "SavedText",
    "StaleRecordError",
]

log = logging.getLogger(__name__)

# The columns an audit entry of a release compares (the text is audited by revision number).
_AUDITED = (
    "meeting_id",
    "language",
    "template",
    "status",
    "author",
    "approved_by",
    "approved_at",
    "published_at",
)


@dataclass(frozen=True, slots=True)
class PressReleaseRow:
    """A press release as lists and the editor show it: plain values, no ORM object."""

    id: int
    meeting_id: int
    meeting_theme: str
    meeting_starts_at: datetime  # UTC
    language: Language
    template: str
    status: PressReleaseStatus
    body: str
    author: str | None
    approved_by: str | None
    approved_at: datetime | None
    published_at: datetime | None
    version: int
    created_at: datetime
    updated_at: datetime
    revisions: int  # the newest revision's number (revisions are numbered 1, 2, ...)

    @property
    def headline(self) -> str:
        blocks = paragraphs(self.body)
        return blocks[0] if blocks else ""

    @property
    def read_only(self) -> bool:
        """Approved or published: the text cannot change until the release is reopened."""
        return self.status != PressReleaseStatus.DRAFT


@dataclass(frozen=True, slots=True)
class RevisionRow:
    number: int
    body: str
    author: str | None
    created_at: datetime  # UTC


@dataclass(frozen=True, slots=True)
class SavedText:
    """The release after a save or a restore; ``revision`` is the new revision's number, None
    when the text was the same as the newest revision and nothing was written."""

    release: PressReleaseRow
    revision: int | None


@dataclass(frozen=True, slots=True)
class MeetingChoice:
    """A meeting to draft a release for (or preview a template against)."""

    id: int
    theme: str
    starts_at: datetime  # UTC


class PressReleaseStore:
    """Reads and writes press releases on ``database``; every call opens its own session, so
    calls may run on a worker thread."""

    def __init__(
        self,
        database: Database,
        *,
        actor: str | None = None,
        today: Callable[[], date] = office_today,
        settings: ProtocolSettings | None = None,
    ) -> None:
        self._database = database
        self._actor = actor
        self._today = today
        self._settings = settings

    @property
    def actor(self) -> str:
        """Who authors, approves and is audited: the actor given, else ``audit.current_actor()``
        (the name chosen in Preferences, else the OS login), read at each write."""
        return self._actor or audit.current_actor()

    # -- reading -------------------------------------------------------------------------

    @staticmethod
    def _select() -> sa.Select[Any]:
        p, m, r = PressRelease.__table__.c, Meeting.__table__.c, PressReleaseRevision.__table__.c
        revisions = (
            sa.select(sa.func.coalesce(sa.func.max(r.number), 0))
            .where(r.press_release_id == p.id)
            .correlate(PressRelease.__table__)
            .scalar_subquery()
        )
        return sa.select(
            p.id,
            p.meeting_id,
            sa.func.coalesce(sa.func.nullif(m.theme_en, ""), m.theme_zh, "").label("theme"),
            m.starts_at,
            p.language,
            p.template,
            p.status,
            p.body,
            p.author,
            p.approved_by,
            p.approved_at,
            p.published_at,
            p.version,
            p.created_at,
            p.updated_at,
            revisions.label("revisions"),
        ).join(Meeting.__table__, m.id == p.meeting_id)

    @staticmethod
    def _row(row: Any) -> PressReleaseRow:
        return PressReleaseRow(
            id=row.id,
            meeting_id=row.meeting_id,
            meeting_theme=row.theme,
            meeting_starts_at=row.starts_at,
            language=Language(row.language),
            template=row.template,
            status=PressReleaseStatus(row.status),
            body=row.body,
            author=row.author,
            approved_by=row.approved_by,
            approved_at=row.approved_at,
            published_at=row.published_at,
            version=row.version,
            created_at=row.created_at,
            updated_at=row.updated_at,
            revisions=row.revisions,
        )

    def list_releases(self) -> list[PressReleaseRow]:
        """Every press release, the most recently changed first."""
        p = PressRelease.__table__.c
        with self._database.session() as session:
            rows = session.execute(self._select().order_by(p.updated_at.desc(), p.id.desc()))
            return [self._row(row) for row in rows]

    def load(self, release_id: int) -> PressReleaseRow:
        with self._database.session() as session:
            return self._read(session, release_id)

    def _read(self, session: Session, release_id: int) -> PressReleaseRow:
        row = session.execute(
            self._select().where(PressRelease.__table__.c.id == release_id)
        ).one_or_none()
        if row is None:
            raise release_gone(release_id)
        return self._row(row)

    def revisions(self, release_id: int) -> list[RevisionRow]:
        """The release's revisions, the newest first."""
        r = PressReleaseRevision.__table__.c
        with self._database.session() as session:
            rows = session.execute(
                sa.select(r.number, r.body, r.author, r.created_at)
                .where(r.press_release_id == release_id)
                .order_by(r.number.desc())
            )
            return [RevisionRow(row.number, row.body, row.author, row.created_at) for row in rows]

    def _revision_text(self, session: Session, release_id: int, number: int) -> str:
        r = PressReleaseRevision.__table__.c
        body = session.execute(
            sa.select(r.body).where(r.press_release_id == release_id, r.number == number)
        ).scalar_one_or_none()
        if body is None:
            raise InputError(
                error_message(
                    QT_TRANSLATE_NOOP("Errors", "Press release {id} has no revision {number}."),
                    id=release_id,
                    number=number,
                )
            )
        return str(body)

    def compare(self, release_id: int, old: int, new: int) -> Comparison:
        """Revision ``old`` against revision ``new`` (see ``compare.compare_texts``)."""
        with self._database.session() as session:
            old_text = self._revision_text(session, release_id, old)
            new_text = self._revision_text(session, release_id, new)
        return compare_texts(old_text, new_text, f"revision {old}", f"revision {new}")

    def meeting_choices(self) -> list[MeetingChoice]:
        """Every meeting, newest first: what a release can be drafted for."""
        m = Meeting.__table__.c
        with self._database.session() as session:
            rows = session.execute(
                sa.select(m.id, m.theme_en, m.theme_zh, m.starts_at).order_by(
                    m.starts_at.desc(), m.id.desc()
                )
            )
            return [
                MeetingChoice(row.id, row.theme_en or row.theme_zh or "", row.starts_at)
                for row in rows
            ]

    def render(self, meeting_id: int, language: str, template: str | None = None) -> str:
        """The draft ``template`` gives for the meeting today, without saving anything (the
        other half of a bilingual export). TemplateProblem names a failing template's line."""
        with self._database.session() as session:
            return render_draft(
                session,
                meeting_id,
                language,
                template,
                settings=self._settings,
                published=self._today(),
            )

    def preview_template(self, meeting_id: int, file_name: str, text: str) -> str:
        """What the template ``file_name`` would draft for the meeting today if its text were
        ``text`` (not saved: see ``templates.preview``). TemplateProblem names a failing line."""
        with self._database.session() as session:
            return templates.preview(
                session,
                meeting_id,
                file_name,
                text,
                settings=self._settings,
                published=self._today(),
            )

    # -- writing -------------------------------------------------------------------------

    def generate(
        self, meeting_id: int, language: str | Language, template: str | None = None
    ) -> PressReleaseRow:
        """Render a new draft for the meeting and save it, its text as revision 1. Raises
        InputError for an unknown meeting or language, TemplateProblem (an InputError) with
        the template's line for a template that fails; nothing is saved then."""
        body = self.render(meeting_id, str(language), template)  # checks the language too
        now = utcnow()
        values = {
            "meeting_id": meeting_id,
            "language": Language(language),
            "template": template or DEFAULT_TEMPLATE,
            "status": PressReleaseStatus.DRAFT,
            "author": self.actor,
        }
        with self._database.transaction() as session:
            result = session.execute(
                sa.insert(PressRelease.__table__).values(
                    uid=new_uid(), body=body, version=1, created_at=now, updated_at=now, **values
                )
            )
            release_id = int(result.inserted_primary_key[0])
            self._audit(session, "press_release", release_id, AuditAction.INSERT, None, values)
            self._add_revision(session, release_id, 1, body)
            release = self._read(session, release_id)
        log.info("generated press release %s for meeting %s", release_id, meeting_id)
        return release

    def save_text(self, release_id: int, body: str, *, version: int) -> SavedText:
        """Save ``body`` as the release's text and its next revision; when it is the text saved
        already, nothing is written. Only a draft's text can change."""
        with self._database.transaction() as session:
            current = self._current(session, release_id, version)
            self._require(current, "edited", PressReleaseStatus.DRAFT)
            if body == current.body:
                return SavedText(current, None)
            number = current.revisions + 1
            self._update(session, current, {"body": body}, {"revision": [number - 1, number]})
            self._add_revision(session, release_id, number, body)
            saved = SavedText(self._read(session, release_id), number)
        log.info("saved press release %s as revision %s", release_id, number)
        return saved

    def restore(self, release_id: int, number: int, *, version: int) -> SavedText:
        """Make revision ``number``'s text the release's text again, as a new revision."""
        with self._database.session() as session:
            body = self._revision_text(session, release_id, number)
        return self.save_text(release_id, body, version=version)

    def approve(self, release_id: int, *, version: int) -> PressReleaseRow:
        """Approve a draft: it records who and when, and is read-only until reopened."""
        with self._database.transaction() as session:
            current = self._current(session, release_id, version)
            self._require(current, "approved", PressReleaseStatus.DRAFT)
            if not current.body.strip():
                raise PressStatusError(
                    error_message(
                        QT_TRANSLATE_NOOP("Errors", "An empty press release cannot be approved.")
                    )
                )
            self._update(
                session,
                current,
                {
                    "status": PressReleaseStatus.APPROVED,
                    "approved_by": self.actor,
                    "approved_at": utcnow(),
                },
            )
            return self._read(session, release_id)

    def publish(self, release_id: int, *, version: int) -> PressReleaseRow:
        """Mark an approved release published, now."""
        with self._database.transaction() as session:
            current = self._current(session, release_id, version)
            self._require(current, "published", PressReleaseStatus.APPROVED)
            self._update(
                session,
                current,
                {"status": PressReleaseStatus.PUBLISHED, "published_at": utcnow()},
            )
            return self._read(session, release_id)

    def reopen(self, release_id: int, *, version: int) -> PressReleaseRow:
        """Make an approved or published release a draft again, to correct it; its approval
        and publication are cleared (the audit log keeps them)."""
        with self._database.transaction() as session:
            current = self._current(session, release_id, version)
            self._require(
                current, "reopened", PressReleaseStatus.APPROVED, PressReleaseStatus.PUBLISHED
            )
            self._update(
                session,
                current,
                {
                    "status": PressReleaseStatus.DRAFT,
                    "approved_by": None,
                    "approved_at": None,
                    "published_at": None,
                },
            )
            return self._read(session, release_id)

    def delete(self, release_id: int, *, version: int) -> None:
        """Delete a draft with its revisions (an approved or published release is kept)."""
        with self._database.transaction() as session:
            current = self._current(session, release_id, version)
            self._require(current, "deleted", PressReleaseStatus.DRAFT)
            p = PressRelease.__table__.c
            deleted = session.execute(
                sa.delete(PressRelease.__table__).where(p.id == release_id, p.version == version)
            )
            if deleted.rowcount != 1:
                raise self._stale(session, current)
            self._audit(
                session, "press_release", release_id, AuditAction.DELETE, _values(current), None
            )
        log.info("deleted press release %s", release_id)

    # -- the write path --------------------------------------------------------------------

    def _current(self, session: Session, release_id: int, version: int) -> PressReleaseRow:
        """The release as it is now, if it is still at the ``version`` the caller read."""
        current = self._read(session, release_id)
        if current.version != version:
            raise self._stale(session, current)
        return current

    @staticmethod
    def _require(current: PressReleaseRow, verb: str, *allowed: PressReleaseStatus) -> None:
        """PressStatusError unless the release is in one of the ``allowed`` statuses for the
        change ``verb`` ("edited", "approved", "published", "reopened", "deleted")."""
        if current.status in allowed:
            return
        raise PressStatusError(refusal(verb, current.status))

    def _update(
        self,
        session: Session,
        current: PressReleaseRow,
        values: Mapping[str, Any],
        extra_changes: Mapping[str, list[Any]] | None = None,
    ) -> None:
        """Update the release read at ``current.version`` and bump its version; audit it."""
        p = PressRelease.__table__.c
        result = session.execute(
            sa.update(PressRelease.__table__)
            .where(p.id == current.id, p.version == current.version)
            .values(**values, version=current.version + 1, updated_at=utcnow())
        )
        if result.rowcount != 1:
            raise self._stale(session, current)
        audited = [name for name in _AUDITED if name in values]
        changes = audit.changes_between(_values(current), values, audited)
        changes.update(extra_changes or {})
        audit.record(
            session,
            actor=self.actor,
            table="press_release",
            record_id=current.id,
            action=AuditAction.UPDATE,
            changes=changes,
        )

    def _add_revision(self, session: Session, release_id: int, number: int, body: str) -> None:
        values = {"press_release_id": release_id, "number": number, "author": self.actor}
        result = session.execute(
            sa.insert(PressReleaseRevision.__table__).values(
                **values, body=body, created_at=utcnow()
            )
        )
        self._audit(
            session,
            "press_release_revision",
            result.inserted_primary_key[0],
            AuditAction.INSERT,
            None,
            values,
        )

    def _audit(
        self,
        session: Session,
        table: str,
        record_id: object,
        action: AuditAction,
        old: Mapping[str, Any] | None,
        new: Mapping[str, Any] | None,
    ) -> None:
        fields = dict.fromkeys([*(old or {}), *(new or {})])
        audit.record(
            session,
            actor=self.actor,
            table=table,
            record_id=record_id,
            action=action,
            changes=audit.changes_between(old, new, fields),
        )

    def _stale(self, session: Session, current: PressReleaseRow) -> StaleRecordError:
        a = AuditEntry.__table__.c
        last = session.execute(
            sa.select(a.actor, a.at)
            .where(a.table_name == "press_release", a.record_id == str(current.id))
            .order_by(a.at.desc(), a.id.desc())
            .limit(1)
        ).first()
        if last is None:
            return stale_release(current.meeting_theme, None, None)
        return stale_release(current.meeting_theme, last.actor, last.at)


def _values(release: PressReleaseRow) -> dict[str, Any]:
    return {name: getattr(release, name) for name in _AUDITED}
