"""The times that suit everyone on the day shown, best first, for the list beside the grid."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from scoda_desktop.domain.office import OFFICE_TIME_ZONE, to_office_time
from scoda_desktop.services.day_plan import DayPlan, ZoneRow
from scoda_desktop.services.scheduling import Proposal
from scoda_desktop.ui.display import office_zone_label
from scoda_desktop.ui.meeting_editor.clock_text import local_time_text
from scoda_desktop.ui.scheduling.grid import local_date_text, row_city

START_ROLE = Qt.ItemDataRole.UserRole  # the proposal's start, an aware UTC datetime

_Index = QModelIndex | QPersistentModelIndex


def margin_text(margin: timedelta) -> str:
    """ "2h00 from the edge of a working day"; "at the edge of a working day" for none."""
    minutes = int(margin.total_seconds() // 60)
    if minutes <= 0:
        return QCoreApplication.translate("ProposalListModel", "at the edge of a working day")
    if minutes < 60:  # Chinese says "30 minutes", not "0 hours 30"
        return QCoreApplication.translate(
            "ProposalListModel", "0h{minutes} from the edge of a working day"
        ).format(minutes=f"{minutes:02d}")
    return QCoreApplication.translate(
        "ProposalListModel", "{hours}h{minutes} from the edge of a working day"
    ).format(hours=minutes // 60, minutes=f"{minutes % 60:02d}")


def zone_span_text(row: ZoneRow, starts_at: datetime, ends_at: datetime, office_day: date) -> str:
    """ "Jakarta 14:00–15:00", with the local date when it is not the office's day."""
    zone = row.hours[0].local_start.tzinfo
    start, end = starts_at.astimezone(zone), ends_at.astimezone(zone)
    day = f"{local_date_text(start)} " if start.date() != office_day else ""
    return f"{row_city(row)} {day}{start:%H:%M}–{end:%H:%M}"


def other_zone_spans(plan: DayPlan, starts_at: datetime, ends_at: datetime) -> list[str]:
    """The span on the clock of each zone of the plan but the office's (which is said first)."""
    return [
        zone_span_text(row, starts_at, ends_at, plan.office_day)
        for row in plan.rows
        if row.zone != OFFICE_TIME_ZONE
    ]


class ProposalListModel(QAbstractListModel):
    """One row per proposal of a :class:`DayPlan`: the office's time and the margin, then the
    time in each zone of the grid."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._plan: DayPlan | None = None

    def set_plan(self, plan: DayPlan | None) -> None:
        self.beginResetModel()
        self._plan = plan
        self.endResetModel()

    def proposals(self) -> tuple[Proposal, ...]:
        return self._plan.proposals if self._plan is not None else ()

    def row_of(self, starts_at: datetime | None) -> int | None:
        if self._plan is None or starts_at is None:
            return None
        return self._plan.proposal_at(starts_at)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.proposals())

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        proposals = self.proposals()
        if self._plan is None or not index.isValid() or not 0 <= index.row() < len(proposals):
            return None
        proposal = proposals[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), proposal)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [escape(f"{local_time_text(t)} — {t.name}") for t in proposal.local]
            return "<qt>" + "<br>".join(lines) + "</qt>"
        if role == START_ROLE:
            return proposal.starts_at
        return None

    def _display(self, row: int, proposal: Proposal) -> str:
        assert self._plan is not None
        start, end = to_office_time(proposal.starts_at), to_office_time(proposal.ends_at)
        first = self.tr("{number}. {start}–{end} {zone}").format(
            number=row + 1, start=f"{start:%H:%M}", end=f"{end:%H:%M}", zone=office_zone_label()
        )
        others = other_zone_spans(self._plan, proposal.starts_at, proposal.ends_at)
        return "\n".join([first, margin_text(proposal.comfort), *others])
