"""Editors for table cells: a combo box over an enumeration, and a time-zone box.

Both read the cell's ``EditRole`` (an enum's value, or a zone name) and write it back the same
way; the model turns it into the enumeration."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from scoda_desktop.ui.meeting_editor.fields import EnumComboBox, ZoneComboBox

_Index = QModelIndex | QPersistentModelIndex


class EnumDelegate(QStyledItemDelegate):
    def __init__(
        self,
        labels: Mapping[Any, str],
        *,
        none_label: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._labels = labels
        self._none_label = none_label

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        return EnumComboBox(self._labels, none_label=self._none_label, parent=parent)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, EnumComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        member = next((m for m in self._labels if m.value == value), None)
        editor.set_value(member)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, EnumComboBox)
        member = editor.value()
        model.setData(index, None if member is None else member.value, Qt.ItemDataRole.EditRole)


class ZoneDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        return ZoneComboBox(empty_text=self.tr("The meeting's zone"), parent=parent)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, ZoneComboBox)
        editor.set_zone(index.data(Qt.ItemDataRole.EditRole) or None)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, ZoneComboBox)
        model.setData(index, editor.zone(), Qt.ItemDataRole.EditRole)
