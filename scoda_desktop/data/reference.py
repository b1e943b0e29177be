"""Reference data: every ISO 3166 country with CLDR names (babel), tz database zones (tzdata),
and the office's curated facts (demonym, SCO status, Belt and Road) from
``resources/reference/countries.csv``."""

from __future__ import annotations

import csv
import logging
from dataclasses import dataclass, field
from datetime import date
from importlib import resources as importlib_resources

import sqlalchemy as sa

from scoda_desktop import paths
from scoda_desktop.domain.enums import ScoStatus
from scoda_desktop.domain.types import utcnow

log = logging.getLogger(__name__)

CURATED_CSV = ("reference", "countries.csv")


@dataclass
class CountryFacts:
    code: str
    name_en: str
    name_zh: str
    time_zones: list[str] = field(default_factory=list)
    capital_zone: str | None = None
    demonym: str | None = None
    sco_status: ScoStatus = ScoStatus.NONE
    sco_checked_on: date | None = None
    belt_and_road: bool = False
    source: str | None = None


def _tz_table(name: str) -> list[list[str]]:
    text = importlib_resources.files("tzdata.zoneinfo").joinpath(name).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def iso3166_codes() -> list[str]:
    """The country codes of the tz database's ``iso3166.tab`` (ISO 3166-1 alpha-2)."""
    return [row[0] for row in _tz_table("iso3166.tab")]


def zones_by_country() -> dict[str, list[str]]:
    """Zones per country from the tz database's ``zone.tab``, in the table's order."""
    zones: dict[str, list[str]] = {}
    for row in _tz_table("zone.tab"):
        zones.setdefault(row[0], []).append(row[2])
    return zones


def _curated_rows() -> dict[str, dict[str, str]]:
    with paths.resource(*CURATED_CSV).open(encoding="utf-8", newline="") as handle:
        return {row["code"]: row for row in csv.DictReader(handle)}


def country_facts() -> list[CountryFacts]:
    from babel import Locale

    names_en = Locale("en").territories
    names_zh = Locale("zh").territories
    zones = zones_by_country()
    curated = _curated_rows()
    facts = []
    for code in iso3166_codes():
        country_zones = zones.get(code, [])
        fact = CountryFacts(
            code=code,
            name_en=names_en.get(code, code),
            name_zh=names_zh.get(code, names_en.get(code, code)),
            time_zones=country_zones,
            capital_zone=country_zones[0] if country_zones else None,
        )
        row = curated.get(code)
        if row:
            fact.demonym = row["demonym"] or None
            fact.capital_zone = row["capital_zone"] or fact.capital_zone
            fact.sco_status = ScoStatus(row["sco_status"])
            fact.sco_checked_on = date.fromisoformat(row["sco_checked_on"])
            fact.belt_and_road = row["belt_and_road"] == "yes"
            fact.source = f"{row['source']} (checked {row['checked_on']})"
        facts.append(fact)
    return facts


def _insert_ignoring_existing(connection: sa.Connection, table: sa.Table):
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table).on_conflict_do_nothing(index_elements=["code"])


def ensure_countries(database) -> int:
    """Insert the countries that are missing; never overwrite what the office has edited.

    Returns the number of countries inserted. The check, made at every start, names the table
    with SQLAlchemy Core's lightweight ``table()``: the ORM's table classes (SQLModel, pydantic)
    are imported only when there are countries to insert."""
    codes = sa.table("country", sa.column("code"))
    with database.engine.begin() as connection:
        present = set(connection.execute(sa.select(codes.c.code)).scalars())
        if present.issuperset(iso3166_codes()):
            return 0
        from scoda_desktop.domain.models import Country

        table = Country.__table__
        missing = [f for f in country_facts() if f.code not in present]
        now = utcnow()
        # Another instance may be filling the same new database: skip rows it already wrote.
        connection.execute(
            _insert_ignoring_existing(connection, table),
            [
                {
                    "code": f.code,
                    "name_en": f.name_en,
                    "name_zh": f.name_zh,
                    "demonym": f.demonym,
                    "time_zones": f.time_zones,
                    "capital_zone": f.capital_zone,
                    "sco_status": f.sco_status,
                    "sco_checked_on": f.sco_checked_on,
                    "belt_and_road": f.belt_and_road,
                    "source": f.source,
                    "version": 1,
                    "updated_at": now,
                }
                for f in missing
            ],
        )
    log.info("added %d countries from CLDR and the tz database", len(missing))
    return len(missing)
