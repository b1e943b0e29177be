"""The directory's single write path: field-keyed validation, audit entries, optimistic
version checks, and a new post that keeps the old one in the history."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
import sqlalchemy as sa

from scoda_desktop.domain.enums import AuditAction, NameOrder, OrganisationKind, ScoStatus
from scoda_desktop.domain.models import AuditEntry, Position
from scoda_desktop.services.directory import OrganisationRecord, PersonRecord, PostRecord
from scoda_desktop.services.meeting_drafts import InvalidDraftError, StaleRecordError

from .helpers import organisation_id, person_id


def audit_rows(database, table: str, record_id: object) -> list[tuple[AuditAction, dict]]:
    a = AuditEntry.__table__.c
    with database.session() as session:
        rows = session.execute(
            sa.select(a.action, a.changes, a.actor)
            .where(a.table_name == table, a.record_id == str(record_id))
            .order_by(a.id)
        ).all()
    assert all(row.actor == "tester" for row in rows)
    return [(AuditAction(row.action), row.changes) for row in rows]


def test_a_new_person_is_written_and_audited(service, demo):
    saved = service.save_person(
        PersonRecord(
            family_name="  Sukarno ",
            name_order=NameOrder.SINGLE,
            country_code="id",
            alternative_spellings=["Soekarno", " ", "soekarno", "Sukarno"],
            email="sukarno@example.com",
        )
    )
    assert saved.created and saved.version == 1 and saved.label == "Sukarno"
    record = service.person(saved.id).record
    assert record.family_name == "Sukarno"
    assert record.country_code == "ID"
    assert record.alternative_spellings == ["Soekarno"]  # blanks, repeats and own name left out
    [(action, changes)] = audit_rows(demo, "person", saved.id)
    assert action == AuditAction.INSERT
    assert changes["family_name"] == [None, "Sukarno"]


def test_every_problem_is_named_by_field(service):
    with pytest.raises(InvalidDraftError) as caught:
        service.save_person(
            PersonRecord(
                family_name=" ",
                given_name="Ahmad",
                name_order=NameOrder.SINGLE,
                country_code="XX",
                email="not an address",
                photo=b"\x89PNG",
                photo_mime="text/plain",
            )
        )
    fields = [p.field for p in caught.value.field_problems]
    assert fields == ["family_name", "given_name", "country_code", "email", "photo"]
    assert all(p.message.endswith(".") for p in caught.value.field_problems)
    assert service.check_person(PersonRecord(family_name="Ok")) == []


def test_an_update_names_the_version_it_read(service, demo):
    pid = person_id(demo, "Igormonzod")
    record = service.person(pid).record
    saved = service.save_person(replace(record, name_zh="穆罕默德", email="m.e@example.com"))
    assert saved.version == record.version + 1
    action, changes = audit_rows(demo, "person", pid)[-1]
    assert action == AuditAction.UPDATE
    assert changes == {
        "name_zh": [None, "穆罕默德"],
        "email": ["muhammed.igormonzod@example.com", "m.e@example.com"],
    }
    # Someone else's form still holds the old version: refused, nothing written.
    with pytest.raises(StaleRecordError, match="changed by tester"):
        service.save_person(replace(record, notes="stale"))
    assert service.person(pid).record.notes is None
    # Saving without a change keeps the version and writes no audit entry.
    fresh = service.person(pid).record
    assert service.save_person(fresh).version == fresh.version
    assert len(audit_rows(demo, "person", pid)) == 1  # the update above only


def test_a_new_post_ends_the_current_one_the_day_before(service, demo):
    pid = person_id(demo, "Igormonzod")
    embassy = organisation_id(demo, "Embassy of Tajikistan in China")
    [old] = service.person(pid).posts
    saved = service.save_post(
        PostRecord(
            person_id=pid,
            organisation_id=embassy,
            title_en="Ambassador of Tajikistan to China",
            start_date=date(2026, 12, 1),
        ),
        end_current_posts=True,
    )
    assert saved.created
    posts = service.person(pid).posts
    assert [(p.title_en, p.start_date, p.end_date) for p in posts] == [
        ("Ambassador of Tajikistan to China", date(2026, 12, 1), None),
        ("Deputy Ambassador of Tajikistan to China", None, date(2026, 11, 30)),
    ]
    ended = audit_rows(demo, "position", old.id)
    assert ended[-1] == (AuditAction.UPDATE, {"end_date": [None, "2026-11-30"]})
    # Without a start date the old post cannot be ended.
    with pytest.raises(InvalidDraftError) as caught:
        service.save_post(PostRecord(person_id=pid, title_en="Minister"), end_current_posts=True)
    assert [p.field for p in caught.value.field_problems] == ["start_date"]


def test_post_rules(service, demo):
    pid = person_id(demo, "Gordeev")
    with pytest.raises(InvalidDraftError) as caught:
        service.save_post(
            PostRecord(
                person_id=pid,
                title_en=" ",
                organisation_id=999_999,
                start_date=date(2025, 1, 2),
                end_date=date(2025, 1, 1),
            )
        )
    assert [p.field for p in caught.value.field_problems] == [
        "title_en",
        "end_date",
        "organisation_id",
    ]


def test_a_post_entered_by_mistake_is_deleted(service, demo):
    pid = person_id(demo, "Gordeev")
    saved = service.save_post(PostRecord(person_id=pid, title_en="Typo"))
    service.delete_post(int(saved.id), version=saved.version)
    with demo.session() as session:
        assert session.get(Position, saved.id) is None
    assert audit_rows(demo, "position", saved.id)[-1][0] == AuditAction.DELETE
    with pytest.raises(StaleRecordError, match="deleted or merged"):
        service.delete_post(int(saved.id), version=saved.version)


def test_organisations_unique_per_country_and_never_inside_themselves(service, demo):
    scoda = organisation_id(demo, "SCODA Administrative Committee")
    intl = organisation_id(
        demo, "International Cooperation Department, SCODA Administrative Committee"
    )
    with pytest.raises(InvalidDraftError) as caught:
        service.save_organisation(
            OrganisationRecord(name_en="scoda administrative committee", country_code="CN")
        )
    assert [p.field for p in caught.value.field_problems] == ["name_en"]
    record = service.organisation(scoda).record
    with pytest.raises(InvalidDraftError) as caught:
        service.save_organisation(replace(record, parent_id=intl))  # its own department
    assert [p.field for p in caught.value.field_problems] == ["parent_id"]
    saved = service.save_organisation(
        OrganisationRecord(
            name_en="Consulate General of Tajikistan in Urumqi",
            country_code="TJ",
            kind=OrganisationKind.CONSULATE,
            parent_id=organisation_id(demo, "Embassy of Tajikistan in China"),
        )
    )
    assert saved.created
    assert service.organisation(int(saved.id)).parent_en == "Embassy of Tajikistan in China"


def test_country_facts_are_edited_with_their_checked_date(service, demo):
    country = service.country("TM").record
    saved = service.save_country(
        replace(
            country,
            sco_status=ScoStatus.DIALOGUE_PARTNER,
            sco_checked_on=date(2026, 11, 28),
            notes="  checked at the summit ",
        )
    )
    assert saved.version == country.version + 1
    after = service.country("TM").record
    assert (after.sco_status, after.sco_checked_on, after.notes) == (
        ScoStatus.DIALOGUE_PARTNER,
        date(2026, 11, 28),
        "checked at the summit",
    )
    with pytest.raises(StaleRecordError):
        service.save_country(replace(country, belt_and_road=True))
