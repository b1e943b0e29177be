"""The core (domain, data, services) never depends on Qt or on the Qt shell. The modules that
start the shell (app.py, and cli.py for the commands that print with Qt) may use it, but only
inside functions: importing them loads no Qt."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import scoda_desktop

PACKAGE_DIR = Path(scoda_desktop.__file__).parent
SHELL_MODULES = {"scoda_desktop.app", "scoda_desktop.__main__", "scoda_desktop.cli"}
SHELL_FILES = {Path("app.py"), Path("__main__.py"), Path("cli.py")}


def _core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages([str(PACKAGE_DIR)], prefix="scoda_desktop."):
        if info.name.startswith("scoda_desktop.ui") or ".migrations" in info.name:
            continue
        if info.name not in SHELL_MODULES:
            names.append(info.name)
    return names


def _qt_imports(relative: Path, nodes) -> list[str]:
    found = []
    for node in nodes:
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        found += [
            f"{relative}:{node.lineno} imports {name}"
            for name in names
            if name.split(".")[0] in {"PySide6", "shiboken6"} or name.startswith("scoda_desktop.ui")
        ]
    return found


def test_no_core_source_file_imports_qt_or_the_ui():
    offenders = []
    for path in PACKAGE_DIR.rglob("*.py"):
        relative = path.relative_to(PACKAGE_DIR)
        if relative.parts[0] == "ui" or relative in SHELL_FILES:
            continue
        offenders += _qt_imports(relative, ast.walk(ast.parse(path.read_text(encoding="utf-8"))))
    assert offenders == []


def test_the_shell_starters_import_qt_only_inside_functions():
    offenders = []
    for relative in SHELL_FILES:
        tree = ast.parse((PACKAGE_DIR / relative).read_text(encoding="utf-8"))
        offenders += _qt_imports(relative, tree.body)
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
