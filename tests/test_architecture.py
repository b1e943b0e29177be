"""The core (domain, data, services, CLI) never depends on Qt or on the Qt shell."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import scoda_desktop

PACKAGE_DIR = Path(scoda_desktop.__file__).parent
SHELL_MODULES = {"scoda_desktop.app", "scoda_desktop.__main__"}  # they start the shell


def _core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages([str(PACKAGE_DIR)], prefix="scoda_desktop."):
        if info.name.startswith("scoda_desktop.ui") or ".migrations" in info.name:
            continue
        if info.name not in SHELL_MODULES:
            names.append(info.name)
    return names


def test_no_core_source_file_imports_qt_or_the_ui():
    offenders = []
    for path in PACKAGE_DIR.rglob("*.py"):
        relative = path.relative_to(PACKAGE_DIR)
        if relative.parts[0] == "ui" or relative == Path("app.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [
                f"{relative}:{node.lineno} imports {name}"
                for name in names
                if name.split(".")[0] in {"PySide6", "shiboken6"}
                or name.startswith("scoda_desktop.ui")
            ]
    assert offenders == []


def test_importing_the_whole_core_loads_no_qt():
    modules = _core_modules()
    assert "scoda_desktop.services.meetings" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
