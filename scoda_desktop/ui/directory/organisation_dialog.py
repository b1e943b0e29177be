"""New Organisation and Edit Organisation: names, short name, kind, country, the body it is part
of, notes. The service checks the form as the user types (a missing English name, the same name
twice in one country, a parent that is the organisation itself or one of its parts); a save
refused because someone else saved first offers to reload or overwrite.

The page imports this module when the form is first opened (it brings the data layer)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from scoda_desktop.services.directory import (
    CountryRow,
    DirectoryService,
    OrganisationRecord,
    OrganisationRow,
    SavedRecord,
)
from scoda_desktop.services.meeting_drafts import Problem
from scoda_desktop.ui.directory.choices import (
    SearchableComboBox,
    country_choice,
    organisation_choice,
)
from scoda_desktop.ui.directory.organisation_detail import KIND_LABELS, kind_label
from scoda_desktop.ui.directory.record_dialog import RecordDialog
from scoda_desktop.ui.directory.tasks import FailureReporter
from scoda_desktop.ui.meeting_editor.fields import EnumComboBox
from scoda_desktop.ui.workers import TaskRunner

if TYPE_CHECKING:
    from scoda_desktop.domain.enums import OrganisationKind

__all__ = ["OrganisationDialog", "parts_of"]

DIALOG_WIDTH = 620


def parts_of(organisation_id: int, parents: dict[int, int | None]) -> set[int]:
    """``organisation_id`` and every organisation inside it, however deep (``parents``: id ->
    parent id): what cannot be its parent."""
    inside = {organisation_id}
    grew = True
    while grew:
        grew = False
        for child, parent in parents.items():
            if parent in inside and child not in inside:
                inside.add(child)
                grew = True
    return inside


class OrganisationDialog(RecordDialog):
    def __init__(
        self,
        runner: TaskRunner,
        service: DirectoryService,
        report_failure: FailureReporter,
        *,
        record: OrganisationRecord | None,
        countries: Sequence[CountryRow],
        organisations: Sequence[OrganisationRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, service, report_failure, parent)
        self.setObjectName("organisationDialog")
        self._original = record or OrganisationRecord(name_en="")
        if record is None:
            self.setWindowTitle(self.tr("New Organisation"))
        else:
            self.setWindowTitle(self.tr("Edit Organisation: {name}").format(name=record.name_en))

        self.name_en = QLineEdit(objectName="nameEn")
        self.name_en.setPlaceholderText(self.tr("Such as Embassy of Indonesia in China"))
        self.name_zh = QLineEdit(objectName="nameZh")
        self.name_zh.setPlaceholderText(self.tr("As the organisation writes it in Chinese"))
        self.short_name = QLineEdit(objectName="shortName")
        self.short_name.setPlaceholderText(self.tr("Optional, such as SCODA"))
        labels = {kind: kind_label(kind) for kind in KIND_LABELS}
        self.kind: EnumComboBox[OrganisationKind] = EnumComboBox(labels)
        self.kind.setObjectName("kind")
        self.country = SearchableComboBox(none_label=self.tr("No country"))
        self.country.setObjectName("country")
        self.country.setToolTip(self.tr("Type part of the name in English or Chinese, or the code"))
        self.country.set_choices(
            country_choice(row.code, row.name_en, row.name_zh) for row in countries
        )
        self.parent_choice = SearchableComboBox(
            none_label=self.tr("Not part of another organisation")
        )
        self.parent_choice.setObjectName("parentOrganisation")
        self.parent_choice.setToolTip(
            self.tr("The larger body this one belongs to, such as a committee for its department")
        )
        parents = {row.id: row.parent_id for row in organisations}
        excluded = parts_of(record.id, parents) if record and record.id is not None else set()
        self.parent_choice.set_choices(
            organisation_choice(row) for row in organisations if row.id not in excluded
        )
        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 5 + 12)

        self.add_field(self.tr("&Name in English:"), self.name_en, "name_en")
        self.add_field(self.tr("Name in &Chinese:"), self.name_zh, "name_zh")
        self.add_field(self.tr("&Short name:"), self.short_name, "short_name_en")
        self.add_field(self.tr("&Kind:"), self.kind, "kind")
        self.add_field(self.tr("C&ountry:"), self.country, "country_code")
        self.add_field(self.tr("&Part of:"), self.parent_choice, "parent_id")
        self.add_field(self.tr("No&tes:"), self.notes, "notes")

        for edit in (self.name_en, self.name_zh, self.short_name):
            edit.textChanged.connect(self.changed)
        self.notes.textChanged.connect(self.changed)
        self.kind.currentIndexChanged.connect(self.changed)
        self.country.value_changed.connect(self.changed)
        self.parent_choice.value_changed.connect(self.changed)

        self.start(self._original)
        self.resize(DIALOG_WIDTH, self.sizeHint().height())
        self.name_en.setFocus()

    # -- the record ------------------------------------------------------------------------

    def load(self, record: OrganisationRecord) -> None:
        self._original = record
        self.name_en.setText(record.name_en)
        self.name_zh.setText(record.name_zh or "")
        self.short_name.setText(record.short_name_en or "")
        self.kind.set_value(record.kind)
        self.country.set_value(record.country_code)
        self.parent_choice.set_value(record.parent_id)
        self.notes.setPlainText(record.notes or "")

    def record(self) -> OrganisationRecord:
        original = self._original
        return OrganisationRecord(
            name_en=self.name_en.text().strip(),
            name_zh=self.name_zh.text().strip() or None,
            short_name_en=self.short_name.text().strip() or None,
            kind=self.kind.value() or original.kind,
            country_code=self.country.value(),
            parent_id=self.parent_choice.value(),
            notes=self.notes.toPlainText().strip() or None,
            id=original.id,
            uid=original.uid,
            version=original.version,
        )

    def local_problems(self, record: OrganisationRecord) -> list[Problem]:
        problems = []
        if self.country.is_unknown():
            problems.append(
                Problem(
                    "country_code",
                    self.tr(
                        "“{text}” is not in the list of countries: choose one from the list, "
                        "or clear the field."
                    ).format(text=self.country.currentText().strip()),
                )
            )
        if self.parent_choice.is_unknown():
            problems.append(
                Problem(
                    "parent_id",
                    self.tr(
                        "“{text}” is not an organisation this one can be part of: choose one "
                        "from the list, or clear the field."
                    ).format(text=self.parent_choice.currentText().strip()),
                )
            )
        return problems

    def checker(self) -> Callable[[OrganisationRecord], list[Problem]]:
        return self._service.check_organisation

    def saver(self) -> Callable[[OrganisationRecord], SavedRecord]:
        return self._service.save_organisation

    def saved_reader(self) -> Callable[[], OrganisationRecord]:
        service, organisation_id = self._service, self._original.id
        if organisation_id is None:
            raise ValueError("a new organisation has no saved version")
        return lambda: service.organisation(organisation_id).record

    def save_failed_title(self) -> str:
        return self.tr("Cannot save the organisation")

    def stale_title(self) -> str:
        return self.tr("The organisation was changed elsewhere")
