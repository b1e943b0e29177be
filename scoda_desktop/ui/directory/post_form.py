"""The post dialog's fields: organisation, titles, dates that may stay empty, diplomatic rank,
head-of-mission class, when functions were taken up (Beijing time) and the internal rank, and
for a new post whether it ends the person's current posts.

``record`` reads a ``PostRecord`` from the fields (text that does not parse is left empty);
``form_problems`` says what only the form can tell (a date that is not a date);
``problem_labels`` are the lines under the fields for their problems.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from scoda_desktop.domain.enums import DiplomaticRank, HeadOfMissionClass
from scoda_desktop.services.meeting_drafts import Problem
from scoda_desktop.ui.directory.choices import SearchableComboBox, organisation_choice
from scoda_desktop.ui.directory.form_fields import (
    DateField,
    help_label,
    office_time_text,
    parse_office_time,
    with_problem,
)
from scoda_desktop.ui.directory.post_labels import hom_class_label, rank_label
from scoda_desktop.ui.meeting_editor.fields import ProblemLabel

if TYPE_CHECKING:
    from scoda_desktop.services.directory.listing import OrganisationRow
    from scoda_desktop.services.directory.posts import PostRow
    from scoda_desktop.services.directory.records import PostRecord

__all__ = ["PROBLEM_FIELDS", "PostForm"]

PROBLEM_FIELDS = (
    "organisation_id",
    "title_en",
    "start_date",
    "end_date",
    "functions_since",
)


class PostForm(QWidget):
    """The fields of ``record``; ``current_posts`` are the posts a new one may end."""

    changed = Signal()

    def __init__(
        self,
        record: PostRecord,
        current_posts: Sequence[PostRow] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._record = record
        self._current_posts = [p for p in current_posts if p.id != record.id]
        self.problem_labels = {name: ProblemLabel(name) for name in PROBLEM_FIELDS}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_form())
        self._connect_changes()

    def _with_problem(self, widget: QWidget, field: str, *below: QWidget) -> QWidget:
        return with_problem(widget, self.problem_labels[field], *below)

    def _build_form(self) -> QFormLayout:
        self.organisation = SearchableComboBox(
            none_label=self.tr("No organisation"),
            placeholder=self.tr("Type to find the organisation (English, 中文)"),
        )
        self.organisation.setObjectName("postOrganisation")
        self.title_en = QLineEdit(objectName="titleEn")
        self.title_en.setPlaceholderText(self.tr("Deputy Ambassador of Tajikistan to China"))
        self.title_zh = QLineEdit(objectName="titleZh")
        self.title_zh.setPlaceholderText(self.tr("塔吉克斯坦驻华副大使"))
        placeholder = self.tr("YYYY-MM-DD, or empty if not known")
        self.start_date = DateField("startDate", placeholder)
        self.end_date = DateField("endDate", self.tr("YYYY-MM-DD, or empty while held"))
        self.diplomatic_rank = QComboBox(objectName="diplomaticRank")
        self.diplomatic_rank.addItem(self.tr("Not a diplomatic post"), None)
        for rank in DiplomaticRank:
            self.diplomatic_rank.addItem(rank_label(rank), rank.value)
        self.hom_class = QComboBox(objectName="headOfMissionClass")
        self.hom_class.addItem(self.tr("Not a head of mission"), None)
        for hom in HeadOfMissionClass:
            self.hom_class.addItem(hom_class_label(hom), hom.value)
        self.functions_since = QLineEdit(objectName="functionsSince")
        self.functions_since.setPlaceholderText(self.tr("YYYY-MM-DD HH:MM in Beijing time"))
        self.internal_rank = QSpinBox(objectName="internalRank")
        self.internal_rank.setRange(0, 999)
        self.internal_rank.setSpecialValueText(self.tr("Not ranked"))
        self.internal_rank.setToolTip(
            self.tr("Host side only: lower numbers come first (a Party secretary 5, a deputy 30)")
        )
        self.end_current = QCheckBox(
            self.tr("End the current post the day &before this one starts"),
            objectName="endCurrentPosts",
        )
        self.end_current.setChecked(True)
        self.end_current.setToolTip(
            self.tr("The ended posts stay in the person's history; meetings keep their titles")
        )
        titles = "\n".join(p.title_en or p.title_zh or "?" for p in self._current_posts)
        self.current_titles = help_label(
            self.tr("Ends, and stays in their history:\n{titles}").format(titles=titles)
        )
        self.current_titles.setTextFormat(Qt.TextFormat.PlainText)
        self._may_end_current = self._record.id is None and bool(self._current_posts)
        self.end_current.setVisible(self._may_end_current)
        self.current_titles.setVisible(self._may_end_current)
        self.end_current.toggled.connect(self.current_titles.setEnabled)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(
            self.tr("&Organisation:"), self._with_problem(self.organisation, "organisation_id")
        )
        form.addRow(self.tr("Title (&English):"), self._with_problem(self.title_en, "title_en"))
        form.addRow(self.tr("Title (&Chinese):"), self.title_zh)
        form.addRow(self.tr("&Starts:"), self._with_problem(self.start_date, "start_date"))
        form.addRow(self.tr("E&nds:"), self._with_problem(self.end_date, "end_date"))
        ending = QWidget()
        ending_column = QVBoxLayout(ending)
        ending_column.setContentsMargins(0, 0, 0, 0)
        ending_column.addWidget(self.end_current)
        ending_column.addWidget(self.current_titles)
        ending.setVisible(self._may_end_current)
        form.addRow("", ending)
        form.addRow(self.tr("Diplomatic &rank:"), self.diplomatic_rank)
        form.addRow(self.tr("Head of &mission:"), self.hom_class)
        since = self._with_problem(
            self.functions_since,
            "functions_since",
            help_label(
                self.tr(
                    "For heads of mission: when they presented credentials (or notified their "
                    "arrival), in Beijing time. Within a class, heads of mission rank by it "
                    "(Vienna Convention, articles 13 and 16)."
                )
            ),
        )
        form.addRow(self.tr("&Functions since\n(Beijing time):"), since)
        form.addRow(self.tr("&Internal rank:"), self.internal_rank)
        return form

    def _connect_changes(self) -> None:
        for line in (self.title_en, self.title_zh, self.functions_since):
            line.textChanged.connect(self.changed)
        for field in (self.start_date, self.end_date):
            field.changed.connect(self.changed)
        self.organisation.value_changed.connect(self.changed)
        for combo in (self.diplomatic_rank, self.hom_class):
            combo.currentIndexChanged.connect(self.changed)
        self.internal_rank.valueChanged.connect(self.changed)
        self.end_current.toggled.connect(self.changed)

    # -- values ------------------------------------------------------------------------------

    def load(self, record: PostRecord) -> None:
        """Show ``record`` in the fields (``changed`` is sent if they change)."""
        self._record = record
        self.organisation.set_value(record.organisation_id)
        self.title_en.setText(record.title_en)
        self.title_zh.setText(record.title_zh or "")
        self.start_date.set_day(record.start_date)
        self.end_date.set_day(record.end_date)
        rank = record.diplomatic_rank
        self.diplomatic_rank.setCurrentIndex(
            max(self.diplomatic_rank.findData(rank.value if rank else None), 0)
        )
        hom = record.head_of_mission_class
        self.hom_class.setCurrentIndex(max(self.hom_class.findData(hom.value if hom else None), 0))
        self.functions_since.setText(office_time_text(record.functions_since))
        self.internal_rank.setValue(record.internal_rank or 0)

    def state(self) -> tuple[object, ...]:
        """Everything the form holds, as typed: what "unsaved changes" compares."""
        return (
            self.organisation.currentText(),
            self.title_en.text(),
            self.title_zh.text(),
            self.start_date.text(),
            self.end_date.text(),
            self.diplomatic_rank.currentIndex(),
            self.hom_class.currentIndex(),
            self.functions_since.text(),
            self.internal_rank.value(),
        )

    def record(self) -> PostRecord:
        """The post as the form shows it; fields that do not parse are left empty (see
        ``form_problems``)."""
        organisation = self.organisation.value()
        rank = self.diplomatic_rank.currentData()
        hom = self.hom_class.currentData()
        return replace(
            self._record,
            organisation_id=organisation,
            title_en=self.title_en.text(),
            title_zh=self.title_zh.text().strip() or None,
            start_date=self.start_date.day(),
            end_date=self.end_date.day(),
            diplomatic_rank=DiplomaticRank(rank) if rank else None,
            head_of_mission_class=HeadOfMissionClass(hom) if hom else None,
            functions_since=_instant_or_none(self.functions_since.text()),
            internal_rank=self.internal_rank.value() or None,
        )

    @property
    def ends_current_posts(self) -> bool:
        return self._may_end_current and self.end_current.isChecked()

    def form_problems(self) -> list[Problem]:
        """What only the form can tell: text that is not a date, an organisation typed that is
        not in the list, a new post that should end the current one without a start date."""
        problems = [
            Problem(field, message)
            for field, widget in (("start_date", self.start_date), ("end_date", self.end_date))
            if (message := widget.problem()) is not None
        ]
        since = self.functions_since.text().strip()
        if since and _instant_or_none(since) is None:
            problems.append(
                Problem(
                    "functions_since",
                    self.tr(
                        "“{text}” is not a date and time: write it as YYYY-MM-DD HH:MM in "
                        "Beijing time (2019-01-22 10:00), or leave it empty."
                    ).format(text=since),
                )
            )
        if self.organisation.is_unknown():
            problems.append(
                Problem(
                    "organisation_id",
                    self.tr(
                        "“{text}” is not in the list of organisations: type part of its name "
                        "and pick it from the list, or add the organisation first."
                    ).format(text=self.organisation.currentText().strip()),
                )
            )
        if self.ends_current_posts and not self.start_date.text().strip():
            problems.append(
                Problem(
                    "start_date",
                    self.tr(
                        "To end the current post, give the date the new post starts (or untick "
                        "the box to keep both posts current)."
                    ),
                )
            )
        return problems

    def set_organisations(self, rows: Sequence[OrganisationRow]) -> None:
        """Offer these organisations (keeping the one chosen, or the text typed)."""
        self.organisation.set_choices(organisation_choice(row) for row in rows)


def _instant_or_none(text: str) -> datetime | None:
    try:
        return parse_office_time(text)
    except ValueError:
        return None
