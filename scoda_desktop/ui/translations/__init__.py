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

The developer commands (``update``, ``build``) are in ``__main__``; the tools in ``tools``.
See docs/translations.md.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from scoda_desktop import paths
from scoda_desktop.errors import ScodaError
from scoda_desktop.settings import CHINESE, ENGLISH, UI_LANGUAGES

__all__ = [
    "CATALOGUE_LOCALES",
    "CHINESE",
    "ENGLISH",
    "QT_TRANSLATE_NOOP",
    "UI_LANGUAGES",
    "catalogue_path",
    "ensure_catalogue",
    "install_translations",
    "interface_language",
    "locale_for",
    "remove_translations",
    "resolve_language",
    "system_language",
]

log = logging.getLogger(__name__)

CACHE_FOLDER = "translations"
QT_CATALOGUE = "qtbase"  # Qt's own strings: standard buttons, file and print dialogs
STAMP_SUFFIX = ".sha256"  # beside a catalogue: the digest of the .ts files it was built from

# The catalogue of each interface language.
CATALOGUE_LOCALES = {CHINESE: "zh_CN", ENGLISH: "en"}

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


# -- the catalogue -------------------------------------------------------------------------------


def cache_dir() -> Path:
    """Where the built catalogue is kept: the user's cache folder, or ``SCODA_DATA_DIR/cache``
    when that is set (tests and portable installs keep everything there)."""
    override = os.environ.get("SCODA_DATA_DIR")
    if override:
        return Path(override) / "cache" / CACHE_FOLDER
    from platformdirs import PlatformDirs

    return Path(PlatformDirs(paths.APP_NAME, paths.APP_AUTHOR).user_cache_dir) / CACHE_FOLDER


def catalogue_path(locale: str = "zh_CN") -> Path:
    """Where the catalogue of ``locale`` is built for this user."""
    from scoda_desktop.ui.translations.tools import catalogue_name

    return cache_dir() / catalogue_name(locale)


def _stamp(catalogue: Path) -> Path:
    return catalogue.with_name(catalogue.name + STAMP_SUFFIX)


def is_current(catalogue: Path, fingerprint: str) -> bool:
    """Whether ``catalogue`` exists and was built from the sources with ``fingerprint``."""
    try:
        return catalogue.is_file() and _stamp(catalogue).read_text().strip() == fingerprint
    except OSError:
        return False


def build_into(catalogue: Path, locale: str = "zh_CN") -> Path:
    """Compile every ``.ts`` file of ``locale`` into ``catalogue`` and record what it was built
    from."""
    from scoda_desktop.ui.translations import tools

    sources = tools.translation_sources(locale)
    tools.build_catalogue(sources, catalogue)
    _stamp(catalogue).write_text(tools.sources_fingerprint(sources) + "\n")
    return catalogue


def ensure_catalogue(locale: str = "zh_CN") -> Path | None:
    """A catalogue of ``locale`` built from its current ``.ts`` files: the cached one, a
    packaged one, or one built now into the cache. When none can be built, an older one if
    there is any (a few strings untranslated beat all of them), else None (also when the
    language has no ``.ts`` file). Problems are logged, not raised."""
    from scoda_desktop.ui.translations import tools

    sources = tools.translation_sources(locale)
    if not sources:
        return None
    cached = catalogue_path(locale)
    packaged = tools.translations_root() / tools.catalogue_name(locale)
    try:
        fingerprint = tools.sources_fingerprint(sources)
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
