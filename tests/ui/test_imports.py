"""The window must paint before SQLAlchemy and SQLModel (0.6 s) are imported."""

from __future__ import annotations

import subprocess
import sys


def test_the_ui_modules_do_not_import_the_data_layer():
    code = (
        "import sys\n"
        "import scoda_desktop.ui.application, scoda_desktop.ui.main_window\n"
        "heavy = sorted(m for m in ('sqlmodel', 'sqlalchemy', 'alembic', 'pydantic')"
        " if m in sys.modules)\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == ""
