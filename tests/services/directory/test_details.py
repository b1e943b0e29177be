"""A person's, an organisation's and a country's page carry the open follow-ups and the last
contact of their counterpart history (``services.history``), read in the same session, on
every backend."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from scoda_desktop.domain.enums import OutcomeStatus
from scoda_desktop.domain.models import Organisation, Person
from scoda_desktop.domain.office import to_office_time
from scoda_desktop.services.directory import DirectoryService
from scoda_desktop.services.followups import FOLLOW_UP_KINDS
from scoda_desktop.services.history import country_history, organisation_history, person_history

from .helpers import organisation_id, person_id

SHANGHAI = ZoneInfo("Asia/Shanghai")


def ids(rows) -> list[int]:
    return [row.id for row in rows]


def all_ids(demo, table) -> list[int]:
    with demo.session() as session:
        return list(session.execute(sa.select(table.c.id).order_by(table.c.id)).scalars())


def test_the_service_judges_histories_at_the_end_of_its_today(demo):
    """The demo's "today" is not the computer's: the pages are as on the evening of that day."""
    service = DirectoryService(demo, today=lambda: date(2026, 11, 28))
    assert service.now() == datetime(2026, 11, 28, 23, 59, 59, 999_999, tzinfo=SHANGHAI)
    fixed = datetime(2026, 5, 1, tzinfo=UTC)
    assert DirectoryService(demo, now=lambda: fixed).now() == fixed
    real = DirectoryService(demo).now()  # the computer's clock, when today is the computer's
    assert abs((real - datetime.now(UTC)).total_seconds()) < 60


def test_every_persons_open_follow_ups_and_last_contact_are_their_historys(service, demo):
    people = all_ids(demo, Person.__table__)
    with_open = 0
    with demo.session() as session:
        for pid in people:
            detail = service.person(pid)
            history = person_history(session, pid, now=service.now())
            assert detail.open_follow_ups == history.open_follow_ups, detail.record.name_en
            contact = detail.latest_contact
            assert (contact.day if contact else None) == history.last_contact
            with_open += bool(detail.open_follow_ups)
    assert with_open >= 10  # the demo has people with open items, overdue and not


def test_a_persons_open_follow_ups_include_the_open_items_they_own(service, demo):
    gao = service.person(person_id(demo, "Gao"))
    owned_open = {
        o.id for o in gao.outcomes if o.status == OutcomeStatus.OPEN and o.kind in FOLLOW_UP_KINDS
    }
    assert owned_open and owned_open <= set(ids(gao.open_follow_ups))
    assert [r.overdue for r in gao.open_follow_ups].count(True) == 3
    due = [r.due_date or date.max for r in gao.open_follow_ups]
    assert due == sorted(due)  # earliest due first (none last), as the history has them


def test_every_organisations_open_follow_ups_and_last_contact_are_its_historys(service, demo):
    with demo.session() as session:
        for oid in all_ids(demo, Organisation.__table__):
            detail = service.organisation(oid)
            history = organisation_history(session, oid, now=service.now())
            assert detail.open_follow_ups == history.open_follow_ups, detail.record.name_en
            contact = detail.latest_contact
            assert (contact.day if contact else None) == history.last_contact
    embassy = service.organisation(organisation_id(demo, "Embassy of Kazakhstan in China"))
    assert len(embassy.open_follow_ups) == 2
    assert embassy.latest_contact is not None
    assert embassy.latest_contact.theme_en == "Kazakhstan-SCODA Trade and Investment Dialogue"


def test_every_countrys_open_follow_ups_and_last_contact_are_its_historys(service, demo):
    codes = [row.code for row in service.countries(in_use_only=True)]
    with demo.session() as session:
        for code in codes:
            detail = service.country(code)
            history = country_history(session, code, now=service.now())
            assert detail.open_follow_ups == history.open_follow_ups, code
            contact = detail.latest_contact
            assert (contact.day if contact else None) == history.last_contact, code
            if contact is not None:  # the instant the lists show, on the same day
                assert detail.last_contact == contact.starts_at
                assert to_office_time(contact.starts_at).date() == contact.day
    tajikistan = service.country("TJ")
    assert len(tajikistan.open_follow_ups) == 2
    # China is only ever the host side here: no contact "with" China as a counterpart.
    assert service.country("CN").latest_contact is None
    assert service.country("CN").last_contact is None


def test_asked_as_of_an_earlier_day_the_page_is_the_history_as_it_stood(demo):
    """Before the Kazakhstan dialogue of 3 April 2026 its follow-ups did not exist yet."""
    before = datetime(2026, 4, 1, tzinfo=UTC)
    service = DirectoryService(demo, now=lambda: before, today=lambda: date(2026, 4, 1))
    tokhtarov = person_id(demo, "Tokhtarov")
    detail = service.person(tokhtarov)
    with demo.session() as session:
        history = person_history(session, tokhtarov, now=before)
    assert detail.open_follow_ups == history.open_follow_ups
    assert detail.latest_contact is not None and detail.latest_contact.day < date(2026, 4, 3)
    assert detail.latest_contact.day == history.last_contact
