"""Errors of the data layer and of files, in a Chinese interface: the database, backups and
restores, "Test connection" in Preferences, files that cannot be written or read, preferences out
of range and values the database refuses read in Chinese (``display.error_text``, and the
Preferences dialog itself), with the values that are not our words (file names, SQLite's and the
driver's messages) as they are; ``str(error)``, which the command line and the log read, stays
English."""

from __future__ import annotations

import ast
import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from scoda_desktop.data import database as db
from scoda_desktop.data.backup import backup_now
from scoda_desktop.data.constraints import ConstraintViolation
from scoda_desktop.data.restore import restore
from scoda_desktop.data.target import resolve_target, sqlite_target
from scoda_desktop.domain.models import Meeting
from scoda_desktop.errors import DatabaseTooNewError, InputError
from scoda_desktop.services.files import FileWriteError, read_import_file, write_atomically
from scoda_desktop.settings import (
    DATABASE_KIND,
    POLL_SECONDS,
    POSTGRES_HOST,
    POSTGRES_PASSWORD,
    POSTGRES_PORT,
    POSTGRES_USER,
    POSTGRESQL,
    SQLITE_PATH,
    TRANSLATION_CONTEXT,
    Preferences,
    settings_path,
)
from scoda_desktop.ui import preferences_dialog
from scoda_desktop.ui.display import error_text
from scoda_desktop.ui.preferences_dialog import PreferencesDialog, edit_preferences


@pytest.fixture
def chinese(interface) -> None:
    assert interface("zh") == "zh"


def _raised(error_type: type[BaseException], action, *args) -> BaseException:
    with pytest.raises(error_type) as raised:
        action(*args)
    return raised.value


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _test_connection(qtbot, preferences: Preferences) -> str:
    """Click "Test connection" in Preferences; the text the dialog shows."""
    dialog = PreferencesDialog(preferences)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.connection_tested, timeout=15_000) as blocker:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [dialog.test_result.text()]
    return dialog.test_result.text()


# -- backups and restores -------------------------------------------------------------------


def test_backing_up_a_missing_database_reads_in_chinese(chinese, tmp_path):
    missing = tmp_path / "nowhere.sqlite3"
    error = _raised(InputError, backup_now, sqlite_target(missing))
    assert error_text(error) == f"在 {missing} 处找不到数据库。"
    assert str(error) == f"There is no database at {missing}."


def test_restoring_a_file_that_is_no_database_keeps_sqlites_words(
    chinese, sqlite_database, tmp_path
):
    notes = tmp_path / "minutes.sqlite3"
    notes.write_text("minutes of the meeting, not a database", encoding="utf-8")
    error = _raised(InputError, restore, sqlite_database.target, notes)
    assert error_text(error) == f"{notes} 不是可用的 SQLite 数据库（file is not a database）。"
    assert str(error) == f"{notes} is not a usable SQLite database (file is not a database)."


def test_a_server_database_is_not_backed_up_here_in_chinese(chinese):
    target = resolve_target("postgresql+psycopg://officer:s3cret@db.example/scoda")
    error = _raised(InputError, backup_now, target)
    assert error_text(error) == (
        "postgresql+psycopg://officer:***@db.example/scoda 是数据库服务器：SCODA Desktop "
        "只能备份和恢复 SQLite 文件。请使用 pg_dump 备份，使用 pg_restore 恢复。"
    )
    assert str(error).startswith("postgresql+psycopg://officer:***@db.example/scoda is a database")


# -- opening a database -----------------------------------------------------------------------


def _newer(database) -> None:
    with database.engine.begin() as connection:
        connection.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))


def test_a_newer_database_is_refused_in_chinese(chinese, sqlite_database):
    _newer(sqlite_database)
    path = sqlite_database.target.path
    error = _raised(DatabaseTooNewError, db.open_database, sqlite_database.target)
    assert error_text(error) == (
        f"数据库 {path} 由更高版本的 SCODA Desktop 写入（结构版本 9999）。"
        "请安装该版本后再打开；当前版本不会对其作任何改动。"
    )
    assert str(error).startswith(f"The database {path} was written by a newer version")


def test_a_value_the_database_refuses_reads_in_chinese(chinese, sqlite_database):
    start = datetime(2021, 4, 2, 7, 0, tzinfo=UTC)

    def record_backwards_meeting() -> None:
        with sqlite_database.transaction() as session:
            session.add(
                Meeting(
                    theme_en="Talks",
                    starts_at=start,
                    ends_at=start - timedelta(hours=1),
                    time_zone="Asia/Shanghai",
                )
            )

    error = _raised(ConstraintViolation, record_backwards_meeting)
    assert error_text(error) == "会见的结束时间须晚于开始时间。"
    assert str(error) == "A meeting must end after it starts."


# -- "Test connection" in Preferences -------------------------------------------------------


def test_test_connection_reports_the_revision_in_chinese(chinese, qtbot, sqlite_database):
    shown = _test_connection(
        qtbot, Preferences().replace({SQLITE_PATH: str(sqlite_database.target.path)})
    )
    assert shown == f"检查通过，结构版本 {db.head_revision()}。"


def test_test_connection_refuses_a_newer_database_in_chinese(chinese, qtbot, sqlite_database):
    _newer(sqlite_database)
    path = sqlite_database.target.path
    shown = _test_connection(qtbot, Preferences().replace({SQLITE_PATH: str(path)}))
    assert shown == (
        f"已连接，但 {path} 由更高版本的 SCODA Desktop 写入（结构版本 9999）："
        "请安装该版本后再使用。"
    )


def test_test_connection_says_what_to_check_in_chinese(chinese, qtbot):
    port = _free_port()  # nothing listens there
    preferences = Preferences().replace(
        {
            DATABASE_KIND: POSTGRESQL,
            POSTGRES_HOST: "127.0.0.1",
            POSTGRES_PORT: port,
            POSTGRES_USER: "officer",
            POSTGRES_PASSWORD: "s3cret",
        }
    )
    shown = _test_connection(qtbot, preferences)
    assert shown == (
        f"无法连接 postgresql+psycopg://officer:***@127.0.0.1:{port}/scoda："
        "该地址没有 PostgreSQL 服务器响应，请核对服务器名称和端口，并确认服务器正在运行。"
    )


def test_preferences_that_cannot_be_saved_are_explained_in_chinese(
    chinese, qtbot, monkeypatch, sqlite_target
):
    settings_path().mkdir(parents=True)  # a folder where the settings file should be
    monkeypatch.setattr(
        PreferencesDialog, "ask", classmethod(lambda cls, *args, **kwargs: Preferences())
    )
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(
        preferences_dialog.QMessageBox,
        "warning",
        lambda _parent, title, text: (
            warnings.append((title, text)) or QMessageBox.StandardButton.Ok
        ),
    )
    assert edit_preferences(None, in_use=sqlite_target, switch_to=lambda _target: None) is None
    assert warnings == [
        ("无法保存首选项", f"{settings_path()} 是一个文件夹，请指定要写入的文件名。")
    ]


# -- files and preferences ------------------------------------------------------------------


def test_writing_into_a_missing_folder_reads_in_chinese(chinese, tmp_path):
    path = tmp_path / "missing" / "release.txt"
    error = _raised(FileWriteError, write_atomically, path, "text")
    assert error_text(error) == (
        f"无法写入 {path}：文件夹 {path.parent} 不存在。请选择已有的文件夹。"
    )
    assert str(error) == (
        f"Cannot write {path}: the folder {path.parent} does not exist. Choose an existing folder."
    )


def test_an_import_file_too_large_reads_in_chinese(chinese, tmp_path):
    path = tmp_path / "people.csv"
    path.write_bytes(b"x" * 3 * 1_048_576)
    error = _raised(InputError, read_import_file, path, 1_048_576)
    assert error_text(error) == (
        f"{path} 大小为 3 MB，超过了导入文件 1 MB 的上限：请确认这是您要导入的文件。"
    )
    assert str(error).startswith(f"{path} is 3 MB, more than the 1 MB an import file may be")


def test_a_preference_out_of_range_names_the_setting_in_chinese(chinese):
    label = QCoreApplication.translate(TRANSLATION_CONTEXT, POLL_SECONDS.label)
    assert label != POLL_SECONDS.label  # the label is translated, in its own context
    error = _raised(InputError, POLL_SECONDS.check, 1)
    assert error_text(error) == f"{label}：不能小于 2。"
    assert str(error) == f"{POLL_SECONDS.label}: must be at least 2."


def test_the_english_interface_shows_the_english_text(interface, tmp_path):
    assert interface("en") == "en"
    missing = tmp_path / "nowhere.sqlite3"
    error = _raised(InputError, backup_now, sqlite_target(missing))
    assert error_text(error) == str(error) == f"There is no database at {missing}."


def test_every_converted_message_has_a_chinese_translation(chinese):
    """Each sentence written to the TSV for the lead reads in Chinese once merged: checked on
    the messages of this area's modules, as lupdate extracts them."""
    root = Path(__file__).resolve().parents[2] / "scoda_desktop"
    modules = [
        root / "data" / "backup.py",
        root / "data" / "constraints.py",
        root / "data" / "database.py",
        root / "data" / "probe.py",
        root / "services" / "files.py",
        root / "services" / "health.py",
        root / "settings.py",
    ]
    untranslated = []
    for module in modules:
        for source in _error_sources(module):
            if QCoreApplication.translate("Errors", source) == source:
                untranslated.append(source)
    assert untranslated == []


def _error_sources(module: Path) -> list[str]:
    """The sources marked ``QT_TRANSLATE_NOOP("Errors", ...)`` in ``module``."""
    found = []
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"
            and isinstance(node.args[0], ast.Constant)
            and node.args[0].value == "Errors"
        ):
            found.append(node.args[1].value)
    return found
