"""Press releases in the database, on every configured backend: a draft generated from the
demo's 2 April 2021 meeting, revisions saved, compared and restored, the status moved on, each
write audited and refused when stale."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from sqlmodel import select

from scoda_desktop.domain.enums import AuditAction, Language, PressReleaseStatus
from scoda_desktop.domain.models import AuditEntry, Meeting, PressRelease, PressReleaseRevision
from scoda_desktop.errors import InputError
from scoda_desktop.services.demo import populate_demo
from scoda_desktop.services.press.compare import Change, compare_texts
from scoda_desktop.services.press.store import (
    PressReleaseStore,
    PressStatusError,
    StaleRecordError,
)
from scoda_desktop.services.templating import TemplateProblem, environment, user_template_dir

THEME = "Cloud Meeting for Common Development"
TODAY = date(2026, 11, 28)


@pytest.fixture(autouse=True)
def _fresh_environment():
    """The environment is cached with the user folder of the first test that used it; each
    test has its own folder."""
    environment.cache_clear()
    yield
    environment.cache_clear()


@pytest.fixture
def cloud(database) -> int:
    populate_demo(database, today=TODAY)
    with database.session() as session:
        meeting_id = session.exec(select(Meeting.id).where(Meeting.theme_en == THEME)).one()
    assert meeting_id is not None
    return meeting_id


@pytest.fixture
def store(database) -> PressReleaseStore:
    return PressReleaseStore(database, actor="alice", today=lambda: TODAY)


def audit_entries(database, table: str, record_id: int) -> list[tuple[str, str, dict]]:
    a = AuditEntry.__table__.c
    with database.session() as session:
        rows = session.execute(
            sa.select(a.actor, a.action, a.changes)
            .where(a.table_name == table, a.record_id == str(record_id))
            .order_by(a.id)
        )
        return [(row.actor, AuditAction(row.action).value, row.changes) for row in rows]


def revision_numbers(database, release_id: int) -> list[int]:
    r = PressReleaseRevision.__table__.c
    with database.session() as session:
        return list(
            session.execute(
                sa.select(r.number).where(r.press_release_id == release_id).order_by(r.number)
            ).scalars()
        )


def test_a_generated_draft_is_saved_with_its_author_and_revision_1(database, store, cloud):
    release = store.generate(cloud, "en")
    assert release.meeting_id == cloud
    assert release.meeting_theme == THEME
    assert release.language == Language.ENGLISH
    assert release.template == "press-release"
    assert release.status == PressReleaseStatus.DRAFT
    assert release.author == "alice"
    assert release.headline == f"{THEME}: Liu Jianjun Holds Video Talks with Ambassadors"
    assert "2026-11-28" in release.body  # the release's date line is today
    assert release.version == 1 and release.revisions == 1
    assert not release.read_only
    assert store.list_releases() == [release]
    [revision] = store.revisions(release.id)
    assert (revision.number, revision.body, revision.author) == (1, release.body, "alice")
    [entry] = audit_entries(database, "press_release", release.id)
    assert entry[:2] == ("alice", "insert")
    assert entry[2]["status"] == [None, "draft"]


def test_the_chinese_news_brief(store, cloud):
    release = store.generate(cloud, "zh", "news-brief")
    assert release.template == "news-brief"
    assert release.language == Language.CHINESE
    assert "4月2日" in release.body
    assert "刘建军" in release.body


def test_the_author_defaults_to_the_os_login(database, cloud, monkeypatch):
    monkeypatch.setattr("getpass.getuser", lambda: "press-officer")
    release = PressReleaseStore(database).generate(cloud, "en")
    assert release.author == "press-officer"


def test_nothing_is_saved_when_the_template_or_meeting_fails(database, store, cloud):
    (user_template_dir() / "broken.en.txt").write_text("a\n{{ nope }}\n", encoding="utf-8")
    with pytest.raises(TemplateProblem) as caught:
        store.generate(cloud, "en", "broken")
    assert caught.value.line == 2
    with pytest.raises(InputError, match="no meeting"):
        store.generate(999_999, "en")
    with pytest.raises(InputError, match="language"):
        store.generate(cloud, "fr")
    with database.session() as session:
        assert session.execute(sa.select(sa.func.count()).select_from(PressRelease)).scalar() == 0


def test_each_save_of_a_new_text_is_a_numbered_revision(database, store, cloud):
    release = store.generate(cloud, "en")
    first = store.save_text(release.id, release.body + "\nOne more line.", version=1)
    assert first.revision == 2
    assert first.release.version == 2 and first.release.revisions == 2
    second = store.save_text(release.id, "Headline\n\nShort.", version=2)
    assert second.revision == 3
    assert second.release.body == "Headline\n\nShort."
    unchanged = store.save_text(release.id, "Headline\n\nShort.", version=3)
    assert unchanged.revision is None and unchanged.release.version == 3
    assert revision_numbers(database, release.id) == [1, 2, 3]
    assert [r.number for r in store.revisions(release.id)] == [3, 2, 1]
    updates = [e for e in audit_entries(database, "press_release", release.id) if e[1] == "update"]
    assert [e[2] for e in updates] == [{"revision": [1, 2]}, {"revision": [2, 3]}]
    assert len(audit_entries(database, "press_release_revision", 1)) == 1


def test_compare_two_revisions(store, cloud):
    release = store.generate(cloud, "en")
    edited = release.body.replace("Holds Video Talks", "Meets")
    store.save_text(release.id, edited, version=1)
    comparison = store.compare(release.id, 1, 2)
    assert comparison.changed
    assert "-" + release.headline in comparison.unified
    assert "+" + edited.splitlines()[0] in comparison.unified
    [row] = [row for row in comparison.rows if row.change != Change.EQUAL]
    assert row.change == Change.CHANGED and (row.old_number, row.new_number) == (1, 1)
    assert [s.text for s in row.old if s.changed] == ["Holds Video Talks"]
    assert [s.text for s in row.new if s.changed] == ["Meets"]
    assert not store.compare(release.id, 2, 2).changed
    with pytest.raises(InputError, match="no revision 9"):
        store.compare(release.id, 1, 9)


def test_compare_marks_chinese_characters_and_added_lines():
    comparison = compare_texts("会见外宾\n", "会见外国驻华使节\n\n新的一段\n")
    changed = comparison.rows[0]
    assert [s.text for s in changed.old if s.changed] == ["宾"]
    assert [s.text for s in changed.new if s.changed] == ["国驻华使节"]
    assert [row.change for row in comparison.rows[1:]] == [Change.ADDED, Change.ADDED]
    assert comparison.rows[-1].new_text == "新的一段"


def test_restore_makes_an_old_text_the_newest_revision(database, store, cloud):
    release = store.generate(cloud, "en")
    store.save_text(release.id, "Changed.", version=1)
    restored = store.restore(release.id, 1, version=2)
    assert restored.revision == 3
    assert restored.release.body == release.body
    assert revision_numbers(database, release.id) == [1, 2, 3]


def test_approve_publish_reopen(database, store, cloud):
    release = store.generate(cloud, "en")
    approved = store.approve(release.id, version=1)
    assert approved.status == PressReleaseStatus.APPROVED
    assert approved.approved_by == "alice" and approved.approved_at is not None
    assert approved.read_only
    with pytest.raises(PressStatusError, match=r"approved, so it cannot be edited\. Reopen"):
        store.save_text(release.id, "Sneaky edit.", version=approved.version)
    with pytest.raises(PressStatusError):
        store.restore(release.id, 1, version=approved.version)
    with pytest.raises(PressStatusError, match="cannot be approved"):
        store.approve(release.id, version=approved.version)
    published = store.publish(release.id, version=approved.version)
    assert published.status == PressReleaseStatus.PUBLISHED
    assert published.published_at is not None and published.approved_by == "alice"
    reopened = store.reopen(release.id, version=published.version)
    assert reopened.status == PressReleaseStatus.DRAFT
    assert (reopened.approved_by, reopened.approved_at, reopened.published_at) == (None,) * 3
    assert store.save_text(release.id, "Corrected.", version=reopened.version).revision == 2
    changes = [e[2] for e in audit_entries(database, "press_release", release.id)[1:]]
    assert changes[0]["status"] == ["draft", "approved"]
    assert changes[0]["approved_by"] == [None, "alice"]
    assert changes[1]["status"] == ["approved", "published"]
    assert changes[2]["status"] == ["published", "draft"]
    assert changes[2]["approved_by"] == ["alice", None]


def test_a_draft_cannot_be_published_or_reopened(store, cloud):
    release = store.generate(cloud, "en")
    with pytest.raises(PressStatusError, match="a draft, so it cannot be published"):
        store.publish(release.id, version=1)
    with pytest.raises(PressStatusError, match="cannot be reopened"):
        store.reopen(release.id, version=1)


def test_an_empty_release_cannot_be_approved(store, cloud):
    release = store.generate(cloud, "en")
    store.save_text(release.id, "  \n", version=1)
    with pytest.raises(PressStatusError, match="empty"):
        store.approve(release.id, version=2)


def test_a_stale_write_is_refused_and_names_who_changed_it(database, store, cloud):
    release = store.generate(cloud, "en")
    bob = PressReleaseStore(database, actor="bob", today=lambda: TODAY)
    bob.save_text(release.id, "Bob's text.", version=1)
    for write in (
        lambda: store.save_text(release.id, "Alice's text.", version=1),
        lambda: store.approve(release.id, version=1),
        lambda: store.restore(release.id, 1, version=1),
        lambda: store.delete(release.id, version=1),
    ):
        with pytest.raises(StaleRecordError, match="changed by bob at"):
            write()
    assert store.load(release.id).body == "Bob's text."
    assert revision_numbers(database, release.id) == [1, 2]


def test_delete_a_draft_with_its_revisions(database, store, cloud):
    release = store.generate(cloud, "en")
    store.save_text(release.id, "Two.", version=1)
    store.delete(release.id, version=2)
    assert store.list_releases() == []
    assert revision_numbers(database, release.id) == []
    assert audit_entries(database, "press_release", release.id)[-1][1] == "delete"
    with pytest.raises(StaleRecordError, match="no longer in the database"):
        store.load(release.id)


def test_a_meeting_listed_for_drafting(store, cloud):
    choices = store.meeting_choices()
    assert cloud in [c.id for c in choices]
    starts = [c.starts_at for c in choices]
    assert starts == sorted(starts, reverse=True)
    assert next(c for c in choices if c.id == cloud).theme == THEME


def test_every_change_a_status_refuses_has_its_own_sentence():
    """Each refusal is a whole sentence (translated whole): one for every change the store
    refuses in every status that refuses it."""
    from scoda_desktop.services.press.refusals import refusal

    draft, approved, published = (
        PressReleaseStatus.DRAFT,
        PressReleaseStatus.APPROVED,
        PressReleaseStatus.PUBLISHED,
    )
    allowed = {
        "edited": {draft},
        "approved": {draft},
        "published": {approved},
        "reopened": {approved, published},
        "deleted": {draft},
    }
    for verb, statuses in allowed.items():
        for status in set(PressReleaseStatus) - statuses:
            sentence = refusal(verb, status)
            assert f"so it cannot be {verb}." in sentence
            assert sentence.endswith(" Reopen it first.") == (status != draft)
