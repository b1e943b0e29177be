"""Developer commands for the interface's translation (see docs/translations.md)::

    python3 -m scoda_desktop.ui.translations update [AREA...]  # -> resources/translations/*/*.ts
    python3 -m scoda_desktop.ui.translations build [DIR]       # -> DIR/scoda_zh_CN.qm, scoda_en.qm

``update`` runs lupdate for every area of the interface (or the areas named) and every language,
keeping the translations already made and dropping the strings no longer in the sources; then
lists what is left to translate. ``build`` compiles the ``.ts`` files of each language into one
catalogue (default: ``resources/translations``, which a package then ships; the application
otherwise builds its own in the cache folder).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scoda_desktop.errors import ScodaError
from scoda_desktop.ui.translations import build_into, tools


def _update(only: list[str]) -> int:
    root = tools.translations_root()
    left = 0
    for ts_file, count in tools.update(only=only).items():
        unfinished = [m for m in tools.read_messages(ts_file) if m.unfinished]
        left += len(unfinished)
        print(f"{ts_file.relative_to(root)}: {count} strings, {len(unfinished)} to translate")
        for message in unfinished:
            print(f"    [{message.context}] {message.source!r}")
    if left:
        print(
            f"Translate the {left} strings marked unfinished (with Qt Linguist: "
            f"pyside6-linguist {root}/zh_CN/<area>.ts; or in the XML), then run this again."
        )
    return 0


def _build(folder: Path | None) -> int:
    folder = folder or tools.translations_root()
    for locale in tools.CATALOGUE_LOCALES:
        sources = tools.translation_sources(locale)
        if not sources:
            continue
        catalogue = build_into(folder / tools.catalogue_name(locale), locale)
        messages = sum(len(tools.read_messages(path)) for path in sources)
        print(f"Wrote {catalogue} ({messages} strings).")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python3 -m scoda_desktop.ui.translations",
        description="Keep the Chinese translation of the interface current.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    update = commands.add_parser(
        "update", help="extract the marked strings of every area into its .ts files (lupdate)"
    )
    update.add_argument(
        "areas",
        nargs="*",
        metavar="AREA",
        help=f"only these areas ({', '.join(tools.areas())}; default: all)",
    )
    build = commands.add_parser(
        "build", help="compile the .ts files of each language into one .qm file (lrelease)"
    )
    build.add_argument(
        "folder",
        nargs="?",
        type=Path,
        metavar="DIR",
        help="where to write it (default: resources/translations, shipped with a package)",
    )
    args = parser.parse_args(argv)
    try:
        return _update(args.areas) if args.command == "update" else _build(args.folder)
    except ScodaError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
