"""Export: the whole database as one deterministic interchange document and file.

Every list is sorted by its key and the JSON is written with sorted keys, so export, import
into an empty database and export again give the same bytes.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import Session

from scoda_desktop.services.files import write_atomically
from scoda_desktop.services.interchange.kinds import (
    ALL_KINDS,
    COUNTRIES,
    FORMAT,
    FORMAT_VERSION,
    MEETINGS,
    NESTED,
    ORGANISATIONS,
    OUTCOMES,
    PARTICIPATIONS,
    PEOPLE,
    POSITIONS,
    PRESS_RELEASES,
    REVISIONS,
    SINGULAR,
    Kind,
)
from scoda_desktop.services.interchange.snapshot import Snapshot, read_database
from scoda_desktop.services.interchange.values import encode

if TYPE_CHECKING:
    from scoda_desktop.data.database import Database

log = logging.getLogger(__package__)  # the package's logger: export and import log as one


def _encode_item(kind: Kind, values: Mapping[str, Any]) -> dict[str, Any]:
    return {f.name: encode(f, values[f.name]) for f in kind.shown}


def _document(snapshot: Snapshot) -> dict[str, Any]:
    rows = snapshot.rows
    used = {
        v["country"]
        for kind in (ORGANISATIONS, PEOPLE)
        for v in rows[kind.name].values()
        if v["country"] is not None
    }

    def by_uid(kind: Kind) -> list[dict[str, Any]]:
        return [_encode_item(kind, rows[kind.name][uid]) for uid in sorted(rows[kind.name])]

    participations: dict[str, list[dict[str, Any]]] = {}
    for v in rows[PARTICIPATIONS.name].values():
        participations.setdefault(v["meeting"], []).append(v)
    outcomes: dict[str, list[dict[str, Any]]] = {}
    for v in rows[OUTCOMES.name].values():
        outcomes.setdefault(v["meeting"], []).append(v)
    revisions: dict[str, list[dict[str, Any]]] = {}
    for v in rows[REVISIONS.name].values():
        revisions.setdefault(v["press_release"], []).append(v)

    meetings = []
    for m in sorted(rows[MEETINGS.name].values(), key=lambda v: (v["starts_at"], v["uid"])):
        item = _encode_item(MEETINGS, m)
        item["participations"] = [
            _encode_item(PARTICIPATIONS, v)
            for v in sorted(participations.get(m["uid"], []), key=lambda v: v["person"])
        ]
        item["outcomes"] = [
            _encode_item(OUTCOMES, v)
            for v in sorted(outcomes.get(m["uid"], []), key=lambda v: (v["sort_order"], v["uid"]))
        ]
        meetings.append(item)
    press_releases = []
    for p in sorted(rows[PRESS_RELEASES.name].values(), key=lambda v: v["uid"]):
        item = _encode_item(PRESS_RELEASES, p)
        item["revisions"] = [
            _encode_item(REVISIONS, v)
            for v in sorted(revisions.get(p["uid"], []), key=lambda v: v["number"])
        ]
        press_releases.append(item)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "countries": [_encode_item(COUNTRIES, rows[COUNTRIES.name][c]) for c in sorted(used)],
        "organisations": by_uid(ORGANISATIONS),
        "people": by_uid(PEOPLE),
        "positions": by_uid(POSITIONS),
        "meetings": meetings,
        "press_releases": press_releases,
    }


def export_document(session: Session) -> dict[str, Any]:
    """The whole database as an interchange document (plain JSON values)."""
    return _document(read_database(session))


def dumps(document: Mapping[str, Any]) -> str:
    """The document's canonical text: the same document always gives the same bytes."""
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    counts: dict[str, int]

    def describe(self) -> str:
        parts = ", ".join(_noun(kind, n) for kind, n in self.counts.items())
        return f"Exported {parts} to {self.path}"


def _noun(kind_name: str, n: int) -> str:
    """ "1 meeting", "2 meetings", "1 person", "3 people"."""
    plural = kind_name.replace("_", " ")
    if n == 1:
        singular = SINGULAR.get(kind_name) or plural.removesuffix("s")
        return f"1 {singular.replace('_', ' ')}"
    return f"{n} {plural}"


def _count(document: Mapping[str, Any]) -> dict[str, int]:
    counts = {kind.name: len(document.get(kind.name) or []) for kind in ALL_KINDS}
    for parent, kinds in NESTED.items():
        for kind in kinds:
            counts[kind.name] = sum(len(item.get(kind.name) or []) for item in document[parent])
    return counts


def export_to_file(database: Database, path: Path) -> ExportSummary:
    """Write the whole database to ``path`` (atomically) in the interchange format."""
    with database.session() as session:
        if database.dialect == "postgresql":  # one consistent snapshot for all the selects
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        document = export_document(session)
    write_atomically(Path(path), dumps(document))
    summary = ExportSummary(Path(path), _count(document))
    log.info("%s", summary.describe())
    return summary
