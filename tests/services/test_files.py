"""Exports written atomically: a read-only folder or a full disk keeps the old file, leaves no
temporary file behind, and the message says what to fix. For the shared helper and for the two
export paths a person uses most (the interchange JSON and a press release)."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from scoda_desktop.services import files
from scoda_desktop.services.files import FileWriteError, write_atomically
from scoda_desktop.services.interchange import export_to_file
from scoda_desktop.services.press.export import export_draft

OLD = "the export from last week\n"
REPO = Path(__file__).resolve().parents[2]


def _without_root_powers() -> list[str]:
    """A command prefix under which permission bits apply: root ignores a read-only folder
    unless it gives up CAP_DAC_OVERRIDE (tests run as root in some containers)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: a read-only folder cannot be tested")
    caps = "-dac_override,-dac_read_search"
    return [setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}"]


def _read_only_folder(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "exports"
    folder.mkdir()
    old = folder / "office.json"
    old.write_text(OLD, encoding="utf-8")
    folder.chmod(0o555)
    return folder, old


def _run(code: str, database_path: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    if database_path is not None:
        env["SCODA_DATABASE"] = str(database_path)
    return subprocess.run(
        [*_without_root_powers(), sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
        check=False,
    )


@pytest.fixture
def restore_permissions(tmp_path: Path):
    yield
    for path in tmp_path.rglob("*"):
        if path.is_dir():
            path.chmod(0o755)


def _assert_untouched(folder: Path, old: Path) -> None:
    assert old.read_text(encoding="utf-8") == OLD
    assert sorted(p.name for p in folder.iterdir()) == [old.name]  # no temporary left


# -- a read-only folder ------------------------------------------------------------------------


@pytest.mark.usefixtures("restore_permissions")
def test_an_interchange_export_into_a_read_only_folder_keeps_the_old_file(
    tmp_path, sqlite_database
):
    folder, old = _read_only_folder(tmp_path)
    result = _run(
        f"""
        from scoda_desktop.data.database import open_database, resolve_target
        from scoda_desktop.services.files import FileWriteError
        from scoda_desktop.services.interchange import export_to_file
        database = open_database(resolve_target())
        try:
            export_to_file(database, {str(old)!r})
        except FileWriteError as exc:
            print(exc)
        else:
            print("written")
        database.dispose()
        """,
        sqlite_database.target.path,
    )
    assert result.returncode == 0, result.stderr
    message = result.stdout.strip()
    assert message.startswith(f"Cannot write {old}: the folder {folder} is read-only")
    assert "The file already there is unchanged" in message
    assert "Choose another folder, or ask for write access" in message
    _assert_untouched(folder, old)


@pytest.mark.usefixtures("restore_permissions")
def test_a_press_release_export_into_a_read_only_folder_keeps_the_old_file(tmp_path):
    folder, old = _read_only_folder(tmp_path)
    result = _run(
        f"""
        from scoda_desktop.services.files import FileWriteError
        from scoda_desktop.services.press.export import export_draft
        try:
            export_draft("Headline\\n\\nText", {str(old)!r}, "docx", "en")
        except FileWriteError as exc:
            print(exc)
        """
    )
    assert result.returncode == 0, result.stderr
    assert "is read-only or you are not allowed to write in it" in result.stdout
    _assert_untouched(folder, old)


# -- a full disk -------------------------------------------------------------------------------


def _disk_full(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.fixture(params=["fsync", "replace"])
def full_disk(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The disk fills up while the data is flushed, or when the file is renamed into place."""
    monkeypatch.setattr(files.os, request.param, _disk_full)
    return request.param


def _exports(database: object) -> dict[str, Callable[[Path], object]]:
    return {
        "interchange": lambda path: export_to_file(database, path),  # type: ignore[arg-type]
        "press release": lambda path: export_draft("Headline\n\nText", path, "html", "en"),
    }


@pytest.mark.parametrize("export", ["interchange", "press release"])
def test_a_full_disk_keeps_the_old_file_and_says_to_free_space(
    tmp_path, sqlite_database, full_disk, export
):
    folder = tmp_path / "exports"
    folder.mkdir()
    old = folder / "office.out"
    old.write_text(OLD, encoding="utf-8")

    with pytest.raises(FileWriteError) as raised:
        _exports(sqlite_database)[export](old)

    assert str(raised.value) == (
        f"Cannot write {old}: the disk is full. The file already there is unchanged. "
        "Free some space on the disk or choose a folder on another drive."
    )
    assert raised.value.exit_code == 2
    _assert_untouched(folder, old)


def test_a_full_disk_on_a_new_file_leaves_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(files.os, "fsync", _disk_full)
    with pytest.raises(FileWriteError, match=r"the disk is full\. Free some space"):
        write_atomically(tmp_path / "new.json", "{}")
    assert list(tmp_path.iterdir()) == []


# -- the helper itself -------------------------------------------------------------------------


def test_text_is_written_as_utf8_with_its_line_ends_and_bytes_as_they_are(tmp_path):
    write_atomically(tmp_path / "a.ics", "BEGIN:VCALENDAR\r\nSUMMARY:会见\r\n")
    write_atomically(tmp_path / "b.bin", b"\x00\xff")
    assert (tmp_path / "a.ics").read_bytes() == "BEGIN:VCALENDAR\r\nSUMMARY:会见\r\n".encode()
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\xff"
    assert (tmp_path / "a.ics").stat().st_mode & 0o777 == files.NEW_FILE_MODE


def test_the_mode_is_kept_or_given(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("{}")
    path.chmod(0o640)
    write_atomically(path, "{}\n")
    assert path.stat().st_mode & 0o777 == 0o640
    write_atomically(path, "{}\n", mode=0o600)
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_missing_folder_and_a_folder_as_the_target_are_explained(tmp_path):
    with pytest.raises(FileWriteError, match=r"the folder .*missing does not exist"):
        write_atomically(tmp_path / "missing" / "a.txt", "x")
    with pytest.raises(FileWriteError, match="is a folder; name the file to write"):
        write_atomically(tmp_path, "x")


def test_there_is_one_write_then_rename_helper_in_the_code():
    """Every other module calls ``write_atomically``; ``os.replace`` appears only there and in
    the backups and the restore (which rename a checked SQLite copy into place)."""
    package = REPO / "scoda_desktop"
    users = sorted(
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if "os.replace(" in path.read_text(encoding="utf-8")
    )
    assert users == ["data/backup.py", "data/restore.py", "services/files.py"]
