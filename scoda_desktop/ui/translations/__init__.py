"""The interface's language: English (the source strings) or Simplified Chinese.

``install_translations(app, language)`` runs right after the QApplication is made. The language
is the one asked for (``--lang``, else the Preferences), or the computer's when none is: the
first of the system's interface languages that SCODA Desktop speaks, else English. For Chinese
it loads SCODA Desktop's catalogue and Qt's own (``qtbase_zh_CN.qm``, which translates the
standard buttons and dialogs); for English the catalogue of plural forms ("1 change",
"3 changes" for "%n change(s)"). In either language it sets the default ``QLocale``, so dates,
weekdays and numbers that widgets format follow.

A catalogue (``scoda_zh_CN.qm``, ``scoda_en.qm``) is compiled from the ``.ts`` files in
``resources/translations/<locale>`` with Qt's ``lrelease`` and kept in the user's cache folder
(``SCODA_DATA_DIR/cache`` when that is set). It is rebuilt at start when the ``.ts`` files differ
from those it was built from (a digest of their contents is kept beside it); that takes a few
tens of milliseconds, once. A catalogue built for packaging (``python3 -m
scoda_desktop.ui.translations build``, in ``resources/translations``) is used as it is when it
is current. If there is no Chinese catalogue to be had, a warning is logged and the interface
stays in English.

The digest of the ``.ts`` files is worked out again only when one of them may have changed:
the cache keeps it with each file's path, size, modification and change times and file number
(and the application's version). While all of those are as they were, the digest kept is
used, and ``tools`` (hashlib, subprocess, XML: some milliseconds to import) is not imported
before the window first paints.

The developer commands (``update``, ``build``) are in ``__main__``; the tools in ``tools``.
See docs/translations.md.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from scoda_desktop import __version__, paths
from scoda_desktop.errors import ScodaError
from scoda_desktop.settings import CHINESE, ENGLISH, UI_LANGUAGES

__all__ = [
    "CATALOGUE_LOCALES",
    "CHINESE",
    "ENGLISH",
    "QT_TRANSLATE_NOOP",
    "UI_LANGUAGES",
    "catalogue_name",
    "catalogue_path",
    "ensure_catalogue",
    "install_translations",
    "interface_language",
    "locale_for",
    "remove_translations",
    "resolve_language",
    "system_language",
    "translation_dir",
    "translation_sources",
    "translations_root",
]

log = logging.getLogger(__name__)

CACHE_FOLDER = "translations"
QT_CATALOGUE = "qtbase"  # Qt's own strings: standard buttons, file and print dialogs
STAMP_SUFFIX = ".sha256"  # beside a catalogue: the digest of the .ts files it was built from
# In the cache, per language: the digest of its .ts files and what their files looked like then.
DIGEST_MEMO_SUFFIX = ".sources"

# The catalogue of each interface language.
CATALOGUE_LOCALES = {CHINESE: "zh_CN", ENGLISH: "en"}
CHINESE_LOCALE = CATALOGUE_LOCALES[CHINESE]

_installed: list[QTranslator] = []  # Qt does not keep the Python objects alive
_locale_before: QLocale | None = None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context`` (lupdate reads the name) and returns it
    unchanged: PySide6's own marker, typed as returning a ``str`` (PySide6's says ``object``)."""
    return text


# -- which language ------------------------------------------------------------------------------


def system_language() -> str:
    """The first of the computer's interface languages that SCODA Desktop speaks, else
    English (any Chinese, Traditional too, reads the Simplified Chinese interface)."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in UI_LANGUAGES:
            return code
    return ENGLISH


def resolve_language(choice: str | None) -> str:
    """``choice`` if it is "en" or "zh"; the system's language for None or "system"."""
    return choice if choice in UI_LANGUAGES else system_language()


def locale_for(language: str) -> QLocale:
    """How dates and numbers are written in ``language``: China's Chinese for Chinese; for
    English the system's own locale if it is English, else English as written where the
    computer is (Qt picks the nearest it knows, often United States English)."""
    if language == CHINESE:
        return QLocale(
            QLocale.Language.Chinese, QLocale.Script.SimplifiedChineseScript, QLocale.Country.China
        )
    system = QLocale.system()
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, system.territory())


def interface_language() -> str:
    """The language in effect now ("zh" or "en"), as the default QLocale says."""
    return CHINESE if QLocale().language() == QLocale.Language.Chinese else ENGLISH


# -- where the translations are -----------------------------------------------------------------


def translations_root() -> Path:
    """``resources/translations``: a folder of ``.ts`` files per language; catalogues built
    for packaging."""
    return paths.resource("translations")


def translation_dir(locale: str = CHINESE_LOCALE) -> Path:
    """``resources/translations/zh_CN``: the ``.ts`` files of ``locale``, one per area."""
    return translations_root() / locale


def translation_sources(locale: str = CHINESE_LOCALE) -> list[Path]:
    """Every ``.ts`` file of ``locale``, sorted by name."""
    folder = translation_dir(locale)
    return sorted(folder.glob("*.ts")) if folder.is_dir() else []


def catalogue_name(locale: str = CHINESE_LOCALE) -> str:
    """``scoda_zh_CN.qm``: the catalogue compiled from every ``.ts`` file of ``locale``."""
    return f"scoda_{locale}.qm"


# -- the catalogue -------------------------------------------------------------------------------


def cache_dir() -> Path:
    """Where the built catalogue is kept: in the user's cache folder (``paths.cache_dir``)."""
    return paths.cache_dir() / CACHE_FOLDER


def catalogue_path(locale: str = CHINESE_LOCALE) -> Path:
    """Where the catalogue of ``locale`` is built for this user."""
    return cache_dir() / catalogue_name(locale)


def _stamp(catalogue: Path) -> Path:
    return catalogue.with_name(catalogue.name + STAMP_SUFFIX)


def is_current(catalogue: Path, fingerprint: str) -> bool:
    """Whether ``catalogue`` exists and was built from the sources with ``fingerprint``."""
    try:
        return catalogue.is_file() and _stamp(catalogue).read_text().strip() == fingerprint
    except OSError:
        return False


def _files_as_they_are(sources: list[Path]) -> list[str]:
    """One line per file: its path, size, modification and change times and file number, after
    the application's version. Rewriting a file changes its change time (or, on Windows,
    replacing it changes its number) even when the size and modification time are put back,
    as an installer may do."""
    lines = [f"version {__version__}"]
    for path in sources:
        status = path.stat()
        lines.append(
            f"{path}\t{status.st_size}\t{status.st_mtime_ns}\t{status.st_ctime_ns}\t{status.st_ino}"
        )
    return lines


def _remembered_fingerprint(sources: list[Path], locale: str) -> str:
    """``tools.sources_fingerprint(sources)``, the digest of the ``.ts`` files' names and
    contents that says whether a catalogue is current. Kept in the cache with what the files
    looked like (``_files_as_they_are``), and worked out again only when that has changed.
    OSError when a source cannot be read."""
    memo = cache_dir() / (catalogue_name(locale) + DIGEST_MEMO_SUFFIX)
    files = _files_as_they_are(sources)
    try:
        digest, *remembered = memo.read_text(encoding="utf-8").splitlines()
        if remembered == files:
            return digest
    except (OSError, ValueError):  # none kept yet, or unreadable: work it out
        pass
    from scoda_desktop.ui.translations import tools

    digest = tools.sources_fingerprint(sources)
    try:
        from scoda_desktop.services.files import write_atomically

        memo.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(memo, "\n".join([digest, *files, ""]).encode("utf-8"))
    except OSError as exc:  # the next start works it out again
        log.info("cannot keep the digest of the %s translation in %s: %s", locale, memo, exc)
    return digest


def build_into(catalogue: Path, locale: str = CHINESE_LOCALE) -> Path:
    """Compile every ``.ts`` file of ``locale`` into ``catalogue`` and record what it was built
    from."""
    from scoda_desktop.ui.translations import tools

    sources = translation_sources(locale)
    tools.build_catalogue(sources, catalogue)
    _stamp(catalogue).write_text(tools.sources_fingerprint(sources) + "\n")
    return catalogue


def ensure_catalogue(locale: str = CHINESE_LOCALE) -> Path | None:
    """A catalogue of ``locale`` built from its current ``.ts`` files: the cached one, a
    packaged one, or one built now into the cache. When none can be built, an older one if
    there is any (a few strings untranslated beat all of them), else None (also when the
    language has no ``.ts`` file). Problems are logged, not raised."""
    sources = translation_sources(locale)
    if not sources:
        return None
    cached = catalogue_path(locale)
    packaged = translations_root() / catalogue_name(locale)
    try:
        fingerprint = _remembered_fingerprint(sources, locale)
    except OSError as exc:
        log.warning("cannot read the %s translation: %s", locale, exc)
        return None
    for candidate in (cached, packaged):
        if is_current(candidate, fingerprint):
            return candidate
    started = time.perf_counter()
    try:
        build_into(cached, locale)
    except (ScodaError, OSError) as exc:
        fallback = next((path for path in (cached, packaged) if path.is_file()), None)
        log.warning(
            "cannot build the %s translation (%s)%s",
            locale,
            exc,
            f"; using the older {fallback}" if fallback else "",
        )
        return fallback
    log.info(
        "built the %s translation %s in %.0f ms",
        locale,
        cached,
        (time.perf_counter() - started) * 1000,
    )
    return cached


def _load_catalogue(locale: str) -> QTranslator | None:
    catalogue = ensure_catalogue(locale)
    if catalogue is None:
        return None
    translator = QTranslator()
    if not translator.load(str(catalogue)):
        log.warning("cannot load the translation %s", catalogue)
        return None
    return translator


# -- installing ----------------------------------------------------------------------------------


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)


def _install_qt_catalogue(app: QCoreApplication, locale: QLocale) -> None:
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    if translator.load(locale, QT_CATALOGUE, "_", folder):
        _install(app, translator)
    else:
        log.warning(
            "Qt's own Chinese translation (%s_%s.qm) is not in %s: standard buttons such as "
            "OK and Cancel stay in English",
            QT_CATALOGUE,
            locale.name(),
            folder,
        )


def install_translations(app: QCoreApplication, language: str | None = None) -> str:
    """Put the interface in ``language`` ("en", "zh"; None or "system" for the computer's) and
    return the language in effect: "en" when Chinese was asked for but no catalogue could be
    loaded. Call it after the QApplication is made and before any window is built. Calling it
    again replaces what an earlier call installed."""
    global _locale_before
    remove_translations(app)
    wanted = resolve_language(language)
    translator = _load_catalogue(CATALOGUE_LOCALES[wanted])
    if translator is not None:
        _install(app, translator)
        if wanted == CHINESE:
            _install_qt_catalogue(app, locale_for(CHINESE))
    elif wanted == CHINESE:
        log.warning("the interface is in English: there is no Chinese translation to load")
        wanted = ENGLISH
        translator = _load_catalogue(CATALOGUE_LOCALES[ENGLISH])
        if translator is not None:
            _install(app, translator)
    _locale_before = QLocale()
    QLocale.setDefault(locale_for(wanted))
    log.info("interface language: %s (%s)", wanted, QLocale().name())
    return wanted


def remove_translations(app: QCoreApplication) -> None:
    """Undo ``install_translations``: English strings, the default locale as it was."""
    global _locale_before
    while _installed:
        app.removeTranslator(_installed.pop())
    if _locale_before is not None:
        QLocale.setDefault(_locale_before)
        _locale_before = None
