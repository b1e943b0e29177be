"""Reference countries: CLDR names, tz database zones and the curated facts, never overwriting
what the office has edited."""

from __future__ import annotations

import csv
from zoneinfo import available_timezones

import sqlalchemy as sa

from scoda_desktop import paths
from scoda_desktop.data.database import open_database
from scoda_desktop.data.reference import ensure_countries, iso3166_codes
from scoda_desktop.domain.enums import ScoStatus
from scoda_desktop.domain.models import Country

SCO_MEMBERS_SINCE_JULY_2024 = {"CN", "IN", "IR", "KZ", "KG", "PK", "RU", "TJ", "UZ", "BY"}


def curated_rows() -> list[dict[str, str]]:
    with paths.resource("reference", "countries.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_curated_csv_is_consistent_with_iso_and_the_tz_database():
    codes = set(iso3166_codes())
    zones = available_timezones()
    rows = curated_rows()
    assert len({r["code"] for r in rows}) == len(rows), "a country is listed twice"
    for row in rows:
        assert row["code"] in codes, row
        assert row["capital_zone"] in zones, row
        assert row["sco_status"] in {s.value for s in ScoStatus}, row
        assert row["belt_and_road"] in {"yes", "no"}, row
        assert row["source"] and row["checked_on"], row
    members = {r["code"] for r in rows if r["sco_status"] == "member"}
    assert members == SCO_MEMBERS_SINCE_JULY_2024


def test_countries_carry_cldr_names_zones_and_curated_facts(database):
    with database.session() as session:
        indonesia = session.get(Country, "ID")
        tajikistan = session.get(Country, "TJ")
        russia = session.get(Country, "RU")
        nepal = session.get(Country, "NP")
    assert (indonesia.name_en, indonesia.name_zh) == ("Indonesia", "印度尼西亚")
    assert indonesia.demonym == "Indonesian"
    assert indonesia.belt_and_road is True
    assert indonesia.time_zones[0] == "Asia/Jakarta" and "Asia/Jayapura" in indonesia.time_zones
    assert tajikistan.sco_status is ScoStatus.MEMBER
    assert tajikistan.sco_checked_on is not None
    assert russia.capital_zone == "Europe/Moscow"  # not the first zone listed (Kaliningrad)
    assert nepal.capital_zone == "Asia/Kathmandu"
    assert "checked" in indonesia.source


def test_reopening_keeps_the_offices_edits(database_target):
    database = open_database(database_target)
    with database.transaction() as session:
        session.get(Country, "MN").sco_status = ScoStatus.MEMBER
        session.execute(sa.delete(Country).where(Country.code == "ZW"))
    database.dispose()

    database = open_database(database_target)
    try:
        with database.session() as session:
            assert session.get(Country, "MN").sco_status is ScoStatus.MEMBER
            assert session.get(Country, "ZW") is not None  # a missing country comes back
        assert ensure_countries(database) == 0
    finally:
        database.dispose()
