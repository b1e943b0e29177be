"""How a post's diplomatic rank, head-of-mission class and dates read on screen.

The labels are source strings marked with ``QT_TRANSLATE_NOOP`` in the ``PostLabels`` context;
the functions translate them when called. Shared by the person's detail pane and the post dialog.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from scoda_desktop.domain.enums import DiplomaticRank, HeadOfMissionClass
from scoda_desktop.domain.office import to_office_time
from scoda_desktop.ui.display import date_text, date_time_text

__all__ = [
    "CONTEXT",
    "HOM_CLASS_LABELS",
    "RANK_LABELS",
    "functions_since_text",
    "hom_class_label",
    "period_text",
    "rank_label",
    "title_at",
]

CONTEXT = "PostLabels"

RANK_LABELS: dict[DiplomaticRank, str] = {
    DiplomaticRank.AMBASSADOR: QT_TRANSLATE_NOOP("PostLabels", "Ambassador"),
    DiplomaticRank.ENVOY: QT_TRANSLATE_NOOP("PostLabels", "Envoy or minister"),
    DiplomaticRank.CHARGE_D_AFFAIRES: QT_TRANSLATE_NOOP(
        "PostLabels", "Chargé d'affaires (head of mission)"
    ),
    DiplomaticRank.CHARGE_D_AFFAIRES_AI: QT_TRANSLATE_NOOP(
        "PostLabels", "Chargé d'affaires ad interim"
    ),
    DiplomaticRank.DEPUTY_HEAD_OF_MISSION: QT_TRANSLATE_NOOP(
        "PostLabels", "Deputy head of mission"
    ),
    DiplomaticRank.MINISTER_COUNSELLOR: QT_TRANSLATE_NOOP("PostLabels", "Minister-counsellor"),
    DiplomaticRank.COUNSELLOR: QT_TRANSLATE_NOOP("PostLabels", "Counsellor"),
    DiplomaticRank.FIRST_SECRETARY: QT_TRANSLATE_NOOP("PostLabels", "First secretary"),
    DiplomaticRank.SECOND_SECRETARY: QT_TRANSLATE_NOOP("PostLabels", "Second secretary"),
    DiplomaticRank.THIRD_SECRETARY: QT_TRANSLATE_NOOP("PostLabels", "Third secretary"),
    DiplomaticRank.ATTACHE: QT_TRANSLATE_NOOP("PostLabels", "Attaché"),
}

# Vienna Convention on Diplomatic Relations, article 14.
HOM_CLASS_LABELS: dict[HeadOfMissionClass, str] = {
    HeadOfMissionClass.AMBASSADOR: QT_TRANSLATE_NOOP(
        "PostLabels", "Class (a): ambassador or nuncio"
    ),
    HeadOfMissionClass.ENVOY: QT_TRANSLATE_NOOP(
        "PostLabels", "Class (b): envoy, minister or internuncio"
    ),
    HeadOfMissionClass.CHARGE_D_AFFAIRES: QT_TRANSLATE_NOOP(
        "PostLabels", "Class (c): chargé d'affaires accredited to the foreign minister"
    ),
}


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def rank_label(rank: DiplomaticRank) -> str:
    return _translate(RANK_LABELS.get(rank, str(rank)))


def hom_class_label(hom_class: HeadOfMissionClass) -> str:
    return _translate(HOM_CLASS_LABELS.get(hom_class, str(hom_class)))


def period_text(start: date | None, end: date | None) -> str:
    """ "2022-10-20 – 2026-01-31", "since 2026-02-01", "until 2026-01-31", "dates not
    recorded" (the days as the interface's language writes them)."""
    if start and end:
        return QCoreApplication.translate("PostLabels", "{start} – {end}").format(
            start=date_text(start), end=date_text(end)
        )
    if start:
        return QCoreApplication.translate("PostLabels", "since {start}").format(
            start=date_text(start)
        )
    if end:
        return QCoreApplication.translate("PostLabels", "until {end}").format(end=date_text(end))
    return QCoreApplication.translate("PostLabels", "dates not recorded")


def functions_since_text(instant: datetime) -> str:
    """ "2019-01-22 10:00 Beijing time": when a head of mission took up functions."""
    return QCoreApplication.translate("PostLabels", "{when} Beijing time").format(
        when=date_time_text(to_office_time(instant))
    )


def title_at(title: str | None, organisation: str | None) -> str:
    """ "Counsellor, Embassy of Kazakhstan in China": a title and where it is held (the
    organisation left out when the title names it already)."""
    title, organisation = title or "", organisation or ""
    if organisation and organisation.casefold() not in title.casefold():
        return f"{title}, {organisation}" if title else organisation
    return title
