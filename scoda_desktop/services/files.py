"""Writing a file so that a failure never leaves half of it where a good one was.

``write_atomically`` is the one write-then-rename helper of the application: every export
(interchange JSON, calendar invitations, press releases, tables) and the settings file go
through it. The data goes to a temporary file in the destination's folder, is flushed to the
disk, then renamed over the destination in one step (``os.replace``). If anything fails (a
read-only folder, a full disk, a missing folder) the temporary file is removed, the old file is
left exactly as it was, and ``FileWriteError`` says what to fix.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import tempfile
from pathlib import Path

from scoda_desktop.errors import InputError
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, Phrase, error_message

__all__ = ["NEW_FILE_MODE", "FileWriteError", "write_atomically"]

log = logging.getLogger(__name__)

NEW_FILE_MODE = 0o644  # a new export is readable by others, as a file saved by an editor is

_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG})
_DENIED = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


class FileWriteError(InputError):
    """A file could not be written; the file that was there (if any) is unchanged."""


def _explain(path: Path, error: OSError) -> Phrase:
    """Why ``path`` could not be written and what to do, for the person who chose it; whether
    the file already there is unchanged is said in the same sentence (one sentence to translate
    for each case)."""
    kept = path.exists()
    values = {"path": str(path), "folder": str(path.parent)}
    if error.errno in _FULL:
        if kept:
            return error_message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Cannot write {path}: the disk is full. The file already there is unchanged. "
                    "Free some space on the disk or choose a folder on another drive.",
                ),
                path=str(path),
            )
        return error_message(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Cannot write {path}: the disk is full. "
                "Free some space on the disk or choose a folder on another drive.",
            ),
            path=str(path),
        )
    if error.errno in _DENIED:
        if kept:
            return error_message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Cannot write {path}: the folder {folder} is read-only or you are not allowed "
                    "to write in it. The file already there is unchanged. Choose another folder, "
                    "or ask for write access to this one.",
                ),
                **values,
            )
        return error_message(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Cannot write {path}: the folder {folder} is read-only or you are not allowed "
                "to write in it. Choose another folder, or ask for write access to this one.",
            ),
            **values,
        )
    if error.errno == errno.ENOENT and not path.parent.is_dir():
        return error_message(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Cannot write {path}: the folder {folder} does not exist. "
                "Choose an existing folder.",
            ),
            **values,
        )
    reason = error.strerror or str(error)
    if kept:
        return error_message(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Cannot write {path}: {reason}. The file already there is unchanged. "
                "Choose another folder.",
            ),
            path=str(path),
            reason=reason,
        )
    return error_message(
        QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}. Choose another folder."),
        path=str(path),
        reason=reason,
    )


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows it (POSIX); best effort."""
    if os.name != "posix":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def write_atomically(path: Path | str, data: bytes | str, *, mode: int | None = None) -> None:
    """Replace ``path`` with ``data`` (text is written as UTF-8, line ends unchanged).

    The new file gets ``mode`` if given, else the mode of the file it replaces, else
    ``NEW_FILE_MODE``. Raises ``FileWriteError`` (nothing changed) when it cannot be written."""
    path = Path(path)
    if path.is_dir():
        raise FileWriteError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "{path} is a folder; name the file to write."),
                path=str(path),
            )
        )
    payload = data.encode("utf-8") if isinstance(data, str) else data
    temporary: Path | None = None
    try:
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        temporary = Path(name)
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        if mode is None:
            mode = path.stat().st_mode & 0o7777 if path.exists() else NEW_FILE_MODE
        os.chmod(temporary, mode)  # a temporary file is private (0600) until now
        os.replace(temporary, path)
        temporary = None
    except OSError as exc:
        log.warning("could not write %s: %s", path, exc)
        raise FileWriteError(_explain(path, exc)) from exc
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
    _sync_folder(path.parent)


MAX_IMPORT_BYTES = 256 * 1024 * 1024  # ten years of an office's records export to far less


def read_import_file(path: Path | str, limit: int = MAX_IMPORT_BYTES) -> bytes:
    """The bytes of a file to import; InputError if it cannot be read or is larger than
    ``limit`` (a wrong or hostile file, refused before it is loaded into memory)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(
                error_message(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{path} is {size} MB, more than the {limit} MB an import file may be: "
                        "check that it is the file you meant to import.",
                    ),
                    path=str(path),
                    size=f"{size / 1_048_576:.0f}",
                    limit=str(limit // 1_048_576),
                )
            )
        return path.read_bytes()
    except OSError as exc:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}."),
                path=str(path),
                reason=str(exc.strerror),
            )
        ) from exc
