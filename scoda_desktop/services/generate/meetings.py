"""Meetings on weekdays over the ten years and the quarter after ``until``: a host and a
principal guest holding their posts that day, about five participants with their names and
titles as they were then, and about one and a half outcomes for each meeting held."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from scoda_desktop.domain.enums import (
    Attendance,
    DiplomaticRank,
    MeetingKind,
    MeetingStatus,
    OrganisationKind,
    OutcomeKind,
    OutcomeStatus,
    ParticipationRole,
    Rsvp,
    Side,
)
from scoda_desktop.services.generate import words
from scoda_desktop.services.generate.directory import Chain, Directory, Org, Tenure
from scoda_desktop.services.generate.records import Records
from scoda_desktop.services.generate.words import Partner

DAYS_AHEAD = 90  # meetings already arranged after ``until``
OFFICE = ZoneInfo(words.OFFICE_ZONE)


class MeetingBuilder:
    """Adds meetings, their participants and outcomes to ``records``, drawing the people from
    ``directory``."""

    def __init__(self, records: Records, directory: Directory) -> None:
        self.records = records
        self.rng = records.rng
        self.partners = directory.partners
        self.host_chains = directory.host_chains
        self.embassies = directory.embassies
        self.others = directory.others

    def add(self, count: int) -> None:
        """``count`` meetings, in the order of their days (ids follow the calendar)."""
        partners = self.partners
        weights = [p.weight for p in partners]
        for day in self._days(count):
            partner = self.rng.choices(partners, weights)[0]
            self._meeting(day, partner, partners)

    def _days(self, count: int) -> list[date]:
        """Weekdays over the ten years and the quarter ahead, in order."""
        span = (self.records.until - self.records.first_day).days + DAYS_AHEAD
        days: list[date] = []
        while len(days) < count:
            day = self.records.first_day + timedelta(days=self.rng.randrange(span))
            if day.weekday() < 5:
                days.append(day)
        days.sort()
        return days

    def _guests(self, day: date, partner: Partner, partners: Sequence[Partner]):
        """(principal guests, other guests, the org met, whether it is the embassy)."""
        rng = self.rng
        companies = self.others[partner.code]
        embassy = not companies or rng.random() < 0.45
        chains = self.embassies[partner.code] if embassy else rng.choice(companies)
        held = [(c, t) for c in chains if (t := c.holder(day)) is not None]
        if not held:  # a post left empty for want of people: meet the embassy
            embassy, chains = True, self.embassies[partner.code]
            held = [(c, t) for c in chains if (t := c.holder(day)) is not None]
        principals, others = held[:1], held[1:]
        rng.shuffle(others)
        others = others[: rng.choices((0, 1, 2, 3), (15, 35, 30, 20))[0]]
        if not embassy and rng.random() < 0.3:  # a diplomat accompanies the company
            diplomats = [(c, t) for c in self.embassies[partner.code][1:] if (t := c.holder(day))]
            others += diplomats[:1]
        if len(partners) > 1 and rng.random() < 0.08:  # a meeting with several countries
            second = rng.choice([p for p in partners if p is not partner])
            chain = self.embassies[second.code][0]
            tenure = chain.holder(day)
            if tenure is not None:
                principals.append((chain, tenure))
        return principals, others, chains[0].org, embassy

    def _hosts(self, day: date, ambassador: bool):
        """(the host, the other host-side people) holding their posts on ``day``."""
        rng = self.rng
        principals = (
            self.host_chains[:2] if ambassador else self.host_chains[2 : words.PRINCIPAL_HOSTS]
        )
        held = [(c, t) for c in principals if (t := c.holder(day)) is not None]
        if not held:
            held = [(c, t) for c in self.host_chains if (t := c.holder(day)) is not None][:1]
        host = rng.choice(held) if held else None
        rest = [
            (c, t)
            for c in self.host_chains
            if c.post.title_en != words.INTERPRETER_TITLE
            and (host is None or c is not host[0])
            and (t := c.holder(day)) is not None
        ]
        rng.shuffle(rest)
        others = rest[: rng.randint(0, 2)]
        if rng.random() < 0.35:
            interpreters = [
                (c, t)
                for c in self.host_chains
                if c.post.title_en == words.INTERPRETER_TITLE and (t := c.holder(day))
            ]
            others += interpreters[:1]
        return host, others

    def _status(self, day: date) -> MeetingStatus:
        if day < self.records.until:
            return self.rng.choices(
                (MeetingStatus.HELD, MeetingStatus.CANCELLED, MeetingStatus.POSTPONED),
                (90, 5, 5),
            )[0]
        return self.rng.choices(
            (MeetingStatus.CONFIRMED, MeetingStatus.PROPOSED, MeetingStatus.DRAFT), (50, 30, 20)
        )[0]

    def _meeting(self, day: date, partner: Partner, partners: Sequence[Partner]) -> None:
        rng = self.rng
        principals, guests, org, embassy = self._guests(day, partner, partners)
        ambassador = (
            embassy and principals and principals[0][0].post.rank == DiplomaticRank.AMBASSADOR
        )
        host, host_others = self._hosts(day, bool(ambassador))
        topic, topic_zh = rng.choice(words.TOPICS)
        shapes = words.THEME_SHAPES if embassy else words.THEME_SHAPES[:2] + words.THEME_SHAPES[4:]
        shape_en, shape_zh = rng.choice(shapes)
        theme = shape_en.format(country=partner.name_en, topic=topic)
        kind = rng.choices(
            (MeetingKind.VIDEO, MeetingKind.IN_PERSON, MeetingKind.HYBRID), (55, 30, 15)
        )[0]
        status = self._status(day)
        starts_at = datetime.combine(
            day, time(rng.randint(9, 16), rng.choice((0, 30))), OFFICE
        ).astimezone(UTC)
        ends_at = starts_at + timedelta(minutes=rng.choice((30, 45, 60, 60, 90, 120)))
        in_room = kind != MeetingKind.VIDEO
        online = kind != MeetingKind.IN_PERSON
        venue = rng.choice(words.VENUES) if in_room else (None, None)
        zone = words.OFFICE_ZONE if in_room or rng.random() < 0.6 else partner.zone
        code = f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
        created = starts_at - timedelta(days=rng.randint(5, 40))
        meeting_id = self.records.add(
            "meeting",
            {
                "uid": self.records.uid(),
                "theme_en": theme[0].upper() + theme[1:],
                "theme_zh": shape_zh.format(country=partner.name_zh, topic=topic_zh),
                "kind": kind,
                "status": status,
                "starts_at": starts_at,
                "ends_at": ends_at,
                "time_zone": zone,
                "venue_en": venue[0],
                "venue_zh": venue[1],
                "platform": rng.choice(words.PLATFORMS) if online else None,
                "join_url": f"https://example.com/join/{code.replace(' ', '')}" if online else None,
                "meeting_code": code if online else None,
                "passcode": f"{rng.randint(0, 999999):06d}" if online else None,
                "dial_in": None,
                "interpretation": rng.choice(words.INTERPRETATION) if rng.random() < 0.6 else None,
                "agenda": f"1. SCODA and its five centres\n2. {topic[0].upper() + topic[1:]}\n"
                "3. Next steps"
                if rng.random() < 0.35
                else None,
                "objectives": f"Explore {topic} with {org.name_en}."
                if rng.random() < 0.4
                else None,
                "talking_points": None,
                "notes": rng.choice(words.MEETING_NOTES) if rng.random() < 0.3 else None,
                "version": 1,
                "created_at": min(created, self.records.stamp(self.records.until)),
                "updated_at": min(
                    created + timedelta(days=rng.randint(0, 60)),
                    self.records.stamp(self.records.until),
                ),
            },
        )
        seats = []
        if host is not None:
            seats.append((host, ParticipationRole.HOST, Side.HOST))
        for seat in host_others:
            interpreter = seat[0].post.title_en == words.INTERPRETER_TITLE
            role = ParticipationRole.INTERPRETER if interpreter else ParticipationRole.ATTENDEE
            seats.append((seat, role, Side.HOST))
        seats += [(seat, ParticipationRole.PRINCIPAL_GUEST, Side.GUEST) for seat in principals]
        for seat in guests:
            accompanying = seat[0].org.kind != org.kind
            role = ParticipationRole.ACCOMPANYING if accompanying else ParticipationRole.GUEST
            seats.append((seat, role, Side.GUEST))
        host_ids = [seat[0][1].person_id for seat in seats if seat[2] == Side.HOST]
        for (chain, tenure), role, side in seats:
            self._participation(meeting_id, day, status, in_room, chain, tenure, role, side)
        if status == MeetingStatus.HELD:
            for index in range(rng.choices((0, 1, 2, 3, 4), (15, 30, 30, 20, 5))[0]):
                self._outcome(meeting_id, index, day, partner, org, topic, host_ids, created)

    def _participation(
        self,
        meeting_id: int,
        day: date,
        status: MeetingStatus,
        in_room: bool,
        chain: Chain,
        tenure: Tenure,
        role: ParticipationRole,
        side: Side,
    ) -> None:
        position_id, title_en, title_zh = tenure.title_on(day)
        partner = chain.org.partner
        in_beijing = partner is None or chain.org.kind == OrganisationKind.EMBASSY or in_room
        rsvp, attendance = Rsvp.INVITED, None
        if status == MeetingStatus.HELD:
            rsvp, attendance = Rsvp.ACCEPTED, Attendance.PRESENT
            if (
                role in (ParticipationRole.GUEST, ParticipationRole.ATTENDEE)
                and self.rng.random() < 0.03
            ):
                rsvp, attendance = Rsvp.DECLINED, Attendance.ABSENT
        elif status in (MeetingStatus.CONFIRMED, MeetingStatus.POSTPONED, MeetingStatus.CANCELLED):
            rsvp = Rsvp.ACCEPTED
        self.records.add(
            "participation",
            {
                "meeting_id": meeting_id,
                "person_id": tenure.person_id,
                "position_id": position_id,
                "side": side,
                "role": role,
                "name_en": tenure.name_en,
                "name_zh": tenure.name_zh,
                "title_en": title_en,
                "title_zh": title_zh,
                "join_zone": words.OFFICE_ZONE if in_beijing or not partner else partner.zone,
                "rsvp": rsvp,
                "attendance": attendance,
                "order_override": None,
                "version": 1,
            },
        )

    def _outcome(
        self,
        meeting_id: int,
        index: int,
        day: date,
        partner: Partner,
        org: Org,
        topic: str,
        host_ids: list[int],
        created: datetime,
    ) -> None:
        rng = self.rng
        kind = rng.choices(
            (
                OutcomeKind.FOLLOW_UP,
                OutcomeKind.AGREEMENT,
                OutcomeKind.PROPOSAL,
                OutcomeKind.REMARK,
                OutcomeKind.MOU,
            ),
            (35, 25, 15, 20, 5),
        )[0]
        text = rng.choice(words.OUTCOME_TEXTS[kind.value])
        followed = kind in (OutcomeKind.FOLLOW_UP, OutcomeKind.AGREEMENT, OutcomeKind.MOU)
        due = (
            day + timedelta(days=rng.randint(14, 120)) if followed and rng.random() < 0.8 else None
        )
        status, closed, note = OutcomeStatus.OPEN, None, None
        reference = due or day + timedelta(days=365)
        if followed and reference < self.records.until:  # its time has passed: mostly done
            status = rng.choices(
                (OutcomeStatus.DONE, OutcomeStatus.DROPPED, OutcomeStatus.OPEN), (75, 7, 18)
            )[0]
            if status != OutcomeStatus.OPEN:
                last = min(reference + timedelta(days=30), self.records.until)
                closed = day + timedelta(days=rng.randint(1, max(1, (last - day).days)))
                note = rng.choice(words.OUTCOME_NOTES) if rng.random() < 0.4 else None
        self.records.add(
            "outcome",
            {
                "uid": self.records.uid(),
                "meeting_id": meeting_id,
                "kind": kind,
                "text_en": text.format(country=partner.name_en, topic=topic, org=org.name_en),
                "text_zh": None,
                "owner_id": rng.choice(host_ids) if followed and host_ids else None,
                "due_date": due,
                "status": status,
                "closed_on": closed,
                "status_note": note,
                "sort_order": index,
                "version": 1,
                "created_at": created,
                "updated_at": self.records.stamp(closed) if closed else created,
            },
        )
