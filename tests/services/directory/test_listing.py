"""The directory's lists and pages on the demo data: any name form finds a person, posts over
time, meetings with the title recorded then, organisations and countries."""

from __future__ import annotations

from datetime import date

from scoda_desktop.domain.enums import OrganisationKind, OutcomeStatus, ScoStatus
from scoda_desktop.services.directory import PersonRecord, PostRecord

from .helpers import organisation_id, person_id


def names(rows) -> list[str]:
    return [row.name_en for row in rows]


def test_every_person_with_current_post_organisation_and_country(service):
    rows = service.people()
    assert len(rows) == 39
    assert names(rows) == sorted(names(rows), key=str.casefold)
    tajik = next(row for row in rows if row.family_name == "Igormonzod")
    assert tajik.name_en == "Muhammed Igormonzod"
    assert tajik.title_en == "Deputy Ambassador of Tajikistan to China"
    assert tajik.organisation_en == "Embassy of Tajikistan in China"
    assert tajik.country_en == "Tajikistan"
    assert tajik.as_json()["alternative_spellings"] == ["Muhammad Egamzod"]


def test_filter_by_chinese_name_alias_and_unaccented_form(service):
    assert names(service.people("刘建军")) == ["Liu Jianjun"]
    assert names(service.people("建军")) == ["Liu Jianjun"]
    assert names(service.people("Egamzod")) == ["Muhammed Igormonzod"]  # an alternative spelling
    assert names(service.people("egamzod MUHAMMAD")) == ["Muhammed Igormonzod"]
    assert names(service.people("jianjun liu")) == ["Liu Jianjun"]  # any order
    assert names(service.people("Jumabaev")) == ["Talant Dzhumabaev"]
    assert service.people("nobody like this") == []

    service.save_person(
        PersonRecord(
            family_name="Öztürk", given_name="Gülşen", country_code="TR", name_zh="厄兹蒂尔克"
        )
    )
    assert names(service.people("gulsen ozturk")) == ["Gülşen Öztürk"]
    assert names(service.people("ÖZTÜRK")) == ["Gülşen Öztürk"]


def test_posts_over_time_latest_first_with_the_current_marked(service, demo):
    detail = service.person(person_id(demo, "Wang"))
    assert [(p.title_en, p.current) for p in detail.posts] == [
        ("Director of SCODA Administrative Committee", True),
        ("Deputy Director of SCODA Administrative Committee", False),
    ]
    assert detail.posts[1].end_date < detail.posts[0].start_date
    assert [p.title_en for p in detail.current_posts] == [
        "Director of SCODA Administrative Committee"
    ]


def test_meetings_show_the_title_recorded_at_the_time(service, demo):
    wang = person_id(demo, "Wang")
    detail = service.person(wang)
    titles = {m.title_en for m in detail.meetings}
    # Meetings before the promotion keep the deputy title; later ones show the director's.
    assert titles == {
        "Deputy Director of SCODA Administrative Committee",
        "Director of SCODA Administrative Committee",
    }
    starts = [m.starts_at for m in detail.meetings]
    assert starts == sorted(starts, reverse=True)

    # A new post today does not rewrite what past meetings recorded.
    service.save_post(
        PostRecord(
            person_id=wang, title_en="Chair of the SCODA Board", start_date=date(2026, 11, 1)
        ),
        end_current_posts=True,
    )
    again = service.person(wang)
    assert [(m.meeting_id, m.title_en) for m in again.meetings] == [
        (m.meeting_id, m.title_en) for m in detail.meetings
    ]


def test_outcomes_owned_open_first(service, demo):
    detail = service.person(person_id(demo, "Chen"))
    assert detail.outcomes
    statuses = [o.status for o in detail.outcomes]
    opened = [s == OutcomeStatus.OPEN for s in statuses]
    assert opened == sorted(opened, reverse=True)
    assert all(o.meeting_theme for o in detail.outcomes)


def test_organisations_with_country_kind_parent_and_people(service, demo):
    rows = service.organisations()
    intl = next(r for r in rows if r.name_en.startswith("International Cooperation"))
    assert intl.parent_en == "SCODA Administrative Committee"
    assert intl.kind == OrganisationKind.GOVERNMENT_BODY
    assert intl.country_en == "China"
    assert intl.people_count == 3  # Chen Jing, Han Xue, Xu Yuting
    assert [r.name_en for r in service.organisations("塔吉克斯坦")] == [
        "Embassy of Tajikistan in China"
    ]
    assert [r.name_en for r in service.organisations("tajikistan")] == [
        "Embassy of Tajikistan in China",
        "Pamir Minerals",  # by its country
    ]


def test_organisation_page_people_now_and_before_and_meetings(service, demo):
    embassy = service.organisation(organisation_id(demo, "Embassy of Uzbekistan in China"))
    assert embassy.record.kind == OrganisationKind.EMBASSY
    assert [m.name_en for m in embassy.current_people] == ["Bakhodir Rakhimov"]
    assert [(m.name_en, m.title_en) for m in embassy.past_people] == [
        ("Bakhodir Rakhimov", "Counsellor, Embassy of Uzbekistan in China")
    ]
    assert embassy.meetings
    assert all("Bakhodir Rakhimov" in m.with_ for m in embassy.meetings)
    scoda = service.organisation(organisation_id(demo, "SCODA Administrative Committee"))
    assert {name for _, name in scoda.parts} >= {
        "International Cooperation Department, SCODA Administrative Committee"
    }


def test_country_page_sco_status_zones_organisations_meetings_last_contact(service):
    tajikistan = service.country("TJ")
    assert tajikistan.record.sco_status == ScoStatus.MEMBER
    assert tajikistan.record.belt_and_road is True
    assert "Asia/Dushanbe" in tajikistan.time_zones
    assert "Embassy of Tajikistan in China" in [o.name_en for o in tajikistan.organisations]
    assert "Muhammed Igormonzod" in [p.name_en for p in tajikistan.people]
    assert tajikistan.meetings
    held = [m.starts_at for m in tajikistan.meetings if m.status.value in ("held", "confirmed")]
    assert tajikistan.last_contact in held
    row = next(c for c in service.countries("tajik") if c.code == "TJ")
    assert row.last_contact == tajikistan.last_contact
    assert row.last_contact_day is not None
    in_use = service.countries(in_use_only=True)
    assert {"CN", "TJ", "ID"} <= {c.code for c in in_use}
    assert len(in_use) < len(service.countries())
