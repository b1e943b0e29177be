"""Building a printable document from a request: the HTML of a briefing or run-sheet (through
the one templating environment, so a user's own template in the data folder wins), or the name
cards of a meeting (drawn by the Qt shell, not written as HTML: a tent card's top half is
upside down, which HTML cannot say).

Templates: ``documents/briefing.<lang>.html`` and ``documents/runsheet.<lang>.html``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from sqlalchemy.orm import Session

from scoda_desktop.domain.models import Meeting
from scoda_desktop.errors import InputError
from scoda_desktop.services.documents.briefing import briefing_context
from scoda_desktop.services.documents.common import (
    Prepared,
    check_language,
    in_language,
    load_meeting,
)
from scoda_desktop.services.documents.runsheet import (
    NameCard,
    meeting_office_day,
    name_cards,
    runsheet_context,
)
from scoda_desktop.services.protocol import ProtocolSettings
from scoda_desktop.services.templating import TemplateSource, render
from scoda_desktop.services.wording import QT_TRANSLATE_NOOP, error_message

__all__ = [
    "DocumentKind",
    "DocumentRequest",
    "HtmlDocument",
    "NameCardSet",
    "Paper",
    "build_document",
]


class DocumentKind(StrEnum):
    BRIEFING = "briefing"
    RUNSHEET = "runsheet"
    CARDS = "cards"


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"


@dataclass(frozen=True, slots=True)
class DocumentRequest:
    """What to print. A run-sheet is for ``day``, or for the day of ``meeting_id`` in Qingdao."""

    kind: DocumentKind
    language: str = "en"
    meeting_id: int | None = None
    day: date | None = None
    paper: Paper = Paper.A4


@dataclass(frozen=True, slots=True)
class HtmlDocument:
    """A rendered briefing or run-sheet: paginated and printed by the Qt shell."""

    title: str
    html: str
    language: str
    paper: Paper
    prepared: Prepared


@dataclass(frozen=True, slots=True)
class NameCardSet:
    title: str
    language: str
    paper: Paper
    cards: list[NameCard] = field(default_factory=list)


def build_document(
    session: Session,
    request: DocumentRequest,
    *,
    prepared: Prepared | None = None,
    settings: ProtocolSettings | None = None,
) -> HtmlDocument | NameCardSet:
    """The document ``request`` asks for. Raises InputError for an unknown meeting or language,
    a request that names no meeting or day, and TemplateProblem for a template that fails."""
    language = check_language(request.language)
    prepared = prepared or Prepared.now()
    if request.kind == DocumentKind.RUNSHEET:
        day = request.day
        if day is None:
            day = meeting_office_day(session, _meeting_id(request))
        context = runsheet_context(session, day, language, settings=settings, prepared=prepared)
    elif request.kind == DocumentKind.BRIEFING:
        context = briefing_context(
            session, _meeting_id(request), language, settings=settings, prepared=prepared
        )
    else:
        meeting_id = _meeting_id(request)
        m = Meeting.__table__.c
        theme = load_meeting(session, meeting_id, m.theme_en, m.theme_zh)
        return NameCardSet(
            title=in_language(language, theme.theme_en, theme.theme_zh),
            language=language,
            paper=request.paper,
            cards=name_cards(session, meeting_id, language, settings=settings),
        )
    html = render(TemplateSource(f"documents/{request.kind.value}.{language}.html"), context)
    return HtmlDocument(context["title"], html, language, request.paper, prepared)


def _meeting_id(request: DocumentRequest) -> int:
    if request.meeting_id is None:
        # The kind is the command's name (briefing, runsheet, cards): a value, as typed.
        raise InputError(
            error_message(
                QT_TRANSLATE_NOOP("Errors", "A {kind} is for a meeting: name the meeting."),
                kind=request.kind.value,
            )
        )
    return request.meeting_id
