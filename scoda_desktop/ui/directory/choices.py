"""A choice among many found by typing (a country, an organisation), for every directory form.

``SearchableComboBox`` is an editable combo box whose completer matches any part of an item's
label ("indo" or "印度" offers Indonesia), whose items may also be named by aliases (a country by
its code or either name alone), and which never loses a value: a key set before the choices
arrive is kept, and text that names no item stays as typed for the form to explain.
``country_choice`` and ``organisation_choice`` say how a country and an organisation are offered.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

if TYPE_CHECKING:
    from scoda_desktop.services.directory.listing import OrganisationRow

__all__ = ["Choice", "SearchableComboBox", "country_choice", "organisation_choice"]

Choice = tuple[Hashable, str, Iterable[str]]  # key, label, aliases


class SearchableComboBox(QComboBox):
    """Items carry a key; ``value()`` is the key of the item whose label (or alias) is shown,
    None when the box is empty or shows the "none" item. Text that names no item is kept as
    typed: ``is_unknown()`` says so (the value is then None), ``unread_text()`` gives it.

    ``none_label``: an item for "none" first in the list (a form where the choice is optional);
    ``placeholder``: what the empty box says (default: ``none_label``)."""

    value_changed = Signal()

    def __init__(
        self,
        *,
        none_label: str | None = None,
        placeholder: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._none_label = none_label
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setMinimumContentsLength(24)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._labels = QStringListModel(self)
        completer = QCompleter(self._labels, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(placeholder or none_label or "")
        line.setClearButtonEnabled(True)
        self._aliases: dict[str, Hashable] = {}  # casefolded alias -> key
        self.currentTextChanged.connect(lambda _text: self.value_changed.emit())
        line.editingFinished.connect(self._show_label)
        self.set_choices(())

    def set_choices(self, choices: Iterable[Choice]) -> None:
        """Offer ``choices``, keeping the value chosen (kept as an item of its own if it is no
        longer offered) or the text typed. An alias two items share names neither."""
        kept, kept_label = self.value(), self.currentText()
        typed = kept_label if self.is_unknown() else None
        self.blockSignals(True)
        try:
            self.clear()
            if self._none_label is not None:
                self.addItem(self._none_label, None)
            aliases: dict[str, Hashable] = {}
            shared: set[str] = set()
            for key, label, names in choices:
                self.addItem(label, key)
                for name in {name.strip().casefold() for name in names if name.strip()}:
                    if name in aliases and aliases[name] != key:
                        shared.add(name)
                    aliases[name] = key
            self._aliases = {name: key for name, key in aliases.items() if name not in shared}
            if typed is not None:
                self._update_completer()
                self.setCurrentIndex(-1)
                self.setEditText(typed)
            else:
                self._select(kept, kept_label)
        finally:
            self.blockSignals(False)

    def keys(self) -> list[Any]:
        return [self.itemData(i) for i in range(self.count()) if self.itemData(i) is not None]

    def value(self) -> Any | None:
        index = self._matching_index()
        return self.itemData(index) if index >= 0 else None

    def set_value(self, key: Hashable | None, *, label: str | None = None) -> None:
        """Show the item of ``key`` (None: the empty box). A key not offered (yet) is added
        as an item labelled ``label`` (default: the key), so that the value is not lost."""
        self._select(key, label)

    def is_unknown(self) -> bool:
        """Whether the box shows text that is neither empty, "none", nor one of the items."""
        return bool(self.currentText().strip()) and self._matching_index() < 0

    def unread_text(self) -> str | None:
        """The text typed that names no item (None when the box holds a value or nothing)."""
        return self.currentText().strip() if self.is_unknown() else None

    def _matching_index(self) -> int:
        text = self.currentText().strip()
        if not text:
            return -1
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)  # case aside
        if index < 0 and text.casefold() in self._aliases:
            index = self.findData(self._aliases[text.casefold()])
        return index

    def _show_label(self) -> None:
        """Typed an alias (or the label in other case): show the item's label."""
        index = self._matching_index()
        if index >= 0 and self.currentText() != self.itemText(index):
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))

    def _select(self, key: Hashable | None, label: str | None = None) -> None:
        index = self.findData(key) if key is not None else -1
        if key is not None and index < 0:
            self.addItem(label or str(key), key)
            index = self.count() - 1
        self._update_completer()
        if index >= 0:
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))
        else:
            self.setCurrentIndex(-1)
            self.setEditText("")

    def _update_completer(self) -> None:
        self._labels.setStringList([self.itemText(i) for i in range(self.count())])


def country_choice(code: str, name_en: str, name_zh: str | None) -> Choice:
    """A country as a ``SearchableComboBox`` offers it: shown as ``Indonesia 印度尼西亚 (ID)``,
    named also by its code or either name alone."""
    chinese = f" {name_zh}" if name_zh and name_zh != name_en else ""
    return code, f"{name_en}{chinese} ({code})", (code, name_en, name_zh or "")


def organisation_choice(row: OrganisationRow) -> Choice:
    """An organisation as offered: ``Embassy of Tajikistan in China 塔吉克斯坦驻华使馆 (TJ)``,
    named also by either name or its short name alone."""
    chinese = f" {row.name_zh}" if row.name_zh else ""
    country = f" ({row.country_code})" if row.country_code else ""
    aliases = (row.name_en, row.name_zh or "", row.short_name_en or "")
    return row.id, f"{row.name_en}{chinese}{country}", aliases
