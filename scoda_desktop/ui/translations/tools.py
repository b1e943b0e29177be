"""Qt's translation tools over the interface's sources: ``lupdate`` extracts the strings marked
for translation into one ``.ts`` file per area of the interface and language, ``lrelease``
compiles the ``.ts`` files of a language into the one ``.qm`` catalogue the application loads.

Languages: Simplified Chinese (``zh_CN``) translates every string. English is the language of
the sources and needs only the plural forms of the strings counted with ``%n`` ("%n change(s)"
reads "1 change", "3 changes"): its files hold those alone (lupdate ``-pluralonly``).

Areas: ``shell`` holds the top-level modules of ``scoda_desktop/ui`` (plus the labels declared
in ``scoda_desktop/settings.py``); every subpackage of ``scoda_desktop/ui`` is an area of its own,
named after it (``meeting_editor``, ``press``, ...). A new subpackage is a new area: ``update``
creates its ``.ts`` file as soon as it holds a marked string. ``services`` holds the sentences
the Qt-free core writes for the window (problems to fix, a meeting's history): every module of
``scoda_desktop/services`` and ``scoda_desktop/domain`` that marks a string with its Qt-free
``QT_TRANSLATE_NOOP`` (see ``services/wording.py``).

The tools ship with PySide6 (Essentials): the binaries ``lupdate`` and ``lrelease`` in the
package folder, and the console scripts ``pyside6-lupdate`` and ``pyside6-lrelease`` that start
them. The binaries are used when present (they start without a Python interpreter).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from scoda_desktop.errors import ScodaError

# Where the files are is the package's own (the start needs it, and not these tools).
from scoda_desktop.ui.translations import (
    catalogue_name,
    translation_dir,
    translation_sources,
    translations_root,
)

__all__ = [
    "CATALOGUE_LOCALES",
    "SERVICES",
    "SHELL",
    "Message",
    "ToolMissingError",
    "areas",
    "build_catalogue",
    "catalogue_name",
    "extract",
    "find_tool",
    "read_messages",
    "source_files",
    "sources_fingerprint",
    "translation_dir",
    "translation_sources",
    "translations_root",
    "update",
]

CHINESE_LOCALE, ENGLISH_LOCALE = "zh_CN", "en"
CATALOGUE_LOCALES = (CHINESE_LOCALE, ENGLISH_LOCALE)
PLURALS_ONLY = frozenset({ENGLISH_LOCALE})  # the sources' own language
SHELL = "shell"
SERVICES = "services"
# Modules outside scoda_desktop/ui whose words the shell shows, marked with a Qt-free
# ``QT_TRANSLATE_NOOP`` (the preferences' labels): extracted into the shell area.
SHELL_EXTRA_SOURCES = ("settings.py",)
# The Qt-free core: each of its modules that marks a string is a source of the services area.
SERVICES_PACKAGES = ("domain", "data", "services")
MARKER = "QT_TRANSLATE_NOOP("
# Subpackages of scoda_desktop/ui that show no text of their own.
NOT_AREAS = frozenset({"translations", "__pycache__"})
TOOL_TIMEOUT_S = 120
CATALOGUE_MODE = 0o644

_PACKAGE_DIR = Path(__file__).resolve().parents[2]  # scoda_desktop/
_UI_DIR = _PACKAGE_DIR / "ui"


class ToolMissingError(ScodaError):
    """lupdate or lrelease is not installed next to PySide6."""


@dataclass(frozen=True, slots=True, order=True)
class Message:
    """One string of a ``.ts`` file: where it is used (its context), the English source, the
    disambiguating comment, and its translation (the numerus forms joined with newlines)."""

    context: str
    source: str
    comment: str = ""
    translation: str = ""
    unfinished: bool = False
    obsolete: bool = False
    numerus: bool = False

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment


# -- where things are ----------------------------------------------------------------------------


def _marking_modules(packages: Iterable[str]) -> list[Path]:
    """The modules of ``packages`` (folders of scoda_desktop) that mark strings for translation."""
    return sorted(
        path
        for package in packages
        for path in (_PACKAGE_DIR / package).rglob("*.py")
        if MARKER in path.read_text(encoding="utf-8")
    )


def areas() -> dict[str, list[Path]]:
    """Each area of the interface and its Python sources, by area name."""
    found = {SHELL: sorted(_UI_DIR.glob("*.py")) + [_PACKAGE_DIR / p for p in SHELL_EXTRA_SOURCES]}
    for package in sorted(_UI_DIR.iterdir()):
        if (package / "__init__.py").is_file() and package.name not in NOT_AREAS:
            found[package.name] = sorted(package.rglob("*.py"))
    if core := _marking_modules(SERVICES_PACKAGES):
        found[SERVICES] = core
    return found


def source_files(area: str) -> list[Path]:
    try:
        return areas()[area]
    except KeyError:
        raise ScodaError(
            f"There is no interface area {area!r}; the areas are {', '.join(areas())}."
        ) from None


def sources_fingerprint(sources: Iterable[Path]) -> str:
    """A digest of the names and contents of ``sources``: the catalogue built from them is
    current while it is unchanged (file times are not enough: an installer may give the files
    of a newer version older times than a catalogue built by the previous one)."""
    digest = hashlib.sha256()
    for path in sorted(sources):
        data = path.read_bytes()
        digest.update(f"{path.name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


# -- the tools -----------------------------------------------------------------------------------


def find_tool(name: str) -> Path:
    """The ``lupdate`` or ``lrelease`` of the installed PySide6; ToolMissingError saying where
    it was looked for when there is none."""
    executable = name + (".exe" if sys.platform == "win32" else "")
    looked: list[str] = []
    try:
        import PySide6

        binary = Path(PySide6.__file__).resolve().parent / executable
        looked.append(str(binary))
        if binary.is_file() and os.access(binary, os.X_OK):
            return binary
    except ImportError:  # pragma: no cover - the interface needs PySide6 anyway
        looked.append("the PySide6 package (not installed)")
    script = f"pyside6-{name}"
    search_path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    found = shutil.which(script, path=search_path)
    looked.append(f"{script} beside {sys.executable} and on PATH")
    if found:
        return Path(found)
    raise ToolMissingError(
        f"Qt's {name} tool was not found (looked for {'; '.join(looked)}). It comes with "
        f"PySide6: install it in this Python environment with "
        f"'{Path(sys.executable).name} -m pip install pyside6-essentials'."
    )


def _run(tool: str, arguments: Sequence[str]) -> str:
    command = [str(find_tool(tool)), *arguments]
    try:
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=TOOL_TIMEOUT_S, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ScodaError(f"Qt's {tool} could not run: {exc}") from exc
    if result.returncode != 0:
        output = (result.stderr or result.stdout).strip()
        raise ScodaError(f"Qt's {tool} failed (exit code {result.returncode}): {output}")
    return result.stdout


def extract(sources: Sequence[Path], ts_file: Path, locale: str = CHINESE_LOCALE) -> None:
    """Run lupdate over ``sources`` into ``ts_file``: existing translations are kept, strings
    no longer in the sources dropped, new ones added as unfinished (for English, only the
    strings with plural forms). Locations are left out, so moving code changes no file."""
    _run(
        "lupdate",
        [
            *(str(path) for path in sources),
            "-ts",
            str(ts_file),
            "-source-language",
            ENGLISH_LOCALE,
            "-target-language",
            locale,
            "-no-obsolete",
            "-locations",
            "none",
            "-silent",
            *(["-pluralonly"] if locale in PLURALS_ONLY else []),
        ],
    )


def update(root: Path | None = None, only: Sequence[str] = ()) -> dict[Path, int]:
    """Extract every area (or those named in ``only``) into ``root/<locale>/<area>.ts`` for
    every language (default root: ``resources/translations``); the number of strings of each
    file written. A file left without strings is removed (an area with nothing to translate
    has none)."""
    root = root or translations_root()
    chosen = {area: source_files(area) for area in only} if only else areas()
    counts: dict[Path, int] = {}
    for locale in CATALOGUE_LOCALES:
        folder = root / locale
        folder.mkdir(parents=True, exist_ok=True)
        for area, sources in chosen.items():
            ts_file = folder / f"{area}.ts"
            extract(sources, ts_file, locale)
            count = len(read_messages(ts_file))
            if count == 0:
                ts_file.unlink()
            else:
                counts[ts_file] = count
    return counts


def build_catalogue(sources: Sequence[Path], destination: Path) -> Path:
    """Compile ``sources`` (``.ts`` files) with lrelease into the one catalogue
    ``destination``, written atomically (another instance may be reading it)."""
    if not sources:
        raise ScodaError(f"There is no translation to build: no .ts file in {translations_root()}.")
    from scoda_desktop.services.files import write_atomically  # Qt-free, no heavy imports

    destination.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="scoda-lrelease-") as folder:
        built = Path(folder) / destination.name
        _run("lrelease", [*(str(path) for path in sources), "-qm", str(built), "-silent"])
        write_atomically(destination, built.read_bytes(), mode=CATALOGUE_MODE)
    return destination


# -- reading .ts files ---------------------------------------------------------------------------


def read_messages(ts_file: Path) -> list[Message]:
    """Every message of a ``.ts`` file."""
    root = ET.parse(ts_file).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            forms = translation.findall("numerusform") if translation is not None else []
            if forms:
                text = "\n".join(form.text or "" for form in forms)
            else:
                text = (translation.text or "") if translation is not None else ""
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source", default=""),
                    comment=message.findtext("comment", default=""),
                    translation=text,
                    unfinished=kind == "unfinished",
                    obsolete=kind in {"obsolete", "vanished"},
                    numerus=message.get("numerus") == "yes",
                )
            )
    return messages
