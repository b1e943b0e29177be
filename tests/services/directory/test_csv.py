"""Directory CSV: Excel-ready export (UTF-8 with BOM), import as a preview with every problem
by line, then all or nothing."""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st

from scoda_desktop.data.database import open_database, resolve_target
from scoda_desktop.domain.models import Organisation, Person
from scoda_desktop.errors import InputError
from scoda_desktop.services.directory import (
    PersonRecord,
    apply_import,
    export_organisations,
    export_people,
    preview_file,
)
from scoda_desktop.services.directory.csv_format import (
    join_spellings,
    read_csv,
    split_spellings,
    write_csv,
)
from scoda_desktop.services.directory.entries import PEOPLE_COLUMNS, people_entries
from scoda_desktop.services.directory.preview import Action

from .conftest import TODAY
from .helpers import person_id

HEADER = "family_name,given_name,country,organisation,title_en,post_start,notes"


@pytest.fixture
def empty(tmp_path) -> Iterator[object]:
    """A second, empty directory (SQLite) to import into."""
    database = open_database(resolve_target(str(tmp_path / "other.sqlite3")))
    yield database
    database.dispose()


def count(database, model) -> int:
    with database.session() as session:
        return session.execute(sa.select(sa.func.count()).select_from(model)).scalar_one()


def entries(database) -> list[dict]:
    with database.session() as session:
        return [
            {k: v for k, v in e.items() if k in PEOPLE_COLUMNS} for e in people_entries(session)
        ]


def test_export_is_utf8_with_bom_and_imports_into_an_empty_directory(demo, empty, tmp_path):
    path = tmp_path / "people.csv"
    result = export_people(demo, path)
    assert result.count == 39
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert b"\r\n" in data
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == ",".join(PEOPLE_COLUMNS)
    assert "刘建军" in text and '"Counsellor, Embassy of Kyrgyzstan in China"' in text

    preview = preview_file(empty, path, today=TODAY)
    assert preview.ok, preview.describe()
    assert preview.count(Action.CREATE)[0] == 39
    applied = apply_import(empty, preview, actor="tester")
    assert applied.people_created == 39 and applied.posts_added == 39
    assert entries(empty) == entries(demo)
    again = tmp_path / "again.csv"
    export_people(empty, again)
    assert again.read_bytes() == data


def test_importing_an_export_again_changes_nothing(demo, tmp_path):
    path = tmp_path / "people.csv"
    export_people(demo, path)
    preview = preview_file(demo, path, today=TODAY)
    assert preview.count(Action.UNCHANGED) == (39, 0)
    assert preview.count(Action.CREATE) == (0, 0)


def test_a_malformed_row_is_reported_by_line_and_nothing_is_written(demo, tmp_path):
    path = tmp_path / "new.csv"
    path.write_text(
        f"{HEADER}\n"
        "Karimova,Dilnoza,UZ,Embassy of Uzbekistan in China,Attaché,2026-09-01,\n"
        'Nurmatov,Jasur,UZ,,,,"two\nlines"\n'
        "\n"
        "Tursunov,Bekzod,ZZ,,Trade Adviser,2026-02-30,\n",
        encoding="utf-8",
    )
    people_before, orgs_before = count(demo, Person), count(demo, Organisation)
    preview = preview_file(demo, path, today=TODAY)
    assert not preview.ok
    assert [p.describe() for p in preview.problems] == [
        "line 6, country: “ZZ” is not a country code or name the directory knows: write the "
        "two-letter ISO 3166 code (TJ, ID, KZ) or the English name (Tajikistan)",
        "line 6, post_start: “2026-02-30” is not a real date (day is out of range for month)",
    ]
    with pytest.raises(InputError, match="nothing was imported"):
        apply_import(demo, preview, actor="tester")
    assert (count(demo, Person), count(demo, Organisation)) == (people_before, orgs_before)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("Karimova,Dilnoza\n".encode("gbk") + "卡里莫娃,迪尔诺扎\n".encode("gbk"), "not UTF-8"),
        (b"", "no header line"),
        (b"Karimova,Dilnoza,UZ\n", "must name the columns"),
        (b"family_name,givenname\nKarimova,Dilnoza\n", "unknown column"),
        (b'family_name,given_name\n"Karimova,Dilnoza\n', "quoting is broken"),
        (b"family_name,given_name\nKarimova,Dilnoza,UZ\n", "3 values, but the header names 2"),
        (b"family_name,name_order\nKarimova,first\n", "is not one of"),
    ],
)
def test_malformed_files_are_refused_with_a_clear_message(demo, tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    before = count(demo, Person)
    try:
        preview = preview_file(demo, path, today=TODAY)
    except InputError as exc:
        assert message in str(exc)
        assert "line 2" in str(exc) and "CSV UTF-8" in str(exc)
    else:
        assert not preview.ok
        assert any(message in p.describe() for p in preview.problems), preview.describe()
    assert count(demo, Person) == before


def test_semicolon_files_and_utf16_are_read(demo, tmp_path):
    path = tmp_path / "semicolon.csv"
    path.write_bytes(
        "family_name;given_name;country\nKarimova;Dilnoza;Uzbekistan\n".encode("utf-16")
    )
    preview = preview_file(demo, path, today=TODAY)
    assert preview.ok
    [planned] = preview.people
    assert (planned.record.family_name, planned.record.country_code) == ("Karimova", "UZ")


def test_a_changed_post_becomes_a_new_post_and_ends_the_old_one(service, demo, tmp_path):
    pid = person_id(demo, "Igormonzod")
    uid = service.person(pid).record.uid
    path = tmp_path / "promotion.csv"
    path.write_text(
        "uid,organisation,title_en,post_start\n"
        f"{uid},Embassy of Tajikistan in China,Ambassador of Tajikistan to China,2026-12-01\n",
        encoding="utf-8",
    )
    preview = preview_file(demo, path, today=TODAY)
    assert preview.ok and [p.action for p in preview.people] == [Action.UPDATE]
    apply_import(demo, preview, actor="tester")
    posts = service.person(pid).posts
    assert [(p.title_en, p.end_date) for p in posts] == [
        ("Ambassador of Tajikistan to China", None),
        ("Deputy Ambassador of Tajikistan to China", date(2026, 11, 30)),
    ]


def test_new_people_that_resemble_someone_are_flagged(demo, tmp_path):
    path = tmp_path / "new.csv"
    path.write_text(
        "family_name,given_name,country\nEgamzod,Muhammad,TJ\nEgamzoda,Muhammad,TJ\n",
        encoding="utf-8",
    )
    first, second = preview_file(demo, path, today=TODAY).people
    assert [m.name_en for m in first.duplicates] == ["Muhammed Igormonzod"]
    assert {m.row for m in second.duplicates} == {None, 2}  # the directory and line 2


def test_organisations_round_trip_and_parents_come_first(demo, empty, tmp_path):
    path = tmp_path / "organisations.csv"
    assert export_organisations(demo, path).count == count(demo, Organisation)
    preview = preview_file(empty, path, today=TODAY)
    assert preview.ok, preview.describe()
    names = [o.record.name_en for o in preview.organisations]
    assert names.index("SCODA Administrative Committee") < names.index(
        "International Cooperation Department, SCODA Administrative Committee"
    )
    apply_import(empty, preview, actor="tester")
    again = tmp_path / "again.csv"
    export_organisations(empty, again)
    assert again.read_bytes() == path.read_bytes()


def test_tricky_names_survive_the_database_round_trip(service, empty, tmp_path):
    names = [
        ('O\'Brien, "Jr."', "Seán"),
        ("刘", "建军"),
        ("Nurul Aini binti Ahmad", None),
        ("Line\nbreak", "x;y\\z"),
    ]
    for family, given_name in names:
        service.save_person(
            PersonRecord(
                family_name=family,
                given_name=given_name,
                alternative_spellings=["a; b", "c\\d", "Д. Эгамзод"],
                address="Room 3\nService Center, SCODA",
            )
        )
    path = tmp_path / "tricky.csv"
    export_people(service._database, path)
    preview = preview_file(empty, path, today=TODAY)
    assert preview.ok, preview.describe()
    apply_import(empty, preview, actor="tester")
    assert entries(empty) == entries(service._database)


# -- the CSV layer alone ----------------------------------------------------------------------

name_text = st.text(
    alphabet=st.one_of(
        st.characters(exclude_categories=("Cs", "Cc")),
        st.sampled_from([",", '"', "\n", "\r", ";", "\\", "刘", "建", "é", " "]),
    ),
    min_size=1,
    max_size=30,
)
spelling = name_text.map(str.strip).filter(bool)


@settings(max_examples=200, deadline=None)
@given(
    rows=st.lists(
        st.fixed_dictionaries(
            {
                "family_name": name_text.filter(str.strip),
                "given_name": name_text,
                "name_zh": name_text,
                "notes": name_text,
                "alternative_spellings": st.lists(spelling, max_size=3),
            }
        ),
        min_size=1,
        max_size=5,
    )
)
def test_any_names_survive_the_csv_round_trip(rows):
    columns = ("family_name", "given_name", "name_zh", "notes", "alternative_spellings")
    parsed = read_csv(write_csv(rows, columns).encode("utf-8").decode("utf-8-sig"))
    assert parsed.problems == []
    assert [cells for _, cells in parsed.rows] == rows


def test_spellings_share_a_cell_with_escapes():
    spellings = ["Muhammad Egamzod", "a;b", "c\\d"]
    assert join_spellings(spellings) == "Muhammad Egamzod; a\\;b; c\\\\d"
    assert split_spellings(join_spellings(spellings)) == spellings
    assert split_spellings(" ; x ;") == ["x"]


def test_line_numbers_count_lines_not_rows():
    parsed = read_csv(f'{HEADER}\nA,,,,,,"1\n2\n3"\n\nB,,,,,,\n')
    assert [number for number, _ in parsed.rows] == [2, 6]


def test_the_bom_is_written_once(tmp_path: Path):
    text = write_csv([{"family_name": "Liu"}], ("family_name",))
    assert text.startswith("\ufeff") and text.count("\ufeff") == 1
