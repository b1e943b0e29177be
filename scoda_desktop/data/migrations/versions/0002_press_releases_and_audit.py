"""Press releases with revisions, and the audit log

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 13:08:49.479729
"""

from alembic import op
import sqlalchemy as sa
from scoda_desktop.domain.types import UTCDateTime


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', UTCDateTime(), nullable=False),
    sa.Column('actor', sa.String(), nullable=False),
    sa.Column('table_name', sa.String(), nullable=False),
    sa.Column('record_id', sa.String(), nullable=False),
    sa.Column('action', sa.Enum('insert', 'update', 'delete', name=op.f('ck_audit_entry_audit_action'), native_enum=False, create_constraint=True, length=14), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_at'), ['at'], unique=False)
        batch_op.create_index('ix_audit_entry_record', ['table_name', 'record_id'], unique=False)

    op.create_table('press_release',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('language', sa.Enum('en', 'zh', name=op.f('ck_press_release_language'), native_enum=False, create_constraint=True, length=10), nullable=False),
    sa.Column('template', sa.String(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('draft', 'approved', 'published', name=op.f('ck_press_release_press_status'), native_enum=False, create_constraint=True, length=17), nullable=False),
    sa.Column('author', sa.String(), nullable=True),
    sa.Column('approved_by', sa.String(), nullable=True),
    sa.Column('approved_at', UTCDateTime(), nullable=True),
    sa.Column('published_at', UTCDateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_press_release_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_press_release')),
    sa.UniqueConstraint('uid', name=op.f('uq_press_release_uid'))
    )
    with op.batch_alter_table('press_release', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_press_release_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('press_release_revision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('press_release_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('author', sa.String(), nullable=True),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.CheckConstraint('number >= 1', name=op.f('ck_press_release_revision_number_positive')),
    sa.ForeignKeyConstraint(['press_release_id'], ['press_release.id'], name=op.f('fk_press_release_revision_press_release_id_press_release'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_press_release_revision')),
    sa.UniqueConstraint('press_release_id', 'number', name=op.f('uq_press_release_revision_press_release_id_number'))
    )
    with op.batch_alter_table('press_release_revision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_press_release_revision_press_release_id'), ['press_release_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('press_release_revision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_press_release_revision_press_release_id'))

    op.drop_table('press_release_revision')
    with op.batch_alter_table('press_release', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_press_release_meeting_id'))

    op.drop_table('press_release')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entry_record')
        batch_op.drop_index(batch_op.f('ix_audit_entry_at'))

    op.drop_table('audit_entry')
