"""The interchange format: export, import into an empty database, export again; all or nothing."""

from __future__ import annotations

import copy
import json
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from jsonschema import Draft202012Validator
from sqlmodel import SQLModel, select

from scoda_desktop import paths
from scoda_desktop.data.database import DatabaseTarget, open_database, resolve_target
from scoda_desktop.domain.enums import (
    Attendance,
    DiplomaticRank,
    HeadOfMissionClass,
    Language,
    MeetingKind,
    MeetingStatus,
    NameOrder,
    OrganisationKind,
    OutcomeKind,
    OutcomeStatus,
    ParticipationRole,
    PressReleaseStatus,
    Rsvp,
    Side,
)
from scoda_desktop.domain.models import (
    Country,
    Meeting,
    Organisation,
    Outcome,
    Participation,
    Person,
    Position,
    PressRelease,
    PressReleaseRevision,
)
from scoda_desktop.errors import InputError
from scoda_desktop.services.interchange import (
    FORMAT,
    export_document,
    export_to_file,
    import_document,
    import_file,
    load_document,
    validate_document,
)

PHOTO = bytes(range(256)) * 3  # every byte value, as a real image's bytes would have


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@dataclass
class Seeded:
    embassy: str
    ministry: str
    liu: str
    djauhari: str
    sukarno: str
    ambassador_post: str
    ended_post: str
    video_talks: str
    jakarta_visit: str
    open_follow_up: str
    press_release: str


def seed(database: Any) -> Seeded:
    """A small office: an embassy under its ministry, a host, an ambassador with an earlier
    (ended) post, a one-name counsellor, two meetings in different zones, a press release."""
    with database.transaction() as session:
        indonesia = session.get(Country, "ID")
        indonesia.notes = "Liaison through the embassy in Beijing"
        indonesia.updated_at = utc(2024, 1, 2, 3, 4, 5)

        ministry = Organisation(
            name_en="Ministry of Foreign Affairs of the Republic of Indonesia",
            short_name_en="Kemlu",
            kind=OrganisationKind.GOVERNMENT_BODY,
            country_code="ID",
        )
        session.add(ministry)
        session.flush()
        embassy = Organisation(
            name_en="Embassy of the Republic of Indonesia in China",
            name_zh="印度尼西亚驻华大使馆",
            kind=OrganisationKind.EMBASSY,
            country_code="ID",
            parent_id=ministry.id,
        )
        scoda = Organisation(
            name_en="SCODA Administrative Committee",
            name_zh="上合示范区管委",
            kind=OrganisationKind.ADMINISTRATIVE_COMMITTEE,
            country_code="CN",
        )
        liu = Person(
            family_name="Liu",
            given_name="Jianjun",
            name_order=NameOrder.FAMILY_FIRST,
            name_zh="刘建军",
            honorific="Mr",
            country_code="CN",
        )
        djauhari = Person(
            family_name="Oratmangun",
            given_name="Djauhari",
            name_order=NameOrder.GIVEN_FIRST,
            first_reference="Djauhari Oratmangun",
            salutation="H.E. Mr Djauhari Oratmangun",
            honorific="H.E.",
            alternative_spellings=["Djauhari Oratmangoen"],
            country_code="ID",
            photo=PHOTO,
            photo_mime="image/png",
            bio="Ambassador since 2018.\nPreviously Director-General.",
        )
        sukarno = Person(
            family_name="Sukarno",
            name_order=NameOrder.SINGLE,
            country_code="ID",
            email="sukarno@example.org",
        )
        session.add_all([embassy, scoda, liu, djauhari, sukarno])
        session.flush()

        ambassador_post = Position(
            person_id=djauhari.id,
            organisation_id=embassy.id,
            title_en="Ambassador of the Republic of Indonesia to China",
            title_zh="印度尼西亚驻华大使",
            start_date=date(2018, 3, 1),
            diplomatic_rank=DiplomaticRank.AMBASSADOR,
            head_of_mission_class=HeadOfMissionClass.AMBASSADOR,
            functions_since=utc(2018, 3, 13, 2, 30),
        )
        ended_post = Position(
            person_id=djauhari.id,
            organisation_id=ministry.id,
            title_en="Director-General for Asia-Pacific and African Affairs",
            start_date=date(2015, 1, 5),
            end_date=date(2017, 12, 31),
        )
        host_post = Position(
            person_id=liu.id,
            organisation_id=scoda.id,
            title_en="Director of SCODA Administrative Committee",
            internal_rank=1,
        )
        counsellor_post = Position(
            person_id=sukarno.id,
            organisation_id=embassy.id,
            title_en="Counsellor",
            diplomatic_rank=DiplomaticRank.COUNSELLOR,
        )
        video_talks = Meeting(
            theme_en="Deepening Local Economic and Trade Cooperation",
            theme_zh="深化地方经贸合作",
            kind=MeetingKind.VIDEO,
            status=MeetingStatus.HELD,
            starts_at=utc(2024, 5, 1, 8),
            ends_at=utc(2024, 5, 1, 9, 15),
            time_zone="Asia/Shanghai",
            platform="Tencent Meeting",
            meeting_code="123 456 789",
            passcode="0501",
            talking_points="1. Welcome\n2. Logistics hub",
        )
        jakarta_visit = Meeting(
            theme_en="Visit to the Ministry",
            kind=MeetingKind.IN_PERSON,
            starts_at=utc(2024, 6, 10, 3),
            ends_at=utc(2024, 6, 10, 4, 30),
            time_zone="Asia/Jakarta",
            venue_en="Pejambon 6, Jakarta",
        )
        session.add_all([ambassador_post, ended_post, host_post, counsellor_post])
        session.add_all([video_talks, jakarta_visit])
        session.flush()

        session.add_all(
            [
                Participation(
                    meeting_id=video_talks.id,
                    person_id=liu.id,
                    position_id=host_post.id,
                    side=Side.HOST,
                    role=ParticipationRole.HOST,
                    name_en="Liu Jianjun",
                    name_zh="刘建军",
                    title_en="Director of SCODA Administrative Committee",
                    rsvp=Rsvp.ACCEPTED,
                    attendance=Attendance.PRESENT,
                ),
                Participation(
                    meeting_id=video_talks.id,
                    person_id=djauhari.id,
                    position_id=ambassador_post.id,
                    side=Side.GUEST,
                    role=ParticipationRole.PRINCIPAL_GUEST,
                    name_en="Djauhari Oratmangun",
                    title_en="Indonesian Ambassador to China",
                    join_zone="Asia/Shanghai",
                    rsvp=Rsvp.ACCEPTED,
                    attendance=Attendance.PRESENT,
                ),
                Participation(
                    meeting_id=video_talks.id,
                    person_id=sukarno.id,
                    position_id=counsellor_post.id,
                    side=Side.GUEST,
                    role=ParticipationRole.ACCOMPANYING,
                    name_en="Sukarno",
                    join_zone="Asia/Jakarta",
                    order_override=2,
                ),
                Participation(
                    meeting_id=jakarta_visit.id,
                    person_id=djauhari.id,
                    side=Side.GUEST,
                    role=ParticipationRole.HOST,
                    join_zone="Asia/Jakarta",
                ),
            ]
        )
        open_follow_up = Outcome(
            meeting_id=video_talks.id,
            kind=OutcomeKind.FOLLOW_UP,
            text_en="Send the list of Indonesian exporters",
            owner_id=djauhari.id,
            due_date=date(2024, 6, 1),
        )
        session.add_all(
            [
                open_follow_up,
                Outcome(
                    meeting_id=video_talks.id,
                    kind=OutcomeKind.AGREEMENT,
                    text_zh="双方同意建立联络机制",
                    status=OutcomeStatus.DONE,
                    closed_on=date(2024, 5, 20),
                    sort_order=1,
                ),
                Outcome(meeting_id=jakarta_visit.id, kind=OutcomeKind.REMARK, text_en="Warm"),
            ]
        )
        press_release = PressRelease(
            meeting_id=video_talks.id,
            language=Language.ENGLISH,
            template="video-talks",
            body="Liu Jianjun Holds Video Talks with Indonesian Ambassador",
            status=PressReleaseStatus.APPROVED,
            author="Wang",
            approved_by="Office of the Director",
            approved_at=utc(2024, 5, 2, 1, 0, 0, 123456),
        )
        session.add(press_release)
        session.flush()
        session.add_all(
            [
                PressReleaseRevision(
                    press_release_id=press_release.id, number=1, body="Draft", author="Wang"
                ),
                PressReleaseRevision(
                    press_release_id=press_release.id,
                    number=2,
                    body=press_release.body,
                    author="Wang",
                ),
            ]
        )
        return Seeded(
            embassy=embassy.uid,
            ministry=ministry.uid,
            liu=liu.uid,
            djauhari=djauhari.uid,
            sukarno=sukarno.uid,
            ambassador_post=ambassador_post.uid,
            ended_post=ended_post.uid,
            video_talks=video_talks.uid,
            jakarta_visit=jakarta_visit.uid,
            open_follow_up=open_follow_up.uid,
            press_release=press_release.uid,
        )


def row_counts(database: Any) -> dict[str, int]:
    with database.engine.connect() as connection:
        return {
            table.name: connection.execute(sa.select(sa.func.count()).select_from(table)).scalar()
            for table in SQLModel.metadata.sorted_tables
        }


def versions(database: Any) -> dict[str, list[int]]:
    with database.engine.connect() as connection:
        return {
            table.name: sorted(connection.execute(sa.select(table.c.version)).scalars())
            for table in SQLModel.metadata.sorted_tables
            if "version" in table.c
        }


def export(database: Any) -> dict[str, Any]:
    with database.session() as session:
        return export_document(session)


def item(document: dict[str, Any], list_name: str, uid: str) -> tuple[int, dict[str, Any]]:
    for index, entry in enumerate(document[list_name]):
        if entry["uid"] == uid:
            return index, entry
    raise AssertionError(f"{uid} not in {list_name}")


@pytest.fixture
def empty_database(database: Any, tmp_path: Path) -> Iterator[Any]:
    """A second, brand-new database on the same backend as ``database``."""
    if database.dialect == "sqlite":
        other = open_database(resolve_target(str(tmp_path / "empty.sqlite3")))
        yield other
        other.dispose()
        return
    admin_url = os.environ["SCODA_TEST_POSTGRES_URL"]
    name = f"scoda_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = sa.make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    other = open_database(DatabaseTarget(url))
    try:
        yield other
    finally:
        other.dispose()
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def sqlite_copy(tmp_path: Path) -> Iterator[Any]:
    """A brand-new SQLite database, whatever the backend of ``database``."""
    other = open_database(resolve_target(str(tmp_path / "copy.sqlite3")))
    yield other
    other.dispose()


# -- export, import, export ------------------------------------------------------------------


def test_export_import_export_gives_the_same_document(database, empty_database, tmp_path):
    seeded = seed(database)
    first = tmp_path / "first.json"
    second = tmp_path / "second.json"

    exported = export_to_file(database, first)
    imported = import_file(empty_database, first)
    export_to_file(empty_database, second)

    assert second.read_bytes() == first.read_bytes()
    assert exported.counts == {
        "countries": 2,
        "organisations": 3,
        "people": 3,
        "positions": 4,
        "meetings": 2,
        "participations": 4,
        "outcomes": 3,
        "press_releases": 1,
        "revisions": 2,
    }
    assert imported.counts["meetings"].created == 2
    assert imported.counts["countries"].updated == 2  # reference rows: never created
    assert "3 organisations" in exported.describe()
    assert "organisations: 3 new" in imported.describe()
    with empty_database.session() as session:
        djauhari = session.exec(select(Person).where(Person.uid == seeded.djauhari)).one()
        assert djauhari.photo == PHOTO
        assert djauhari.alternative_spellings == ["Djauhari Oratmangoen"]
        liu = session.exec(select(Person).where(Person.uid == seeded.liu)).one()
        assert (liu.family_name, liu.given_name, liu.name_zh) == ("Liu", "Jianjun", "刘建军")
        embassy = session.exec(select(Organisation).where(Organisation.uid == seeded.embassy)).one()
        ministry = session.get(Organisation, embassy.parent_id)
        assert ministry is not None and ministry.uid == seeded.ministry
        indonesia = session.get(Country, "ID")
        assert indonesia.notes == "Liaison through the embassy in Beijing"
        assert indonesia.updated_at == utc(2024, 1, 2, 3, 4, 5)


def test_round_trip_into_sqlite_from_either_backend(database, sqlite_copy, tmp_path):
    seed(database)
    path = tmp_path / "office.json"
    export_to_file(database, path)
    import_file(sqlite_copy, path)
    assert export(sqlite_copy) == json.loads(path.read_text(encoding="utf-8"))


def test_export_is_sorted_readable_utf8_json_written_atomically(database, tmp_path):
    seeded = seed(database)
    folder = tmp_path / "exports"
    folder.mkdir()
    path = folder / "office.json"
    path.write_text("an older export", encoding="utf-8")

    export_to_file(database, path)
    text = path.read_text(encoding="utf-8")
    export_to_file(database, path)

    assert path.read_text(encoding="utf-8") == text
    assert text.endswith("}\n")
    assert "刘建军" in text  # not \u escapes
    assert [p.name for p in folder.iterdir()] == ["office.json"]
    document = json.loads(text)
    assert document["format"] == FORMAT and document["format_version"] == 1
    assert [c["code"] for c in document["countries"]] == ["CN", "ID"]  # only the ones used
    assert [m["uid"] for m in document["meetings"]] == [seeded.video_talks, seeded.jakarta_visit]
    video = document["meetings"][0]
    assert (video["starts_at"], video["ends_at"]) == (
        "2024-05-01T08:00:00Z",
        "2024-05-01T09:15:00Z",
    )
    assert [o["sort_order"] for o in video["outcomes"]] == [0, 1]
    assert [p["person"] for p in video["participations"]] == sorted(
        [seeded.liu, seeded.djauhari, seeded.sukarno]
    )
    _, embassy = item(document, "organisations", seeded.embassy)
    assert (embassy["parent"], embassy["country"]) == (seeded.ministry, "ID")
    _, post = item(document, "positions", seeded.ended_post)
    assert (post["start_date"], post["end_date"]) == ("2015-01-05", "2017-12-31")
    assert document["press_releases"][0]["approved_at"] == "2024-05-02T01:00:00.123456Z"
    assert [r["number"] for r in document["press_releases"][0]["revisions"]] == [1, 2]


def test_the_document_matches_the_json_schema_and_carries_every_column(database):
    seed(database)
    document = export(database)
    schema = json.loads(paths.resource("schema", "interchange.schema.json").read_text("utf-8"))

    Draft202012Validator.check_schema(schema)
    assert list(Draft202012Validator(schema).iter_errors(document)) == []
    assert "meetings" in schema["required"]

    def walk(node: Any) -> Iterator[str]:
        if isinstance(node, dict):
            for key, value in node.items():
                yield key
                yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    assert not [k for k in walk(document) if k == "id" or k.endswith("_id") or k == "version"]

    references = {
        "country_code": "country",
        "parent_id": "parent",
        "person_id": "person",
        "organisation_id": "organisation",
        "position_id": "position",
        "owner_id": "owner",
        "meeting_id": "meeting",
    }
    examples = {
        "country": document["countries"][0],
        "organisation": document["organisations"][0],
        "person": document["people"][0],
        "position": document["positions"][0],
        "meeting": document["meetings"][0],
        "participation": document["meetings"][0]["participations"][0],
        "outcome": document["meetings"][0]["outcomes"][0],
        "press_release": document["press_releases"][0],
        "revision": document["press_releases"][0]["revisions"][0],
    }
    nesting = {
        "participation": "meeting_id",
        "outcome": "meeting_id",
        "revision": "press_release_id",
    }
    nested_lists = {"participations", "outcomes", "revisions"}
    tables = {"revision": "press_release_revision"}
    for name, example in examples.items():
        table = SQLModel.metadata.tables[tables.get(name, name)]
        expected = {
            references.get(c.name, c.name)
            for c in table.columns
            if c.name not in ("id", "version", nesting.get(name))
        }
        assert set(example) - nested_lists == expected, name
        assert set(schema["$defs"][name]["properties"]) - nested_lists == expected, name


# -- importing over existing records ---------------------------------------------------------


def test_importing_the_same_file_twice_changes_nothing(database, empty_database, tmp_path):
    seed(database)
    path = tmp_path / "office.json"
    export_to_file(database, path)
    import_file(empty_database, path)
    counts, numbers, document = (
        row_counts(empty_database),
        versions(empty_database),
        export(empty_database),
    )

    again = import_file(empty_database, path)

    assert not again.changed
    assert all(c.created == c.updated == c.removed == 0 for c in again.counts.values())
    assert again.counts["participations"].unchanged == 4
    assert row_counts(empty_database) == counts
    assert versions(empty_database) == numbers
    assert export(empty_database) == document
    # and into the database it came from
    assert not import_file(database, path).changed


def test_import_updates_in_place_and_replaces_a_meetings_lists(database, tmp_path):
    seeded = seed(database)
    document = export(database)
    _, sukarno = item(document, "people", seeded.sukarno)
    sukarno["family_name"] = "Soekarno"
    sukarno["alternative_spellings"] = ["Sukarno"]
    index, video = item(document, "meetings", seeded.video_talks)
    video["participations"] = [p for p in video["participations"] if p["person"] != seeded.sukarno]
    video["outcomes"][0]["status"] = "done"
    video["outcomes"][0]["closed_on"] = "2024-05-31"
    del document["meetings"][1 - index]["participations"]  # left out: left alone
    document["press_releases"][0]["revisions"].pop()
    before = row_counts(database)

    summary = import_document(database, document, source="edited.json")

    assert summary.counts["people"].updated == 1
    assert summary.counts["participations"].removed == 1
    assert summary.counts["outcomes"].updated == 1
    assert summary.counts["revisions"].removed == 1
    after = row_counts(database)
    assert after["person"] == before["person"]  # updated, not duplicated
    assert after["participation"] == before["participation"] - 1
    assert after["press_release_revision"] == before["press_release_revision"] - 1
    with database.session() as session:
        person = session.exec(select(Person).where(Person.uid == seeded.sukarno)).one()
        assert (person.family_name, person.version) == ("Soekarno", 2)
        outcome = session.exec(select(Outcome).where(Outcome.uid == seeded.open_follow_up)).one()
        assert (outcome.status, outcome.closed_on) == (OutcomeStatus.DONE, date(2024, 5, 31))
    exported = export(database)
    assert item(exported, "people", seeded.sukarno)[1] == sukarno  # the file wins
    assert item(exported, "meetings", seeded.video_talks)[1] == video
    jakarta = item(exported, "meetings", seeded.jakarta_visit)[1]
    assert [p["person"] for p in jakarta["participations"]] == [seeded.djauhari]


def test_a_hand_written_document_takes_defaults_and_any_utc_offset(database):
    document = {
        "format": FORMAT,
        "format_version": 1,
        "people": [{"uid": "tj-deputy", "family_name": "Egamzod", "given_name": "Muhammad"}],
        "meetings": [
            {
                "uid": "dushanbe-call",
                "theme_en": "Logistics",
                "starts_at": "2024-05-01T13:00:00+05:00",
                "ends_at": "2024-05-01T14:00:00+05:00",
                "time_zone": "Asia/Dushanbe",
                "participations": [
                    {"person": "tj-deputy", "side": "guest", "join_zone": "Asia/Dushanbe"}
                ],
            }
        ],
    }

    summary = import_document(database, document)

    assert summary.counts["people"].created == summary.counts["meetings"].created == 1
    exported = export(database)
    meeting = exported["meetings"][0]
    assert (meeting["starts_at"], meeting["ends_at"]) == (
        "2024-05-01T08:00:00Z",
        "2024-05-01T09:00:00Z",
    )
    assert (meeting["kind"], meeting["status"]) == ("video", "draft")
    assert meeting["participations"][0]["rsvp"] == "invited"
    assert exported["people"][0]["name_order"] == "given_first"
    assert exported["people"][0]["alternative_spellings"] == []


# -- refusing bad files ----------------------------------------------------------------------


def test_an_invalid_file_names_every_item_and_field_and_writes_nothing(database, tmp_path):
    seeded = seed(database)
    document = export(database)
    broken = copy.deepcopy(document)
    m0, video = item(broken, "meetings", seeded.video_talks)
    m1, jakarta = item(broken, "meetings", seeded.jakarta_visit)
    video["ends_at"] = "2024-05-01T07:00:00Z"
    video["participations"][0]["join_zone"] = "Mars/Olympus_Mons"
    video_follow_up = next(o for o in video["outcomes"] if o["uid"] == seeded.open_follow_up)
    video_follow_up["closed_on"] = "2024-05-03"
    jakarta["time_zone"] = "Asia/Beijing"
    jakarta["created_at"] = "2024-02-30T08:00:00Z"
    o0, ministry = item(broken, "organisations", seeded.ministry)
    ministry["kind"] = "palace"
    p_single, sukarno = item(broken, "people", seeded.sukarno)
    sukarno["given_name"] = "Kusno"
    p_liu, liu = item(broken, "people", seeded.liu)
    liu["nickname"] = "Director Liu"
    k_ended, ended = item(broken, "positions", seeded.ended_post)
    ended["end_date"] = "2014-12-31"
    k_amb, ambassador = item(broken, "positions", seeded.ambassador_post)
    ambassador["person"] = "no-such-person"
    broken["press_releases"][0]["revisions"][1]["number"] = 1
    broken["countries"].append({"code": "ZZ"})
    # valid changes that must not be written either
    _, djauhari = item(broken, "people", seeded.djauhari)
    djauhari["family_name"] = "Oratmangoen"
    broken["organisations"].append({"uid": "new-org", "name_en": "Indonesian Chamber"})
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(broken, ensure_ascii=False, indent=2), encoding="utf-8")
    counts, numbers = row_counts(database), versions(database)

    with pytest.raises(InputError) as raised:
        import_file(database, path)

    pr = f"press_releases[0] (uid {seeded.press_release})"
    video_label = f"meetings[{m0}] (uid {seeded.video_talks})"
    first_participant = video["participations"][0]["person"]
    follow_up_index = video["outcomes"].index(video_follow_up)
    expected = [
        "countries[2] (code ZZ) code: unknown country code 'ZZ'",
        f'organisations[{o0}] (uid {seeded.ministry}) kind: "palace" is not one of: embassy, '
        "consulate, government_body, party_committee, administrative_committee, "
        "chamber_of_commerce, company, international_organisation, other",
        f"people[{p_liu}] (uid {seeded.liu}) nickname: unknown field",
        f"people[{p_single}] (uid {seeded.sukarno}) given_name: must be empty when name_order "
        "is single (the one name goes in family_name)",
        f"positions[{k_amb}] (uid {seeded.ambassador_post}) person: no person with uid "
        "no-such-person in the file or the database",
        f"positions[{k_ended}] (uid {seeded.ended_post}) end_date: must not be before "
        "start_date (2015-01-05)",
        f"{video_label} ends_at: must be after starts_at (2024-05-01T08:00:00Z)",
        f"{video_label} participations[0] (person {first_participant}) join_zone: unknown time "
        "zone 'Mars/Olympus_Mons' (use an IANA name such as Asia/Shanghai)",
        f"{video_label} outcomes[{follow_up_index}] (uid {seeded.open_follow_up}) closed_on: "
        "must be empty while status is open (set status to done or dropped)",
        f"meetings[{m1}] (uid {seeded.jakarta_visit}) created_at: '2024-02-30T08:00:00Z' is not "
        "a real date and time (day is out of range for month)",
        f"meetings[{m1}] (uid {seeded.jakarta_visit}) time_zone: unknown time zone "
        "'Asia/Beijing' (use an IANA name such as Asia/Shanghai)",
        f"{pr} revisions[1] (number 1) number: duplicate number 1, also at {pr} revisions[0] "
        "(number 1)",
    ]
    error = raised.value
    assert sorted(error.problems) == sorted(expected)
    assert str(error).startswith(
        f"{path} is not a valid SCODA Desktop interchange file: {len(expected)} problems\n  - "
    )
    assert error.exit_code == 2
    assert row_counts(database) == counts
    assert versions(database) == numbers
    assert export(database) == document
    with database.session() as session:
        assert validate_document(broken, session) == error.problems


def test_malformed_json_reports_line_and_column(database, tmp_path):
    path = tmp_path / "typo.json"
    path.write_text('{\n  "format": "scoda-desktop-interchange",\n  "meetings": [}\n}\n')
    counts = row_counts(database)

    with pytest.raises(InputError, match=r"line 3, column 16") as raised:
        import_file(database, path)

    assert str(raised.value) == f"{path} is not valid JSON: Expecting value at line 3, column 16."
    assert row_counts(database) == counts


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"format": "\xff"}', "is not a UTF-8 text file"),
        (b"[1, 2]", "it holds a JSON list, not an object"),
        (b'{"meetings": NaN}', "NaN is not allowed"),
    ],
)
def test_files_that_are_not_interchange_documents_are_refused(tmp_path, content, message):
    path = tmp_path / "odd.json"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        load_document(path)


def test_a_missing_file_is_explained(tmp_path):
    with pytest.raises(InputError, match=r"Cannot read .*nowhere\.json"):
        load_document(tmp_path / "nowhere.json")


def test_unknown_references_and_time_zones_are_reported(database):
    document = {
        "format": FORMAT,
        "format_version": 1,
        "organisations": [
            {"uid": "org-a", "name_en": "A", "parent": "org-b"},
            {"uid": "org-b", "name_en": "B", "parent": "org-a"},
            {"uid": "org-c", "name_en": "C", "parent": "org-missing", "country": "ZZ"},
        ],
        "people": [{"uid": "p-1", "family_name": "Rahmon"}],
        "positions": [{"uid": "pos-1", "person": "p-1", "title_en": "Consul", "organisation": "x"}],
        "meetings": [
            {
                "uid": "m-1",
                "theme_en": "Trade",
                "starts_at": "2024-05-01T16:00:00+08:00",
                "ends_at": "2024-05-01T17:00:00+08:00",
                "time_zone": "Asia/Beijing",
                "participations": [
                    {"person": "p-2", "side": "guest"},
                    {"person": "p-1", "side": "guest", "position": "pos-9"},
                ],
                "outcomes": [{"uid": "o-1", "kind": "remark", "text_en": "ok", "owner": "p-3"}],
            }
        ],
        "press_releases": [{"uid": "pr-1", "meeting": "m-2", "language": "en", "template": "t"}],
    }
    counts = row_counts(database)

    with database.session() as session:
        problems = validate_document(document, session)

    assert problems == [
        "organisations[0] (uid org-a) parent: the chain of parents leads back to this organisation",
        "organisations[1] (uid org-b) parent: the chain of parents leads back to this organisation",
        "organisations[2] (uid org-c) country: unknown country code 'ZZ'",
        "organisations[2] (uid org-c) parent: no organisation with uid org-missing in the file "
        "or the database",
        "positions[0] (uid pos-1) organisation: no organisation with uid x in the file or the "
        "database",
        "meetings[0] (uid m-1) time_zone: unknown time zone 'Asia/Beijing' (use an IANA name "
        "such as Asia/Shanghai)",
        "meetings[0] (uid m-1) participations[0] (person p-2) person: no person with uid p-2 in "
        "the file or the database",
        "meetings[0] (uid m-1) participations[1] (person p-1) position: no position with uid "
        "pos-9 in the file or the database",
        "meetings[0] (uid m-1) outcomes[0] (uid o-1) owner: no person with uid p-3 in the file "
        "or the database",
        "press_releases[0] (uid pr-1) meeting: no meeting with uid m-2 in the file or the database",
    ]
    with pytest.raises(InputError, match=r"document is not a valid .*: 10 problems"):
        import_document(database, document)
    assert row_counts(database) == counts


def test_references_may_point_to_records_already_in_the_database(database):
    seeded = seed(database)
    document = {
        "format": FORMAT,
        "format_version": 1,
        "positions": [
            {"uid": "new-post", "person": seeded.sukarno, "organisation": seeded.embassy,
             "title_en": "Minister-Counsellor", "start_date": "2025-01-01"}
        ],
        "meetings": [],
    }  # fmt: skip
    summary = import_document(database, document)
    assert summary.counts["positions"].created == 1
    assert summary.counts["people"].unchanged == 0  # people left out are left alone
    with database.session() as session:
        post = session.exec(select(Position).where(Position.uid == "new-post")).one()
        person = session.get(Person, post.person_id)
        assert person is not None and person.uid == seeded.sukarno


def test_shape_errors_and_a_newer_format_version_are_explained(database):
    document = {
        "format": FORMAT,
        "format_version": 2,
        "meetings": [
            {
                "uid": "m-1",
                "theme_en": "T",
                "starts_at": "1 May 2024",
                "ends_at": 5,
                "kind": "video",
            }
        ],
        "people": "nobody",
    }
    with database.session() as session:
        problems = validate_document(document, session)
    assert problems == [
        "format_version: this file is format version 2; this SCODA Desktop reads version 1 "
        "(a newer version may read it)",
        'people: must be a list, not "nobody"',
        "meetings[0] (uid m-1) ends_at: must be a string, not 5",
        'meetings[0] (uid m-1) starts_at: "1 May 2024" must be an instant with its offset, '
        "like 2024-05-01T08:00:00Z",
    ]
    with database.session() as session:
        assert validate_document({"format": FORMAT}, session) == [
            "format_version: is required",
            "meetings: is required",
        ]


def test_a_refusal_by_the_database_rolls_the_whole_import_back(database):
    seeded = seed(database)
    document = export(database)
    # Swapping two names passes every check but trips the unique (name, country) constraint
    # half-way through the writes: the transaction must leave nothing behind.
    _, ministry = item(document, "organisations", seeded.ministry)
    _, embassy = item(document, "organisations", seeded.embassy)
    ministry["name_en"], embassy["name_en"] = embassy["name_en"], ministry["name_en"]
    document["people"][0]["family_name"] = "Changed"
    before, counts = export(database), row_counts(database)

    with pytest.raises(InputError, match="could not be imported, nothing was written"):
        import_document(database, document)

    assert export(database) == before
    assert row_counts(database) == counts


def test_the_demo_office_survives_the_round_trip(database, empty_database, tmp_path):
    from scoda_desktop.services.demo import populate_demo

    populate_demo(database, date(2026, 3, 2))
    first, second = tmp_path / "demo.json", tmp_path / "again.json"

    exported = export_to_file(database, first)
    import_file(empty_database, first)
    export_to_file(empty_database, second)

    assert exported.counts["meetings"] > 20
    assert second.read_bytes() == first.read_bytes()
    assert not import_file(empty_database, first).changed


def test_duplicate_keys_are_reported_wherever_they_are(database):
    def meeting(uid: str, outcome: str) -> dict[str, Any]:
        return {
            "uid": uid,
            "theme_en": "Trade",
            "starts_at": "2024-05-01T08:00:00Z",
            "ends_at": "2024-05-01T09:00:00Z",
            "participations": [
                {"person": "p-1", "side": "host"},
                {"person": "p-1", "side": "guest"},
            ],
            "outcomes": [{"uid": outcome, "kind": "remark", "text_en": "Noted"}],
        }

    document = {
        "format": FORMAT,
        "format_version": 1,
        "people": [{"uid": "p-1", "family_name": "Li"}, {"uid": "p-1", "family_name": "Wang"}],
        "meetings": [meeting("m-1", "o-1"), meeting("m-2", "o-1"), meeting("m-1", "o-2")],
    }
    with database.session() as session:
        problems = validate_document(document, session)

    also = "duplicate person p-1, also at"
    assert problems == [
        "people[1] (uid p-1) uid: duplicate uid p-1, also at people[0] (uid p-1)",
        f"meetings[0] (uid m-1) participations[1] (person p-1) person: {also} "
        "meetings[0] (uid m-1) participations[0] (person p-1)",
        f"meetings[1] (uid m-2) participations[1] (person p-1) person: {also} "
        "meetings[1] (uid m-2) participations[0] (person p-1)",
        "meetings[1] (uid m-2) outcomes[0] (uid o-1) uid: duplicate uid o-1, also at "
        "meetings[0] (uid m-1) outcomes[0] (uid o-1)",
        "meetings[2] (uid m-1) uid: duplicate uid m-1, also at meetings[0] (uid m-1)",
    ]


def test_the_example_in_the_documentation_imports(database):
    text = (Path(__file__).parents[2] / "docs" / "interchange.md").read_text(encoding="utf-8")
    example = json.loads(text.split("```json\n", 1)[1].split("```", 1)[0])

    summary = import_document(database, example, source="docs/interchange.md")

    assert summary.counts["participations"].created == 2
    meeting = export(database)["meetings"][0]
    assert meeting["starts_at"] == "2024-05-01T08:00:00Z"
    assert meeting["outcomes"][0]["owner"] == "djauhari"
