"""Directory and meetings: countries, organisations, people, posts, meetings, participations, outcomes

Revision ID: 0001
Revises: 
Create Date: 2026-11-28 13:08:49.479729
"""

from alembic import op
import sqlalchemy as sa
from scoda_desktop.domain.types import UTCDateTime


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('country',
    sa.Column('code', sa.String(length=2), nullable=False),
    sa.Column('name_en', sa.String(), nullable=False),
    sa.Column('name_zh', sa.String(), nullable=False),
    sa.Column('demonym', sa.String(), nullable=True),
    sa.Column('time_zones', sa.JSON(), nullable=False),
    sa.Column('capital_zone', sa.String(), nullable=True),
    sa.Column('sco_status', sa.Enum('member', 'observer', 'dialogue_partner', 'none', name=op.f('ck_country_sco_status'), native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('sco_checked_on', sa.Date(), nullable=True),
    sa.Column('belt_and_road', sa.Boolean(), nullable=False),
    sa.Column('source', sa.String(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.CheckConstraint('length(code) = 2 AND code = upper(code)', name=op.f('ck_country_code_iso')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_country'))
    )
    op.create_table('meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('theme_en', sa.String(), nullable=False),
    sa.Column('theme_zh', sa.String(), nullable=True),
    sa.Column('kind', sa.Enum('video', 'in_person', 'hybrid', name=op.f('ck_meeting_meeting_kind'), native_enum=False, create_constraint=True, length=17), nullable=False),
    sa.Column('status', sa.Enum('draft', 'proposed', 'confirmed', 'held', 'postponed', 'cancelled', name=op.f('ck_meeting_meeting_status'), native_enum=False, create_constraint=True, length=17), nullable=False),
    sa.Column('starts_at', UTCDateTime(), nullable=False),
    sa.Column('ends_at', UTCDateTime(), nullable=False),
    sa.Column('time_zone', sa.String(), nullable=False),
    sa.Column('venue_en', sa.String(), nullable=True),
    sa.Column('venue_zh', sa.String(), nullable=True),
    sa.Column('platform', sa.String(), nullable=True),
    sa.Column('join_url', sa.String(), nullable=True),
    sa.Column('meeting_code', sa.String(), nullable=True),
    sa.Column('passcode', sa.String(), nullable=True),
    sa.Column('dial_in', sa.String(), nullable=True),
    sa.Column('interpretation', sa.String(), nullable=True),
    sa.Column('agenda', sa.Text(), nullable=True),
    sa.Column('objectives', sa.Text(), nullable=True),
    sa.Column('talking_points', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.CheckConstraint("length(trim(theme_en)) > 0 OR length(trim(coalesce(theme_zh, ''))) > 0", name=op.f('ck_meeting_has_theme')),
    sa.CheckConstraint('ends_at > starts_at', name=op.f('ck_meeting_ends_after_start')),
    sa.CheckConstraint('length(time_zone) > 0', name=op.f('ck_meeting_has_time_zone')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting')),
    sa.UniqueConstraint('uid', name=op.f('uq_meeting_uid'))
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_starts_at'), ['starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_status'), ['status'], unique=False)

    op.create_table('organisation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('name_en', sa.String(), nullable=False),
    sa.Column('name_zh', sa.String(), nullable=True),
    sa.Column('short_name_en', sa.String(), nullable=True),
    sa.Column('kind', sa.Enum('embassy', 'consulate', 'government_body', 'party_committee', 'administrative_committee', 'chamber_of_commerce', 'company', 'international_organisation', 'other', name=op.f('ck_organisation_org_kind'), native_enum=False, create_constraint=True, length=34), nullable=False),
    sa.Column('country_code', sa.String(), nullable=True),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.CheckConstraint('length(trim(name_en)) > 0', name=op.f('ck_organisation_name_en_not_blank')),
    sa.CheckConstraint('parent_id IS NULL OR parent_id <> id', name=op.f('ck_organisation_not_own_parent')),
    sa.ForeignKeyConstraint(['country_code'], ['country.code'], name=op.f('fk_organisation_country_code_country'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['parent_id'], ['organisation.id'], name=op.f('fk_organisation_parent_id_organisation'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation')),
    sa.UniqueConstraint('name_en', 'country_code', name=op.f('uq_organisation_name_en_country_code')),
    sa.UniqueConstraint('uid', name=op.f('uq_organisation_uid'))
    )
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organisation_country_code'), ['country_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_organisation_parent_id'), ['parent_id'], unique=False)

    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('family_name', sa.String(), nullable=False),
    sa.Column('given_name', sa.String(), nullable=True),
    sa.Column('name_order', sa.Enum('family_first', 'given_first', 'single', name=op.f('ck_person_name_order'), native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('first_reference', sa.String(), nullable=True),
    sa.Column('second_reference', sa.String(), nullable=True),
    sa.Column('salutation', sa.String(), nullable=True),
    sa.Column('name_zh', sa.String(), nullable=True),
    sa.Column('honorific', sa.String(), nullable=True),
    sa.Column('alternative_spellings', sa.JSON(), nullable=False),
    sa.Column('country_code', sa.String(), nullable=True),
    sa.Column('email', sa.String(), nullable=True),
    sa.Column('phone', sa.String(), nullable=True),
    sa.Column('mobile', sa.String(), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('bio', sa.Text(), nullable=True),
    sa.Column('photo', sa.LargeBinary(), nullable=True),
    sa.Column('photo_mime', sa.String(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.CheckConstraint("name_order <> 'single' OR coalesce(given_name, '') = ''", name=op.f('ck_person_single_name_has_no_given_name')),
    sa.CheckConstraint('length(trim(family_name)) > 0', name=op.f('ck_person_family_name_not_blank')),
    sa.ForeignKeyConstraint(['country_code'], ['country.code'], name=op.f('fk_person_country_code_country'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
    sa.UniqueConstraint('uid', name=op.f('uq_person_uid'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_country_code'), ['country_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_family_name'), ['family_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_name_zh'), ['name_zh'], unique=False)

    op.create_table('outcome',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('proposal', 'agreement', 'follow_up', 'mou', 'remark', name=op.f('ck_outcome_outcome_kind'), native_enum=False, create_constraint=True, length=17), nullable=False),
    sa.Column('text_en', sa.Text(), nullable=True),
    sa.Column('text_zh', sa.Text(), nullable=True),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('open', 'done', 'dropped', name=op.f('ck_outcome_outcome_status'), native_enum=False, create_constraint=True, length=15), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('status_note', sa.Text(), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.CheckConstraint("closed_on IS NULL OR status <> 'open'", name=op.f('ck_outcome_open_outcome_not_closed')),
    sa.CheckConstraint("length(trim(coalesce(text_en, ''))) > 0 OR length(trim(coalesce(text_zh, ''))) > 0", name=op.f('ck_outcome_has_text')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_outcome_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_id'], ['person.id'], name=op.f('fk_outcome_owner_id_person'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outcome')),
    sa.UniqueConstraint('uid', name=op.f('uq_outcome_uid'))
    )
    with op.batch_alter_table('outcome', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outcome_due_date'), ['due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_outcome_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outcome_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outcome_status'), ['status'], unique=False)

    op.create_table('position',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('title_en', sa.String(), nullable=False),
    sa.Column('title_zh', sa.String(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('diplomatic_rank', sa.Enum('ambassador', 'envoy', 'charge_d_affaires', 'charge_d_affaires_ai', 'deputy_head_of_mission', 'minister_counsellor', 'counsellor', 'first_secretary', 'second_secretary', 'third_secretary', 'attache', name=op.f('ck_position_diplomatic_rank'), native_enum=False, create_constraint=True, length=30), nullable=True),
    sa.Column('head_of_mission_class', sa.Enum('a', 'b', 'c', name=op.f('ck_position_hom_class'), native_enum=False, create_constraint=True, length=9), nullable=True),
    sa.Column('functions_since', UTCDateTime(), nullable=True),
    sa.Column('internal_rank', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.CheckConstraint("length(trim(title_en)) > 0 OR length(trim(coalesce(title_zh, ''))) > 0", name=op.f('ck_position_has_title')),
    sa.CheckConstraint('end_date IS NULL OR start_date IS NULL OR end_date >= start_date', name=op.f('ck_position_end_not_before_start')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_position_organisation_id_organisation'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_position_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_position')),
    sa.UniqueConstraint('uid', name=op.f('uq_position_uid'))
    )
    with op.batch_alter_table('position', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_position_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_position_person_id'), ['person_id'], unique=False)

    op.create_table('participation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('position_id', sa.Integer(), nullable=True),
    sa.Column('side', sa.Enum('host', 'guest', name=op.f('ck_participation_side'), native_enum=False, create_constraint=True, length=13), nullable=False),
    sa.Column('role', sa.Enum('host', 'principal_guest', 'guest', 'accompanying', 'attendee', 'interpreter', 'staff', name=op.f('ck_participation_role'), native_enum=False, create_constraint=True, length=23), nullable=False),
    sa.Column('name_en', sa.String(), nullable=True),
    sa.Column('name_zh', sa.String(), nullable=True),
    sa.Column('title_en', sa.String(), nullable=True),
    sa.Column('title_zh', sa.String(), nullable=True),
    sa.Column('join_zone', sa.String(), nullable=True),
    sa.Column('rsvp', sa.Enum('invited', 'accepted', 'tentative', 'declined', name=op.f('ck_participation_rsvp'), native_enum=False, create_constraint=True, length=17), nullable=False),
    sa.Column('attendance', sa.Enum('present', 'absent', 'excused', name=op.f('ck_participation_attendance'), native_enum=False, create_constraint=True, length=15), nullable=True),
    sa.Column('order_override', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_participation_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_participation_person_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['position_id'], ['position.id'], name=op.f('fk_participation_position_id_position'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participation')),
    sa.UniqueConstraint('meeting_id', 'person_id', name=op.f('uq_participation_meeting_id_person_id'))
    )
    with op.batch_alter_table('participation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participation_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participation_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participation_position_id'), ['position_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('participation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participation_position_id'))
        batch_op.drop_index(batch_op.f('ix_participation_person_id'))
        batch_op.drop_index(batch_op.f('ix_participation_meeting_id'))

    op.drop_table('participation')
    with op.batch_alter_table('position', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_position_person_id'))
        batch_op.drop_index(batch_op.f('ix_position_organisation_id'))

    op.drop_table('position')
    with op.batch_alter_table('outcome', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outcome_status'))
        batch_op.drop_index(batch_op.f('ix_outcome_owner_id'))
        batch_op.drop_index(batch_op.f('ix_outcome_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_outcome_due_date'))

    op.drop_table('outcome')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_name_zh'))
        batch_op.drop_index(batch_op.f('ix_person_family_name'))
        batch_op.drop_index(batch_op.f('ix_person_country_code'))

    op.drop_table('person')
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organisation_parent_id'))
        batch_op.drop_index(batch_op.f('ix_organisation_country_code'))

    op.drop_table('organisation')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_status'))
        batch_op.drop_index(batch_op.f('ix_meeting_starts_at'))

    op.drop_table('meeting')
    op.drop_table('country')
