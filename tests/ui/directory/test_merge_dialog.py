"""The merge dialog on the demo data: a second record of Muhammed Igormonzod ("Muhammad
Egamzod", with meetings and an outcome of its own) is suggested first, compared side by side and
merged; every meeting and outcome then belongs to the kept record and the other is gone."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt

from scoda_desktop.domain.enums import OutcomeKind, Side
from scoda_desktop.domain.models import Outcome, Participation, Person
from scoda_desktop.ui.directory import merge_dialog as merge_module
from scoda_desktop.ui.directory.merge_compare import other_records
from scoda_desktop.ui.directory.merge_dialog import MergeDialog
from scoda_desktop.ui.row_table import ROW_ROLE

KEPT = "Igormonzod"


@dataclass(frozen=True)
class Duplicate:
    id: int
    shared_meeting: int  # attended by both records
    own_meeting: int  # attended by the duplicate only
    outcome: int  # owned by the duplicate


@pytest.fixture
def duplicate(demo_database, person_id) -> Duplicate:
    """A second record of Muhammed Igormonzod, as SCODA's 2021 release spelled him, who
    attended his meeting and another one and owns an outcome of that other meeting."""
    kept = person_id(KEPT)
    p = Participation.__table__.c
    with demo_database.transaction() as session:
        attended = set(
            session.execute(sa.select(p.meeting_id).where(p.person_id == kept)).scalars()
        )
        shared = min(attended)
        other = (
            session.execute(
                sa.select(p.meeting_id).where(p.meeting_id.not_in(attended)).order_by(p.meeting_id)
            )
            .scalars()
            .first()
        )
        person = Person(
            family_name="Egamzod",
            given_name="Muhammad",
            country_code="TJ",
            mobile="+992 90 000 0000",
        )
        session.add(person)
        session.flush()
        assert person.id is not None and other is not None
        session.add_all(
            [
                Participation(
                    meeting_id=shared,
                    person_id=person.id,
                    side=Side.GUEST,
                    name_en="Muhammad Egamzod",
                ),
                Participation(meeting_id=other, person_id=person.id, side=Side.GUEST),
            ]
        )
        outcome = Outcome(
            meeting_id=other,
            kind=OutcomeKind.FOLLOW_UP,
            text_en="Send the logistics park brochure",
            owner_id=person.id,
        )
        session.add(outcome)
        session.flush()
        assert outcome.id is not None
        return Duplicate(person.id, shared, other, outcome.id)


@pytest.fixture
def make_dialog(qtbot, runner, service_factory, report_failure, person_id):
    def make(name: str = KEPT) -> MergeDialog:
        dialog = MergeDialog(runner, service_factory, report_failure, person_id(name))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.model.rowCount() > 0 and dialog.busy_bar.isHidden())
        return dialog

    return make


def _choose(qtbot, dialog: MergeDialog, other_id: int) -> None:
    dialog.choose(other_id)
    qtbot.waitUntil(lambda: dialog.ready)


def _confirm(monkeypatch, answer: bool = True) -> list[str]:
    asked: list[str] = []

    def confirm(self, question: str) -> bool:
        asked.append(question)
        return answer

    monkeypatch.setattr(MergeDialog, "confirm", confirm)
    return asked


def _people(database) -> dict[int, str]:
    t = Person.__table__.c
    with database.session() as session:
        return dict(session.execute(sa.select(t.id, t.family_name)).all())


def _participants(database, meeting_id: int) -> list[int]:
    p = Participation.__table__.c
    with database.session() as session:
        return list(
            session.execute(sa.select(p.person_id).where(p.meeting_id == meeting_id)).scalars()
        )


def test_the_possible_duplicate_is_listed_first_with_its_reason(make_dialog, duplicate):
    dialog = make_dialog()
    first = dialog.proxy.index(0, 0).data(ROW_ROLE)
    assert first.id == duplicate.id
    assert first.reason  # why it is suggested
    assert dialog.proxy.index(0, 4).data() == first.reason
    assert "listed first may be the same person" in dialog.intro_label.text()
    listed = [dialog.model.row_at(n).id for n in range(dialog.model.rowCount())]
    assert len(listed) == len(set(listed))
    assert dialog.kept is not None and dialog.kept.record.family_name == KEPT
    assert KEPT not in {dialog.model.row_at(n).person.family_name for n in range(len(listed))}
    assert not dialog.merge_button.isEnabled()  # nothing chosen yet


def test_the_list_filters_by_any_name_form(make_dialog, duplicate):
    dialog = make_dialog()
    dialog.filter_edit.setText("egamzod")
    shown = {dialog.proxy.index(n, 0).data(ROW_ROLE).id for n in range(dialog.proxy.rowCount())}
    assert shown == {duplicate.id}
    dialog.filter_edit.setText("孟庆胜")  # a Chinese name
    shown_names = [dialog.proxy.index(n, 1).data() for n in range(dialog.proxy.rowCount())]
    assert shown_names == ["孟庆胜"]


def test_both_records_are_shown_side_by_side(qtbot, make_dialog, duplicate):
    dialog = make_dialog()
    _choose(qtbot, dialog, duplicate.id)
    kept, removed = dialog.kept_view.toPlainText(), dialog.removed_view.toPlainText()
    assert "Muhammed Igormonzod" in kept and "Deputy Ambassador" in kept
    assert "Muhammad Egamzod" in removed and "Meetings attended: 2" in removed
    assert "Outcomes owned: 1" in removed
    effects = dialog.effects_label.text()
    assert "Moving to it from “Muhammad Egamzod”: meetings 1, outcomes 1, posts 0." in effects
    assert "Meetings both attended, kept once: 1." in effects
    assert dialog.merge_button.isEnabled()

    qtbot.mouseClick(dialog.swap_button, Qt.MouseButton.LeftButton)
    assert dialog.kept is not None and dialog.kept.record.id == duplicate.id
    assert "Muhammed Igormonzod" in dialog.removed_view.toPlainText()


def test_merging_keeps_every_meeting_and_outcome_of_both(
    qtbot, monkeypatch, make_dialog, duplicate, demo_database, person_id, failures
):
    kept_id = person_id(KEPT)
    asked = _confirm(monkeypatch)
    dialog = make_dialog()
    _choose(qtbot, dialog, duplicate.id)
    with qtbot.waitSignal(dialog.merged, timeout=10_000) as merged:
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    result = merged.args[0]
    assert asked and "Merge “Muhammad Egamzod” into “Muhammed Igormonzod”?" in asked[0]
    assert (result.kept_id, result.removed_id) == (kept_id, duplicate.id)
    assert (result.participations_moved, result.participations_dropped) == (1, 1)
    assert result.outcomes_moved == 1

    assert duplicate.id not in _people(demo_database)
    assert _participants(demo_database, duplicate.shared_meeting).count(kept_id) == 1
    assert kept_id in _participants(demo_database, duplicate.own_meeting)
    o = Outcome.__table__.c
    with demo_database.session() as session:
        owner = session.execute(sa.select(o.owner_id).where(o.id == duplicate.outcome)).scalar_one()
        orphans = session.execute(
            sa.select(sa.func.count()).where(Participation.__table__.c.person_id == duplicate.id)
        ).scalar_one()
    assert owner == kept_id and orphans == 0

    status = dialog.status_label.text()
    assert status.startswith(
        "Merged “Muhammad Egamzod” into “Muhammed Igormonzod” and removed “Muhammad Egamzod”. "
        "Moved: meetings 1, outcomes 1, posts 0. Meetings both attended, kept once: 1."
    )
    assert "Filled in from the removed record: mobile." in status
    assert not dialog.merge_button.isVisible() and dialog.close_button.text() == "Close"
    assert "has been merged into" in dialog.removed_view.toPlainText()
    qtbot.waitUntil(lambda: "Meetings attended: 2" in dialog.kept_view.toPlainText())
    assert "Outcomes owned: 1" in dialog.kept_view.toPlainText()
    assert dialog.effects_label.text() == ""
    assert failures == []


def test_the_kept_record_can_be_the_other_one(
    qtbot, monkeypatch, make_dialog, duplicate, demo_database, person_id
):
    kept_id = person_id(KEPT)
    _confirm(monkeypatch)
    dialog = make_dialog()
    _choose(qtbot, dialog, duplicate.id)
    dialog.swap()
    with qtbot.waitSignal(dialog.merged, timeout=10_000):
        dialog.merge()
    people = _people(demo_database)
    assert kept_id not in people and people[duplicate.id] == "Egamzod"
    assert duplicate.id in _participants(demo_database, duplicate.own_meeting)


def test_nothing_is_merged_without_confirmation(
    qtbot, monkeypatch, make_dialog, duplicate, demo_database
):
    _confirm(monkeypatch, answer=False)
    dialog = make_dialog()
    _choose(qtbot, dialog, duplicate.id)
    dialog.merge()
    assert duplicate.id in _people(demo_database)
    assert dialog.ready and dialog.merge_button.isEnabled()


def test_a_record_changed_meanwhile_is_not_merged_and_is_read_again(
    qtbot, monkeypatch, make_dialog, duplicate, demo_database, directory_service, failures
):
    _confirm(monkeypatch)
    dialog = make_dialog()
    _choose(qtbot, dialog, duplicate.id)
    service = directory_service()
    record = service.person(duplicate.id).record
    record.email = "m.egamzod@example.com"
    service.save_person(record)  # someone else edits the duplicate

    dialog.merge()
    qtbot.waitUntil(lambda: "Nothing was merged" in dialog.status_label.text(), timeout=10_000)
    status = dialog.status_label.text()
    assert "was changed by tester" in status and "press Merge again" in status
    assert duplicate.id in _people(demo_database)
    qtbot.waitUntil(lambda: dialog.ready, timeout=10_000)
    assert "m.egamzod@example.com" in dialog.removed_view.toPlainText()  # read again

    with qtbot.waitSignal(dialog.merged, timeout=10_000):
        dialog.merge()
    assert duplicate.id not in _people(demo_database)
    assert failures == []


def test_merge_person_opens_the_dialog_and_reports_the_result(
    qtbot, monkeypatch, runner, service_factory, report_failure, person_id, duplicate
):
    from PySide6.QtWidgets import QWidget

    _confirm(monkeypatch)
    parent = QWidget()
    qtbot.addWidget(parent)
    results = []
    dialog = merge_module.merge_person(
        parent, runner, service_factory, report_failure, person_id(KEPT), results.append
    )
    assert dialog.isVisible()  # open() returns at once: the window stays usable
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0)
    _choose(qtbot, dialog, duplicate.id)
    with qtbot.waitSignal(dialog.merged, timeout=10_000):
        dialog.merge()
    assert [r.removed_id for r in results] == [duplicate.id]
    dialog.close()


def test_the_candidate_model_passes_the_model_tester(qtmodeltester, make_dialog, duplicate):
    dialog = make_dialog()
    qtmodeltester.check(dialog.model)
    dialog.filter_edit.setText("muhammad")
    qtmodeltester.check(dialog.proxy)


def test_other_records_put_suggestions_first(directory_service, person_id, duplicate):
    service = directory_service()
    detail = service.person(person_id(KEPT))
    matches = service.possible_duplicates(detail.record, [p.organisation_id for p in detail.posts])
    records = other_records(service.people(), matches, person_id(KEPT))
    assert records[0].id == duplicate.id and records[0].reason
    assert all(not r.reason for r in records[1:]) or records[1].score <= records[0].score
    assert person_id(KEPT) not in {r.id for r in records}
