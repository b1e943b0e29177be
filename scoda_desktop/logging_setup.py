"""Logging to a rotating file in the user's log folder (and to stderr for warnings)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from scoda_desktop import paths

LOG_FILE_NAME = "scoda-desktop.log"


def log_file_path() -> Path:
    return paths.log_dir() / LOG_FILE_NAME


def configure_logging(level: int = logging.INFO) -> Path:
    """Send the application's log records to a rotating file; return the file's path."""
    path = log_file_path()
    root = logging.getLogger()
    if not any(getattr(h, "_scoda", False) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler._scoda = True  # type: ignore[attr-defined]
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    return path
