"""A huge file given to any importer is refused before it is read into memory."""

from __future__ import annotations

from pathlib import Path

import pytest

from scoda_desktop.errors import InputError
from scoda_desktop.services import interchange, invitation_import
from scoda_desktop.services.directory import transfer
from scoda_desktop.services.files import MAX_IMPORT_BYTES


def sparse_file(path: Path) -> Path:
    """A file one byte over the limit that takes no room on disk."""
    with path.open("wb") as handle:
        handle.truncate(MAX_IMPORT_BYTES + 1)
    return path


@pytest.mark.parametrize(
    ("name", "read"),
    [
        ("export.json", interchange.load_document),
        ("invitation.ics", invitation_import.read_invitations),
        ("people.csv", transfer.parse_file),
        ("people.vcf", transfer.parse_file),
    ],
)
def test_a_huge_import_file_is_refused_with_a_message(tmp_path, name, read):
    path = sparse_file(tmp_path / name)
    with pytest.raises(InputError, match="more than the 256 MB an import file may be"):
        read(path)


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(InputError, match=r"Cannot read .*nowhere\.json"):
        interchange.load_document(tmp_path / "nowhere.json")
