"""Preferences declared once and kept in settings.json in the data folder: defaults, the round
trip, damaged files, the password kept private, and which database wins at start."""

from __future__ import annotations

import json
import logging
import stat

import pytest
import sqlalchemy as sa

from scoda_desktop import paths
from scoda_desktop.data.target import resolve_target
from scoda_desktop.errors import InputError
from scoda_desktop.settings import (
    ACTOR_NAME,
    DATABASE_KIND,
    POLL_SECONDS,
    POSTGRES_DATABASE,
    POSTGRES_HOST,
    POSTGRES_PASSWORD,
    POSTGRES_PORT,
    POSTGRES_USER,
    POSTGRESQL,
    SETTINGS,
    SQLITE_PATH,
    UI_LANGUAGE,
    Preferences,
    load_preferences,
    postgres_url,
    preferred_database,
    save_preferences,
    settings_path,
)

SERVER = {
    DATABASE_KIND: POSTGRESQL,
    POSTGRES_HOST: "db.office.example",
    POSTGRES_PORT: 5433,
    POSTGRES_DATABASE: "scoda",
    POSTGRES_USER: "wang.fang",
    POSTGRES_PASSWORD: "p@ss/wörd:1",
}


def test_each_setting_is_declared_once_with_a_default_of_its_type():
    assert len({s.key for s in SETTINGS}) == len(SETTINGS)
    for setting in SETTINGS:
        assert setting.check(setting.default) == setting.default
        assert setting.label
    preferences = Preferences()
    assert preferences.database_spec() is None  # the default file
    assert preferences.actor() is None  # the OS login
    assert preferences.poll_interval_ms() == 10_000


def test_the_preferences_round_trip_through_a_private_file_in_the_data_folder(data_dir):
    chosen = Preferences().replace({**SERVER, ACTOR_NAME: "Wang Fang", POLL_SECONDS: 30})
    path = save_preferences(chosen)

    assert path == settings_path() == data_dir / "settings.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_preferences() == chosen
    assert json.loads(path.read_text(encoding="utf-8"))["audit.actor"] == "Wang Fang"


def test_a_missing_or_damaged_file_gives_the_defaults_and_is_logged(data_dir, caplog):
    assert load_preferences() == Preferences()
    settings_path().write_text('{"database.kind": "postgresql",', encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert load_preferences() == Preferences()
    assert "are damaged" in caplog.text
    settings_path().write_text("[1, 2]", encoding="utf-8")
    assert load_preferences() == Preferences()


def test_a_bad_value_is_ignored_and_unknown_keys_are_kept(data_dir, caplog):
    settings_path().write_text(
        json.dumps({"sharing.poll_seconds": 0, "database.port": "5432", "future.key": [1]}),
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING):
        loaded = load_preferences()
    assert loaded.get(POLL_SECONDS) == 10 and loaded.get(POSTGRES_PORT) == 5432
    assert "must be at least 2" in caplog.text and "expected int" in caplog.text
    save_preferences(loaded.replace({ACTOR_NAME: "Li"}))
    assert json.loads(settings_path().read_text(encoding="utf-8"))["future.key"] == [1]


def test_a_value_that_does_not_fit_is_refused():
    with pytest.raises(InputError, match="Port: must be at most 65535"):
        Preferences().replace({POSTGRES_PORT: 70_000})
    with pytest.raises(InputError, match="is not one of sqlite, postgresql"):
        Preferences().replace({DATABASE_KIND: "oracle"})


def test_the_interface_language_follows_the_system_unless_chosen(data_dir):
    assert Preferences().ui_language() is None  # follow the system
    assert Preferences().replace({UI_LANGUAGE: "zh"}).ui_language() == "zh"
    assert Preferences().replace({UI_LANGUAGE: "en"}).ui_language() == "en"
    assert Preferences().replace({UI_LANGUAGE: "system"}).ui_language() is None
    with pytest.raises(InputError, match="not one of system, en, zh"):
        Preferences().replace({UI_LANGUAGE: "fr"})
    save_preferences(Preferences().replace({UI_LANGUAGE: "zh"}))
    assert json.loads(settings_path().read_text(encoding="utf-8"))["interface.language"] == "zh"
    assert load_preferences().ui_language() == "zh"


def test_the_password_is_encoded_in_the_url_and_hidden_when_shown():
    preferences = Preferences().replace(SERVER)
    spec = preferences.database_spec()
    assert spec is not None
    url = sa.make_url(spec)
    assert (url.host, url.port, url.database) == ("db.office.example", 5433, "scoda")
    assert (url.username, url.password) == ("wang.fang", "p@ss/wörd:1")
    target = resolve_target(spec)
    assert "p@ss" not in target.display_name and "p@ss" not in repr(target)
    assert "wörd" not in repr(preferences) and "***" in repr(preferences)


def test_without_user_or_password_the_driver_defaults_apply():
    url = postgres_url(host="localhost", port=5432, database="scoda", user="", password="x")
    assert url == "postgresql+psycopg://localhost:5432/scoda"
    url = postgres_url(host="localhost", port=5432, database="scoda", user="li", password="")
    assert url == "postgresql+psycopg://li@localhost:5432/scoda"  # pgpass or PGPASSWORD


def test_the_command_line_and_the_environment_win_over_the_preference(
    data_dir, tmp_path, monkeypatch
):
    chosen = tmp_path / "chosen.sqlite3"
    save_preferences(Preferences().replace({SQLITE_PATH: str(chosen)}))
    preferred = preferred_database()

    assert resolve_target(preferred=preferred).path == chosen
    monkeypatch.setenv("SCODA_DATABASE", str(tmp_path / "env.sqlite3"))
    assert resolve_target(preferred=preferred).path == tmp_path / "env.sqlite3"
    given = str(tmp_path / "given.sqlite3")
    assert resolve_target(given, preferred=preferred).path == tmp_path / "given.sqlite3"
    monkeypatch.delenv("SCODA_DATABASE")
    save_preferences(Preferences())
    assert resolve_target(preferred=preferred_database()).path == paths.default_database_path()


def test_the_cli_opens_the_database_chosen_in_preferences(data_dir, tmp_path, capsys):
    from scoda_desktop.app import main

    chosen = tmp_path / "chosen.sqlite3"
    save_preferences(Preferences().replace({SQLITE_PATH: str(chosen)}))
    assert main(["meetings", "--json"]) == 0
    assert chosen.exists() and not paths.default_database_path().exists()
    assert json.loads(capsys.readouterr().out) == []
