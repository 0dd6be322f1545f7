"""Columns shared by several tables: copied into every table that uses them."""
import sqlalchemy as sa
from sqlalchemy.orm import declared_attr


class ContactMixin:
    phone = sa.Column(sa.String(32))

    @declared_attr
    def billing_email(cls):
        return sa.Column(sa.String(255))


class TimestampMixin:
    created_at = sa.Column(sa.DateTime, nullable=False)
    updated_at = sa.Column(sa.DateTime)
