"""vCard 3.0 and 4.0: written by hand (escaping, folding), read by vobject, read back by SCODA
Desktop into the same directory entries; cards from other programs, never split."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
import vobject

from scoda_desktop.data.database import open_database, resolve_target
from scoda_desktop.domain.enums import NameOrder
from scoda_desktop.services.directory import apply_import, export_people, preview_file
from scoda_desktop.services.directory.entries import people_entries
from scoda_desktop.services.directory.vcard import fold_line, read_vcards, write_vcards

from .conftest import TODAY
from .helpers import person_id

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d4944415478da63f8cfc0f01f0005000201a5f1b1f10000000049454e44ae426082"
)


@pytest.fixture
def empty(tmp_path) -> Iterator[object]:
    database = open_database(resolve_target(str(tmp_path / "other.sqlite3")))
    yield database
    database.dispose()


def entries(database) -> list[dict]:
    with database.session() as session:
        return people_entries(session)


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_vcards_are_read_by_vobject_and_back_into_the_same_directory(
    service, demo, empty, tmp_path, version
):
    liu = service.person(person_id(demo, "Liu")).record
    service.save_person(
        replace(liu, photo=PNG, photo_mime="image/png", address="Jiaozhou\nQingdao")
    )
    path = tmp_path / "people.vcf"
    assert export_people(demo, path, vcard_version=version).count == 39
    data = path.read_bytes()
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    assert b"\n" not in data.replace(b"\r\n", b"")

    cards = list(vobject.readComponents(data.decode("utf-8")))
    assert len(cards) == 39
    by_name = {card.fn.value: card for card in cards}
    tajik = by_name["Muhammed Igormonzod"]
    assert tajik.version.value == version
    assert (tajik.n.value.family, tajik.n.value.given) == ("Igormonzod", "Muhammed")
    assert tajik.title.value == "Deputy Ambassador of Tajikistan to China"
    assert tajik.org.value == ["Embassy of Tajikistan in China"]
    assert tajik.x_scoda_alternative_spelling.value == "Muhammad Egamzod"
    liu_card = by_name["Liu Jianjun"]
    chinese = (
        [fn.value for fn in liu_card.fn_list if fn.params.get("LANGUAGE") == ["zh"]]
        if version == "4.0"
        else [liu_card.x_scoda_name_zh.value]
    )
    assert chinese == ["刘建军"]
    assert "photo" in liu_card.contents
    uzbek = next(c for c in cards if c.n.value.family == "Rakhimov")
    assert "Deputy Head of Mission, Embassy of Uzbekistan" in uzbek.title.value

    preview = preview_file(empty, path, today=TODAY)
    assert preview.ok, preview.describe()
    apply_import(empty, preview, actor="tester")
    assert entries(empty) == entries(demo)


def test_escaping_and_folding_keep_utf8_characters_whole():
    line = "NOTE:" + "刘建军, 胶州; " * 12
    folded = fold_line(line)
    parts = folded.encode("utf-8").split(b"\r\n ")
    assert all(len(part) <= 75 for part in parts)
    assert all(part.decode("utf-8") for part in parts)  # no character cut in two
    text = write_vcards(
        [{"family_name": "O'Brien; Jr.", "given_name": "A,B", "notes": "one\ntwo\\three"}], "3.0"
    )
    assert "N:O'Brien\\; Jr.;A\\,B;;;" in text
    assert "NOTE:one\\ntwo\\\\three" in text
    [(_, cells)] = read_vcards(text).rows
    assert (cells["family_name"], cells["given_name"], cells["notes"]) == (
        "O'Brien; Jr.",
        "A,B",
        "one\ntwo\\three",
    )


OUTLOOK = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Oratmangun;Djauhari;;H.E.;\r\nFN:H.E. Djauhari Oratmangun\r\n"
    "ORG:Embassy of the Republic of Indonesia;Political Section\r\nTITLE:Ambassador\r\n"
    "TEL;TYPE=CELL:+86 138 0000 0000\r\nTEL;TYPE=WORK,VOICE:+86 10 6532 5486\r\n"
    "item1.EMAIL;TYPE=INTERNET:d.o@example.com\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Nurul Aini binti Ahmad\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8:Test;A\r\nEND:VCARD\r\n"
)


def test_cards_from_other_programs_keep_names_whole():
    parsed = read_vcards(OUTLOOK)
    assert [(p.number, p.message[:28]) for p in parsed.problems] == [
        (3, "the card has version 2.1; SC")
    ]
    (_, first), (_, second) = parsed.rows
    assert first["family_name"] == "Oratmangun" and first["given_name"] == "Djauhari"
    assert first["first_reference"] == "H.E. Djauhari Oratmangun"  # kept as that program wrote it
    assert first["honorific"] == "H.E."
    assert first["organisation"] == "Embassy of the Republic of Indonesia"
    assert (first["mobile"], first["phone"]) == ("+86 138 0000 0000", "+86 10 6532 5486")
    assert first["email"] == "d.o@example.com"
    assert (second["family_name"], second["given_name"]) == ("Nurul Aini binti Ahmad", "")


def test_a_bad_card_is_reported_by_number_and_nothing_is_written(demo, tmp_path):
    path = tmp_path / "contacts.vcf"
    path.write_text(OUTLOOK, encoding="utf-8")
    preview = preview_file(demo, path, today=TODAY)
    assert [p.where for p in preview.problems] == ["card 3"]
    [single] = [p for p in preview.people if p.record.family_name.startswith("Nurul")]
    assert single.record.name_order == NameOrder.SINGLE
    with pytest.raises(Exception, match="nothing was imported"):
        apply_import(demo, preview, actor="tester")
