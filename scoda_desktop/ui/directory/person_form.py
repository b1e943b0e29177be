"""The person dialog's fields, on three tabs: Name (every form of the name, the country and the
photo), Contact, Biography and notes. ``values`` gives what a ``PersonRecord`` takes; ``load``
fills the fields from one; ``problem_labels`` are the lines under the fields for their problems.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from scoda_desktop.domain.enums import NameOrder
from scoda_desktop.ui.directory.choices import SearchableComboBox, country_choice
from scoda_desktop.ui.directory.form_fields import help_label, with_problem
from scoda_desktop.ui.directory.person_photo import PhotoField
from scoda_desktop.ui.meeting_editor.fields import ProblemLabel, set_text, text_of
from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from scoda_desktop.services.directory.listing import CountryRow
    from scoda_desktop.services.directory.records import PersonRecord

__all__ = ["CONTACT_TAB", "NAME_TAB", "NOTES_TAB", "TAB_OF_FIELD", "PersonForm"]

NAME_TAB, CONTACT_TAB, NOTES_TAB = range(3)
TAB_OF_FIELD = {
    "email": CONTACT_TAB,
    "phone": CONTACT_TAB,
    "mobile": CONTACT_TAB,
    "address": CONTACT_TAB,
    "bio": NOTES_TAB,
    "notes": NOTES_TAB,
}
# Fields with a message line under them; a problem for any other field shows in the status.
PROBLEM_FIELDS = ("family_name", "given_name", "country_code", "email")


class PersonForm(QWidget):
    changed = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.problem_labels = {name: ProblemLabel(name) for name in PROBLEM_FIELDS}

        self.tabs = QTabWidget(objectName="personTabs")
        self.tabs.addTab(self._build_name_tab(runner), self.tr("&Name"))
        self.tabs.addTab(self._build_contact_tab(), self.tr("&Contact"))
        self.tabs.addTab(self._build_notes_tab(), self.tr("&Biography and notes"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        for line in (
            self.family_name,
            self.given_name,
            self.first_reference,
            self.second_reference,
            self.salutation,
            self.honorific,
            self.name_zh,
            self.email,
            self.phone,
            self.mobile,
        ):
            line.textChanged.connect(self._emit_changed)
        for text in (self.alternative_spellings, self.address, self.bio, self.notes):
            text.textChanged.connect(self._emit_changed)
        self.name_order.currentIndexChanged.connect(self._on_order_changed)
        self.country.value_changed.connect(self._emit_changed)
        self.photo.changed.connect(self._emit_changed)

    # -- building ----------------------------------------------------------------------------

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        line = QLineEdit(objectName=name)
        line.setPlaceholderText(placeholder)
        return line

    def _with_problem(self, widget: QWidget, field: str) -> QWidget:
        return with_problem(widget, self.problem_labels[field])

    def _build_name_tab(self, runner: TaskRunner) -> QWidget:
        self.family_name = self._line(
            "familyName", self.tr("Family name, or the whole name if they have only one")
        )
        self.given_name = self._line("givenName", self.tr("Given name(s), as supplied"))
        self.name_order = QComboBox(objectName="nameOrder")
        self.name_order.addItem(self.tr("Given name first"), NameOrder.GIVEN_FIRST.value)
        self.name_order.addItem(self.tr("Family name first"), NameOrder.FAMILY_FIRST.value)
        self.name_order.addItem(self.tr("Single name"), NameOrder.SINGLE.value)
        self.order_help = help_label()
        self.order_help.setObjectName("nameOrderHelp")
        self.preview = QLabel(objectName="namePreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.first_reference = self._line(
            "firstReference", self.tr("Only if it differs from the name in its order")
        )
        self.second_reference = self._line(
            "secondReference", self.tr("Default: the family name (Liu, Oratmangun)")
        )
        self.salutation = self._line("salutation", self.tr("H.E. Mr Djauhari Oratmangun"))
        self.honorific = self._line("honorific", self.tr("Mr, Ms, Dr, H.E."))
        self.name_zh = self._line("nameZh", self.tr("刘建军"))
        self.alternative_spellings = QPlainTextEdit(objectName="alternativeSpellings")
        self.alternative_spellings.setPlaceholderText(
            self.tr("Other spellings seen in letters and releases, one per line")
        )
        self.alternative_spellings.setTabChangesFocus(True)
        self.alternative_spellings.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.country = SearchableComboBox(
            none_label=self.tr("No country"),
            placeholder=self.tr("Type to find a country (English, 中文 or code)"),
        )
        self.country.setObjectName("personCountry")
        self.photo = PhotoField(runner)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Family name:"), self._with_problem(self.family_name, "family_name"))
        form.addRow(self.tr("&Given name:"), self._with_problem(self.given_name, "given_name"))
        order = QWidget()
        order_column = QVBoxLayout(order)
        order_column.setContentsMargins(0, 0, 0, 0)
        order_column.addWidget(self.name_order)
        order_column.addWidget(self.order_help)
        order_column.addWidget(self.preview)
        form.addRow(self.tr("Name &order:"), order)
        form.addRow(self.tr("&First reference:"), self.first_reference)
        form.addRow(self.tr("&Second reference:"), self.second_reference)
        form.addRow(self.tr("Sal&utation:"), self.salutation)
        form.addRow(self.tr("&Honorific:"), self.honorific)
        form.addRow(self.tr("Chinese na&me:"), self.name_zh)
        form.addRow(self.tr("&Alternative spellings:"), self.alternative_spellings)
        form.addRow(self.tr("Coun&try:"), self._with_problem(self.country, "country_code"))

        fields = QVBoxLayout()
        fields.addLayout(form)
        fields.addStretch(1)  # spare height below the fields, not between them
        tab = QWidget()
        row = QHBoxLayout(tab)
        row.addLayout(fields, 1)
        row.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        return tab

    def _build_contact_tab(self) -> QWidget:
        self.email = self._line("email", self.tr("name@example.com"))
        self.phone = self._line("phone", self.tr("+86 532 0000 0000"))
        self.mobile = self._line("mobile")
        self.address = QPlainTextEdit(objectName="address")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&E-mail:"), self._with_problem(self.email, "email"))
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("&Mobile:"), self.mobile)
        form.addRow(self.tr("A&ddress:"), self.address)
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.addLayout(form)
        column.addStretch(1)  # spare height below the fields, not between them
        return tab

    def _build_notes_tab(self) -> QWidget:
        self.bio = QPlainTextEdit(objectName="bio")
        self.bio.setTabChangesFocus(True)
        self.bio.setPlaceholderText(
            self.tr("Career and background, for briefing sheets: facts and dates")
        )
        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Internal notes, not printed"))
        tab = QWidget()
        form = QFormLayout(tab)
        form.addRow(self.tr("&Biography:"), self.bio)
        form.addRow(self.tr("N&otes:"), self.notes)
        return tab

    # -- values ------------------------------------------------------------------------------

    def load(self, record: PersonRecord) -> None:
        """Show ``record`` in the fields (no ``changed`` while filling)."""
        self._loading = True
        try:
            self.family_name.setText(record.family_name)
            for widget, value in (
                (self.given_name, record.given_name),
                (self.first_reference, record.first_reference),
                (self.second_reference, record.second_reference),
                (self.salutation, record.salutation),
                (self.honorific, record.honorific),
                (self.name_zh, record.name_zh),
                (self.email, record.email),
                (self.phone, record.phone),
                (self.mobile, record.mobile),
                (self.address, record.address),
                (self.bio, record.bio),
                (self.notes, record.notes),
            ):
                set_text(widget, value)
            self.alternative_spellings.setPlainText("\n".join(record.alternative_spellings))
            index = self.name_order.findData(NameOrder(record.name_order).value)
            self.name_order.setCurrentIndex(max(index, 0))
            self.country.set_value(record.country_code)
            self.photo.set_photo(record.photo, record.photo_mime)
        finally:
            self._loading = False
        self._explain_order()

    def values(self) -> dict[str, Any]:
        """The fields as ``PersonRecord`` keyword arguments (text as typed; the service trims).
        ``country_code`` is None when the text typed names no country (``country_unknown``)."""
        photo, mime = self.photo.photo()
        return {
            "family_name": self.family_name.text(),
            "given_name": text_of(self.given_name),
            "name_order": NameOrder(self.name_order.currentData()),
            "first_reference": text_of(self.first_reference),
            "second_reference": text_of(self.second_reference),
            "salutation": text_of(self.salutation),
            "honorific": text_of(self.honorific),
            "name_zh": text_of(self.name_zh),
            "alternative_spellings": [
                line.strip()
                for line in self.alternative_spellings.toPlainText().splitlines()
                if line.strip()
            ],
            "country_code": self.country.value(),
            "email": text_of(self.email),
            "phone": text_of(self.phone),
            "mobile": text_of(self.mobile),
            "address": text_of(self.address),
            "bio": text_of(self.bio),
            "notes": text_of(self.notes),
            "photo": photo,
            "photo_mime": mime,
        }

    def country_unknown(self) -> bool:
        return self.country.is_unknown()

    def set_countries(self, rows: Sequence[CountryRow]) -> None:
        """Offer these countries (keeping the one chosen, or the text typed)."""
        self.country.set_choices(country_choice(row.code, row.name_en, row.name_zh) for row in rows)

    def all_problem_labels(self) -> dict[str, ProblemLabel]:
        """The lines under the fields for their problems (the photo's too), by field."""
        return {**self.problem_labels, "photo": self.photo.problem}

    def update_preview(self, text: str) -> None:
        self.preview.setText(text)
        self.preview.setVisible(bool(text))

    def close_form(self) -> None:
        self.photo.close_field()

    # -- name order --------------------------------------------------------------------------

    def _on_order_changed(self) -> None:
        self._explain_order()
        self._emit_changed()

    def _explain_order(self) -> None:
        order = NameOrder(self.name_order.currentData())
        if order == NameOrder.FAMILY_FIRST:
            text = self.tr(
                "Written family name first, as Chinese names are: Liu Jianjun, then “Liu”. "
                "Never inverted."
            )
        elif order == NameOrder.SINGLE:
            text = self.tr(
                "One name only, as many Indonesians have (Wiryanto): type it in Family name "
                "and leave Given name empty."
            )
        else:
            text = self.tr("Written given name first: Djauhari Oratmangun, then “Oratmangun”.")
        self.order_help.setText(
            self.tr(
                "{order} Names are never split or reordered for you: type each part as the "
                "embassy supplies it."
            ).format(order=text)
        )

    def _emit_changed(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()
