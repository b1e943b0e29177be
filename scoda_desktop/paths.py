"""Where SCODA Desktop finds its resources and keeps the user's data, logs and backups."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

APP_NAME = "SCODA Desktop"
APP_AUTHOR = "SCODA"

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    """``resources/``: inside the package in an installed wheel, beside it in a checkout."""
    for candidate in (_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"):
        if (candidate / "reference").is_dir():
            return candidate
    raise FileNotFoundError(
        f"SCODA Desktop's resources folder is missing (looked in {_PACKAGE_DIR / 'resources'} "
        f"and {_PACKAGE_DIR.parent / 'resources'}); reinstall the application."
    )


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def _dirs():  # imported lazily: platformdirs is cheap, but keeps this module import-free
    from platformdirs import PlatformDirs

    return PlatformDirs(APP_NAME, APP_AUTHOR)


def data_dir() -> Path:
    """The user's data folder. ``SCODA_DATA_DIR`` overrides it (tests, portable installs)."""
    override = os.environ.get("SCODA_DATA_DIR")
    path = Path(override) if override else Path(_dirs().user_data_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    override = os.environ.get("SCODA_DATA_DIR")
    path = Path(override) / "logs" if override else Path(_dirs().user_log_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """What can be made again from the data (the meeting list's cache): the user's cache
    folder, or ``SCODA_DATA_DIR/cache`` when that is set. Not created here."""
    override = os.environ.get("SCODA_DATA_DIR")
    return Path(override) / "cache" if override else Path(_dirs().user_cache_dir)


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "scoda.sqlite3"


def demo_database_path() -> Path:
    return data_dir() / "demo.sqlite3"
