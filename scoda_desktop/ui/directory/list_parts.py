"""Parts of a directory page's list pane: the table over the filtered rows, and the bar of
commands under it (the selection's commands on the left, the count, then import and export).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

__all__ = ["CommandBar", "directory_table", "set_column_widths"]


def directory_table(proxy: QSortFilterProxyModel) -> QTableView:
    """The list: sorted by the first column, one row selected at a time, not editable."""
    table = QTableView(objectName="directoryTable")
    table.setModel(proxy)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionsMovable(True)
    header.setMinimumSectionSize(40)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    return table


def set_column_widths(table: QTableView, widths: Sequence[int], *, stretch: int) -> None:
    """Initial widths in pixels; column ``stretch`` takes the width the others leave."""
    header = table.horizontalHeader()
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class CommandBar(QWidget):
    """Buttons for the page's commands, ``count_label`` and the trailing buttons (import,
    export). A button's keyboard shortcuts work anywhere in ``scope`` (the page)."""

    def __init__(self, scope: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scope = scope
        self.leading = QHBoxLayout()
        self.trailing = QHBoxLayout()
        self.count_label = QLabel(objectName="directoryCount")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.leading)
        layout.addStretch(1)
        layout.addWidget(self.count_label)
        layout.addLayout(self.trailing)

    def add_button(
        self,
        text: str,
        slot: Callable[[], object],
        *,
        name: str,
        tip: str,
        shortcuts: Sequence[str] = (),
        trailing: bool = False,
    ) -> QPushButton:
        """A button for ``slot`` (``trailing``: right of the count); its ``shortcuts`` are
        named in its tooltip."""
        button = QPushButton(text, objectName=name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        keys = [QKeySequence(keys) for keys in shortcuts]
        for sequence in keys:
            shortcut = QShortcut(sequence, self._scope, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if keys:
            named = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            tip = f"{tip} ({named})"
        button.setToolTip(tip)
        (self.trailing if trailing else self.leading).addWidget(button)
        return button
