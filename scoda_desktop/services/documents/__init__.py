"""Printed documents: the briefing sheet of a meeting, the run-sheet of a day and the name
cards of a meeting. Qt-free: this package builds contexts and HTML; ``scoda_desktop.ui.printing``
paginates, draws and prints them."""

from __future__ import annotations

from scoda_desktop.services.documents.briefing import briefing_context
from scoda_desktop.services.documents.build import (
    DocumentKind,
    DocumentRequest,
    HtmlDocument,
    NameCardSet,
    Paper,
    build_document,
)
from scoda_desktop.services.documents.common import LANGUAGES, Prepared, page_label
from scoda_desktop.services.documents.runsheet import (
    NameCard,
    meeting_office_day,
    name_cards,
    runsheet_context,
)

__all__ = [
    "LANGUAGES",
    "DocumentKind",
    "DocumentRequest",
    "HtmlDocument",
    "NameCard",
    "NameCardSet",
    "Paper",
    "Prepared",
    "briefing_context",
    "build_document",
    "meeting_office_day",
    "name_cards",
    "page_label",
    "runsheet_context",
]
