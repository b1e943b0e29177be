"""The press-release templates a user can pick and edit: the built-in ones in
``resources/templates`` and the user's own in ``templating.user_template_dir()``.

A draft template is a file named ``<name>.<language>.txt`` ("press-release.en.txt") at the top
of either folder; a user file with a built-in's name replaces the built-in everywhere (the one
environment looks in the user's folder first). The HTML export's template (``export/``) is not
a draft template and is not listed.

Editing happens in the user's folder only: a built-in is copied there first, and "reset" deletes
the copy. ``preview`` renders text that is not saved yet, through the same sandboxed
environment and with the same error reporting (TemplateProblem with the line) as a draft.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from scoda_desktop.errors import InputError
from scoda_desktop.services.files import write_atomically
from scoda_desktop.services.press.context import LANGUAGES, press_context
from scoda_desktop.services.protocol import ProtocolSettings
from scoda_desktop.services.templating import (
    TemplateSource,
    builtin_template_dir,
    render,
    user_template_dir,
)
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, error_message

__all__ = [
    "DraftTemplate",
    "copy_to_user_folder",
    "draft_templates",
    "parse_template_name",
    "preview",
    "reset_to_builtin",
    "save_user_template",
    "template_text",
]

_FILE_NAME = re.compile(r"^(?P<name>[\w][\w.-]*)\.(?P<language>en|zh)\.txt$")


@dataclass(frozen=True, slots=True)
class DraftTemplate:
    """One draft template as the user sees it."""

    file_name: str  # "press-release.en.txt"
    name: str  # "press-release": what a press release records as its template
    language: str  # "en" or "zh"
    builtin: bool  # a built-in template of this name exists
    user_copy: bool  # the user's folder has a file of this name (it wins over a built-in)

    @property
    def editable(self) -> bool:
        return self.user_copy

    @property
    def user_path(self) -> Path:
        return user_template_dir() / self.file_name


def parse_template_name(file_name: str) -> tuple[str, str]:
    """(name, language) of ``"<name>.<language>.txt"``; InputError for any other file name."""
    found = _FILE_NAME.match(file_name)
    if found is None:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file} is not a draft template's file name: "
                    "use NAME.en.txt or NAME.zh.txt (letters, digits, '-', '_' and '.').",
                ),
                file=repr(file_name),
            )
        )
    return found["name"], found["language"]


def _file_names(folder: Path) -> set[str]:
    if not folder.is_dir():
        return set()
    return {p.name for p in folder.iterdir() if p.is_file() and _FILE_NAME.match(p.name)}


def draft_templates(language: str | None = None) -> list[DraftTemplate]:
    """Every draft template (for ``language`` only, when given), sorted by name then
    language."""
    builtin, user = _file_names(builtin_template_dir()), _file_names(user_template_dir())
    found = []
    for file_name in builtin | user:
        name, lang = parse_template_name(file_name)
        if language is None or lang == language:
            found.append(
                DraftTemplate(file_name, name, lang, file_name in builtin, file_name in user)
            )
    return sorted(found, key=lambda t: (t.name, LANGUAGES.index(t.language)))


def _builtin_path(file_name: str) -> Path:
    parse_template_name(file_name)
    return builtin_template_dir() / file_name


def _user_path(file_name: str) -> Path:
    parse_template_name(file_name)
    return user_template_dir() / file_name


def template_text(file_name: str, *, builtin: bool = False) -> str:
    """The template's text: the user's copy when there is one (unless ``builtin``), else the
    built-in."""
    user = _user_path(file_name)
    path = user if user.is_file() and not builtin else _builtin_path(file_name)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "There is no template {file}."), file=repr(file_name)
            )
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "Cannot read the template {path}: {error}"),
                path=path,
                error=exc,
            )
        ) from exc


def copy_to_user_folder(file_name: str) -> Path:
    """Copy a built-in template into the user's folder, to edit it; refuses to overwrite."""
    target = _user_path(file_name)
    if target.exists():
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors", "Your templates folder has {file} already: edit that copy."
                ),
                file=file_name,
            )
        )
    save_user_template(file_name, template_text(file_name, builtin=True))
    return target


def save_user_template(file_name: str, text: str) -> Path:
    """Write the user's template (atomically); it is used from the next draft on."""
    target = _user_path(file_name)
    write_atomically(target, text.encode("utf-8"))
    return target


def reset_to_builtin(file_name: str) -> None:
    """Delete the user's copy of a built-in template, so the built-in is used again."""
    if not _builtin_path(file_name).is_file():
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP(
                    "Errors", "{file} is your own template: there is no built-in to go back to."
                ),
                file=file_name,
            )
        )
    try:
        _user_path(file_name).unlink(missing_ok=True)
    except OSError as exc:
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "Cannot delete your copy of {file}: {error}."),
                file=file_name,
                error=exc.strerror,
            )
        ) from exc


def preview(
    session: Session,
    meeting_id: int,
    file_name: str,
    text: str,
    *,
    settings: ProtocolSettings | None = None,
    published: date | None = None,
) -> str:
    """Render ``text`` as the template ``file_name`` for ``meeting_id`` in the template's
    language, without saving it. The text is rendered from a file of that name in a private
    temporary folder, so a failure reads "Template <file_name>, line n: ..." exactly as it would
    once saved; an ``include`` of another template cannot be resolved from there."""
    _, language = parse_template_name(file_name)
    context = press_context(session, meeting_id, language, settings=settings, published=published)
    with tempfile.TemporaryDirectory(prefix="scoda-preview-") as folder:
        path = Path(folder, file_name)
        path.write_text(text, encoding="utf-8")
        return render(TemplateSource(file_name, path), context)
