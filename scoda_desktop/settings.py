"""User preferences: each declared once (key, type, default, label), kept as JSON in the data
folder (``settings.json`` beside the database; ``SCODA_DATA_DIR`` moves it with the data).

Window geometry is not a preference: it stays in QSettings (see ``ui/application.py``).
This module knows nothing of Qt; the Preferences dialog builds its fields from ``SETTINGS``.
Labels, choices and help are English source strings marked with ``QT_TRANSLATE_NOOP`` (a
Qt-free stand-in below with the name lupdate looks for), so the dialog shows them translated
in the context ``Settings``. An error about a value (``Setting.check``) is an ``error_message``
(context ``Errors``) that names the setting by its label, translated with it.

The PostgreSQL password. No OS keyring is assumed. A password typed in Preferences is kept in
``settings.json`` in plain text; the file is written readable by its owner only (mode 0600 on
macOS and Linux; on Windows the user's profile folder already is private). It is never logged:
targets and preferences show it as ``***``. Leaving it empty lets the PostgreSQL driver find it
itself, in the ``PGPASSWORD`` environment variable or the user's password file
(``~/.pgpass``; ``%APPDATA%\\postgresql\\pgpass.conf`` on Windows), which is the better place
on a shared computer.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar
from urllib.parse import quote

from scoda_desktop import paths
from scoda_desktop.errors import InputError
from scoda_desktop.services.files import write_atomically
from scoda_desktop.services.wording import Phrase, error_message

__all__ = [
    "ACTOR_NAME",
    "DATABASE_KIND",
    "POLL_SECONDS",
    "POSTGRES_DATABASE",
    "POSTGRES_HOST",
    "POSTGRES_PASSWORD",
    "POSTGRES_PORT",
    "POSTGRES_USER",
    "SETTINGS",
    "SQLITE_PATH",
    "UI_LANGUAGE",
    "UI_LANGUAGES",
    "Preferences",
    "Setting",
    "load_preferences",
    "preferred_database",
    "save_preferences",
    "settings_path",
]

log = logging.getLogger(__name__)

T = TypeVar("T", str, int, bool)

SETTINGS_FILE = "settings.json"
SETTINGS_FILE_MODE = 0o600  # it may hold the database password
SQLITE, POSTGRESQL = "sqlite", "postgresql"
POSTGRES_DRIVER = "postgresql+psycopg"
# The languages of the interface, as --lang names them; SYSTEM_LANGUAGE follows the computer's.
SYSTEM_LANGUAGE, ENGLISH, CHINESE = "system", "en", "zh"
UI_LANGUAGES = (ENGLISH, CHINESE)
# The context of the labels' translations, written out in each QT_TRANSLATE_NOOP below (lupdate
# reads literals only).
TRANSLATION_CONTEXT = "Settings"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context`` and returns it unchanged (the Qt macro of
    the same name, without Qt); the interface translates it where it shows it."""
    return text


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    """One preference: its key in the file, its type and default, and how a form shows it."""

    key: str
    type: type[T]
    default: T
    label: str
    help: str = ""
    choices: tuple[tuple[str, str], ...] = ()  # (value, label) for a fixed list
    minimum: int | None = None
    maximum: int | None = None
    secret: bool = False  # never logged; a form hides what is typed

    def check(self, value: object) -> T:
        """``value`` if it is a valid value of this setting; else InputError saying why."""
        # the label, which the interface shows translated in the context of the labels
        setting = Phrase(self.label, context=TRANSLATION_CONTEXT)
        if not isinstance(value, self.type) or (self.type is int and isinstance(value, bool)):
            raise InputError(
                error_message(
                    QT_TRANSLATE_NOOP("Errors", "{setting}: expected {type}, got {value}."),
                    setting=setting,
                    type=self.type.__name__,
                    value=repr(value),
                )
            )
        if self.choices and value not in {choice for choice, _ in self.choices}:
            raise InputError(
                error_message(
                    QT_TRANSLATE_NOOP("Errors", "{setting}: {value} is not one of {allowed}."),
                    setting=setting,
                    value=repr(value),
                    allowed=", ".join(choice for choice, _ in self.choices),
                )
            )
        if isinstance(value, int) and not isinstance(value, bool):
            if self.minimum is not None and value < self.minimum:
                raise InputError(
                    error_message(
                        QT_TRANSLATE_NOOP("Errors", "{setting}: must be at least {minimum}."),
                        setting=setting,
                        minimum=self.minimum,
                    )
                )
            if self.maximum is not None and value > self.maximum:
                raise InputError(
                    error_message(
                        QT_TRANSLATE_NOOP("Errors", "{setting}: must be at most {maximum}."),
                        setting=setting,
                        maximum=self.maximum,
                    )
                )
        return value


DATABASE_KIND: Setting[str] = Setting(
    "database.kind",
    str,
    SQLITE,
    QT_TRANSLATE_NOOP("Settings", "Database"),
    choices=(
        (SQLITE, QT_TRANSLATE_NOOP("Settings", "A file on this computer (SQLite)")),
        (POSTGRESQL, QT_TRANSLATE_NOOP("Settings", "The office's shared PostgreSQL server")),
    ),
)
SQLITE_PATH: Setting[str] = Setting(
    "database.sqlite_path",
    str,
    "",
    QT_TRANSLATE_NOOP("Settings", "Database file"),
    help=QT_TRANSLATE_NOOP(
        "Settings", "Leave empty for the default file in SCODA Desktop's data folder."
    ),
)
POSTGRES_HOST: Setting[str] = Setting(
    "database.host", str, "localhost", QT_TRANSLATE_NOOP("Settings", "Server")
)
POSTGRES_PORT: Setting[int] = Setting(
    "database.port", int, 5432, QT_TRANSLATE_NOOP("Settings", "Port"), minimum=1, maximum=65535
)
POSTGRES_DATABASE: Setting[str] = Setting(
    "database.name", str, "scoda", QT_TRANSLATE_NOOP("Settings", "Database name")
)
POSTGRES_USER: Setting[str] = Setting(
    "database.user", str, "", QT_TRANSLATE_NOOP("Settings", "User name")
)
POSTGRES_PASSWORD: Setting[str] = Setting(
    "database.password",
    str,
    "",
    QT_TRANSLATE_NOOP("Settings", "Password"),
    help=QT_TRANSLATE_NOOP(
        "Settings",
        "Kept in plain text in the settings file, readable only by your user account. Leave "
        "it empty to use PGPASSWORD or your PostgreSQL password file (pgpass) instead.",
    ),
    secret=True,
)
ACTOR_NAME: Setting[str] = Setting(
    "audit.actor",
    str,
    "",
    QT_TRANSLATE_NOOP("Settings", "Your name in the history"),
    help=QT_TRANSLATE_NOOP(
        "Settings", "Recorded with every change you make. Leave empty to use your login name."
    ),
)
POLL_SECONDS: Setting[int] = Setting(
    "sharing.poll_seconds",
    int,
    10,
    QT_TRANSLATE_NOOP("Settings", "Look for colleagues' changes every"),
    help=QT_TRANSLATE_NOOP(
        "Settings",
        "How often the meeting list checks the database for changes made by others (seconds).",
    ),
    minimum=2,
    maximum=3600,
)
UI_LANGUAGE: Setting[str] = Setting(
    "interface.language",
    str,
    SYSTEM_LANGUAGE,
    QT_TRANSLATE_NOOP("Settings", "Language"),
    help=QT_TRANSLATE_NOOP(
        "Settings",
        "The language of menus, dialogs and dates on screen. A change applies at the next "
        "start; --lang en or --lang zh on the command line overrides it for one run.",
    ),
    # The languages are named in their own language, never translated.
    choices=(
        (SYSTEM_LANGUAGE, QT_TRANSLATE_NOOP("Settings", "Follow the system")),
        (ENGLISH, "English"),
        (CHINESE, "中文"),
    ),
)

SETTINGS: tuple[Setting[Any], ...] = (
    DATABASE_KIND,
    SQLITE_PATH,
    POSTGRES_HOST,
    POSTGRES_PORT,
    POSTGRES_DATABASE,
    POSTGRES_USER,
    POSTGRES_PASSWORD,
    ACTOR_NAME,
    POLL_SECONDS,
    UI_LANGUAGE,
)
_BY_KEY = {setting.key: setting for setting in SETTINGS}


class Preferences:
    """The value of every declared setting (the default where none was chosen).

    Keys the file holds that this version does not declare are kept and written back, so an
    older version saving its preferences does not drop a newer one's."""

    def __init__(self, values: Mapping[str, Any] | None = None) -> None:
        self._values: dict[str, Any] = {}
        self._unknown: dict[str, Any] = {}
        for key, value in (values or {}).items():
            setting = _BY_KEY.get(key)
            if setting is None:
                self._unknown[key] = value
                continue
            try:
                self._values[key] = setting.check(value)
            except InputError as exc:
                log.warning("ignoring the preference %s: %s", key, exc)

    def get(self, setting: Setting[T]) -> T:
        value: T = self._values.get(setting.key, setting.default)
        return value

    def replace(self, changes: Mapping[Setting[Any], Any]) -> Preferences:
        """A copy with ``changes``; InputError if a value does not fit its setting."""
        values = self.as_dict()
        for setting, value in changes.items():
            values[setting.key] = setting.check(value)
        return Preferences(values)

    def as_dict(self) -> dict[str, Any]:
        """Every chosen value and every unknown key, as written to the file."""
        return {**self._unknown, **self._values}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Preferences):
            return NotImplemented
        return {s.key: self.get(s) for s in SETTINGS} == {s.key: other.get(s) for s in SETTINGS}

    def __repr__(self) -> str:
        shown = {
            key: "***" if key in _BY_KEY and _BY_KEY[key].secret and value else value
            for key, value in self.as_dict().items()
        }
        return f"Preferences({shown!r})"

    # -- what the rest of the application asks ---------------------------------------------

    def database_spec(self) -> str | None:
        """What to open, as ``--database`` takes it (a file path or an SQLAlchemy URL); None
        for the default file in the data folder."""
        if self.get(DATABASE_KIND) == POSTGRESQL:
            return postgres_url(
                host=self.get(POSTGRES_HOST),
                port=self.get(POSTGRES_PORT),
                database=self.get(POSTGRES_DATABASE),
                user=self.get(POSTGRES_USER),
                password=self.get(POSTGRES_PASSWORD),
            )
        return self.get(SQLITE_PATH).strip() or None

    def actor(self) -> str | None:
        """The name to record in audit entries, or None for the OS login."""
        return self.get(ACTOR_NAME).strip() or None

    def poll_interval_ms(self) -> int:
        return self.get(POLL_SECONDS) * 1000

    def ui_language(self) -> str | None:
        """The interface's language chosen here ("en" or "zh"), None to follow the system."""
        chosen = self.get(UI_LANGUAGE)
        return chosen if chosen in UI_LANGUAGES else None


def postgres_url(*, host: str, port: int, database: str, user: str, password: str) -> str:
    """An SQLAlchemy URL for the psycopg driver, every part percent-encoded (a password may hold
    ``@`` or ``/``). Without a user or a password the driver's own defaults apply."""
    credentials = quote(user.strip(), safe="")
    if credentials and password:
        credentials += ":" + quote(password, safe="")
    at = f"{credentials}@" if credentials else ""
    return f"{POSTGRES_DRIVER}://{at}{host.strip()}:{port}/{quote(database.strip(), safe='')}"


def settings_path() -> Path:
    return paths.data_dir() / SETTINGS_FILE


def load_preferences(path: Path | None = None) -> Preferences:
    """The preferences in ``path`` (default: ``settings_path()``). A missing file gives the
    defaults; an unreadable or damaged one too, with a warning in the log (the file is left as
    it is until the preferences are saved again)."""
    path = path or settings_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Preferences()
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("cannot read the preferences in %s (%s); using the defaults", path, exc)
        return Preferences()
    try:
        values = json.loads(text)
    except json.JSONDecodeError as exc:
        log.warning("the preferences in %s are damaged (%s); using the defaults", path, exc)
        return Preferences()
    if not isinstance(values, dict):
        log.warning("the preferences in %s are not a JSON object; using the defaults", path)
        return Preferences()
    return Preferences(values)


def save_preferences(preferences: Preferences, path: Path | None = None) -> Path:
    """Write ``preferences`` to ``path`` (default: ``settings_path()``) atomically, readable by
    its owner only; FileWriteError (the old file kept) if it cannot be written."""
    path = path or settings_path()
    text = json.dumps(preferences.as_dict(), ensure_ascii=False, indent=2, sort_keys=True)
    write_atomically(path, text + "\n", mode=SETTINGS_FILE_MODE)
    log.info("preferences saved to %s", path)
    return path


def preferred_database(path: Path | None = None) -> str | None:
    """The database chosen in Preferences (see ``Preferences.database_spec``)."""
    return load_preferences(path).database_spec()
