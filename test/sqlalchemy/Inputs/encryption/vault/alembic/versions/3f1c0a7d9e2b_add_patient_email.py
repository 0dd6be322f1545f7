"""add patient email

Revision ID: 3f1c0a7d9e2b
Revises: 1a2b3c4d5e6f
"""
import sqlalchemy as sa
from alembic import op

revision = "3f1c0a7d9e2b"
down_revision = "1a2b3c4d5e6f"
branch_labels = None
depends_on = None

patient_contacts = sa.Table(
    "patient_contacts", sa.MetaData(), sa.Column("phone", sa.String(40))
)


def upgrade():
    op.add_column("patients", sa.Column("email", sa.Unicode(), nullable=True))
    op.bulk_insert(patient_contacts, [])


def downgrade():
    op.drop_column("patients", "email")
