"""A read-only model over a ``services.tabular.Table`` (a report, the liaison list): cells shown
as text (days as the interface's language writes them), numbers right-aligned, and a sort key
per cell on ``SORT_ROLE`` so that numbers and days sort as such."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from scoda_desktop.services.tabular import Cell, Table
from scoda_desktop.ui.display import date_text, date_time_text, office_time_text

__all__ = ["SORT_ROLE", "TabularModel", "cell_text"]

_Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def cell_text(value: Cell) -> str:
    """A cell as the screen shows it: days as the interface writes them (``2026-11-28``,
    ``2026年11月28日``), rates with one decimal."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("TabularModel", "yes") if value else ""
    if isinstance(value, datetime):  # an instant on the office's clock, as exports write it
        return office_time_text(value) if value.tzinfo else date_time_text(value)
    if isinstance(value, date):
        return date_text(value)
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def _sort_key(value: Cell) -> float | str:
    """Numbers as numbers; days in ISO form (they sort in time); everything else by its
    text."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return cell_text(value).casefold()


class TabularModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table = Table(title="", columns=(), rows=())

    @property
    def table(self) -> Table:
        return self._table

    def set_table(self, table: Table) -> None:
        """Replace the columns and every row (the one reset the model has)."""
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def cell(self, row: int, column: int) -> Cell:
        return self._table.rows[row][column]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._table.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._table.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._table.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(value)
        if role == SORT_ROLE:
            return _sort_key(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = isinstance(value, int | float) and not isinstance(value, bool)
            horizontal = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            columns = self._table.columns
            return columns[section] if 0 <= section < len(columns) else None
        return section + 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
