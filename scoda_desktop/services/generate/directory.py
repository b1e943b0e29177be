"""The directory the meetings draw on: the host side's posts, an embassy for each partner
country met, then chambers of commerce and companies, and the people who held each post one
after another over the ten years (some promoted in post)."""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from scoda_desktop.domain.enums import (
    DiplomaticRank,
    HeadOfMissionClass,
    NameOrder,
    OrganisationKind,
)
from scoda_desktop.domain.naming import first_reference, full_name
from scoda_desktop.services.generate import words
from scoda_desktop.services.generate.records import Records
from scoda_desktop.services.generate.words import NAME_POOLS, NamePool, Partner, Post

PEOPLE_PER_PARTNER = 50  # people asked for, for each partner country met (up to all)


@dataclass
class Org:
    id: int
    name_en: str
    name_zh: str
    kind: OrganisationKind
    partner: Partner | None


@dataclass
class Tenure:
    """One person in a post: from ``start`` until ``end`` (None: still there). ``titles``
    lists (from day, position id, title_en, title_zh): two entries when promoted in post."""

    start: date
    end: date | None
    person_id: int
    name_en: str
    name_zh: str | None
    titles: list[tuple[date, int, str, str]]

    def title_on(self, day: date) -> tuple[int, str, str]:
        chosen = self.titles[0]
        for entry in self.titles[1:]:
            if entry[0] <= day:
                chosen = entry
        return chosen[1], chosen[2], chosen[3]


@dataclass
class Chain:
    """A post held by one person after another; ``tenures`` oldest first."""

    org: Org
    post: Post
    tenures: list[Tenure] = field(default_factory=list)
    _starts: list[date] = field(default_factory=list)

    def holder(self, day: date) -> Tenure | None:
        if len(self._starts) != len(self.tenures):
            self._starts = [t.start for t in self.tenures]
        index = bisect.bisect_right(self._starts, day) - 1
        if index < 0:
            return None
        tenure = self.tenures[index]
        return tenure if tenure.end is None or day <= tenure.end else None


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded.lower() if ch.isalnum() or ch == " ").replace(" ", ".")


def _feminine(family: str) -> str:
    if family.endswith("sky"):
        return family[:-1] + "aya"
    if family.endswith(("ov", "ev", "in", "yov")):
        return family + "a"
    return family


def _variant(name: str, pool: NamePool) -> str | None:
    for old, new in pool.variants:
        if old in name:
            return name.replace(old, new)
    return None


@dataclass
class Directory:
    """The posts people hold over time: the host side's (principal hosts first), each partner's
    embassy (senior first), and each partner's other organisations."""

    partners: list[Partner]
    host_chains: list[Chain]
    embassies: dict[str, list[Chain]]  # partner code: its embassy's posts
    others: dict[str, list[list[Chain]]]  # partner code: the posts of each other organisation


class DirectoryBuilder:
    """Makes organisations, people and posts until ``people`` people exist."""

    def __init__(self, records: Records, people: int) -> None:
        self.records = records
        self.rng = records.rng
        self.people_asked = self.people_left = people
        self.org_names: dict[tuple[str, str], int] = {}  # (name_en, country): times used

    def organisation(
        self,
        name_en: str,
        name_zh: str,
        kind: OrganisationKind,
        country: str,
        partner: Partner | None = None,
        *,
        short_name: str | None = None,
        parent_id: int | None = None,
    ) -> Org:
        used = self.org_names.get((name_en, country), 0)
        self.org_names[name_en, country] = used + 1
        if used:  # the same made-up name twice in a country: number it
            name_en, name_zh = f"{name_en} No. {used + 1}", f"{name_zh}{used + 1}号"
        created = self.records.stamp(
            self.records.first_day - timedelta(days=self.rng.randint(0, 3000))
        )
        org_id = self.records.add(
            "organisation",
            {
                "uid": self.records.uid(),
                "name_en": name_en,
                "name_zh": name_zh,
                "short_name_en": short_name,
                "kind": kind,
                "country_code": country,
                "parent_id": parent_id,
                "notes": None,
                "version": 1,
                "created_at": created,
                "updated_at": created,
            },
        )
        return Org(org_id, name_en, name_zh, kind, partner)

    # -- people ------------------------------------------------------------------------

    def _name(self, org: Org) -> dict[str, Any]:
        """A made-up person's name columns, in the naming tradition of the org's country."""
        rng = self.rng
        female = rng.random() < 0.35
        if org.partner is None:
            family, family_zh = rng.choice(words.CHINESE_FAMILY)
            given_pinyin, given_zh, sex = rng.choice(words.CHINESE_GIVEN)
            return {
                "family_name": family,
                "given_name": given_pinyin,
                "name_order": NameOrder.FAMILY_FIRST,
                "name_zh": family_zh + given_zh,
                "honorific": "Ms" if sex == "f" else "Mr",
                "alternative_spellings": [],
            }
        pool = NAME_POOLS[org.partner.pool]
        family = rng.choice(pool.family)
        if female and pool.feminine_family:
            family = _feminine(family)
        given: str | None = rng.choice(pool.given_female if female else pool.given_male)
        order = pool.order
        if rng.random() < pool.single_share:
            family, given, order = given or family, None, NameOrder.SINGLE
        name = full_name(family, given, order)
        variant = _variant(name, pool) if rng.random() < 0.5 else None
        return {
            "family_name": family,
            "given_name": given,
            "name_order": order,
            "name_zh": None,
            "honorific": "Ms" if female else "Mr",
            "alternative_spellings": [variant] if variant else [],
        }

    def _person(self, org: Org, post: Post, start: date) -> dict[str, Any]:
        rng = self.rng
        values = self._name(org)
        name = full_name(values["family_name"], values["given_name"], values["name_order"])
        salutation = None
        if post.rank == DiplomaticRank.AMBASSADOR:
            salutation = f"H.E. {values['honorific']} {name}"
            values["honorific"] = "H.E."
        created = self.records.stamp(start - timedelta(days=rng.randint(0, 60)))
        values.update(
            uid=self.records.uid(),
            first_reference=None,
            second_reference=None,
            salutation=salutation,
            country_code=org.partner.code if org.partner else "CN",
            email=f"{_ascii(name)}@example.com" if rng.random() < 0.7 else None,
            phone=f"+00 {rng.randint(100, 999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
            if rng.random() < 0.4
            else None,
            mobile=None,
            address=None,
            bio=f"Took up the post of {post.title_en.split(',')[0]} in {start.year}."
            if rng.random() < 0.15
            else None,
            photo=None,
            photo_mime=None,
            notes=None,
            version=1,
            created_at=created,
            updated_at=created,
        )
        return values

    def _position(
        self,
        person_id: int,
        org: Org,
        post: Post,
        titles: tuple[str, str],
        start: date,
        end: date | None,
    ) -> tuple[int, str, str]:
        names = {
            "country": org.partner.name_en if org.partner else "China",
            "org": org.name_en,
        }
        names_zh = {"country": org.partner.name_zh if org.partner else "中国", "org": org.name_zh}
        title_en, title_zh = titles[0].format(**names), titles[1].format(**names_zh)
        ambassador = post.rank == DiplomaticRank.AMBASSADOR and titles[0] == post.title_en
        since = start + timedelta(days=self.rng.randint(10, 40))
        created = self.records.stamp(start)
        position_id = self.records.add(
            "position",
            {
                "uid": self.records.uid(),
                "person_id": person_id,
                "organisation_id": org.id,
                "title_en": title_en,
                "title_zh": title_zh,
                "start_date": start,
                "end_date": end,
                "diplomatic_rank": post.rank,
                "head_of_mission_class": HeadOfMissionClass.AMBASSADOR if ambassador else None,
                "functions_since": datetime.combine(since, time(2), UTC) if ambassador else None,
                "internal_rank": post.internal_rank,
                "version": 1,
                "created_at": created,
                "updated_at": created,
            },
        )
        return position_id, title_en, title_zh

    def chain(self, org: Org, post: Post) -> Chain:
        """The post's holders, newest first back to ten years before ``until``, as far as the
        people still to make allow."""
        chain = Chain(org, post)
        end: date | None = None
        start = self.records.until - self.records.years((0.1, post.tenure[1]))
        while self.people_left > 0 and (end is None or end >= self.records.first_day):
            self.people_left -= 1
            person = self._person(org, post, start)
            person_id = self.records.add("person", person)
            name_en = first_reference(
                person["family_name"], person["given_name"], person["name_order"]
            )
            if post.junior and self.rng.random() < 0.35:  # promoted in post half-way
                promoted = start + (
                    ((end or self.records.until) - start) * self.rng.uniform(0.3, 0.7)
                )
                titles = [
                    (start, *self._position(person_id, org, post, post.junior, start, promoted)),
                    (
                        promoted + timedelta(days=1),
                        *self._position(
                            person_id,
                            org,
                            post,
                            (post.title_en, post.title_zh),
                            promoted + timedelta(days=1),
                            end,
                        ),
                    ),
                ]
            else:
                position = self._position(
                    person_id, org, post, (post.title_en, post.title_zh), start, end
                )
                titles = [(start, *position)]
            chain.tenures.append(Tenure(start, end, person_id, name_en, person["name_zh"], titles))
            end = start - timedelta(days=1)
            start = end - self.records.years(post.tenure)
        chain.tenures.reverse()
        return chain

    def build(self) -> Directory:
        """Organisations and people: the host side, then an embassy for each partner met,
        then chambers and companies in turn until every person asked for exists."""
        host_orgs: dict[str, Org] = {}
        for host in words.HOST_ORGANISATIONS:
            parent = host_orgs[host.parent].id if host.parent else None
            host_orgs[host.key] = self.organisation(
                host.name_en,
                host.name_zh,
                host.kind,
                "CN",
                short_name=host.short_name_en,
                parent_id=parent,
            )
        host_chains = [self.chain(host_orgs[key], post) for key, post in words.HOST_POSTS]
        met = max(1, min(len(words.PARTNERS), self.people_asked // PEOPLE_PER_PARTNER))
        partners = list(words.PARTNERS[:met])
        embassies: dict[str, list[Chain]] = {}
        others: dict[str, list[list[Chain]]] = {p.code: [] for p in partners}
        for partner in partners:
            embassy = self.organisation(
                f"Embassy of {partner.name_en} in China",
                f"{partner.name_zh}驻华大使馆",
                OrganisationKind.EMBASSY,
                partner.code,
                partner,
            )
            embassies[partner.code] = [self.chain(embassy, p) for p in words.EMBASSY_POSTS]
        while self.people_left > 0:
            for partner in partners:
                if self.people_left <= 0:
                    break
                if self.rng.random() * 10 >= partner.weight:
                    continue  # the bigger partners get more companies
                org = self._partner_org(partner, len(others[partner.code]))
                chamber = org.kind == OrganisationKind.CHAMBER_OF_COMMERCE
                posts = words.CHAMBER_POSTS if chamber else words.COMPANY_POSTS
                others[partner.code].append([self.chain(org, p) for p in posts])
        return Directory(partners, host_chains, embassies, others)

    def _partner_org(self, partner: Partner, made: int) -> Org:
        names = {"country": partner.name_en}
        if made < len(words.CHAMBER_NAMES):
            name_en, name_zh = words.CHAMBER_NAMES[made]
            return self.organisation(
                name_en.format(**names).replace("the ", "", 1),
                name_zh.format(country=partner.name_zh),
                OrganisationKind.CHAMBER_OF_COMMERCE,
                partner.code,
                partner,
            )
        place = self.rng.choice(words.PLACE_WORDS[partner.code])
        industry, industry_zh = self.rng.choice(words.INDUSTRIES)
        form = self.rng.choice(words.LEGAL_FORMS)
        return self.organisation(
            f"{place} {industry} {form}",
            f"{partner.name_zh}{industry_zh}公司",
            OrganisationKind.COMPANY,
            partner.code,
            partner,
        )
