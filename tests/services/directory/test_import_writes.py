"""An import writes its new rows a table at a time (``DirectoryWriter.insert_many``) and
audits each as a single save would; a row refused when written is named, and nothing is
written."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from scoda_desktop.domain.enums import AuditAction, NameOrder
from scoda_desktop.domain.models import AuditEntry, Organisation, Person, Position
from scoda_desktop.errors import InputError
from scoda_desktop.services.directory import PersonRecord, PostRecord, apply_import, preview_file
from scoda_desktop.services.directory.preview import Action
from scoda_desktop.services.directory.writes import PEOPLE, POSTS, DirectoryWriter

from .conftest import TODAY
from .helpers import organisation_id, person_id

NEW_PEOPLE = (
    "family_name,given_name,country,organisation,title_en,post_start,alternative_spellings\n"
    "Karimova,Dilnoza,UZ,Embassy of Uzbekistan in China,Attaché,2026-09-01,Dilnoza Karimowa\n"
    "Nurmatov,Jasur,UZ,Uzbek Chamber of Commerce in Qingdao,Adviser,,\n"
    "Sukarno,,ID,,,,\n"
)


def count(database, model) -> int:
    with database.session() as session:
        return session.execute(sa.select(sa.func.count()).select_from(model)).scalar_one()


def audited(database, table: str) -> dict[str, tuple[AuditAction, dict]]:
    a = AuditEntry.__table__.c
    with database.session() as session:
        rows = session.execute(
            sa.select(a.record_id, a.action, a.changes).where(a.table_name == table)
        ).all()
    return {row.record_id: (AuditAction(row.action), row.changes) for row in rows}


def test_new_rows_are_written_a_table_at_a_time_and_each_is_audited(demo, tmp_path):
    path = tmp_path / "new.csv"
    path.write_text(NEW_PEOPLE, encoding="utf-8")
    people, posts, orgs = count(demo, Person), count(demo, Position), count(demo, Organisation)
    preview = preview_file(demo, path, today=TODAY)
    assert preview.ok, preview.describe()
    assert preview.count(Action.CREATE) == (3, 1)  # the chamber of commerce is new
    result = apply_import(demo, preview, actor="tester")
    assert (result.people_created, result.posts_added, result.organisations_created) == (3, 2, 1)
    assert count(demo, Person) == people + 3
    assert count(demo, Position) == posts + 2
    assert count(demo, Organisation) == orgs + 1

    p, pos = Person.__table__.c, Position.__table__.c
    with demo.session() as session:
        karimova = session.execute(
            sa.select(p.id, p.alternative_spellings, p.name_order).where(
                p.family_name == "Karimova"
            )
        ).one()
        post = session.execute(
            sa.select(pos.id, pos.organisation_id, pos.start_date).where(
                pos.person_id == karimova.id
            )
        ).one()
    assert karimova.alternative_spellings == ["Dilnoza Karimowa"]
    assert post.organisation_id == organisation_id(demo, "Embassy of Uzbekistan in China")
    assert post.start_date == date(2026, 9, 1)
    action, changes = audited(demo, "person")[str(karimova.id)]
    assert action == AuditAction.INSERT
    assert changes["family_name"] == [None, "Karimova"]
    assert changes["name_order"] == [None, "given_first"]
    assert changes["alternative_spellings"] == [None, ["Dilnoza Karimowa"]]
    assert "email" not in changes  # nothing written, nothing recorded
    assert audited(demo, "position")[str(post.id)][1]["start_date"] == [None, "2026-09-01"]
    chamber = organisation_id(demo, "Uzbek Chamber of Commerce in Qingdao")
    assert audited(demo, "organisation")[str(chamber)][0] == AuditAction.INSERT


def test_insert_many_audits_each_row_as_insert_does(demo):
    record = PersonRecord(
        family_name="Sukarno",
        name_order=NameOrder.SINGLE,
        country_code="ID",
        alternative_spellings=["Soekarno"],
        photo=b"\x89PNG...",
        photo_mime="image/png",
    )
    with demo.transaction() as session:
        writer = DirectoryWriter(session, "tester")
        values = writer.checked_person(record)
        one = writer.insert(PEOPLE, values)
        [many, other] = writer.insert_many(PEOPLE, [values, values])
        post = writer.checked_post(
            PostRecord(person_id=many, title_en="Adviser", start_date=date(2026, 1, 5))
        )
        post_one = writer.insert(POSTS, post)
        [post_many] = writer.insert_many(POSTS, [post])
    people, posts = audited(demo, "person"), audited(demo, "position")
    assert people[str(many)] == people[str(one)] == people[str(other)]
    assert people[str(one)][1]["photo"] == [None, "<7 bytes>"]
    assert posts[str(post_many)] == posts[str(post_one)]
    with demo.session() as session:
        uids = session.execute(
            sa.select(Person.__table__.c.uid).where(Person.__table__.c.id.in_([one, many, other]))
        ).scalars()
        assert len(set(uids)) == 3


def test_a_row_refused_when_written_is_named_and_nothing_is_written(demo, tmp_path):
    path = tmp_path / "new.csv"
    path.write_text(NEW_PEOPLE, encoding="utf-8")
    preview = preview_file(demo, path, today=TODAY)
    assert preview.ok
    people, orgs = count(demo, Person), count(demo, Organisation)
    preview.people[1].record.family_name = " "  # broken after the preview was checked
    with pytest.raises(InputError, match=r"^line 3 could not be written, so nothing was imported"):
        apply_import(demo, preview, actor="tester")
    assert (count(demo, Person), count(demo, Organisation)) == (people, orgs)


def test_updates_and_new_people_in_one_file(service, demo, tmp_path):
    liu = service.person(person_id(demo, "Liu")).record
    path = tmp_path / "people.csv"
    path.write_text(
        "uid,family_name,given_name,country,notes\n"
        f"{liu.uid},Liu,Jianjun,CN,Met at the 2026 expo\n"
        ",Sukarno,,ID,\n",
        encoding="utf-8",
    )
    preview = preview_file(demo, path, today=TODAY)
    assert [p.action for p in preview.people] == [Action.UPDATE, Action.CREATE]
    result = apply_import(demo, preview, actor="tester")
    assert (result.people_created, result.people_updated) == (1, 1)
    updated = service.person(liu.id).record
    assert updated.notes == "Met at the 2026 expo" and updated.version == liu.version + 1
    action, changes = audited(demo, "person")[str(liu.id)]
    assert action == AuditAction.UPDATE and changes == {"notes": [None, "Met at the 2026 expo"]}
