"""The interchange format: the whole database as one JSON document, and back.

The document (``resources/schema/interchange.schema.json``, described in
``docs/interchange.md``) holds top-level lists of countries, organisations, people, positions,
meetings (each with its participations and outcomes) and press releases (each with its
revisions). Records refer to one another by stable keys: countries by ISO code, everything
else by ``uid``; integer ids and version counters never leave the database.

Export is deterministic: every list is sorted by its key and the JSON is written with sorted
keys, so export, import into an empty database and export again give the same bytes.

Import checks everything before it writes anything: JSON syntax, the JSON Schema, then the
rules the database enforces (references resolve, zones exist, end after start, ...). Every
problem names the item and the field. Then all records are written in one transaction.
A record whose key already exists is updated in place (the file wins; fields left out keep
their value), so importing the same file twice changes nothing.

The package, by responsibility:

- ``kinds``: the kinds of record, their fields and keys, and the order they are written in;
- ``values``: field values between the database and the document;
- ``snapshot``: the whole database read as document values;
- ``export``: the document and the file written from a snapshot;
- ``validation``: reading a file, the JSON Schema and its messages in plain words;
- ``planning``: decoding, merging and checking the document before anything is written;
- ``writing``: writing the plan in one transaction, and the summary of what changed.
"""

from __future__ import annotations

from scoda_desktop.services.interchange.export import (
    ExportSummary,
    dumps,
    export_document,
    export_to_file,
)
from scoda_desktop.services.interchange.kinds import FORMAT, FORMAT_VERSION
from scoda_desktop.services.interchange.planning import validate_document
from scoda_desktop.services.interchange.validation import load_document, schema
from scoda_desktop.services.interchange.writing import (
    ImportSummary,
    KindCounts,
    import_document,
    import_file,
)

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "ExportSummary",
    "ImportSummary",
    "KindCounts",
    "dumps",
    "export_document",
    "export_to_file",
    "import_document",
    "import_file",
    "load_document",
    "schema",
    "validate_document",
]
