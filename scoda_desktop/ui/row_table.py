"""A read-only table over plain rows (dataclasses read by a service), described by its columns,
and a proxy that filters it as the user types.

The lists of the directory and of follow-ups are built on these two. ``RowTableModel`` sorts
itself: a ``QSortFilterProxyModel`` sorting thousands of rows calls ``data`` from C++ for every
comparison; here each row's key is computed once and Python's sort does the rest. The proxy
passes ``sort`` down and keeps the model's order.

Column headers are source strings (mark them with ``QT_TRANSLATE_NOOP(context, ...)``); the model
translates them in ``context`` when a view asks.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush

__all__ = [
    "ROW_ROLE",
    "SORT_ROLE",
    "AcceptedRowsProxy",
    "Column",
    "RowFilterProxy",
    "RowStyle",
    "RowTableModel",
    "text_sort_key",
]

R = TypeVar("R")
_Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the key the model sorts the column on
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the row itself

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_SORT, _ROW = int(SORT_ROLE), int(ROW_ROLE)


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header (a source string), the text of a cell, and optionally the key it
    sorts on (default: the text, blind to case and accents, so "Élise" sorts with "Elise"; give
    one for dates and numbers), a tooltip, an alignment and a header tooltip."""

    header: str
    text: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None
    tooltip: Callable[[R], str | None] | None = None
    alignment: Qt.AlignmentFlag | None = None
    header_tip: str | None = None

    def key(self, row: R) -> Any:
        return self.sort_key(row) if self.sort_key is not None else text_sort_key(self.text(row))


def text_sort_key(text: str) -> str:
    """``text`` without accents and case, for sorting."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@dataclass(frozen=True)
class RowStyle(Generic[R]):
    """Colours for whole rows (an overdue follow-up, a post that has ended): each returns a
    brush for the row, or None for the view's own."""

    foreground: Callable[[R], QBrush | None] | None = None
    background: Callable[[R], QBrush | None] | None = None


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Read-only rows of one type. ``set_rows`` replaces them all (a list is read again, never
    patched); ``key`` names a row (its id) for ``row_of``; ``search_text`` is what a
    ``RowFilterProxy`` matches typed words against (already folded)."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        *,
        key: Callable[[R], Hashable],
        search_text: Callable[[R], str] | None = None,
        style: RowStyle[R] | None = None,
        context: str = "RowTableModel",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._key = key
        self._search_text = search_text
        self._style = style or RowStyle()
        self._context = context
        self._rows: list[R] = []
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    # -- content ---------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[R]) -> None:
        """Show ``rows``, in the order of the last ``sort`` if there was one."""
        self.beginResetModel()
        self._rows = list(rows)
        if self._sorted_by is not None:
            self._rows = [self._rows[i] for i in self._order(*self._sorted_by)]
        self.endResetModel()

    def rows(self) -> list[R]:
        """The rows in model order (the model's own list: do not change it)."""
        return self._rows

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def row_of(self, key: Hashable) -> int | None:
        """The position of the row whose key is ``key``, or None if it is not listed."""
        return next((n for n, row in enumerate(self._rows) if self._key(row) == key), None)

    def search_texts(self) -> list[str]:
        """What the filter matches, row by row in model order ("" for every row when the model
        has no ``search_text``)."""
        text = self._search_text
        return [text(row) for row in self._rows] if text else [""] * len(self._rows)

    def column_count(self) -> int:
        return len(self._columns)

    # -- sorting ---------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows by ``column`` (ties keep their order), keeping persistent indexes
        (the selection) on the same rows."""
        if not 0 <= column < len(self._columns):
            return
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        new_order = self._order(column, order)
        position = [0] * len(new_order)
        for new, old in enumerate(new_order):
            position[old] = new
        self._rows = [self._rows[i] for i in new_order]
        before = self.persistentIndexList()
        after = [self.index(position[i.row()], i.column()) for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _order(self, column: int, order: Qt.SortOrder) -> list[int]:
        key = self._columns[column].key
        keys = [key(row) for row in self._rows]
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(range(len(keys)), key=keys.__getitem__, reverse=descending)

    # -- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == _DISPLAY:
            return QCoreApplication.translate(self._context, column.header)
        if role == _TOOLTIP and column.header_tip:
            return QCoreApplication.translate(self._context, column.header_tip)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row_number = index.row()
        if not index.isValid() or not 0 <= row_number < len(self._rows):
            return None
        row = self._rows[row_number]
        column = self._columns[index.column()]
        if role == _DISPLAY:
            return column.text(row)
        if role == _SORT:
            return column.key(row)
        if role == _ROW:
            return row
        if role == _TOOLTIP:
            return column.tooltip(row) if column.tooltip else None
        if role == _ALIGNMENT:
            return int(column.alignment) if column.alignment is not None else None
        if role == _FOREGROUND and self._style.foreground:
            return self._style.foreground(row)
        if role == _BACKGROUND and self._style.background:
            return self._style.background(row)
        return None


class AcceptedRowsProxy(QSortFilterProxyModel):
    """A filter over a flat model that sorts itself (``sort`` is passed down to it), whose
    accepted rows are worked out in one pass in Python (``accepted_rows``) when the
    conditions or the rows change; ``filterAcceptsRow`` only looks the answer up.

    ``SOURCE`` is the model type the proxy works out rows for; over any other model it
    accepts every row and sorts as a plain proxy."""

    SOURCE: type[QAbstractItemModel] = QAbstractItemModel

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._accepted: list[bool] | None = None  # by source row; None: not worked out yet

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        previous = self.sourceModel()
        if isinstance(previous, self.SOURCE):
            for signal in self._change_signals(previous):
                signal.disconnect(self._forget)
        super().setSourceModel(model)
        self._forget()
        if isinstance(model, self.SOURCE):
            for signal in self._change_signals(model):
                signal.connect(self._forget)

    @staticmethod
    def _change_signals(model: QAbstractItemModel) -> tuple[Any, ...]:
        """Signals sent before the model's rows change: the answers are worked out again."""
        return (
            model.modelAboutToBeReset,
            model.layoutAboutToBeChanged,
            model.rowsAboutToBeInserted,
            model.rowsAboutToBeRemoved,
        )

    def _forget(self, *_args: object) -> None:
        self._accepted = None

    def refilter(self) -> None:
        """Work the accepted rows out again (the conditions changed): one layout change."""
        self._accepted = None
        self.invalidate()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, self.SOURCE):
            model.sort(column, order)
        else:
            super().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        accepted = self._accepted
        if accepted is None:
            model = self.sourceModel()
            if not isinstance(model, self.SOURCE):
                return True
            accepted = self._accepted = self.accepted_rows(model)
        return accepted[source_row]  # a flat table: no parent to look at

    def accepted_rows(self, model: Any) -> list[bool]:
        """Whether each row of ``model`` is shown, by source row."""
        raise NotImplementedError


class RowFilterProxy(AcceptedRowsProxy):
    """Keeps the rows of a ``RowTableModel`` whose search text holds every typed word and that
    ``predicate`` accepts, in the model's order. ``fold`` turns typed text into the form the
    search texts are in (the directory folds accents and case alike)."""

    SOURCE = RowTableModel

    def __init__(
        self, fold: Callable[[str], str] = str.casefold, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._fold = fold
        self._words: tuple[str, ...] = ()
        self._predicate: Callable[[Any], bool] | None = None

    @property
    def words(self) -> tuple[str, ...]:
        return self._words

    def set_text(self, text: str) -> None:
        """Filter by the words of ``text`` (folded); an empty text keeps every row."""
        words = tuple(self._fold(text).split())
        if words != self._words:
            self._words = words
            self.refilter()

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        """Keep only the rows ``predicate`` accepts as well (None: no such condition)."""
        self._predicate = predicate
        self.refilter()

    def accepted_rows(self, model: RowTableModel[Any]) -> list[bool]:
        rows = model.rows()
        accepted = [True] * len(rows)
        if self._words:
            texts = model.search_texts()
            accepted = [all(word in text for word in self._words) for text in texts]
        if self._predicate is not None:
            predicate = self._predicate
            accepted = [ok and predicate(row) for ok, row in zip(accepted, rows, strict=True)]
        return accepted
