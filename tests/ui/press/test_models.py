"""The press pages' table models on their own: Qt's model checks, labels and sort keys."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from scoda_desktop.domain.enums import Language, PressReleaseStatus
from scoda_desktop.services.press.store import PressReleaseRow, PressReleaseStore
from scoda_desktop.services.press.templates import draft_templates, save_user_template
from scoda_desktop.ui.press.models import (
    ROW_ROLE,
    SORT_ROLE,
    PressReleaseTableModel,
    RevisionTableModel,
    TemplateTableModel,
    approval_text,
)
from tests.ui.press.conftest import DEMO_TODAY

APPROVED = datetime(2026, 11, 28, 2, 30, tzinfo=UTC)  # 10:30 in Qingdao


def release(**changes) -> PressReleaseRow:
    values = {
        "id": 1,
        "meeting_id": 7,
        "meeting_theme": "Cloud Meeting",
        "meeting_starts_at": datetime(2021, 4, 2, 7, 0, tzinfo=UTC),
        "language": Language.CHINESE,
        "template": "news-brief",
        "status": PressReleaseStatus.APPROVED,
        "body": "标题\n\n正文",
        "author": "alice",
        "approved_by": "bob",
        "approved_at": APPROVED,
        "published_at": None,
        "version": 3,
        "created_at": APPROVED,
        "updated_at": APPROVED,
        "revisions": 2,
    }
    values.update(changes)
    return PressReleaseRow(**values)


def test_model_checks_pass_on_a_store_full_of_releases(qtmodeltester, demo, cloud):
    store = PressReleaseStore(demo, actor="alice", today=lambda: DEMO_TODAY)
    first = store.generate(cloud, "en")
    store.generate(cloud, "zh", "news-brief")
    store.save_text(first.id, "Edited.", version=1)
    releases = PressReleaseTableModel()
    releases.set_rows(store.list_releases())
    assert releases.rowCount() == 2
    qtmodeltester.check(releases)
    revisions = RevisionTableModel()
    revisions.set_rows(store.revisions(first.id))
    assert [revisions.index(n, 0).data() for n in range(2)] == ["2", "1"]
    qtmodeltester.check(revisions)


def test_model_checks_pass_on_the_templates_and_on_empty_models(qtmodeltester):
    save_user_template("thanks.en.txt", "Thanks.")
    templates = TemplateTableModel()
    templates.set_rows(draft_templates())
    qtmodeltester.check(templates)
    sources = {
        templates.index(n, TemplateTableModel.NAME).data(): templates.index(
            n, TemplateTableModel.SOURCE
        ).data()
        for n in range(templates.rowCount())
    }
    assert sources == {"news-brief": "Built-in", "press-release": "Built-in", "thanks": "Yours"}
    for empty in (PressReleaseTableModel(), RevisionTableModel(), TemplateTableModel()):
        qtmodeltester.check(empty)


def test_release_labels_sort_keys_and_the_row_itself():
    model = PressReleaseTableModel()
    row = release()
    model.set_rows([row])

    def cell(column: int, role=Qt.ItemDataRole.DisplayRole):
        return model.index(0, column).data(role)

    assert cell(model.MEETING) == "2021-04-02  Cloud Meeting"
    assert cell(model.LANGUAGE) == "Chinese"
    assert cell(model.STATUS) == "Approved"
    assert cell(model.UPDATED) == "2026-11-28 10:30"
    assert cell(model.STATUS, Qt.ItemDataRole.ToolTipRole) == (
        "Approved by bob on 2026-11-28 10:30"
    )
    assert cell(model.MEETING, SORT_ROLE) == row.meeting_starts_at.timestamp()
    assert cell(model.STATUS, SORT_ROLE) == 1  # draft, approved, published
    assert cell(model.MEETING, ROW_ROLE) is row
    assert model.row_of(1) == 0 and model.row_of(2) is None


def test_approval_text():
    assert approval_text(release(status=PressReleaseStatus.DRAFT, approved_at=None)) == ""
    published = release(status=PressReleaseStatus.PUBLISHED, published_at=APPROVED)
    assert approval_text(published) == (
        "Approved by bob on 2026-11-28 10:30; published on 2026-11-28 10:30"
    )
