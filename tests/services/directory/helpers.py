"""Looking records up by name in the demo directory."""

from __future__ import annotations

import sqlalchemy as sa

from scoda_desktop.domain.models import Organisation, Person


def person_id(database, family_name: str) -> int:
    with database.session() as session:
        return session.execute(
            sa.select(Person.__table__.c.id).where(Person.__table__.c.family_name == family_name)
        ).scalar_one()


def organisation_id(database, name_en: str) -> int:
    with database.session() as session:
        return session.execute(
            sa.select(Organisation.__table__.c.id).where(
                Organisation.__table__.c.name_en == name_en
            )
        ).scalar_one()
