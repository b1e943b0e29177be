"""A person's posts over time as plain rows, latest first, with the current ones marked."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlmodel import Session

from scoda_desktop.domain.enums import DiplomaticRank, HeadOfMissionClass
from scoda_desktop.domain.models import Organisation, Position
from scoda_desktop.services.directory.records import POST_FIELDS, PostRecord

__all__ = ["PostRow", "enum_or_none", "posts_of"]

_E = TypeVar("_E", bound=StrEnum)


def enum_or_none(cls: type[_E], value: Any) -> _E | None:
    """A column's value as its enum; None stays None."""
    return None if value is None else cls(value)


@dataclass(frozen=True, slots=True)
class PostRow:
    id: int
    uid: str
    version: int
    person_id: int
    title_en: str
    title_zh: str | None
    organisation_id: int | None
    organisation_en: str | None
    start_date: date | None
    end_date: date | None
    diplomatic_rank: DiplomaticRank | None
    head_of_mission_class: HeadOfMissionClass | None
    functions_since: datetime | None
    internal_rank: int | None
    current: bool  # held today

    def record(self) -> PostRecord:
        """The post as a record to edit."""
        return PostRecord(
            **{name: getattr(self, name) for name in POST_FIELDS},
            id=self.id,
            uid=self.uid,
            version=self.version,
        )


def posts_of(session: Session, person_ids: Iterable[int], today: date) -> list[PostRow]:
    """The posts of ``person_ids``, latest first (no end date first, then by start date)."""
    pos, org = Position.__table__.c, Organisation.__table__.c
    rows = session.execute(
        sa.select(
            pos.id,
            pos.uid,
            pos.version,
            *(pos[name] for name in POST_FIELDS),
            org.name_en.label("organisation_en"),
        )
        .outerjoin(Organisation.__table__, org.id == pos.organisation_id)
        .where(pos.person_id.in_(sorted(set(person_ids))))
    ).all()
    posts = [
        PostRow(
            id=row.id,
            uid=row.uid,
            version=row.version,
            person_id=row.person_id,
            title_en=row.title_en,
            title_zh=row.title_zh,
            organisation_id=row.organisation_id,
            organisation_en=row.organisation_en,
            start_date=row.start_date,
            end_date=row.end_date,
            diplomatic_rank=enum_or_none(DiplomaticRank, row.diplomatic_rank),
            head_of_mission_class=enum_or_none(HeadOfMissionClass, row.head_of_mission_class),
            functions_since=row.functions_since,
            internal_rank=row.internal_rank,
            current=(row.start_date is None or row.start_date <= today)
            and (row.end_date is None or today <= row.end_date),
        )
        for row in rows
    ]
    return sorted(
        posts,
        key=lambda p: (
            p.end_date is not None,
            -(p.end_date or date.min).toordinal(),
            -(p.start_date or date.min).toordinal(),
            -p.id,
        ),
    )
