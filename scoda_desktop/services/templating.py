"""The one Jinja environment of SCODA Desktop: built-in templates in ``resources/templates``
and the user's own in ``<data folder>/templates`` (which win), all run in Jinja's sandbox with
StrictUndefined; HTML templates are autoescaped.

A template that fails (syntax, an undefined name, a sandbox refusal) raises TemplateProblem
with the template's name, line and message, never a crash.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from scoda_desktop import paths
from scoda_desktop.errors import InputError
from scoda_desktop.services.wording import (
    QT_TRANSLATE_NOOP,
    Phrase,
    Problem,
    error_message,
    problem,
)


class TemplateProblem(InputError):
    """A template that cannot be rendered; ``line`` is its line number when known.

    ``detail`` says what is wrong (in English); ``problem`` says it too, translatable where
    the words are SCODA Desktop's own (Jinja's messages are English in every language)."""

    def __init__(self, template: str, message: str | Problem, line: int | None = None) -> None:
        detail = message if isinstance(message, Problem) else Problem("template", message)
        # Our words go with the sentence, translated in "Problems"; Jinja's are a value.
        said = (
            Phrase(detail.template, detail.values, context="Problems")
            if detail.template
            else detail.message
        )
        if line:
            text = error_message(
                QT_TRANSLATE_NOOP("Errors", "Template {template}, line {line}: {problem}"),
                template=template,
                line=line,
                problem=said,
            )
        else:
            text = error_message(
                QT_TRANSLATE_NOOP("Errors", "Template {template}: {problem}"),
                template=template,
                problem=said,
            )
        super().__init__(text)
        self.template = template
        self.line = line
        self.detail = detail.message
        self.problem = detail


def builtin_template_dir() -> Path:
    return paths.resource("templates")


def user_template_dir() -> Path:
    path = paths.data_dir() / "templates"
    path.mkdir(parents=True, exist_ok=True)
    return path


# -- helpers available in every template -------------------------------------------------


def join_names(names: Iterable[str], language: str = "en") -> str:
    """ "A", "A and B", "A, B and C" (house style: no serial comma); Chinese "A、B和C"."""
    items = [n for n in names if n]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    if language == "zh":
        return "、".join(items[:-1]) + "和" + items[-1]
    return ", ".join(items[:-1]) + " and " + items[-1]


def format_day(value: date | datetime, language: str = "en", *, year: bool = False) -> str:
    """ "April 2" / "4月2日" (with ``year``: "April 2, 2021" / "2021年4月2日"), from CLDR."""
    from babel.dates import format_skeleton

    day = value.date() if isinstance(value, datetime) else value
    return format_skeleton("yMMMMd" if year else "MMMMd", day, locale=language)


def format_time(value: datetime, language: str = "en") -> str:
    from babel.dates import format_time as babel_format_time

    return babel_format_time(value, "HH:mm", locale=language)


# -- the environment ----------------------------------------------------------------------


class _SearchPathLoader(jinja2.FileSystemLoader):
    """A FileSystemLoader whose cached templates also go stale when a file earlier in the
    search path appears or disappears (a user copies a built-in template to edit it)."""

    def _first_match(self, template: str) -> str | None:
        pieces = jinja2.loaders.split_template_path(template)
        for folder in self.searchpath:
            candidate = Path(folder, *pieces)
            if candidate.is_file():
                return str(candidate)
        return None

    def get_source(self, environment, template):  # type: ignore[no-untyped-def]
        source, filename, uptodate = super().get_source(environment, template)

        def still_current() -> bool:
            return bool(uptodate and uptodate()) and self._first_match(template) == filename

        return source, filename, still_current


def _autoescape(name: str | None) -> bool:
    return bool(name) and name.rsplit(".", 1)[-1].lower() in {"html", "htm", "xml"}


def create_environment(search_path: Sequence[Path] | None = None) -> SandboxedEnvironment:
    """The environment; ``search_path`` defaults to the user's folder, then the built-ins."""
    folders = search_path or [user_template_dir(), builtin_template_dir()]
    env = SandboxedEnvironment(
        loader=_SearchPathLoader([str(p) for p in folders], encoding="utf-8"),
        undefined=jinja2.StrictUndefined,
        autoescape=_autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=True,
    )
    env.filters["join_names"] = join_names
    env.filters["day"] = format_day
    env.filters["time"] = format_time
    env.globals["join_names"] = join_names
    return env


@cache
def environment() -> SandboxedEnvironment:
    return create_environment()


@dataclass(frozen=True)
class TemplateSource:
    """A template by name (user folder first, then built-in) or a file given by path."""

    name: str
    path: Path | None = None

    @classmethod
    def parse(cls, name_or_path: str) -> TemplateSource:
        candidate = Path(name_or_path).expanduser()
        if candidate.is_file():
            return cls(candidate.name, candidate.resolve())
        return cls(name_or_path)


def _line_of(exc: BaseException) -> int | None:
    """The template line of an error raised while rendering (from Jinja's rewritten traceback)."""
    line = getattr(exc, "lineno", None)
    if line:
        return int(line)
    tb = exc.__traceback__
    found = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith((".j2", ".jinja", ".html", ".txt", ".md")):
            found = tb.tb_lineno
        tb = tb.tb_next
    return found


def render(
    source: TemplateSource | str,
    context: Mapping[str, Any],
    env: SandboxedEnvironment | None = None,
) -> str:
    """Render a template; any failure becomes TemplateProblem with the line and message."""
    if isinstance(source, str):
        source = TemplateSource.parse(source)
    env = env or environment()
    try:
        if source.path is not None:  # a file given by path: its folder only, same sandbox
            folder = jinja2.FileSystemLoader(str(source.path.parent), encoding="utf-8")
            template = env.overlay(loader=folder).get_template(source.path.name)
        else:
            template = env.get_template(source.name)
        return template.render(**context)
    except jinja2.TemplateNotFound as exc:
        missing = problem(
            "template",
            QT_TRANSLATE_NOOP("Problems", "no template named {name}"),
            name=repr(exc.name),
        )
        raise TemplateProblem(source.name, missing) from exc
    except jinja2.TemplateSyntaxError as exc:
        detail = exc.message or problem("template", QT_TRANSLATE_NOOP("Problems", "syntax error"))
        raise TemplateProblem(source.name, detail, exc.lineno) from exc
    except SecurityError as exc:
        refused = problem(
            "template", QT_TRANSLATE_NOOP("Problems", "refused by the sandbox: {error}"), error=exc
        )
        raise TemplateProblem(source.name, refused, _line_of(exc)) from exc
    except jinja2.UndefinedError as exc:
        detail = exc.message or problem("template", QT_TRANSLATE_NOOP("Problems", "undefined"))
        raise TemplateProblem(source.name, detail, _line_of(exc)) from exc
    except (OSError, UnicodeDecodeError) as exc:
        unread = problem(
            "template", QT_TRANSLATE_NOOP("Problems", "cannot read the file: {error}"), error=exc
        )
        raise TemplateProblem(source.name, unread) from exc
    except jinja2.TemplateError as exc:
        raise TemplateProblem(source.name, str(exc), _line_of(exc)) from exc
    except (TypeError, ValueError, AttributeError, KeyError, ZeroDivisionError) as exc:
        raise TemplateProblem(source.name, f"{type(exc).__name__}: {exc}", _line_of(exc)) from exc
