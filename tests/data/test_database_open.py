"""Opening a database: the revisions read from the migration scripts agree with Alembic, and a
database already at the newest revision opens without Alembic (nor the ORM for its list)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from alembic.script import ScriptDirectory

from scoda_desktop.data import database as db

ROOT = Path(__file__).resolve().parents[2]


def test_the_revisions_read_from_the_scripts_are_alembics():
    scripts = ScriptDirectory.from_config(db._alembic_config())
    assert db.head_revision() == scripts.get_current_head()
    assert db.known_revisions() == {script.revision for script in scripts.walk_revisions()}
    for script in scripts.walk_revisions():
        down = script.down_revision
        expected = () if down is None else (down,) if isinstance(down, str) else tuple(down)
        assert db.script_revisions()[script.revision] == expected


def test_the_script_reader_takes_every_form_alembic_writes(tmp_path: Path):
    (tmp_path / "a_first.py").write_text('revision = "a1"\ndown_revision = None\n')
    (tmp_path / "b_second.py").write_text(
        '"""Revises: a1"""\nrevision: str = \'b2\'\ndown_revision: str | None = "a1"\n'
    )
    (tmp_path / "c_branch.py").write_text("revision = 'c3'\ndown_revision = 'a1'\n")
    (tmp_path / "d_merge.py").write_text(
        "revision: str = 'd4'\ndown_revision: tuple[str, ...] | None = ('b2', 'c3')\n"
        "branch_labels = None\n"
    )
    (tmp_path / "notes.py").write_text("# not a migration\n")
    assert db.script_revisions(tmp_path) == {
        "a1": (),
        "b2": ("a1",),
        "c3": ("a1",),
        "d4": ("b2", "c3"),
    }


def _run(code: str, tmp_path: Path) -> str:
    env = dict(os.environ, SCODA_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout.strip()


def test_a_database_at_the_newest_revision_opens_without_alembic(tmp_path: Path):
    path = tmp_path / "office.sqlite3"
    db.open_database(db.resolve_target(str(path))).dispose()  # made and migrated here
    code = f"""
import sys
from scoda_desktop.data.database import open_database, resolve_target
database = open_database(resolve_target({str(path)!r}))
database.dispose()
print(",".join(m for m in ("alembic", "alembic.command", "alembic.script") if m in sys.modules))
"""
    assert _run(code, tmp_path) == ""


def test_the_meeting_list_is_read_without_the_orm(tmp_path: Path):
    """The window's first read: a plain connection, no SQLModel, pydantic or ORM imported."""
    path = tmp_path / "office.sqlite3"
    db.open_database(db.resolve_target(str(path))).dispose()
    code = f"""
import sys
from scoda_desktop.data.database import create_db_engine, resolve_target
from scoda_desktop.services.meetings import list_meetings
engine = create_db_engine(resolve_target({str(path)!r}))
with engine.connect() as connection:
    assert list_meetings(connection) == []
engine.dispose()
heavy = ("sqlmodel", "pydantic", "sqlalchemy.orm", "alembic")
print(",".join(m for m in heavy if m in sys.modules))
"""
    assert _run(code, tmp_path) == ""
