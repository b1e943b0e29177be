"""A press-release draft: a meeting rendered through a template in one language."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from scoda_desktop.services.press.context import press_context
from scoda_desktop.services.protocol import ProtocolSettings
from scoda_desktop.services.templating import TemplateSource, render

__all__ = ["DEFAULT_TEMPLATE", "render_draft", "template_for"]

DEFAULT_TEMPLATE = "press-release"


def template_for(name_or_path: str | None, language: str) -> TemplateSource:
    """The template to render: a file given by path; a name with a suffix as given
    ("press-release.en.txt"); a bare name for the language ("news-brief" in Chinese is
    "news-brief.zh.txt"); none is the press release in the language."""
    name = name_or_path or DEFAULT_TEMPLATE
    source = TemplateSource.parse(name)
    if source.path is None and not Path(name).suffix:
        return TemplateSource(f"{name}.{language}.txt")
    return source


def render_draft(
    session: Session,
    meeting_id: int,
    language: str,
    template: str | None = None,
    *,
    settings: ProtocolSettings | None = None,
    published: date | None = None,
) -> str:
    """The draft's text. Raises InputError for an unknown meeting or language, TemplateProblem
    (an InputError) with the template's line for a template that fails."""
    context = press_context(session, meeting_id, language, settings=settings, published=published)
    return render(template_for(template, language), context)
