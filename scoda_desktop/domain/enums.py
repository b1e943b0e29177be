"""Enumerations stored in the database by their ``value`` (stable lowercase strings)."""

from __future__ import annotations

from enum import StrEnum


class ScoStatus(StrEnum):
    MEMBER = "member"
    OBSERVER = "observer"
    DIALOGUE_PARTNER = "dialogue_partner"
    NONE = "none"


class OrganisationKind(StrEnum):
    EMBASSY = "embassy"
    CONSULATE = "consulate"
    GOVERNMENT_BODY = "government_body"
    PARTY_COMMITTEE = "party_committee"
    ADMINISTRATIVE_COMMITTEE = "administrative_committee"
    CHAMBER_OF_COMMERCE = "chamber_of_commerce"
    COMPANY = "company"
    INTERNATIONAL_ORGANISATION = "international_organisation"
    OTHER = "other"


class NameOrder(StrEnum):
    FAMILY_FIRST = "family_first"  # Liu Jianjun
    GIVEN_FIRST = "given_first"  # Djauhari Oratmangun
    SINGLE = "single"  # one name only, kept in family_name


class DiplomaticRank(StrEnum):
    """Ranks in descending order of protocol weight (the order of declaration matters)."""

    AMBASSADOR = "ambassador"
    ENVOY = "envoy"  # envoy, minister, internuncio (Vienna Convention art. 14 (b))
    CHARGE_D_AFFAIRES = "charge_d_affaires"  # head of mission, class (c)
    CHARGE_D_AFFAIRES_AI = "charge_d_affaires_ai"  # ad interim, art. 19
    DEPUTY_HEAD_OF_MISSION = "deputy_head_of_mission"
    MINISTER_COUNSELLOR = "minister_counsellor"
    COUNSELLOR = "counsellor"
    FIRST_SECRETARY = "first_secretary"
    SECOND_SECRETARY = "second_secretary"
    THIRD_SECRETARY = "third_secretary"
    ATTACHE = "attache"


class HeadOfMissionClass(StrEnum):
    """Vienna Convention on Diplomatic Relations, article 14."""

    AMBASSADOR = "a"  # ambassadors and nuncios
    ENVOY = "b"  # envoys, ministers and internuncios
    CHARGE_D_AFFAIRES = "c"  # chargés d'affaires accredited to ministers of foreign affairs


class MeetingKind(StrEnum):
    VIDEO = "video"
    IN_PERSON = "in_person"
    HYBRID = "hybrid"


class MeetingStatus(StrEnum):
    DRAFT = "draft"
    PROPOSED = "proposed"
    CONFIRMED = "confirmed"
    HELD = "held"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class Side(StrEnum):
    HOST = "host"
    GUEST = "guest"


class ParticipationRole(StrEnum):
    HOST = "host"
    PRINCIPAL_GUEST = "principal_guest"
    GUEST = "guest"
    ACCOMPANYING = "accompanying"
    ATTENDEE = "attendee"
    INTERPRETER = "interpreter"
    STAFF = "staff"


class Rsvp(StrEnum):
    INVITED = "invited"
    ACCEPTED = "accepted"
    TENTATIVE = "tentative"
    DECLINED = "declined"


class Attendance(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class OutcomeKind(StrEnum):
    PROPOSAL = "proposal"
    AGREEMENT = "agreement"
    FOLLOW_UP = "follow_up"
    MOU = "mou"
    REMARK = "remark"


class OutcomeStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class Language(StrEnum):
    ENGLISH = "en"
    CHINESE = "zh"


class PressReleaseStatus(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    PUBLISHED = "published"


class AuditAction(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
